/**
 * Explain on a generated form: which form a sheet is (the marker the writer leaves —
 * a sheet-scoped name KH_form="<form id>" — or, for sheets made elsewhere, the roster's
 * header texts), and for a cell of a roster row, the function its column mirrors and
 * the cells of that row the function reads.
 *
 * Only the monthly evaluation rosters have columns that mirror a function, so this
 * reads their specs (forms/specs/evaluations) and not the whole forms library: the
 * layout and the writer stay out of the Explain area's chunk.
 */
import { colLetter } from "../../../forms/address";
import { COMMON_STRINGS } from "../../../forms/layout";
import * as EVALUATIONS from "../../../forms/specs/evaluations";
import type { FormSpec, Mirror, MirrorArg, RosterColumn } from "../../../forms/types";
import { LANGS, type Lang } from "../../../rules";
import { parseTableName } from "../../../cycle/ids";

/** The roster forms Explain knows (every spec of forms/specs/evaluations). */
export const ROSTER_SPECS: readonly FormSpec[] = Object.values(EVALUATIONS).filter((s): s is FormSpec => typeof s === "object" && s !== null && "roster" in s && s.roster !== undefined);

export interface RecognizedForm {
  id: string;
  spec: FormSpec;
  /** Known from the header texts; the marker does not say. */
  lang?: Lang;
}

/** Excel's last row: a whole roster column runs from its first row to here (read through its used range). */
const LAST_ROW = 1048576;

const rosterSpecs = () => ROSTER_SPECS;

/** The rows and columns holding roster headers, for every roster form: what the first sync reads as a fallback. */
export function headerBand(): string {
  const specs = rosterSpecs();
  const top = Math.min(...specs.map((s) => s.roster!.groupRow));
  const bottom = Math.max(...specs.map((s) => s.roster!.headerRow));
  const cols = Math.max(...specs.map((s) => s.roster!.columns.length));
  return `A${top}:${colLetter(cols)}${bottom}`;
}


/**
 * The roster form whose fixed header texts (in one language) are all in the band, or
 * undefined. `band` holds the values of headerBand(), top-left first.
 */
export function formFromHeaders(band: readonly (readonly unknown[])[]): RecognizedForm | undefined {
  const top = Math.min(...rosterSpecs().map((s) => s.roster!.groupRow));
  const at = (row: number, col: number) => String(band[row - top]?.[col - 1] ?? "").trim();
  for (const spec of rosterSpecs()) {
    // A roster is an Excel table: every column's header is a constant on its header row.
    const fixed = spec.roster!.columns.map((c, i) => ({ c, col: i + 1 }));
    for (const lang of LANGS) {
      if (fixed.length > 0 && fixed.every(({ c, col }) => at(spec.roster!.headerRow, col) === c.header[lang])) {
        return { id: spec.id, spec, lang };
      }
    }
  }
  return undefined;
}

/** The form a sheet is, from its marker's value or its headers. */
export function recognizeForm(marker: unknown, band: readonly (readonly unknown[])[] | undefined): RecognizedForm | undefined {
  const id = typeof marker === "string" ? marker.replace(/^="?|"$/g, "") : undefined;
  const spec = id === undefined ? undefined : ROSTER_SPECS.find((s) => s.id === id);
  if (spec) return { id: spec.id, spec };
  return band ? formFromHeaders(band) : undefined;
}

/**
 * The form a month sheet (EVALUATION.md) is, from the names of the tables on it: the month
 * sheet's spec, loaded with the forms library only when a month table (KH_sales_202611) is
 * there. A month sheet has no form marker: its table is what makes it one.
 */
export async function monthSheetForm(tableNames: readonly string[]): Promise<RecognizedForm | undefined> {
  const found = tableNames.map(parseTableName).find((x) => x !== undefined);
  if (!found) return undefined;
  const { monthForm } = await import(/* webpackChunkName: "forms-library" */ "./month");
  return monthForm(found.scheme, found.month);
}

/** One cell range a mirror argument reads, A1 on the form's sheet. */
export interface MirrorRead {
  arg: MirrorArg;
  range: string;
  /** Whole column (from the first roster row down): read through the used range. */
  column: boolean;
  as?: "ticks" | "indicators";
  /**
   * A whole column read within a group: `range` spans the value column and the group
   * column (sheet columns, 1-based); `row` is the row whose group counts.
   */
  within?: { valueCol: number; groupCol: number; left: number; row: number };
}

export interface RosterCell {
  form: RecognizedForm;
  column: RosterColumn;
  /** 1-based sheet row. */
  row: number;
}

/** The roster column and row of a cell, when the cell is in a roster row of the form. */
export function rosterCell(form: RecognizedForm, row: number, col: number): RosterCell | undefined {
  const roster = form.spec.roster;
  if (!roster || row < roster.firstRow) return undefined;
  const column = roster.columns[col - 1];
  return column ? { form, column, row } : undefined;
}

export function columnOf(spec: FormSpec, key: string): number {
  const i = spec.roster?.columns.findIndex((c) => c.key === key) ?? -1;
  if (i < 0) throw new Error(`${spec.id}: no roster column ${key}`);
  return i + 1;
}

/** The cells a mirror reads for one row. */
export function mirrorReads(spec: FormSpec, mirror: Mirror, row: number): MirrorRead[] {
  const first = spec.roster!.firstRow;
  return mirror.args.map((arg) => {
    const cols = typeof arg === "string" ? arg : arg.cols;
    const as = typeof arg === "string" || !("as" in arg) ? undefined : arg.as;
    const [a, b] = cols.split(":");
    if (typeof arg !== "string" && "within" in arg) {
      const valueCol = columnOf(spec, a);
      const groupCol = columnOf(spec, arg.within);
      const left = Math.min(valueCol, groupCol);
      return { arg, range: `${colLetter(left)}${first}:${colLetter(Math.max(valueCol, groupCol))}${LAST_ROW}`, column: true, within: { valueCol, groupCol, left, row } };
    }
    if (b === "col") {
      const c = colLetter(columnOf(spec, a));
      return { arg, range: `${c}${first}:${c}${LAST_ROW}`, column: true, as };
    }
    const ca = colLetter(columnOf(spec, a));
    return { arg, range: b === undefined ? `${ca}${row}` : `${ca}${row}:${colLetter(columnOf(spec, b))}${row}`, column: false, as };
  });
}

/** A column's header as HR reads it (a roster's headers are constants: it is an Excel table). */
export function columnLabel(c: RosterColumn, lang: Lang): string {
  return c.header[lang];
}

/** The roster columns of a form that Explain covers (those that mirror a function). */
export function mirroredColumns(spec: FormSpec): RosterColumn[] {
  return spec.roster?.columns.filter((c) => c.mirrors) ?? [];
}

/** ✓ (the forms' tick) → TRUE, blank → FALSE; anything else is passed on for the core to refuse. */
export function tickValue(x: unknown): unknown {
  if (x === null || x === undefined || x === "") return false;
  return x === COMMON_STRINGS.tick["zh-CN"] ? true : x;
}
