/**
 * Legible print (issue 11): every form prints with its text at least MIN_PRINTED_PT on
 * paper (print scale × font size). A form that fits its page width at that scale is
 * fitted to the width (each program then prints it as large as fits, never above
 * 100%); a wider roster prints across pages at a fixed scale, its title columns (No.,
 * ID, name) repeated on each, a page break between column groups.
 *
 * Widths are estimated with the widest column unit the renderers draw (LibreOffice
 * without Calibri measures a width unit with DejaVu Sans: 7 pt; Excel with Calibri
 * about 5.3 pt), so a page that fits here fits everywhere. Pure: no Office.js, no ExcelJS.
 */
import type { Paper, PrintSetup } from "./plan";

/** The smallest text on paper, in points. */
export const MIN_PRINTED_PT = 8;
/** Points one column-width unit takes at most (see above). */
export const UNIT_PT = 7;
/** The writers widen every planned width by this (cell padding). */
export const WIDTH_PADDING = 1;
/** Page margins in inches, as both writers set them. */
export const MARGINS = { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } as const;
const POINTS_PER_INCH = 72;
const PERCENT = 100;
/** Paper sizes in points, portrait: [width, height]. */
const PAPER_PT: Readonly<Record<Paper, readonly [number, number]>> = { A4: [595.3, 841.9], A3: [841.9, 1190.6] };
/** Excel's paper codes (pageSetup paperSize). */
export const PAPER_CODE: Readonly<Record<Paper, number>> = { A4: 9, A3: 8 };

/** Printable width of a page, in points. */
export function printableWidth(paper: Paper, orientation: PrintSetup["orientation"]): number {
  const [w, h] = PAPER_PT[paper];
  return (orientation === "landscape" ? h : w) - (MARGINS.left + MARGINS.right) * POINTS_PER_INCH;
}

/** A column's printed width at 100%, in points. */
export const columnPoints = (width: number) => (width + WIDTH_PADDING) * UNIT_PT;

/** The smallest scale (percent) at which text of `smallestFont` points prints at MIN_PRINTED_PT. */
export function minScale(smallestFont: number): number {
  return Math.ceil((MIN_PRINTED_PT / smallestFont) * PERCENT);
}

export interface PrintLayoutInput {
  widths: readonly number[];
  orientation: PrintSetup["orientation"];
  paper: Paper;
  smallestFont: number;
  /** Columns repeated on every page when the sheet is wider than a page, [first, last]. */
  titleCols?: readonly [number, number];
  /** Runs of columns kept on one page (a group header's span), [first, last]; other columns stand alone. */
  keep?: readonly (readonly [number, number])[];
}

/** Percentage points kept in hand: the programs round their fitted scale down. */
const SCALE_MARGIN = 1;

/**
 * The scale and page breaks of a sheet: fitted to one page wide (no `scale`) when that
 * fits at the legible minimum; otherwise pages packed at the minimum, each after the
 * first starting with the title columns, and the largest scale every page then allows.
 */
export function printLayout(input: PrintLayoutInput): Pick<PrintSetup, "scale" | "colBreaks" | "titleCols"> {
  const { widths, titleCols } = input;
  const page = printableWidth(input.paper, input.orientation);
  const low = minScale(input.smallestFont);
  const pt = widths.map(columnPoints);
  const total = pt.reduce((a, b) => a + b, 0);
  const fit = (w: number) => Math.min(PERCENT, Math.floor((page / w) * PERCENT));
  if ((total * (low + SCALE_MARGIN)) / PERCENT <= page || !titleCols) return {};
  const span = (a: number, b: number) => pt.slice(a - 1, b).reduce((x, y) => x + y, 0);
  const titles = span(titleCols[0], titleCols[1]);
  const blocks: [number, number][] = [];
  for (let c = 1; c <= widths.length; ) {
    const k = input.keep?.find(([a]) => a === c);
    const end = k ? k[1] : c;
    blocks.push([c, end]);
    c = end + 1;
  }
  const room = (page * PERCENT) / (low + SCALE_MARGIN);
  const pages: number[] = [];
  const breaks: number[] = [];
  let used = 0;
  for (const [a, b] of blocks) {
    const w = span(a, b);
    if (used > 0 && used + w > room && a > titleCols[1] + 1) {
      pages.push(used);
      breaks.push(a - 1);
      used = titles;
    }
    used += w;
  }
  pages.push(used);
  return { scale: Math.max(low, Math.min(...pages.map(fit))), colBreaks: breaks, titleCols };
}

/** Whether a sheet of these widths fits its page width at the legible minimum (fixed forms must). */
export function fitsWidth(input: Omit<PrintLayoutInput, "titleCols" | "keep">): boolean {
  const total = input.widths.map(columnPoints).reduce((a, b) => a + b, 0);
  return (total * (minScale(input.smallestFont) + SCALE_MARGIN)) / PERCENT <= printableWidth(input.paper, input.orientation);
}
