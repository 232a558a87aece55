/**
 * Excel's rules for custom function ids and names ("Custom functions naming
 * and localization", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming):
 * both start with a letter and have at least three characters; an id uses only
 * A–Z, 0–9, "_" and "."; a name any Unicode letters, "_" and "." (so Chinese
 * names are allowed); neither may look like a cell reference (A1…XFD1048576,
 * R1C1…R1048576C16384) or be an Excel 4.0 macro function name. We also keep
 * names to 128 characters (a safe bound below Excel's 255 for names).
 */
export const MAX_NAME_LENGTH = 128;

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1-style (A1 to XFD1048576) or R1C1-style (R, C, R1, C1, R1C1 … R1048576C16384) cell reference. */
export function isCellReference(text: string): boolean {
  const a1 = /^([A-Za-z]{1,3})([0-9]+)$/.exec(text);
  if (a1) {
    const row = Number(a1[2]);
    return columnNumber(a1[1]) <= MAX_COL && row >= 1 && row <= MAX_ROW;
  }
  const r1c1 = /^[Rr]([0-9]*)(?:[Cc]([0-9]*))?$|^[Cc]([0-9]*)$/.exec(text);
  if (r1c1) {
    const [, r, c, onlyC] = r1c1;
    const rowOk = !r || (Number(r) >= 1 && Number(r) <= MAX_ROW);
    const colOk = [c, onlyC].every((x) => !x || (Number(x) >= 1 && Number(x) <= MAX_COL));
    return rowOk && colOk;
  }
  return false;
}

/** Some Excel 4.0 macro function names (the ones most likely to clash with a short name). */
export const MACRO_NAMES: readonly string[] = ["RUN", "ECHO", "HALT", "RETURN", "GOTO", "ALERT", "BEEP", "CALL", "ERROR", "EXEC", "INPUT", "PAUSE", "RESULT", "STEP", "WAIT", "WHILE", "NEXT", "FOR", "FILES", "RESTART", "ARGUMENT", "FORMULA", "REGISTER", "UNREGISTER"];

export function nameProblems(name: string, kind: "id" | "name"): string[] {
  const problems: string[] = [];
  const chars = kind === "id" ? /^[A-Z][A-Z0-9_.]*$/ : /^\p{L}[\p{L}_.]*$/u;
  if (!chars.test(name)) problems.push(kind === "id" ? "only A–Z, 0–9, _ and ., starting with a letter" : "only Unicode letters, _ and ., starting with a letter");
  if ([...name].length < 3) problems.push("at least 3 characters");
  if ([...name].length > MAX_NAME_LENGTH) problems.push(`at most ${MAX_NAME_LENGTH} characters`);
  if (isCellReference(name)) problems.push("looks like a cell reference");
  if (/^(TRUE|FALSE)$/i.test(name)) problems.push("TRUE/FALSE");
  if (MACRO_NAMES.includes(name.toUpperCase())) problems.push("an Excel 4.0 macro function name");
  return problems;
}
