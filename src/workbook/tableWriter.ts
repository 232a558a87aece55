/**
 * Excel tables and blocks of values through Office.js, for any sheet plan with a roster
 * (the month sheet, the evaluation log, roster forms):
 *
 * - `queueTable(ws, plan)` adds the plan's table over its range (header row included),
 *   named and styled as the .xlsx writer does. It is queued before the plan's calculated
 *   columns: queuePlan writes each roster formula as one value over the column's whole
 *   data body, and one formula over a table column's whole data body is what makes it a
 *   calculated column — Excel then fills it into every row added to the table, and
 *   sorting and filtering keep it. (A structured reference such as [@[工号]] is refused
 *   outside a table, so the table must exist first.)
 * - `inputChunks(plan)` gives the plan's input values (plan.inputs) in chunks of at most
 *   DATA_BUDGET_BYTES, `queueChunk(ws, chunk)` writes one; `packChunks` groups chunks into
 *   requests that stay under Excel's 5 MB limit.
 */
import { colLetter, parseRange } from "../forms/address";
import type { CellValue, SheetPlan } from "../forms/plan";
import { chunkData, DATA_BUDGET_BYTES, type XRange, type XWorksheet } from "./officeWriter";
import { looksLikeFormula } from "./names";

export interface XTable {
  name: string;
  style: string;
  showBandedRows: boolean;
  getHeaderRowRange(): XRange;
}
export interface XTableSheet extends XWorksheet {
  tables: { add(address: string, hasHeaders: boolean): XTable };
}
type Assignable<T, U extends T> = U;
export type _TableCheck = Assignable<Pick<XTable, "name" | "style" | "showBandedRows">, Pick<Excel.Table, "name" | "style" | "showBandedRows">>;

/** The table style of generated rosters (the .xlsx writer uses the same). */
export const TABLE_STYLE = "TableStyleLight1";

/** Queue the plan's Excel table on its (new) sheet; nothing when the plan has none. */
export function queueTable(ws: XWorksheet, plan: SheetPlan): void {
  const planned = plan.table;
  if (!planned) return;
  const table = (ws as XTableSheet).tables.add(planned.range, true);
  table.name = planned.name;
  table.style = TABLE_STYLE;
  table.showBandedRows = false;
  table.getHeaderRowRange().values = [planned.columns.map((c) => c.header)];
}

/** Values for one rectangle; `text`: the employees' own data, every value written as text into Text cells. */
export interface ValueChunk { range: string; rows: CellValue[][]; text: boolean }

const utf8 = new TextEncoder();
/** The bytes a chunk adds to a request (its values as JSON). */
const chunkBytes = (c: ValueChunk) => utf8.encode(JSON.stringify(c.rows)).length;

/** The plan's input blocks, each split into chunks of at most DATA_BUDGET_BYTES. */
export function inputChunks(plan: SheetPlan): ValueChunk[] {
  return (plan.inputs ?? []).flatMap((block) => chunkData(block).map((c) => ({ ...c, text: false })));
}

/**
 * Queue one chunk. Blanks are written as "" (the cells are new). Text that Excel would
 * take for a formula (= + - @) goes into a cell formatted as Text first.
 */
export function queueChunk(ws: XWorksheet, chunk: ValueChunk): void {
  const r = parseRange(chunk.range);
  if (!chunk.text) {
    chunk.rows.forEach((row, i) => row.forEach((v, j) => {
      if (typeof v === "string" && looksLikeFormula(v)) ws.getRange(`${colLetter(r.left + j)}${r.top + i}`).numberFormat = [["@"]];
    }));
  }
  ws.getRange(chunk.range).values = chunk.rows.map((row) => row.map((v) => (v === null ? "" : chunk.text && typeof v === "number" ? String(v) : v)));
}

/**
 * Chunks grouped into requests: each group's values stay within `budget` bytes (the
 * layout of a sheet is small beside it), a chunk larger than the budget alone.
 */
export function packChunks(chunks: readonly ValueChunk[], budget = DATA_BUDGET_BYTES): ValueChunk[][] {
  const groups: ValueChunk[][] = [];
  let size = 0;
  for (const c of chunks) {
    const n = chunkBytes(c);
    if (groups.length === 0 || size + n > budget) { groups.push([]); size = 0; }
    groups[groups.length - 1].push(c);
    size += n;
  }
  return groups;
}
