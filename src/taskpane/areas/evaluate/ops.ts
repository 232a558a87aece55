/**
 * What the wizard does with the workbook and the rules core. Loaded when the user first
 * starts an operation (./load.ts): the cycle module, the forms library and the writers
 * stay out of the area's first screen. Every rule is the cycle's (src/cycle); every
 * write is the month writer's (src/workbook/month.ts).
 */
import {
  cycleText, delimiterOf, EMPLOYEE_KEYS, evaluateMonth, finalizeMonth, inputValue, localDateTime, mergeTables, parseDelimited, previousMonth,
  readTable, reopenMonth, SCHEMES, SHEET_WORD,
  type Employee, type Exclusion, type FinalizeProblem, type InputDef, type MonthResult, type Previous, type ReadTable, type SchemeId,
} from "../../../cycle";
import { cellA1, parseRange } from "../../../forms/address";
import { COMMON_STRINGS } from "../../../forms/layout";
import { FORMS } from "../../../forms";
import type { Bound } from "../../../forms/types";
import { BY_ID, display, explainTrace, format, type Lang } from "../../../rules";
import { functionName } from "../../../functions/metadata";
import {
  createMonthSheet, finalizeMonthSheet, readMonthSheet, reopenMonthSheet, writeInput, writeSummary,
  type CreatedMonth, type MonthSheetRead, type XMonthContext,
} from "../../../workbook/month";
import { cellOf, columnOfInput, logState, monthFromSheet, previousFromSheet, type LogState, type MonthKey, type SheetMonth } from "../../../workbook/monthModel";
import { splitAddress } from "../../address";
import type { PaneContext, PRange } from "../../excel";
import type { RunBatch } from "../../host";

const monthContext = (context: PaneContext) => context as unknown as XMonthContext;

// ── Start ─────────────────────────────────────────────────────────────────────────────────────
export type RosterSource = { kind: "selection" } | { kind: "previous" } | { kind: "paste"; text: string };

export interface RosterProblem { message: string; sheet?: string; cell?: string }

export interface RosterRead {
  employees: Employee[];
  /** Where the roster came from: "名单!A3:C43", last month's sheet, or the pasted text. */
  where: string;
  /** The sheet the roster was read from (problems select their cells there). */
  sheet?: string;
  problems: RosterProblem[];
  warnings: string[];
  /** Input columns the roster holds too (written into the month sheet). */
  inputColumns: number;
  /** Carry-forward from last month's sheet (EVALUATION.md), when it exists. */
  previous?: Previous;
  previousSheet?: string;
}

/** The selected range (or, for one cell, its sheet's used range) as values: one sync. */
async function readSelection(context: PaneContext): Promise<{ sheet: string; origin: { row: number; col: number }; values: unknown[][] } | undefined> {
  const sel: PRange = context.workbook.getSelectedRange();
  sel.load("address");
  const ws = context.workbook.worksheets.getActiveWorksheet() as unknown as { name: string; load(p: string): unknown; getUsedRangeOrNullObject(valuesOnly?: boolean): PRange };
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("isNullObject, values, rowIndex, columnIndex");
  await context.sync();
  if (used.isNullObject) return undefined;
  const { range } = splitAddress(sel.address);
  const box = { top: used.rowIndex + 1, left: used.columnIndex + 1, bottom: used.rowIndex + used.values.length, right: used.columnIndex + (used.values[0]?.length ?? 0) };
  // One cell: the whole roster around it (its sheet's used range); a range: the part of it that holds something.
  const picked = range.includes(":") ? parseRange(range) : box;
  const top = Math.max(box.top, picked.top);
  const left = Math.max(box.left, picked.left);
  const bottom = Math.min(box.bottom, picked.bottom);
  const right = Math.min(box.right, picked.right);
  if (top > bottom || left > right) return undefined;
  const values = used.values.slice(top - box.top, bottom - box.top + 1).map((r) => r.slice(left - box.left, right - box.left + 1));
  return { sheet: ws.name, origin: { row: top, col: left }, values };
}

