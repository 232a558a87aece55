/**
 * Labels of explain steps (calc --explain, the task pane's "why" view), in three
 * languages. Apart from the message catalogue so the functions runtime, which
 * never shows a trace, does not carry them.
 */
import { fill } from "./messages";
import type { Lang, Localized } from "./types";

const M = (zhCN: string, zhTW: string, en: string): Localized => ({ "zh-CN": zhCN, "zh-TW": zhTW, en });

export const STEPS = {
  "explain.inputs": M("输入", "輸入", "inputs"),
  "explain.value": M("结果", "結果", "result"),
  "step.money.rounded": M("金额四舍五入到分（远离零）", "金額四捨五入到分（遠離零）", "money rounded to the cent, half away from zero"),
  "step.salesPay.base": M("基本工资 = 工资总额 × {share}", "基本工資 = 工資總額 × {share}", "base = total pay × {share}"),
  "step.salesPay.countedCompletion": M("计入的计划完成率（上限 {cap}）", "計入的計劃完成率（上限 {cap}）", "completion counted (capped at {cap})"),
  "step.salesPay.plan": M("计划工资 = 工资总额 × {share} × 完成率", "計劃工資 = 工資總額 × {share} × 完成率", "plan pay = total pay × {share} × completion"),
  "step.salesPay.daily": M("日常工作工资 = 工资总额 × {share} × 得分 ÷ {full}", "日常工作工資 = 工資總額 × {share} × 得分 ÷ {full}", "daily-work pay = total pay × {share} × score ÷ {full}"),
  "step.csPay.commission": M("提成 = 成交总额 × {rate}", "提成 = 成交總額 × {rate}", "commission = order total × {rate}"),
  "step.csPay.bonusKept": M("指标全部达成：奖金保留", "指標全部達成：獎金保留", "all indicators met: bonus kept"),
  "step.csPay.bonusLost": M("{missed} 项指标未达成：奖金为 0", "{missed} 項指標未達成：獎金為 0", "{missed} indicator(s) missed: bonus is 0"),
  "step.perfPay.earned": M("绩效工资 = 绩效基数 × 得分 ÷ {full}", "績效工資 = 績效基數 × 得分 ÷ {full}", "performance pay = base × score ÷ {full}"),
  "step.perfPay.cut": M("得分不满 {pass}：扣减绩效工资的 {cut}", "得分未滿 {pass}：扣減績效工資的 {cut}", "score under {pass}: {cut} of performance pay lost"),
  "step.payFloor.deductionLimit": M("扣款上限 = 工资 × {share}", "扣款上限 = 工資 × {share}", "deduction limit = wage × {share}"),
  "step.payFloor.remaining": M("扣款后工资", "扣款後工資", "wage after the deduction"),
  "step.attendance.days": M("缺勤天数（每次向上取整到 {unit} 天）", "缺勤天數（每次向上取整到 {unit} 天）", "days absent (each absence rounded up to {unit} day)"),
  "step.attendance.score": M("出勤得分 = {full} − {perDay} × 天数，不低于 0", "出勤得分 = {full} − {perDay} × 天數，不低於 0", "attendance = {full} − {perDay} × days, not below 0"),
  "step.monthly.daily": M("日常工作得分 × {weight}", "日常工作得分 × {weight}", "daily work × {weight}"),
  "step.monthly.attendance": M("出勤得分 × {weight}", "出勤得分 × {weight}", "attendance × {weight}"),
  "step.monthly.total": M("月度得分", "月度得分", "monthly score"),
  "step.annual.sum": M("月度得分合计", "月度得分合計", "sum of monthly scores"),
  "step.annual.count": M("计入月数", "計入月數", "months counted"),
  "step.annual.mean": M("年度得分 = 合计 ÷ 月数", "年度得分 = 合計 ÷ 月數", "annual score = sum ÷ months"),
  "step.review.self": M("自评 × {weight}", "自評 × {weight}", "self-review × {weight}"),
  "step.review.manager": M("店长评分 × {weight}", "店長評分 × {weight}", "store manager × {weight}"),
  "step.review.total": M("考评得分", "考評得分", "review score"),
  "step.item.doubled": M("第 {item} 项连续未交：扣分 × {multiplier}", "第 {item} 項連續未交：扣分 × {multiplier}", "item {item} missed again: deduction × {multiplier}"),
  "step.item.points": M("第 {item} 项得分（满分 {max}）", "第 {item} 項得分（滿分 {max}）", "item {item} points (of {max})"),
  "step.salesRep.weeklyRejected": M("周报不合格：第 3–6 项为 0 分", "週報不合格：第 3–6 項為 0 分", "weekly report rejected: items 3–6 score 0"),
  "step.score.total": M("总分", "總分", "total score"),
  "step.fieldRep.subtotal": M("第 1–9 项合计", "第 1–9 項合計", "items 1–9"),
  "step.fieldRep.falsified": M("虚报索赔 {claims} 次：扣分", "虛報索賠 {claims} 次：扣分", "{claims} falsified claim(s): points off"),
  "step.survey.sum": M("评分合计", "評分合計", "sum of ratings"),
  "step.survey.mean": M("平均评分", "平均評分", "average rating"),
  "step.rank.range": M("最低–最高分", "最低–最高分", "lowest–highest score"),
  "step.rank.noRanking": M("仅一人或全员并列：无奖罚", "僅一人或全員並列：無獎罰", "one person, or everyone ties: neither"),
  "step.rank.first": M("第一名", "第一名", "first place"),
  "step.rank.last": M("最后一名", "最後一名", "last place"),
  "step.rank.middle": M("既非第一也非最后", "既非第一也非最後", "neither first nor last"),
  "step.rank.fromBottom": M("倒数名次（并列同名次）", "倒數名次（並列同名次）", "place from the bottom (ties share it)"),
  "step.indicator.notSet": M("该指标未设目标", "該指標未設目標", "no target set for this indicator"),
  "step.indicator.max": M("指标 ≤ 目标 {target}", "指標 ≤ 目標 {target}", "figure ≤ target {target}"),
  "step.indicator.min": M("指标 ≥ 目标 {target}", "指標 ≥ 目標 {target}", "figure ≥ target {target}"),
  "step.notice.months": M("连续工作整月数（DATEDIF m）", "連續工作整月數（DATEDIF m）", "whole months of service (DATEDIF m)"),
  "step.notice.band": M("预告期档位：{from} 个月起", "預告期檔位：{from} 個月起", "notice band from {from} months"),
  "step.date.plusMonths": M("日期 + {months} 个月（EDATE）", "日期 + {months} 個月（EDATE）", "date + {months} month(s) (EDATE)"),
  "step.date.plusDays": M("日期 + {days} 个日历日", "日期 + {days} 個日曆日", "date + {days} calendar days"),
  "step.approver.salesManager": M("金额 ≤ {managerMax}", "金額 ≤ {managerMax}", "amount ≤ {managerMax}"),
  "step.approver.vicePresident": M("{managerMax} < 金额 < {gmMin}", "{managerMax} < 金額 < {gmMin}", "{managerMax} < amount < {gmMin}"),
  "step.approver.generalManager": M("金额 ≥ {gmMin}", "金額 ≥ {gmMin}", "amount ≥ {gmMin}"),
  "step.overtime.total": M("加班 = 每日超过 {standard} 小时部分之和", "加班 = 每日超過 {standard} 小時部分之和", "overtime = hours beyond {standard} a day, summed"),
  "step.promotion.eligible": M("未抵消处分 ≤ {limit}", "未抵消處分 ≤ {limit}", "unoffset punishments ≤ {limit}"),
  "step.probation.cap": M("法定试用期上限（合同 {from} 个月起）", "法定試用期上限（合同 {from} 個月起）", "legal probation cap (contracts from {from} months)"),
} as const satisfies Record<string, Localized>;

export type StepKey = keyof typeof STEPS;

export function isStepKey(key: string): key is StepKey {
  return Object.prototype.hasOwnProperty.call(STEPS, key);
}

export function formatStep(key: string, lang: Lang, args: Record<string, unknown> = {}): string {
  return fill(isStepKey(key) ? STEPS[key][lang] : key, lang, args);
}
