/**
 * A lean layout request (issue 12): a sheet plan as few range operations as it takes —
 * one font for the sheet, each look and number format over whole rectangles (a roster
 * column's format once for all its rows), values and formulas of the fixed cells as one
 * block per region. The request's size then depends on the form, not on its rows.
 * Pure: the Office.js writer (./officeWriter.ts) turns these into operations.
 */
import { colLetter, parseRange, rectA1, type Rect } from "../forms/address";
import { NUMBER_FORMATS, type CellValue, type PlannedCell, type SheetPlan } from "../forms/plan";
import { BASE_FONT_SIZE, LOOKS, type Look } from "../forms/styles";
import type { StyleKey } from "../forms/types";
import { looksLikeFormula } from "./names";

/** A look property whose value is not the sheet's default, and the value. */
export type LookProp = "fill" | "bold" | "italic" | "color" | "size" | "align" | "wrap" | "shrink";

const DEFAULTS: Readonly<Record<LookProp, unknown>> = { fill: undefined, bold: false, italic: false, color: undefined, size: BASE_FONT_SIZE, align: undefined, wrap: false, shrink: false };
const PROPS = Object.keys(DEFAULTS) as LookProp[];

/**
 * Cover a set of cells with rectangles: runs along each row, runs of equal runs stacked
 * down. `cells` are "row,col" keys.
 */
export function rectangles(cells: Iterable<[number, number]>): Rect[] {
  const rows = new Map<number, number[]>();
  for (const [r, c] of cells) (rows.get(r) ?? rows.set(r, []).get(r)!).push(c);
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(rows.get(row)!)].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [a, b] of runs) {
      const key = `${a}:${b}`;
      seen.add(key);
      const r = open.get(key);
      if (r && r.bottom === row - 1) r.bottom = row;
      else {
        if (r) out.push(r);
        open.set(key, { top: row, bottom: row, left: a, right: b });
      }
    }
    for (const [key, r] of open) if (!seen.has(key) && r.bottom < row) { out.push(r); open.delete(key); }
  }
  out.push(...open.values());
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Group equal values over rectangles: value → the ranges (A1) holding it. */
function byValue<V>(cells: Map<string, V>): Map<V, string[]> {
  const groups = new Map<V, [number, number][]>();
  for (const [k, v] of cells) {
    const [r, c] = k.split(",").map(Number);
    (groups.get(v) ?? groups.set(v, []).get(v)!).push([r, c]);
  }
  return new Map([...groups].map(([v, list]) => [v, rectangles(list).map((r) => rectA1(r))]));
}

/** The parts of a plan as the lean request writes them. */
export interface LeanLayout {
  /** Column widths: ranges of adjacent columns of one width ("E:P"), in characters. */
  widths: { cols: string; width: number }[];
  /** Number formats: format → ranges (roster columns whole, fixed cells by rectangle). */
  numberFormats: Map<string, string[]>;
  /** Look properties other than the sheet's default: property → value → ranges. */
  looks: Map<LookProp, Map<unknown, string[]>>;
  /** The fixed cells' values and formulas as blocks (one per region above and below the roster). */
  blocks: { range: string; cells: (string | number)[][] }[];
  /** Cells whose text would be taken for a formula: numberFormat "@" first, then the value. */
  texts: { at: string; value: string }[];
  /** Edges boxed (all edges and insides) or outlined (edges only). */
  boxes: string[];
  outlined: string[];
  /** Validations: one per range, the same rule over adjacent cells merged (mergedValidations). */
  validations: { range: string; rule: SheetPlan["validations"][number]["rule"] }[];
  /** Editable ranges of a protected sheet, adjacent ones merged. */
  unlocked: string[];
}

const keyOf = (row: number, col: number) => `${row},${col}`;
const inside = (r: Rect, o: Rect) => r.top >= o.top && r.bottom <= o.bottom && r.left >= o.left && r.right <= o.right;

/**
 * The lean layout of a plan. `formulaOf` picks a fixed cell's formula (a table's totals
 * need their plain form when the table is not there).
 */