/** Read the roster from the chosen source, and last month's carry-forward when its sheet exists. */
export async function readRoster(run: RunBatch | undefined, key: MonthKey, source: RosterSource, names: { pasted: string; selection: string }): Promise<RosterRead> {
  const { scheme, lang } = key;
  const last: MonthKey = { ...key, month: previousMonth(key.month) };
  const lastRead = run ? await run((context) => readMonthSheet(monthContext(context), scheme, last.month)) : null;
  const previous = lastRead ? previousFromSheet(lastRead, last) : undefined;
  let table: ReadTable;
  let sheet: string | undefined;
  let where: string;
  if (source.kind === "paste") {
    const grid = parseDelimited(source.text, delimiterOf(source.text));
    table = readTable(grid.grid, scheme, { lang, source: names.pasted, rowNumbers: grid.rowNumbers, lines: true });
    where = names.pasted;
  } else if (source.kind === "previous") {
    if (!lastRead) throw new Error("no previous month sheet");
    table = readTable(lastRead.values as never, scheme, { lang, source: lastRead.sheet, origin: lastRead.origin });
    // Last month gives the people, not their inputs: this month starts blank (carry-forward aside).
    table = { ...table, columns: Object.fromEntries(Object.entries(table.columns).filter(([k]) => (EMPLOYEE_KEYS as readonly string[]).includes(k))), rows: table.rows.map((r) => ({ ...r, cells: {} })) };
    sheet = lastRead.sheet;
    where = lastRead.sheet;
  } else {
    if (!run) throw new Error("no workbook");
    const sel = await run(readSelection);
    if (!sel) return { employees: [], where: names.selection, problems: [], warnings: [], inputColumns: 0, previous, previousSheet: lastRead?.sheet };
    table = readTable(sel.values as never, scheme, { lang, source: sel.sheet, origin: sel.origin });
    sheet = sel.sheet;
    const height = sel.values.length;
    const width = sel.values[0]?.length ?? 0;
    where = `${sel.sheet}!${cellA1(sel.origin)}:${cellA1({ row: sel.origin.row + height - 1, col: sel.origin.col + width - 1 })}`;
  }
  const merged = mergeTables(table, undefined, scheme, lang);
  const inputColumns = SCHEMES[scheme].inputs.filter((i) => table.columns[i.column] !== undefined).length;
  return {
    employees: merged.employees, where, sheet, inputColumns, previous, previousSheet: lastRead?.sheet,
    problems: merged.problems.map((p) => ({ message: p.message, sheet: source.kind === "paste" ? undefined : sheet, cell: source.kind === "paste" ? undefined : cellA1(p.at) })),
    warnings: merged.warnings.map((w) => w.message),
  };
}

// ── Create ────────────────────────────────────────────────────────────────────────────────────
/** The policy sheet as the pane's policy source knows it. */
export interface PolicyPlace { name: string; layout: "current" | "older" }

/** The month through the core, carry-forward included (what Create writes). */
export function evaluateRoster(key: MonthKey, roster: RosterRead): MonthResult {
  return evaluateMonth(roster.employees, { ...key, previous: roster.previous });
}

/** Create the month's sheet, or open it when it exists. */
export async function createMonth(run: RunBatch, month: MonthResult, policySheet: PolicyPlace | null): Promise<CreatedMonth> {
  return run((context) => createMonthSheet(monthContext(context), month, { policySheet }));
}

/** Open the month's existing sheet: the writer finds its table, shows it and writes nothing. */
export async function openMonth(run: RunBatch, key: MonthKey): Promise<CreatedMonth> {
  return run((context) => createMonthSheet(monthContext(context), evaluateMonth([], key)));
}

// ── Enter and review ──────────────────────────────────────────────────────────────────────────
export interface MonthView extends SheetMonth {
  key: MonthKey;
  /** The month's last row in the evaluation log (finalized or reopened). */
  log?: LogState;
  sheets: string[];
}

/** The month read back (at most two syncs) and evaluated through the core. */
export async function readMonth(run: RunBatch, key: MonthKey): Promise<MonthView | null> {
  const read: MonthSheetRead | null = await run((context) => readMonthSheet(monthContext(context), key.scheme, key.month));
  if (!read) return null;
  return { ...monthFromSheet(read, key), key, log: logState(read.log, key.scheme, key.month), sheets: read.sheets };
}

/** The sheet cell of an employee's input (by input key) or result column. */
export function inputCell(view: MonthView, id: string, inputKey: string): string | undefined {
  const column = columnOfInput(view.key.scheme, inputKey);
  return column === undefined ? undefined : cellOf(view, id, column);
}

/**
 * The sheet's own check of an input column (its data validation: a whole or decimal number
 * within bounds written as numbers or policy values), as a message; undefined when it passes.
 * Bounds that are formulas over the policy's tables (field items) are the core's checks too.
 */
