/**
 * The month's sheets in the open workbook, through Office.js (EVALUATION.md; the plans
 * come from src/cycle, the same the `evaluate` command writes as .xlsx):
 *
 * - createMonthSheet: the month sheet as an Excel table (calculated columns, inputs and
 *   carry-forward written), on a new sheet; the policy sheet first when the workbook has
 *   none. Creating a month that exists opens it. Syncs: one read, the policy sheet when it
 *   is missing (one), the sheet (one; more only beyond DATA_BUDGET_BYTES of values — not
 *   before tens of thousands of employees).
 * - readMonthSheet: the month's table back (values, header first), whether it is locked,
 *   the evaluation log and the sheet names: at most two syncs.
 * - writeInput: one input typed in the pane (one sync).
 * - writeSummary: the summary sheet with a native chart of the score bands.
 * - finalizeMonthSheet / reopenMonthSheet: lock (or unlock) the month sheet, the pay list,
 *   the evaluation log (考核记录) row.
 *
 * Only sheets these functions add are written, except the log (a row appended) and the
 * month sheet's protection. A failed request leaves nothing behind: what the operation
 * added is deleted again and a protection it changed is put back (MonthWriteError lists
 * whatever could not be undone). A policy sheet created on the way stays: it is complete.
 * Generated sheets other than the month sheet carry a sheet-scoped name KH_cycle
 * ("summary", "payList") so a later run replaces its own sheet and never one of the user's.
 */
import {
  LOG_TABLE, logCells, logSheetPlan, monthSheetPlan, payListPlan, SCHEMES, summarySheetPlan, tableName,
  type LogRow, type MonthResult, type PayRow, type SchemeId,
} from "../cycle";
import { colLetter, parseRange, rectA1 } from "../forms/address";
import { planForm } from "../forms";
import type { CellValue, PlannedCell, SheetPlan } from "../forms/plan";
import { LOOKS } from "../forms/styles";
import type { Lang, Policy } from "../rules";
import { looksLikeFormula, uniqueSheetName } from "./names";
import { queuePlan, writeForm, type Existing, type XContext, type XRange, type XWorkbook, type XWorksheet } from "./officeWriter";
import { inputChunks, packChunks, queueChunk, queueTable, type ValueChunk, type XTableSheet } from "./tableWriter";

// ── The subset of the Excel JavaScript API used here (checked against @types/office-js below) ──
export interface XReadRange { values: unknown[][]; address: string; load(props: string): unknown }
export interface XProtection {
  protected: boolean;
  load(props: string): unknown;
  protect(options?: Excel.WorksheetProtectionOptions): void;
  unprotect(): void;
}
export interface XChart { name: string; title: { text: string }; legend: { visible: boolean }; setPosition(startCell: string, endCell?: string): void }
export interface XNamedValue { isNullObject: boolean; value: unknown; load(props: string): unknown }
export interface XMonthSheet extends XTableSheet {
  protection: XProtection;
  charts: { add(type: "ColumnClustered", sourceData: XRange, seriesBy?: "Auto" | "Columns" | "Rows"): XChart };
  names: XWorksheet["names"] & { getItemOrNullObject(name: string): XNamedValue };
  load(props: string): unknown;
  activate(): void;
  delete(): void;
}
export interface XTableRef {
  isNullObject: boolean;
  load(props: string): unknown;
  worksheet: XMonthSheet;
  getRange(): XReadRange;
  rows: { add(index: undefined, values: (string | number | boolean)[][]): unknown };
}
export interface XMonthWorkbook extends Omit<XWorkbook, "worksheets"> {
  worksheets: Omit<XWorkbook["worksheets"], "add" | "getItem" | "items"> & { items: XMonthSheet[]; add(name?: string): XMonthSheet; getItem(name: string): XMonthSheet };
  tables: { items: { name: string }[]; load(option: string): unknown; getItem(name: string): XTableRef; getItemOrNullObject(name: string): XTableRef };
}
export interface XMonthContext { workbook: XMonthWorkbook; sync(): Promise<unknown> }

