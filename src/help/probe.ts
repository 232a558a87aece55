/**
 * What the help pages say about a function that the catalogue does not state
 * outright, found by running the core (never listed by hand):
 *
 * - the policy keys it reads: the function runs under a Proxy over
 *   `policy.values` that records every key read, on its worked example and on
 *   a set of probes (each parameter set to its bounds, to values taken from
 *   the example, to bad values, to wrong shapes);
 * - the errors it gives: the first probe that yields each error code, run
 *   again in the page's language for the real message.
 *
 * Probes change one argument of the worked example at a time, so each error
 * names the parameter it concerns.
 */
import { toRaw } from "../cli/calcCore";
import {
  DEFAULT_POLICY, POLICY_TABLE, exampleOf, errorMessage, invoke, resolveBound,
  type CalcArg, type ErrorCode, type FunctionSpec, type Lang, type ParamSpec, type Policy, type PolicyKey, type Raw,
} from "../rules";
import { MAX_RATE } from "../rules/contract";

type One = number | string | boolean | null;

/** Text no parameter accepts, and a value that is no whole number. */
const NOT_A_VALUE = "abc";
const HALF = 0.5;

/** Every number in a calc argument (the example's own figures make good probes: a score among allScores…). */
function numbersIn(arg: CalcArg): number[] {
  if (Array.isArray(arg)) return arg.flatMap(numbersIn);
  return typeof arg === "number" ? [arg] : [];
}

/** Values to try for one cell or scalar of parameter `p`: its bounds and either side, the example's figures, and bad values. */
function candidates(p: ParamSpec, exampleNumbers: readonly number[], policy: Policy): One[] {
  const v = p.value;
  switch (v.type) {
    case "number":
    case "whole": {
      const lo = v.min === undefined ? undefined : resolveBound(v.min, policy);
      const hi = v.max === undefined ? undefined : resolveBound(v.max, policy);
      const edges = [lo, hi].flatMap((b) => (b === undefined ? [] : [b - 1, b, b + 1]));
      return [...edges, 0, 1, HALF, ...exampleNumbers, NOT_A_VALUE, true, false];
    }
    case "rate":
      return [-1, 0, 1, MAX_RATE, MAX_RATE + 1, NOT_A_VALUE];
    case "date":
      return ["1900-01-01", "9999-12-31", "2025-02-30", NOT_A_VALUE, -1];
    case "boolean":
      return [true, false, NOT_A_VALUE, -1];
    case "choice":
      return [...new Set(Object.values(v.choices)), NOT_A_VALUE];
    case "level":
      return [0, 1, NOT_A_VALUE];
  }
}

/** The argument lists to run: the example, then each parameter varied on its own. */
export function probes(spec: FunctionSpec, policy: Policy = DEFAULT_POLICY): Raw[][] {
  const example = exampleOf(spec).args;
  const base: Raw[] = spec.params.map((_, i) => (i < example.length ? toRaw(example[i]) : null));
  const figures = [...new Set(example.flatMap(numbersIn))];
  const out: Raw[][] = [base];
  const withArg = (i: number, raw: Raw) => out.push(base.map((b, j) => (j === i ? raw : b)));
  for (const [i, p] of spec.params.entries()) {
    const values = candidates(p, figures, policy);
    withArg(i, null);
    if (p.shape.kind === "scalar") {
      for (const c of values) withArg(i, c);
      withArg(i, [[values[0], values[1]], [values[1], values[0]]]);
      continue;
    }
    // An omitted range argument (not in the example) starts as a row of its size.
    const row = Array.isArray(base[i]) ? (base[i] as Raw[][]).flat() : [];
    const size = p.shape.cells === undefined ? 1 : resolveBound(p.shape.cells, policy);
    const cells = row.length > 0 ? row : Array.from({ length: size }, () => values[0]);
    for (const c of values) {
      withArg(i, [cells.map(() => c)]); // every cell
      withArg(i, [[c, ...cells.slice(1)]]); // the first cell
    }
    withArg(i, values[0]); // a single value where a range belongs
    withArg(i, [[null, ...cells.slice(1)]]); // a blank cell
    withArg(i, [cells.map(() => null)]); // only blanks
    withArg(i, [cells.slice(1)]); // one cell short
    withArg(i, [[...cells, ...cells]]); // twice as long
    withArg(i, cells.map((c) => [c])); // as a column
  }
  return out;
}

/** A policy whose `values` record every key read. */
function recording(policy: Policy, seen: Set<string>): Policy {
  const values = new Proxy(policy.values, {
    get(target, key, receiver) {
      if (typeof key === "string") seen.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { ...policy, values };
}

/** The policy keys the function reads over all probes, in the policy table's order. */
export function policyKeysOf(spec: FunctionSpec, policy: Policy = DEFAULT_POLICY): PolicyKey[] {
  const seen = new Set<string>();
  const watched = recording(policy, seen);
  for (const raws of probes(spec, policy)) invoke(spec, raws, watched, "en");
  return (Object.keys(POLICY_TABLE) as PolicyKey[]).filter((k) => seen.has(k));
}

export interface ProbedError {
  code: ErrorCode;
  /** The parameter the message names. */
  param: string;
  /** The real message, in the requested language. */
  message: string;
  /** The arguments that produced it. */
  raws: Raw[];
}

/** One error per code the probes meet, each with its real message in `lang` (probe order). */
export function errorsOf(spec: FunctionSpec, lang: Lang, policy: Policy = DEFAULT_POLICY): ProbedError[] {
  const found = new Map<ErrorCode, ProbedError>();
  for (const raws of probes(spec, policy)) {
    const out = invoke(spec, raws, policy, lang);
    if (out.ok || found.has(out.error.code)) continue;
    found.set(out.error.code, { code: out.error.code, param: out.error.param, message: errorMessage(spec, out.error, lang), raws });
  }
  return [...found.values()];
}
