/**
 * Labels of explain steps (calc --explain, the task pane's "why" view) and the
 * warnings only a trace carries, in three languages. Apart from the message
 * catalogue so the functions runtime, which never shows a trace, does not carry them.
 */
import { display, formatFinding, translate } from "./messages";
import { L, type Lang, type Localized, type Trace, type Warning } from "./types";


export const STEPS = {
  "explain.inputs": L("输入", "輸入", "inputs"),
  "step.money.rounded": L("金额四舍五入到分（远离零）", "金額四捨五入到分（遠離零）", "money rounded to the cent, half away from zero"),
  "step.salesPay.base": L("基本工资 = 工资总额 × {share}", "基本工資 = 工資總額 × {share}", "base = total pay × {share}"),
  "step.salesPay.countedCompletion": L("计入的计划完成率（上限 {cap}）", "計入的計劃完成率（上限 {cap}）", "completion counted (capped at {cap})"),
  "step.salesPay.plan": L("计划工资 = 工资总额 × {share} × 完成率", "計劃工資 = 工資總額 × {share} × 完成率", "plan pay = total pay × {share} × completion"),
  "step.salesPay.daily": L("日常工作工资 = 工资总额 × {share} × 得分 ÷ {full}", "日常工作工資 = 工資總額 × {share} × 得分 ÷ {full}", "daily-work pay = total pay × {share} × score ÷ {full}"),
  "step.csPay.commission": L("提成 = 成交总额 × {rate}", "提成 = 成交總額 × {rate}", "commission = order total × {rate}"),
  "step.csPay.bonusKept": L("指标全部达成：奖金保留", "指標全部達成：獎金保留", "all indicators met: bonus kept"),
  "step.csPay.bonusLost": L("{missed} 项指标未达成：奖金为 0", "{missed} 項指標未達成：獎金為 0", "{missed} indicator(s) missed: bonus is 0"),
  "step.perfPay.earned": L("绩效工资 = 绩效基数 × 得分 ÷ {full}", "績效工資 = 績效基數 × 得分 ÷ {full}", "performance pay = base × score ÷ {full}"),
  "step.perfPay.cut": L("得分不满 {pass}：扣减绩效工资的 {cut}", "得分未滿 {pass}：扣減績效工資的 {cut}", "score under {pass}: {cut} of performance pay lost"),
  "step.payFloor.deductionLimit": L("扣款上限 = 工资 × {share}", "扣款上限 = 工資 × {share}", "deduction limit = wage × {share}"),
  "step.payFloor.remaining": L("扣款后工资", "扣款後工資", "wage after the deduction"),
  "step.attendance.days": L("缺勤天数（每次向上取整到 {unit} 天）", "缺勤天數（每次向上取整到 {unit} 天）", "days absent (each absence rounded up to {unit} day)"),
  "step.attendance.score": L("出勤得分 = {full} − {perDay} × 天数，不低于 0", "出勤得分 = {full} − {perDay} × 天數，不低於 0", "attendance = {full} − {perDay} × days, not below 0"),
  "step.monthly.daily": L("日常工作得分 × {weight}", "日常工作得分 × {weight}", "daily work × {weight}"),
  "step.monthly.attendance": L("出勤得分 × {weight}", "出勤得分 × {weight}", "attendance × {weight}"),
  "step.monthly.total": L("月度得分", "月度得分", "monthly score"),
  "step.annual.sum": L("月度得分合计", "月度得分合計", "sum of monthly scores"),
  "step.annual.count": L("计入月数", "計入月數", "months counted"),
  "step.annual.mean": L("年度得分 = 合计 ÷ 月数", "年度得分 = 合計 ÷ 月數", "annual score = sum ÷ months"),
  "step.review.self": L("自评 × {weight}", "自評 × {weight}", "self-review × {weight}"),
  "step.review.manager": L("店长评分 × {weight}", "店長評分 × {weight}", "store manager × {weight}"),
  "step.review.total": L("考评得分", "考評得分", "review score"),
  "step.item.doubled": L("第 {item} 项连续未交：扣分 × {multiplier}", "第 {item} 項連續未交：扣分 × {multiplier}", "item {item} missed again: deduction × {multiplier}"),
  "step.item.points": L("第 {item} 项得分（满分 {max}）", "第 {item} 項得分（滿分 {max}）", "item {item} points (of {max})"),
  "step.salesRep.weeklyRejected": L("周报不合格：第 3–6 项为 0 分", "週報不合格：第 3–6 項為 0 分", "weekly report rejected: items 3–6 score 0"),
  "step.score.total": L("总分", "總分", "total score"),
  "step.fieldRep.subtotal": L("第 1–9 项合计", "第 1–9 項合計", "items 1–9"),
  "step.fieldRep.falsified": L("虚报索赔 {claims} 次：扣分", "虛報索賠 {claims} 次：扣分", "{claims} falsified claim(s): points off"),
  "step.survey.sum": L("评分合计", "評分合計", "sum of ratings"),
  "step.survey.mean": L("平均评分", "平均評分", "average rating"),
  "step.rank.range": L("最低–最高分", "最低–最高分", "lowest–highest score"),
  "step.rank.noRanking": L("仅一人或全员并列：无奖罚", "僅一人或全員並列：無獎罰", "one person, or everyone ties: neither"),
  "step.rank.first": L("第一名", "第一名", "first place"),
  "step.rank.last": L("最后一名", "最後一名", "last place"),
  "step.rank.middle": L("既非第一也非最后", "既非第一也非最後", "neither first nor last"),
  "step.rank.fromBottom": L("倒数名次（并列同名次）", "倒數名次（並列同名次）", "place from the bottom (ties share it)"),
  "step.indicator.notSet": L("该指标未设目标", "該指標未設目標", "no target set for this indicator"),
  "step.indicator.max": L("指标 ≤ 目标 {target}", "指標 ≤ 目標 {target}", "figure ≤ target {target}"),
  "step.indicator.min": L("指标 ≥ 目标 {target}", "指標 ≥ 目標 {target}", "figure ≥ target {target}"),
  "step.notice.months": L("连续工作整月数（DATEDIF m）", "連續工作整月數（DATEDIF m）", "whole months of service (DATEDIF m)"),
  "step.notice.band": L("预告期档位：{from} 个月起", "預告期檔位：{from} 個月起", "notice band from {from} months"),
  "step.date.plusMonths": L("日期 + {months} 个月（EDATE）", "日期 + {months} 個月（EDATE）", "date + {months} month(s) (EDATE)"),
  "step.date.plusDays": L("日期 + {days} 个日历日", "日期 + {days} 個日曆日", "date + {days} calendar days"),
  "step.approver.salesManager": L("金额 ≤ {managerMax}", "金額 ≤ {managerMax}", "amount ≤ {managerMax}"),
  "step.approver.vicePresident": L("{managerMax} < 金额 < {gmMin}", "{managerMax} < 金額 < {gmMin}", "{managerMax} < amount < {gmMin}"),
  "step.approver.generalManager": L("金额 ≥ {gmMin}", "金額 ≥ {gmMin}", "amount ≥ {gmMin}"),
  "step.overtime.total": L("加班 = 每日超过 {standard} 小时部分之和", "加班 = 每日超過 {standard} 小時部分之和", "overtime = hours beyond {standard} a day, summed"),
  "step.promotion.eligible": L("未抵消处分 ≤ {limit}", "未抵消處分 ≤ {limit}", "unoffset punishments ≤ {limit}"),
  "step.probation.cap": L("法定试用期上限（合同 {from} 个月起）", "法定試用期上限（合同 {from} 個月起）", "legal probation cap (contracts from {from} months)"),
} as const satisfies Record<string, Localized>;

