/**
 * The policy table (P-1): every number of RULEBOOK.md, once, with its rule ID
 * and the clause of the source handbook it comes from. Calculators, the
 * function catalogue and the forms read numbers only from here (or from a
 * workbook's override of these same keys).
 *
 * Boundary words follow P-3 (以上/以下/以内 include the number; 不满/超过
 * exclude it); policy/notes.ts says which way each threshold goes.
 */
import type { RuleId } from "../types";

export interface NoticeBand {
  /** Whole months of continuous service from which the band applies (inclusive). */
  fromMonths: number;
  days: number;
}

export interface ProbationCap {
  /** Contract length in months from which the cap applies (inclusive). */
  fromContractMonths: number;
  maxProbationMonths: number;
}

/** One case of a field-service item (rulebook G): a deduction band. */
export interface FieldCase {
  key: string;
  min: number;
  max: number;
  /** May occur several times in a month ("each time", "per absence"). */
  repeatable: boolean;
}

export interface FieldItem {
  id: string;
  max: number;
  /** Cases exclude each other (only one applies per month). */
  exclusive: boolean;
  cases: FieldCase[];
}

export interface IndicatorTarget {
  /** "max": the figure must be at most the target; "min": at least. */
  direction: "max" | "min";
  /** E-2 Decision: no default target; null shows "target not set". */
  target: number | null;
}

export type PolicyValue = number | null | NoticeBand[] | ProbationCap[] | FieldItem[] | number[] | Record<string, IndicatorTarget>;

export type Schema =
  | { type: "number"; min: number; max?: number; whole?: boolean }
  | { type: "share" }
  | { type: "optionalNumber"; min: number }
  | { type: "noticeBands" }
  | { type: "probationCaps" }
  | { type: "fieldItems" }
  | { type: "levelScores" }
  | { type: "indicatorTargets" };

export interface PolicyEntry<V extends PolicyValue = PolicyValue> {
  rule: RuleId | readonly RuleId[];
  /** Clause of the source handbook (shared/seed), as RULEBOOK.md cites it. */
  source: string;
  value: V;
  schema: Schema;
}

const num = (rule: RuleId | RuleId[], source: string, value: number, max?: number): PolicyEntry<number> => ({
  rule, source, value, schema: max === undefined ? { type: "number", min: 0 } : { type: "number", min: 0, max },
});
const whole = (rule: RuleId | RuleId[], source: string, value: number): PolicyEntry<number> => ({
  rule, source, value, schema: { type: "number", min: 0, whole: true },
});
const share = (rule: RuleId | RuleId[], source: string, value: number): PolicyEntry<number> => ({
  rule, source, value, schema: { type: "share" },
});

const WORK = "售後服務人員管理制度";
const SALES = "❸ 業務員考核";

