/**
 * The one message catalogue: every text the core produces, in zh-CN, zh-TW and en.
 * Templates use {name} placeholders. Check texts are prefixed with their rule ID
 * when shown (see formatFinding), so templates do not repeat it. The warnings a
 * trace alone carries are with the step labels (./steps): the functions never show them.
 */
import { MAX_SHOWN_TEXT } from "./contract";
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
  "error.spillShape": L("为 {given}，而 {other} 为 {otherRows}×{otherCols} 区域：同一次调用中的区域须大小一致（每位员工一行），或为单个值", "為 {given}，而 {other} 為 {otherRows}×{otherCols} 範圍：同一次呼叫中的範圍須大小一致（每位員工一列），或為單一值", "is {given} but {other} is a {otherRows}×{otherCols} range: the ranges of one call must be the same size (a row per employee), or single values"),
  "error.notRange": L("应为单元格区域，收到 {given}", "應為儲存格範圍，收到 {given}", "must be a range of cells; got {given}"),
  "error.blankMonth": L("第 {month} 个月为空白；请填写，或将 prorate 设为 TRUE 按已有月份平均", "第 {month} 個月為空白；請填寫，或將 prorate 設為 TRUE 按已有月份平均", "month {month} is blank; fill it in, or set prorate to TRUE to average the months present"),
  "error.noValues": L("没有任何数值", "沒有任何數值", "holds no values"),
  "error.notAmong": L("{given} 不在 {allowed} 中", "{given} 不在 {allowed} 中", "{given} is not among {allowed}"),
  "error.bandNotAllowed": L("第 {item} 项扣分 {given} 不在扣分标准内，允许 {allowed}", "第 {item} 項扣分 {given} 不在扣分標準內，允許 {allowed}", "item {item}: a deduction of {given} matches no case; allowed {allowed}"),
  "error.dateOrder": L("{given} 早于 {allowed}", "{given} 早於 {allowed}", "{given} is before {allowed}"),
  "error.resultTooLarge": L("结果超出单元格可表示的范围，请检查输入", "結果超出儲存格可表示的範圍，請檢查輸入", "the result is too large for a cell; check the inputs"),
  "error.dateResult": L("由 {given} 推算的日期 {result} 超出 Excel 可表示的日期范围（{allowed}）", "由 {given} 推算的日期 {result} 超出 Excel 可表示的日期範圍（{allowed}）", "the date worked out from {given}, {result}, is outside the dates Excel can show ({allowed})"),
  "error.tooManyCells": L("为 {given}，最多 {allowed} 个单元格", "為 {given}，最多 {allowed} 個儲存格", "is {given}; at most {allowed} cells"),
  "error.textTooLong": L("结果长 {given} 个字符，超过 Excel 单元格上限 {allowed} 个字符", "結果長 {given} 個字元，超過 Excel 儲存格上限 {allowed} 個字元", "the result is {given} characters long, over Excel's cell limit of {allowed}"),
  "error.internal": L("内部错误 {given}，请报告此问题", "內部錯誤 {given}，請回報此問題", "internal error {given}; please report it"),
  "error.itemPrefix": L("第 {item} 项：", "第 {item} 項：", "item {item}: "),
  "error.cellPrefix": L("第 {cell} 格：", "第 {cell} 格：", "cell {cell}: "),
  "shown.blank": L("空白", "空白", "blank"),
  "shown.object": L("一个对象", "一個物件", "an object"),
  "shown.nestedArray": L("嵌套数组", "巢狀陣列", "a nested array"),
  "shown.cut": L("（共 {count} 个字符）", "（共 {count} 個字元）", " ({count} characters)"),
  "shown.range": L("{rows}×{cols} 区域", "{rows}×{cols} 範圍", "a {rows}×{cols} range"),
  "allowed.cells": L("{count} 个单元格", "{count} 個儲存格", "{count} cells"),

  // ── Policy problems: "{cell} {key}：" is put in front by formatProblem ────
  "policy.file": L("规则文件", "規則檔案", "policy file"),
  "policy.badJson": L("不是有效的 JSON：{detail}", "不是有效的 JSON：{detail}", "is not valid JSON: {detail}"),
  "policy.tooLarge": L("文件 {given} 字节，超过上限 {allowed} 字节", "檔案 {given} 位元組，超過上限 {allowed} 位元組", "is {given} bytes; at most {allowed} bytes are allowed"),
  "policy.unknownKey": L("未知的规则项", "未知的規則項", "unknown policy key"),
  "policy.unknownKeySuggest": L("未知的规则项，是否为 {suggest}？", "未知的規則項，是否為 {suggest}？", "unknown policy key; did you mean {suggest}?"),
  "policy.duplicate": L("重复出现；每项只能出现一次（最后一个不会悄悄生效）", "重複出現；每項只能出現一次（最後一個不會悄悄生效）", "appears more than once; each may appear only once (the last one does not silently win)"),
  "policy.missing": L("缺少此规则项（该行被删除？）；请补回该行，或经同意升级规则表", "缺少此規則項（該列被刪除？）；請補回該列，或經同意升級規則表", "is missing (was its row deleted?); put the row back, or upgrade the policy sheet"),
  "policy.header": L("无效（version 为非空文本，published 为 YYYY-MM-DD）", "無效（version 為非空文字，published 為 YYYY-MM-DD）", "is invalid (version: non-empty text; published: YYYY-MM-DD)"),
  "policy.required": L("必须填写：修改了规则值的文件须注明自己的版本与公示日期（L-7）", "必須填寫：修改了規則值的檔案須註明自己的版本與公示日期（L-7）", "is required: a file that changes values must name its own version and publication date (L-7)"),
  "policy.rows": L("表格应有 {allowed} 行，现有 {given} 行（行被删除或复制？）", "表格應有 {allowed} 列，現有 {given} 列（列被刪除或複製？）", "the table should have {allowed} rows; it has {given} (a row deleted or copied?)"),
  "policy.blank": L("不能为空，允许 {allowed} 个字符", "不能為空，允許 {allowed} 個字元", "must not be blank; allowed {allowed} characters"),
  "policy.tooLong": L("长度 {given} 个字符，最多 {allowed} 个", "長度 {given} 個字元，最多 {allowed} 個", "is {given} characters long; at most {allowed}"),
  "policy.notDate": L("应为日期 YYYY-MM-DD，收到 {given}", "應為日期 YYYY-MM-DD，收到 {given}", "must be a date YYYY-MM-DD; got {given}"),
  "policy.notText": L("应为文本，收到 {given}", "應為文字，收到 {given}", "must be text; got {given}"),
  "policy.notNumber": L("应为数字，收到 {given}；允许 {allowed}", "應為數字，收到 {given}；允許 {allowed}", "must be a number; got {given}; allowed {allowed}"),
  "policy.notWhole": L("{given} 应为整数，允许 {allowed}", "{given} 應為整數，允許 {allowed}", "{given} must be a whole number; allowed {allowed}"),
  "policy.notShare": L("{given} 应为 0 到 1 之间的比例（如 0.7 即 70%）", "{given} 應為 0 到 1 之間的比例（如 0.7 即 70%）", "{given} must be a share from 0 to 1 (0.7 is 70%)"),
  "policy.outOfRange": L("{given} 超出范围，允许 {allowed}", "{given} 超出範圍，允許 {allowed}", "{given} is out of range; allowed {allowed}"),
  "policy.notBoolean": L("应为“是”或“否”，收到 {given}", "應為「是」或「否」，收到 {given}", "must be yes or no; got {given}"),
  "policy.notInList": L("{given} 无效，允许 {allowed}", "{given} 無效，允許 {allowed}", "{given} is not allowed; allowed {allowed}"),
  "policy.sum": L("之和应为 {total}，现为 {sum}", "之和應為 {total}，現為 {sum}", "must add up to {total}; they add up to {sum}"),
  "policy.order": L("{given} 应小于 {next}，允许 {allowed}", "{given} 應小於 {next}，允許 {allowed}", "{given} must be below {next}; allowed {allowed}"),
  "policy.notRising": L("{given} 应大于上一档的 {previous}（各档逐档递增）", "{given} 應大於上一檔的 {previous}（各檔逐檔遞增）", "{given} must be above the previous band's {previous} (bands rise)"),
  "policy.falls": L("{given} 不应小于上一档的 {previous}", "{given} 不應小於上一檔的 {previous}", "{given} must not be below the previous band's {previous}"),
  "policy.notFalling": L("{given} 应小于上一级的 {previous}（从“非常满意”到“较差”逐级递减）", "{given} 應小於上一級的 {previous}（從「非常滿意」到「較差」逐級遞減）", "{given} must be below the level above's {previous} (scores fall from very satisfied to poor)"),
  "policy.firstBand": L("第一档应从 0 开始，收到 {given}", "第一檔應從 0 開始，收到 {given}", "the first band must start at 0; got {given}"),
  "policy.count": L("应有 {allowed} 项，收到 {given} 项", "應有 {allowed} 項，收到 {given} 項", "must have {allowed} entries; got {given}"),
  "policy.shape": L("格式无效：收到 {given}，应为 {allowed}", "格式無效：收到 {given}，應為 {allowed}", "has the wrong form: got {given}; expected {allowed}"),
  "policy.notPolicySheet": L("工作表 {sheet} 不是考核规则表（没有规则表标记）：函数使用默认规则", "工作表 {sheet} 不是考核規則表（沒有規則表標記）：函數使用預設規則", "the sheet {sheet} is not a Kaohe policy sheet (it has no policy marker): the functions use the default policy"),

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

