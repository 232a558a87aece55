/**
 * Reading a roster or an inputs table from a 2-D grid of cells, whatever the
 * source (CSV, an .xlsx sheet, an Excel range, pasted text). The header row is
 * the first row with an ID header; every column is found by its header in any
 * of the three languages (or its contract key), in any order. Unknown columns
 * are ignored with a warning naming them; blank and duplicate IDs are problems
 * with their cell addresses.
 */
import { cellA1 } from "../forms/address";
import type { Lang } from "../rules";
import { cycleText } from "./messages";
import { EMPLOYEE_KEYS, headerWords, normalizeHeader, SCHEMES, type Scheme, type SchemeId } from "./schemes";

/** One cell as a source gives it: a number, text, a boolean or nothing. */
export type GridCell = string | number | boolean | null | undefined;
export type Grid = readonly (readonly GridCell[])[];

/** A 1-based position in the source (its own row and column, A1 = 1, 1). */
export interface Place { row: number; col: number }

export type ReadCode = "noIdColumn" | "blankId" | "duplicateId" | "unknownId" | "value";
export type WarnCode = "unknownColumns" | "duplicateColumn" | "overridden" | "noHeader";

/** Something wrong in a source: where, what, in the user's language. */
export interface ReadProblem<C extends string = ReadCode> {
  code: C;
  /** Which source ("roster", "inputs", or whatever the caller named it). */
  source: string;
  at: Place;
  message: string;
  id?: string;
}
export type ReadWarning = ReadProblem<WarnCode>;

export interface TableRow {
  id: string;
  name: string | null;
  dept: string | null;
  /** Source row of this employee. */
  row: number;
  /** Cells by month-sheet column key (inputs and any other recognised column). */
  cells: Record<string, GridCell>;
}

export interface ReadTable {
  source: string;
  /** Source row of the header; 0 when no ID column was found. */
  headerRow: number;
  /** Source column of each recognised column key. */
  columns: Record<string, number>;
  rows: TableRow[];
  problems: ReadProblem[];
  warnings: ReadWarning[];
}

export interface ReadOptions {
  lang: Lang;
  /** Name of the source in messages (a file name, "roster", a sheet name). */
  source: string;
  /** Where the grid's first cell sits in the source (an Excel range not at A1); default 1, 1. */
  origin?: Place;
  /** The source row of each grid row, when they are not consecutive (a CSV record may span lines). */
  rowNumbers?: readonly number[];
  /** Text pasted in the pane: places are its lines ("line 3"), not cells of a sheet. */
  lines?: boolean;
}

const isBlank = (c: GridCell) => c === null || c === undefined || (typeof c === "string" && c.trim() === "");

/** An ID or a name as text: numbers in their shortest form, text trimmed; blank is null. */
export function cellText(c: GridCell): string | null {
  if (isBlank(c)) return null;
  if (typeof c === "number") return Object.is(c, -0) ? "0" : String(c);
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  return String(c).trim();
}

/** Read a grid as a table of the scheme's columns. */
export function readTable(grid: Grid, schemeId: SchemeId, opts: ReadOptions): ReadTable {
  const scheme: Scheme = SCHEMES[schemeId];
  const words = headerWords(scheme);
  const origin = opts.origin ?? { row: 1, col: 1 };
  const place = (r: number, c: number): Place => ({ row: opts.rowNumbers?.[r] ?? origin.row + r, col: origin.col + c });
  const where = (p: Place) => (opts.lines ? cycleText("read.line", opts.lang, { line: p.row }) : cellA1(p));
  const out: ReadTable = { source: opts.source, headerRow: 0, columns: {}, rows: [], problems: [], warnings: [] };

  const headerIndex = grid.findIndex((line) => line.some((c) => typeof c === "string" && words.get(normalizeHeader(c)) === "id"));
  if (headerIndex < 0) {
    // The words in the user's script, and English; the others are read too but would look like typos here.
    const idWords = [...new Set([scheme.headers.id[opts.lang], scheme.headers.id.en])].join(" / ");
    out.problems.push({ code: "noIdColumn", source: opts.source, at: place(0, 0), message: cycleText("read.noIdColumn", opts.lang, { words: idWords }) });
    return out;
  }
  out.headerRow = place(headerIndex, 0).row;

  const index: Record<string, number> = {};
  const unknown: string[] = [];
  grid[headerIndex].forEach((c, j) => {
    if (isBlank(c)) return;
    const text = cellText(c)!;
    const key = words.get(normalizeHeader(text));
    if (key === undefined) { unknown.push(text); return; }
    if (key in index) {
      out.warnings.push({ code: "duplicateColumn", source: opts.source, at: place(headerIndex, j),
        message: cycleText("read.duplicateColumn", opts.lang, { header: text, first: where(place(headerIndex, index[key])).replace(/\d+$/, "") }) });
      return;
    }
    index[key] = j;
  });
  for (const [key, j] of Object.entries(index)) out.columns[key] = place(headerIndex, j).col;
  if (unknown.length > 0) {
    out.warnings.push({ code: "unknownColumns", source: opts.source, at: place(headerIndex, 0), message: cycleText("read.unknownColumns", opts.lang, { columns: unknown.join(", ") }) });
  }

  const firstAt = new Map<string, Place>();
  const idCol = index.id;
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const line = grid[i] ?? [];
    if (line.every(isBlank)) continue;
    const at = place(i, idCol);
    const headless = line.map((c, j) => (isBlank(c) || !isBlank(grid[headerIndex][j]) ? -1 : j)).filter((j) => j >= 0);
    if (headless.length > 0) {
      const whereCells = opts.lines ? where(at) : headless.map((j) => where(place(i, j))).join(", ");
      out.warnings.push({ code: "noHeader", source: opts.source, at: place(i, headless[0]), message: cycleText("read.noHeader", opts.lang, { where: whereCells, count: headless.length }) });
    }
    const id = cellText(line[idCol]);
    if (id === null) {
      out.problems.push({ code: "blankId", source: opts.source, at, message: cycleText("read.blankId", opts.lang, { cell: where(at) }) });
      continue;
    }
    const first = firstAt.get(id);
    if (first) {
      out.problems.push({ code: "duplicateId", source: opts.source, at, id, message: cycleText("read.duplicateId", opts.lang, { id, cell: where(at), first: where(first) }) });
      continue;
    }
    firstAt.set(id, at);
    const cells: Record<string, GridCell> = {};
    for (const [key, j] of Object.entries(index)) if (!(EMPLOYEE_KEYS as readonly string[]).includes(key)) cells[key] = line[j];
    out.rows.push({
      id,
      name: index.name === undefined ? null : cellText(line[index.name]),
      dept: index.dept === undefined ? null : cellText(line[index.dept]),
      row: at.row,
      cells,
    });
  }
  return out;
}

