/** Date, approval and check calculators: A, B-6, C-1, C-2, C-3, D-1, D-4, K-5, K-6, L-1..L-4. */
import { addDays, datedifMonths, edate, formatIso } from "../dates";
import { dec, sum, toNumber } from "../decimal";
import type { Policy } from "../policy/table";
import { Tracer } from "../trace";
import { fail, type CheckResult, type Finding, type Outcome } from "../types";


function finish(t: Tracer, findings: Finding[]): Outcome<CheckResult> {
  for (const f of findings) t.warn(f.rule, f.key, f.args);
  return t.done({ findings });
}

/** C-2: notice days by whole months of service (DATEDIF "m"); warns under L-2's 30 days. */
export function noticeDays(input: { hireDate: number; noticeDate: number }, policy: Policy): Outcome<number> {
  const v = policy.values;
  if (input.noticeDate < input.hireDate) {
    return fail({ code: "dateOrder", param: "noticeDate", given: formatIso(input.noticeDate), allowed: formatIso(input.hireDate) });
  }
  const t = new Tracer({ hireDate: formatIso(input.hireDate), noticeDate: formatIso(input.noticeDate) });
  const months = t.step("C-2", "step.notice.months", datedifMonths(input.hireDate, input.noticeDate));
  const band = [...v["dismissal.noticeBands"]].reverse().find((b) => months >= b.fromMonths) ?? { fromMonths: 0, days: 0 };
  const days = t.step("C-2", "step.notice.band", band.days, { from: band.fromMonths });
  if (days < v["law.dismissalNoticeDays"]) t.warn("L-2", "warn.noticeBelowLaw", { days, law: v["law.dismissalNoticeDays"] });
  return t.done(days);
}

/** D-1: earliest last working day = submission date + the policy's months (EDATE). L-3 notes the legal 30 days. */
export function lastWorkDay(input: { resignationDate: number }, policy: Policy): Outcome<number> {
  const months = policy.values["resignation.workOnMonths"];
  const t = new Tracer({ resignationDate: formatIso(input.resignationDate) });
  const day = edate(input.resignationDate, months);
  t.step("D-1", "step.date.plusMonths", formatIso(day), { months });
  const legal = addDays(input.resignationDate, policy.values["law.resignationNoticeDays"]);
  if (day < legal) t.warn("L-3", "warn.resignationBelowLaw", { days: policy.values["law.resignationNoticeDays"] });
  return t.done(day);
}

type DaysRule = { rule: string; key: "separation.handoverDays" | "dismissal.appealDays" | "complaint.reportDays" | "complaint.closeDays" };

/** A date plus a policy's calendar days (D-4, C-3, K-5 Decisions: calendar days). */
export function dueDate(input: { date: number }, which: DaysRule, policy: Policy): Outcome<number> {
  const days = policy.values[which.key];
  const t = new Tracer({ date: formatIso(input.date) });
  const due = addDays(input.date, days);
  t.step(which.rule, "step.date.plusDays", formatIso(due), { days });
  return t.done(due);
}

export type Approver = "salesManager" | "vicePresident" | "generalManager";

/** K-6 with P-3 boundaries: ≤ manager max → sales manager; ≥ GM min → general manager; between → vice-president. */
export function approver(input: { amount: number }, policy: Policy): Outcome<Approver> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const who: Approver = input.amount <= v["complaint.managerMaxAmount"] ? "salesManager"
    : input.amount >= v["complaint.generalManagerMinAmount"] ? "generalManager" : "vicePresident";
  t.step("K-6", `step.approver.${who}`, who, { managerMax: v["complaint.managerMaxAmount"], gmMin: v["complaint.generalManagerMinAmount"] });
  return t.done(who);
}

/** overtime = hours beyond the standard day, summed over the days given (blank days are absent from `days`). */
export function overtimeHours(input: { days: { day: number; hours: number }[] }, policy: Policy): Outcome<number> {
  const std = policy.values["workTime.standardDayHours"];
  const t = new Tracer({ ...input });
  const overtime = sum(input.days.map(({ hours }) => (hours > std ? dec(hours).minus(std) : dec(0))));
  return t.done(t.step("A-1", "step.overtime.total", toNumber(overtime), { standard: std }));
}

/**
 * and L-1 on a month of daily hours. `hours[i]` is day i+1; null = blank (no work that day).
 * Findings are rule-prefixed messages; none means "OK".
 */