/** Compile-time proof that the real Excel.RequestContext offers everything used here. */
export function asMonthContext(context: Excel.RequestContext): XMonthContext {
  return context as unknown as XMonthContext;
}
type Assignable<T, U extends T> = U;
export type _ProtectionCheck = Assignable<Pick<XProtection, "protected" | "protect" | "unprotect">, Pick<Excel.WorksheetProtection, "protected" | "protect" | "unprotect">>;
export type _ChartCheck = Assignable<Pick<XChart, "name" | "setPosition">, Pick<Excel.Chart, "name" | "setPosition">>;
export type _DeleteCheck = Assignable<Pick<XMonthSheet, "delete" | "activate">, Pick<Excel.Worksheet, "delete" | "activate">>;
export type _TableRowsCheck = Assignable<XTableRef["rows"], Pick<Excel.TableRowCollection, "add">>;

/** Sheet-scoped name on the summary and the pay list: which generated sheet it is. */
export const CYCLE_MARKER = "KH_cycle";
/**
 * A finalized month: every cell locked (Excel's default for every cell), its filter buttons
 * usable. allowSort is set, but Excel sorts only unlocked cells on a protected sheet: a
 * finalized month cannot be sorted in place (reopen it, or copy the table elsewhere).
 */
export const FINAL_PROTECTION: Excel.WorksheetProtectionOptions = { allowAutoFilter: true, allowSort: true, allowFormatColumns: true, allowFormatRows: true };

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const has = (xs: readonly string[], x: string) => lower(xs).has(x.toLowerCase());

/**
 * A request that failed: `code` is the Office error's (for a readable message), `left` what it
 * added and could not delete again, `kept` a complete policy sheet created on the way.
 */
export class MonthWriteError extends Error {
  readonly code?: string;
  constructor(readonly reason: unknown, readonly left: string[], readonly kept?: string) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = "MonthWriteError";
    const code = (reason as { code?: unknown } | null)?.code;
    if (typeof code === "string") this.code = code;
  }
}

export interface MonthBook { sheets: string[]; names: string[]; tables: string[] }

/** Sheet, defined-name and table names: one sync. */
export async function readBook(context: XMonthContext): Promise<MonthBook> {
  const wb = context.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name");
  wb.tables.load("items/name");
  await context.sync();
  return { sheets: wb.worksheets.items.map((w) => w.name), names: wb.names.items.map((n) => n.name), tables: wb.tables.items.map((t) => t.name) };
}

/** Delete these sheets where they exist (two syncs); returns those that could not be deleted. */
async function discard(context: XMonthContext, sheets: readonly string[]): Promise<string[]> {
  if (sheets.length === 0) return [];
  try {
    const present = lower((await readBook(context)).sheets);
    const gone = sheets.filter((s) => present.has(s.toLowerCase()));
    for (const s of gone) context.workbook.worksheets.getItem(s).delete();
    if (gone.length > 0) await context.sync();
    return [];
  } catch {
    return [...sheets];
  }
}

// ── Writing large bodies lean ─────────────────────────────────────────────────────────────────
/** Runs of at least this many rows alike are written as ranges and one block of values. */
const LEAN_RUN = 2;

/**
 * Rows of plain cells that look alike (same columns, styles and formats, no formulas, no
 * merges) — a pay list's employees, a summary's flags — as whole-range formats and one block
 * of values instead of cell by cell, so 10,000 rows fit a request.
 */
