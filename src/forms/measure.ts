/**
 * Row heights that fit wrapped text. Neither Excel nor LibreOffice auto-fits a row
 * whose text sits in a merged cell, so the plan carries explicit heights: each
 * wrapped cell's text is measured (approximately, from character classes) against
 * the width of its merged range, and its row gets enough lines.
 *
 * Widths are in Excel column-width units (the width of "0" in the default 11 pt
 * font, about 5.25 pt); heights in points. Pure: no Office.js, no ExcelJS.
 */
import type { Lang, Localized, Policy } from "../rules";
import { colLetter, parseRange } from "./address";
import type { PlannedCell, RowHeight, SheetPlan } from "./plan";
import { BASE_FONT_SIZE, LOOKS } from "./styles";

/** Width of one character in em. */
function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2e80 && c <= 0x9fff) return 1; // CJK, kana, CJK punctuation
  if (c >= 0xac00 && c <= 0xd7af) return 1;
  if (c >= 0xff00 && c <= 0xffef) return 1; // full-width forms （）：
  if (c === 0x20) return 0.28;
  if ("il.,:;'!|()[]`".includes(ch)) return 0.3;
  if ("jtfr-/".includes(ch)) return 0.38;
  if ("mwMW%@".includes(ch)) return 0.85;
  if (ch >= "A" && ch <= "Z") return 0.64;
  if (c < 0x80) return 0.53;
  return 0.75; // ≤ ≥ ✓ ‰ – ⚠ …
}

/** Column-width units one em takes at `size` pt. */
const emUnits = (size: number, bold: boolean) => (size / 5.25) * (bold ? 1.07 : 1);

