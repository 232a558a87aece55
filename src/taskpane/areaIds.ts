/**
 * The pane's areas, in the order HR meets them in a month: evaluate (the monthly
 * wizard), forms (make the sheets), explain (why a number is what it is), policy (the
 * numbers behind every rule), functions (the HR.* reference). No imports: the build
 * reads DEFAULT_AREA to measure the pane's first screen (scripts/build.js).
 */
export const AREA_IDS = ["evaluate", "forms", "explain", "policy", "functions"] as const;
export type AreaId = (typeof AREA_IDS)[number];

/**
 * Where a first-time user lands: the month's evaluation, which starts the HR cycle
 * (the wizard, issue 8; until then it points to Forms). Afterwards the pane opens on
 * the area shown last. The startup budget counts the shell plus this area.
 */
export const DEFAULT_AREA: AreaId = "evaluate";
