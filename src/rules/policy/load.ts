/**
 * Loading a policy (P-1): defaults overridden by a workbook's policy sheet or a
 * policy file. Every override is validated; a bad policy is refused with
 * messages naming the key, never half-applied.
 */
import { dec, sum } from "../decimal";
import { parseIsoDate } from "../dates";
import { format } from "../messages";
import type { Lang } from "../types";
import { DEFAULT_POLICY, POLICY_TABLE, clone, defaultValues, type FieldItem, type Policy, type PolicyKey, type PolicyValue, type PolicyValues, type Schema } from "./table";

export interface PolicyProblem {
  key: string;
  code: "badJson" | "unknownKey" | "header" | "notNumber" | "notWhole" | "notShare" | "sum" | "order" | "shape";
  args?: Record<string, string | number>;
}

export type PolicyLoad = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

function checkValue(key: string, schema: Schema, value: unknown): PolicyProblem[] {
  const problem = (code: PolicyProblem["code"], args?: PolicyProblem["args"]): PolicyProblem[] => [{ key, code, args }];
  switch (schema.type) {
    case "number":
      if (!isNum(value) || value < schema.min || (schema.max !== undefined && value > schema.max)) {
        return problem("notNumber", { range: schema.max === undefined ? `≥ ${schema.min}` : `${schema.min}–${schema.max}` });
      }
      return schema.whole && !Number.isInteger(value) ? problem("notWhole") : [];
    case "share":
      return isNum(value) && value >= 0 && value <= 1 ? [] : problem("notShare");
    case "optionalNumber":
      return value === null || (isNum(value) && value >= schema.min) ? [] : problem("notNumber", { range: `≥ ${schema.min}` });
    case "noticeBands":
    case "probationCaps": {
      const [from, to] = schema.type === "noticeBands" ? ["fromMonths", "days"] : ["fromContractMonths", "maxProbationMonths"];
      if (!Array.isArray(value) || value.length === 0 || !value.every((b) => isObject(b) && isNum(b[from]) && isNum(b[to]) && b[to] >= 0)) {
        return problem("shape", { expected: `[{ "${from}": n, "${to}": n }, …]` });
      }
      const bands = value as Record<string, number>[];
      const rising = bands.every((b, i) => i === 0 ? b[from] === 0 : b[from] > bands[i - 1][from] && b[to] >= bands[i - 1][to]);
      return rising ? [] : problem("order", { from, to });
    }
    case "fieldItems": {
      const items = value as FieldItem[];
      const valid = Array.isArray(items) && items.length > 0 && items.every((it) => isObject(it) && typeof it.id === "string" && isNum(it.max) && it.max > 0
        && typeof it.exclusive === "boolean" && Array.isArray(it.cases) && it.cases.length > 0
        && it.cases.every((c) => isObject(c) && typeof c.key === "string" && Number.isInteger(c.min) && Number.isInteger(c.max) && c.min >= 1 && c.min <= c.max && c.max <= it.max && typeof c.repeatable === "boolean"));
      return valid ? [] : problem("shape", { expected: '[{ "id", "max", "exclusive", "cases": [{ "key", "min", "max", "repeatable" }] }]' });
    }
    case "levelScores": {
      const ok = Array.isArray(value) && value.length === POLICY_TABLE["survey.levelScores"].value.length
        && value.every(isNum) && value.every((v, i) => i === 0 || v < value[i - 1]);
      return ok ? [] : problem("order", { from: "very satisfied", to: "poor" });
    }
    case "indicatorTargets": {
      const ok = isObject(value) && Object.values(value).every((t) => isObject(t) && (t.direction === "max" || t.direction === "min") && (t.target === null || isNum(t.target)));
      return ok ? [] : problem("shape", { expected: '{ "name": { "direction": "max" | "min", "target": n | null } }' });
    }
  }
}

