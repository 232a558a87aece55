/**
 * The Functions area's content, computed without React or Office (tested in
 * test/taskpane): every catalogue function grouped by task, its description and
 * parameters under the workbook's policy, its worked example evaluated in the
 * user's language, and a search over names in every language and descriptions.
 */
import { excelArg, formatValue, toRaw } from "../../../cli/calcCore";
import { functionName, parameterName } from "../../../functions/metadata";
import {
  CATALOGUE, DEFAULT_POLICY, FUNCTION_NAMES, LANGS, errorMessage, exampleOf, functionDescription, invoke, paramDescription, translate,
  type FunctionSpec, type Lang, type Policy,
} from "../../../rules";
import { FUNCTIONS_TEXT } from "./texts";

/** The task each function serves (issue 9: scores, pay, dates, checks). */
export const FUNCTION_GROUPS = {
  scores: ["ATTENDANCESCORE", "MONTHLYSCORE", "ANNUALSCORE", "SALESREPSCORE", "REGIONALSCORE", "FIELDREPSCORE", "REVIEWSCORE", "SURVEYSCORE"],
  pay: ["SALESPAY", "PERFPAY", "CSPAY", "RANKBONUS"],
  dates: ["NOTICEDAYS", "LASTWORKDAY", "HANDOVERDUE", "APPEALDEADLINE", "COMPLAINTDUE", "OVERTIMEHOURS"],
  checks: ["RANKCHECK", "INDICATORMET", "APPROVER", "OVERTIMECHECK", "DISMISSALCHECK", "PROMOTIONELIGIBLE", "PROBATIONCHECK", "PAYFLOORCHECK"],
} as const satisfies Record<string, readonly string[]>;

export type FunctionGroupId = keyof typeof FUNCTION_GROUPS;

const NAMESPACE = "HR";

export interface ParamRow {
  name: string;
  optional: boolean;
  description: string;
}

export interface FunctionRow {
  id: string;
  /** HR.<localized name>, as the user types it. */
  name: string;
  signature: string;
  description: string;
  rules: string;
  params: ParamRow[];
  /** The worked example as a formula the user would see (localized name) and its result in their language. */
  example: { formula: string; result: string };
  /** The same formula with the stable id, as the pane writes it (Excel shows it localized). */
  insert: string;
  /** Lower-case text the search matches against. */
  haystack: string;
}

function exampleResult(spec: FunctionSpec, lang: Lang, policy: Policy): string {
  const out = invoke(spec, exampleOf(spec).args.map(toRaw), policy, lang);
  if (!out.ok) return `#VALUE! ${errorMessage(spec, out.error, lang)}`;
  const shown = formatValue(out.value);
  return shown === "" ? '""' : shown;
}

export function functionRow(spec: FunctionSpec, lang: Lang, policy: Policy = DEFAULT_POLICY): FunctionRow {
  const name = `${NAMESPACE}.${functionName(spec, lang)}`;
  const params = spec.params.map((p) => ({ name: parameterName(p, lang), optional: p.default !== undefined, description: paramDescription(spec, p, lang, policy) }));
  const args = exampleOf(spec).args.map(excelArg).join(", ");
  const description = functionDescription(spec, lang, policy);
  return {
    id: spec.id,
    name,
    signature: `${name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`,
    description,
    rules: spec.rules.join(" "),
    params,
    example: { formula: `=${name}(${args})`, result: exampleResult(spec, lang, policy) },
    insert: `=${NAMESPACE}.${spec.id}(${exampleOf(spec).args.map(excelArg).join(",")})`,
    haystack: [spec.id, ...LANGS.map((l) => FUNCTION_NAMES[spec.id][l]), ...LANGS.map((l) => functionDescription(spec, l, policy)), ...spec.params.flatMap((p) => [p.name, ...LANGS.map((l) => p.label[l])])]
      .join("\n").toLowerCase(),
  };
}

export interface FunctionGroup {
  id: FunctionGroupId;
  title: string;
  rows: FunctionRow[];
}

/** Every function whose names or descriptions hold every word of `query`, grouped by task. */
export function functionGroups(lang: Lang, query = "", policy: Policy = DEFAULT_POLICY, catalogue: readonly FunctionSpec[] = CATALOGUE): FunctionGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (Object.keys(FUNCTION_GROUPS) as FunctionGroupId[]).map((id) => ({
    id,
    title: translate(FUNCTIONS_TEXT, `group.${id}`, lang),
    rows: (FUNCTION_GROUPS[id] as readonly string[])
      .map((fid) => catalogue.find((s) => s.id === fid))
      .filter((s): s is FunctionSpec => s !== undefined)
      .map((s) => functionRow(s, lang, policy))
      .filter((r) => words.every((w) => r.haystack.includes(w))),
  })).filter((g) => g.rows.length > 0);
}