export const POLICY_TABLE = {
  // ── Scores ────────────────────────────────────────────────────────────────
  "score.full": whole(["F-4", "F-5", "F-6", "G-1"], `${SALES} ❸(三)–(六)`, 100),

  // ── A. Working time ───────────────────────────────────────────────────────
  "workTime.standardDayHours": num("A-1", `${WORK} 第八條`, 8, 24),
  "workTime.ordinaryMaxDayHours": num("A-2", `${WORK} 第八條`, 10, 24),
  "workTime.exceptionalMaxDayHours": num("A-3", `${WORK} 第八條`, 12, 24),
  "workTime.monthlyOvertimeCapHours": num("A-3", `${WORK} 第八條`, 46),
  "workTime.weekHours": num("A-4", `${WORK} 第四條`, 56),
  "workTime.restWindowDays": whole("A-4", `${WORK} 第五條`, 7),
  "workTime.restDaysPerWindow": whole("A-4", `${WORK} 第五條`, 1),

  // ── B. Promotion ──────────────────────────────────────────────────────────
  "promotion.regularRoundsPerYear": whole("B-3", "五、人員晉升管理辦法 第四條", 2),
  "promotion.maxUnoffsetPunishments": whole("B-6", "五、人員晉升管理辦法 第九條", 0),

  // ── C. Dismissal ──────────────────────────────────────────────────────────
  "dismissal.demeritsPerYear": whole(["C-1", "C-1.1"], "六、(二) 第四條", 3),
  "dismissal.consecutiveAbsenceDays": whole(["C-1", "C-1.2"], "六、(二) 第四條", 3),
  "dismissal.absentDaysPerYearMax": whole(["C-1", "C-1.2"], "六、(二) 第四條", 6),
  "dismissal.noticeBands": {
    rule: "C-2", source: "六、(二) 第五條",
    value: [
      { fromMonths: 0, days: 0 }, // Decision: under 3 months, the probation band
      { fromMonths: 3, days: 10 },
      { fromMonths: 12, days: 20 },
      { fromMonths: 36, days: 20 },
    ],
    schema: { type: "noticeBands" },
  } as PolicyEntry<NoticeBand[]>,
  "dismissal.appealDays": whole("C-3", "六、(二) 第八條", 15),

  // ── D. Resignation and separation ─────────────────────────────────────────
  "resignation.workOnMonths": whole("D-1", "六、(三) 第十三條", 1),
  "separation.handoverCopies": whole("D-3", "八、第五條", 3),
  "separation.handoverDays": whole("D-4", "八、第五條 3", 5),
  "separation.clothesKeepAfterYears": num("D-5", "八、第五條", 1),

  // ── E. Online customer service pay ────────────────────────────────────────
  "csPay.commissionRate": share("E-1", "❷ 售後客服薪酬", 0.003),
  "csPay.indicatorTargets": {
    rule: "E-2", source: "❷ 售後客服薪酬",
    value: {
      refundRate: { direction: "max", target: null },
      refundDuration: { direction: "max", target: null },
      disputes: { direction: "max", target: null },
      dsr: { direction: "min", target: null },
      internalComplaints: { direction: "max", target: null },
    },
    schema: { type: "indicatorTargets" },
  } as PolicyEntry<Record<string, IndicatorTarget>>,

  // ── F. Salesperson and regional manager ───────────────────────────────────
  "annual.months": whole("F-1", `${SALES} ❸(二)2`, 12),
  "evaluation.sheetDueDay": whole("F-2", `${SALES} ❸(二)`, 8),
  "monthly.dailyWeight": share(["F-3", "G-2"], `${SALES} ❸(三)`, 0.7),
  "monthly.attendanceWeight": share(["F-3", "G-2"], `${SALES} ❸(三)`, 0.3),
  "attendance.pointsPerDay": num("F-4", `${SALES} ❸(三)`, 4),
  "attendance.dayUnit": num("F-4", `${SALES} ❸(三)`, 1),

  "regional.summary": whole("F-5", `${SALES} ❸(四)1`, 20),
  "regional.plan": whole("F-5", `${SALES} ❸(四)1`, 20),
  "regional.proposal": whole("F-5", `${SALES} ❸(四)1`, 20),
  "regional.review": whole("F-5", `${SALES} ❸(四)2`, 10),
  "regional.training": whole("F-5", `${SALES} ❸(四)3`, 10),
  "regional.trainingPerMonth": whole("F-5", `${SALES} ❸(四)3`, 1),
  "regional.reportOnTime": whole("F-5", `${SALES} ❸(四)4`, 10),
  "regional.reportDueDay": whole("F-5", `${SALES} ❸(四)4`, 30),
  "regional.region": whole("F-5", `${SALES} ❸(四)5`, 10),

  "salesRep.dealer": whole("F-6", `${SALES} ❸(五)1`, 30),
  "salesRep.dealerPerFault": whole("F-6", `${SALES} ❸(五)1`, 5),
  "salesRep.dealerReportDueHour": num("F-6", `${SALES} ❸(五)1`, 16, 24),
  "salesRep.rebateDueDay": whole("F-6", `${SALES} ❸(五)1`, 25),
  "salesRep.weeklySummary": whole("F-6", `${SALES} ❸(五)2`, 10),
  "salesRep.weeklyPlan": whole("F-6", `${SALES} ❸(五)2`, 10),
  "salesRep.weeklyVisits": whole("F-6", `${SALES} ❸(五)2`, 10),
  "salesRep.visitsPerWeek": whole("F-6", `${SALES} ❸(五)2`, 2),
  "salesRep.visitPerMissing": whole("F-6", `${SALES} ❸(五)2`, 3),
  "salesRep.visitMissingZeroAt": whole("F-6", `${SALES} ❸(五)2`, 2),
  "salesRep.weeklyRecords": whole("F-6", `${SALES} ❸(五)2`, 10),
  "salesRep.market": whole("F-6", `${SALES} ❸(五)3`, 5),
  "salesRep.quality": whole("F-6", `${SALES} ❸(五)3`, 5),
  "salesRep.advertising": whole("F-6", `${SALES} ❸(五)4`, 5),
  "salesRep.advertisingDueDay": whole("F-6", `${SALES} ❸(五)4`, 13),
  "salesRep.promotionPlan": whole("F-6", `${SALES} ❸(五)4`, 5),
  "salesRep.promotionPlanDueDay": whole("F-6", `${SALES} ❸(五)4`, 15),
  "salesRep.promotionEval": whole("F-6", `${SALES} ❸(五)4`, 5),
  "salesRep.promotionEvalDueDays": whole("F-6", `${SALES} ❸(五)4`, 5),
  "salesRep.planPerFault": whole("F-6", `${SALES} ❸(五)4`, 2),
  "salesRep.vehicle": whole("F-6", `${SALES} ❸(五)5`, 5),
  "repeat.multiplier": num("F-7", `${SALES} ❸(五)`, 2),

  "salesPay.baseShare": share("F-10", `${SALES} ❸(八)`, 0.5),
  "salesPay.planShare": share("F-10", `${SALES} ❸(八)`, 0.35),
  "salesPay.dailyShare": share("F-10", `${SALES} ❸(八)`, 0.15),
  "salesPay.completionCap": num("F-10", `${SALES} ❸(八)`, 1, 5),

  // ── G. Field service representative ───────────────────────────────────────
  "fieldRep.items": {
    rule: "G", source: `${SALES} ❸(六)`,
    value: [
      { id: "1", max: 10, exclusive: true, cases: [
        { key: "basicallyCompetent", min: 2, max: 2, repeatable: false },
        { key: "needsHelp", min: 4, max: 10, repeatable: false }] },
      { id: "2", max: 10, exclusive: false, cases: [
        { key: "unreachable", min: 2, max: 2, repeatable: true },
        { key: "causedHarm", min: 1, max: 10, repeatable: false }] },
      { id: "3", max: 10, exclusive: false, cases: [
        { key: "escalation", min: 2, max: 5, repeatable: true },
        { key: "mediaExposure", min: 5, max: 10, repeatable: false }] },
      { id: "4a", max: 10, exclusive: false, cases: [
        { key: "minorBlanks", min: 1, max: 2, repeatable: false },
        { key: "delayingClaims", min: 5, max: 10, repeatable: false }] },
      { id: "4b", max: 10, exclusive: false, cases: [
        { key: "lateNoHarm", min: 1, max: 4, repeatable: false },
        { key: "lateUrgentOrders", min: 3, max: 5, repeatable: false },
        { key: "lateHarmedWarranty", min: 5, max: 10, repeatable: false }] },
      { id: "5", max: 10, exclusive: true, cases: [
        { key: "dealerAverage", min: 5, max: 5, repeatable: false },
        { key: "dealerPoor", min: 10, max: 10, repeatable: false }] },
      { id: "6", max: 10, exclusive: false, cases: [
        { key: "brief", min: 2, max: 5, repeatable: false },
        { key: "missing", min: 10, max: 10, repeatable: false }] },
      { id: "7", max: 10, exclusive: false, cases: [
        { key: "trainingAbsence", min: 3, max: 3, repeatable: true }] },
      { id: "8", max: 10, exclusive: false, cases: [
        { key: "mediocre", min: 1, max: 3, repeatable: false },
        { key: "notHeld", min: 5, max: 10, repeatable: false }] },
      { id: "9", max: 10, exclusive: false, cases: [
        { key: "lateQualityReport", min: 1, max: 5, repeatable: false }] },
    ],
    schema: { type: "fieldItems" },
  } as PolicyEntry<FieldItem[]>,
  "fieldRep.falsifiedOne": whole("G-1", `${SALES} ❸(六)10`, 10),
  "fieldRep.falsifiedMany": whole("G-1", `${SALES} ❸(六)10`, 30),
  "fieldRep.falsifiedManyFrom": whole("G-1", `${SALES} ❸(六)10`, 2),

  // ── H. Customer service ───────────────────────────────────────────────────
  "service.responseSeconds": whole("H-1", "❹ 線上客服質量", 30),
  "service.responseSecondsLong": whole("H-1", "❹ 線上客服質量", 60),
  "review.selfWeight": share("H-3", "❺ 五", 0.3),
  "review.managerWeight": share("H-3", "❺ 五", 0.7),
  "ranking.firstBonus": num("H-4", "❺ 六", 100),
  "ranking.lastPenalty": num("H-4", "❺ 六", 100),
  "ranking.improvementBottom": whole("H-4", "❺ 六", 2),
  "ranking.improvementDays": whole("H-4", "❺ 六", 7),
  "ranking.transferAfterMonths": whole("H-4", "❺ 六", 3),
  "perfPay.passScore": num("H-5", "❾ 4.3", 60),
  "perfPay.failCut": share("H-5", "❾ 4.3", 0.3),
  "perfPay.statsFromDay": whole("H-5", "❾ 5", 10),
  "perfPay.statsToDay": whole("H-5", "❾ 5", 15),
  "perfPay.payByDay": whole("H-5", "❾ 5", 20),

  // ── K. Customer service management ────────────────────────────────────────
  "survey.levelScores": {
    rule: "K-3", source: "❿ 客戶意見調查",
    value: [4, 3, 2, 1],
    schema: { type: "levelScores" },
  } as PolicyEntry<number[]>,
  "complaint.reportDays": whole("K-5", "❿ 第二十五條", 3),
  "complaint.closeDays": whole("K-5", "❿ 第二十六條", 6),
  "complaint.managerMaxAmount": num("K-6", "❿ 第二十七條", 1000),
  "complaint.generalManagerMinAmount": num("K-6", "❿ 第二十七條", 5000),
  "complaint.reviewByDay": whole("K-7", "❿ 第二十八條", 10),

  // ── L. Legal warnings ─────────────────────────────────────────────────────
  "law.overtimeNormalDayHours": num("L-1", "勞動法 第41條", 1, 24),
  "law.overtimeDayCapHours": num("L-1", "勞動法 第41條", 3, 24),
  "law.overtimeMonthCapHours": num("L-1", "勞動法 第41條", 36),
  "law.dismissalNoticeDays": whole("L-2", "勞動合同法 第40條", 30),
  "law.resignationNoticeDays": whole("L-3", "勞動合同法 第37條", 30),
  "law.probationResignationNoticeDays": whole("L-3", "勞動合同法 第37條", 3),
  "law.probationCaps": {
    rule: "L-4", source: "勞動合同法 第19條",
    value: [
      { fromContractMonths: 0, maxProbationMonths: 0 },
      { fromContractMonths: 3, maxProbationMonths: 1 },
      { fromContractMonths: 12, maxProbationMonths: 2 },
      { fromContractMonths: 36, maxProbationMonths: 6 },
    ],
    schema: { type: "probationCaps" },
  } as PolicyEntry<ProbationCap[]>,
  "law.lossDeductionMaxShare": share("L-5", "工資支付暫行規定 第16條", 0.2),
  "law.minimumWage": {
    rule: "L-5", source: "工資支付暫行規定 第16條", value: null,
    schema: { type: "optionalNumber", min: 0 } } as PolicyEntry<number | null>,
} satisfies Record<string, PolicyEntry>;