/** Lines the text takes in a cell `width` units wide (greedy wrap: words for Latin, any character for CJK). */
export function wrapLines(text: string, width: number, size = BASE_FONT_SIZE, bold = false): number {
  const k = emUnits(size, bold);
  const avail = Math.max(1, width - 0.8); // cell padding
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    const tokens = para.match(/[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+|\s+/g) ?? [];
    let line = 0;
    let n = 1;
    for (const t of tokens) {
      const w = [...t].reduce((s, ch) => s + charEm(ch), 0) * k;
      if (/^\s+$/.test(t)) { if (line > 0) line += w; continue; }
      if (line + w <= avail) { line += w; continue; }
      // A closing bracket or CJK punctuation stays with what precedes it (kinsoku).
      if (t.length === 1 && "）】」』、，。；：！？)".includes(t) && line + w <= avail + k) { line += w; continue; }
      if (line > 0) { n++; line = 0; }
      if (w <= avail) { line = w; continue; }
      // A word longer than the line breaks where it must.
      for (const ch of t) {
        const cw = charEm(ch) * k;
        if (line + cw > avail && line > 0) { n++; line = 0; }
        line += cw;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** Height in points of `lines` lines of text at `size` pt. */
export function linesHeight(lines: number, size: number, lang: Lang): number {
  const lh = size * (lang === "en" ? 1.3 : 1.45);
  return Math.ceil(lines * lh + 5);
}

/**
 * Approximate text a formula template shows: its string literals, «words» and policy
 * values ($key) in order. Enough to size a row; "" for a purely numeric formula.
 */
export function displayText(template: string | Localized, lang: Lang, strings: Readonly<Record<string, Localized>>, policy: Policy): string {
  const f = typeof template === "string" ? template : template[lang];
  const out: string[] = [];
  for (const m of f.matchAll(/"((?:[^"]|"")*)"|«([A-Za-z0-9_.]+)»|\$([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)/g)) {
    if (m[1] !== undefined) out.push(m[1].replace(/""/g, '"'));
    else if (m[2] !== undefined) out.push(strings[m[2]]?.[lang] ?? "");
    else {
      const v = (policy.values as Record<string, unknown>)[m[3]];
      out.push(typeof v === "number" || typeof v === "string" ? String(v) : "00");
    }
  }
  return out.join("");
}

export interface FitOptions {
  lang: Lang;
  /** Height of rows with nothing to wrap (from row 3 to the last row of fixed cells); none: the sheet's default. */
  base?: number;
  /** Rows the base height does not apply to (a roster's data rows, skipFrom to skipTo). */
  skipFrom?: number;
  skipTo?: number;
  /** Minimum heights for given rows. */
  min?: Readonly<Record<number, number>>;
  /** A run of rows of one height (a register's data rows), whatever their number. */
  run?: RowHeight;
}

/** Row heights for a plan: title row, base height, and whatever wrapped text needs. */
export function fitRowHeights(plan: SheetPlan, opts: FitOptions): RowHeight[] {
  const widthOf = (col: number) => (plan.widths[col - 1] ?? 8.43) + 1; // the writers add 1
  const mergeAt = new Map(plan.merges.map((m) => [m.split(":")[0], parseRange(m)]));
  const need = new Map<number, number>();
  const want = (row: number, h: number) => need.set(row, Math.max(need.get(row) ?? 0, h));
  let last = 0;
  const texts = (c: PlannedCell) => (typeof c.value === "string" ? c.value : typeof c.value === "number" ? String(c.value) : c.display ?? "");
  for (const c of plan.cells) {
    last = Math.max(last, c.row);
    const look = LOOKS[c.style];
    const size = look.size ?? BASE_FONT_SIZE;
    const text = texts(c);
    if (!text) continue;
    const a1 = `${colLetter(c.col)}${c.row}`;
    const r = mergeAt.get(a1) ?? { top: c.row, bottom: c.row, left: c.col, right: c.col };
    let width = 0;
    for (let col = r.left; col <= r.right; col++) width += widthOf(col);
    const lines = look.wrap ? wrapLines(text, width, size, look.bold ?? false) : 1;
    if (lines === 1 && size < 12) continue;
    const h = linesHeight(lines, size, opts.lang);
    const rows = r.bottom - r.top + 1;
    if (rows === 1) want(c.row, h);
    else {
      // Spread over the merged rows (only when the rows' own heights would not do).
      const per = Math.ceil(h / rows);
      for (let row = r.top; row <= r.bottom; row++) want(row, per);
    }
  }
  if (opts.min) for (const [row, h] of Object.entries(opts.min)) want(Number(row), h);
  const heights = new Map<number, number>();
  for (const row of need.keys()) last = Math.max(last, row);
  const run = opts.run;
  for (let row = 1; row <= last; row++) {
    if (run && row >= run.from && row <= run.to) { row = run.to; continue; }
    const skipped = opts.skipFrom !== undefined && row >= opts.skipFrom && (opts.skipTo === undefined || row <= opts.skipTo);
    const base = row >= 3 && opts.base !== undefined && !skipped ? opts.base : 0;
    const n = need.get(row) ?? 0;
    const h = Math.max(base, n);
    if (h > 0) heights.set(row, h);
  }
  // Consecutive rows of one height become one range (one Office.js call).
  const out: RowHeight[] = [];
  for (const [row, h] of [...heights].sort((a, b) => a[0] - b[0])) {
    if (run && row > run.to && !out.includes(run)) out.push(run);
    const prev = out[out.length - 1];
    if (prev && prev !== run && prev.to === row - 1 && prev.height === h) prev.to = row;
    else out.push({ from: row, to: row, height: h });
  }
  if (run && !out.includes(run)) out.push(run);
  return out;
}


/** Width of the longest unbreakable word of a text (CJK characters break anywhere). */
export function longestWord(text: string, size = BASE_FONT_SIZE, bold = false): number {
  const k = emUnits(size, bold);
  let max = 0;
  for (const w of text.match(/[^\s\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]+/g) ?? []) max = Math.max(max, [...w].reduce((s, ch) => s + charEm(ch), 0) * k);
  return max;
}