export function leanRows(plan: SheetPlan): { plan: SheetPlan; chunks: ValueChunk[] } {
  const merged = new Set(plan.merges.map((m) => m.split(":")[0]));
  const byRow = new Map<number, PlannedCell[]>();
  for (const c of plan.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const signature = (row: number) => {
    const cells = byRow.get(row);
    if (!cells || cells.some((c) => c.formula !== undefined || merged.has(`${colLetter(c.col)}${c.row}`))) return undefined;
    return [...cells].sort((a, b) => a.col - b.col).map((c) => `${c.col}:${c.style}:${c.fmt ?? ""}`).join("|");
  };
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const lean = new Set<PlannedCell>();
  const formats: SheetPlan["formats"] = [];
  const boxes: string[] = [];
  const texts: string[] = [];
  const chunks: ValueChunk[] = [];
  for (let i = 0; i < rows.length; ) {
    const sig = signature(rows[i]);
    let j = i;
    while (sig !== undefined && j + 1 < rows.length && rows[j + 1] === rows[j] + 1 && signature(rows[j + 1]) === sig) j++;
    if (sig !== undefined && j - i + 1 >= LEAN_RUN) {
      const [top, bottom] = [rows[i], rows[j]];
      const sample = byRow.get(top)!;
      const cols = sample.map((c) => c.col);
      const [left, right] = [Math.min(...cols), Math.max(...cols)];
      for (const c of sample) {
        const range = `${colLetter(c.col)}${top}:${colLetter(c.col)}${bottom}`;
        formats.push({ range, fmt: c.fmt ?? "general", style: c.style });
        if (LOOKS[c.style].border) boxes.push(range);
        if (c.fmt === "text") texts.push(range);
      }
      const block: CellValue[][] = [];
      for (let r = top; r <= bottom; r++) {
        const line: CellValue[] = Array.from({ length: right - left + 1 }, () => null);
        for (const c of byRow.get(r)!) { line[c.col - left] = c.value ?? null; lean.add(c); }
        block.push(line);
      }
      chunks.push({ range: rectA1({ top, bottom, left, right }), rows: block, text: false });
    }
    i = j + 1;
  }
  return {
    plan: { ...plan, cells: plan.cells.filter((c) => !lean.has(c)), formats: [...plan.formats, ...formats], boxes: [...plan.boxes, ...boxes], textRanges: [...plan.textRanges, ...texts] },
    chunks,
  };
}

/** Queue a plan on a new sheet: the layout with its table (queuePlan adds it once the header row is there; the calculated columns then use structured references, as the .xlsx writer's), then every value chunk; returns the chunks that did not fit this request. */
function queueSheet(ws: XWorksheet, plan: SheetPlan, lang: Lang): ValueChunk[] {
  const lean = leanRows(plan);
  const data = queuePlan(ws, lean.plan, lang, queueTable).map((c) => ({ ...c, text: true }));
  const [first, ...rest] = packChunks([...data, ...inputChunks(plan), ...lean.chunks]);
  for (const c of first ?? []) queueChunk(ws, c);
  return rest.flat();
}

/** Write further chunks one request each (within the budget); returns the syncs made. */
async function writeRest(context: XMonthContext, ws: XWorksheet, rest: readonly ValueChunk[]): Promise<number> {
  let syncs = 0;
  for (const group of packChunks(rest)) {
    await context.sync();
    syncs++;
    for (const c of group) queueChunk(ws, c);
  }
  return syncs;
}

// ── Creating the month sheet ──────────────────────────────────────────────────────────────────
export interface CreateMonthOptions {
  /** The workbook's policy sheet as the pane knows it (null: none); undefined: found by reading. */
  policySheet?: Existing["policySheet"];
  /** Who evaluates (the form's field). */
  evaluator?: string;
}

export interface CreatedMonth {
  sheet: string;
  /** False: the month existed and was opened, nothing was written. */
  created: boolean;
  /** The policy sheet was created on the way. */
  policySheet?: string;
  syncs: number;
}

/** Create the month's sheet (or open it when the month exists) and show it. */
export async function createMonthSheet(context: XMonthContext, month: MonthResult, opts: CreateMonthOptions = {}): Promise<CreatedMonth> {
  const wb = context.workbook;
  const lang = month.lang;
  const book = await readBook(context);
  let syncs = 1;
  const table = tableName(month.scheme, month.month);
  if (has(book.tables, table)) {
    const ws = wb.tables.getItem(table).worksheet;
    ws.load("name");
    ws.activate();
    await context.sync();
    return { sheet: ws.name, created: false, syncs: syncs + 1 };
  }
  let policySheet: string | undefined;
  const needed = planForm("policy", { lang, policy: month.policy }).names;
  if (!opts.policySheet || needed.some((n) => !has(book.names, n.name))) {
    const r = await writeForm(context as unknown as XContext, "policy", { lang, policy: month.policy, existing: { sheetNames: book.sheets, names: book.names, policySheet: opts.policySheet } });
    syncs += r.syncs;
    if (r.createdPolicySheet) policySheet = r.policySheetName;
    book.sheets.push(r.policySheetName);
  }
  const plan = monthSheetPlan(month, { evaluator: opts.evaluator });
  const name = uniqueSheetName(plan.name, book.sheets);
  try {
    const ws = wb.worksheets.add(name);
    const rest = queueSheet(ws, plan, lang);
    syncs += await writeRest(context, ws, rest);
    ws.activate();
    await context.sync();
    syncs++;
  } catch (e) {
    throw new MonthWriteError(e, await discard(context, [name]), policySheet);
  }
  return { sheet: name, created: true, policySheet, syncs };
}

// ── Reading it back ───────────────────────────────────────────────────────────────────────────
export interface MonthSheetRead {
  sheet: string;
  /** Sheet row and column of the table's top-left cell (its header). */
  origin: { row: number; col: number };
  /** The table's values, header row first. */
  values: unknown[][];
  /** Finalized: the sheet is protected. */
  locked: boolean;
  /** The evaluation log's values (header first), when the workbook has one. */
  log: unknown[][] | null;
  /** Every sheet's name. */
  sheets: string[];
}

/** The address of a range without its sheet ("'My sheet'!A5:C9" → "A5:C9"). */
const rangePart = (address: string) => address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");

/** Read a month back: at most two syncs (one when the month has no sheet: null). */
export async function readMonthSheet(context: XMonthContext, scheme: SchemeId, month: string): Promise<MonthSheetRead | null> {
  const wb = context.workbook;
  const t = wb.tables.getItemOrNullObject(tableName(scheme, month));
  t.load("isNullObject");
  const log = wb.tables.getItemOrNullObject(LOG_TABLE);
  log.load("isNullObject");
  wb.worksheets.load("items/name");
  await context.sync();
  const sheets = wb.worksheets.items.map((w) => w.name);
  if (t.isNullObject) return null;
  const ws = t.worksheet;
  ws.load("name");
  ws.protection.load("protected");
  const range = t.getRange();
  range.load("values, address");
  const logRange = log.isNullObject ? undefined : log.getRange();
  logRange?.load("values");
  await context.sync();
  const at = parseRange(rangePart(range.address));
  return { sheet: ws.name, origin: { row: at.top, col: at.left }, values: range.values, locked: ws.protection.protected, log: logRange ? logRange.values : null, sheets };
}

/** One input typed in the pane: a number, a text (kept as text), or blank. One sync. */
export async function writeInput(context: XMonthContext, sheet: string, cell: string, value: string | number | null): Promise<void> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
  if (typeof value === "string" && looksLikeFormula(value)) range.numberFormat = [["@"]];
  range.values = [[value ?? ""]];
  await context.sync();
}