export type PolicyKey = keyof typeof POLICY_TABLE;
export type PolicyValues = { -readonly [K in PolicyKey]: (typeof POLICY_TABLE)[K]["value"] };

/** The policy a calculation runs under: values plus its version (L-7). */
export interface Policy {
  version: string;
  /** ISO date the policy was published to employees (L-7, 勞動合同法 第4條). */
  published: string;
  values: PolicyValues;
}

export const DEFAULT_POLICY_VERSION = "2026.1";
export const DEFAULT_POLICY_PUBLISHED = "2026-11-01";

/** A deep copy of a policy value (plain JSON data). */
export function clone<V extends PolicyValue>(value: V): V {
  return JSON.parse(JSON.stringify(value)) as V;
}

export function defaultValues(): PolicyValues {
  const values = {} as Record<string, PolicyValue>;
  for (const [key, entry] of Object.entries(POLICY_TABLE)) values[key] = clone(entry.value);
  return values as PolicyValues;
}

export const DEFAULT_POLICY: Policy = Object.freeze({
  version: DEFAULT_POLICY_VERSION,
  published: DEFAULT_POLICY_PUBLISHED,
  values: defaultValues(),
});

export function rulesOf(entry: PolicyEntry): readonly RuleId[] {
  return typeof entry.rule === "string" ? [entry.rule] : entry.rule;
}
