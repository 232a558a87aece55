/**
 * The fuzz harness (issue 7): random values, shapes and bad inputs for every
 * catalogue function, and the properties every answer must have, through three
 * layers: the core `invoke`, the custom-function adapter (`excelFunction` with
 * a fake runtime) and `calc --batch` (a child process, many lines).
 *
 * Properties: no exception escapes; one output per input, in order; no NaN or
 * Infinity; every error a #VALUE! / #N/A / #NAME? with a message (one line,
 * no "[object Object]"); every date result a serial Excel can show (1 …
 * 2958465, never the phantom 60); every text result within Excel's cell limit.
 *
 * Shapes are a table (SHAPES): a new kind of argument is one more entry there.
 * A range in a scalar parameter, or several rows in a row parameter, spills (the
 * spill rule): the core, the adapter and calc are then checked element by element.
 * Used by test/fuzz/fuzz.test.ts (fixed seed, a few thousand cases) and
 * test/fuzz/run.ts (`npm run fuzz -- --cases N`).
 */
import fc from "fast-check";
import { batchLines } from "../../src/cli/calcCore";
import { excelFunction, type FunctionRuntime } from "../../src/functions/adapter";
import { DEFAULT_STATE } from "../../src/functions/policySource";
import {
  CATALOGUE, DEFAULT_POLICY, LANGS, errorMessage, exampleOf, invokeSpill, resolveBound,
  type CalcArg, type CellValue, type FunctionSpec, type Lang, type Outcome, type ParamSpec, type Raw,
} from "../../src/rules";
import { MAX_CELL_TEXT } from "../../src/rules/contract";
import { MAX_SERIAL, MIN_SERIAL } from "../../src/rules/dates";

export const DEFAULT_SEED = 20_240_715;

/** An array nested `depth` deep: built as text for calc, as arrays for the other layers. */
export class Deep {
  constructor(readonly depth: number) {}
}

/** A value as the generators make it: cell values, ranges, objects, Deep markers. */
export type Gen = unknown;

// ── Values ──────────────────────────────────────────────────────────────────

const pad = (n: number, w: number) => String(n).padStart(w, "0");
const EDGE_NUMBERS = [0, -0, 1, -1, 0.5, 59, 60, 61, 100, 101, 5, 5.000001, 24, 24.5, 31, 32, MAX_SERIAL, MAX_SERIAL + 1,
  1e-10, 1e-300, 5e-324, 1e15, 1e308, -1e308, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity];
const number = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS), fc.double(), fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: MIN_SERIAL, max: MAX_SERIAL }),
);
/** YYYY-MM-DD text, real or not, inside the range or not (0024-03-15, 1899-12-31, 9999-12-31, 2023-02-29). */
const isoDate = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.constantFrom(24, 1899, 1900, 9999)), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const controlText = fc.string({ unit: fc.constantFrom("\n", "\r", "\u001b", "\u0000", "\u2028", "\u0085", "\u007f", "\t", "a", "满意", "[", "\"", "\\"), maxLength: 12 });
const WORDS = ["TRUE", "FALSE", "NaN", "Infinity", "-Infinity", "1e309", "0x10", "", " ", "满意", "非常满意", "較差", "poor", "dsr", "退款率",
  "report", "结案", "zh-TW", "EN", "__proto__", "constructor", "toString", "{given}", "[object Object]", "1", "45366", "2024-03-15"];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }) },
  { weight: 3, arbitrary: isoDate }, { weight: 3, arbitrary: controlText }, { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40_000 }).map((n) => "x".repeat(n)) },
);
const blank = fc.constantFrom(null, undefined, "");
/** One cell as Excel or calc may pass it. */
export const cell: fc.Arbitrary<Gen> = fc.oneof({ weight: 4, arbitrary: number }, { weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.boolean() }, { weight: 1, arbitrary: blank });

const OBJECTS: readonly (() => unknown)[] = [() => ({}), () => ({ toString: 1 }), () => Object.create(null), () => ({ rows: 1, cols: 1 }), () => ({ what: "object" }), () => ({ valueOf: () => 1 })];
const object = fc.oneof(fc.constantFrom(...OBJECTS).map((make) => make()), fc.object({ maxDepth: 2 }));

/**
 * Argument shapes, by name. Each is one generator; `cells` decides what goes in a range.
 * Add a shape here and every layer and every function gets it.
 */
