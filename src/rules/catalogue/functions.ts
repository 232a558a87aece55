/**
 * The function catalogue (FUNCTIONS.md): every HR.* worksheet function, once.
 * Ids are stable forever. Parameter bounds that are rulebook numbers name
 * their policy key, so a workbook's policy moves them too.
 */
import { approver, dismissalCheck, dueDate, lastWorkDay, noticeDays, overtimeCheck, overtimeHours, probationCheck, promotionEligible } from "../calculators/hr";
import { csPay, payFloorCheck, perfPay, salesPay } from "../calculators/pay";
import { annualScore, attendanceScore, fieldRepScore, monthlyScore, indicatorMet, rankBonus, rankCheck, REGIONAL_ITEMS, regionalScore, reviewScore, SALES_REP_ITEMS, salesRepScore, surveyScore } from "../calculators/scores";
import { HOURS_PER_DAY, MAX_DAYS_IN_MONTH } from "../contract";
import { format, joinFindings } from "../messages";
import { L, type CheckResult, type Lang, type Localized, type Outcome } from "../types";
import type { Args, CellValue, FunctionSpec, ParamSpec, ValueType } from "./types";


// ── Parameter builders ───────────────────────────────────────────────────────
// Descriptions live in ./texts (only metadata, docs and the task pane need them); labels stay here for error messages.
const scalar = (name: string, value: ValueType, label: Localized, extra: Partial<ParamSpec> = {}): ParamSpec =>
  ({ name, value, shape: { kind: "scalar" }, label, ...extra });
const money = (name: string, label: Localized, extra?: Partial<ParamSpec>) => scalar(name, { type: "number", min: 0 }, label, extra);
const score = (name: string, label: Localized) => scalar(name, { type: "number", min: 0, max: "score.full" }, label);
const date = (name: string, label: Localized) => scalar(name, { type: "date" }, label);
const count = (name: string, label: Localized, extra?: Partial<ParamSpec>) => scalar(name, { type: "whole", min: 0 }, label, extra);
const flag = (name: string, label: Localized) => scalar(name, { type: "boolean" }, label, { default: false });

const DAILY_SCORE = L("日常工作得分", "日常工作得分", "daily-work score");
const REPEATED = (cells: number) => ({
  name: "repeated", value: { type: "boolean" } as const, shape: { kind: "range", cells, blanks: "default", spill: "byRow" } as const,
  default: null, cellDefault: false,
  label: L("上月也未交", "上月也未交", "missed last month too"),
});

/** H-4's ranking inputs: one person's score among the group's. */
const RANKING: ParamSpec[] = [
  scalar("score", { type: "number" }, L("本人得分", "本人得分", "score")),
  { name: "allScores", value: { type: "number" }, shape: { kind: "range", blanks: "skip", nonEmpty: true }, label: L("全部得分", "全部得分", "all scores") },
];

// ── Result presenters ────────────────────────────────────────────────────────
function map<T>(o: Outcome<T>, f: (v: T) => CellValue): Outcome<CellValue> {
  return o.ok ? { ok: true, value: f(o.value), trace: o.trace } : o;
}
const checkText = (empty: "ok" | "blank", lang: Lang) => (r: CheckResult): CellValue =>
  r.findings.length > 0 ? joinFindings(r.findings, lang) : empty === "ok" ? format("result.ok", lang) : "";

const num = (a: Args, k: string) => a[k] as number;
const nums = (a: Args, k: string) => a[k] as number[];