export function leanLayout(plan: SheetPlan, formulaOf: (c: PlannedCell) => string | undefined = (c) => c.formula): LeanLayout {
  const body = plan.roster ? { top: plan.roster.firstRow, bottom: plan.roster.lastRow } : undefined;
  const inBody = (row: number) => body !== undefined && row >= body.top && row <= body.bottom;
  const mergeAt = new Map(plan.merges.map((m) => [m.split(":")[0], parseRange(m)]));
  const areaOf = (c: PlannedCell): Rect => mergeAt.get(`${colLetter(c.col)}${c.row}`) ?? { top: c.row, bottom: c.row, left: c.col, right: c.col };

  // Widths.
  const widths: LeanLayout["widths"] = [];
  plan.widths.forEach((w, i) => {
    const last = widths[widths.length - 1];
    if (last && last.width === w && last.cols.endsWith(`:${colLetter(i)}`)) last.cols = `${last.cols.split(":")[0]}:${colLetter(i + 1)}`;
    else widths.push({ cols: `${colLetter(i + 1)}:${colLetter(i + 1)}`, width: w });
  });

  // Looks and number formats, cell by cell outside the roster's rows; a roster column's once.
  const styleAt = new Map<string, StyleKey>();
  const fmtAt = new Map<string, string>();
  const columnStyle = new Map<number, StyleKey>();
  const columnFmt = new Map<number, string>();
  for (const f of plan.formats) {
    const r = parseRange(f.range);
    const fmt = f.fmt === "general" ? undefined : NUMBER_FORMATS[f.fmt];
    for (let col = r.left; col <= r.right; col++) {
      if (body && r.top === body.top && r.bottom === body.bottom) { columnStyle.set(col, f.style); if (fmt) columnFmt.set(col, fmt); continue; }
      for (let row = r.top; row <= r.bottom; row++) { styleAt.set(keyOf(row, col), f.style); if (fmt) fmtAt.set(keyOf(row, col), fmt); }
    }
  }
  for (const t of plan.textRanges) {
    const r = parseRange(t);
    for (let col = r.left; col <= r.right; col++) {
      if (body && r.top === body.top && r.bottom === body.bottom) { columnFmt.set(col, "@"); continue; }
      for (let row = r.top; row <= r.bottom; row++) fmtAt.set(keyOf(row, col), "@");
    }
  }
  for (const c of plan.cells) {
    const a = areaOf(c);
    for (let row = a.top; row <= a.bottom; row++) for (let col = a.left; col <= a.right; col++) styleAt.set(keyOf(row, col), c.style);
    if (c.fmt && c.fmt !== "general") fmtAt.set(keyOf(c.row, c.col), NUMBER_FORMATS[c.fmt]);
  }
  const numberFormats = byValue(fmtAt);
  const columnGroups = <V>(m: Map<number, V>, add: (v: V, range: string) => void) => {
    const cols = [...m.keys()].sort((a, b) => a - b);
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1 && m.get(cols[j + 1]) === m.get(cols[i])) j++;
      add(m.get(cols[i])!, `${colLetter(cols[i])}${body!.top}:${colLetter(cols[j])}${body!.bottom}`);
      i = j + 1;
    }
  };
  columnGroups(columnFmt, (fmt, range) => (numberFormats.get(fmt) ?? numberFormats.set(fmt, []).get(fmt)!).push(range));

  const looks = new Map<LookProp, Map<unknown, string[]>>();
  for (const prop of PROPS) {
    const at = new Map<string, unknown>();
    for (const [k, style] of styleAt) { const v = (LOOKS[style] as Look)[prop]; if (v !== undefined && v !== DEFAULTS[prop]) at.set(k, v); }
    const groups = byValue(at);
    const colValues = new Map<number, unknown>();
    for (const [col, style] of columnStyle) { const v = (LOOKS[style] as Look)[prop]; if (v !== undefined && v !== DEFAULTS[prop]) colValues.set(col, v); }
    if (body) columnGroups(colValues, (v, range) => (groups.get(v) ?? groups.set(v, []).get(v)!).push(range));
    if (groups.size > 0) looks.set(prop, groups);
  }

  // Fixed cells: one block per region (the rows above the roster, the rows below; a form without roster: one).
  const fixed = plan.cells.filter((c) => !inBody(c.row));
  const regions = body ? [fixed.filter((c) => c.row < body.top), fixed.filter((c) => c.row > body.bottom)] : [fixed];
  const blocks: LeanLayout["blocks"] = [];
  const texts: LeanLayout["texts"] = [];
  for (const cells of regions) {
    const valued = cells.filter((c) => formulaOf(c) !== undefined || (c.value !== undefined && c.value !== null));
    if (valued.length === 0) continue;
    const r: Rect = { top: Math.min(...valued.map((c) => c.row)), bottom: Math.max(...valued.map((c) => c.row)), left: Math.min(...valued.map((c) => c.col)), right: Math.max(...valued.map((c) => c.col)) };
    const grid: (string | number)[][] = Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => ""));
    for (const c of valued) {
      const f = formulaOf(c);
      const v: CellValue | undefined = f ?? c.value;
      if (typeof v === "string" && f === undefined && looksLikeFormula(v)) { texts.push({ at: `${colLetter(c.col)}${c.row}`, value: v }); continue; }
      grid[c.row - r.top][c.col - r.left] = v as string | number;
    }
    blocks.push({ range: rectA1(r), cells: grid });
  }

  // Borders: boxes with insides; bordered cells outside every box, edges only.
  const boxes = [...plan.boxes];
  const boxRects = boxes.map(parseRange);
  const outlined = plan.cells.filter((c) => LOOKS[c.style].border).map(areaOf).filter((a) => !boxRects.some((b) => inside(a, b))).map((a) => rectA1(a));

  const validations = mergedValidations(plan.validations);

  const unlockedCells: [number, number][] = [];
  const unlockedColumns: string[] = [];
  const editable = plan.protect?.unlocked ?? [];
  const bodyCols = new Map<number, true>();
  for (const u of editable) {
    const r = parseRange(u);
    if (body && r.top === body.top && r.bottom === body.bottom) { for (let c = r.left; c <= r.right; c++) bodyCols.set(c, true); continue; }
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) unlockedCells.push([row, col]);
  }
  if (body) columnGroups(bodyCols, (_, range) => unlockedColumns.push(range));
  const unlocked = [...unlockedColumns, ...rectangles(unlockedCells).map((r) => rectA1(r))];

  return { widths, numberFormats, looks, blocks, texts, boxes, outlined, validations, unlocked };
}

