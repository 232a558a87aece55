/**
 * Each default of the policy table against the figure RULEBOOK.md states for
 * its rule, quoted from the rule's text (a changed default must be a
 * deliberate, visible change).
 */
import { DEFAULT_POLICY, POLICY_TABLE, rulesOf, type PolicyKey } from "../../src/rules";
import { readSpec } from "../support/spec";

const rulebook = readSpec("RULEBOOK.md");

/** [rule, key, default, words of the rule that state it] */
const DEFAULTS: [string, PolicyKey, number, string][] = [
  ["A-1", "workTime.standardDayHours", 8, "Standard day: 8 hours"],
  ["A-2", "workTime.ordinaryMaxDayHours", 10, "a day may run to 10 hours in total"],
  ["A-3", "workTime.exceptionalMaxDayHours", 12, "a day may run to 12 hours in"],
  ["A-3", "workTime.monthlyOvertimeCapHours", 46, "overtime in a month totals at most 46 hours"],
  ["A-4", "workTime.weekHours", 56, "Week: 56 hours"],
  ["A-4", "workTime.restWindowDays", 7, "1 rest day in every 7 days"],
  ["B-3", "promotion.regularRoundsPerYear", 2, "Regular promotion twice a year"],
  ["C-1", "dismissal.demeritsPerYear", 3, "three demerits (記過) within one year"],
  ["C-1", "dismissal.consecutiveAbsenceDays", 3, "absent without leave 3 consecutive days"],
  ["C-1", "dismissal.absentDaysPerYearMax", 6, "or more than 6 days in a year"],
  ["C-3", "dismissal.appealDays", 15, "within 15 days of"],
  ["D-1", "resignation.workOnMonths", 1, "keeps working 1 month"],
  ["D-3", "separation.handoverCopies", 3, "Handover list (移交清冊) in 3 copies"],
  ["D-4", "separation.handoverDays", 5, "Handover done within 5 days"],
  ["D-5", "separation.clothesKeepAfterYears", 1, "issued more than 1 year ago"],
  ["E-1", "csPay.commissionRate", 0.003, "× 3‰"],
  ["F-1", "annual.months", 12, "sum of the 12 monthly scores ÷ 12"],
  ["F-2", "evaluation.sheetDueDay", 8, "before the 8th of the next month"],
  ["F-3", "monthly.dailyWeight", 0.7, "daily-work score × 70%"],
  ["F-3", "monthly.attendanceWeight", 0.3, "attendance score × 30%"],
  ["F-4", "attendance.pointsPerDay", 4, "4 points off per day absent"],
  ["F-5", "regional.summary", 20, "summary 20"],
  ["F-5", "regional.review", 10, "weekly reports 10"],
  ["F-5", "regional.reportDueDay", 30, "before the 30th"],
  ["F-6", "salesRep.dealer", 30, "dealer management 30"],
  ["F-6", "salesRep.dealerPerFault", 5, "5 off for each of"],
  ["F-6", "salesRep.visitPerMissing", 3, "3 off per missing entry"],
  ["F-6", "salesRep.advertisingDueDay", 13, "due the 13th"],
  ["F-6", "salesRep.promotionPlanDueDay", 15, "due the 15th"],
  ["F-6", "salesRep.rebateDueDay", 25, "due the 25th"],
  ["F-6", "salesRep.planPerFault", 2, "2 off per fault each"],
  ["F-10", "salesPay.baseShare", 0.5, "total pay × 50%"],
  ["F-10", "salesPay.planShare", 0.35, "total pay × 35%"],
  ["F-10", "salesPay.dailyShare", 0.15, "total pay × 15%"],
  ["H-1", "service.responseSeconds", 30, "within 30 s"],
  ["H-3", "review.selfWeight", 0.3, "self-review × 30%"],
  ["H-3", "review.managerWeight", 0.7, "store manager × 70%"],
  ["H-4", "ranking.firstBonus", 100, "first place +100"],
  ["H-4", "ranking.lastPenalty", 100, "last place −100"],
  ["H-4", "ranking.transferAfterMonths", 3, "last place 3 months in a row"],
  ["H-5", "perfPay.passScore", 60, "A score under 60"],
  ["H-5", "perfPay.failCut", 0.3, "loses 30% of the performance pay"],
  ["H-5", "perfPay.payByDay", 20, "paid before the 20th"],
  ["K-5", "complaint.reportDays", 3, "Investigation report within 3 days"],
  ["K-5", "complaint.closeDays", 6, "closed within 6 days"],
  ["K-6", "complaint.managerMaxAmount", 1000, "1,000 or less"],
  ["K-6", "complaint.generalManagerMinAmount", 5000, "5,000 or more"],
  ["K-7", "complaint.reviewByDay", 10, "reviewed monthly by the 10th"],
  ["L-1", "law.overtimeDayCapHours", 3, "at most 3 hours"],
  ["L-1", "law.overtimeMonthCapHours", 36, "36 hours a month"],
  ["L-2", "law.dismissalNoticeDays", 30, "30 days' written notice"],
  ["L-3", "law.resignationNoticeDays", 30, "art. 37: 30 days"],
  ["L-3", "law.probationResignationNoticeDays", 3, "(3 days in"],
  ["L-5", "law.lossDeductionMaxShare", 0.2, "at most 20% of the month's wage"],
  ["G-1", "fieldRep.falsifiedOne", 10, "one falsified claim found → 10 off"],
  ["G-1", "fieldRep.falsifiedMany", 30, "two or more → 30 off"],
];

/** RULEBOOK.md folds long rules over lines; compare on single spaces. */
const flat = rulebook.replace(/\s+/g, " ");

describe("policy defaults are the rulebook's figures", () => {
  test.each(DEFAULTS)("%s %s = %d (\"%s\")", (rule, key, value, words) => {
    expect(rulesOf(POLICY_TABLE[key])).toContain(rule);
    expect(DEFAULT_POLICY.values[key]).toBe(value);
    expect(flat).toContain(words);
  });

  test("C-2 notice bands: under 3 months 0 (Decision), 3 months–1 year 10, 1–3 years 20, 3 years+ 20", () => {
    expect(DEFAULT_POLICY.values["dismissal.noticeBands"]).toEqual([
      { fromMonths: 0, days: 0 }, { fromMonths: 3, days: 10 }, { fromMonths: 12, days: 20 }, { fromMonths: 36, days: 20 },
    ]);
  });

  test("L-4 probation caps: none under 3 months, 1 month to 1 year, 2 months to 3 years, 6 months beyond", () => {
    expect(DEFAULT_POLICY.values["law.probationCaps"].map((c) => [c.fromContractMonths, c.maxProbationMonths])).toEqual([[0, 0], [3, 1], [12, 2], [36, 6]]);
  });

  test("G: item maxima are 10 each and sum to 100 (G-1)", () => {
    expect(DEFAULT_POLICY.values["fieldRep.items"].map((i) => i.max)).toEqual(Array(10).fill(10));
  });

  test("K-3 level scores 4 / 3 / 2 / 1 (Decision)", () => {
    expect(DEFAULT_POLICY.values["survey.levelScores"]).toEqual([4, 3, 2, 1]);
  });

  test("E-2 Decision: no default indicator targets", () => {
    expect(Object.values(DEFAULT_POLICY.values["csPay.indicatorTargets"]).map((t) => t.target)).toEqual([null, null, null, null, null]);
  });

  test("L-5 Decision: the local minimum wage is blank (not checked) by default", () => {
    expect(DEFAULT_POLICY.values["law.minimumWage"]).toBeNull();
  });
});
