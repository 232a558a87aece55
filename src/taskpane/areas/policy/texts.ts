/** The Policy area's texts. The policy is 规则 / 規則 / policy everywhere (issue 9, defect 3). */
import { L, type Localized } from "../../../rules";

export const POLICY_TEXT = {
  title: L("规则", "規則", "Policy"),
  loading: L("正在读取规则…", "正在讀取規則…", "Reading the policy…"),
  defaultTitle: L("正在使用默认规则", "正在使用預設規則", "Using the default policy"),
  defaultBody: L(
    "此工作簿还没有规则表，HR 函数和新表单使用制度手册中的默认数值（版本 {version}，{published} 公示）。创建规则表后，可在表中修改任何数值，所有 HR 公式和表单都会随之更新。",
    "此活頁簿還沒有規則表，HR 函數和新表單使用制度手冊中的預設數值（版本 {version}，{published} 公示）。建立規則表後，可在表中修改任何數值，所有 HR 公式和表單都會隨之更新。",
    "This workbook has no policy sheet, so the HR functions and new forms use the handbook's default numbers (version {version}, published {published}). Create the policy sheet to change any number; every HR formula and form follows.",
  ),
  create: L("创建规则表", "建立規則表", "Create the policy sheet"),
  creating: L("正在创建规则表…", "正在建立規則表…", "Creating the policy sheet…"),
  sheetTitle: L("使用工作表「{sheet}」中的规则", "使用工作表「{sheet}」中的規則", "Using the policy on sheet “{sheet}”"),
  sheetBody: L(
    "版本 {version}，{published} 公示。在表中修改数值后，所有 HR 公式会自动重算。",
    "版本 {version}，{published} 公示。在表中修改數值後，所有 HR 公式會自動重算。",
    "Version {version}, published {published}. Change a number on the sheet and every HR formula recalculates.",
  ),
  open: L("打开规则表", "開啟規則表", "Open the policy sheet"),
  invalidTitle: L("「{sheet}」表中有 {count} 处问题", "「{sheet}」表中有 {count} 處問題", "{count} problem(s) on sheet “{sheet}”"),
  invalidBody: L("修正之前，所有 HR 函数都返回 #VALUE!", "修正之前，所有 HR 函數都傳回 #VALUE!", "Until they are fixed, every HR function returns #VALUE!"),
  select: L("选择 {cell}", "選取 {cell}", "Select {cell}"),
  selectLabel: L("在「{sheet}」表中选择 {cell}（{label}）", "在「{sheet}」表中選取 {cell}（{label}）", "Select {cell} on sheet “{sheet}” ({label})"),
  noCell: L("（表中没有这一项）", "（表中沒有這一項）", "(not on the sheet)"),
  version: L("规则版本", "規則版本", "policy version"),
  published: L("公示日期", "公示日期", "publication date"),
  failed: L("未完成：{message}", "未完成：{message}", "Not done: {message}"),
  noExcel: L("在 Excel 中打开任务窗格即可创建或打开规则表。", "在 Excel 中開啟工作窗格即可建立或開啟規則表。", "Open the task pane in Excel to create or open the policy sheet."),
} as const satisfies Record<string, Localized>;
