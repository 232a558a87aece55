/**
 * The custom-function adapter: turns a catalogue entry into the function Excel
 * calls. Excel's argument shapes go to the core's `invoke` as they are (an
 * omitted optional argument as null/undefined, a range as rows of cells, a
 * blank cell as null or "", booleans, text in a number parameter); the core's
 * error outcomes become #VALUE! with the core's message in the Office language.
 * Nothing throws out of a function. Office-free: the runtime bits come in
 * through `FunctionRuntime`.
 */
import { errorMessage, invoke, type CellValue, type FunctionSpec, type Lang, type Raw } from "../rules";
import { policyProblemText, type PolicyState } from "./policySource";

export type Evaluation = { ok: true; value: CellValue } | { ok: false; message: string };

/**
 * One cell argument as the core takes it. Excel passes only numbers, text,
 * booleans and blanks here; an object is Excel's invocation object in the slot
 * of an omitted argument, so it counts as omitted; anything else is shown as text.
 */
function toCell(x: unknown): Raw {
  if (x === null || x === undefined || typeof x === "number" || typeof x === "string" || typeof x === "boolean") return x;
  if (typeof x === "object") return undefined;
  return String(x);
}

/** One argument as the core takes it: a scalar, or a range as rows of cells. */
export function toRawArg(x: unknown): Raw {
  if (!Array.isArray(x)) return toCell(x);
  return x.map((row: unknown) => (Array.isArray(row) ? row.map(toCell) : [toCell(row)])) as Raw[][];
}

function internal(spec: FunctionSpec, e: unknown, lang: Lang): string {
  const given = e instanceof Error ? e.message : String(e);
  try {
    return errorMessage(spec, { kind: "input", code: "internal", param: spec.id, given }, lang);
  } catch {
    return `${spec.id}: ${given}`;
  }
}

/**
 * Evaluate one call the way Excel makes it. `args` may hold more values than
 * the function has parameters (Excel appends an invocation object): they are
 * ignored. Pure: same inputs, same result as `calc`.
 */
export function evaluate(spec: FunctionSpec, args: readonly unknown[], state: PolicyState, lang: Lang): Evaluation {
  try {
    if (!state.ok) return { ok: false, message: policyProblemText(state, lang) };
    const raw = spec.params.map((_, i) => toRawArg(args[i]));
    const out = invoke(spec, raw, state.policy, lang);
    if (!out.ok) return { ok: false, message: errorMessage(spec, out.error, lang) };
    const value = out.value;
    return { ok: true, value: typeof value === "number" && Object.is(value, -0) ? 0 : value };
  } catch (e) {
    return { ok: false, message: internal(spec, e, lang) };
  }
}

export interface FunctionRuntime {
  /** The policy state now, or a promise of it while it is first read. */
  policy(): PolicyState | Promise<PolicyState>;
  /** The language of messages and text results. */
  lang(): Lang;
  /** The #VALUE! error value carrying `message` (CustomFunctions.Error with ErrorCode.invalidValue). */
  error(message: string): unknown;
}

function isPromise<T>(x: T | Promise<T>): x is Promise<T> {
  return typeof (x as { then?: unknown } | null)?.then === "function";
}

/** The function to hand to CustomFunctions.associate for `spec`. Never throws, never rejects. */
export function excelFunction(spec: FunctionSpec, rt: FunctionRuntime): (...args: unknown[]) => unknown {
  const lang = (): Lang => {
    try { return rt.lang(); } catch { return "en"; }
  };
  const fail = (message: string): unknown => {
    try { return rt.error(message); } catch { return `#VALUE! ${message}`; }
  };
  const finish = (args: readonly unknown[], state: PolicyState): unknown => {
    const r = evaluate(spec, args, state, lang());
    return r.ok ? r.value : fail(r.message);
  };
  return (...args: unknown[]) => {
    try {
      const state = rt.policy();
      if (isPromise(state)) return state.then((s) => finish(args, s), (e: unknown) => fail(internal(spec, e, lang())));
      return finish(args, state);
    } catch (e) {
      return fail(internal(spec, e, lang()));
    }
  };
}
