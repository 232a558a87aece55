/** Pay calculators: F-10 sales pay, E-1/E-2 online-service pay, H-5 performance pay, L-5 pay floor. */
import { dec, min, roundMoney, toNumber, type Dec } from "../decimal";
import type { Policy } from "../policy/table";
import { Tracer } from "../trace";
import type { CheckResult, Finding, Outcome } from "../types";

/**
 * P-2: money is rounded once, at the end. A month's pay (not a component of it) is also
 * checked against the policy's local minimum wage (L-5; blank = not checked).
 */
function settle(t: Tracer, amount: Dec, policy: Policy, monthPay: boolean): Outcome<number> {
  const pay = t.step("P-2", "step.money.rounded", roundMoney(amount));
  const floor = policy.values["law.minimumWage"];
  if (monthPay && floor !== null && pay < floor) t.warn("L-5", "warn.belowMinimumWage", { pay, floor });
  return t.done(pay);
}

export interface SalesPayInput {
  totalPay: number;
  completionRate: number;
  dailyScore: number;
  overPlanBonus: number;
}

/** F-10: base + plan pay + daily-work pay + over-plan bonus; completion counted up to the cap (Decision). */
export function salesPay(input: SalesPayInput, policy: Policy): Outcome<number> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const total = dec(input.totalPay);
  const base = total.times(v["salesPay.baseShare"]);
  t.step("F-10", "step.salesPay.base", toNumber(base), { share: v["salesPay.baseShare"] });
  const counted = min(dec(input.completionRate), dec(v["salesPay.completionCap"]));
  t.step("F-10", "step.salesPay.countedCompletion", toNumber(counted), { cap: v["salesPay.completionCap"] });
  const plan = total.times(v["salesPay.planShare"]).times(counted);
  t.step("F-10", "step.salesPay.plan", toNumber(plan), { share: v["salesPay.planShare"] });
  const daily = total.times(v["salesPay.dailyShare"]).times(dec(input.dailyScore).div(v["score.full"]));
  t.step("F-10", "step.salesPay.daily", toNumber(daily), { share: v["salesPay.dailyShare"], full: v["score.full"] });
  return settle(t, base.plus(plan).plus(daily).plus(input.overPlanBonus), policy, true);
}

export interface CsPayInput {
  orderTotal: number;
  indicatorBonus: number;
  baseSalary: number;
  /** One entry per indicator with a target set (E-2); blanks are skipped by the caller. */
  indicatorsMet: boolean[];
}

/** E-1: order total × commission rate + indicator bonus (all-or-nothing, E-2) + base salary. */
export function csPay(input: CsPayInput, policy: Policy): Outcome<number> {
  const rate = policy.values["csPay.commissionRate"];
  const t = new Tracer({ ...input });
  const commission = dec(input.orderTotal).times(rate);
  t.step("E-1", "step.csPay.commission", toNumber(commission), { rate });
  const missed = input.indicatorsMet.filter((met) => !met).length;
  const bonus = missed === 0 ? dec(input.indicatorBonus) : dec(0);
  t.step("E-2", missed === 0 ? "step.csPay.bonusKept" : "step.csPay.bonusLost", toNumber(bonus), { missed });
  return settle(t, commission.plus(bonus).plus(input.baseSalary), policy, true);
}

export interface PerfPayInput {
  performanceBase: number;
  score: number;
}

/** H-5: base × score ÷ full; a score under the pass score (不满, P-3) loses the cut share. */
export function perfPay(input: PerfPayInput, policy: Policy): Outcome<number> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const earned = dec(input.performanceBase).times(input.score).div(v["score.full"]);
  t.step("H-5", "step.perfPay.earned", toNumber(earned), { full: v["score.full"] });
  const failed = input.score < v["perfPay.passScore"];
  const kept = failed ? earned.times(dec(1).minus(v["perfPay.failCut"])) : earned;
  if (failed) t.step("H-5", "step.perfPay.cut", toNumber(kept), { pass: v["perfPay.passScore"], cut: v["perfPay.failCut"] });
  return settle(t, kept, policy, false);
}

export interface PayFloorInput {
  wage: number;
  deduction: number;
  minimumWage: number | null;
}

/** L-5: a loss deduction is at most the policy share of the wage, and what remains is not below the minimum wage. */
export function payFloorCheck(input: PayFloorInput, policy: Policy): Outcome<CheckResult> {
  const maxShare = policy.values["law.lossDeductionMaxShare"];
  const t = new Tracer({ ...input });
  const limit = toNumber(dec(input.wage).times(maxShare));
  t.step("L-5", "step.payFloor.deductionLimit", limit, { share: maxShare });
  const remaining = toNumber(dec(input.wage).minus(input.deduction));
  t.step("L-5", "step.payFloor.remaining", remaining);
  const findings: Finding[] = [];
  if (input.deduction > limit) findings.push({ rule: "L-5", key: "check.deductionOverShare", args: { deduction: input.deduction, limit, share: maxShare } });
  const floor = input.minimumWage ?? policy.values["law.minimumWage"];
  if (floor !== null && remaining < floor) findings.push({ rule: "L-5", key: "check.belowMinimumWage", args: { remaining, floor } });
  for (const f of findings) t.warn(f.rule, f.key, f.args);
  return t.done({ findings });
}