export const CATALOGUE: readonly FunctionSpec[] = [
  {
    id: "SALESPAY", rules: ["F-10"], result: "money",
    params: [
      money("totalPay", L("工资总额", "工資總額", "total pay")),
      scalar("completionRate", { type: "rate" }, L("计划完成率", "計劃完成率", "plan completion rate")),
      score("dailyScore", DAILY_SCORE),
      money("overPlanBonus", L("超计划奖金", "超計劃獎金", "over-plan bonus"), { default: 0 }),
    ],
    run: (a, { policy }) => salesPay({ totalPay: num(a, "totalPay"), completionRate: num(a, "completionRate"), dailyScore: num(a, "dailyScore"), overPlanBonus: num(a, "overPlanBonus") }, policy),
  },
  {
    id: "ATTENDANCESCORE", rules: ["F-4"], result: "score",
    params: [{
      name: "absences", value: { type: "number", min: 0 }, shape: { kind: "range", blanks: "skip", scalarOk: true, spill: "byRow" },
      label: L("缺勤", "缺勤", "absences"),
    }],
    run: (a, { policy }) => attendanceScore({ absences: nums(a, "absences") }, policy),
  },
  {
    id: "MONTHLYSCORE", rules: ["F-3", "G-2"], result: "score",
    params: [score("dailyScore", DAILY_SCORE), score("attendanceScore", L("出勤得分", "出勤得分", "attendance score"))],
    run: (a, { policy }) => monthlyScore({ dailyScore: num(a, "dailyScore"), attendanceScore: num(a, "attendanceScore") }, policy),
  },
  {
    id: "ANNUALSCORE", rules: ["F-1"], result: "score",
    params: [
      { name: "monthlyScores", value: { type: "number", min: 0, max: "score.full" }, shape: { kind: "range", cells: "annual.months", blanks: "keep", spill: "byRow" },
        label: L("月度得分", "月度得分", "monthly scores") },
      { ...flag("prorate", L("按比例", "按比例", "prorate")) },
    ],
    run: (a, { policy }) => annualScore({ months: a.monthlyScores as (number | null)[], prorate: a.prorate as boolean }, policy),
  },
  {
    id: "SALESREPSCORE", rules: ["F-6", "F-7", "F-8"], result: "score",
    params: [
      { name: "faults", value: { type: "whole", min: 0 }, shape: { kind: "range", cells: SALES_REP_ITEMS.length, blanks: "default", spill: "byRow" }, cellDefault: 0,
        label: L("失误次数", "失誤次數", "faults") },
      REPEATED(SALES_REP_ITEMS.length),
    ],
    run: (a, { policy }) => salesRepScore({ faults: nums(a, "faults"), repeated: (a.repeated as boolean[] | null) ?? [] }, policy),
  },
  {
    id: "REGIONALSCORE", rules: ["F-5", "F-7", "F-8"], result: "score",
    params: [
      { name: "deductions", value: { type: "number", min: 0 }, shape: { kind: "range", cells: REGIONAL_ITEMS.length, blanks: "default", spill: "byRow" }, cellDefault: 0,
        label: L("扣分", "扣分", "deductions") },
      REPEATED(REGIONAL_ITEMS.length),
    ],
    run: (a, { policy }) => regionalScore({ deductions: nums(a, "deductions"), repeated: (a.repeated as boolean[] | null) ?? [] }, policy),
  },
  {
    id: "FIELDREPSCORE", rules: ["G", "G-1"], result: "score",
    params: [
      { name: "deductions", value: { type: "whole", min: 0 }, shape: { kind: "range", cells: "fieldRep.items", blanks: "default", spill: "byRow" }, cellDefault: 0,
        label: L("扣分", "扣分", "deductions") },
      count("falsifiedClaims", L("虚报索赔次数", "虛報索賠次數", "falsified claims"), { default: 0 }),
    ],
    run: (a, { policy }) => fieldRepScore({ deductions: nums(a, "deductions"), falsifiedClaims: num(a, "falsifiedClaims") }, policy),
  },
  {
    id: "PERFPAY", rules: ["H-5"], result: "money",
    params: [
      money("performanceBase", L("绩效基数", "績效基數", "performance base")),
      score("score", L("考核得分", "考核得分", "score")),
    ],
    run: (a, { policy }) => perfPay({ performanceBase: num(a, "performanceBase"), score: num(a, "score") }, policy),
  },
  {
    id: "CSPAY", rules: ["E-1", "E-2"], result: "money",
    params: [
      money("orderTotal", L("成交总额", "成交總額", "order total")),
      money("indicatorBonus", L("指标奖金", "指標獎金", "indicator bonus")),
      money("baseSalary", L("底薪", "底薪", "base salary")),
      { name: "indicatorsMet", value: { type: "boolean" }, shape: { kind: "range", blanks: "skip", scalarOk: true, nonEmpty: true, spill: "byRow" },
        label: L("指标达成", "指標達成", "indicators met") },
    ],
    run: (a, { policy }) => csPay({ orderTotal: num(a, "orderTotal"), indicatorBonus: num(a, "indicatorBonus"), baseSalary: num(a, "baseSalary"), indicatorsMet: a.indicatorsMet as boolean[] }, policy),
  },
  {
    id: "REVIEWSCORE", rules: ["H-3"], result: "score",
    params: [
      score("selfScore", L("自评分", "自評分", "self-review score")),
      score("managerScore", L("店长评分", "店長評分", "store manager's score")),
    ],
    run: (a, { policy }) => reviewScore({ selfScore: num(a, "selfScore"), managerScore: num(a, "managerScore") }, policy),
  },
  {
    id: "RANKBONUS", rules: ["H-4", "L-6"], result: "money",
    params: [
      ...RANKING,
    ],
    run: (a, { policy }) => rankBonus({ score: num(a, "score"), allScores: nums(a, "allScores") }, policy),
  },
  {
    id: "RANKCHECK", rules: ["H-4", "L-6"], result: "text",
    params: [
      ...RANKING,
      count("previousMonthsLast", L("此前连续垫底月数", "此前連續墊底月數", "previous months last"), { default: 0 }),
    ],
    run: (a, { policy, lang }) => map(rankCheck({ score: num(a, "score"), allScores: nums(a, "allScores"), previousMonthsLast: num(a, "previousMonthsLast") }, policy), checkText("blank", lang)),
  },
  {
    id: "INDICATORMET", rules: ["E-2"], result: "boolean",
    params: [
      scalar("indicator", { type: "choice", choices: {
        refundrate: "refundRate", refundduration: "refundDuration", disputes: "disputes", dsr: "dsr", internalcomplaints: "internalComplaints",
        "退款率": "refundRate", "退款时长": "refundDuration", "退款時長": "refundDuration", "纠纷": "disputes", "糾紛": "disputes", "内部投诉": "internalComplaints", "內部投訴": "internalComplaints",
      } }, L("指标", "指標", "indicator")),
      scalar("value", { type: "number" }, L("实际值", "實際值", "value")),
    ],
    run: (a, { policy, lang }) => map(indicatorMet({ indicator: a.indicator as string, value: num(a, "value") }, policy), (met) => met ?? format("result.targetNotSet", lang)),
  },
  {
    id: "NOTICEDAYS", rules: ["C-2", "L-2"], result: "days",
    params: [
      date("hireDate", L("入职日期", "到職日期", "hire date")),
      date("noticeDate", L("通知日期", "通知日期", "notice date")),
    ],
    run: (a, { policy }) => noticeDays({ hireDate: num(a, "hireDate"), noticeDate: num(a, "noticeDate") }, policy),
  },
  {
    id: "LASTWORKDAY", rules: ["D-1", "L-3"], result: "date",
    params: [date("resignationDate", L("辞职日期", "辭職日期", "resignation date"))],
    run: (a, { policy }) => lastWorkDay({ resignationDate: num(a, "resignationDate") }, policy),
  },
  {
    id: "HANDOVERDUE", rules: ["D-4"], result: "date",
    params: [date("separationDate", L("离职日期", "離職日期", "separation date"))],
    run: (a, { policy }) => dueDate({ date: num(a, "separationDate") }, { rule: "D-4", key: "separation.handoverDays" }, policy),
  },
  {
    id: "APPEALDEADLINE", rules: ["C-3"], result: "date",
    params: [date("certificateReceivedDate", L("收到证明日期", "收到證明日期", "certificate received"))],
    run: (a, { policy }) => dueDate({ date: num(a, "certificateReceivedDate") }, { rule: "C-3", key: "dismissal.appealDays" }, policy),
  },
  {
    id: "COMPLAINTDUE", rules: ["K-5"], result: "date",
    params: [
      date("acceptedDate", L("受理日期", "受理日期", "accepted date")),
      scalar("stage", { type: "choice", choices: { close: "close", report: "report", "结案": "close", "結案": "close", "报告": "report", "報告": "report" } },
        L("阶段", "階段", "stage"), { default: "close" }),
    ],
    run: (a, { policy }) => dueDate({ date: num(a, "acceptedDate") },
      a.stage === "report" ? { rule: "K-5", key: "complaint.reportDays" } : { rule: "K-5", key: "complaint.closeDays" }, policy),
  },
  {
    id: "APPROVER", rules: ["K-6"], result: "text",
    params: [
      money("amount", L("投诉金额", "投訴金額", "amount")),
      scalar("language", { type: "choice", choices: { "zh-cn": "zh-CN", "zh-tw": "zh-TW", en: "en" } },
        L("语言", "語言", "language"), { default: null }),
    ],
    run: (a, { policy, lang }) => map(approver({ amount: num(a, "amount") }, policy), (who) => format(`approver.${who}`, (a.language as Lang | null) ?? lang)),
  },
  {
    id: "OVERTIMEHOURS", rules: ["A-1"], result: "hours",
    params: [{ name: "dailyHours", value: { type: "number", min: 0, max: HOURS_PER_DAY }, shape: { kind: "range", blanks: "keep", maxCells: MAX_DAYS_IN_MONTH, spill: "byRow" },
      label: L("每日工时", "每日工時", "daily hours"), }],
    run: (a, { policy }) => overtimeHours({ days: (a.dailyHours as (number | null)[]).flatMap((hours, i) => (hours === null ? [] : [{ day: i + 1, hours }])) }, policy),
  },
  {
    id: "OVERTIMECHECK", rules: ["A-2", "A-3", "A-4", "L-1"], result: "text",
    params: [{ name: "dailyHours", value: { type: "number", min: 0, max: HOURS_PER_DAY }, shape: { kind: "range", blanks: "keep", maxCells: MAX_DAYS_IN_MONTH, spill: "byRow" },
      label: L("每日工时", "每日工時", "daily hours"), }],
    run: (a, { policy, lang }) => map(overtimeCheck({ hours: a.dailyHours as (number | null)[] }, policy), checkText("ok", lang)),
  },
  {
    id: "DISMISSALCHECK", rules: ["C-1", "C-1.1", "C-1.2", "C-1.16", "C-1.19", "L-6"], result: "text",
    params: [
      count("longestConsecutiveAbsence", L("最长连续旷工天数", "最長連續曠工天數", "longest consecutive absence")),
      scalar("absentDaysThisYear", { type: "number", min: 0 }, L("本年旷工天数", "本年曠工天數", "absent days this year")),
      count("demeritsThisYear", L("本年记过次数", "本年記過次數", "demerits this year")),
      flag("failedYearEnd", L("年终考核不合格", "年終考核不合格", "failed year-end evaluation")),
      flag("failedAfterTrial", L("试用后仍不合格", "試用後仍不合格", "failed again after trial")),
      flag("unfitInProbation", L("试用期不合格", "試用期不合格", "unfit in probation")),
    ],
    run: (a, { policy, lang }) => map(dismissalCheck({
      longestConsecutiveAbsence: num(a, "longestConsecutiveAbsence"), absentDaysThisYear: num(a, "absentDaysThisYear"), demeritsThisYear: num(a, "demeritsThisYear"),
      failedYearEnd: a.failedYearEnd as boolean, failedAfterTrial: a.failedAfterTrial as boolean, unfitInProbation: a.unfitInProbation as boolean,
    }, policy), checkText("blank", lang)),
  },
  {
    id: "PROMOTIONELIGIBLE", rules: ["B-6"], result: "boolean",
    params: [count("unoffsetPunishments", L("未抵消处分数", "未抵消處分數", "unoffset punishments"))],
    run: (a, { policy }) => promotionEligible({ unoffsetPunishments: num(a, "unoffsetPunishments") }, policy),
  },
  {
    id: "SURVEYSCORE", rules: ["K-3"], result: "score",
    params: [{ name: "ratings", value: { type: "level" }, shape: { kind: "range", blanks: "skip", scalarOk: true, nonEmpty: true },
      label: L("评价", "評價", "ratings"), }],
    run: (a, { policy }) => surveyScore({ levels: nums(a, "ratings") }, policy),
  },
  {
    id: "PROBATIONCHECK", rules: ["L-4"], result: "text",
    params: [
      scalar("contractMonths", { type: "number", min: 0 }, L("合同月数", "合同月數", "contract months")),
      scalar("probationMonths", { type: "number", min: 0 }, L("试用期月数", "試用期月數", "probation months")),
    ],
    run: (a, { policy, lang }) => map(probationCheck({ contractMonths: num(a, "contractMonths"), probationMonths: num(a, "probationMonths") }, policy), checkText("ok", lang)),
  },
  {
    id: "PAYFLOORCHECK", rules: ["L-5"], result: "text",
    params: [
      money("wage", L("当月工资", "當月工資", "wage")),
      money("deduction", L("扣款", "扣款", "deduction"), { default: 0 }),
      money("minimumWage", L("最低工资", "最低工資", "minimum wage"), { default: null }),
    ],
    run: (a, { policy, lang }) => map(payFloorCheck({ wage: num(a, "wage"), deduction: num(a, "deduction"), minimumWage: a.minimumWage as number | null }, policy), checkText("ok", lang)),
  },
];

export const BY_ID: ReadonlyMap<string, FunctionSpec> = new Map(CATALOGUE.map((f) => [f.id, f]));

export function findFunction(id: string): FunctionSpec | undefined {
  return BY_ID.get(id.toUpperCase().replace(/^HR\./, ""));
}
