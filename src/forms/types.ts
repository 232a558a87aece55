/**
 * Form specs (RULEBOOK section T) as pure data: layout, labels in zh-CN / zh-TW / en,
 * input cells with validation, formula templates for every total, conditional
 * formats for flags, print setup. No Office.js or ExcelJS types here: the writers
 * (src/workbook) turn a spec, through `layoutForm`, into cells.
 *
 * Formula templates (see ./formula.ts):
 *   $policy.key   the defined name of a scalar policy value (definedNameOf)
 *   KH_…          a defined name of a policy-sheet table (./policySheet.ts)
 *   «word»        a text literal from the form's `strings`, in the form's language
 *   {key}         roster: the same-row cell of column `key` ({$key}: column-absolute, for flags over several columns)
 *   {key:col}     roster: the whole column `key` (absolute)
 *   {a:b}         roster: the same-row span from column a to column b
 * Fixed (non-roster) cells use plain A1 references besides these.
 */
import type { Lang, Localized, PolicyKey, RuleId } from "../rules";

export type { Lang, Localized };

/** A bound of a validation: a number, or a scalar policy key (its defined name). */
export type Bound = number | { policy: PolicyKey } | { formula: string };

export type InputRule =
  | { kind: "text" }
  | { kind: "whole"; min: Bound; max: Bound }
  | { kind: "decimal"; min: Bound; max?: Bound }
  | { kind: "date" }
  | { kind: "list"; items: readonly Localized[] }
  /** A list from a defined range on the policy sheet; `name` may contain {lang} (zhCN, zhTW, en). */
  | { kind: "listName"; name: string }
  | { kind: "tick" }
  | { kind: "yesNo" };

export type StyleKey = "title" | "version" | "section" | "subhead" | "header" | "label" | "input" | "output" | "total" | "note" | "sign" | "plain" | "text";

export type NumFmt = "score" | "money" | "int" | "date" | "percent" | "text" | "hours" | "general" | "total";

export type Content =
  | { t: "label"; text: Localized }
  | { t: "input"; rule: InputRule }
  /**
   * A formula; `f` may differ by language (labels with live policy numbers). `display`:
   * the longest text it shows, when that is not its literals together (a CHOOSE among texts), to size its row.
   */
  | { t: "formula"; f: string | Localized; display?: Localized }
  | { t: "blank" }
  /** L-7: "policy version 2026.1 (published 2026-11-01)", from the policy the form is made with. */
  | { t: "policyVersion" }
  /** A live check: empty while the workbook's policy version is the one the form was made with. */
  | { t: "policyCheck" };

export interface CellSpec {
  /** Top-left address, A1 ("B3"). */
  at: string;
  /** Merge to this bottom-right address. */
  to?: string;
  /** Name other formulas and tests use for the cell. */
  key?: string;
  c: Content;
  style?: StyleKey;
  fmt?: NumFmt;
}

/**
 * What a roster formula column computes, as a worksheet function of the same row: the
 * task pane's Explain shows a form's cell through it (the recalculation test checks the
 * column and the function agree).
 */
export interface Mirror {
  /** Catalogue id of the function. */
  fn: string;
  args: readonly MirrorArg[];
}

/**
 * One argument of a mirror: a column of the same row ("totalPay"), a span of the row
 * ("f1:f12"), or the whole column ("review:col"). `ticks`: a ✓ is TRUE, a blank FALSE.
 * `indicators`: the row's indicator figures against the policy's targets (E-2), one
 * TRUE/FALSE per indicator with a target, blank where none is set. `within` (a whole
 * column only): the rows whose value in that column equals this row's — when any row
 * has one (H-4 ranks per department when the roster has departments).
 */
export type MirrorArg = string | { cols: string; as: "ticks" | "indicators" } | { cols: `${string}:col`; within: string };

/** A group header: a text, or a formula template (live policy numbers: a table's column headers are constants). */
export type GroupHeader = Localized | { f: Localized };

