/**
 * The one message catalogue: every text the core produces, in zh-CN, zh-TW and en.
 * Templates use {name} placeholders. Check and warning texts are prefixed with
 * their rule ID when shown (see formatFinding), so templates do not repeat it.
 */
import { L, type InputError, type Lang, type Localized, type Warning } from "./types";


export const MESSAGES = {
  // ── Input errors: "{param}（{name}）" is put in front by formatError ──────
  "error.required": L("必须填写", "必須填寫", "is required"),
  "error.notNumber": L("应为数字，收到 {given}", "應為數字，收到 {given}", "must be a number; got {given}"),
  "error.outOfRange": L("{given} 超出范围，允许 {allowed}", "{given} 超出範圍，允許 {allowed}", "{given} is out of range; allowed {allowed}"),
  "error.notWhole": L("{given} 应为整数，允许 {allowed}", "{given} 應為整數，允許 {allowed}", "{given} must be a whole number; allowed {allowed}"),
  "error.rateTypo": L("{given} 大于 5（500%），疑似输入错误：请输入 80% 或 0.8", "{given} 大於 5（500%），疑似輸入錯誤：請輸入 80% 或 0.8", "{given} is above 5 (500%), likely a typo: enter 80% or 0.8"),
  "error.notDate": L("应为日期（Excel 日期序号或 YYYY-MM-DD），收到 {given}", "應為日期（Excel 日期序號或 YYYY-MM-DD），收到 {given}", "must be a date (an Excel date serial or YYYY-MM-DD); got {given}"),
  "error.notBoolean": L("应为 TRUE 或 FALSE，收到 {given}", "應為 TRUE 或 FALSE，收到 {given}", "must be TRUE or FALSE; got {given}"),
  "error.notInList": L("{given} 无效，允许 {allowed}", "{given} 無效，允許 {allowed}", "{given} is not allowed; allowed {allowed}"),
  "error.shape": L("为 {given}，应为 {allowed}", "為 {given}，應為 {allowed}", "is {given}; must be {allowed}"),
  "error.notRange": L("应为单元格区域，收到 {given}", "應為儲存格範圍，收到 {given}", "must be a range of cells; got {given}"),
  "error.blankMonth": L("第 {month} 个月为空白；请填写，或将 prorate 设为 TRUE 按已有月份平均", "第 {month} 個月為空白；請填寫，或將 prorate 設為 TRUE 按已有月份平均", "month {month} is blank; fill it in, or set prorate to TRUE to average the months present"),
  "error.noValues": L("没有任何数值", "沒有任何數值", "holds no values"),
  "error.notAmong": L("{given} 不在 {allowed} 中", "{given} 不在 {allowed} 中", "{given} is not among {allowed}"),
  "error.bandNotAllowed": L("第 {item} 项扣分 {given} 不在扣分标准内，允许 {allowed}", "第 {item} 項扣分 {given} 不在扣分標準內，允許 {allowed}", "item {item}: a deduction of {given} matches no case; allowed {allowed}"),
  "error.dateOrder": L("{given} 早于 {allowed}", "{given} 早於 {allowed}", "{given} is before {allowed}"),
  "error.resultTooLarge": L("结果超出单元格可表示的范围，请检查输入", "結果超出儲存格可表示的範圍，請檢查輸入", "the result is too large for a cell; check the inputs"),
  "error.internal": L("内部错误 {given}，请报告此问题", "內部錯誤 {given}，請回報此問題", "internal error {given}; please report it"),
  "error.itemPrefix": L("第 {item} 项：", "第 {item} 項：", "item {item}: "),
  "error.cellPrefix": L("第 {cell} 格：", "第 {cell} 格：", "cell {cell}: "),
  "shown.blank": L("空白", "空白", "blank"),
  "shown.range": L("{rows}×{cols} 区域", "{rows}×{cols} 範圍", "a {rows}×{cols} range"),
  "allowed.cells": L("{count} 个单元格", "{count} 個儲存格", "{count} cells"),

  // ── Policy errors ─────────────────────────────────────────────────────────
  "policy.badJson": L("规则文件不是有效的 JSON：{detail}", "規則檔案不是有效的 JSON：{detail}", "the policy file is not valid JSON: {detail}"),
  "policy.unknownKey": L("未知的规则项 {key}", "未知的規則項 {key}", "unknown policy key {key}"),
  "policy.header": L("规则的 {key} 无效（version 为非空文本，published 为 YYYY-MM-DD）", "規則的 {key} 無效（version 為非空文字，published 為 YYYY-MM-DD）", "policy {key} is invalid (version: non-empty text; published: YYYY-MM-DD)"),
  "policy.notNumber": L("规则项 {key} 应为 {range} 的数字", "規則項 {key} 應為 {range} 的數字", "policy key {key} must be a number {range}"),
  "policy.notWhole": L("规则项 {key} 应为整数", "規則項 {key} 應為整數", "policy key {key} must be a whole number"),
  "policy.notShare": L("规则项 {key} 应为 0 到 1 之间的比例（如 0.7）", "規則項 {key} 應為 0 到 1 之間的比例（如 0.7）", "policy key {key} must be a share from 0 to 1 (e.g. 0.7)"),
  "policy.sum": L("规则项 {key} 之和应为 {total}，现为 {sum}", "規則項 {key} 之和應為 {total}，現為 {sum}", "policy keys {key} must add up to {total}; they add up to {sum}"),
  "policy.order": L("规则项 {key} 顺序无效：{from} 到 {to} 应递增", "規則項 {key} 順序無效：{from} 到 {to} 應遞增", "policy key {key} is out of order: {from} to {to} must rise"),
  "policy.shape": L("规则项 {key} 格式无效，应为 {expected}", "規則項 {key} 格式無效，應為 {expected}", "policy key {key} has the wrong form; expected {expected}"),

  // ── Results ───────────────────────────────────────────────────────────────
  "result.ok": L("OK", "OK", "OK"),
  "result.separator": L("；", "；", "; "),
  "result.targetNotSet": L("未设目标", "未設目標", "target not set"),
  "approver.salesManager": L("销售部门经理", "銷售部門經理", "Sales department manager"),
  "approver.vicePresident": L("副总经理", "副總經理", "Vice-president"),
  "approver.generalManager": L("总经理", "總經理", "General manager"),

  // ── Checks (OVERTIMECHECK, DISMISSALCHECK, PROBATIONCHECK, PAYFLOORCHECK) ─
  "check.dayOverExceptional": L("第 {day} 天 {hours} 小时，超过每日 {limit} 小时上限", "第 {day} 天 {hours} 小時，超過每日 {limit} 小時上限", "day {day}: {hours} h exceeds the {limit}-hour daily limit"),
  "check.dayOverOrdinary": L("第 {day} 天 {hours} 小时，超过一般延长上限 {limit} 小时（仅限天灾、季节等情形）", "第 {day} 天 {hours} 小時，超過一般延長上限 {limit} 小時（僅限天災、季節等情形）", "day {day}: {hours} h exceeds the ordinary {limit}-hour day (allowed only for disaster or season)"),
  "check.dayOverLaw": L("第 {day} 天加班 {overtime} 小时，超过法定每日 {limit} 小时（劳动法第41条）", "第 {day} 天加班 {overtime} 小時，超過法定每日 {limit} 小時（勞動法第41條）", "day {day}: {overtime} h overtime exceeds the legal {limit} h a day (Labour Law art. 41)"),
  "check.monthOverCompany": L("本月加班 {overtime} 小时，超过公司上限 {limit} 小时", "本月加班 {overtime} 小時，超過公司上限 {limit} 小時", "{overtime} h overtime this month exceeds the company limit of {limit} h"),
  "check.monthOverLaw": L("本月加班 {overtime} 小时，超过法定每月 {limit} 小时（劳动法第41条）", "本月加班 {overtime} 小時，超過法定每月 {limit} 小時（勞動法第41條）", "{overtime} h overtime this month exceeds the legal {limit} h a month (Labour Law art. 41)"),
  "check.weekOver": L("第 {from}–{to} 天共 {hours} 小时，超过每 7 天 {limit} 小时", "第 {from}–{to} 天共 {hours} 小時，超過每 7 天 {limit} 小時", "days {from}–{to}: {hours} h exceeds {limit} h in 7 days"),
  "check.noRest": L("第 {from}–{to} 天没有休息日", "第 {from}–{to} 天沒有休息日", "days {from}–{to}: no rest day"),
  "check.demerits": L("本年记过 {count} 次（达到 {limit} 次即可辞退）", "本年記過 {count} 次（達到 {limit} 次即可辭退）", "{count} demerits this year (a ground from {limit})"),
  "check.consecutiveAbsence": L("连续旷工 {days} 天（达到 {limit} 天即可辞退）", "連續曠工 {days} 天（達到 {limit} 天即可辭退）", "absent without leave {days} consecutive days (a ground from {limit})"),
  "check.yearAbsence": L("本年旷工累计 {days} 天（超过 {limit} 天即可辞退）", "本年曠工累計 {days} 天（超過 {limit} 天即可辭退）", "absent without leave {days} days this year (a ground above {limit})"),
  "check.failedEvaluation": L("年终考核不合格，经试用后仍不合格", "年終考核不合格，經試用後仍不合格", "failed the year-end evaluation and again after a trial period"),
  "check.unfitInProbation": L("试用期内被证明不符合录用条件", "試用期內被證明不符合錄用條件", "found unfit during probation"),
  "check.probationOverCap": L("{contract} 个月合同的试用期 {months} 个月，超过法定上限 {cap} 个月（劳动合同法第19条）", "{contract} 個月合同的試用期 {months} 個月，超過法定上限 {cap} 個月（勞動合同法第19條）", "probation of {months} months exceeds the legal cap of {cap} for a {contract}-month contract (Labour Contract Law art. 19)"),
  "check.improvementPlan": L("排名后 {bottom} 名：须在通知后 {days} 天内提交改进计划", "排名後 {bottom} 名：須在通知後 {days} 天內提交改進計劃", "in the bottom {bottom}: submit an improvement plan within {days} days of the notice"),
  "check.rankTransfer": L("连续 {months} 个月最后一名：考虑调岗（排名本身不能证明不胜任工作，L-6）", "連續 {months} 個月最後一名：考慮調崗（排名本身不能證明不勝任工作，L-6）", "last place {months} months in a row: consider a transfer (a ranking alone does not prove incompetence, L-6)"),
  "check.deductionOverShare": L("扣款 {deduction} 超过工资的 {share}（{limit}）（工资支付暂行规定第16条）", "扣款 {deduction} 超過工資的 {share}（{limit}）（工資支付暫行規定第16條）", "deduction {deduction} exceeds {share} of the wage ({limit}) (Interim Provisions on Wage Payment art. 16)"),
  "check.belowMinimumWage": L("扣款后剩余 {remaining}，低于当地最低工资 {floor}", "扣款後剩餘 {remaining}，低於當地最低工資 {floor}", "{remaining} left after the deduction is below the local minimum wage {floor}"),

  // ── Warnings in traces ────────────────────────────────────────────────────
  "warn.belowMinimumWage": L("工资 {pay} 低于当地最低工资 {floor}（工资支付暂行规定第16条）", "工資 {pay} 低於當地最低工資 {floor}（工資支付暫行規定第16條）", "pay {pay} is below the local minimum wage {floor} (Interim Provisions on Wage Payment art. 16)"),
  "warn.noticeBelowLaw": L("公司预告期 {days} 天，少于法定的 {law} 天书面通知或一个月工资代通知金（劳动合同法第40条）", "公司預告期 {days} 天，少於法定的 {law} 天書面通知或一個月工資代通知金（勞動合同法第40條）", "company notice of {days} days is below the legal {law} days' written notice or a month's pay in lieu (Labour Contract Law art. 40)"),
  "warn.resignationBelowLaw": L("早于法定的 {days} 天辞职通知期（劳动合同法第37条）", "早於法定的 {days} 天辭職通知期（勞動合同法第37條）", "earlier than the legal {days} days' resignation notice (Labour Contract Law art. 37)"),
  "warn.transfer": L("虚报索赔 {claims} 次：建议调岗", "虛報索賠 {claims} 次：建議調崗", "{claims} falsified claims: flag for transfer"),

} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

