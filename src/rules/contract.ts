/**
 * Input-contract constants from FUNCTIONS.md (not rulebook numbers).
 */
/** A rate above this (500%) is refused as a likely typo ("enter 80% or 0.8"). */
export const MAX_RATE = 5;
/** Hours in a calendar day: the most a day's hours cell can hold. */
export const HOURS_PER_DAY = 24;
