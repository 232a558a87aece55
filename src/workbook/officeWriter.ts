/**
 * Office.js writer: a form becomes a new worksheet in the current workbook.
 *
 * - One `context.sync()` when the caller already knows what exists (sheet names,
 *   defined names and the policy sheet: `existing`), two otherwise (the first only
 *   reads them), three when sheets named like a policy sheet must be read to find
 *   the one that carries the policy marker.
 *   Employee data larger than DATA_BUDGET_BYTES is split over further syncs so no
 *   request passes Excel's 5 MB limit.
 * - Generating a form creates the policy sheet (规则 / 規則 / Rules, layout 2) and its
 *   defined names when the workbook has none; existing names are never re-added.
 * - Only new worksheets are written: no existing cell is changed.
 * - Text from the workbook or the user (employee data, text inputs, any string that
 *   starts with = + - @) is written into cells formatted as Text ("@") *before* the
 *   value is set. Office.js interprets a value starting with "=" (or + / -) as a
 *   formula; in a Text-formatted cell Excel keeps what is entered as text, exactly as
 *   when a user types it. We prefer this to an apostrophe prefix ("'=…"), which Excel
 *   turns into a hidden quote prefix but other tools (and `values` read back by some
 *   hosts) show literally.
 * - Each roster formula column is one `formulasR1C1` assignment of a single value to
 *   the whole column range (Office.js applies a single value to every cell of a
 *   range), so the request grows with N only by the employees' own data.
 */
import { DEFAULT_POLICY, POLICY_SHEET_NAMES, alignUsedRange, choosePolicySheet, policyCandidates, type Lang, type Policy, type SheetRows } from "../rules";
import { policySheetPlan } from "../forms/policySheet";
import { colLetter, parseRange, quoteSheet, rectCols, rectRows } from "../forms/address";
import { FORM_MARKER_NAME, planForm, type CellValue, type FormId, type NumFmt, type SheetPlan, type StyleKey } from "../forms";
import { NUMBER_FORMATS, type ValidationRule } from "../forms/plan";
import { BASE_FONT_SIZE, FLAG_LOOKS, FONT_BY_LANG, LOOKS } from "../forms/styles";
import { looksLikeFormula, uniqueSheetName } from "./names";

// ── The subset of the Excel JavaScript API the writer uses (checked against @types/office-js below) ──
export interface XFont { bold: boolean; italic: boolean; size: number; color: string; name: string }
export interface XRangeFormat {
  font: XFont;
  fill: { color: string };
  horizontalAlignment: Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";
  verticalAlignment: Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed";
  wrapText: boolean;
  shrinkToFit: boolean;
  columnWidth: number;
  rowHeight: number;
  borders: { getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"): { style: Excel.BorderLineStyle | "Continuous" | "None" } };
}
export interface XConditionalFormat { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } }
export interface XRange {
  values: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  formulas: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  formulasR1C1: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  numberFormat: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  format: XRangeFormat;
  dataValidation: { rule: Excel.DataValidationRule };
  conditionalFormats: { add(type: "Custom"): XConditionalFormat };
  merge(across?: boolean): void;
  columnHidden: boolean;
  rowHidden: boolean;
}
/** A used range read back (the policy sheet, the change log). */
export interface XUsedRange {
  isNullObject: boolean;
  values: unknown[][];
  rowIndex: number;
  columnIndex: number;
  load(option: string): unknown;
}
export interface XWorksheet {
  name: string;
  getRange(address?: string): XRange;
  pageLayout: {
    orientation: Excel.PageOrientation | "Portrait" | "Landscape";
    paperSize: Excel.PaperType | "A4" | string;
    zoom: Excel.PageLayoutZoomOptions;
    centerHorizontally: boolean;
    setPrintTitleRows(rows: string): void;
    setPrintArea(area: string): void;
  };
  getUsedRangeOrNullObject(valuesOnly?: boolean): XUsedRange;
  freezePanes: { freezeRows(count?: number): void; freezeAt(frozenRange: string): void };
  /** Sheet-scoped names (the form marker, FORM_MARKER_NAME). */
  names: { add(name: string, reference: string, comment?: string): unknown };
}
export interface XNamedItem { name: string }
export interface XWorkbook {
  worksheets: { items: XWorksheet[]; load(option: string): unknown; add(name?: string): XWorksheet; getItem(name: string): XWorksheet };
  names: { items: XNamedItem[]; load(option: string): unknown; add(name: string, reference: string, comment?: string): unknown; getItem(name: string): { formula: string } };
}
export interface XContext { workbook: XWorkbook; sync(): Promise<unknown> }

