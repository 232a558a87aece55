/**
 * A sheet plan: what a writer places, already resolved for one language, one
 * policy and one roster size. Produced by ./layout.ts (forms) and
 * ./policySheet.ts (the policy sheet); consumed by src/workbook writers.
 */
import type { FlagStyle, FormId, NumFmt, StyleKey } from "./types";

export type CellValue = string | number | null;

export interface PlannedCell {
  row: number;
  col: number;
  value?: CellValue;
  /** A1 formula starting with "=". */
  formula?: string;
  /** The same formula over plain references, where `formula` refers to a table (structured references). */
  plainFormula?: string;
  style: StyleKey;
  fmt?: NumFmt;
  /** About what a formula cell shows (for sizing its row; not written). */
  display?: string;
}

/** Rows `from`..`to` are `height` points high. */
export interface RowHeight { from: number; to: number; height: number }

/**
 * One formula for a whole roster column: R1C1 for Office.js, A1 per row for .xlsx.
 * In a table both are the calculated column's structured formula (the same in every row).
 */
export interface ColumnFormula {
  col: number;
  firstRow: number;
  lastRow: number;
  r1c1: string;
  a1At(row: number): string;
  /** In a table: the same formula over plain R1C1 references, for a writer that places the range without the table. */
  plainR1C1?: string;
  style: StyleKey;
  fmt?: NumFmt;
}

export type ValidationRule =
  | { kind: "list"; items: readonly string[] }
  /** A list from a defined name ("=KH_survey_words_zhCN"). */
  | { kind: "listRef"; ref: string }
  | { kind: "whole" | "decimal"; min: number | string; max?: number | string }
  | { kind: "date" };

export interface PlannedValidation { range: string; rule: ValidationRule; prompt?: string }

export interface PlannedFlag {
  range: string;
  /** A1 formula (with "="), relative to the range's top-left cell. */
  formula: string;
  style: FlagStyle;
  means: string;
}

export interface PlannedName { name: string; /** Absolute A1 range on the plan's sheet. */ ref: string }

/**
 * An Excel table over a roster (header row and data rows): sorting, filtering and
 * added rows keep their formulas. Header texts are constants, unique within the
 * table; a formula column is a calculated column whose formula uses structured
 * references (the same text in every row, without "=").
 */
export interface PlannedTable {
  name: string;
  /** A1 range from the header row's first cell to the last data row's last cell (the totals row's, when it has one). */
  range: string;
  columns: { header: string; formula?: string; /** The totals row's formula under this column (without "="): SUBTOTAL(109, …). */ totalsFormula?: string }[];
  /**
   * A totals row below the data rows: its cells are planned cells (the label in the first
   * column, SUBTOTAL(109, …) under each summed column, so rows added are counted).
   */
  totalsRow?: { label: string };
}

/** Raw cells (values, or formulas starting with "="), written as one block and not styled. */
export interface PlannedBlock { row: number; col: number; cells: CellValue[][] }

/** One relative formula for every cell of a range: R1C1 for Office.js, A1 per cell for .xlsx. */
export interface RangeFormula {
  range: string;
  r1c1: string;
  a1At(row: number, col: number): string;
}

export interface SheetPlan {
  formId: FormId;
  /** The wanted sheet name (the writer makes it unique). */
  name: string;
  widths: number[];
  /** Explicit row heights (merged cells with wrapped text are never auto-fitted). */
  rowHeights: RowHeight[];
  cells: PlannedCell[];
  merges: string[];
  columnFormulas: ColumnFormula[];
  /** The employees' own data (roster data columns), written as text. */
  data?: { range: string; rows: CellValue[][] };
  /** Values of roster input columns, one block per run of adjacent input columns (numbers, or text such as "✓"). */
  inputs?: { range: string; rows: CellValue[][] }[];
  /** The roster as an Excel table. */
  table?: PlannedTable;
  /** Ranges shown with data bars (a count per row, e.g. a summary's band table). */
  dataBars?: string[];
  /** Lock every cell (sheet protection, no password); filtering and sorting stay allowed. */
  locked?: boolean;
  /**
   * Sheet protection without a password: formula cells locked, these ranges (inputs and
   * the employees' data) editable; filtering and sorting allowed.
   */
  protect?: { unlocked: string[] };
  /** Column groups (outline level 1) that can be collapsed: detail columns. */
  outline?: { cols: { from: number; to: number }[] };
  /** Ranges formatted as text ("@") before anything is written: data columns, text inputs. */
  textRanges: string[];
  /** Ranges formatted as number formats (roster columns; fixed cells carry their own). */
  formats: { range: string; fmt: NumFmt; style: StyleKey }[];
  validations: PlannedValidation[];
  flags: PlannedFlag[];
  boxes: string[];
  /** Print setup: see PrintSetup. */
  print: PrintSetup;
  freeze?: { rows: number; cols: number };
  /** Defined names this sheet provides (the policy sheet). */
  names: PlannedName[];
  /** Cell key → A1 address (fixed cells) or column range (roster columns). */
  keys: Record<string, string>;
  roster?: { firstRow: number; lastRow: number; colOf: Record<string, number> };
  /** The policy version printed on the form (L-7). */
  policyVersion: string;
  /** Unstyled blocks of cells (the policy sheet's hidden lookups and checks). */
  blocks?: PlannedBlock[];
  /** Ranges filled with one relative formula each. */
  rangeFormulas?: RangeFormula[];
  /** Rows and columns hidden from view and print. */
  hidden?: { rows: { from: number; to: number }[]; cols: number[] };
  /** The printed part of the sheet ("A1:F120"); none: everything. */
  printArea?: string;
}

export type Paper = "A4" | "A3";

/**
 * How a sheet prints. `scale` (percent) instead of fitting the width to the page; a
 * form's scale keeps every text at least MIN_PRINTED_PT on paper (./print.ts). A form
 * wider than its page prints across pages: `titleCols` repeat on every page,
 * `colBreaks` start a new page after those columns.
 */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Default A4. */
  paper?: Paper;
  titleRows: readonly [number, number];
  titleCols?: readonly [number, number];
  scale?: number;
  /** A page break after each of these columns. */
  colBreaks?: number[];
}

export const NUMBER_FORMATS: Readonly<Record<NumFmt, string>> = {
  score: "0.00",
  money: "#,##0.00",
  int: "0",
  date: "yyyy-mm-dd",
  percent: "0.0%",
  text: "@",
  hours: "0.0",
  general: "General",
  /** A totals-row sum: nothing for 0 (a blank form prints no number). */
  total: "#,##0.00;-#,##0.00;",
};