// ── Generated sheets: summary, pay list, log ──────────────────────────────────────────────────
type Kind = "summary" | "payList";

/** Which of these existing sheets carry our marker for `kind` (one sync; none when none exists). */
async function ownSheets(context: XMonthContext, names: readonly string[], kind: Kind): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const marks = names.map((n) => {
    const m = context.workbook.worksheets.getItem(n).names.getItemOrNullObject(CYCLE_MARKER);
    m.load("isNullObject, value");
    return { n, m };
  });
  await context.sync();
  return new Set(marks.filter(({ m }) => !m.isNullObject && String(m.value).replace(/^="?|"$/g, "") === kind).map(({ n }) => n));
}

/**
 * Where a generated sheet goes: replacing our own sheet of that name (deleted in the
 * same request), else a unique name. Returns the name and whether one was replaced.
 */
async function placeGenerated(context: XMonthContext, book: MonthBook, wanted: string, kind: Kind): Promise<{ name: string; replaced: boolean; syncs: number }> {
  const existing = book.sheets.find((s) => s.toLowerCase() === wanted.toLowerCase());
  if (existing === undefined) return { name: wanted, replaced: false, syncs: 0 };
  const ours = await ownSheets(context, [existing], kind);
  if (ours.has(existing)) {
    context.workbook.worksheets.getItem(existing).delete();
    return { name: existing, replaced: true, syncs: 1 };
  }
  return { name: uniqueSheetName(wanted, book.sheets), replaced: false, syncs: 1 };
}

