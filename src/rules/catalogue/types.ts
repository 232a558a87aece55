/**
 * The shape of the function catalogue: one declarative entry per worksheet
 * function (HyperFormula-style metadata). The custom-function adapter, `calc`,
 * functions*.json and the README table are all derived from these entries (with
 * the names in ./names and the descriptions in ./texts, which the functions do not load).
 */
import type { Policy, PolicyKey } from "../policy/table";
import type { Lang, Localized, Outcome, RuleId } from "../types";

/** A bound is a number, or a policy key resolved against the active policy. */
export type Bound = number | PolicyKey;

/** What one value (a scalar argument, or one cell of a range) must be. */
export type ValueType =
  | { type: "number"; min?: Bound; max?: Bound }
  | { type: "whole"; min?: Bound; max?: Bound } // counts: TRUE = 1, FALSE = 0
  | { type: "rate" } // a fraction; above MAX_RATE refused as a typo
  | { type: "date" } // Excel serial or ISO text
  | { type: "boolean" } // TRUE/FALSE, or 1/0
  | { type: "choice"; choices: Readonly<Record<string, string>> } // accepted text (any case) → canonical value
  | { type: "level" }; // K-3 survey level: 4..1 or the level words

export type Blank = "skip" | "keep" | "default";

/**
 * A parameter's shape in a single-cell call, and how it spills (./spill).
 *
 * The spill rule. Any argument may hold several employees; the call then returns one
 * result per employee, in a range of that shape, as Excel's built-ins lift a scalar:
 * 1. a scalar parameter given a range of more than one cell spills over its cells
 *    (`=HR.SALESPAY(C2:C10001, D2:D10001, E2:E10001)`: a column of results);
 * 2. a `spill: "byRow"` range with a fixed size (`cells`) given two or more rows of
 *    exactly that many cells spills down its rows (`=HR.SALESREPSCORE(B2:M10001)`);
 * 3. a `byRow` range without a fixed size given a block of two or more rows and two or
 *    more columns spills down its rows; once the call spills down rows, a single column
 *    of two or more rows there is one cell per employee too (CSPAY's indicatorsMet beside columns);
 * 4. anything else is the same for every employee: a single value or cell; a single row;
 *    a single column of a fixed-size range, or of any range in a call that does not spill
 *    down rows (one employee's cells, as in a single-cell call); and a range that is not
 *    `byRow` (RANKBONUS's allScores is the whole group, SURVEYSCORE's ratings one average).
 * Rules 1 and 2 spill only arguments a single-cell call refuses. Rule 3 reads a block of
 * several rows and columns of ATTENDANCESCORE's absences, OVERTIMEHOURS / OVERTIMECHECK's
 * dailyHours and CSPAY's indicatorsMet as one employee a row, where a single-cell call
 * read it as one employee's cells: one employee's cells go in one row or one column.
 * Spilling arguments line up as Excel's do: each has as many rows as the result or one,
 * and as many columns or one; otherwise the whole call is one #VALUE! naming both.
 * Each element is the single-cell call on that element's arguments: its value, or its
 * own #VALUE! with the single-cell call's message.
 */
export type ParamShape =
  | { kind: "scalar" }
  /** A range: `cells` fixes its size (a row or a column of that many cells); scalarOk lets a single value stand for one cell. */
  /** maxCells caps an open-ended range (a month's days). */
  | { kind: "range"; cells?: number | PolicyKey; maxCells?: number; blanks: Blank; scalarOk?: boolean; nonEmpty?: boolean; spill?: "byRow" };

/** The value of a parameter after coercion. */
export type Coerced = number | boolean | string | null | (number | boolean | string | null)[];

export interface ParamSpec {
  name: string;
  value: ValueType;
  shape: ParamShape;
  /** Present when the parameter is optional; used for an omitted or blank argument. */
  default?: Coerced;
  /** Default of a range cell when blanks are "default". */
  cellDefault?: number | boolean;
  /** Short name shown in error messages; the description is in ./texts. */
  label: Localized;
}

export type ResultKind = "money" | "score" | "days" | "date" | "hours" | "text" | "boolean";

/** A cell value as Excel shows it. */
export type CellValue = number | string | boolean;

export interface RunContext {
  policy: Policy;
  lang: Lang;
}

export type Args = Readonly<Record<string, Coerced>>;

export interface FunctionSpec {
  /** Stable forever: Excel binds formulas to it. */
  id: string;
  rules: readonly RuleId[];
  params: readonly ParamSpec[];
  result: ResultKind;
  run(args: Args, ctx: RunContext): Outcome<CellValue>;
}

/** A worked example (calc syntax) with its result; README and tests use it (./examples). */
export interface Example {
  args: readonly CalcArg[];
  result: string;
  note?: string;
}

/** An argument as `calc` and the examples write it: JSON-like, arrays of rows for ranges. */
export type CalcArg = number | string | boolean | null | CalcArg[];
