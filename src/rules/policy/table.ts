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

/**
 * A bound of a number: a figure, or the value of another scalar key
 * ("score.full": the pass mark lies within the score scale).
 */
export type PolicyBound = number | string;

/**
 * What a key may hold (P-1: meaning, not only type). Every bound lives here;
 * the loader (load.ts), the policy sheet's own check cells and the editor all
 * read these schemas.
 */
export type Schema =
  | { type: "number"; min: PolicyBound; max: PolicyBound; whole?: boolean }
  | { type: "share" }
  | { type: "optionalNumber"; min: number; max: number }
  /** Bands (notice, probation caps): `from` whole, from 0, strictly rising; `to` whole, never falling. */
  | { type: "noticeBands" | "probationCaps"; from: string; to: string; fromMax: number; toMax: number; maxRows: number }
  | { type: "fieldItems" }
  /** K-3: one score per level, finite, within 0–max, strictly falling (very satisfied scores most, poor least). */
  | { type: "levelScores"; count: number; max: PolicyBound }
  | { type: "indicatorTargets"; names: readonly string[]; max: number };

export interface PolicyEntry<V extends PolicyValue = PolicyValue> {
  rule: RuleId | readonly RuleId[];
  /** Clause of the source handbook (shared/seed), as RULEBOOK.md cites it. */
  source: string;
  value: V;
  schema: Schema;
}

// ── Bounds (sensible limits that keep every rule meaningful) ─────────────────
/** Days in a year, at most: day counts (notice, appeal, handover…) stay within it. */
export const MAX_DAYS = 366;
/** Days of a month: "due by the nth" is 1–31. */
export const MONTH_DAYS = 31;
export const DAY_HOURS = 24;
/** Hours in a 31-day month. */
export const MONTH_HOURS = 744;
export const WEEK_HOURS = 168;
export const YEAR_MONTHS = 12;
/** Years (of service, of wear) at most. */
export const MAX_YEARS = 50;
/** Months of service a band may start from (100 years). */
export const MAX_SERVICE_MONTHS = 1200;
/** Money amounts (yuan) at most: above it a figure is a typo, not a policy. */
export const MAX_MONEY = 1_000_000_000;
/** Counts of people, copies, rounds, punishments, visits… at most. */
export const MAX_COUNT = 1000;
/** Full marks of a points scheme at most. */
export const MAX_SCORE = 1000;
/** An indicator target at most (rates, hours, counts, a DSR score). */
export const MAX_TARGET = 1_000_000;
export const MAX_MULTIPLIER = 10;
/** Seconds to answer at most (an hour). */
export const MAX_SECONDS = 3600;
/** The finest day unit an absence is rounded to (F-4: a tenth of a day). */
export const MIN_DAY_UNIT = 0.1;
/** A completion rate counts in plan pay up to at most 500% (the calc input contract's typo limit). */
export const MAX_COMPLETION_CAP = 5;
/** Bands a notice or probation table may have at most. */
export const MAX_BANDS = 20;
/** fieldRep.items: items, cases per item, and the length of their ids. */
export const FIELD_LIMITS = { items: 30, cases: 10, idLength: 32 } as const;
/** L-7: the policy version is short text that every form prints. */
export const MAX_VERSION_LENGTH = 64;
/** A problem shows at most this many characters of what was given (a 100 MB version string is cut short). */
export const SHOWN_CHARS = 40;
/** A key at most this many edits from a known key gets it suggested ("did you mean …?"). */
export const SUGGEST_EDITS = 3;
/** A policy file larger than this is refused unread (a policy is a few KB). */
export const MAX_POLICY_FILE_BYTES = 256 * 1024;

const entry = (rule: RuleId | RuleId[], source: string, value: number, min: PolicyBound, max: PolicyBound, whole = false): PolicyEntry<number> => ({
  rule, source, value, schema: whole ? { type: "number", min, max, whole } : { type: "number", min, max },
});
/** A number (hours, amounts, rates) within [min, max]. */
const num = (rule: RuleId | RuleId[], source: string, value: number, min: PolicyBound, max: PolicyBound) => entry(rule, source, value, min, max);
/** A whole number (counts, days, points) within [min, max]. */
const whole = (rule: RuleId | RuleId[], source: string, value: number, min: PolicyBound, max: PolicyBound) => entry(rule, source, value, min, max, true);
/** Points of an item: whole, 0 to full marks. */
const points = (rule: RuleId | RuleId[], source: string, value: number) => whole(rule, source, value, 0, "score.full");
/** A day of the month (1–31). */
const dayOfMonth = (rule: RuleId | RuleId[], source: string, value: number) => whole(rule, source, value, 1, MONTH_DAYS);
/** A count of days (0–366). */
const days = (rule: RuleId | RuleId[], source: string, value: number, min: PolicyBound = 0) => whole(rule, source, value, min, MAX_DAYS);
const share = (rule: RuleId | RuleId[], source: string, value: number): PolicyEntry<number> => ({
  rule, source, value, schema: { type: "share" },
});