export const SHAPES: Readonly<Record<string, (cells: fc.Arbitrary<Gen>) => fc.Arbitrary<Gen>>> = {
  scalar: (c) => c,
  row: (c) => fc.array(c, { minLength: 1, maxLength: 40 }).map((r) => [r]),
  column: (c) => fc.array(c, { minLength: 1, maxLength: 40 }).map((col) => col.map((x) => [x])),
  block: (c) => fc.integer({ min: 1, max: 6 }).chain((w) => fc.array(fc.array(c, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })),
  ragged: (c) => fc.array(fc.array(c, { maxLength: 5 }), { maxLength: 5 }),
  flat: (c) => fc.array(c, { maxLength: 10 }),
  empty: () => fc.constantFrom([], [[]]),
  long: () => fc.integer({ min: 32, max: 3000 }).map((n) => [Array.from({ length: n }, (_, i) => (i % 7 === 6 ? null : 13))]),
  nested: (c) => fc.oneof(c.map((x) => [[[x]]]), fc.array(c, { maxLength: 3 }).map((xs) => [[xs]]), fc.integer({ min: 2, max: 6000 }).map((d) => [[new Deep(d)]]), fc.integer({ min: 1, max: 6000 }).map((d) => new Deep(d))),
  object: () => fc.oneof(object, object.map((o) => [[o]]), object.map((o) => [[1, o]])),
};

/** Any argument: any shape of any cells. */
export const anyArg: fc.Arbitrary<Gen> = fc.oneof(...Object.values(SHAPES).map((shape) => shape(cell)));

// ── Arguments that reach the calculators ───────────────────────────────────

function plausibleValue(p: ParamSpec): fc.Arbitrary<Gen> {
  const v = p.value;
  const policy = DEFAULT_POLICY;
  switch (v.type) {
    case "number":
    case "whole": {
      const lo = v.min === undefined ? -1e6 : resolveBound(v.min, policy);
      const hi = v.max === undefined ? 1e7 : resolveBound(v.max, policy);
      const n = v.type === "whole" ? fc.integer({ min: Math.ceil(lo), max: Math.min(Math.floor(hi), 1e6) }) : fc.double({ min: lo, max: hi, noNaN: true });
      return fc.oneof({ weight: 4, arbitrary: n }, { weight: 1, arbitrary: fc.constantFrom(lo, hi, 1e-300) });
    }
    case "rate": return fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.constantFrom(0, 1, 5));
    case "date": return fc.oneof(fc.integer({ min: MIN_SERIAL, max: MAX_SERIAL }), fc.constantFrom(1, 59, 61, MAX_SERIAL - 40, MAX_SERIAL, 45366), isoDate);
    case "boolean": return fc.oneof(fc.boolean(), fc.constantFrom(0, 1));
    case "choice": return fc.constantFrom(...Object.keys(v.choices));
    case "level": return fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom("非常满意", "满意", "一般", "較差", "poor"));
  }
}

/** A value for `p` that its checks mostly let through: in bounds, the right size, some blanks. */
function plausibleArg(p: ParamSpec): fc.Arbitrary<Gen> {
  const value = plausibleValue(p);
  if (p.shape.kind === "scalar") return value;
  const withBlanks = fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: blank });
  const fixed = p.shape.cells === undefined ? undefined : resolveBound(p.shape.cells, DEFAULT_POLICY);
  const n = fixed === undefined ? fc.integer({ min: 1, max: p.shape.maxCells ?? 50 }) : fc.constant(fixed);
  return n.chain((k) => fc.array(withBlanks, { minLength: k, maxLength: k })).chain((cells) => fc.constantFrom([cells], cells.map((c) => [c])));
}

export interface Case {
  spec: FunctionSpec;
  args: Gen[];
  lang: Lang;
}

const asGen = (a: CalcArg): Gen => (Array.isArray(a) ? (a.every(Array.isArray) && a.length > 0 ? a : [a]) : a);

/** Cases for one function: plausible arguments, plausible ones with some replaced by anything, the worked example, and anything at all. */
export function casesFor(spec: FunctionSpec): fc.Arbitrary<Case> {
  const n = spec.params.length;
  const plausible = fc.tuple(...spec.params.map(plausibleArg));
  const mutated = fc.tuple(plausible, fc.array(fc.tuple(fc.nat({ max: n - 1 }), anyArg), { minLength: 1, maxLength: 2 }))
    .map(([args, swaps]) => { const a = [...args]; for (const [i, x] of swaps) a[i] = x; return a; });
  const example = fc.constant(exampleOf(spec).args.map(asGen));
  const any = fc.array(anyArg, { minLength: n, maxLength: n });
  const args = fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: example }, { weight: 2, arbitrary: any });
  return fc.record({ spec: fc.constant(spec), args, lang: fc.constantFrom(...LANGS) });
}

export const allCases: fc.Arbitrary<Case> = fc.oneof(...CATALOGUE.map(casesFor));

