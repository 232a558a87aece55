/** Building blocks for form specs (they still produce plain data). */
import { colLetter } from "../address";
import type { CellSpec, FormSpec, InputRule, Localized, RosterColumn } from "../types";

import { L } from "../../rules";

export { L };

/** Row 1: the title; row 2: the policy version (L-7) and the live policy check. */
export function head(title: Localized, lastCol: number): CellSpec[] {
  const last = colLetter(lastCol);
  const mid = colLetter(Math.max(1, lastCol - 3));
  const next = colLetter(Math.max(2, lastCol - 2));
  return [
    { at: "A1", to: `${last}1`, c: { t: "label", text: title }, style: "title" },
    { at: "A2", to: `${mid}2`, c: { t: "policyVersion" } },
    { at: `${next}2`, to: `${last}2`, c: { t: "policyCheck" } },
  ];
}

/** A form whose first two rows are its title (spanning lastCol columns) and the policy version. */
export function withHead(lastCol: number, spec: FormSpec): FormSpec {
  return { ...spec, cells: [...head(spec.title, lastCol), ...spec.cells] };
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

/** A signature line: labels over blank boxes. */
export function signatures(row: number, labels: readonly Localized[], colsEach: number): CellSpec[] {
  const out: CellSpec[] = [];
  labels.forEach((l, i) => {
    const c0 = 1 + i * colsEach;
    const c1 = c0 + colsEach - 1;
    out.push({ at: `${colLetter(c0)}${row}`, to: colsEach > 1 ? `${colLetter(c1)}${row}` : undefined, c: { t: "label", text: l }, style: "header" });
    out.push({ at: `${colLetter(c0)}${row + 1}`, to: `${colLetter(c1)}${row + 2}`, c: { t: "blank" }, style: "sign" });
  });
  return out;
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
};

/** The common head of an employee roster: No., ID, name, region (data). */
export function employeeColumns(third: Localized = W.region): RosterColumn[] {
  return [
    // INDEX(…,1,1): the column's first cell, also when the roster is a table ({id:col} a structured reference).
    { key: "no", header: W.no, width: 4, kind: "formula", f: "ROW()-ROW(INDEX({id:col},1,1))+1", fmt: "int" },
    { key: "id", header: W.id, width: 7.5, kind: "data" },
    { key: "name", header: W.name, width: 9, kind: "data" },
    { key: "dept", header: third, width: 7, kind: "data" },
  ];
}

/** F-4 attendance: 4 absence cells, the score; then F-3 monthly score from `daily`. */
export function attendanceColumns(dailyKey: string): RosterColumn[] {
  const abs = (i: number): RosterColumn => ({ key: `a${i}`, group: W.absences, header: L(`${i}`, `${i}`, `${i}`), width: 3.5, kind: "input", rule: ABSENCE, fmt: "general" });
  const rounded = [1, 2, 3, 4].map((i) => `ROUNDUP({a${i}}/$attendance.dayUnit,0)`).join("+");
  return [
    abs(1), abs(2), abs(3), abs(4),
    { key: "attendance", header: { f: L(`"出勤得分（"&$score.full&"）"`, `"出勤得分（"&$score.full&"）"`, `"Attendance ("&$score.full&")"`) }, width: 7.5, kind: "formula",
      f: `MAX(0,$score.full-$attendance.pointsPerDay*$attendance.dayUnit*(${rounded}))`, fmt: "score", mirrors: { fn: "ATTENDANCESCORE", args: ["a1:a4"] } },
    { key: "monthly", header: { f: L(`"月度得分（"&$monthly.dailyWeight*100&"% + "&$monthly.attendanceWeight*100&"%）"`, `"月度得分（"&$monthly.dailyWeight*100&"% + "&$monthly.attendanceWeight*100&"%）"`, `"Monthly ("&$monthly.dailyWeight*100&"% + "&$monthly.attendanceWeight*100&"%)"`) }, width: 9, kind: "formula",
      f: `IF(ISNUMBER({${dailyKey}}),ROUND({${dailyKey}}*$monthly.dailyWeight+{attendance}*$monthly.attendanceWeight,9),"")`, fmt: "score",
      mirrors: { fn: "MONTHLYSCORE", args: [dailyKey, "attendance"] } },
  ];
}

/**
 * Row 3 of a roster form: month, department, evaluator. Each label spans enough
 * columns for its text and each input enough to write in; returns the cells and
 * the boxed range.
 */
export function rosterFields(columns: readonly RosterColumn[]): { cells: CellSpec[]; box: string } {
  const c = (n: number) => colLetter(n);
  let next = 1;
  const span = (min: number, minCols = 1) => {
    const from = next;
    let w = 0;
    while (next <= columns.length && (w < min || next - from < minCols)) { w += columns[next - 1].width + 1; next++; }
    return [c(from), c(Math.max(from, next - 1))] as const;
  };
  const [ml0, ml1] = span(10, 2);
  const [mi0, mi1] = span(14);
  const [dl0, dl1] = span(10);
  const [di0, di1] = span(22);
  const [el0, el1] = span(10);
  const [ei0, ei1] = span(22);
  return {
    cells: [
      { at: `${ml0}3`, to: `${ml1}3`, c: { t: "label", text: W.month } },
      { at: `${mi0}3`, to: `${mi1}3`, key: "month", c: { t: "input", rule: DATE }, fmt: "date" },
      { at: `${dl0}3`, to: `${dl1}3`, c: { t: "label", text: W.dept } },
      { at: `${di0}3`, to: `${di1}3`, key: "dept", c: { t: "input", rule: TEXT } },
      { at: `${el0}3`, to: `${el1}3`, c: { t: "label", text: W.evaluator } },
      { at: `${ei0}3`, to: `${ei1}3`, key: "evaluator", c: { t: "input", rule: TEXT } },
    ].map((x) => (x.to === x.at ? { ...x, to: undefined } : x)) as CellSpec[],
    box: `A3:${ei1}3`,
  };
}
