/** What the wizard's steps share: the steps, the user's language and texts, and one way to run an operation. */
import type { Lang } from "../../../rules";
import type { RunBatch } from "../../host";
import type { useEvaluateStyles } from "./EvaluateArea.styles";
import type { Ops } from "./load";
import type { EvaluateTextKey } from "./texts";

export const STEPS = ["start", "create", "enter", "review", "finalize"] as const;
export type Step = (typeof STEPS)[number];

export interface Wizard {
  lang: Lang;
  t(key: EvaluateTextKey, args?: Record<string, unknown>): string;
  run?: RunBatch;
  styles: ReturnType<typeof useEvaluateStyles>;
  /** An operation is running: every action waits. */
  busy: boolean;
  /**
   * Run an operation: never two at once; shows `text` (and later stages) while it runs;
   * loads the operations' chunk first; a failure becomes the readable error bar.
   */
  act<T>(text: string, f: (ops: Ops, stage: (text: string) => void) => Promise<T>): Promise<T | undefined>;
  /** Select a cell for the user (the sheet becomes the active one). */
  select(sheet: string, cell: string): void;
}