function addGenerated(context: XMonthContext, name: string, kind: Kind): XMonthSheet {
  const ws = context.workbook.worksheets.add(name);
  ws.names.add(CYCLE_MARKER, `="${kind}"`);
  return ws;
}

/** The band table's chart: a clustered column per band, beside the figures. */
function queueBandChart(ws: XMonthSheet, plan: SheetPlan): void {
  const bars = plan.dataBars?.[0];
  if (!bars) return;
  const counts = parseRange(bars);
  const head = counts.top - 1;
  const chart = ws.charts.add("ColumnClustered", ws.getRange(`A${head}:B${counts.bottom}`), "Columns");
  chart.name = "KH_bands";
  const title = plan.cells.find((c) => c.row === head - 1 && c.col === 1)?.value;
  if (typeof title === "string") chart.title.text = title;
  chart.legend.visible = false;
  const firstFigure = Math.min(...plan.cells.filter((c) => c.style === "header").map((c) => c.row));
  chart.setPosition(`C${firstFigure}`, `C${counts.bottom}`);
}

export interface WrittenSheet { sheet: string; replaced: boolean; syncs: number }

/** The summary sheet (replacing our own of that name) with its chart, shown. */
export async function writeSummary(context: XMonthContext, month: MonthResult, evaluatedAt: string): Promise<WrittenSheet> {
  const book = await readBook(context);
  const plan = summarySheetPlan(month, evaluatedAt);
  const place = await placeGenerated(context, book, plan.name, "summary");
  let syncs = 1 + place.syncs;
  try {
    const ws = addGenerated(context, place.name, "summary");
    const rest = queueSheet(ws, plan, month.lang);
    queueBandChart(ws, plan);
    syncs += await writeRest(context, ws, rest);
    ws.activate();
    await context.sync();
    syncs++;
  } catch (e) {
    throw new MonthWriteError(e, await discard(context, [place.name]));
  }
  return { sheet: place.name, replaced: place.replaced, syncs };
}

/**
 * The log row's cells for rows.add: blanks as "", every text behind a quote prefix — an
 * appended row has no Text format, and Excel would read "2026-11" or "2026-12-01 09:30" as a
 * date, "2026.10" as a number, "=…" as a formula.
 */
function logValues(row: LogRow, lang: Lang): (string | number)[] {
  return logCells(row, lang).map((v) => (v === null ? "" : typeof v === "string" ? `'${v}` : v));
}

/**
 * Queue the log row: appended to the log table (one operation, queued last by the caller),
 * or a new log sheet. Returns the new sheet's name, if one is added.
 */
function queueLog(context: XMonthContext, book: MonthBook, row: LogRow, lang: Lang, policy: Policy): { append?: () => void; added?: string } {
  if (has(book.tables, LOG_TABLE)) return { append: () => { context.workbook.tables.getItem(LOG_TABLE).rows.add(undefined, [logValues(row, lang)]); } };
  const plan = logSheetPlan([row], lang, policy);
  const name = uniqueSheetName(plan.name, book.sheets);
  const ws = context.workbook.worksheets.add(name);
  for (const c of queueSheet(ws, plan, lang)) queueChunk(ws, c);
  return { added: name };
}