const WORK = "售後服務人員管理制度";
const SALES = "❸ 業務員考核";

export const POLICY_TABLE = {
  // ── Scores ────────────────────────────────────────────────────────────────
  "score.full": whole(["F-4", "F-5", "F-6", "G-1"], `${SALES} ❸(三)–(六)`, 100, 1, MAX_SCORE),

  // ── A. Working time ───────────────────────────────────────────────────────
  "workTime.standardDayHours": num("A-1", `${WORK} 第八條`, 8, 1, DAY_HOURS),
  "workTime.ordinaryMaxDayHours": num("A-2", `${WORK} 第八條`, 10, "workTime.standardDayHours", DAY_HOURS),
  "workTime.exceptionalMaxDayHours": num("A-3", `${WORK} 第八條`, 12, "workTime.ordinaryMaxDayHours", DAY_HOURS),
  "workTime.monthlyOvertimeCapHours": num("A-3", `${WORK} 第八條`, 46, 0, MONTH_HOURS),
  "workTime.weekHours": num("A-4", `${WORK} 第四條`, 56, 1, WEEK_HOURS),
  "workTime.restWindowDays": whole("A-4", `${WORK} 第五條`, 7, 1, MONTH_DAYS),
  "workTime.restDaysPerWindow": whole("A-4", `${WORK} 第五條`, 1, 0, "workTime.restWindowDays"),

  // ── B. Promotion ──────────────────────────────────────────────────────────
  "promotion.regularRoundsPerYear": whole("B-3", "五、人員晉升管理辦法 第四條", 2, 0, YEAR_MONTHS),
  "promotion.maxUnoffsetPunishments": whole("B-6", "五、人員晉升管理辦法 第九條", 0, 0, MAX_COUNT),

  // ── C. Dismissal ──────────────────────────────────────────────────────────
  "dismissal.demeritsPerYear": whole(["C-1", "C-1.1"], "六、(二) 第四條", 3, 1, MAX_COUNT),
  "dismissal.consecutiveAbsenceDays": days(["C-1", "C-1.2"], "六、(二) 第四條", 3, 1),
  "dismissal.absentDaysPerYearMax": days(["C-1", "C-1.2"], "六、(二) 第四條", 6),
  "dismissal.noticeBands": {
    rule: "C-2", source: "六、(二) 第五條",
    value: [
      { fromMonths: 0, days: 0 }, // Decision: under 3 months, the probation band
      { fromMonths: 3, days: 10 },
      { fromMonths: 12, days: 20 },
      { fromMonths: 36, days: 20 },
    ],
    schema: { type: "noticeBands", from: "fromMonths", to: "days", fromMax: MAX_SERVICE_MONTHS, toMax: MAX_DAYS, maxRows: MAX_BANDS },
  } as PolicyEntry<NoticeBand[]>,
  "dismissal.appealDays": days("C-3", "六、(二) 第八條", 15, 1),

  // ── D. Resignation and separation ─────────────────────────────────────────
  "resignation.workOnMonths": whole("D-1", "六、(三) 第十三條", 1, 0, YEAR_MONTHS),
  "separation.handoverCopies": whole("D-3", "八、第五條", 3, 1, MAX_COUNT),
  "separation.handoverDays": days("D-4", "八、第五條 3", 5),
  "separation.clothesKeepAfterYears": num("D-5", "八、第五條", 1, 0, MAX_YEARS),

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
    schema: { type: "indicatorTargets", names: ["refundRate", "refundDuration", "disputes", "dsr", "internalComplaints"], max: MAX_TARGET },
  } as PolicyEntry<Record<string, IndicatorTarget>>,

  // ── F. Salesperson and regional manager ───────────────────────────────────
  "annual.months": whole("F-1", `${SALES} ❸(二)2`, 12, 1, YEAR_MONTHS),
  "evaluation.sheetDueDay": dayOfMonth("F-2", `${SALES} ❸(二)`, 8),
  "monthly.dailyWeight": share(["F-3", "G-2"], `${SALES} ❸(三)`, 0.7),
  "monthly.attendanceWeight": share(["F-3", "G-2"], `${SALES} ❸(三)`, 0.3),
  "attendance.pointsPerDay": num("F-4", `${SALES} ❸(三)`, 4, 0, "score.full"),
  "attendance.dayUnit": num("F-4", `${SALES} ❸(三)`, 1, MIN_DAY_UNIT, MONTH_DAYS),

  "regional.summary": points("F-5", `${SALES} ❸(四)1`, 20),
  "regional.plan": points("F-5", `${SALES} ❸(四)1`, 20),
  "regional.proposal": points("F-5", `${SALES} ❸(四)1`, 20),
  "regional.review": points("F-5", `${SALES} ❸(四)2`, 10),
  "regional.training": points("F-5", `${SALES} ❸(四)3`, 10),
  "regional.trainingPerMonth": whole("F-5", `${SALES} ❸(四)3`, 1, 0, MONTH_DAYS),
  "regional.reportOnTime": points("F-5", `${SALES} ❸(四)4`, 10),
  "regional.reportDueDay": dayOfMonth("F-5", `${SALES} ❸(四)4`, 30),
  "regional.region": points("F-5", `${SALES} ❸(四)5`, 10),

  "salesRep.dealer": points("F-6", `${SALES} ❸(五)1`, 30),
  "salesRep.dealerPerFault": whole("F-6", `${SALES} ❸(五)1`, 5, 0, "salesRep.dealer"),
  "salesRep.dealerReportDueHour": num("F-6", `${SALES} ❸(五)1`, 16, 0, DAY_HOURS),
  "salesRep.rebateDueDay": dayOfMonth("F-6", `${SALES} ❸(五)1`, 25),
  "salesRep.weeklySummary": points("F-6", `${SALES} ❸(五)2`, 10),
  "salesRep.weeklyPlan": points("F-6", `${SALES} ❸(五)2`, 10),
  "salesRep.weeklyVisits": points("F-6", `${SALES} ❸(五)2`, 10),
  "salesRep.visitsPerWeek": whole("F-6", `${SALES} ❸(五)2`, 2, 0, MAX_COUNT),
  "salesRep.visitPerMissing": whole("F-6", `${SALES} ❸(五)2`, 3, 0, "salesRep.weeklyVisits"),
  "salesRep.visitMissingZeroAt": whole("F-6", `${SALES} ❸(五)2`, 2, 1, MAX_COUNT),
  "salesRep.weeklyRecords": points("F-6", `${SALES} ❸(五)2`, 10),
  "salesRep.market": points("F-6", `${SALES} ❸(五)3`, 5),
  "salesRep.quality": points("F-6", `${SALES} ❸(五)3`, 5),
  "salesRep.advertising": points("F-6", `${SALES} ❸(五)4`, 5),
  "salesRep.advertisingDueDay": dayOfMonth("F-6", `${SALES} ❸(五)4`, 13),
  "salesRep.promotionPlan": points("F-6", `${SALES} ❸(五)4`, 5),
  "salesRep.promotionPlanDueDay": dayOfMonth("F-6", `${SALES} ❸(五)4`, 15),
  "salesRep.promotionEval": points("F-6", `${SALES} ❸(五)4`, 5),
  "salesRep.promotionEvalDueDays": days("F-6", `${SALES} ❸(五)4`, 5),
  "salesRep.planPerFault": points("F-6", `${SALES} ❸(五)4`, 2),
  "salesRep.vehicle": points("F-6", `${SALES} ❸(五)5`, 5),
  "repeat.multiplier": num("F-7", `${SALES} ❸(五)`, 2, 1, MAX_MULTIPLIER),

  "salesPay.baseShare": share("F-10", `${SALES} ❸(八)`, 0.5),
  "salesPay.planShare": share("F-10", `${SALES} ❸(八)`, 0.35),
  "salesPay.dailyShare": share("F-10", `${SALES} ❸(八)`, 0.15),
  "salesPay.completionCap": num("F-10", `${SALES} ❸(八)`, 1, 1, MAX_COMPLETION_CAP),

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
  "fieldRep.falsifiedOne": points("G-1", `${SALES} ❸(六)10`, 10),
  "fieldRep.falsifiedMany": whole("G-1", `${SALES} ❸(六)10`, 30, "fieldRep.falsifiedOne", "score.full"),
  "fieldRep.falsifiedManyFrom": whole("G-1", `${SALES} ❸(六)10`, 2, 2, MAX_COUNT),

  // ── H. Customer service ───────────────────────────────────────────────────
  "service.responseSeconds": whole("H-1", "❹ 線上客服質量", 30, 1, MAX_SECONDS),
  "service.responseSecondsLong": whole("H-1", "❹ 線上客服質量", 60, "service.responseSeconds", MAX_SECONDS),
  "review.selfWeight": share("H-3", "❺ 五", 0.3),
  "review.managerWeight": share("H-3", "❺ 五", 0.7),
  "ranking.firstBonus": num("H-4", "❺ 六", 100, 0, MAX_MONEY),
  "ranking.lastPenalty": num("H-4", "❺ 六", 100, 0, MAX_MONEY),
  "ranking.improvementBottom": whole("H-4", "❺ 六", 2, 0, MAX_COUNT),
  "ranking.improvementDays": days("H-4", "❺ 六", 7),
  "ranking.transferAfterMonths": whole("H-4", "❺ 六", 3, 1, MAX_COUNT),
  "perfPay.passScore": num("H-5", "❾ 4.3", 60, 0, "score.full"),
  "perfPay.failCut": share("H-5", "❾ 4.3", 0.3),
  "perfPay.statsFromDay": dayOfMonth("H-5", "❾ 5", 10),
  "perfPay.statsToDay": whole("H-5", "❾ 5", 15, "perfPay.statsFromDay", MONTH_DAYS),
  "perfPay.payByDay": dayOfMonth("H-5", "❾ 5", 20),

  // ── K. Customer service management ────────────────────────────────────────
  "survey.levelScores": {
    rule: "K-3", source: "❿ 客戶意見調查",
    value: [4, 3, 2, 1],
    schema: { type: "levelScores", count: 4, max: "score.full" },
  } as PolicyEntry<number[]>,
  "complaint.reportDays": days("K-5", "❿ 第二十五條", 3),
  "complaint.closeDays": days("K-5", "❿ 第二十六條", 6, "complaint.reportDays"),
  "complaint.managerMaxAmount": num("K-6", "❿ 第二十七條", 1000, 0, MAX_MONEY),
  "complaint.generalManagerMinAmount": num("K-6", "❿ 第二十七條", 5000, 0, MAX_MONEY),
  "complaint.reviewByDay": dayOfMonth("K-7", "❿ 第二十八條", 10),

  // ── L. Legal warnings ─────────────────────────────────────────────────────
  "law.overtimeNormalDayHours": num("L-1", "勞動法 第41條", 1, 0, DAY_HOURS),
  "law.overtimeDayCapHours": num("L-1", "勞動法 第41條", 3, 0, DAY_HOURS),
  "law.overtimeMonthCapHours": num("L-1", "勞動法 第41條", 36, 0, MONTH_HOURS),
  "law.dismissalNoticeDays": days("L-2", "勞動合同法 第40條", 30),
  "law.resignationNoticeDays": days("L-3", "勞動合同法 第37條", 30),
  "law.probationResignationNoticeDays": days("L-3", "勞動合同法 第37條", 3),
  "law.probationCaps": {
    rule: "L-4", source: "勞動合同法 第19條",
    value: [
      { fromContractMonths: 0, maxProbationMonths: 0 },
      { fromContractMonths: 3, maxProbationMonths: 1 },
      { fromContractMonths: 12, maxProbationMonths: 2 },
      { fromContractMonths: 36, maxProbationMonths: 6 },
    ],
    schema: { type: "probationCaps", from: "fromContractMonths", to: "maxProbationMonths", fromMax: MAX_SERVICE_MONTHS, toMax: MAX_SERVICE_MONTHS, maxRows: MAX_BANDS },
  } as PolicyEntry<ProbationCap[]>,
  "law.lossDeductionMaxShare": share("L-5", "工資支付暫行規定 第16條", 0.2),
  "law.minimumWage": {
    rule: "L-5", source: "工資支付暫行規定 第16條", value: null,
    schema: { type: "optionalNumber", min: 0, max: MAX_MONEY } } as PolicyEntry<number | null>,
} satisfies Record<string, PolicyEntry>;

