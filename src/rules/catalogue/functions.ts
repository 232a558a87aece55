/**
 * The function catalogue (FUNCTIONS.md): every HR.* worksheet function, once.
 * Ids are stable forever. Parameter bounds that are rulebook numbers name
 * their policy key, so a workbook's policy moves them too.
 */
import { approver, dismissalCheck, dueDate, lastWorkDay, noticeDays, overtimeCheck, overtimeHours, probationCheck, promotionEligible } from "../calculators/hr";
import { csPay, payFloorCheck, perfPay, salesPay } from "../calculators/pay";
import { annualScore, attendanceScore, fieldRepScore, monthlyScore, indicatorMet, rankBonus, rankCheck, REGIONAL_ITEMS, regionalScore, reviewScore, SALES_REP_ITEMS, salesRepScore, surveyScore } from "../calculators/scores";
import { HOURS_PER_DAY } from "../contract";
import { format, joinFindings } from "../messages";
import type { CheckResult, Lang, Localized, Outcome } from "../types";
import { EXAMPLES } from "./examples";
import type { Args, CellValue, FunctionSpec, ParamSpec, ValueType } from "./types";

const L = (zhCN: string, zhTW: string, en: string): Localized => ({ "zh-CN": zhCN, "zh-TW": zhTW, en });

// ── Parameter builders ───────────────────────────────────────────────────────
type Text = { label: Localized; description: Localized };
const scalar = (name: string, value: ValueType, text: Text, extra: Partial<ParamSpec> = {}): ParamSpec =>
  ({ name, value, shape: { kind: "scalar" }, ...text, ...extra });
const money = (name: string, text: Text, extra?: Partial<ParamSpec>) => scalar(name, { type: "number", min: 0 }, text, extra);
const score = (name: string, text: Text) => scalar(name, { type: "number", min: 0, max: "score.full" }, text);
const date = (name: string, text: Text) => scalar(name, { type: "date" }, text);
const count = (name: string, text: Text, extra?: Partial<ParamSpec>) => scalar(name, { type: "whole", min: 0 }, text, extra);
const flag = (name: string, text: Text) => scalar(name, { type: "boolean" }, text, { default: false });
const T = (label: Localized, description: Localized): Text => ({ label, description });

const DAILY_SCORE = T(L("日常工作得分", "日常工作得分", "daily-work score"), L("日常工作考核得分（0–{score.full}）", "日常工作考核得分（0–{score.full}）", "daily-work score (0–{score.full})"));
const REPEATED = (cells: number) => ({
  name: "repeated", value: { type: "boolean" } as const, shape: { kind: "range", cells, blanks: "default" } as const,
  default: null, cellDefault: false,
  label: L("上月也未交", "上月也未交", "missed last month too"),
  description: L(`与各项对应的 TRUE/FALSE 行（${cells} 格）；TRUE 的项扣分加倍（F-7）`, `與各項對應的 TRUE/FALSE 列（${cells} 格）；TRUE 的項扣分加倍（F-7）`, `a row of ${cells} TRUE/FALSE, one per item; TRUE doubles that item's deduction (F-7)`),
});

// ── Result presenters ────────────────────────────────────────────────────────
function map<T>(o: Outcome<T>, f: (v: T) => CellValue): Outcome<CellValue> {
  return o.ok ? { ok: true, value: f(o.value), trace: o.trace } : o;
}
const checkText = (empty: "ok" | "blank", lang: Lang) => (r: CheckResult): CellValue =>
  r.findings.length > 0 ? joinFindings(r.findings, lang) : empty === "ok" ? format("result.ok", lang) : "";

const num = (a: Args, k: string) => a[k] as number;
const nums = (a: Args, k: string) => a[k] as number[];