export interface FinalizedSheets { payList?: string; log: string; syncs: number }

/**
 * Finalize: the pay list (schemes with pay), the log row, the month sheet locked — in one
 * request after one or two reads. A month already locked is refused (AccessDenied).
 */
export async function finalizeMonthSheet(context: XMonthContext, month: MonthResult, final: { log: LogRow; payList: readonly PayRow[] }): Promise<FinalizedSheets> {
  const wb = context.workbook;
  const lang = month.lang;
  const ws = wb.tables.getItem(tableName(month.scheme, month.month)).worksheet;
  ws.load("name");
  ws.protection.load("protected");
  const book = await readBook(context);
  let syncs = 1;
  if (ws.protection.protected) throw new MonthWriteError(Object.assign(new Error("the month is finalized already"), { code: "AccessDenied" }), []);
  const payPlan = SCHEMES[month.scheme].money.length > 0 ? payListPlan(month, { rows: final.payList, log: final.log }) : undefined;
  const place = payPlan ? await placeGenerated(context, book, payPlan.name, "payList") : undefined;
  syncs += place?.syncs ?? 0;
  const added: string[] = [];
  let protectedNow = false;
  try {
    let rest: ValueChunk[] = [];
    let payWs: XMonthSheet | undefined;
    if (payPlan && place) {
      payWs = addGenerated(context, place.name, "payList");
      added.push(place.name);
      rest = queueSheet(payWs, payPlan, lang);
      syncs += await writeRest(context, payWs, rest);
    }
    const log = queueLog(context, book, final.log, lang, month.policy);
    if (log.added) added.push(log.added);
    ws.protection.protect(FINAL_PROTECTION);
    protectedNow = true;
    log.append?.();
    (payWs ?? ws).activate();
    await context.sync();
    syncs++;
    return { payList: place?.name, log: log.added ?? LOG_TABLE, syncs };
  } catch (e) {
    throw new MonthWriteError(e, await undo(context, added, protectedNow ? { sheet: ws, restore: "unprotect" } : undefined));
  }
}

/** Reopen a finalized month: unlock its sheet and log who and why. A month that is not locked is refused. */
export async function reopenMonthSheet(context: XMonthContext, scheme: SchemeId, month: string, row: LogRow, lang: Lang, policy: Policy): Promise<{ log: string; syncs: number }> {
  const ws = context.workbook.tables.getItem(tableName(scheme, month)).worksheet;
  ws.load("name");
  ws.protection.load("protected");
  const book = await readBook(context);
  if (!ws.protection.protected) throw new MonthWriteError(Object.assign(new Error("the month is not finalized"), { code: "InvalidOperation" }), []);
  let unprotected = false;
  let added: string | undefined;
  try {
    ws.protection.unprotect();
    unprotected = true;
    const log = queueLog(context, book, row, lang, policy);
    added = log.added;
    log.append?.();
    await context.sync();
    return { log: log.added ?? LOG_TABLE, syncs: 2 };
  } catch (e) {
    throw new MonthWriteError(e, await undo(context, added ? [added] : [], unprotected ? { sheet: ws, restore: "protect" } : undefined));
  }
}

/**
 * After a failed request: delete the sheets it added and put the month sheet's protection
 * back (`restore` what it was). Returns what is left: sheet names, the month sheet's when its
 * protection could not be put back.
 */
async function undo(context: XMonthContext, added: readonly string[], protection?: { sheet: XMonthSheet; restore: "protect" | "unprotect" }): Promise<string[]> {
  const left = await discard(context, added);
  if (!protection) return left;
  const name = protection.sheet.name;
  try {
    const ws = context.workbook.worksheets.getItem(name);
    ws.protection.load("protected");
    await context.sync();
    const is = ws.protection.protected;
    if (protection.restore === "unprotect" && is) ws.protection.unprotect();
    else if (protection.restore === "protect" && !is) ws.protection.protect(FINAL_PROTECTION);
    else return left;
    await context.sync();
    return left;
  } catch {
    return [...left, name];
  }
}