/** Compile-time proof that the real Excel.RequestContext offers everything the writer uses. */
export function asXContext(context: Excel.RequestContext): XContext {
  return context as unknown as XContext;
}
// (Structural check of the pieces whose shapes matter most.)
type Assignable<T, U extends T> = U;
export type _RangeCheck = Assignable<Pick<XRange, "merge">, Pick<Excel.Range, "merge">>;
export type _SheetCheck = Assignable<Pick<XWorksheet, "name">, Pick<Excel.Worksheet, "name">>;
export type _HiddenCheck = Assignable<Pick<XRange, "columnHidden" | "rowHidden">, Pick<Excel.Range, "columnHidden" | "rowHidden">>;
export type _NameCheck = Assignable<{ formula: string }, Pick<Excel.NamedItem, "formula">>;

/** Excel rejects a request above 5 MB; employee data is split into chunks well below it. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const DATA_BUDGET_BYTES = 4 * 1024 * 1024;

export interface Existing {
  sheetNames: readonly string[];
  names: readonly string[];
  /**
   * The workbook's policy sheet, when the caller knows it (the add-in's policy
   * reader does): null for none. Left out, sheets named like a policy sheet are
   * read to find it (one more sync).
   */
  policySheet?: { name: string; layout: "current" | "older" } | null;
}

export interface OfficeFormOptions {
  lang: Lang;
  /** The workbook's policy (the add-in reads it for its functions); default: the rulebook defaults. */
  policy?: Policy;
  rows?: readonly (readonly CellValue[])[];
  count?: number;
  /** What the workbook holds, when the caller knows: saves the reading sync. */
  existing?: Existing;
}

export interface OfficeWriteResult {
  sheetName: string;
  policySheetName: string;
  createdPolicySheet: boolean;
  addedNames: number;
  syncs: number;
}

const utf8 = new TextEncoder();
const bytes = (x: unknown) => utf8.encode(JSON.stringify(x)).length;
const hex = (rgb: string) => `#${rgb}`;
/** Excel column width in points for a width in characters (≈ 7 px per character at 10–11 pt). */
const points = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 10) / 10;

function look(r: XRange, style: StyleKey, lang: Lang): void {
  const l = LOOKS[style];
  const f = r.format;
  f.font.name = FONT_BY_LANG[lang];
  f.font.size = l.size ?? BASE_FONT_SIZE;
  if (l.bold) f.font.bold = true;
  if (l.italic) f.font.italic = true;
  if (l.color) f.font.color = hex(l.color);
  if (l.fill) f.fill.color = hex(l.fill);
  if (l.align) f.horizontalAlignment = l.align === "left" ? "Left" : l.align === "center" ? "Center" : "Right";
  f.verticalAlignment = "Center";
  if (l.wrap) f.wrapText = true;
  if (l.shrink) f.shrinkToFit = true;
}

function borders(r: XRange, inside: boolean): void {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", ...(inside ? ["InsideVertical", "InsideHorizontal"] as const : [])] as const;
  for (const e of edges) r.format.borders.getItem(e).style = "Continuous";
}

function dvRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list": return { list: { inCellDropDown: true, source: rule.items.join(",") } };
    case "listRef": return { list: { inCellDropDown: true, source: rule.ref } };
    case "date": return { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
    default: {
      const basic: Excel.BasicDataValidation = rule.max === undefined
        ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
        : { formula1: rule.min, formula2: rule.max, operator: "Between" };
      return rule.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
    }
  }
}

/** Set one value on every cell of a range (Office.js: a single value applies to the whole range). */
function fill(r: XRange, prop: "numberFormat" | "formulasR1C1", value: string): void {
  (r as unknown as Record<string, unknown>)[prop] = value;
}

/**
 * Queue a sheet plan on a new worksheet. Returns the employee-data chunks still to
 * write (each to be followed by a sync) when the data does not fit one request.
 */