/** Deep markers as real nested arrays (for the in-process layers). */
export function materialize(x: Gen): unknown {
  if (x instanceof Deep) { let v: unknown = 1; for (let i = 0; i < x.depth; i++) v = [v]; return v; }
  return Array.isArray(x) ? x.map(materialize) : x;
}

// ── Properties ──────────────────────────────────────────────────────────────

/** Problems with an error message (empty: none). */
function messageProblems(message: unknown): string[] {
  if (typeof message !== "string" || message.trim() === "") return [`error without a message: ${String(message)}`];
  const p: string[] = [];
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(message)) p.push(`control character in message: ${JSON.stringify(message)}`);
  if (message.replace(/"[^"]*"/g, "").includes("[object Object]")) p.push(`"[object Object]" in message: ${message}`);
  if (/\bundefined\b/.test(message.replace(/"[^"]*"/g, ""))) p.push(`"undefined" in message: ${message}`);
  if (message.length > MAX_CELL_TEXT) p.push(`message of ${message.length} characters`);
  return p;
}

/** Problems with a successful value of `spec` (empty: none). */
export function valueProblems(spec: FunctionSpec, value: unknown): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return [`non-finite number ${value}`];
    if (spec.result === "date" && (!Number.isInteger(value) || value < MIN_SERIAL || value > MAX_SERIAL || value === 60)) return [`date result ${value} outside 1…${MAX_SERIAL} or the phantom 60`];
    return [];
  }
  if (typeof value === "string") {
    if (value.length > MAX_CELL_TEXT) return [`text result of ${value.length} characters`];
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return [`control character in text result ${JSON.stringify(value)}`];
    if (value.includes("[object Object]") || /\bNaN\b|\bundefined\b/.test(value)) return [`text result ${value}`];
    return [];
  }
  if (typeof value === "boolean") return [];
  return [`result is not a cell value: ${typeof value}`];
}

const describeCase = (c: Case) => `${c.spec.id}(${c.args.map((a) => { try { return JSON.stringify(a, (_k, v: unknown) => (v instanceof Deep ? `<${v.depth}-deep array>` : typeof v === "string" && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v === undefined ? "<undefined>" : v)); } catch { return "<unprintable>"; } }).join(", ")}) [${c.lang}]`;

/** Problems with a spilled result: a non-empty rectangle whose every element is a value or an error with a message. */
function gridProblems<T>(rows: unknown, element: (x: T) => string[]): string[] {
  if (!Array.isArray(rows) || rows.length === 0 || !rows.every((r) => Array.isArray(r) && r.length > 0 && r.length === (rows[0] as unknown[]).length)) {
    return [`a spilled result that is not a non-empty rectangle: ${JSON.stringify(rows)?.slice(0, 200)}`];
  }
  return (rows as T[][]).flat().flatMap(element);
}

/** Layer (a): the core, as `calc` and the adapter call it (a call may spill). Problems for one case (empty: none). */
export function coreProblems(c: Case): string[] {
  try {
    const raw = c.spec.params.map((_, i) => materialize(c.args[i]) as Raw);
    const one = (out: Outcome<CellValue>) => (out.ok ? valueProblems(c.spec, out.value) : messageProblems(errorMessage(c.spec, out.error, c.lang)));
    const result = invokeSpill(c.spec, raw, DEFAULT_POLICY, c.lang);
    return result.spilled ? gridProblems(result.cells, one) : one(result.outcome);
  } catch (e) {
    return [`exception: ${e instanceof Error ? e.stack ?? e.message : String(e)}`];
  }
}

/** The fake runtime: the default policy, a fixed language, #VALUE! as a tagged object. */
export function fakeRuntime(lang: Lang): FunctionRuntime {
  return { policy: () => DEFAULT_STATE, lang: () => lang, error: (message) => ({ error: "#VALUE!", message }) };
}

const isError = (x: unknown): x is { error: string; message: unknown } => x !== null && typeof x === "object" && !Array.isArray(x) && "error" in x;

/** Layer (b): the custom-function adapter, with Excel's invocation object appended as Excel does. */
export function adapterProblems(c: Case): string[] {
  try {
    const fn = excelFunction(c.spec, fakeRuntime(c.lang));
    const out = fn(...c.args.map(materialize), { address: "Sheet1!A1" });
    const one = (x: unknown) => (isError(x) ? messageProblems(x.message) : valueProblems(c.spec, x));
    // Every result is a matrix (a single cell: 1×1); a whole-call error is one #VALUE!.
    return isError(out) ? messageProblems(out.message) : gridProblems(out, one);
  } catch (e) {
    return [`exception: ${e instanceof Error ? e.stack ?? e.message : String(e)}`];
  }
}

