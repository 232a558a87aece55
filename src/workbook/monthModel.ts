/**
 * A month sheet read back (month.ts readMonthSheet) as the cycle sees it: the employees and
 * their inputs read by the header words, evaluated through the rules core, with the cell
 * of every input and result; what last month leaves for the next; the month's state in the
 * evaluation log. Pure: no Office.js (the pane's wizard and the tests use it).
 */
import {
  carryForward, cycleText, evaluateMonth, LOG_COLUMNS, mergeTables, readTable, SCHEMES,
  type Employee, type MonthResult, type Previous, type ReadProblem, type ReadWarning, type SchemeId,
} from "../cycle";
import { cellA1 } from "../forms/address";
import { LANGS, type Lang, type Policy } from "../rules";
import type { MonthSheetRead } from "./month";

export interface SheetMonth {
  month: MonthResult;
  /** The employees as read (their inputs and where each came from). */
  employees: Employee[];
  /** Blank or duplicate IDs on the sheet, with their cells. */
  problems: ReadProblem[];
  warnings: ReadWarning[];
  /** Sheet row of each employee, by ID. */
  rowOf: Map<string, number>;
  /** Sheet column of each month-sheet column key found (inputs, results, carry-forward). */
  colOf: Record<string, number>;
  sheet: string;
  locked: boolean;
}

export interface MonthKey { scheme: SchemeId; month: string; lang: Lang; policy: Policy }

/** The month on its sheet, evaluated by the core. */
export function monthFromSheet(read: MonthSheetRead, key: MonthKey): SheetMonth {
  const table = readTable(read.values as never, key.scheme, { lang: key.lang, source: read.sheet, origin: read.origin });
  const merged = mergeTables(table, undefined, key.scheme, key.lang);
  // Last month's score is a column of the sheet (written when the month was created).
  const previous: Previous = new Map(table.rows.map((r) => {
    const v = r.cells.previousScore;
    return [r.id, { mainScore: typeof v === "number" ? v : null }];
  }));
  const month = evaluateMonth(merged.employees, { ...key, previous });
  return {
    month, employees: merged.employees, problems: merged.problems, warnings: merged.warnings,
    rowOf: new Map(table.rows.map((r) => [r.id, r.row])), colOf: table.columns, sheet: read.sheet, locked: read.locked,
  };
}

/** The A1 address of an employee's cell in a column (an input, a result), if both are on the sheet. */
export function cellOf(m: SheetMonth, id: string, column: string): string | undefined {
  const row = m.rowOf.get(id);
  const col = m.colOf[column];
  return row === undefined || col === undefined ? undefined : cellA1({ row, col });
}

/** The sheet column key of an input key (fault1 → f1). */
export function columnOfInput(scheme: SchemeId, key: string): string | undefined {
  return SCHEMES[scheme].inputs.find((i) => i.key === key)?.column;
}

/** What a month leaves for the next one (EVALUATION.md carry-forward), from its sheet. */
export function previousFromSheet(read: MonthSheetRead, key: MonthKey): Previous {
  return carryForward(monthFromSheet(read, key).month);
}

export interface LogState {
  action: "finalize" | "reopen";
  at: string;
  by: string;
  reason: string;
}

const cellText = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The month's last row in the evaluation log (header first), whatever language it was written in; none: never finalized. */
export function logState(log: readonly (readonly unknown[])[] | null, scheme: SchemeId, month: string): LogState | undefined {
  if (!log) return undefined;
  const at = (k: (typeof LOG_COLUMNS)[number]) => LOG_COLUMNS.indexOf(k);
  const names = new Set(LANGS.map((l) => SCHEMES[scheme].name[l]));
  const finalized = new Set(LANGS.map((l) => cycleText("log.finalize", l)));
  let last: LogState | undefined;
  for (const row of log.slice(1)) {
    if (!names.has(cellText(row[at("scheme")])) || cellText(row[at("month")]) !== month) continue;
    last = {
      action: finalized.has(cellText(row[at("action")])) ? "finalize" : "reopen",
      at: cellText(row[at("at")]), by: cellText(row[at("by")]), reason: cellText(row[at("reason")]),
    };
  }
  return last;
}
