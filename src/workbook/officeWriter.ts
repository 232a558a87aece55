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
 * - Only new worksheets are written: no existing cell is changed. A request that fails
 *   leaves nothing behind: what this operation added (sheets, names) is deleted again,
 *   or the error says exactly what is left (FormWriteError).
 * - Text from the workbook or the user (employee data, text inputs, any string that
 *   starts with = + - @) is written into cells formatted as Text ("@") *before* the
 *   value is set. Office.js interprets a value starting with "=" (or + / -) as a
 *   formula; in a Text-formatted cell Excel keeps what is entered as text, exactly as
 *   when a user types it. We prefer this to an apostrophe prefix ("'=…"), which Excel
 *   turns into a hidden quote prefix but other tools (and `values` read back by some
 *   hosts) show literally.
 * - The layout is lean (./leanLayout.ts): one font for the sheet, each look and number
 *   format over whole rectangles, the fixed cells as one block per region, each roster
 *   formula column one `formulasR1C1` assignment of a single value to the whole column
 *   range — so the request grows with N only by the employees' own data.
 */
import { DEFAULT_POLICY, L, POLICY_SHEET_NAMES, alignUsedRange, choosePolicySheet, policyCandidates, type Lang, type Localized, type Policy, type SheetRows } from "../rules";
import { policySheetPlan } from "../forms/policySheet";
import { colLetter, parseRange, quoteSheet, rectCols, rectRows } from "../forms/address";
import { FORM_MARKER_NAME, FORMS, planForm, type CellValue, type FormId, type Paper, type SheetPlan } from "../forms";
import type { ValidationRule } from "../forms/plan";
import { WIDTH_PADDING } from "../forms/print";
import { BASE_FONT_SIZE, FLAG_LOOKS, FONT_BY_LANG } from "../forms/styles";
import { leanLayout, lookValue } from "./leanLayout";
import { uniqueSheetName } from "./names";

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
  protection: { locked: boolean };
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
  /** Outline (ExcelApi 1.10): detail columns that can be collapsed. */
  group(groupOption: "ByRows" | "ByColumns"): void;
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
    setPrintTitleColumns(columns: string): void;
    setPrintArea(area: string): void;
  };
  getUsedRangeOrNullObject(valuesOnly?: boolean): XUsedRange;
  freezePanes: { freezeRows(count?: number): void; freezeAt(frozenRange: string): void };
  /** Manual page breaks before a column (ExcelApi 1.9). */
  verticalPageBreaks: { add(pageBreakRange: string): unknown };
  protection: { protect(options?: Excel.WorksheetProtectionOptions, password?: string): void };
  delete(): void;
  /** Sheet-scoped names (the form marker, FORM_MARKER_NAME). */
  names: { add(name: string, reference: string, comment?: string): unknown };
}
export interface XNamedItem { name: string }
export interface XWorkbook {
  worksheets: { items: XWorksheet[]; load(option: string): unknown; add(name?: string): XWorksheet; getItem(name: string): XWorksheet };
  names: { items: XNamedItem[]; load(option: string): unknown; add(name: string, reference: string, comment?: string): unknown; getItem(name: string): { formula: string; delete(): void } };
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
export type _NameCheck = Assignable<{ formula: string; delete(): void }, Pick<Excel.NamedItem, "formula" | "delete">>;
export type _GroupCheck = Assignable<Pick<XRange, "group">, Pick<Excel.Range, "group">>;
export type _ProtectCheck = Assignable<XWorksheet["protection"], Pick<Excel.WorksheetProtection, "protect">>;
export type _DeleteCheck = Assignable<Pick<XWorksheet, "delete">, Pick<Excel.Worksheet, "delete">>;
export type _TitleColumnsCheck = Assignable<Pick<XWorksheet["pageLayout"], "setPrintTitleColumns">, Pick<Excel.PageLayout, "setPrintTitleColumns">>;

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
  /** Paper to print on (default A4). */
  paper?: Paper;
  /** Adds a roster's Excel table (tableWriter's queueTable): called on the form's sheet once its header row is written. */
  queueTable?: TableHook;
}

/** Queues an Excel table over `plan.table` on the sheet (before its calculated columns are written). */
export type TableHook = (ws: XWorksheet, plan: SheetPlan) => void;

export interface OfficeWriteResult {
  sheetName: string;
  policySheetName: string;
  createdPolicySheet: boolean;
  addedNames: number;
  syncs: number;
}

