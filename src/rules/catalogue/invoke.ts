/**
 * Calling a catalogue function the way Excel does: raw arguments in (numbers,
 * text, booleans, blanks, ranges as rows of cells), a cell value or a typed
 * error out. Never throws, never returns NaN or Infinity.
 */
import { civilToSerial, formatIso, isValidSerial, MAX_SERIAL, MIN_SERIAL, parseIsoDate } from "../dates";
import { formatError, type ErrorNaming } from "../messages";
import type { Policy } from "../policy/table";
import { fail, type InputError, type Lang, type Outcome, type Shown } from "../types";
import { MAX_CELL_TEXT, MAX_RATE } from "../contract";
import { resolveBound } from "./describe";
import type { Args, CellValue, Coerced, FunctionSpec, ParamSpec, ValueType } from "./types";

/** A raw argument: a scalar, or a range as rows of cells. */
export type Raw = number | string | boolean | null | undefined | Raw[][];

export type Coercion<T> = { ok: true; value: T } | { ok: false; error: InputError };

const ok = <T>(value: T): Coercion<T> => ({ ok: true, value });
const isBlank = (raw: unknown): raw is null | undefined | "" => raw === null || raw === undefined || raw === "";

/** A raw argument as a message shows it: a scalar, a range's size, or what kind of thing it is. */
function shown(raw: unknown): Shown {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (!Array.isArray(raw)) return { what: "object" };
  const isRange = raw.every((row: unknown) => Array.isArray(row) && !row.some((cell: unknown) => Array.isArray(cell)));
  return isRange ? { rows: raw.length, cols: raw.length > 0 ? (raw[0] as unknown[]).length : 0 } : { what: "nestedArray" };
}

const DATE_RANGE = `${formatIso(MIN_SERIAL)}–${formatIso(MAX_SERIAL)}`;

function rangeText(lo: number | undefined, hi: number | undefined): string {
  if (lo !== undefined && hi !== undefined) return `${lo}–${hi}`;
  if (lo !== undefined) return `≥ ${lo}`;
  return hi !== undefined ? `≤ ${hi}` : "";
}

/** Survey level words (K-3), any language, any case → level index 0 (best) … 3 (worst). */
const LEVELS: readonly (readonly string[])[] = [
  ["非常满意", "非常滿意", "very satisfied"],
  ["满意", "滿意", "satisfied"],
  ["一般", "average"],
  ["较差", "較差", "poor"],
];
const LEVEL_WORDS: ReadonlyMap<string, number> = new Map(LEVELS.flatMap((words, index) => words.map((w) => [w, index] as const)));

/** Coerce one non-blank value to what `v` asks for; anything that is not a cell value (an object, an array) is refused as such. */
function coerceOne(raw: unknown, v: ValueType, param: string, policy: Policy): Coercion<number | boolean | string> {
  const bad = (code: InputError["code"], allowed?: string) => fail({ code, param, given: shown(raw), allowed });
  switch (v.type) {
    case "number":
    case "whole": {
      const n = typeof raw === "boolean" && v.type === "whole" ? Number(raw) : raw;
      if (typeof n !== "number" || !Number.isFinite(n)) return bad("notNumber");
      const lo = v.min === undefined ? undefined : resolveBound(v.min, policy);
      const hi = v.max === undefined ? undefined : resolveBound(v.max, policy);
      if (v.type === "whole" && !Number.isInteger(n)) return bad("notWhole", rangeText(lo, hi));
      if ((lo !== undefined && n < lo) || (hi !== undefined && n > hi)) return bad("outOfRange", rangeText(lo, hi));
      return ok(n);
    }
    case "rate": {
      if (typeof raw !== "number" || !Number.isFinite(raw)) return bad("notNumber");
      if (raw < 0) return bad("outOfRange", rangeText(0, MAX_RATE));
      if (raw > MAX_RATE) return bad("rateTypo");
      return ok(raw);
    }
    case "date": {
      if (typeof raw === "number") return isValidSerial(raw) ? ok(Math.trunc(raw)) : bad("notDate");
      if (typeof raw === "string") {
        const civil = parseIsoDate(raw);
        if (!civil) return bad("notDate");
        const serial = civilToSerial(civil);
        return isValidSerial(serial) ? ok(serial) : bad("outOfRange", DATE_RANGE);
      }
      return bad("notDate");
    }
    case "boolean": {
      if (typeof raw === "boolean") return ok(raw);
      if (raw === 1 || raw === 0) return ok(raw === 1);
      return bad("notBoolean");
    }
    case "choice": {
      const key = typeof raw === "string" ? [raw.trim().toLowerCase(), raw.trim()].find((k) => Object.prototype.hasOwnProperty.call(v.choices, k)) : undefined;
      const hit = key === undefined ? undefined : v.choices[key];
      return hit === undefined ? bad("notInList", Object.keys(v.choices).join(", ")) : ok(hit);
    }
    case "level": {
      // A level is its number (highest = very satisfied … 1 = poor, FUNCTIONS.md) or its word; the policy scores it.
      const n = LEVELS.length;
      const index = typeof raw === "number" ? (Number.isInteger(raw) && raw >= 1 && raw <= n ? n - raw : -1)
        : typeof raw === "string" ? LEVEL_WORDS.get(raw.trim().toLowerCase()) ?? -1 : -1;
      return index < 0 ? bad("notInList", `${rangeText(1, n)}, ${[...LEVEL_WORDS.keys()].join(" / ")}`) : ok(index);
    }
  }
}