export const CATALOGUE: readonly FunctionSpec[] = ([
  {
    id: "SALESPAY", rules: ["F-10"], result: "money",
    name: L("销售工资", "銷售薪資", "SALESPAY"),
    description: L("业务员月薪：基本工资 + 计划工资 + 日常工作工资 + 超计划奖金", "業務員月薪：基本工資 + 計劃工資 + 日常工作工資 + 超計劃獎金", "Salesperson's monthly pay: base + plan pay + daily-work pay + over-plan bonus"),
    params: [
      money("totalPay", T(L("工资总额", "工資總額", "total pay"), L("当月工资总额（元）", "當月工資總額（元）", "the month's total pay (yuan)"))),
      scalar("completionRate", { type: "rate" }, T(L("计划完成率", "計劃完成率", "plan completion rate"), L("计划完成率，如 80% 或 0.8", "計劃完成率，如 80% 或 0.8", "plan completion, e.g. 80% or 0.8"))),
      score("dailyScore", DAILY_SCORE),
      money("overPlanBonus", T(L("超计划奖金", "超計劃獎金", "over-plan bonus"), L("超计划奖金（元），默认 0", "超計劃獎金（元），預設 0", "over-plan bonus (yuan), default 0")), { default: 0 }),
    ],
    run: (a, { policy }) => salesPay({ totalPay: num(a, "totalPay"), completionRate: num(a, "completionRate"), dailyScore: num(a, "dailyScore"), overPlanBonus: num(a, "overPlanBonus") }, policy),
  },
  {
    id: "ATTENDANCESCORE", rules: ["F-4"], result: "score",
    name: L("出勤得分", "出勤得分", "ATTENDANCESCORE"),
    description: L("出勤得分：满勤 {score.full}，每缺勤 1 天扣 {attendance.pointsPerDay} 分，不足 1 天按 1 天计", "出勤得分：滿勤 {score.full}，每缺勤 1 天扣 {attendance.pointsPerDay} 分，不足 1 天按 1 天計", "Attendance score: {score.full} for a full month, {attendance.pointsPerDay} off per day absent, a part day counts as a day"),
    params: [{
      name: "absences", value: { type: "number", min: 0 }, shape: { kind: "range", blanks: "skip", scalarOk: true },
      label: L("缺勤", "缺勤", "absences"),
      description: L("缺勤天数，或每次缺勤一格的区域", "缺勤天數，或每次缺勤一格的範圍", "days absent, or a range with one cell per absence"),
    }],
    run: (a, { policy }) => attendanceScore({ absences: nums(a, "absences") }, policy),
  },
  {
    id: "MONTHLYSCORE", rules: ["F-3", "G-2"], result: "score",
    name: L("月度得分", "月度得分", "MONTHLYSCORE"),
    description: L("月度得分 = 日常工作 × {monthly.dailyWeight|%} + 出勤 × {monthly.attendanceWeight|%}", "月度得分 = 日常工作 × {monthly.dailyWeight|%} + 出勤 × {monthly.attendanceWeight|%}", "Monthly score = daily work × {monthly.dailyWeight|%} + attendance × {monthly.attendanceWeight|%}"),
    params: [score("dailyScore", DAILY_SCORE), score("attendanceScore", T(L("出勤得分", "出勤得分", "attendance score"), L("出勤得分（0–{score.full}）", "出勤得分（0–{score.full}）", "attendance score (0–{score.full})")))],
    run: (a, { policy }) => monthlyScore({ dailyScore: num(a, "dailyScore"), attendanceScore: num(a, "attendanceScore") }, policy),
  },
  {
    id: "ANNUALSCORE", rules: ["F-1"], result: "score",
    name: L("年度得分", "年度得分", "ANNUALSCORE"),
    description: L("年度得分 = {annual.months} 个月得分之和 ÷ {annual.months}", "年度得分 = {annual.months} 個月得分之和 ÷ {annual.months}", "Annual score = sum of the {annual.months} monthly scores ÷ {annual.months}"),
    params: [
      { name: "monthlyScores", value: { type: "number", min: 0, max: "score.full" }, shape: { kind: "range", cells: "annual.months", blanks: "keep" },
        label: L("月度得分", "月度得分", "monthly scores"),
        description: L("{annual.months} 个月的得分（{annual.months} 格）；空白月份为错误，除非按比例", "{annual.months} 個月的得分（{annual.months} 格）；空白月份為錯誤，除非按比例", "the {annual.months} monthly scores ({annual.months} cells); a blank month is an error unless prorate") },
      { ...flag("prorate", T(L("按比例", "按比例", "prorate"), L("TRUE：只平均已填的月份（年中入职）", "TRUE：只平均已填的月份（年中到職）", "TRUE: average only the months present (hired mid-year)"))) },
    ],
    run: (a, { policy }) => annualScore({ months: a.monthlyScores as (number | null)[], prorate: a.prorate as boolean }, policy),
  },
  {
    id: "SALESREPSCORE", rules: ["F-6", "F-7", "F-8"], result: "score",
    name: L("业务员日常得分", "業務員日常得分", "SALESREPSCORE"),
    description: L("业务员日常工作得分（{score.full} 分）：按 12 项失误扣分", "業務員日常工作得分（{score.full} 分）：按 12 項失誤扣分", "Salesperson's daily-work score ({score.full} points) from the 12 fault counts"),
    params: [
      { name: "faults", value: { type: "whole", min: 0 }, shape: { kind: "range", cells: SALES_REP_ITEMS.length, blanks: "default" }, cellDefault: 0,
        label: L("失误次数", "失誤次數", "faults"),
        description: L("12 项失误次数的一行（TRUE = 1，空白 = 0）", "12 項失誤次數的一列（TRUE = 1，空白 = 0）", "a row of the 12 fault counts (TRUE = 1, blank = 0)") },
      REPEATED(SALES_REP_ITEMS.length),
    ],
    run: (a, { policy }) => salesRepScore({ faults: nums(a, "faults"), repeated: (a.repeated as boolean[] | null) ?? [] }, policy),
  },
  {
    id: "REGIONALSCORE", rules: ["F-5", "F-7", "F-8"], result: "score",
    name: L("区域经理日常得分", "區域經理日常得分", "REGIONALSCORE"),
    description: L("区域经理日常工作得分（{score.full} 分）：7 项扣分", "區域經理日常工作得分（{score.full} 分）：7 項扣分", "Regional manager's daily-work score ({score.full} points) from the 7 item deductions"),
    params: [
      { name: "deductions", value: { type: "number", min: 0 }, shape: { kind: "range", cells: REGIONAL_ITEMS.length, blanks: "default" }, cellDefault: 0,
        label: L("扣分", "扣分", "deductions"),
        description: L("7 项扣分的一行：总结、计划、市场建议、周报审阅、培训、月报准时、区域责任", "7 項扣分的一列：總結、計劃、市場建議、週報審閱、培訓、月報準時、區域責任", "a row of the 7 deductions: summary, plan, market proposal, weekly-report review, training, monthly report on time, region") },
      REPEATED(REGIONAL_ITEMS.length),
    ],
    run: (a, { policy }) => regionalScore({ deductions: nums(a, "deductions"), repeated: (a.repeated as boolean[] | null) ?? [] }, policy),
  },
  {
    id: "FIELDREPSCORE", rules: ["G", "G-1"], result: "score",
    name: L("服务代表得分", "服務代表得分", "FIELDREPSCORE"),
    description: L("驻外服务代表得分（{score.full} 分）：第 1–9 项按扣分标准扣分，虚报索赔另扣", "駐外服務代表得分（{score.full} 分）：第 1–9 項按扣分標準扣分，虛報索賠另扣", "Field service representative's score ({score.full} points): items 1–9 by their deduction bands, less falsified claims"),
    params: [
      { name: "deductions", value: { type: "whole", min: 0 }, shape: { kind: "range", cells: "fieldRep.items", blanks: "default" }, cellDefault: 0,
        label: L("扣分", "扣分", "deductions"),
        description: L("第 1、2、3、4a、4b、5、6、7、8、9 项扣分的一行", "第 1、2、3、4a、4b、5、6、7、8、9 項扣分的一列", "a row of the deductions of items 1, 2, 3, 4a, 4b, 5, 6, 7, 8, 9") },
      count("falsifiedClaims", T(L("虚报索赔次数", "虛報索賠次數", "falsified claims"), L("发现的虚报索赔次数，默认 0", "發現的虛報索賠次數，預設 0", "falsified claims found, default 0")), { default: 0 }),
    ],
    run: (a, { policy }) => fieldRepScore({ deductions: nums(a, "deductions"), falsifiedClaims: num(a, "falsifiedClaims") }, policy),
  },
  {
    id: "PERFPAY", rules: ["H-5"], result: "money",
    name: L("绩效工资", "績效薪資", "PERFPAY"),
    description: L("绩效工资 = 绩效基数 × 得分 ÷ {score.full}；不满 {perfPay.passScore} 分扣减 {perfPay.failCut|%}", "績效工資 = 績效基數 × 得分 ÷ {score.full}；未滿 {perfPay.passScore} 分扣減 {perfPay.failCut|%}", "Performance pay = base × score ÷ {score.full}; under {perfPay.passScore} loses {perfPay.failCut|%}"),
    params: [
      money("performanceBase", T(L("绩效基数", "績效基數", "performance base"), L("绩效工资基数（元）", "績效工資基數（元）", "performance pay base (yuan)"))),
      score("score", T(L("考核得分", "考核得分", "score"), L("考核得分（0–{score.full}）", "考核得分（0–{score.full}）", "evaluation score (0–{score.full})"))),
    ],
    run: (a, { policy }) => perfPay({ performanceBase: num(a, "performanceBase"), score: num(a, "score") }, policy),
  },
  {
    id: "CSPAY", rules: ["E-1", "E-2"], result: "money",
    name: L("客服工资", "客服薪資", "CSPAY"),
    description: L("售后客服月薪 = 成交总额 × {csPay.commissionRate|‰} + 指标奖金（任一指标未达成则为 0）+ 底薪", "售後客服月薪 = 成交總額 × {csPay.commissionRate|‰} + 指標獎金（任一指標未達成則為 0）+ 底薪", "Online service pay = order total × {csPay.commissionRate|‰} + indicator bonus (0 if any indicator missed) + base salary"),
    params: [
      money("orderTotal", T(L("成交总额", "成交總額", "order total"), L("当月成交订单总额（元）", "當月成交訂單總額（元）", "the month's closed order total (yuan)"))),
      money("indicatorBonus", T(L("指标奖金", "指標獎金", "indicator bonus"), L("售后指标奖金（元）", "售後指標獎金（元）", "after-sales indicator bonus (yuan)"))),
      money("baseSalary", T(L("底薪", "底薪", "base salary"), L("底薪（元）", "底薪（元）", "base salary (yuan)"))),
      { name: "indicatorsMet", value: { type: "boolean" }, shape: { kind: "range", blanks: "skip", scalarOk: true, nonEmpty: true },
        label: L("指标达成", "指標達成", "indicators met"),
        description: L("TRUE/FALSE，或每项指标一格的区域（空白 = 未设目标，不计）", "TRUE/FALSE，或每項指標一格的範圍（空白 = 未設目標，不計）", "TRUE/FALSE, or a range with one cell per indicator (blank = target not set, skipped)") },
    ],
    run: (a, { policy }) => csPay({ orderTotal: num(a, "orderTotal"), indicatorBonus: num(a, "indicatorBonus"), baseSalary: num(a, "baseSalary"), indicatorsMet: a.indicatorsMet as boolean[] }, policy),
  },
  {
    id: "REVIEWSCORE", rules: ["H-3"], result: "score",
    name: L("考评得分", "考評得分", "REVIEWSCORE"),
    description: L("考评得分 = 自评 × {review.selfWeight|%} + 店长评分 × {review.managerWeight|%}", "考評得分 = 自評 × {review.selfWeight|%} + 店長評分 × {review.managerWeight|%}", "Review score = self-review × {review.selfWeight|%} + store manager × {review.managerWeight|%}"),
    params: [
      score("selfScore", T(L("自评分", "自評分", "self-review score"), L("自评分（0–{score.full}）", "自評分（0–{score.full}）", "self-review score (0–{score.full})"))),
      score("managerScore", T(L("店长评分", "店長評分", "store manager's score"), L("店长评分（0–{score.full}）", "店長評分（0–{score.full}）", "store manager's score (0–{score.full})"))),
    ],
    run: (a, { policy }) => reviewScore({ selfScore: num(a, "selfScore"), managerScore: num(a, "managerScore") }, policy),
  },
  {
    id: "RANKBONUS", rules: ["H-4", "L-6"], result: "money",
    name: L("排名奖罚", "排名獎懲", "RANKBONUS"),
    description: L("月度排名奖罚：第一名 +{ranking.firstBonus}，最后一名 −{ranking.lastPenalty}，并列同名次", "月度排名獎懲：第一名 +{ranking.firstBonus}，最後一名 −{ranking.lastPenalty}，並列同名次", "Monthly ranking: first place +{ranking.firstBonus}, last place −{ranking.lastPenalty}; ties share the place"),
    params: [
      scalar("score", { type: "number" }, T(L("本人得分", "本人得分", "score"), L("本人的得分，须在全部得分之中", "本人的得分，須在全部得分之中", "this person's score; must be among allScores"))),
      { name: "allScores", value: { type: "number" }, shape: { kind: "range", blanks: "skip", nonEmpty: true },
        label: L("全部得分", "全部得分", "all scores"), description: L("同组全部人员的得分", "同組全部人員的得分", "the scores of everyone in the group") },
    ],
    run: (a, { policy }) => rankBonus({ score: num(a, "score"), allScores: nums(a, "allScores") }, policy),
  },
  {
    id: "RANKCHECK", rules: ["H-4", "L-6"], result: "text",
    name: L("排名提示", "排名提示", "RANKCHECK"),
    description: L("排名后 {ranking.improvementBottom} 名须提交改进计划；连续 {ranking.transferAfterMonths} 个月最后一名考虑调岗；否则返回空文本", "排名後 {ranking.improvementBottom} 名須提交改進計劃；連續 {ranking.transferAfterMonths} 個月最後一名考慮調崗；否則傳回空字串", "Bottom {ranking.improvementBottom} submit an improvement plan; last place {ranking.transferAfterMonths} months in a row is considered for transfer; empty text otherwise"),
    params: [
      scalar("score", { type: "number" }, T(L("本人得分", "本人得分", "score"), L("本人的得分，须在全部得分之中", "本人的得分，須在全部得分之中", "this person's score; must be among allScores"))),
      { name: "allScores", value: { type: "number" }, shape: { kind: "range", blanks: "skip", nonEmpty: true },
        label: L("全部得分", "全部得分", "all scores"), description: L("同组全部人员的得分", "同組全部人員的得分", "the scores of everyone in the group") },
      count("previousMonthsLast", T(L("此前连续垫底月数", "此前連續墊底月數", "previous months last"), L("本月之前连续最后一名的月数，默认 0", "本月之前連續最後一名的月數，預設 0", "consecutive months in last place before this one, default 0")), { default: 0 }),
    ],
    run: (a, { policy, lang }) => map(rankCheck({ score: num(a, "score"), allScores: nums(a, "allScores"), previousMonthsLast: num(a, "previousMonthsLast") }, policy), checkText("blank", lang)),
  },
  {
    id: "INDICATORMET", rules: ["E-2"], result: "boolean",
    name: L("指标达成", "指標達成", "INDICATORMET"),
    description: L("售后指标是否达成目标（规则表中的目标与方向）；未设目标时返回“未设目标”", "售後指標是否達成目標（規則表中的目標與方向）；未設目標時傳回「未設目標」", "Whether an after-sales indicator meets its policy target; \"target not set\" when it has none"),
    params: [
      scalar("indicator", { type: "choice", choices: {
        refundrate: "refundRate", refundduration: "refundDuration", disputes: "disputes", dsr: "dsr", internalcomplaints: "internalComplaints",
        "退款率": "refundRate", "退款时长": "refundDuration", "退款時長": "refundDuration", "纠纷": "disputes", "糾紛": "disputes", "内部投诉": "internalComplaints", "內部投訴": "internalComplaints",
      } }, T(L("指标", "指標", "indicator"), L("退款率、退款时长、纠纷、DSR 或内部投诉", "退款率、退款時長、糾紛、DSR 或內部投訴", "refundRate, refundDuration, disputes, dsr or internalComplaints"))),
      scalar("value", { type: "number" }, T(L("实际值", "實際值", "value"), L("该指标本月的实际值", "該指標本月的實際值", "the indicator's figure this month"))),
    ],
    run: (a, { policy, lang }) => map(indicatorMet({ indicator: a.indicator as string, value: num(a, "value") }, policy), (met) => met ?? format("result.targetNotSet", lang)),
  },
  {
    id: "NOTICEDAYS", rules: ["C-2", "L-2"], result: "days",
    name: L("辞退预告天数", "辭退預告天數", "NOTICEDAYS"),
    description: L("辞退预告期天数（按连续工作整月数）", "辭退預告期天數（按連續工作整月數）", "Days of notice before dismissal, by whole months of service"),
    params: [
      date("hireDate", T(L("入职日期", "到職日期", "hire date"), L("入职日期", "到職日期", "date of hire"))),
      date("noticeDate", T(L("通知日期", "通知日期", "notice date"), L("发出辞退通知的日期", "發出辭退通知的日期", "date the dismissal notice is given"))),
    ],
    run: (a, { policy }) => noticeDays({ hireDate: num(a, "hireDate"), noticeDate: num(a, "noticeDate") }, policy),
  },
  {
    id: "LASTWORKDAY", rules: ["D-1", "L-3"], result: "date",
    name: L("最后工作日", "最後工作日", "LASTWORKDAY"),
    description: L("提出辞职后最早的最后工作日（提出日 + {resignation.workOnMonths} 个月）", "提出辭職後最早的最後工作日（提出日 + {resignation.workOnMonths} 個月）", "Earliest last working day after a resignation (submission + {resignation.workOnMonths} month(s))"),
    params: [date("resignationDate", T(L("辞职日期", "辭職日期", "resignation date"), L("提出辞职的日期", "提出辭職的日期", "date the resignation was handed in")))],
    run: (a, { policy }) => lastWorkDay({ resignationDate: num(a, "resignationDate") }, policy),
  },
  {
    id: "HANDOVERDUE", rules: ["D-4"], result: "date",
    name: L("移交期限", "移交期限", "HANDOVERDUE"),
    description: L("移交手续的完成期限（离职日 + {separation.handoverDays} 天）", "移交手續的完成期限（離職日 + {separation.handoverDays} 天）", "Date the handover must be done by (separation + {separation.handoverDays} days)"),
    params: [date("separationDate", T(L("离职日期", "離職日期", "separation date"), L("离职日期", "離職日期", "date of separation")))],
    run: (a, { policy }) => dueDate({ date: num(a, "separationDate") }, { rule: "D-4", key: "separation.handoverDays" }, policy),
  },
  {
    id: "APPEALDEADLINE", rules: ["C-3"], result: "date",
    name: L("申诉期限", "申訴期限", "APPEALDEADLINE"),
    description: L("向劳动争议仲裁申诉的最后日期（收到辞退证明 + {dismissal.appealDays} 天）", "向勞動爭議仲裁申訴的最後日期（收到辭退證明 + {dismissal.appealDays} 天）", "Last day to appeal to labour arbitration (certificate received + {dismissal.appealDays} days)"),
    params: [date("certificateReceivedDate", T(L("收到证明日期", "收到證明日期", "certificate received"), L("收到辞退证明书的日期", "收到辭退證明書的日期", "date the dismissal certificate was received")))],
    run: (a, { policy }) => dueDate({ date: num(a, "certificateReceivedDate") }, { rule: "C-3", key: "dismissal.appealDays" }, policy),
  },
  {
    id: "COMPLAINTDUE", rules: ["K-5"], result: "date",
    name: L("投诉处理期限", "投訴處理期限", "COMPLAINTDUE"),
    description: L("投诉结案期限（受理 + {complaint.closeDays} 天），或调查报告期限（+ {complaint.reportDays} 天）", "投訴結案期限（受理 + {complaint.closeDays} 天），或調查報告期限（+ {complaint.reportDays} 天）", "Complaint close-by date (accepted + {complaint.closeDays} days), or the investigation report's (+ {complaint.reportDays} days)"),
    params: [
      date("acceptedDate", T(L("受理日期", "受理日期", "accepted date"), L("投诉受理日期", "投訴受理日期", "date the complaint was accepted"))),
      scalar("stage", { type: "choice", choices: { close: "close", report: "report", "结案": "close", "結案": "close", "报告": "report", "報告": "report" } },
        T(L("阶段", "階段", "stage"), L("\"close\"（结案，默认）或 \"report\"（调查报告）", "\"close\"（結案，預設）或 \"report\"（調查報告）", "\"close\" (default) or \"report\" (investigation report)")), { default: "close" }),
    ],
    run: (a, { policy }) => dueDate({ date: num(a, "acceptedDate") },
      a.stage === "report" ? { rule: "K-5", key: "complaint.reportDays" } : { rule: "K-5", key: "complaint.closeDays" }, policy),
  },
  {
    id: "APPROVER", rules: ["K-6"], result: "text",
    name: L("投诉核决人", "投訴核決人", "APPROVER"),
    description: L("客户投诉金额的核决人", "客戶投訴金額的核決人", "Who approves a complaint settlement of this amount"),
    params: [
      money("amount", T(L("投诉金额", "投訴金額", "amount"), L("客户投诉金额（元）", "客戶投訴金額（元）", "complaint settlement amount (yuan)"))),
      scalar("language", { type: "choice", choices: { "zh-cn": "zh-CN", "zh-tw": "zh-TW", en: "en" } },
        T(L("语言", "語言", "language"), L("结果语言：zh-CN、zh-TW 或 en，默认为 Office 的语言", "結果語言：zh-CN、zh-TW 或 en，預設為 Office 的語言", "language of the result: zh-CN, zh-TW or en; default the Office language")), { default: null }),
    ],
    run: (a, { policy, lang }) => map(approver({ amount: num(a, "amount") }, policy), (who) => format(`approver.${who}`, (a.language as Lang | null) ?? lang)),
  },
  {
    id: "OVERTIMEHOURS", rules: ["A-1"], result: "hours",
    name: L("加班小时", "加班時數", "OVERTIMEHOURS"),
    description: L("当月加班小时数：每日超过 {workTime.standardDayHours} 小时的部分之和", "當月加班時數：每日超過 {workTime.standardDayHours} 小時的部分之和", "Overtime hours in a month: hours beyond {workTime.standardDayHours} a day, summed"),
    params: [{ name: "dailyHours", value: { type: "number", min: 0, max: HOURS_PER_DAY }, shape: { kind: "range", blanks: "keep" },
      label: L("每日工时", "每日工時", "daily hours"), description: L("当月每日工时（每天一格，空白 = 未上班）", "當月每日工時（每天一格，空白 = 未上班）", "the month's daily hours (a cell a day; blank = no work)") }],
    run: (a, { policy }) => overtimeHours({ days: (a.dailyHours as (number | null)[]).flatMap((hours, i) => (hours === null ? [] : [{ day: i + 1, hours }])) }, policy),
  },
  {
    id: "OVERTIMECHECK", rules: ["A-2", "A-3", "A-4", "L-1"], result: "text",
    name: L("加班检查", "加班檢查", "OVERTIMECHECK"),
    description: L("检查当月工时是否超过公司规定与法定上限；无问题时返回 OK", "檢查當月工時是否超過公司規定與法定上限；無問題時傳回 OK", "Checks a month's hours against the company rules and the legal caps; OK when nothing is breached"),
    params: [{ name: "dailyHours", value: { type: "number", min: 0, max: HOURS_PER_DAY }, shape: { kind: "range", blanks: "keep" },
      label: L("每日工时", "每日工時", "daily hours"), description: L("当月每日工时（每天一格，空白 = 休息）", "當月每日工時（每天一格，空白 = 休息）", "the month's daily hours (a cell a day; blank = rest day)") }],
    run: (a, { policy, lang }) => map(overtimeCheck({ hours: a.dailyHours as (number | null)[] }, policy), checkText("ok", lang)),
  },
  {
    id: "DISMISSALCHECK", rules: ["C-1", "C-1.1", "C-1.2", "C-1.16", "C-1.19", "L-6"], result: "text",
    name: L("辞退检查", "辭退檢查", "DISMISSALCHECK"),
    description: L("检查可计数的辞退条件；不符合任何条件时返回空文本", "檢查可計數的辭退條件；不符合任何條件時傳回空字串", "Checks the countable dismissal grounds; empty text when none applies"),
    params: [
      count("longestConsecutiveAbsence", T(L("最长连续旷工天数", "最長連續曠工天數", "longest consecutive absence"), L("本年最长连续旷工天数", "本年最長連續曠工天數", "longest run of consecutive days absent without leave this year"))),
      scalar("absentDaysThisYear", { type: "number", min: 0 }, T(L("本年旷工天数", "本年曠工天數", "absent days this year"), L("本年旷工累计天数", "本年曠工累計天數", "days absent without leave this year"))),
      count("demeritsThisYear", T(L("本年记过次数", "本年記過次數", "demerits this year"), L("本年记过次数", "本年記過次數", "demerits (記過) this year"))),
      flag("failedYearEnd", T(L("年终考核不合格", "年終考核不合格", "failed year-end evaluation"), L("年终考核不合格（默认 FALSE）", "年終考核不合格（預設 FALSE）", "failed the year-end evaluation (default FALSE)"))),
      flag("failedAfterTrial", T(L("试用后仍不合格", "試用後仍不合格", "failed again after trial"), L("经试用后仍不合格（默认 FALSE）", "經試用後仍不合格（預設 FALSE）", "failed again after a trial period (default FALSE)"))),
      flag("unfitInProbation", T(L("试用期不合格", "試用期不合格", "unfit in probation"), L("试用期内被证明不符合录用条件（默认 FALSE）", "試用期內被證明不符合錄用條件（預設 FALSE）", "found unfit during probation (default FALSE)"))),
    ],
    run: (a, { policy, lang }) => map(dismissalCheck({
      longestConsecutiveAbsence: num(a, "longestConsecutiveAbsence"), absentDaysThisYear: num(a, "absentDaysThisYear"), demeritsThisYear: num(a, "demeritsThisYear"),
      failedYearEnd: a.failedYearEnd as boolean, failedAfterTrial: a.failedAfterTrial as boolean, unfitInProbation: a.unfitInProbation as boolean,
    }, policy), checkText("blank", lang)),
  },
  {
    id: "PROMOTIONELIGIBLE", rules: ["B-6"], result: "boolean",
    name: L("可否晋升", "可否晉升", "PROMOTIONELIGIBLE"),
    description: L("本年有未抵消的处分则次年不能晋升", "本年有未抵消的處分則次年不能晉升", "An employee with a punishment not offset in the year cannot be promoted the next year"),
    params: [count("unoffsetPunishments", T(L("未抵消处分数", "未抵消處分數", "unoffset punishments"), L("本年未抵消的处分次数", "本年未抵消的處分次數", "punishments not offset this year")))],
    run: (a, { policy }) => promotionEligible({ unoffsetPunishments: num(a, "unoffsetPunishments") }, policy),
  },
  {
    id: "SURVEYSCORE", rules: ["K-3"], result: "score",
    name: L("满意度得分", "滿意度得分", "SURVEYSCORE"),
    description: L("客户意见调查平均分：非常满意/满意/一般/较差 = {survey.levelScores}", "客戶意見調查平均分：非常滿意/滿意/一般/較差 = {survey.levelScores}", "Customer survey average: very satisfied/satisfied/average/poor = {survey.levelScores}"),
    params: [{ name: "ratings", value: { type: "level" }, shape: { kind: "range", blanks: "skip", scalarOk: true, nonEmpty: true },
      label: L("评价", "評價", "ratings"), description: L("评价等级（数字或等级文字）", "評價等級（數字或等級文字）", "rating levels (the level numbers or words)") }],
    run: (a, { policy }) => surveyScore({ levels: nums(a, "ratings") }, policy),
  },
  {
    id: "PROBATIONCHECK", rules: ["L-4"], result: "text",
    name: L("试用期检查", "試用期檢查", "PROBATIONCHECK"),
    description: L("检查试用期是否超过法定上限；无问题时返回 OK", "檢查試用期是否超過法定上限；無問題時傳回 OK", "Checks a probation against the legal cap for the contract length; OK when within it"),
    params: [
      scalar("contractMonths", { type: "number", min: 0 }, T(L("合同月数", "合同月數", "contract months"), L("劳动合同期限（月）", "勞動合同期限（月）", "length of the labour contract in months"))),
      scalar("probationMonths", { type: "number", min: 0 }, T(L("试用期月数", "試用期月數", "probation months"), L("约定的试用期（月）", "約定的試用期（月）", "agreed probation in months"))),
    ],
    run: (a, { policy, lang }) => map(probationCheck({ contractMonths: num(a, "contractMonths"), probationMonths: num(a, "probationMonths") }, policy), checkText("ok", lang)),
  },
  {
    id: "PAYFLOORCHECK", rules: ["L-5"], result: "text",
    name: L("扣款检查", "扣款檢查", "PAYFLOORCHECK"),
    description: L("检查扣款是否超过工资的 {law.lossDeductionMaxShare|%}、剩余是否低于最低工资；无问题时返回 OK", "檢查扣款是否超過工資的 {law.lossDeductionMaxShare|%}、剩餘是否低於最低工資；無問題時傳回 OK", "Checks a loss deduction is at most {law.lossDeductionMaxShare|%} of the wage and leaves at least the minimum wage; OK when so"),
    params: [
      money("wage", T(L("当月工资", "當月工資", "wage"), L("当月工资（元）", "當月工資（元）", "the month's wage (yuan)"))),
      money("deduction", T(L("扣款", "扣款", "deduction"), L("赔偿损失的扣款（元），默认 0", "賠償損失的扣款（元），預設 0", "deduction for losses (yuan), default 0")), { default: 0 }),
      money("minimumWage", T(L("最低工资", "最低工資", "minimum wage"), L("当地最低工资；默认取规则表", "當地最低工資；預設取規則表", "local minimum wage; default from the policy")), { default: null }),
    ],
    run: (a, { policy, lang }) => map(payFloorCheck({ wage: num(a, "wage"), deduction: num(a, "deduction"), minimumWage: a.minimumWage as number | null }, policy), checkText("ok", lang)),
  },
] satisfies Omit<FunctionSpec, "example">[]).map((f) => ({ ...f, example: EXAMPLES[f.id] }));

export const BY_ID: ReadonlyMap<string, FunctionSpec> = new Map(CATALOGUE.map((f) => [f.id, f]));

export function findFunction(id: string): FunctionSpec | undefined {
  return BY_ID.get(id.toUpperCase().replace(/^HR\./, ""));
}
