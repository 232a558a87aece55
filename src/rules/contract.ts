/**
 * Input-contract constants from FUNCTIONS.md and Excel's own limits (not rulebook numbers).
 */
/** A rate above this (500%) is refused as a likely typo ("enter 80% or 0.8"). */
export const MAX_RATE = 5;
/** Hours in a calendar day: the most a day's hours cell can hold. */
export const HOURS_PER_DAY = 24;
/** Days in the longest month: a month's daily cells (OVERTIMEHOURS, OVERTIMECHECK) are at most this many. */
export const MAX_DAYS_IN_MONTH = 31;
/** Excel's limit on the characters in one cell ("Excel specifications and limits"). */
export const MAX_CELL_TEXT = 32_767;
/** Rows in an Excel worksheet ("Excel specifications and limits"). */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Characters of a typed text repeated inside a message; longer text is cut, with its length. */
export const MAX_SHOWN_TEXT = 60;
