/**
 * A parameter's bounds under a policy, as the functions check them. (The
 * catalogue texts, templates over the policy, are rendered in ./descriptions,
 * apart from this, so the functions bundle does not carry them.)
 */
import type { Policy } from "../policy/table";
import type { Bound } from "./types";

/** A bound's number under a policy: a number as is, a policy key by its value (an array by its length). */
export function resolveBound(bound: Bound, policy: Policy): number {
  if (typeof bound === "number") return bound;
  const value = policy.values[bound];
  return Array.isArray(value) ? value.length : (value as number);
}