/** The text of `key` in a catalogue, with its placeholders filled; an unknown key shows as itself. */
export function translate(catalogue: Readonly<Record<string, Localized>>, key: string, lang: Lang, args: Record<string, unknown> = {}): string {
  return fill(Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key][lang] : key, lang, args);
}

export function format(key: string, lang: Lang, args: Record<string, unknown> = {}): string {
  return translate(MESSAGES, key, lang, args);
}

/** Put the shown form of each argument into a template's {name} placeholders. */
export function fill(template: string, lang: Lang, args: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? display(args[name], lang) : whole));
}

/** How a value is shown inside a message. */
export function display(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === "") return format("shown.blank", lang);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return !Number.isFinite(value) ? "#NUM!" : Object.is(value, -0) ? "0" : String(value);
  if (typeof value === "object" && "rows" in value && "cols" in value) return format("shown.range", lang, value as Record<string, unknown>);
  return String(value);
}

/** What the user typed is quoted when it is text; figures the core derived (dates in a comparison) are not. */
function shownGiven(error: InputError, lang: Lang): string {
  const typed = typeof error.given === "string" && error.given !== "" && error.code !== "dateOrder";
  return typed ? `"${error.given}"` : display(error.given, lang);
}

/**
 * "dailyScore（日常工作得分）：105 超出范围，允许 0–100" — the parameter's id, its
 * localized name when it has one, then what was given and what is allowed.
 */
export function formatError(error: InputError, lang: Lang, paramName?: string): string {
  const label = paramName && paramName !== error.param
    ? (lang === "en" ? `${error.param} (${paramName})` : `${error.param}（${paramName}）`)
    : error.param;
  const sep = lang === "en" ? ": " : "：";
  const detail = error.detail ?? {};
  const where = error.code !== "bandNotAllowed" && "item" in detail ? format("error.itemPrefix", lang, detail)
    : "cell" in detail ? format("error.cellPrefix", lang, detail) : "";
  const body = format(`error.${error.code}`, lang, { ...detail, given: shownGiven(error, lang), allowed: error.allowed ?? "" });
  return `${label}${sep}${where}${body}`;
}

/** "A-3: day 5: 13 h exceeds the 12-hour daily limit" */
export function formatFinding(w: Warning, lang: Lang): string {
  return `${w.rule}: ${format(w.key, lang, w.args)}`;
}

export function joinFindings(findings: readonly Warning[], lang: Lang): string {
  return findings.map((f) => formatFinding(f, lang)).join(MESSAGES["result.separator"][lang]);
}
