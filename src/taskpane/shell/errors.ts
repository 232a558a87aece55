/**
 * Errors from Excel (OfficeExtension.Error: `code`, `message`, `debugInfo`) as the user
 * reads them: a sentence in their language, and the code in a details line. The raw
 * "RichApi.Error …" text never reaches the screen.
 */
import type { Lang } from "../../rules";
import { SHELL, shellText, type ShellText } from "./texts";

export interface Readable {
  message: string;
  /** "Details: InvalidArgument" — for support, never the only text shown. */
  detail?: string;
}

/** The Office error code of `e`, if it is an Office error (or looks like one). */
export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[A-Za-z]+$/.test(code)) return code;
  const m = /\b(?:RichApi\.Error|OfficeExtension\.Error)\b[^A-Za-z]*([A-Z][A-Za-z]+)\b/.exec(String((e as Error | null)?.message ?? e));
  return m?.[1];
}

export function readableError(e: unknown, lang: Lang): Readable {
  const code = officeErrorCode(e);
  const key = `error.${code}`;
  const sentence = code && key in SHELL ? shellText(key as ShellText, lang) : shellText("error.unknown", lang);
  // A form write that failed says what became of what it had added (FormWriteError.outcome).
  const outcome = (e as { outcome?: unknown } | null)?.outcome;
  const message = typeof outcome === "string" ? `${sentence} ${outcome}` : sentence;
  const name = code ?? (e instanceof Error ? e.name : undefined);
  return { message, detail: name ? shellText("error.details", lang, { code: name }) : undefined };
}