/** Rules between keys: weights that must add up, item maxima that must fill the scale, ordered thresholds. */
function checkGroups(v: PolicyValues): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const mustSum = (keys: PolicyKey[], total: number) => {
    const got = sum(keys.map((k) => dec(v[k] as number)));
    if (!got.eq(total)) problems.push({ key: keys.join(" + "), code: "sum", args: { total, sum: got.toString() } });
  };
  const full = v["score.full"];
  mustSum(["monthly.dailyWeight", "monthly.attendanceWeight"], 1);
  mustSum(["review.selfWeight", "review.managerWeight"], 1);
  mustSum(["salesPay.baseShare", "salesPay.planShare", "salesPay.dailyShare"], 1);
  mustSum(["regional.summary", "regional.plan", "regional.proposal", "regional.review", "regional.training", "regional.reportOnTime", "regional.region"], full);
  mustSum(["salesRep.dealer", "salesRep.weeklySummary", "salesRep.weeklyPlan", "salesRep.weeklyVisits", "salesRep.weeklyRecords", "salesRep.market",
    "salesRep.quality", "salesRep.advertising", "salesRep.promotionPlan", "salesRep.promotionEval", "salesRep.vehicle"], full);
  const items = v["fieldRep.items"];
  if (Array.isArray(items) && items.every((i) => isNum(i?.max))) {
    const got = items.reduce((a, i) => a + i.max, 0);
    if (got !== full) problems.push({ key: "fieldRep.items", code: "sum", args: { total: full, sum: got } });
  }
  if (v["complaint.managerMaxAmount"] >= v["complaint.generalManagerMinAmount"]) {
    problems.push({ key: "complaint.managerMaxAmount", code: "order", args: { from: "complaint.managerMaxAmount", to: "complaint.generalManagerMinAmount" } });
  }
  const hours = ["workTime.standardDayHours", "workTime.ordinaryMaxDayHours", "workTime.exceptionalMaxDayHours"] as const;
  if (!hours.every((k, i) => i === 0 || v[k] >= v[hours[i - 1]])) problems.push({ key: hours.join(" ≤ "), code: "order", args: { from: hours[0], to: hours[hours.length - 1] } });
  if (v["attendance.dayUnit"] <= 0) problems.push({ key: "attendance.dayUnit", code: "notNumber", args: { range: "> 0" } });
  return problems;
}

/** Validate and merge `json` ({ version, published, values }) over the defaults. */
export function loadPolicy(json: unknown): PolicyLoad {
  if (!isObject(json)) return { ok: false, problems: [{ key: "(file)", code: "badJson", args: { detail: "not an object" } }] };
  const problems: PolicyProblem[] = [];
  const version = json.version ?? DEFAULT_POLICY.version;
  const published = json.published ?? DEFAULT_POLICY.published;
  if (typeof version !== "string" || version.trim() === "") problems.push({ key: "version", code: "header" });
  if (typeof published !== "string" || !parseIsoDate(published)) problems.push({ key: "published", code: "header" });
  for (const k of Object.keys(json)) if (!["version", "published", "values"].includes(k)) problems.push({ key: k, code: "unknownKey" });
  const overrides = json.values ?? {};
  if (!isObject(overrides)) return { ok: false, problems: [...problems, { key: "values", code: "shape", args: { expected: "{ key: value }" } }] };
  const values = defaultValues() as Record<string, PolicyValue>;
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.prototype.hasOwnProperty.call(POLICY_TABLE, key)) { problems.push({ key, code: "unknownKey" }); continue; }
    const found = checkValue(key, POLICY_TABLE[key as PolicyKey].schema, value);
    if (found.length > 0) problems.push(...found);
    else values[key] = clone(value as PolicyValue);
  }
  if (problems.length === 0) problems.push(...checkGroups(values as PolicyValues));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy: { version: version as string, published: published as string, values: values as PolicyValues } };
}

/** Parse and load policy JSON text. */
export function loadPolicyText(text: string): PolicyLoad {
  try {
    return loadPolicy(JSON.parse(text));
  } catch (e) {
    return { ok: false, problems: [{ key: "(file)", code: "badJson", args: { detail: e instanceof Error ? e.message : String(e) } }] };
  }
}

export function formatProblem(p: PolicyProblem, lang: Lang): string {
  return format(`policy.${p.code}`, lang, { key: p.key, ...p.args });
}

/** The policy as a JSON document (what a policy sheet or file holds). */
export function policyToJson(policy: Policy): string {
  return JSON.stringify({ version: policy.version, published: policy.published, values: policy.values }, null, "  ");
}
