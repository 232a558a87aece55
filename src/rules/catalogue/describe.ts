/**
 * Catalogue texts are templates over the policy: "{score.full}" shows the
 * value, "{monthly.dailyWeight|%}" a share as a percentage, "{…|‰}" per mille.
 * So a description never holds a rulebook number of its own (P-1).
 * (The descriptions themselves are rendered in ./descriptions, apart from the
 * bounds the functions need, so the functions bundle does not carry the texts.)
 */
import { dec, toNumber } from "../decimal";
import { POLICY_TABLE, type Policy, type PolicyKey } from "../policy/table";
import type { Bound } from "./types";

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

/** A bound's number under a policy: a number as is, a policy key by its value (an array by its length). */
export function resolveBound(bound: Bound, policy: Policy): number {
  if (typeof bound === "number") return bound;
  const value = policy.values[bound];
  return Array.isArray(value) ? value.length : (value as number);
}
