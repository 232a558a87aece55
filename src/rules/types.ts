/** Shared types of the rules core. No Office.js, React or DOM here. */

export const LANGS = ["zh-CN", "zh-TW", "en"] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Readonly<Record<Lang, string>>;

/** A text in zh-CN, zh-TW and en, in that order. */
export const L = (zhCN: string, zhTW: string, en: string): Localized => ({ "zh-CN": zhCN, "zh-TW": zhTW, en });

/** A rulebook ID such as "F-10", "C-1.2" or "G" (the section's table). */
export type RuleId = string;

/**
 * A value that can be printed in an error message: a scalar, a range's size, or
 * what kind of thing arrived where no cell value can be (an object, an array in a cell).
 */
export type Shown = string | number | boolean | null | { rows: number; cols: number } | { what: "object" | "nestedArray" };

export type ErrorCode =
  | "required"
  | "notNumber"
  | "outOfRange"
  | "notWhole"
  | "rateTypo"
  | "notDate"
  | "notBoolean"
  | "notInList"
  | "shape"
  | "spillShape"
  | "notRange"
  | "blankMonth"
  | "noValues"
  | "notAmong"
  | "bandNotAllowed"
  | "dateOrder"
  | "resultTooLarge"
  | "dateResult"
  | "tooManyCells"
  | "textTooLong"
  | "internal";

/**
 * An input error: names the parameter, what was given and what is allowed.
 * `allowed` is already a display string ("0–100", "0, 2, 4–10").
 */
export interface InputError {
  kind: "input";
  code: ErrorCode;
  param: string;
  given: Shown;
  allowed?: string;
  /** Extra figures for the message template (a month number, an item id…). */
  detail?: Record<string, string | number>;
}

export interface Step {
  rule: RuleId;
  /** Message-catalogue key of the step's label. */
  label: string;
  args?: Record<string, string | number>;
  value: number | string | boolean;
}

export interface Warning {
  rule: RuleId;
  key: string;
  args?: Record<string, string | number>;
}

export interface Trace {
  inputs: Record<string, unknown>;
  rules: RuleId[];
  steps: Step[];
  warnings: Warning[];
}

export type Outcome<T> = { ok: true; value: T; trace: Trace } | { ok: false; error: InputError };

export function fail(error: Omit<InputError, "kind">): { ok: false; error: InputError } {
  return { ok: false, error: { kind: "input", ...error } };
}

/** A rule-prefixed finding of a check function (OVERTIMECHECK, DISMISSALCHECK, …). */
export type Finding = Required<Warning>;

/** What a check returns: its findings; none means nothing is breached. */
export interface CheckResult {
  findings: Finding[];
}