export function overtimeCheck(input: { hours: (number | null)[] }, policy: Policy): Outcome<CheckResult> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const std = v["workTime.standardDayHours"];
  const findings: Finding[] = [];
  let monthOvertime = dec(0);
  input.hours.forEach((h, i) => {
    if (h === null) return;
    const day = i + 1;
    const ot = h > std ? toNumber(dec(h).minus(std)) : 0;
    monthOvertime = monthOvertime.plus(ot);
    if (h > v["workTime.exceptionalMaxDayHours"]) findings.push({ rule: "A-3", key: "check.dayOverExceptional", args: { day, hours: h, limit: v["workTime.exceptionalMaxDayHours"] } });
    else if (h > v["workTime.ordinaryMaxDayHours"]) findings.push({ rule: "A-2", key: "check.dayOverOrdinary", args: { day, hours: h, limit: v["workTime.ordinaryMaxDayHours"] } });
    if (ot > v["law.overtimeDayCapHours"]) findings.push({ rule: "L-1", key: "check.dayOverLaw", args: { day, overtime: ot, limit: v["law.overtimeDayCapHours"] } });
  });
  const window = v["workTime.restWindowDays"];
  for (let start = 0; start + window <= input.hours.length; start++) {
    const span = input.hours.slice(start, start + window);
    const total = toNumber(sum(span.map((h) => dec(h ?? 0))));
    const args = { from: start + 1, to: start + window, hours: total, limit: v["workTime.weekHours"] };
    if (total > v["workTime.weekHours"]) { findings.push({ rule: "A-4", key: "check.weekOver", args }); break; }
  }
  for (let start = 0; start + window <= input.hours.length; start++) {
    const restDays = input.hours.slice(start, start + window).filter((h) => h === null || h === 0).length;
    if (restDays < v["workTime.restDaysPerWindow"]) {
      findings.push({ rule: "A-4", key: "check.noRest", args: { from: start + 1, to: start + window } });
      break;
    }
  }
  const month = t.step("A-1", "step.overtime.total", toNumber(monthOvertime), { standard: std });
  if (month > v["workTime.monthlyOvertimeCapHours"]) findings.push({ rule: "A-3", key: "check.monthOverCompany", args: { overtime: month, limit: v["workTime.monthlyOvertimeCapHours"] } });
  if (month > v["law.overtimeMonthCapHours"]) findings.push({ rule: "L-1", key: "check.monthOverLaw", args: { overtime: month, limit: v["law.overtimeMonthCapHours"] } });
  return finish(t, findings);
}

export interface DismissalInput {
  longestConsecutiveAbsence: number;
  absentDaysThisYear: number;
  demeritsThisYear: number;
  failedYearEnd: boolean;
  failedAfterTrial: boolean;
  unfitInProbation: boolean;
}

/** C-1: the countable grounds (C-1.1, C-1.2, C-1.16, C-1.19). Rankings never feed this (L-6). */
export function dismissalCheck(input: DismissalInput, policy: Policy): Outcome<CheckResult> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const findings: Finding[] = [];
  if (input.demeritsThisYear >= v["dismissal.demeritsPerYear"]) {
    findings.push({ rule: "C-1.1", key: "check.demerits", args: { count: input.demeritsThisYear, limit: v["dismissal.demeritsPerYear"] } });
  }
  if (input.longestConsecutiveAbsence >= v["dismissal.consecutiveAbsenceDays"]) {
    findings.push({ rule: "C-1.2", key: "check.consecutiveAbsence", args: { days: input.longestConsecutiveAbsence, limit: v["dismissal.consecutiveAbsenceDays"] } });
  }
  if (input.absentDaysThisYear > v["dismissal.absentDaysPerYearMax"]) {
    findings.push({ rule: "C-1.2", key: "check.yearAbsence", args: { days: input.absentDaysThisYear, limit: v["dismissal.absentDaysPerYearMax"] } });
  }
  if (input.failedYearEnd && input.failedAfterTrial) findings.push({ rule: "C-1.16", key: "check.failedEvaluation", args: {} });
  if (input.unfitInProbation) findings.push({ rule: "C-1.19", key: "check.unfitInProbation", args: {} });
  t.rule("C-1").rule("L-6");
  return finish(t, findings);
}

/** B-6: more unoffset punishments than the policy allows bars promotion the following year. */
export function promotionEligible(input: { unoffsetPunishments: number }, policy: Policy): Outcome<boolean> {
  const t = new Tracer({ ...input });
  const limit = policy.values["promotion.maxUnoffsetPunishments"];
  return t.done(t.step("B-6", "step.promotion.eligible", input.unoffsetPunishments <= limit, { limit }));
}

/** L-4: probation longer than the legal cap for the contract length. */
export function probationCheck(input: { contractMonths: number; probationMonths: number }, policy: Policy): Outcome<CheckResult> {
  const t = new Tracer({ ...input });
  const caps = policy.values["law.probationCaps"];
  const cap = [...caps].reverse().find((c) => input.contractMonths >= c.fromContractMonths) ?? caps[0];
  t.step("L-4", "step.probation.cap", cap.maxProbationMonths, { from: cap.fromContractMonths });
  const findings: Finding[] = input.probationMonths > cap.maxProbationMonths
    ? [{ rule: "L-4", key: "check.probationOverCap", args: { months: input.probationMonths, cap: cap.maxProbationMonths, contract: input.contractMonths } }]
    : [];
  return finish(t, findings);
}
