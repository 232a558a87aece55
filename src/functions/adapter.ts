/**
 * The custom-function adapter: turns a catalogue entry into the function Excel
 * calls. Excel's argument shapes go to the core as they are (an omitted optional
 * argument as null/undefined, a range as rows of cells, a blank cell as null or "",
 * booleans, text in a number parameter); the core's spill engine evaluates the call
 * (a range where one employee's value belongs spills: one result per employee), and
 * its error outcomes become #VALUE! with the core's message in the Office language.
 * Nothing throws out of a function. Office-free: the runtime bits come in through
 * `FunctionRuntime`.
 */
import { cellValue, errorMessage, invokeSpill, isElementError, shownCells, type CellValue, type FunctionSpec, type Lang, type Raw, type ShownCell } from "../rules";
import { policyProblemText, type PolicyState } from "./policySource";

/** One call's result: a value, a spilled range of values and element errors, or one error. */
export type Evaluation = { ok: true; value: CellValue | ShownCell[][] } | { ok: false; message: string };

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
    const out = invokeSpill(spec, raw, state.policy, lang);
    if (out.spilled) return { ok: true, value: shownCells(spec, out.cells, lang) };
    const one = out.outcome;
    return one.ok ? { ok: true, value: cellValue(one.value) } : { ok: false, message: errorMessage(spec, one.error, lang) };
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

/**
 * The function to hand to CustomFunctions.associate for `spec`. Never throws, never rejects.
 * Its result is always a two-dimensional array, as a function whose result dimensionality is
 * "matrix" must return (./metadata): a single-cell call gives a 1×1 array, which Excel shows
 * as that one value; a spilled call gives one element per employee, an element's error
 * being a CustomFunctions.Error in its place ("Handle errors when working with dynamic
 * arrays", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
export function excelFunction(spec: FunctionSpec, rt: FunctionRuntime): (...args: unknown[]) => unknown[][] | Promise<unknown[][]> {
  const lang = (): Lang => {
    try { return rt.lang(); } catch { return "en"; }
  };
  const errorValue = (message: string): unknown => {
    try { return rt.error(message); } catch { return `#VALUE! ${message}`; }
  };
  const fail = (message: string): unknown[][] => [[errorValue(message)]];
  const element = (cell: ShownCell): unknown => (isElementError(cell) ? errorValue(cell.message) : cell);
  const finish = (args: readonly unknown[], state: PolicyState): unknown[][] => {
    const r = evaluate(spec, args, state, lang());
    if (!r.ok) return fail(r.message);
    return Array.isArray(r.value) ? r.value.map((row) => row.map(element)) : [[r.value]];
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