const HEX = 16;
const HEX_DIGITS = 4;

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidi
 * overrides as \uXXXX, so a message or an echoed input is always one plain line.
 */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(HEX).padStart(HEX_DIGITS, "0")}`);
}

/** Text the user typed, as a message repeats it: quoted (unless not wanted), escaped, and cut after MAX_SHOWN_TEXT characters with its length. */
export function typedText(text: string, lang: Lang, quote = true): string {
  const q = quote ? '"' : "";
  const chars = Array.from(text);
  if (chars.length <= MAX_SHOWN_TEXT) return `${q}${escapeControl(text)}${q}`;
  return `${q}${escapeControl(chars.slice(0, MAX_SHOWN_TEXT).join(""))}…${q}${format("shown.cut", lang, { count: chars.length })}`;
}

/** How a value is shown inside a message. Total: any value, never "[object Object]", never a throw. */
export function display(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === "") return format("shown.blank", lang);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return !Number.isFinite(value) ? "#NUM!" : Object.is(value, -0) ? "0" : String(value);
  if (typeof value === "string") return escapeControl(value);
  if (typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return format("shown.nestedArray", lang);
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.rows === "number" && typeof o.cols === "number") return format("shown.range", lang, { rows: o.rows, cols: o.cols });
    if (o.what === "nestedArray") return format("shown.nestedArray", lang);
  }
  return format("shown.object", lang);
}

/** What the user typed is quoted when it is text; figures the core derived (dates in a comparison) are not. */
function shownGiven(error: InputError, lang: Lang): string {
  const derived = error.code === "dateOrder" || error.code === "dateResult";
  return typeof error.given === "string" && error.given !== "" && !derived ? typedText(error.given, lang) : display(error.given, lang);
}

/**
 * "dailyScore（日常工作得分）：105 超出范围，允许 0–100" — the parameter's id, its
 * localized name when it has one, then what was given and what is allowed.
 */
export function formatError(error: InputError, lang: Lang, paramName?: string, naming: ErrorNaming = "key"): string {
  const detail = error.detail ?? {};
  const body = format(`error.${error.code}`, lang, { ...detail, given: shownGiven(error, lang), allowed: error.allowed ?? "" });
  if (naming === "none") return body;
  const label = naming === "label" && paramName ? paramName
    : paramName && paramName !== error.param ? (lang === "en" ? `${error.param} (${paramName})` : `${error.param}（${paramName}）`)
      : error.param;
  const sep = lang === "en" ? ": " : "：";
  const where = error.code !== "bandNotAllowed" && "item" in detail ? format("error.itemPrefix", lang, detail)
    : "cell" in detail ? format("error.cellPrefix", lang, detail) : "";
  return `${label}${sep}${where}${body}`;
}

/**
 * How an error names its input: "key" — the parameter's key and label, as the worksheet
 * function's #VALUE! says it (FUNCTIONS.md); "label" — the label alone, where people read
 * it beside the inputs (the pane); "none" — only what is wrong, where a column header
 * already names the cell (a month sheet's input).
 */
export type ErrorNaming = "key" | "label" | "none";

/** "A-3: day 5: 13 h exceeds the 12-hour daily limit" */
export function formatFinding(w: Warning, lang: Lang): string {
  return `${w.rule}: ${format(w.key, lang, w.args)}`;
}

export function joinFindings(findings: readonly Warning[], lang: Lang): string {
  return findings.map((f) => formatFinding(f, lang)).join(MESSAGES["result.separator"][lang]);
}