export function queuePlan(ws: XWorksheet, plan: SheetPlan, lang: Lang): { range: string; rows: CellValue[][] }[] {
  plan.widths.forEach((w, i) => { ws.getRange(`${colLetter(i + 1)}:${colLetter(i + 1)}`).format.columnWidth = points(w + 1); });
  for (const t of plan.textRanges) fill(ws.getRange(t), "numberFormat", "@");
  for (const f of plan.formats) {
    const r = ws.getRange(f.range);
    if (f.fmt !== "general" && f.fmt !== "text") fill(r, "numberFormat", NUMBER_FORMATS[f.fmt]);
    look(r, f.style, lang);
  }
  const merged = new Map(plan.merges.map((m) => [m.split(":")[0], m]));
  for (const c of plan.cells) {
    const a1 = `${colLetter(c.col)}${c.row}`;
    const r = ws.getRange(merged.get(a1) ?? a1);
    look(r, c.style, lang);
    const cell = merged.has(a1) ? ws.getRange(a1) : r;
    const fmt: NumFmt | undefined = c.fmt;
    if (fmt && fmt !== "general") cell.numberFormat = [[NUMBER_FORMATS[fmt]]];
    if (c.formula !== undefined) cell.formulas = [[c.formula]];
    else if (c.value !== undefined && c.value !== null) {
      if (typeof c.value === "string" && looksLikeFormula(c.value)) cell.numberFormat = [["@"]];
      cell.values = [[c.value]];
    }
  }
  for (const cf of plan.columnFormulas) {
    const r = ws.getRange(`${colLetter(cf.col)}${cf.firstRow}:${colLetter(cf.col)}${cf.lastRow}`);
    fill(r, "formulasR1C1", cf.r1c1);
  }
  for (const b of plan.blocks ?? []) {
    const width = Math.max(...b.cells.map((line) => line.length));
    const range = `${colLetter(b.col)}${b.row}:${colLetter(b.col + width - 1)}${b.row + b.cells.length - 1}`;
    ws.getRange(range).formulas = b.cells.map((line) => Array.from({ length: width }, (_, j) => line[j] ?? ""));
  }
  for (const rf of plan.rangeFormulas ?? []) fill(ws.getRange(rf.range), "formulasR1C1", rf.r1c1);
  for (const m of plan.merges) ws.getRange(m).merge(false);
  for (const b of plan.boxes) borders(ws.getRange(b), true);
  for (const c of plan.cells) if (LOOKS[c.style].border) borders(ws.getRange(merged.get(`${colLetter(c.col)}${c.row}`) ?? `${colLetter(c.col)}${c.row}`), false);
  for (const v of plan.validations) ws.getRange(v.range).dataValidation.rule = dvRule(v.rule);
  for (const f of plan.flags) {
    const cf = ws.getRange(f.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = f.formula;
    cf.custom.format.fill.color = hex(FLAG_LOOKS[f.style].fill);
    cf.custom.format.font.color = hex(FLAG_LOOKS[f.style].color);
  }
  for (const h of plan.rowHeights) ws.getRange(`${h.from}:${h.to}`).format.rowHeight = h.height;
  ws.pageLayout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.zoom = plan.print.scale === undefined ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: plan.print.scale };
  ws.pageLayout.centerHorizontally = true;
  ws.pageLayout.setPrintTitleRows(`$${plan.print.titleRows[0]}:$${plan.print.titleRows[1]}`);
  if (plan.printArea) ws.pageLayout.setPrintArea(plan.printArea);
  for (const h of plan.hidden?.rows ?? []) ws.getRange(`${h.from}:${h.to}`).rowHidden = true;
  for (const col of plan.hidden?.cols ?? []) ws.getRange(`${colLetter(col)}:${colLetter(col)}`).columnHidden = true;
  if (plan.freeze) {
    if (plan.freeze.cols > 0) ws.freezePanes.freezeAt(`A1:${colLetter(plan.freeze.cols)}${plan.freeze.rows}`);
    else ws.freezePanes.freezeRows(plan.freeze.rows);
  }
  return plan.data ? chunkData(plan.data) : [];
}

/** Split the data block into row chunks of at most DATA_BUDGET_BYTES each. */
export function chunkData(data: { range: string; rows: CellValue[][] }): { range: string; rows: CellValue[][] }[] {
  const r = parseRange(data.range);
  const out: { range: string; rows: CellValue[][] }[] = [];
  let start = 0;
  while (start < data.rows.length) {
    let end = start;
    let size = 0;
    while (end < data.rows.length && (end === start || size + bytes(data.rows[end]) <= DATA_BUDGET_BYTES)) { size += bytes(data.rows[end]) + 1; end++; }
    out.push({ range: `${colLetter(r.left)}${r.top + start}:${colLetter(r.right)}${r.top + end - 1}`, rows: data.rows.slice(start, end) });
    start = end;
  }
  if (out.length > 0 && rectRows(parseRange(out[0].range)) !== out[0].rows.length) throw new Error("chunking bug");
  if (out.some((c) => c.rows.some((row) => row.length !== rectCols(r)))) throw new Error("data rows do not match the data columns");
  return out;
}