/**
 * Validations as one per range, no cell in two: the cells of each rule covered with
 * rectangles (the same rule on adjacent cells becomes one range). Both writers use this;
 * ExcelJS left to merge single cells itself overlaps them (B10:B26 inside B7:B26).
 */
export function mergedValidations(validations: SheetPlan["validations"]): { range: string; rule: SheetPlan["validations"][number]["rule"] }[] {
  type Rule = SheetPlan["validations"][number]["rule"];
  const byRule = new Map<string, { rule: Rule; cells: [number, number][]; columns: Rect[] }>();
  for (const v of validations) {
    const key = JSON.stringify(v.rule);
    const group = byRule.get(key) ?? byRule.set(key, { rule: v.rule, cells: [], columns: [] }).get(key)!;
    const r = parseRange(v.range);
    // A roster column (many rows) stays a rectangle; small ranges go cell by cell.
    if (r.bottom - r.top >= SMALL_RANGE) { group.columns.push(r); continue; }
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) group.cells.push([row, col]);
  }
  return [...byRule.values()].flatMap((g) => {
    const columns: Rect[] = [];
    for (const r of [...g.columns].sort((a, b) => a.top - b.top || a.left - b.left)) {
      const last = columns[columns.length - 1];
      if (last && last.top === r.top && last.bottom === r.bottom && last.right + 1 === r.left) last.right = r.right;
      else columns.push({ ...r });
    }
    return [...columns, ...rectangles(g.cells)].map((r) => ({ range: rectA1(r), rule: g.rule }));
  });
}

/** Rows from which a validated range is taken whole (a roster column) rather than cell by cell. */
const SMALL_RANGE = 64;

/** Ranges of `prop` = value, as the writer sets them. */
export function lookValue(prop: LookProp, value: unknown): { path: string; value: unknown } {
  switch (prop) {
    case "fill": return { path: "fill.color", value: `#${value as string}` };
    case "color": return { path: "font.color", value: `#${value as string}` };
    case "bold": return { path: "font.bold", value };
    case "italic": return { path: "font.italic", value };
    case "size": return { path: "font.size", value };
    case "align": return { path: "horizontalAlignment", value: value === "left" ? "Left" : value === "center" ? "Center" : "Right" };
    case "wrap": return { path: "wrapText", value };
    case "shrink": return { path: "shrinkToFit", value };
  }
}