function sheetCheck(key: MonthKey, def: InputDef, value: unknown): string | undefined {
  const rule = FORMS[SCHEMES[key.scheme].form].roster?.columns.find((c) => c.key === def.column)?.rule;
  if (!rule || (rule.kind !== "whole" && rule.kind !== "decimal") || typeof value !== "number") return undefined;
  const bound = (b: Bound | undefined) => {
    const v = b === undefined ? undefined : typeof b === "number" ? b : "policy" in b ? (key.policy.values[b.policy] as unknown) : undefined;
    return typeof v === "number" ? v : undefined;
  };
  const [min, max] = [bound(rule.min), bound(rule.max)];
  const allowed = max === undefined ? `≥ ${min ?? 0}` : `${min ?? 0}–${max}`;
  const field = `${SCHEMES[key.scheme].headers[def.column][key.lang]}${key.lang === "en" ? ": " : "："}`;
  if (rule.kind === "whole" && !Number.isInteger(value)) return field + format("error.notWhole", key.lang, { given: value, allowed });
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) return field + format("error.outOfRange", key.lang, { given: value, allowed });
  return undefined;
}

/**
 * What a typed value is as an input (the cycle's reading), and whether it may be written:
 * the sheet's data validation and the core's check for this employee (their message names
 * the field, what was given and what is allowed).
 */
export function checkInput(view: MonthView, id: string, inputKey: string, text: string): { value: string | number | boolean | null; problem?: string } {
  const def = SCHEMES[view.key.scheme].inputs.find((i) => i.key === inputKey);
  if (!def) throw new Error(`no input ${inputKey}`);
  const value = inputValue(text, def.kind) as string | number | boolean | null;
  const employees = view.employees.filter((e) => e.id === id).map((e) => ({ ...e, values: { ...e.values, [inputKey]: value } }));
  const row = evaluateMonth(employees, view.key).rows[0];
  const problem = row?.problems.find((p) => p.key === inputKey && p.code === "value")?.message ?? sheetCheck(view.key, def, value);
  return { value, problem };
}

/** Write one input: numbers as numbers, a tick as the sheet's ✓ or blank. One sync. */
export async function saveInput(run: RunBatch, view: MonthView, cell: string, value: string | number | boolean | null): Promise<void> {
  const written = typeof value === "boolean" ? (value ? COMMON_STRINGS.tick[view.key.lang] : null) : value;
  await run((context) => writeInput(monthContext(context), view.sheet, cell, written));
}

export interface StepLine { rule: string; text: string; value: string }
export interface CallLine { name: string; value: string; steps: StepLine[] }

/**
 * How the core reached an employee's results: each catalogue call with its steps. Traces are
 * kept for this employee only (for the store, the ranking group they are ranked in).
 */
export function explanation(view: MonthView, id: string, lang: Lang): CallLine[] {
  const emp = view.employees.find((e) => e.id === id);
  if (!emp) return [];
  const group = view.key.scheme !== "store" ? [emp] : view.month.rankedByDept ? view.employees.filter((e) => e.dept === emp.dept) : view.employees;
  const row = evaluateMonth(group, { ...view.key, explain: true }).rows.find((r) => r.id === id);
  return (row?.calls ?? []).map((c) => {
    const spec = BY_ID.get(c.fn);
    const ex = explainTrace(c.trace, lang);
    return {
      name: spec ? `HR.${functionName(spec, lang)}` : c.fn,
      value: display(c.value, lang),
      steps: ex.steps.map((s) => ({ rule: s.rule, text: s.text, value: s.value })),
    };
  });
}

/** The summary sheet's name for this month (the pane asks before replacing it). */
export function summaryName(view: MonthView): string {
  const { scheme, month, lang } = view.key;
  return cycleText("sheet.summary", lang, { scheme: SHEET_WORD[scheme][lang], month });
}

/** Review: the summary sheet with its chart (our own replaced), shown. */
export async function makeSummary(run: RunBatch, view: MonthView, now: Date): Promise<{ sheet: string; replaced: boolean }> {
  return run((context) => writeSummary(monthContext(context), view.month, localDateTime(now)));
}