export interface RosterColumn {
  key: string;
  /**
   * The column header: a constant, unique within the roster (the roster is an Excel
   * table, whose headers are constants); live policy numbers go in the group header.
   */
  header: Localized;
  /** Group header shown above the column header (merged over consecutive equal groups). */
  group?: GroupHeader;
  width: number;
  /** "data": employee data written by the caller (text); "input": filled by hand; "formula". */
  kind: "data" | "input" | "formula";
  rule?: InputRule;
  f?: string;
  fmt?: NumFmt;
  /** A detail column (per-item points, repeat marks): outlined with its neighbours, so it can be collapsed. */
  detail?: boolean;
  /** A formula column that computes what a worksheet function computes (see Mirror). */
  mirrors?: Mirror;
}

export interface RosterSpec {
  /** Row of the group headers (column headers are on the next row). */
  groupRow: number;
  headerRow: number;
  firstRow: number;
  defaultRows: number;
  columns: readonly RosterColumn[];
  /** Columns summed in the table's totals row (pay): the total of what the sheet pays. */
  totals?: readonly string[];
}

/**
 * Sign-off (RULEBOOK chains F-9, B-4, C-4, D-3, K-6 …): one line per role, with the
 * person's name, signature and date written by hand; printed after the form's content.
 */
export interface SignOff {
  roles: readonly Localized[];
  /** Fixed forms: the block's first row (a roster form's block follows its table). */
  row?: number;
}

export type FlagStyle = "flag" | "warn" | "good" | "muted";

export interface FlagSpec {
  /** A1 range, or "roster:key" / "roster:a:b" for roster columns over all rows. */
  range: string;
  /** Formula template, relative to the range's top-left cell (A1 / roster placeholders). */
  f: string;
  style: FlagStyle;
  /** What the flag means (documentation and tests). */
  means: "dismissalGround" | "under60" | "outOfBand" | "overdue" | "lawWarning" | "missing" | "bonus" | "policyChanged" | "limit";
}

export interface FormSpec {
  id: FormId;
  rules: readonly RuleId[];
  title: Localized;
  /** Base sheet name (made unique by the writer). */
  sheetName: Localized;
  orientation: "portrait" | "landscape";
  /** Column widths in characters, from column A (a roster's widths come from its columns). */
  widths: readonly number[];
  cells: readonly CellSpec[];
  roster?: RosterSpec;
  flags: readonly FlagSpec[];
  /** Boxed ranges (thin borders on every cell). The roster is boxed automatically. */
  boxes: readonly string[];
  /** Rows repeated at the top of every printed page, [first, last]. */
  titleRows: readonly [number, number];
  strings: Readonly<Record<string, Localized>>;
  /** Height in points of the rows from 3 down (fixed cells; a roster's data rows keep the default). */
  rowHeight?: number;
  /** Height in points of a roster's data rows (registers filled in by hand); none: the default. */
  dataRowHeight?: number;
  /** Minimum heights in points of given rows. */
  minHeights?: Readonly<Record<number, number>>;
  /** Freeze panes below this row / right of this column (roster forms). */
  freeze?: { rows: number; cols: number };
  /** Who signs the form, and where. */
  signOff?: SignOff;
}

/**
 * A generated form's sheet carries this sheet-scoped name, a constant holding the form id
 * (="salesMonthly"), so the add-in recognises the form wherever the sheet is renamed or copied.
 */
export const FORM_MARKER_NAME = "KH_form";

export const FORM_IDS = [
  "weeklyReport", "visitRecord", "salesMonthly", "regionalMonthly", "fieldMonthly", "csMonthly",
  "csPay", "annualSummary", "overtimeLog", "dismissalReview", "dismissalNotice", "separation", "complaint",
  "survey", "serviceRegister", "policy",
] as const;
export type FormId = (typeof FORM_IDS)[number];
