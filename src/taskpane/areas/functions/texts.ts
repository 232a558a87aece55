/** The Functions area's texts. */
import { L, type Localized } from "../../../rules";

export const FUNCTIONS_TEXT = {
  title: L("工作表函数", "工作表函數", "Worksheet functions"),
  search: L("搜索函数", "搜尋函數", "Search the functions"),
  searchHint: L("如：工资、SALESPAY", "如：薪資、SALESPAY", "e.g. pay, 工资, SALESPAY"),
  count: L("{count} 个函数", "{count} 個函數", "{count} function(s)"),
  none: L("没有匹配「{query}」的函数。", "沒有符合「{query}」的函數。", "No function matches “{query}”."),
  "group.scores": L("得分", "得分", "Scores"),
  "group.pay": L("薪酬", "薪酬", "Pay"),
  "group.dates": L("日期与工时", "日期與工時", "Dates and hours"),
  "group.checks": L("检查与查询", "檢查與查詢", "Checks and lookups"),
  parameters: L("参数", "參數", "Parameters"),
  optional: L("可选", "選填", "optional"),
  example: L("示例", "範例", "Example"),
  rules: L("规则 {rules}", "規則 {rules}", "Rules {rules}"),
  insert: L("插入到当前单元格", "插入到目前儲存格", "Insert in the active cell"),
  insertLabel: L("插入到当前单元格：{name}", "插入到目前儲存格：{name}", "Insert in the active cell: {name}"),
  reading: L("正在读取当前单元格…", "正在讀取目前儲存格…", "Reading the active cell…"),
  writing: L("正在写入 {cell}…", "正在寫入 {cell}…", "Writing {cell}…"),
  occupied: L("{cell} 已有内容「{content}」。要替换成 {name} 公式吗？", "{cell} 已有內容「{content}」。要取代成 {name} 公式嗎？", "{cell} already holds “{content}”. Replace it with the {name} formula?"),
  replace: L("替换", "取代", "Replace"),
  cancel: L("取消", "取消", "Cancel"),
  inserted: L("已在 {cell} 插入 {formula}（示例参数）：把示例值换成你的单元格即可。", "已在 {cell} 插入 {formula}（範例引數）：把範例值換成你的儲存格即可。", "Inserted {formula} in {cell} with the example's arguments: replace them with your cells."),
  failed: L("未能插入：{message}", "未能插入：{message}", "Could not insert it: {message}"),
  noExcel: L("在 Excel 中打开任务窗格即可插入函数。", "在 Excel 中開啟工作窗格即可插入函數。", "Open the task pane in Excel to insert functions."),
} as const satisfies Record<string, Localized>;
