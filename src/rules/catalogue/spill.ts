/**
 * Spilled calls: one call over a whole roster, one result per employee, by the
 * spill rule written on `ParamShape` (./types). Shared by the custom-function
 * adapter and `calc`, so both give the same array for the same arguments.
 *
 * Each element is `invoke` on that element's arguments — the single-cell call —
 * so an element's value and its #VALUE! message are the single-cell call's. An
 * argument that does not spill is the same for every element; it is coerced once
 * per call, not once per element (RANKBONUS's group of 10,000 scores is read once).
 */
import { fail, type InputError, type Lang, type Outcome } from "../types";
import { resolveBound } from "./describe";
import { coerceParam, errorMessage, invoke, type Coercion, type ParamCoercer, type Raw } from "./invoke";
import type { CellValue, Coerced, FunctionSpec, ParamSpec } from "./types";
import type { Policy } from "../policy/table";

/** A spilled call's result: one outcome per element; or, when nothing spills, the single-cell call's. */
export type SpillOutcome =
  | { spilled: false; outcome: Outcome<CellValue> }
  | { spilled: true; cells: Outcome<CellValue>[][] };

/** An element's error as it is shown: Excel's #VALUE! with the single-cell call's message. */
export interface ElementError {
  error: "#VALUE!";
  message: string;
}

export type ShownCell = CellValue | ElementError;

/** How one argument spreads over the result: its size in elements and each element's argument. */
interface Spread {
  index: number;
  rows: number;
  cols: number;
  at(row: number, col: number): Raw;
}

type Rows = readonly (readonly Raw[])[];

/** A rectangular range of plain cells (Excel only passes those; `calc` JSON may not be one). */
function block(raw: Raw): Rows | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const width = Array.isArray(raw[0]) ? raw[0].length : 0;
  return width > 0 && raw.every((row) => Array.isArray(row) && row.length === width) ? raw : undefined;
}

const byRows = (index: number, rows: Rows): Spread => ({ index, rows: rows.length, cols: 1, at: (r) => [rows[r] as Raw[]] });

/** Rules 1–3 of the spill rule, before any other argument is known to spill. */
function ownSpread(p: ParamSpec, index: number, raw: Raw, policy: Policy): Spread | undefined {
  const rows = block(raw);
  if (!rows) return undefined;
  const height = rows.length;
  const width = rows[0].length;
  if (p.shape.kind === "scalar") {
    return height * width > 1 ? { index, rows: height, cols: width, at: (r, c) => rows[r][c] } : undefined;
  }
  if (p.shape.spill !== "byRow" || height <= 1) return undefined;
  const cells = p.shape.cells === undefined ? undefined : resolveBound(p.shape.cells, policy);
  const fits = cells === undefined ? width > 1 : width === cells;
  return fits ? byRows(index, rows) : undefined;
}

/** Rule 3's single column: once the call spills down rows, a `byRow` range without a fixed size gives one cell per employee. */
function columnSpread(p: ParamSpec, index: number, raw: Raw): Spread | undefined {
  const rows = block(raw);
  const free = p.shape.kind === "range" && p.shape.spill === "byRow" && p.shape.cells === undefined;
  return free && rows && rows.length > 1 && rows[0].length === 1 ? byRows(index, rows) : undefined;
}

function sizeOf(raw: Raw): { rows: number; cols: number } {
  const rows = block(raw);
  return rows ? { rows: rows.length, cols: rows[0].length } : { rows: 1, cols: 1 };
}

/** The result's size, or the error naming two arguments that do not line up. */
function resultSize(spec: FunctionSpec, spreads: readonly Spread[], raw: readonly Raw[]): { rows: number; cols: number } | { ok: false; error: InputError } {
  const size = { rows: 1, cols: 1 };
  const from: Record<"rows" | "cols", Spread | undefined> = { rows: undefined, cols: undefined };
  for (const s of spreads) {
    for (const dim of ["rows", "cols"] as const) {
      if (s[dim] === 1) continue;
      const first = from[dim];
      if (first && s[dim] !== size[dim]) {
        const other = sizeOf(raw[first.index]);
        return fail({
          code: "spillShape", param: spec.params[s.index].name, given: sizeOf(raw[s.index]),
          detail: { other: spec.params[first.index].name, otherRows: other.rows, otherCols: other.cols },
        });
      }
      if (first) continue;
      size[dim] = s[dim];
      from[dim] = s;
    }
  }
  return size;
}

/**
 * Evaluate a call that may spill. Nothing spills: the single-cell call (`invoke`),
 * unchanged. Otherwise one outcome per element, or one error when the spilling
 * arguments do not line up. Never throws.
 */
export function invokeSpill(spec: FunctionSpec, raw: readonly Raw[], policy: Policy, lang: Lang): SpillOutcome {
  try {
    const own = spec.params.map((p, i) => ownSpread(p, i, raw[i], policy));
    if (own.every((s) => s === undefined)) return { spilled: false, outcome: invoke(spec, raw, policy, lang) };
    const down = own.some((s) => s !== undefined && s.rows > 1);
    const spreads = spec.params.map((p, i) => own[i] ?? (down ? columnSpread(p, i, raw[i]) : undefined));
    const lifted = spreads.filter((s): s is Spread => s !== undefined);
    const size = resultSize(spec, lifted, raw);
    if ("error" in size) return { spilled: false, outcome: size };
    const shared = new Map<ParamSpec, Coercion<Coerced>>();
    const spilling = new Set(lifted.map((s) => spec.params[s.index]));
    const coerce: ParamCoercer = (p, r, pol) => {
      if (spilling.has(p)) return coerceParam(p, r, pol);
      const known = shared.get(p) ?? coerceParam(p, r, pol);
      shared.set(p, known);
      return known;
    };
    const cells: Outcome<CellValue>[][] = [];
    for (let r = 0; r < size.rows; r++) {
      const row: Outcome<CellValue>[] = [];
      for (let c = 0; c < size.cols; c++) {
        const args = spreads.map((s, i) => (s ? s.at(s.rows === 1 ? 0 : r, s.cols === 1 ? 0 : c) : raw[i]));
        row.push(invoke(spec, args, policy, lang, coerce));
      }
      cells.push(row);
    }
    return { spilled: true, cells };
  } catch (e) {
    return { spilled: false, outcome: fail({ code: "internal", param: spec.id, given: e instanceof Error ? e.message : String(e) }) };
  }
}

/** A value as a cell holds it: Excel has no negative zero. */
export function cellValue(v: CellValue): CellValue {
  return typeof v === "number" && Object.is(v, -0) ? 0 : v;
}

/** The elements as they are shown: each value, or its #VALUE! with the message in `lang`. */
export function shownCells(spec: FunctionSpec, cells: readonly (readonly Outcome<CellValue>[])[], lang: Lang): ShownCell[][] {
  return cells.map((row) => row.map((o): ShownCell => (o.ok ? cellValue(o.value) : { error: "#VALUE!", message: errorMessage(spec, o.error, lang) })));
}

export function isElementError(cell: unknown): cell is ElementError {
  return typeof cell === "object" && cell !== null && (cell as ElementError).error === "#VALUE!";
}
