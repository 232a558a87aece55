/**
 * The cycle's message catalogue: flags, reading problems, sheet labels, in
 * zh-CN, zh-TW and en. Texts of the rules core (input errors, H-4 notices, L-5
 * and G-1 warnings) come from src/rules/messages.ts and are not repeated here.
 * Flags are shown as "RULE: text" (formatFinding), so templates do not repeat the ID.
 */
import { L, translate, type Lang, type Localized } from "../rules";
import { MONTH_SHEET } from "./ids";

export const CYCLE_MESSAGES = {
  // ── Flags ─────────────────────────────────────────────────────────────────
  "flag.monthlyUnderPass": L("月度得分 {score} 低于 {pass} 分", "月度得分 {score} 低於 {pass} 分", "monthly score {score} is under {pass}"),
  "flag.reviewUnderPass": L("考评得分 {score} 低于 {pass} 分：绩效工资减少 {cut}", "考評得分 {score} 低於 {pass} 分：績效薪資減少 {cut}", "review score {score} is under {pass}: performance pay loses {cut}"),
  "flag.first": L("第一名：奖励 {bonus} 元", "第一名：獎勵 {bonus} 元", "first place: +{bonus}"),
  "flag.last": L("最后一名：从提成中扣 {penalty} 元", "最後一名：從提成中扣 {penalty} 元", "last place: −{penalty} from commission"),
  "flag.noTargets": L("没有任何售后指标设定目标：工资无法计算（请在规则表中填写目标）", "沒有任何售後指標設定目標：薪資無法計算（請在規則表中填寫目標）", "no indicator has a target: pay cannot be computed (set the targets on the policy sheet)"),
  "flag.indicatorBlank": L("{indicator} 未填写，按未达标计", "{indicator} 未填寫，按未達標計", "{indicator} is blank: counted as missed"),
  "flag.deptRequired": L("名单有部门时每人都须填写部门（门店排名按部门分组）", "名單有部門時每人都須填寫部門（門市排名按部門分組）", "the roster has departments, so everyone needs one (the store ranking is per department)"),
  "flag.missing": L("{field} 未填写：结果暂缺", "{field} 未填寫：結果暫缺", "{field} is blank: no result yet"),

  // ── Reading a roster or an inputs table ──────────────────────────────────
  "read.noIdColumn": L("找不到工号列（表头应为 {words}）", "找不到工號欄（表頭應為 {words}）", "no ID column (the header must be one of {words})"),
  "read.unknownColumns": L("忽略无法识别的列：{columns}", "忽略無法識別的欄：{columns}", "ignored unknown columns: {columns}"),
  "read.duplicateColumn": L("列“{header}”重复（已在 {first} 列），以第一列为准", "欄「{header}」重複（已在 {first} 欄），以第一欄為準", "column \"{header}\" appears twice (first in column {first}); the first is used"),
  "read.line": L("第 {line} 行", "第 {line} 列", "line {line}"),
  "read.noHeader": L("{where}：{count} 个值所在的列没有表头，已忽略", "{where}：{count} 個值所在的欄沒有表頭，已忽略", "{where}: {count} values under no header were ignored"),
  "read.blankId": L("工号为空（{cell}）", "工號為空（{cell}）", "blank ID ({cell})"),
  "read.duplicateId": L("工号 {id} 重复（{cell}，第一次在 {first}）", "工號 {id} 重複（{cell}，第一次在 {first}）", "duplicate ID {id} ({cell}; first at {first})"),
  "read.unknownId": L("工号 {id} 不在名单中（{cell}）", "工號 {id} 不在名單中（{cell}）", "ID {id} is not in the roster ({cell})"),
  "read.value": L("{cell}：{message}", "{cell}：{message}", "{cell}: {message}"),
  "read.overridden": L("“{header}”以输入表为准（名单中也有此列）", "「{header}」以輸入表為準（名單中也有此欄）", "\"{header}\" is taken from the inputs (the roster has it too)"),

  // ── Finalizing ───────────────────────────────────────────────────────────
  "finalize.incomplete": L("{id} {name}：资料不全（{fields}）", "{id} {name}：資料不全（{fields}）", "{id} {name}: incomplete ({fields})"),
  "finalize.problem": L("{id} {name}：{problem}", "{id} {name}：{problem}", "{id} {name}: {problem}"),
  "finalize.noReason": L("排除 {id} 须写明原因", "排除 {id} 須寫明原因", "excluding {id} needs a reason"),
  "finalize.unknownExcluded": L("要排除的工号 {id} 不在本月名单中", "要排除的工號 {id} 不在本月名單中", "the excluded ID {id} is not in this month's roster"),
  "finalize.noBy": L("须填写定稿人姓名", "須填寫定稿人姓名", "type the name of who finalizes"),
  "finalize.noReopenBy": L("须填写重新打开的操作人姓名", "須填寫重新開啟的操作人姓名", "type the name of who reopens"),
  "finalize.noReopenReason": L("重新打开须写明原因", "重新開啟須寫明原因", "reopening needs a reason"),

  // ── Sheets ───────────────────────────────────────────────────────────────
  "sheet.month": MONTH_SHEET,
  "sheet.summary": L("{scheme}汇总 {month}", "{scheme}彙總 {month}", "{scheme} summary {month}"),
  "sheet.payList": L("{scheme}工资单 {month}", "{scheme}薪資單 {month}", "{scheme} pay list {month}"),
  "sheet.log": L("考核记录", "考核記錄", "Evaluation log"),
  "title.month": MONTH_SHEET,
  "title.summary": L("{scheme}考核汇总 {month}", "{scheme}考核彙總 {month}", "{scheme} evaluation summary {month}"),
  "title.payList": L("{scheme}工资单 {month}", "{scheme}薪資單 {month}", "{scheme} pay list {month}"),
  "title.log": L("考核记录（定稿与重新打开）", "考核記錄（定稿與重新開啟）", "Evaluation log (finalized and reopened months)"),
  "payList.draft": L("草稿：本月尚未定稿，请勿交薪资部门", "草稿：本月尚未定稿，請勿交薪資部門", "Draft: this month is not finalized; do not hand to payroll"),
  "payList.final": L("已定稿：{at}，{by}", "已定稿：{at}，{by}", "Finalized {at} by {by}"),
  "payList.total": L("合计", "合計", "Total"),
  "summary.figure": L("项目", "項目", "Figure"),
  "summary.value": L("数值", "數值", "Value"),
  "summary.employees": L("人数", "人數", "Employees"),
  "summary.complete": L("资料齐全", "資料齊全", "Complete"),
  "summary.incomplete": L("资料不全", "資料不全", "Incomplete"),
  "summary.average": L("平均分", "平均分", "Average"),
  "summary.median": L("中位数", "中位數", "Median"),
  "summary.min": L("最低分", "最低分", "Lowest"),
  "summary.max": L("最高分", "最高分", "Highest"),
  "summary.totalPay": L("薪酬合计", "薪酬合計", "Total pay"),
  "summary.bands": L("分数段（{score}）", "分數段（{score}）", "Score bands ({score})"),
  "summary.band": L("分数段", "分數段", "Band"),
  "summary.count": L("人数", "人數", "Employees"),
  "summary.flags": L("提示（{at} 计算时）", "提示（{at} 計算時）", "Flags (when evaluated, {at})"),
  "summary.flag": L("提示", "提示", "Flag"),
  "summary.noFlags": L("无", "無", "none"),
  "band.below": L("< {to}", "< {to}", "< {to}"),
  "band.between": L("{from}–{to}", "{from}–{to}", "{from}–{to}"),
  "band.from": L("≥ {from}", "≥ {from}", "≥ {from}"),

  // ── The evaluation log (考核记录) ────────────────────────────────────────
  "log.action": L("操作", "操作", "Action"),
  "log.finalize": L("定稿", "定稿", "finalized"),
  "log.reopen": L("重新打开", "重新開啟", "reopened"),
  "log.scheme": L("考核方案", "考核方案", "Scheme"),
  "log.month": L("月份", "月份", "Month"),
  "log.policyVersion": L("规则版本", "規則版本", "Policy version"),
  "log.employees": L("人数", "人數", "Employees"),
  "log.excluded": L("排除（原因）", "排除（原因）", "Excluded (reasons)"),
  "log.average": L("平均分", "平均分", "Average score"),
  "log.totalPay": L("薪酬合计", "薪酬合計", "Total pay"),
  "log.at": L("时间", "時間", "At"),
  "log.by": L("操作人", "操作人", "By"),
  "log.reason": L("原因", "原因", "Reason"),
  "log.sha": L("输入记录 SHA-256", "輸入記錄 SHA-256", "inputsSha256"),
} as const satisfies Record<string, Localized>;

export type CycleMessageKey = keyof typeof CYCLE_MESSAGES;

export function cycleText(key: CycleMessageKey, lang: Lang, args: Record<string, unknown> = {}): string {
  return translate(CYCLE_MESSAGES, key, lang, args);
}