/** Throw with the problems of a case (for fast-check properties). */
export function expectNoProblems(layer: (c: Case) => string[], c: Case): void {
  const problems = layer(c);
  if (problems.length > 0) throw new Error(`${describeCase(c)}: ${problems.join("; ")}`);
}

// ── Layer (c): calc --batch ─────────────────────────────────────────────────

/** JSON text of a generated value; Deep markers as brackets (JSON.stringify cannot nest that deep); NaN/Infinity/undefined as null. */
export function jsonText(x: Gen): string {
  if (x instanceof Deep) return `${"[".repeat(x.depth)}1${"]".repeat(x.depth)}`;
  if (Array.isArray(x)) return `[${x.map(jsonText).join(",")}]`;
  if (x === undefined || (typeof x === "number" && !Number.isFinite(x))) return "null";
  try { return JSON.stringify(x) ?? "null"; } catch { return "null"; }
}

/** A batch line: a call as JSON, sometimes with too many or too few arguments or a wrong name. */
export const batchLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: allCases.map((c) => `[${[JSON.stringify(c.spec.id), ...c.args.map(jsonText)].join(", ")}]`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...CATALOGUE.map((s) => s.id)), fc.array(cell, { maxLength: 8 })).map(([id, args]) => jsonText([id, ...args])) },
  { weight: 1, arbitrary: fc.constantFrom("", "   ", "\t", "[]", "{}", "null", "[1]", '["nosuch", 1]', '["hr.perfpay", 2000, 59]', "[\"PERFPAY\", 2000", "\u001b[2J", "\u0000") },
  { weight: 1, arbitrary: controlText.map((t) => t.replace(/[\r\n]/g, "")) },
);

const RESULT_LINE = /^(#VALUE! |#N\/A |#NAME\? )\S|^(TRUE|FALSE)$|^-?\d+(\.\d+)?(e[-+]\d+)?$/;

/**
 * Problems with calc's output for `lines` (joined with "\n"): one line per input
 * line, in order (the same as the in-process batch), each a value or an error
 * with a message, date lines within range, no NaN/Infinity, nothing on stderr.
 */
export function batchProblems(lines: readonly string[], run: { out: string; err: string; code: number | null }): string[] {
  const problems: string[] = [];
  if (run.err !== "") problems.push(`stderr: ${run.err.slice(0, 500)}`);
  if (run.code !== 0 && run.code !== 2) problems.push(`exit code ${run.code}`);
  const got = run.out.endsWith("\n") ? run.out.slice(0, -1).split("\n") : [run.out];
  const want = [...batchLines(lines.join("\n"), DEFAULT_POLICY, "en")];
  if (got.length !== lines.length) problems.push(`${lines.length} lines in, ${got.length} out`);
  for (const [i, line] of got.entries()) {
    if (i >= lines.length) break;
    const bad = (why: string) => problems.push(`line ${i + 1} ${JSON.stringify(lines[i].slice(0, 200))}: ${why}: ${JSON.stringify(line.slice(0, 200))}`);
    if (want[i] && line !== want[i].line) bad(`differs from the in-process result ${JSON.stringify(want[i].line.slice(0, 200))}`);
    if (lines[i].trim() === "") { if (line !== "") bad("a blank line must give an empty line"); continue; }
    if (want[i]?.cells) {
      // A spilled result: one line of JSON, each element a value or {"error":"#VALUE!","message"}.
      let rows: unknown;
      try { rows = JSON.parse(line); } catch { bad("a spilled result that is not JSON"); continue; }
      const spec = findSpec(lines[i]);
      for (const p of gridProblems(rows, (x: unknown) => (isError(x) ? messageProblems(x.message) : valueProblems(spec, x)))) bad(p);
      continue;
    }
    if (/NaN|Infinity/.test(line.replace(/"[^"]*"/g, "")) && !line.startsWith("#")) bad("NaN or Infinity");
    if (line.length > MAX_CELL_TEXT + "#VALUE! ".length) bad(`a line of ${line.length} characters`);
    const outcome = want[i]?.outcome;
    if (outcome) {
      for (const p of outcome.ok ? valueProblems(findSpec(lines[i]), outcome.value) : []) bad(p);
      if (outcome.ok && typeof outcome.value === "string") continue; // text results are free-form
    }
    if (!RESULT_LINE.test(line)) bad("not a value or an error with a message");
  }
  return problems;
}

function findSpec(line: string): FunctionSpec {
  const name = (JSON.parse(line) as [string])[0];
  return CATALOGUE.find((s) => s.id === name.toUpperCase().replace(/^HR\./, ""))!;
}
