/**
 * The monthly evaluation cycle (EVALUATION.md): one pure module the task pane,
 * the Office.js writer and the `evaluate` command share. No Office.js, React,
 * DOM or Node APIs here; none of its users re-implements a rule.
 */
export * from "./schemes";
export * from "./grid";
export * from "./evaluate";
export * from "./finalize";
export * from "./sheets";
export * from "./messages";
export { sha256Hex, sha256Bytes, utf8Bytes } from "./sha256";
export { MONTH_PATTERN, nextMonth, previousMonth, SUMMARY_BAND_EDGES_ABOVE_PASS } from "./contract";
export { parseDelimited, delimiterOf } from "./delimited";
