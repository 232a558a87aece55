/** Worksheet-name rules shared by the writers (Excel's: ≤ 31 chars, none of \ / ? * : [ ], no leading or trailing apostrophe, not "History"). */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*:[\]]/g;

export function isValidSheetName(name: string): boolean {
  return name.trim().length > 0 && name.length <= MAX_SHEET_NAME && !/[\\/?*:[\]]/.test(name)
    && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}

/** A valid sheet name from `wanted`, unique (case-insensitively, as Excel compares) among `taken`. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  let base = wanted.replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "").trim();
  if (base === "" || base.toLowerCase() === "history") base = `${base || "Sheet"} 1`.trim();
  base = base.slice(0, MAX_SHEET_NAME);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length).replace(/'+$/, "") + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Text that Excel would take as a formula or a number sign when typed: it must be written as text. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}