/** The used ranges of `sheets` (rows from A1), read in one sync. */
export async function readSheets(context: XContext, sheets: readonly string[]): Promise<SheetRows[]> {
  const used = sheets.map((sheet) => {
    const r = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    r.load("isNullObject, values, rowIndex, columnIndex");
    return { sheet, r };
  });
  await context.sync();
  return used.map(({ sheet, r }) => ({ sheet, rows: r.isNullObject ? [] : alignUsedRange(r.values, r.rowIndex, r.columnIndex) }));
}

/**
 * Write one form into the workbook, with the policy it needs:
 * - a policy sheet (layout 2, recognised by its marker) gets only the names it lacks;
 * - an older policy sheet (layout 1) is left as it is: its tables and checks go on a
 *   companion sheet "<name> KH" whose lookups read the older sheet by key;
 * - no policy sheet (or only a sheet named like one that is not a policy): a new one
 *   under a unique name. No name is ever added into a sheet that is not a policy.
 */
export async function writeForm(context: XContext, id: FormId, opts: OfficeFormOptions): Promise<OfficeWriteResult> {
  const wb = context.workbook;
  const policy = opts.policy ?? DEFAULT_POLICY;
  let syncs = 0;
  let existing = opts.existing;
  if (!existing) {
    wb.worksheets.load("items/name");
    wb.names.load("items/name");
    await context.sync();
    syncs++;
    existing = { sheetNames: wb.worksheets.items.map((w) => w.name), names: wb.names.items.map((n) => n.name) };
  }
  let found = existing.policySheet;
  if (found === undefined) {
    const candidates = policyCandidates(existing.sheetNames);
    found = null;
    if (candidates.length > 0) {
      const choice = choosePolicySheet(await readSheets(context, candidates));
      syncs++;
      found = choice.found ? { name: choice.found.sheet, layout: choice.found.content.layout === "older" ? "older" : "current" } : null;
    }
  }
  const taken = new Set(existing.sheetNames);
  const haveNames = new Set(existing.names.map((n) => n.toLowerCase()));
  let addedNames = 0;
  let created = false;
  const chunks: { ws: XWorksheet; range: string; rows: CellValue[][] }[] = [];
  const addNames = (sheet: string, names: readonly { name: string; ref: string }[]) => {
    for (const n of names) {
      if (haveNames.has(n.name.toLowerCase())) continue;
      wb.names.add(n.name, `=${quoteSheet(sheet)}!${n.ref}`);
      addedNames++;
    }
  };
  let policySheetName: string;
  if (found?.layout === "current") {
    policySheetName = found.name;
    addNames(found.name, planForm("policy", { lang: opts.lang, policy }).names);
  } else if (found?.layout === "older") {
    policySheetName = found.name;
    const companion = policySheetPlan(policy, opts.lang, { scalarsFrom: found.name });
    if (companion.names.some((n) => !haveNames.has(n.name.toLowerCase()))) {
      const name = uniqueSheetName(companion.name, taken);
      taken.add(name);
      queuePlan(wb.worksheets.add(name), companion, opts.lang);
      addNames(name, companion.names);
    }
  } else {
    const policyPlan = planForm("policy", { lang: opts.lang, policy });
    policySheetName = uniqueSheetName(POLICY_SHEET_NAMES[opts.lang], taken);
    taken.add(policySheetName);
    queuePlan(wb.worksheets.add(policySheetName), policyPlan, opts.lang);
    created = true;
    addNames(policySheetName, policyPlan.names);
  }

  const plan = planForm(id, { lang: opts.lang, policy, rows: opts.rows, count: opts.count });
  const sheetName = id === "policy" ? policySheetName : uniqueSheetName(plan.name, taken);
  if (id !== "policy") {
    const ws = wb.worksheets.add(sheetName);
    ws.names.add(FORM_MARKER_NAME, `="${id}"`);
    for (const c of queuePlan(ws, plan, opts.lang)) chunks.push({ ws, ...c });
  }
  // The first data chunk rides with the layout; further chunks get a sync each.
  for (const [i, c] of chunks.entries()) {
    if (i > 0) { await context.sync(); syncs++; }
    c.ws.getRange(c.range).values = c.rows.map((row) => row.map((v) => (v === null ? "" : typeof v === "number" ? String(v) : v)));
  }
  await context.sync();
  syncs++;
  return { sheetName, policySheetName, createdPolicySheet: created, addedNames, syncs };
}

/** In the add-in: `await Excel.run((ctx) => writeFormInExcel(ctx, "salesMonthly", { lang }))`. */
export function writeFormInExcel(context: Excel.RequestContext, id: FormId, opts: OfficeFormOptions): Promise<OfficeWriteResult> {
  return writeForm(asXContext(context), id, opts);
}
