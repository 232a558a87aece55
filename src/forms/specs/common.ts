/** Building blocks for form specs (they still produce plain data). */
import { colLetter } from "../address";
import type { CellSpec, FormSpec, GroupHeader, InputRule, Localized, RosterColumn } from "../types";

import { L } from "../../rules";

export { L };

/** Width units the policy version line needs ("规则版本 2026.1（发布 2026-11-01）" at 10 pt). */
const VERSION_UNITS = 30;

/** How many columns from A it takes to reach `units` of width (at least one). */
function columnsFor(widths: readonly number[], units: number, from = 1): number {
  let w = 0;
  let c = from;
  while (c <= widths.length && w < units) w += widths[c++ - 1] + 1;
  return Math.max(from, c - 1);
}

/**
 * Row 1: the title; row 2: the policy version (L-7) and the live policy check, which
 * takes the rest of the row and wraps, so a long problem prints whole.
 */
export function head(title: Localized, widths: readonly number[]): CellSpec[] {
  const last = colLetter(widths.length);
  const split = Math.min(columnsFor(widths, VERSION_UNITS), widths.length - 1);
  return [
    { at: "A1", to: `${last}1`, c: { t: "label", text: title }, style: "title" },
    { at: "A2", to: split > 1 ? `${colLetter(split)}2` : undefined, c: { t: "policyVersion" } },
    { at: `${colLetter(split + 1)}2`, to: split + 1 < widths.length ? `${last}2` : undefined, c: { t: "policyCheck" } },
  ];
}

/** A form whose first two rows are its title (over its columns) and the policy version. */
export function withHead(spec: FormSpec): FormSpec {
  const widths = spec.roster ? spec.roster.columns.map((c) => c.width) : spec.widths;
  return { ...spec, cells: [...head(spec.title, widths), ...spec.cells] };
}

/** A label cell and its input cell (optionally merged to `to`). */
export function field(labelAt: string, label: Localized, at: string, rule: InputRule, key?: string, to?: string): CellSpec[] {
  return [
    { at: labelAt, c: { t: "label", text: label } },
    { at, to, key, c: { t: "input", rule } },
  ];
}

export function label(at: string, text: Localized, style: CellSpec["style"] = "label", to?: string): CellSpec {
  return { at, to, c: { t: "label", text }, style };
}

export function formula(at: string, f: string | Localized, key?: string, fmt?: CellSpec["fmt"], to?: string, style?: CellSpec["style"]): CellSpec {
  return { at, to, key, c: { t: "formula", f }, fmt, style };
}

export function input(at: string, rule: InputRule, key?: string, to?: string, fmt?: CellSpec["fmt"]): CellSpec {
  return { at, to, key, c: { t: "input", rule }, fmt };
}

export const TEXT: InputRule = { kind: "text" };
export const DATE: InputRule = { kind: "date" };
export const TICK: InputRule = { kind: "tick" };
export const YESNO: InputRule = { kind: "yesNo" };
export const COUNT: InputRule = { kind: "whole", min: 0, max: 31 };
export const SCORE: InputRule = { kind: "decimal", min: 0, max: { policy: "score.full" } };
export const MONEY: InputRule = { kind: "decimal", min: 0 };
/** Days of one absence (F-4): 0–31, half days allowed. */
export const ABSENCE: InputRule = { kind: "decimal", min: 0, max: 31 };

export const W = {
  no: L("序号", "序號", "No."),
  id: L("工号", "工號", "ID"),
  name: L("姓名", "姓名", "Name"),
  dept: L("部门", "部門", "Department"),
  region: L("区域", "區域", "Region"),
  post: L("职务", "職務", "Post"),
  month: L("考核月份", "考核月份", "Month"),
  date: L("日期", "日期", "Date"),
  evaluator: L("考核人", "考核人", "Evaluator"),
  remarks: L("备注", "備註", "Remarks"),
  daily: L("日常工作得分", "日常工作得分", "Daily-work score"),
  absences: L("缺勤（天，每次一格）", "缺勤（天，每次一格）", "Absences (days, one cell each)"),
  attendance: L("出勤得分", "出勤得分", "Attendance score"),
  monthly: L("月度得分", "月度得分", "Monthly score"),
  hr: L("人事部", "人事部", "HR"),
};

/** Roles of a sign-off line: "who (what, rule)". */
export const role = (zhCN: string, zhTW: string, en: string): Localized => L(zhCN, zhTW, en);

/** The common head of an employee roster: No., ID, name, region (data). The No. column is set by `rowGuarded`. */
export function employeeColumns(third: Localized = W.region): RosterColumn[] {
  return [
    { key: "no", header: W.no, width: 4, kind: "formula", fmt: "int" },
    { key: "id", header: W.id, width: 7.5, kind: "data" },
    { key: "name", header: W.name, width: 9, kind: "data" },
    { key: "dept", header: third, width: 7, kind: "data" },
  ];
}

/**
 * Blank means blank: a roster row shows nothing until it has an employee (a data cell)
 * or an input. The No. column counts used rows only (from the column's first cell, also
 * inside a table); every other formula column is empty while No. is.
 */
