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
export { fillTemplate, resolveBound } from "./catalogue/describe";
export { functionDescription, paramDescription } from "./catalogue/descriptions";
export { arity, coerceArgs, errorMessage, invoke, type Raw } from "./catalogue/invoke";
export { formatIso, civilToSerial, serialToCivil, datedifMonths, edate } from "./dates";
export { POLICY_SHEET_NAMES, POLICY_SHEET_HEADER, definedNameOf, isScalarKey, rowsToPolicy, type SheetCell } from "./policy/sheet";
export { policyToRows } from "./policy/sheetRows";
export { allowedDeductions, describeSet } from "./calculators/scores";