export function coerceParam(p: ParamSpec, raw: Raw, policy: Policy): Coercion<Coerced> {
  if (p.shape.kind === "scalar") {
    let one: Raw = raw;
    if (Array.isArray(raw)) {
      if (raw.length !== 1 || raw[0].length !== 1) return fail({ code: "shape", param: p.name, given: shown(raw), allowed: "1×1" });
      one = raw[0][0];
    }
    if (isBlank(one)) return p.default !== undefined ? ok(p.default) : fail({ code: "required", param: p.name, given: null });
    return coerceOne(one, p.value, p.name, policy);
  }
  const shape = p.shape;
  const oneBlankCell = Array.isArray(raw) && raw.length === 1 && raw[0]?.length === 1 && isBlank(raw[0][0]);
  if (oneBlankCell && p.default !== undefined) return ok(p.default); // an optional range pointed at an empty cell
  if (!Array.isArray(raw)) {
    if (isBlank(raw) && p.default !== undefined) return ok(p.default);
    if (isBlank(raw) && !shape.scalarOk) return fail({ code: "required", param: p.name, given: null });
    if (!shape.scalarOk) return fail({ code: "notRange", param: p.name, given: shown(raw) });
  }
  const rows: Raw[][] = Array.isArray(raw) ? raw : [[raw]];
  const cells = rows.flat();
  if (shape.cells !== undefined) {
    const want = resolveBound(shape.cells, policy);
    const isLine = rows.length === 1 || rows.every((r) => r.length === 1);
    if (cells.length !== want || !isLine) {
      return fail({ code: "shape", param: p.name, given: shown(rows), allowed: `1×${want}` });
    }
  }
  if (shape.maxCells !== undefined && cells.length > shape.maxCells) {
    return fail({ code: "tooManyCells", param: p.name, given: shown(rows), allowed: String(shape.maxCells) });
  }
  const out: (number | boolean | string | null)[] = [];
  for (const [i, cell] of cells.entries()) {
    if (Array.isArray(cell)) return fail({ code: "notRange", param: p.name, given: shown(rows) });
    if (isBlank(cell)) {
      if (shape.blanks === "keep") out.push(null);
      else if (shape.blanks === "default") out.push(p.cellDefault ?? null);
      continue;
    }
    const c = coerceOne(cell, p.value, p.name, policy);
    if (!c.ok) return cells.length > 1 ? { ok: false, error: { ...c.error, detail: { ...c.error.detail, cell: i + 1 } } } : c;
    out.push(c.value);
  }
  if (shape.nonEmpty && out.every((c) => c === null)) return fail({ code: "noValues", param: p.name, given: null });
  return ok(out);
}

export type Arity = { min: number; max: number };

export function arity(spec: FunctionSpec): Arity {
  return { min: spec.params.filter((p) => p.default === undefined).length, max: spec.params.length };
}

/** How one argument is coerced; a spilled call (./spill) passes one that coerces a shared argument once. */
export type ParamCoercer = typeof coerceParam;

/** Coerce raw arguments against the catalogue entry; an input error comes back as a value. */
export function coerceArgs(spec: FunctionSpec, raw: readonly Raw[], policy: Policy, coerce: ParamCoercer = coerceParam): Coercion<Args> {
  const args: Record<string, Coerced> = {};
  for (const [i, p] of spec.params.entries()) {
    const c = coerce(p, raw[i], policy);
    if (!c.ok) return c;
    args[p.name] = c.value;
  }
  return ok(args);
}

/**
 * Evaluate a function on raw arguments. Extra arguments beyond the catalogue's
 * parameters are a caller error (arity), checked by the adapters, not here.
 * Any unexpected exception is turned into an error value, never rethrown.
 */
export function invoke(spec: FunctionSpec, raw: readonly Raw[], policy: Policy, lang: Lang, coerce: ParamCoercer = coerceParam): Outcome<CellValue> {
  try {
    const args = coerceArgs(spec, raw, policy, coerce);
    if (!args.ok) return args;
    const out = spec.run(args.value, { policy, lang });
    return out.ok ? checkResult(spec, args.value, out) : out;
  } catch (e) {
    return fail({ code: "internal", param: spec.id, given: e instanceof Error ? e.message : String(e) });
  }
}

/** What a cell can hold: a finite number, a date Excel can show (never serial 60), text within the cell limit. */
function checkResult(spec: FunctionSpec, args: Args, out: Outcome<CellValue> & { ok: true }): Outcome<CellValue> {
  const { value } = out;
  if (typeof value === "number" && !Number.isFinite(value)) return fail({ code: "resultTooLarge", param: spec.id, given: null });
  if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
    return fail({ code: "textTooLong", param: spec.id, given: value.length, allowed: String(MAX_CELL_TEXT) });
  }
  if (spec.result === "date" && typeof value === "number" && !isValidSerial(value)) {
    const from = spec.params.find((p) => p.value.type === "date");
    const start = from && args[from.name];
    return fail({
      code: "dateResult", param: from?.name ?? spec.id, given: typeof start === "number" ? formatIso(start) : null,
      allowed: DATE_RANGE, detail: { result: value >= MIN_SERIAL ? formatIso(value) : value },
    });
  }
  return out;
}

/** The message for an error outcome, naming the parameter in the user's language (`naming`: see ErrorNaming). */
export function errorMessage(spec: FunctionSpec, error: InputError, lang: Lang, naming: ErrorNaming = "key"): string {
  const p = spec.params.find((x) => x.name === error.param);
  return formatError(error, lang, p?.label[lang], naming);
}
