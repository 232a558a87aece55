/**
 * A function's and a parameter's description under a policy. Catalogue texts
 * (./texts) are templates over the policy: "{score.full}" shows the value,
 * "{monthly.dailyWeight|%}" a share as a percentage, "{…|‰}" per mille. So a
 * description never holds a rulebook number of its own (P-1).
 */
import { dec, toNumber } from "../decimal";
import { POLICY_TABLE, type Policy, type PolicyKey } from "../policy/table";
import type { Lang } from "../types";
import { SPILL_NOTES, TEXTS } from "./texts";
import type { FunctionSpec, ParamSpec } from "./types";

const PERCENT = 100;
const PER_MILLE = 1000;

function isPolicyKey(key: string): key is PolicyKey {
  return Object.prototype.hasOwnProperty.call(POLICY_TABLE, key);
}

export function fillTemplate(text: string, policy: Policy): string {
  return text.replace(/\{([\w.]+)(?:\|(%|‰))?\}/g, (whole, key: string, unit?: string) => {
    if (!isPolicyKey(key)) return whole;
    const value = policy.values[key];
    if (Array.isArray(value)) return value.join("/");
    if (typeof value !== "number") return whole;
    if (unit === "%") return `${toNumber(dec(value).times(PERCENT))}%`;
    if (unit === "‰") return `${toNumber(dec(value).times(PER_MILLE))}‰`;
    return String(value);
  });
}

export function functionDescription(spec: FunctionSpec, lang: Lang, policy: Policy): string {
  return fillTemplate(TEXTS[spec.id].description[lang], policy);
}

/** A parameter's description, then how it takes a whole roster when it can (the spill rule, ./types). */
export function paramDescription(spec: FunctionSpec, param: ParamSpec, lang: Lang, policy: Policy): string {
  const note = param.shape.kind === "scalar" ? SPILL_NOTES.cells : param.shape.spill === "byRow" ? SPILL_NOTES.rows : undefined;
  return fillTemplate(TEXTS[spec.id].params[param.name][lang], policy) + (note?.[lang] ?? "");
}
