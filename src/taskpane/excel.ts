/**
 * The subset of the Excel JavaScript API the task pane reads, selects and listens
 * with (the writer's subset is src/workbook/officeWriter.ts). Office.js objects are
 * proxies: `load` queues a read, `context.sync()` runs the queue, and only then may a
 * loaded property be read. The in-memory host (test/support/memoryHost.ts) implements
 * the same subset and refuses what Excel refuses.
 */
import type { XContext } from "../workbook/officeWriter";

export interface PNamedItem {
  isNullObject: boolean;
  /** A constant name's value (="salesMonthly" → salesMonthly). */
  value: unknown;
  load(props: string): unknown;
}

export interface PRange {
  /** With the sheet: "Sheet1!C2" or "'My sheet'!C2:D4". */
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  /** Zero-based row and column of the top-left cell. */
  rowIndex: number;
  columnIndex: number;
  isNullObject: boolean;
  worksheet: PWorksheet;
  load(props: string): unknown;
  getUsedRangeOrNullObject(valuesOnly?: boolean): PRange;
  select(): void;
}

export interface PWorksheet {
  name: string;
  id: string;
  isNullObject: boolean;
  load(props: string): unknown;
  getRange(address: string): PRange;
  activate(): void;
  names: { getItemOrNullObject(name: string): PNamedItem };
  /** The tables on the sheet (a month sheet is known by its table's name). */
  tables: { items: { name: string }[]; load(props: string): unknown };
}

export interface PEventResult {
  remove(): void;
}

export interface PEvent<A> {
  add(handler: (args: A) => Promise<unknown>): PEventResult;
}

export interface PSelectionEvent {
  address: string;
  worksheetId: string;
}

export interface PWorkbook {
  getActiveCell(): PRange;
  /** The selected range (a single range; ExcelApi 1.1). */
  getSelectedRange(): PRange;
  /** ExcelApi 1.2: the selection moved (no address); for hosts without worksheets.onSelectionChanged. */
  onSelectionChanged: PEvent<unknown>;
  worksheets: {
    getItem(name: string): PWorksheet;
    getItemOrNullObject(name: string): PWorksheet;
    getActiveWorksheet(): PWorksheet;
    /** ExcelApi 1.9. */
    onSelectionChanged: PEvent<PSelectionEvent>;
    /** ExcelApi 1.9. */
    onChanged: PEvent<PSelectionEvent>;
  };
}

export interface PContext {
  workbook: PWorkbook;
  sync(): Promise<unknown>;
}

/** What the pane's Excel.run hands to a batch: the reader's and the writer's subsets of one context. */
export type PaneContext = PContext & { workbook: PWorkbook & XContext["workbook"] };

/** Compile-time proof that the real Excel objects offer what the pane uses. */
export function asPaneContext(context: Excel.RequestContext): PaneContext {
  return context as unknown as PaneContext;
}
type Assignable<T, U extends T> = U;
export type _RangeCheck = Assignable<Pick<PRange, "select" | "rowIndex" | "columnIndex" | "address">, Pick<Excel.Range, "select" | "rowIndex" | "columnIndex" | "address">>;
export type _SheetCheck = Assignable<Pick<PWorksheet, "name" | "id" | "activate">, Pick<Excel.Worksheet, "name" | "id" | "activate">>;
export type _SheetTablesCheck = Assignable<Pick<PWorksheet["tables"], "load">, Pick<Excel.TableCollection, "load">>;
export type _SelectionCheck = Assignable<PSelectionEvent, Excel.WorksheetSelectionChangedEventArgs>;
