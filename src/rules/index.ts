/** Kaohe rules core: a pure library (no Office.js, React or DOM). */
export * from "./types";
export * from "./policy/table";
export * from "./policy/load";
export * from "./messages";
export * from "./steps";
export * from "./catalogue/types";
export { CATALOGUE, BY_ID, findFunction } from "./catalogue/functions";
export { EXAMPLES, exampleOf } from "./catalogue/examples";
export { TEXTS } from "./catalogue/texts";
export { FUNCTION_NAMES } from "./catalogue/names";
export { resolveBound } from "./catalogue/describe";
export { fillTemplate, functionDescription, paramDescription } from "./catalogue/descriptions";
export { arity, coerceArgs, errorMessage, invoke, type Raw } from "./catalogue/invoke";
export { cellValue, invokeSpill, isElementError, shownCells, type ElementError, type ShownCell, type SpillOutcome } from "./catalogue/spill";
export { formatIso, civilToSerial, serialToCivil, datedifMonths, edate } from "./dates";
export {
  POLICY_SHEET_NAMES, POLICY_SHEET_HEADER, alignUsedRange, parseA1, choosePolicySheet, policyCandidates, type PolicySheetChoice, type SheetRows, POLICY_MARKER, COL, COLUMNS, TABLES, SCALAR_KEYS, YES_NO, DIRECTION_WORDS, a1,
  isScalarKey, readNumberCell, readPolicySheet, rowsToPolicy, words,
  type PolicySheetContent, type SheetCell, type TableId,
} from "./policy/sheet";
export { definedNameOf, directionWord, flattenPolicy, layout1Row, policyToRows, rowKey, titleKey, yesNo } from "./policy/sheetRows";
export { allowedDeductions, describeSet } from "./calculators/scores";