// ── Finalize and reopen ───────────────────────────────────────────────────────────────────────
/** What stands in the way of finalizing (the name aside), with the cells to fix. */
export function blockers(view: MonthView, excluded: readonly Exclusion[]): (FinalizeProblem & { cell?: string })[] {
  const r = finalizeMonth(view.month, { by: "-", at: "", excluded });
  if (r.ok) return [];
  return r.problems.map((p) => ({ ...p, cell: p.id === undefined ? undefined : (p.key !== undefined && inputCell(view, p.id, p.key)) || cellOf(view, p.id, "id") }));
}

export type FinalizeOutcome = { ok: true; payList?: string; log: string } | { ok: false; problems: FinalizeProblem[] };

export async function finalize(run: RunBatch, view: MonthView, by: string, excluded: readonly Exclusion[], now: Date): Promise<FinalizeOutcome> {
  const final = finalizeMonth(view.month, { by, at: localDateTime(now), excluded });
  if (!final.ok) return final;
  const done = await run((context) => finalizeMonthSheet(monthContext(context), view.month, final));
  return { ok: true, payList: done.payList, log: done.log };
}

export async function reopen(run: RunBatch, view: MonthView, by: string, reason: string, now: Date): Promise<{ ok: true } | { ok: false; problems: FinalizeProblem[] }> {
  const { scheme, month, lang, policy } = view.key;
  const r = reopenMonth({ scheme, month, policyVersion: policy.version, by, reason, at: localDateTime(now), lang });
  if (!r.ok) return r;
  await run((context) => reopenMonthSheet(monthContext(context), scheme, month, r.log, lang, policy));
  return { ok: true };
}

// ── What the steps show (view models; the scheme's words come from the cycle) ─────────────────
export interface FieldView {
  /** Input key (fault1, totalPay …). */
  key: string;
  label: string;
  tick: boolean;
  /** As the sheet holds it: the cell's text for a number, checked for a tick. */
  text: string;
  checked: boolean;
  required: boolean;
  cell?: string;
  /** F-7: the repeat tick that belongs to this count (fault k ↔ repeated k). */
  repeat?: FieldView;
}

/** A rate as HR types it, "80%" for 0.8 (read back as 0.8: EVALUATION.md allows "80%"); digits without grouping, as typed. */
const RATE_TEXT = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 4, useGrouping: false });

/** An employee's inputs as fields, each repeat tick beside its count. */
export function fieldsOf(view: MonthView, id: string, lang: Lang): FieldView[] {
  const scheme = SCHEMES[view.key.scheme];
  const emp = view.employees.find((e) => e.id === id);
  const field = (key: string): FieldView => {
    const def = scheme.inputs.find((i) => i.key === key)!;
    const raw = emp?.values[key];
    const tick = def.kind === "tick";
    return {
      key, label: scheme.headers[def.column][lang], tick, required: def.required === true, cell: inputCell(view, id, key),
      text: raw === null || raw === undefined || tick ? "" : def.kind === "rate" && typeof raw === "number" ? RATE_TEXT.format(raw) : String(raw),
      checked: tick && inputValue(raw ?? null, "tick") === true,
    };
  };
  const from = scheme.repeats?.from;
  return scheme.inputs.filter((i) => !/^repeated\d+$/.test(i.key)).map((i) => {
    const k = from ? new RegExp(`^${from}(\\d+)$`).exec(i.key)?.[1] : undefined;
    const repeat = k !== undefined && scheme.inputs.some((x) => x.key === `repeated${k}`) ? field(`repeated${k}`) : undefined;
    return { ...field(i.key), repeat };
  });
}

const numberText = (v: number, kind: string, lang: Lang) =>
  new Intl.NumberFormat(lang, kind === "money" ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 2 }).format(v);

/** A flag: its rule, its text ("F-3: …"), the text without the rule (shown beside a badge of it), its cell. */
export interface FlagView { id: string; name: string; rule: string; text: string; detail: string; sheet: string; cell?: string }

/** Every flag of the month, with the cell it is about (the input, else the main score, else the ID). */
export function flagsOf(view: MonthView): FlagView[] {
  const scheme = SCHEMES[view.key.scheme];
  const main = scheme.results.find((r) => r.key === scheme.mainScore)?.column;
  return view.month.rows.flatMap((r) => r.flags.map((f) => {
    const cell = (f.key !== undefined ? inputCell(view, r.id, f.key) ?? (f.key === "dept" ? cellOf(view, r.id, "dept") : undefined) : undefined)
      ?? (main ? cellOf(view, r.id, main) : undefined) ?? cellOf(view, r.id, "id");
    const detail = f.text.startsWith(`${f.rule}: `) ? f.text.slice(f.rule.length + 2) : f.text;
    return { id: r.id, name: r.name ?? "", rule: f.rule, text: f.text, detail, sheet: view.sheet, cell };
  }));
}