const utf8 = new TextEncoder();
const bytes = (x: unknown) => utf8.encode(JSON.stringify(x)).length;
/** Excel column width in points for a width in characters (≈ 7 px per character at 10–11 pt). */
const points = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 10) / 10;

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

/** Set a format property by its path ("font.bold", "fill.color", "wrapText"). */
function setFormat(r: XRange, path: string, value: unknown): void {
  const parts = path.split(".");
  let target = r.format as unknown as Record<string, unknown>;
  for (const p of parts.slice(0, -1)) target = target[p] as Record<string, unknown>;
  target[parts[parts.length - 1]] = value;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const INSIDES = ["InsideVertical", "InsideHorizontal"] as const;

/**
 * Queue a sheet plan on a new worksheet, as a lean request (see the file comment).
 * `queueTable` adds the roster's Excel table once its header row is there; without it a
 * roster is written as a plain range (its formulas over plain references). Protection
 * comes last. Returns the employee-data chunks still to write (each to be followed by a
 * sync) when the data does not fit one request.
 */
export function queuePlan(ws: XWorksheet, plan: SheetPlan, lang: Lang, queueTable?: TableHook): { range: string; rows: CellValue[][] }[] {
  const withTable = plan.table !== undefined && queueTable !== undefined;
  const lean = leanLayout(plan, (c) => (withTable ? c.formula : c.plainFormula ?? c.formula));
  const sheet = ws.getRange();
  sheet.format.font.name = FONT_BY_LANG[lang];
  sheet.format.font.size = BASE_FONT_SIZE;
  sheet.format.verticalAlignment = "Center";
  for (const w of lean.widths) ws.getRange(w.cols).format.columnWidth = points(w.width + WIDTH_PADDING);
  for (const [fmt, ranges] of lean.numberFormats) for (const r of ranges) fill(ws.getRange(r), "numberFormat", fmt);
  for (const [prop, values] of lean.looks) {
    for (const [value, ranges] of values) {
      const v = lookValue(prop, value);
      for (const r of ranges) setFormat(ws.getRange(r), v.path, v.value);
    }
  }
  const [above, below] = plan.roster ? [lean.blocks.filter((b) => parseRange(b.range).top < plan.roster!.firstRow), lean.blocks.filter((b) => parseRange(b.range).top > plan.roster!.lastRow)] : [lean.blocks, []];
  for (const b of above) ws.getRange(b.range).formulas = b.cells;
  for (const t of lean.texts) { const r = ws.getRange(t.at); r.numberFormat = [["@"]]; r.values = [[t.value]]; }
  if (withTable) queueTable!(ws, plan);
  for (const cf of plan.columnFormulas) {
    fill(ws.getRange(`${colLetter(cf.col)}${cf.firstRow}:${colLetter(cf.col)}${cf.lastRow}`), "formulasR1C1", withTable ? cf.r1c1 : cf.plainR1C1 ?? cf.r1c1);
  }
  for (const b of below) ws.getRange(b.range).formulas = b.cells;
  // Unstyled blocks (the policy sheet's lookups and checks): blocks on consecutive rows from one column written together.
  const blocks = [...(plan.blocks ?? [])].sort((x, y) => x.col - y.col || x.row - y.row);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1].col === blocks[i].col && blocks[j + 1].row === blocks[j].row + blocks[j].cells.length) j++;
    const lines = blocks.slice(i, j + 1).flatMap((b) => b.cells);
    const width = Math.max(...lines.map((line) => line.length));
    const b = blocks[i];
    ws.getRange(`${colLetter(b.col)}${b.row}:${colLetter(b.col + width - 1)}${b.row + lines.length - 1}`).formulas = lines.map((line) => Array.from({ length: width }, (_, k) => line[k] ?? ""));
    i = j + 1;
  }
  for (const rf of plan.rangeFormulas ?? []) fill(ws.getRange(rf.range), "formulasR1C1", rf.r1c1);
  for (const m of plan.merges) ws.getRange(m).merge(false);
  for (const b of lean.boxes) { const r = ws.getRange(b); for (const e of [...EDGES, ...INSIDES]) r.format.borders.getItem(e).style = "Continuous"; }
  for (const o of lean.outlined) { const r = ws.getRange(o); for (const e of EDGES) r.format.borders.getItem(e).style = "Continuous"; }
  for (const v of lean.validations) ws.getRange(v.range).dataValidation.rule = dvRule(v.rule);
  for (const f of plan.flags) {
    const cf = ws.getRange(f.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = f.formula;
    cf.custom.format.fill.color = `#${FLAG_LOOKS[f.style].fill}`;
    cf.custom.format.font.color = `#${FLAG_LOOKS[f.style].color}`;
  }
  for (const h of plan.rowHeights) ws.getRange(`${h.from}:${h.to}`).format.rowHeight = h.height;
  const p = plan.print;
  ws.pageLayout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  ws.pageLayout.paperSize = p.paper ?? "A4";
  ws.pageLayout.zoom = p.scale === undefined ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: p.scale };
  ws.pageLayout.centerHorizontally = true;
  ws.pageLayout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
  if (p.titleCols) ws.pageLayout.setPrintTitleColumns(`$${colLetter(p.titleCols[0])}:$${colLetter(p.titleCols[1])}`);
  for (const c of p.colBreaks ?? []) ws.verticalPageBreaks.add(`${colLetter(c + 1)}1`);
  if (plan.printArea) ws.pageLayout.setPrintArea(plan.printArea);
  for (const h of plan.hidden?.rows ?? []) ws.getRange(`${h.from}:${h.to}`).rowHidden = true;
  for (const col of plan.hidden?.cols ?? []) ws.getRange(`${colLetter(col)}:${colLetter(col)}`).columnHidden = true;
  for (const g of plan.outline?.cols ?? []) ws.getRange(`${colLetter(g.from)}:${colLetter(g.to)}`).group("ByColumns");
  if (plan.freeze) {
    if (plan.freeze.cols > 0) ws.freezePanes.freezeAt(`A1:${colLetter(plan.freeze.cols)}${plan.freeze.rows}`);
    else ws.freezePanes.freezeRows(plan.freeze.rows);
  }
  if (plan.protect) {
    for (const u of lean.unlocked) ws.getRange(u).format.protection.locked = false;
    ws.protection.protect({ allowAutoFilter: true, allowSort: true, allowFormatColumns: true, allowFormatRows: true });
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

/** What a failed write says, in the user's language: the failure ({reason}: the host's error), then what became of what it added. */
const FAILURE: Readonly<Record<"failed" | "removed" | "left", Localized>> = {
  failed: L("生成表单失败（{reason}）；", "產生表單失敗（{reason}）；", "The form could not be created ({reason}); "),
  removed: L("本次添加的工作表和名称已全部删除，工作簿未改变。", "本次新增的工作表和名稱已全部刪除，活頁簿未改變。",
    "the sheets and names this added were removed again: the workbook is unchanged."),
  left: L("本次添加的内容未能删除，请检查并删除（如存在）：{left}", "本次新增的內容未能刪除，請檢查並刪除（如存在）：{left}",
    "what it added could not be removed — please delete, where they exist: {left}"),
};
const LEFT_WORDS: Readonly<Record<"sheets" | "names", Localized>> = {
  sheets: L("工作表 ", "工作表 ", "sheets "),
  names: L("名称 ", "名稱 ", "names "),
};

/**
 * A write that failed: the host's error (its Office `code` kept, so a caller can say it in
 * its own words), and what this operation left in the workbook (nothing when cleaned up);
 * `outcome` says which, in the user's language.
 */
export class FormWriteError extends Error {
  readonly code?: string;
  readonly outcome: string;
  constructor(readonly reason: unknown, readonly left: { sheets: string[]; names: string[] }, lang: Lang) {
    const why = reason instanceof Error ? reason.message : String(reason);
    const listed = [left.sheets.length > 0 ? `${LEFT_WORDS.sheets[lang]}${left.sheets.join("、")}` : "", left.names.length > 0 ? `${LEFT_WORDS.names[lang]}${left.names.join("、")}` : ""].filter(Boolean).join("；");
    const outcome = left.sheets.length === 0 && left.names.length === 0 ? FAILURE.removed[lang] : FAILURE.left[lang].replace("{left}", listed);
    super(FAILURE.failed[lang].replace("{reason}", why) + outcome);
    this.name = "FormWriteError";
    this.outcome = outcome;
    const code = (reason as { code?: unknown } | null)?.code;
    if (typeof code === "string") this.code = code;
  }
}

/**
 * Remove what a failed write added. After a sync that failed part-way it is not known
 * which additions took effect: the sheet and name lists are read first (one sync); after
 * a later sync failed, every addition is known to be there. Then one sync deletes them.
 * Returns what is left (nothing, unless the clean-up itself failed).
 */
async function removeAdded(context: XContext, added: { sheets: string[]; names: string[] }, known: boolean): Promise<{ sheets: string[]; names: string[] }> {
  const wb = context.workbook;
  let present = added;
  try {
    if (!known) {
      wb.worksheets.load("items/name");
      wb.names.load("items/name");
      await context.sync();
      const sheets = new Set(wb.worksheets.items.map((w) => w.name.toLowerCase()));
      const names = new Set(wb.names.items.map((n) => n.name.toLowerCase()));
      present = { sheets: added.sheets.filter((n) => sheets.has(n.toLowerCase())), names: added.names.filter((n) => names.has(n.toLowerCase())) };
    }
    if (present.sheets.length === 0 && present.names.length === 0) return { sheets: [], names: [] };
    for (const n of present.names) wb.names.getItem(n).delete();
    for (const n of present.sheets) wb.worksheets.getItem(n).delete();
    await context.sync();
    return { sheets: [], names: [] };
  } catch {
    return present;
  }
}

/** A roster table's name, unique with its sheet: the form id, and the sheet's " (n)" suffix. */
export function rosterTableName(id: FormId, sheetName: string): string {
  const n = /\((\d+)\)$/.exec(sheetName)?.[1];
  return n ? `${id}_${n}` : id;
}

/**
 * Write one form into the workbook, with the policy it needs:
 * - a policy sheet (layout 2, recognised by its marker) gets only the names it lacks;
 * - an older policy sheet (layout 1) is left as it is: its tables and checks go on a
 *   companion sheet "<name> KH" whose lookups read the older sheet by key;
 * - no policy sheet (or only a sheet named like one that is not a policy): a new one
 *   under a unique name. No name is ever added into a sheet that is not a policy.
 * Everything is added in one sync (more only for large employee data); when a sync
 * fails, what was added is deleted again (FormWriteError says so, or what is left).
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
  const added = { sheets: [] as string[], names: [] as string[] };
  let created = false;
  const chunks: { ws: XWorksheet; range: string; rows: CellValue[][] }[] = [];
  const addSheet = (name: string) => { added.sheets.push(name); return wb.worksheets.add(name); };
  const addNames = (sheet: string, names: readonly { name: string; ref: string }[]) => {
    for (const n of names) {
      if (haveNames.has(n.name.toLowerCase())) continue;
      wb.names.add(n.name, `=${quoteSheet(sheet)}!${n.ref}`);
      added.names.push(n.name);
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
      queuePlan(addSheet(name), companion, opts.lang);
      addNames(name, companion.names);
    }
  } else {
    const policyPlan = planForm("policy", { lang: opts.lang, policy });
    policySheetName = uniqueSheetName(POLICY_SHEET_NAMES[opts.lang], taken);
    taken.add(policySheetName);
    queuePlan(addSheet(policySheetName), policyPlan, opts.lang);
    created = true;
    addNames(policySheetName, policyPlan.names);
  }

  const wanted = id === "policy" ? policySheetName : uniqueSheetName(FORMS[id].sheetName[opts.lang], taken);
  const plan = planForm(id, { lang: opts.lang, policy, rows: opts.rows, count: opts.count, paper: opts.paper, table: { name: rosterTableName(id, wanted) } });
  if (id !== "policy") {
    const ws = addSheet(wanted);
    ws.names.add(FORM_MARKER_NAME, `="${id}"`);
    for (const c of queuePlan(ws, plan, opts.lang, opts.queueTable)) chunks.push({ ws, ...c });
  }
  // The first data chunk rides with the layout; further chunks get a sync each.
  let written = 0;
  try {
    for (const [i, c] of chunks.entries()) {
      if (i > 0) { await context.sync(); syncs++; written++; }
      c.ws.getRange(c.range).values = c.rows.map((row) => row.map((v) => (v === null ? "" : typeof v === "number" ? String(v) : v)));
    }
    await context.sync();
    syncs++;
  } catch (e) {
    throw new FormWriteError(e, await removeAdded(context, added, written > 0), opts.lang);
  }
  return { sheetName: wanted, policySheetName, createdPolicySheet: created, addedNames: added.names.length, syncs };
}

/** In the add-in: `await Excel.run((ctx) => writeFormInExcel(ctx, "salesMonthly", { lang }))`. */
export function writeFormInExcel(context: Excel.RequestContext, id: FormId, opts: OfficeFormOptions): Promise<OfficeWriteResult> {
  return writeForm(asXContext(context), id, opts);
}