export function rowGuarded(columns: readonly RosterColumn[]): RosterColumn[] {
  const runs: string[] = [];
  for (let i = 0; i < columns.length; ) {
    if (columns[i].kind === "formula") { i++; continue; }
    let j = i;
    while (j + 1 < columns.length && columns[j + 1].kind !== "formula") j++;
    runs.push(i === j ? `{${columns[i].key}}` : `{${columns[i].key}:${columns[j].key}}`);
    i = j + 1;
  }
  const anchor = columns.find((c) => c.kind !== "formula")!.key;
  const used = runs.map((r) => `COUNTA(${r})`).join("+");
  return columns.map((c) => {
    if (c.key === "no") return { ...c, f: `IF(${used}=0,"",ROW()-ROW(INDEX({${anchor}:col},1,1))+1)` };
    return c.kind === "formula" ? { ...c, f: `IF({no}="","",${c.f})` } : c;
  });
}

/** The group header over the summary of an F-3 evaluation: its weights and scale, live. */
export const MONTHLY_GROUP: GroupHeader = {
  f: L(`"月度得分（F-3）= 日常工作 × "&$monthly.dailyWeight*100&"% + 出勤 × "&$monthly.attendanceWeight*100&"%，满分 "&$score.full`,
    `"月度得分（F-3）= 日常工作 × "&$monthly.dailyWeight*100&"% + 出勤 × "&$monthly.attendanceWeight*100&"%，滿分 "&$score.full`,
    `"Monthly (F-3) = daily work × "&$monthly.dailyWeight*100&"% + attendance × "&$monthly.attendanceWeight*100&"%, out of "&$score.full`),
};

/** F-4 absences (inputs), one cell each. */
export function absenceColumns(): RosterColumn[] {
  return [1, 2, 3, 4].map((i): RosterColumn => ({ key: `a${i}`, group: W.absences, header: L(`缺${i}`, `缺${i}`, `Abs${i}`), width: 3.5, kind: "input", rule: ABSENCE, fmt: "general" }));
}

/** F-4 attendance score and F-3 monthly score from `daily` (the summary's last two columns). */
export function attendanceColumns(dailyKey: string): RosterColumn[] {
  const rounded = [1, 2, 3, 4].map((i) => `ROUNDUP({a${i}}/$attendance.dayUnit,0)`).join("+");
  return [
    { key: "attendance", group: MONTHLY_GROUP, header: W.attendance, width: 7.5, kind: "formula",
      f: `MAX(0,$score.full-$attendance.pointsPerDay*$attendance.dayUnit*(${rounded}))`, fmt: "score", mirrors: { fn: "ATTENDANCESCORE", args: ["a1:a4"] } },
    { key: "monthly", group: MONTHLY_GROUP, header: W.monthly, width: 8, kind: "formula",
      f: `IF(ISNUMBER({${dailyKey}}),ROUND({${dailyKey}}*$monthly.dailyWeight+{attendance}*$monthly.attendanceWeight,9),"")`, fmt: "score",
      mirrors: { fn: "MONTHLYSCORE", args: [dailyKey, "attendance"] } },
  ];
}

/**
 * Row 3 of a roster form: month, department, evaluator. Each label spans enough
 * columns for its text and each input enough to write in; the evaluator reaches the
 * table's last column. Returns the cells and the boxed range.
 */
export function rosterFields(columns: readonly RosterColumn[], period: Localized = W.month): { cells: CellSpec[]; box: string } {
  const last = columns.length;
  const c = (n: number) => colLetter(n);
  let next = 1;
  const span = (min: number, minCols = 1) => {
    const from = next;
    let w = 0;
    while (next <= last && (w < min || next - from < minCols)) { w += columns[next - 1].width + 1; next++; }
    return [c(from), c(Math.max(from, next - 1))] as const;
  };
  // Compact, so the evaluator starts on the first printed page of a wide roster.
  const [ml0, ml1] = span(8, 2);
  const [mi0, mi1] = span(12);
  const [dl0, dl1] = span(5);
  const [di0, di1] = span(16);
  const [el0, el1] = span(6);
  const ei0 = c(Math.min(next, last));
  const ei1 = c(last);
  return {
    cells: [
      { at: `${ml0}3`, to: `${ml1}3`, c: { t: "label", text: period } },
      { at: `${mi0}3`, to: `${mi1}3`, key: "month", c: { t: "input", rule: period === W.month ? DATE : TEXT }, fmt: period === W.month ? "date" : undefined },
      { at: `${dl0}3`, to: `${dl1}3`, c: { t: "label", text: W.dept } },
      { at: `${di0}3`, to: `${di1}3`, key: "dept", c: { t: "input", rule: TEXT } },
      { at: `${el0}3`, to: `${el1}3`, c: { t: "label", text: W.evaluator } },
      { at: `${ei0}3`, to: `${ei1}3`, key: "evaluator", c: { t: "input", rule: TEXT } },
    ].map((x) => (x.to === x.at ? { ...x, to: undefined } : x)) as CellSpec[],
    box: `A3:${ei1}3`,
  };
}