export interface EmployeeView {
  id: string;
  name: string;
  dept: string;
  complete: boolean;
  results: { label: string; value: string }[];
  previous?: string;
  flags: FlagView[];
  /** The employee's row: the cell to select (its first input). */
  cell?: string;
}

/** One employee as the Enter step shows them: results by the core, flags, last month's score. */
export function employeeOf(view: MonthView, index: number, lang: Lang, yesNo: [string, string]): EmployeeView | undefined {
  const r = view.month.rows[index];
  if (!r) return undefined;
  const scheme = SCHEMES[view.key.scheme];
  const shown = (v: unknown, kind: string) => (typeof v === "number" ? numberText(v, kind, lang) : typeof v === "boolean" ? (v ? yesNo[0] : yesNo[1]) : "—");
  return {
    id: r.id, name: r.name ?? "", dept: r.dept ?? "", complete: r.complete,
    results: scheme.results.map((d) => ({ label: scheme.headers[d.column][lang], value: shown(r.results[d.key], d.kind) })),
    previous: r.previousScore === null ? undefined : numberText(r.previousScore, "score", lang),
    flags: flagsOf({ ...view, month: { ...view.month, rows: [r] } }),
    cell: inputCell(view, r.id, scheme.inputs[0].key),
  };
}

/** The index of the employee on this sheet row, if the row is an employee's. */
export function indexOfRow(view: MonthView, row: number): number | undefined {
  const id = [...view.rowOf].find(([, r]) => r === row)?.[0];
  const i = id === undefined ? -1 : view.month.rows.findIndex((r) => r.id === id);
  return i < 0 ? undefined : i;
}

export interface RankLine { place: number; id: string; name: string; dept: string; score: string; cell?: string }

/** The ranking by the main score, best first; ties share a place (store: the core's place within each department). */
export function rankingOf(view: MonthView, lang: Lang): { label: string; byDept: boolean; lines: RankLine[] } | undefined {
  const scheme = SCHEMES[view.key.scheme];
  const main = scheme.results.find((r) => r.key === scheme.mainScore);
  if (!main) return undefined;
  const scored = view.month.rows.filter((r) => typeof r.results[main.key] === "number");
  const score = (r: (typeof scored)[number]) => r.results[main.key] as number;
  const byDept = view.month.rankedByDept;
  const place = (r: (typeof scored)[number]) => (typeof r.results.rank === "number" ? r.results.rank : scored.filter((o) => score(o) > score(r)).length + 1);
  const lines = scored.map((r) => ({ place: place(r), id: r.id, name: r.name ?? "", dept: r.dept ?? "", score: numberText(score(r), "score", lang), cell: cellOf(view, r.id, main.column), raw: score(r) }))
    .sort((a, b) => (byDept ? a.dept.localeCompare(b.dept) : 0) || a.place - b.place || b.raw - a.raw)
    .map(({ raw: _raw, ...line }) => line);
  return { label: scheme.headers[main.column][lang], byDept, lines };
}

/** The summary's figures (the cycle's words) and bands. */
export function summaryLines(view: MonthView, lang: Lang): { figures: { label: string; value: string }[]; bands: { label: string; count: number }[]; bandsTitle?: string } {
  const s = view.month.summary;
  const scheme = SCHEMES[view.key.scheme];
  const main = scheme.results.find((r) => r.key === scheme.mainScore);
  const n = (v: number | null, kind: string) => (v === null ? "—" : numberText(v, kind, lang));
  const figures = [
    ...(main ? (["average", "median", "min", "max"] as const).map((k) => ({ label: cycleText(`summary.${k}`, lang), value: n(s[k], "score") })) : []),
    ...(scheme.money.length > 0 ? [{ label: cycleText("summary.totalPay", lang), value: n(s.totalPay, "money") }] : []),
  ];
  return { figures, bands: s.bands.map((b) => ({ label: b.label, count: b.count })), bandsTitle: main && cycleText("summary.bands", lang, { score: scheme.headers[main.column][lang] }) };
}

/** The employee names of the IDs the finalize step lists. */
export function nameOf(view: MonthView, id: string): string {
  return view.month.rows.find((r) => r.id === id)?.name ?? "";
}
