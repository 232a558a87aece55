/**
 * Reading what Explain needs from the workbook in at most two syncs:
 *   1. the active cell (address, value, formula), its sheet's form marker, the
 *      roster header band (to recognise a form made without the marker) and the
 *      sheet's table names (a month sheet is known by its table);
 *   2. every cell the explanation reads: the references of the cell's HR calls, or
 *      the cells of the roster row (and whole columns) its column's function reads.
 * Nothing is written.
 */
import { parseCell } from "../../../forms/address";
import { FORM_MARKER_NAME } from "../../../forms/types";
import type { PContext, PRange, PWorksheet } from "../../excel";
import { splitAddress, topLeft } from "../../address";
import { callRefs, hrCalls, type FormulaArg, type HrCall } from "./formula";
import { headerBand, mirrorReads, monthSheetForm, recognizeForm, rosterCell, type MirrorRead, type RecognizedForm, type RosterCell } from "./forms";

export interface CellInfo {
  sheet: string;
  /** A1 of the active cell ("C2"). */
  cell: string;
  row: number;
  col: number;
  /** The formula, or null for a value or an empty cell. */
  formula: string | null;
  value: unknown;
}

/** What a range read gave: null when it was empty (a used range of nothing). */
export interface RangeData {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
}

export type ReadResult =
  | { kind: "formula"; cell: CellInfo; calls: HrCall[]; refs: Map<string, RangeData | null> }
  | { kind: "form"; cell: CellInfo; target: RosterCell; reads: { read: MirrorRead; data: RangeData | null }[] }
  | { kind: "other"; cell: CellInfo; form?: RecognizedForm; target?: RosterCell; unreadable?: boolean };

type RefArg = Extract<FormulaArg, { kind: "ref" }>;

/** Key of a formula reference in ReadResult.refs. */
export const refKey = (ref: Pick<RefArg, "sheet" | "range">) => `${ref.sheet ?? ""}!${ref.range}`;

/** A whole column or row ("A:A", "3:5"): read through its used range. */
const isWhole = (range: string) => /^[A-Z]+:[A-Z]+$|^\d+:\d+$/i.test(range);

function queue(range: PRange): PRange {
  range.load("isNullObject, address, values, formulas");
  return range;
}

function data(range: PRange): RangeData | null {
  if (range.isNullObject) return null;
  return { address: range.address, values: range.values, formulas: range.formulas };
}

export async function readExplain(context: PContext): Promise<ReadResult> {
  const wb = context.workbook;
  // ── Sync 1 ──
  const active = wb.getActiveCell();
  active.load("address, values, formulas");
  const ws = wb.worksheets.getActiveWorksheet();
  ws.load("name");
  const marker = ws.names.getItemOrNullObject(FORM_MARKER_NAME);
  marker.load("isNullObject, value");
  const band = ws.getRange(headerBand());
  band.load("values");
  ws.tables.load("items/name");
  await context.sync();

  const { sheet, range } = splitAddress(active.address);
  const a1 = topLeft(range);
  const at = parseCell(a1);
  const raw = active.formulas[0]?.[0];
  const formula = typeof raw === "string" && raw.startsWith("=") ? raw : null;
  const cell: CellInfo = { sheet: sheet ?? ws.name, cell: a1, row: at.row, col: at.col, formula, value: active.values[0]?.[0] };
  const form = recognizeForm(marker.isNullObject ? undefined : marker.value, band.values) ?? (await monthSheetForm(ws.tables.items.map((t) => t.name)));
  const sheetOf = (name: string | undefined): PWorksheet => (name === undefined ? ws : wb.worksheets.getItem(name));

  // ── Sync 2 ──
  const calls = formula === null ? [] : hrCalls(formula);
  if (calls && calls.length > 0) {
    const queued = new Map<string, PRange>();
    for (const ref of calls.flatMap(callRefs)) {
      const k = refKey(ref);
      if (queued.has(k)) continue;
      const r = sheetOf(ref.sheet).getRange(ref.range);
      queued.set(k, queue(isWhole(ref.range) ? r.getUsedRangeOrNullObject(true) : r));
    }
    if (queued.size > 0) await context.sync();
    return { kind: "formula", cell, calls, refs: new Map([...queued].map(([k, r]) => [k, data(r)])) };
  }
  const target = form ? rosterCell(form, at.row, at.col) : undefined;
  if (!target?.column.mirrors || formula === null) return { kind: "other", cell, form, target, unreadable: calls === undefined };
  const reads = mirrorReads(target.form.spec, target.column.mirrors, target.row)
    .map((read) => ({ read, range: queue(read.column ? ws.getRange(read.range).getUsedRangeOrNullObject(true) : ws.getRange(read.range)) }));
  await context.sync();
  return { kind: "form", cell, target, reads: reads.map(({ read, range }) => ({ read, data: data(range) })) };
}