/**
 * Legal warnings a calculator records in its trace beside a result (L-2, L-3, L-5, G-1).
 * Shown like findings, after their rule ID; a check's findings, which are its result,
 * are in the message catalogue.
 */
export const WARNINGS = {
  "warn.belowMinimumWage": L("工资 {pay} 低于当地最低工资 {floor}（工资支付暂行规定第16条）", "工資 {pay} 低於當地最低工資 {floor}（工資支付暫行規定第16條）", "pay {pay} is below the local minimum wage {floor} (Interim Provisions on Wage Payment art. 16)"),
  "warn.noticeBelowLaw": L("公司预告期 {days} 天，少于法定的 {law} 天书面通知或一个月工资代通知金（劳动合同法第40条）", "公司預告期 {days} 天，少於法定的 {law} 天書面通知或一個月工資代通知金（勞動合同法第40條）", "company notice of {days} days is below the legal {law} days' written notice or a month's pay in lieu (Labour Contract Law art. 40)"),
  "warn.resignationBelowLaw": L("早于法定的 {days} 天辞职通知期（劳动合同法第37条）", "早於法定的 {days} 天辭職通知期（勞動合同法第37條）", "earlier than the legal {days} days' resignation notice (Labour Contract Law art. 37)"),
  "warn.transfer": L("虚报索赔 {claims} 次：建议调岗", "虛報索賠 {claims} 次：建議調崗", "{claims} falsified claims: flag for transfer"),
} as const satisfies Record<string, Localized>;

/** A trace's warning in the user's language: "L-2: company notice of 20 days is below…" (a check's finding too). */
export function formatWarning(w: Warning, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(WARNINGS, w.key) ? `${w.rule}: ${translate(WARNINGS, w.key, lang, w.args)}` : formatFinding(w, lang);
}

export function formatStep(key: string, lang: Lang, args: Record<string, unknown> = {}): string {
  return translate(STEPS, key, lang, args);
}

/** One figure of an explanation: the rule it applies, its label (policy values filled in) and the figure as shown. */
export interface ExplainedStep {
  rule: string;
  text: string;
  value: string;
}

/** A trace in the user's language: inputs as the calculator saw them, every step, then warnings (rule-prefixed). */
export interface Explanation {
  inputs: { name: string; value: string }[];
  steps: ExplainedStep[];
  warnings: string[];
}

/** What `calc --explain` prints and the task pane's Explain area shows, from one calculator trace. */
export function explainTrace(trace: Trace, lang: Lang): Explanation {
  return {
    inputs: Object.entries(trace.inputs).map(([name, v]) => ({ name, value: Array.isArray(v) ? JSON.stringify(v) : display(v, lang) })),
    steps: trace.steps.map((s) => ({ rule: s.rule, text: formatStep(s.label, lang, s.args), value: display(s.value, lang) })),
    warnings: trace.warnings.map((w) => formatWarning(w, lang)),
  };
}
