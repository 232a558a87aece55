/**
 * Signing a month off (EVALUATION.md, "Finalizing a month"): the canonical input
 * record and its SHA-256, the finalize and reopen rows of the evaluation log
 * (考核记录), the pay list. Finalizing is refused while an employee is
 * incomplete or has an input problem, unless HR excludes them with a reason.
 */
import type { Lang, Raw } from "../rules";
import { summaryOf, type EmployeeResult, type MonthResult } from "./evaluate";
import { cycleText } from "./messages";
import { SCHEMES, type SchemeId } from "./schemes";
import { sha256Hex } from "./sha256";

/**
 * The canonical input record: a JSON array, in roster order, of [id, value…] with
 * the scheme's inputs in the contract's order; numbers in shortest form, blanks
 * null, booleans true/false, no spaces. A tick column holds booleans only (a
 * blank tick is FALSE, FUNCTIONS.md), so a record read back from a sheet, where
 * an unticked cell is empty, hashes the same as the file it was made from.
 */
export function canonicalRecord(month: MonthResult): string {
  const scheme = SCHEMES[month.scheme];
  const line = (r: EmployeeResult) => [r.id, ...scheme.inputs.map((def) => {
    const v = r.inputs[def.key] as Raw;
    if (def.kind === "tick") return v === true;
    return v === undefined || Array.isArray(v) ? null : Object.is(v, -0) ? 0 : v;
  })];
  return JSON.stringify(month.rows.map(line));
}

export function inputsSha256(month: MonthResult): string {
  return sha256Hex(canonicalRecord(month));
}

export interface Exclusion { id: string; reason: string }

export interface LogRow {
  action: "finalize" | "reopen";
  scheme: SchemeId;
  month: string;
  policyVersion: string;
  /** Finalize: employees signed off (excluded ones not counted). */
  employees: number | null;
  excluded: Exclusion[];
  average: number | null;
  totalPay: number | null;
  /** Local date-time, "YYYY-MM-DD HH:mm". */
  at: string;
  by: string;
  /** Reopen: why. */
  reason: string | null;
  inputsSha256: string | null;
}

export interface PayRow { id: string; name: string | null; dept: string | null; amounts: Record<string, number> }

/** What stands in the way of finalizing: a message, and the employee and input it is about. */
export interface FinalizeProblem { message: string; id?: string; key?: string }

export type Finalized = { ok: true; log: LogRow; payList: PayRow[] } | { ok: false; problems: FinalizeProblem[] };

const pad = (n: number) => String(n).padStart(2, "0");

/** A date-time as HR reads it: local "YYYY-MM-DD HH:mm". */
export function localDateTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Finalize a month: the log row and the pay list, or the list of what stands in the way. */
export function finalizeMonth(month: MonthResult, opts: { excluded?: readonly Exclusion[]; by: string; at: string }): Finalized {
  const lang = month.lang;
  const scheme = SCHEMES[month.scheme];
  const problems: FinalizeProblem[] = [];
  const excluded = new Map<string, string>();
  const ids = new Set(month.rows.map((r) => r.id));
  for (const x of opts.excluded ?? []) {
    if (!ids.has(x.id)) problems.push({ message: cycleText("finalize.unknownExcluded", lang, { id: x.id }) });
    else if (x.reason.trim() === "") problems.push({ id: x.id, message: cycleText("finalize.noReason", lang, { id: x.id }) });
    else excluded.set(x.id, x.reason.trim());
  }
  if (opts.by.trim() === "") problems.push({ message: cycleText("finalize.noBy", lang) });
  const included = month.rows.filter((r) => !excluded.has(r.id));
  for (const r of included) problems.push(...blockers(r, scheme.money, lang));
  if (problems.length > 0) return { ok: false, problems };

  const summary = summaryOf(included, month);
  const log: LogRow = {
    action: "finalize", scheme: month.scheme, month: month.month, policyVersion: month.policy.version,
    employees: included.length, excluded: [...excluded].map(([id, reason]) => ({ id, reason })),
    average: summary.average, totalPay: summary.totalPay, at: opts.at, by: opts.by.trim(), reason: null,
    inputsSha256: inputsSha256(month),
  };
  const payList = scheme.money.length === 0 ? [] : included.map((r) => ({
    id: r.id, name: r.name, dept: r.dept,
    amounts: Object.fromEntries(scheme.money.map((k) => [k, r.results[k] as number])),
  }));
  return { ok: true, log, payList };
}

/** Why an employee stops the month from being finalized (none when complete with every money result). */
function blockers(r: EmployeeResult, money: readonly string[], lang: Lang): FinalizeProblem[] {
  const who = { id: r.id, name: r.name ?? "" };
  const out: FinalizeProblem[] = r.problems.map((p) => ({
    id: r.id, key: p.key,
    message: p.code === "missing" ? cycleText("finalize.incomplete", lang, { ...who, fields: p.message }) : cycleText("finalize.problem", lang, { ...who, problem: `${p.rule}: ${p.message}` }),
  }));
  if (r.complete && money.some((k) => r.results[k] === null)) {
    for (const f of r.flags) out.push({ id: r.id, message: cycleText("finalize.problem", lang, { ...who, problem: f.text }) });
  }
  return out;
}

/** Reopen a finalized month: a log row saying who and why. */
export function reopenMonth(opts: { scheme: SchemeId; month: string; policyVersion: string; by: string; reason: string; at: string; lang: Lang }):
  { ok: true; log: LogRow } | { ok: false; problems: FinalizeProblem[] } {
  const problems: FinalizeProblem[] = [];
  if (opts.by.trim() === "") problems.push({ message: cycleText("finalize.noReopenBy", opts.lang) });
  if (opts.reason.trim() === "") problems.push({ message: cycleText("finalize.noReopenReason", opts.lang) });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    log: {
      action: "reopen", scheme: opts.scheme, month: opts.month, policyVersion: opts.policyVersion, employees: null, excluded: [],
      average: null, totalPay: null, at: opts.at, by: opts.by.trim(), reason: opts.reason.trim(), inputsSha256: null,
    },
  };
}

/** The log's columns, in order. */
export const LOG_COLUMNS = ["action", "scheme", "month", "policyVersion", "employees", "excluded", "average", "totalPay", "at", "by", "reason", "inputsSha256"] as const;

/** A log row as the sheet shows it, one cell per LOG_COLUMNS entry. */
export function logCells(row: LogRow, lang: Lang): (string | number | null)[] {
  const sep = lang === "en" ? "; " : "；";
  const colon = lang === "en" ? ": " : "：";
  const cells: Record<(typeof LOG_COLUMNS)[number], string | number | null> = {
    action: cycleText(row.action === "finalize" ? "log.finalize" : "log.reopen", lang),
    scheme: SCHEMES[row.scheme].name[lang],
    month: row.month, policyVersion: row.policyVersion, employees: row.employees,
    excluded: row.excluded.length === 0 ? null : row.excluded.map((x) => `${x.id}${colon}${x.reason}`).join(sep),
    average: row.average, totalPay: row.totalPay, at: row.at, by: row.by, reason: row.reason, inputsSha256: row.inputsSha256,
  };
  return LOG_COLUMNS.map((c) => cells[c]);
}
