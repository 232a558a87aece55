/** The shell's texts (header, navigation, policy line, errors), in zh-CN, zh-TW and en. Each area keeps its own. */
import { L, translate, type Lang, type Localized } from "../../rules";

export const SHELL = {
  title: L("考核 Kaohe", "考核 Kaohe", "Kaohe HR rulebook"),
  nav: L("任务窗格区域", "工作窗格區域", "Task pane areas"),
  help: L("帮助", "說明", "Help"),
  helpLabel: L("帮助（在新窗口中打开）", "說明（在新視窗中開啟）", "Help (opens in a new window)"),
  "area.evaluate": L("考核", "考核", "Evaluate"),
  "area.forms": L("表单", "表單", "Forms"),
  "area.explain": L("解释", "解釋", "Explain"),
  "area.policy": L("规则", "規則", "Policy"),
  "area.functions": L("函数", "函數", "Functions"),
  loadingArea: L("正在打开…", "正在開啟…", "Opening…"),
  areaFailed: L("无法打开此区域：{message}", "無法開啟此區域：{message}", "This area could not open: {message}"),
  retry: L("重试", "重試", "Try again"),
  policyLoading: L("正在读取规则…", "正在讀取規則…", "Reading the policy…"),
  policyDefault: L("规则 {version} · 默认规则", "規則 {version} · 預設規則", "Policy {version} · default"),
  policySheet: L("规则 {version} · 工作表「{sheet}」", "規則 {version} · 工作表「{sheet}」", "Policy {version} · sheet “{sheet}”"),
  policyInvalid: L("「{sheet}」表中的规则有误，所有 HR 函数返回 #VALUE!", "「{sheet}」表中的規則有誤，所有 HR 函數傳回 #VALUE!", "The policy on sheet “{sheet}” has errors; every HR function returns #VALUE!"),
  showProblems: L("查看问题", "查看問題", "Show the problems"),
  noExcel: L("未连接到 Excel：在 Excel 中打开任务窗格才能读写工作簿。", "未連接到 Excel：在 Excel 中開啟工作窗格才能讀寫活頁簿。", "Not connected to Excel: open the task pane in Excel to read and write the workbook."),
  // Readable Office errors (the code goes in a details line).
  "error.details": L("详细信息：{code}", "詳細資訊：{code}", "Details: {code}"),
  "error.InvalidArgument": L("Excel 拒绝了写入的内容（参数无效）。", "Excel 拒絕了寫入的內容（引數無效）。", "Excel refused what was written (an invalid argument)."),
  "error.InvalidOperationInCellEditMode": L("Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再试一次。", "Excel 正在編輯儲存格：請先按 Enter 或 Esc 結束編輯，再試一次。", "Excel is editing a cell: press Enter or Esc to finish, then try again."),
  "error.ItemAlreadyExists": L("工作簿中已有同名项目。", "活頁簿中已有同名項目。", "The workbook already has an item with that name."),
  "error.ItemNotFound": L("找不到所需的工作表或单元格，可能已被删除或改名。", "找不到所需的工作表或儲存格，可能已被刪除或改名。", "A sheet or cell it needs is missing; it may have been deleted or renamed."),
  "error.AccessDenied": L("工作簿或工作表受保护，无法修改。", "活頁簿或工作表受保護，無法修改。", "The workbook or sheet is protected and cannot be changed."),
  "error.InvalidOperation": L("Excel 现在无法执行此操作。", "Excel 現在無法執行此操作。", "Excel cannot do this right now."),
  "error.RequestPayloadSizeLimitExceeded": L("一次要写入的数据太多，请减少行数。", "一次要寫入的資料太多，請減少列數。", "Too much data for one request: use fewer rows."),
  "error.ResponsePayloadSizeLimitExceeded": L("要读取的区域太大。", "要讀取的範圍太大。", "The range to read is too large."),
  "error.ApiNotFound": L("此版本的 Excel 不支持该功能，请更新 Office。", "此版本的 Excel 不支援該功能，請更新 Office。", "This version of Excel does not support this; update Office."),
  "error.GeneralException": L("Excel 报告了一个内部错误，请再试一次。", "Excel 回報了一個內部錯誤，請再試一次。", "Excel reported an internal error; try again."),
  "error.unknown": L("操作未完成，请再试一次。", "操作未完成，請再試一次。", "It did not finish; try again."),
} as const satisfies Record<string, Localized>;

export type ShellText = keyof typeof SHELL;

export function shellText(key: ShellText, lang: Lang, args: Record<string, unknown> = {}): string {
  return translate(SHELL, key, lang, args);
}