/**
 * Rules between keys (P-1): weights that must add up, item maxima that must
 * fill the points scale, amounts in order. Bounds that name another key sit
 * in the key's own schema.
 */
export type GroupRule =
  | { kind: "sum"; keys: readonly string[]; total: PolicyBound }
  /** The maxima of fieldRep.items add up to `total`. */
  | { kind: "fieldSum"; total: PolicyBound }
  /** Each key's value is below the next one's. */
  | { kind: "rising"; keys: readonly string[] };

export const POLICY_GROUPS: readonly GroupRule[] = [
  { kind: "sum", keys: ["monthly.dailyWeight", "monthly.attendanceWeight"], total: 1 },
  { kind: "sum", keys: ["review.selfWeight", "review.managerWeight"], total: 1 },
  { kind: "sum", keys: ["salesPay.baseShare", "salesPay.planShare", "salesPay.dailyShare"], total: 1 },
  { kind: "sum", keys: ["regional.summary", "regional.plan", "regional.proposal", "regional.review", "regional.training", "regional.reportOnTime", "regional.region"], total: "score.full" },
  { kind: "sum", keys: ["salesRep.dealer", "salesRep.weeklySummary", "salesRep.weeklyPlan", "salesRep.weeklyVisits", "salesRep.weeklyRecords", "salesRep.market",
    "salesRep.quality", "salesRep.advertising", "salesRep.promotionPlan", "salesRep.promotionEval", "salesRep.vehicle"], total: "score.full" },
  { kind: "fieldSum", total: "score.full" },
  { kind: "rising", keys: ["complaint.managerMaxAmount", "complaint.generalManagerMinAmount"] },
];

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