/** Where a value came from: its source and cell. */
export interface Origin { source: string; at: Place }

/** An employee as read: roster data, the scheme's inputs by input key, and where each came from. */
export interface Employee {
  id: string;
  name: string | null;
  dept: string | null;
  /** Inputs by the contract's key; absent = blank. */
  values: Record<string, GridCell>;
  /** Where the ID, each input and the department came from (for problem messages). */
  origin?: { id: Origin; values: Record<string, Origin> };
  /** Store: consecutive months in last place before this month (a carry-forward column). */
  previousLast?: GridCell;
}

export interface Merged {
  employees: Employee[];
  problems: ReadProblem[];
  warnings: ReadWarning[];
}

/**
 * Employees from a roster and, optionally, a separate inputs table matched by ID.
 * The roster may hold inputs too; where both have a column, the inputs table wins for
 * the employees it has (a warning names the column). An inputs ID not in the roster is a problem.
 */
export function mergeTables(roster: ReadTable, inputs: ReadTable | undefined, schemeId: SchemeId, lang: Lang): Merged {
  const scheme = SCHEMES[schemeId];
  const problems = [...roster.problems, ...(inputs?.problems ?? [])];
  const warnings = [...roster.warnings, ...(inputs?.warnings ?? [])];
  const byId = new Map(inputs?.rows.map((r) => [r.id, r]) ?? []);
  if (inputs) {
    const ids = new Set(roster.rows.map((r) => r.id));
    for (const r of inputs.rows) {
      if (ids.has(r.id)) continue;
      const at = { row: r.row, col: inputs.columns.id };
      problems.push({ code: "unknownId", source: inputs.source, at, id: r.id, message: cycleText("read.unknownId", lang, { id: r.id, cell: cellA1(at) }) });
    }
    for (const input of scheme.inputs) {
      const col = roster.columns[input.column];
      if (col !== undefined && inputs.columns[input.column] !== undefined) {
        warnings.push({ code: "overridden", source: roster.source, at: { row: roster.headerRow, col }, message: cycleText("read.overridden", lang, { header: scheme.headers[input.column][lang] }) });
      }
    }
  }
  const employees = roster.rows.map((r): Employee => {
    const other = byId.get(r.id);
    const values: Record<string, GridCell> = {};
    const origins: Record<string, Origin> = {};
    for (const input of scheme.inputs) {
      const fromInputs = other && inputs && inputs.columns[input.column] !== undefined;
      const table = fromInputs ? inputs! : roster;
      const row = fromInputs ? other! : r;
      const col = table.columns[input.column];
      if (col === undefined) continue;
      values[input.key] = row.cells[input.column];
      origins[input.key] = { source: table.source, at: { row: row.row, col } };
    }
    if (roster.columns.dept !== undefined) origins.dept = { source: roster.source, at: { row: r.row, col: roster.columns.dept } };
    const e: Employee = { id: r.id, name: r.name, dept: r.dept, values, origin: { id: { source: roster.source, at: { row: r.row, col: roster.columns.id } }, values: origins } };
    if (roster.columns.previousLast !== undefined) e.previousLast = r.cells.previousLast;
    return e;
  });
  return { employees, problems, warnings };
}
