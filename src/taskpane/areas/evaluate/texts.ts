/** The Evaluate area's texts (the monthly wizard), in zh-CN, zh-TW and en. Figures' names come from the cycle's catalogue. */
import { L, translate, type Lang, type Localized } from "../../../rules";

export const EVALUATE = {
  title: L("月度考核", "月度考核", "Monthly evaluation"),
  intro: L(
    "每月一次：读取名单，创建本月考核表，录入，审核，定稿并生成工资单。",
    "每月一次：讀取名單，建立本月考核表，輸入，審核，定稿並產生薪資單。",
    "Once a month: read the roster, create the month's sheet, enter the inputs, review, then finalize and hand over the pay list.",
  ),
  noExcel: L("在 Excel 中打开任务窗格才能进行月度考核。", "在 Excel 中開啟工作窗格才能進行月度考核。", "Open the task pane in Excel to run the monthly evaluation."),
  steps: L("考核步骤", "考核步驟", "Evaluation steps"),
  "step.start": L("开始", "開始", "Start"),
  "step.create": L("创建", "建立", "Create"),
  "step.enter": L("录入", "輸入", "Enter"),
  "step.review": L("审核", "審核", "Review"),
  "step.finalize": L("定稿", "定稿", "Finalize"),
  stepOf: L("第 {n} 步，共 5 步：{name}", "第 {n} 步，共 5 步：{name}", "Step {n} of 5: {name}"),
  back: L("上一步", "上一步", "Back"),
  next: L("下一步", "下一步", "Next"),
  context: L("{scheme} · {month}", "{scheme} · {month}", "{scheme} · {month}"),
  policyInvalid: L("规则表有误，无法计算：请先在「规则」中修正。", "規則表有誤，無法計算：請先在「規則」中修正。", "The policy sheet has errors, so nothing can be computed: fix it under Policy first."),
  toPolicy: L("前往规则", "前往規則", "Go to Policy"),
  loading: L("正在加载考核功能…", "正在載入考核功能…", "Loading the evaluation…"),
  failed: L("未完成：{message}", "未完成：{message}", "It did not finish: {message}"),
  removed: L("本次添加的内容已删除，工作簿未改变。", "本次新增的內容已刪除，活頁簿未改變。", "What it added was removed: the workbook is unchanged."),
  removedKept: L("未写完的工作表已删除；规则表「{sheet}」已完整创建，保留在工作簿中。", "未寫完的工作表已刪除；規則表「{sheet}」已完整建立，保留在活頁簿中。", "The half-written sheet was removed; the policy sheet “{sheet}”, complete, stays in the workbook."),
  left: L("本次添加的内容未能全部删除，请检查：{sheets}", "本次新增的內容未能全部刪除，請檢查：{sheets}", "Not everything it added could be removed; please check: {sheets}"),
  selectCell: L("选中 {cell}", "選取 {cell}", "Select {cell}"),
  /** The button's accessible name: its visible text first (WCAG 2.5.3), then the sheet. */
  selectCellOf: L("选中 {cell}（工作表「{sheet}」）", "選取 {cell}（工作表「{sheet}」）", "Select {cell} (sheet “{sheet}”)"),

  // ── 1 Start ──
  scheme: L("考核方案", "考核方案", "Scheme"),
  month: L("月份", "月份", "Month"),
  monthHint: L("格式 YYYY-MM，默认为上个月", "格式 YYYY-MM，預設為上個月", "YYYY-MM; last month by default"),
  monthInvalid: L("请按 YYYY-MM 填写月份（收到「{given}」）", "請依 YYYY-MM 填寫月份（收到「{given}」）", "Write the month as YYYY-MM (got “{given}”)"),
  looking: L("正在查看工作簿…", "正在查看活頁簿…", "Looking at the workbook…"),
  exists: L("本月的考核表「{sheet}」已存在。", "本月的考核表「{sheet}」已存在。", "This month's sheet “{sheet}” exists."),
  continue: L("继续录入", "繼續輸入", "Continue with it"),
  hasPrevious: L("找到上月的考核表「{sheet}」：本月沿用上月的结果（重复标记、上月得分、连续垫底月数）。", "找到上月的考核表「{sheet}」：本月沿用上月的結果（重複標記、上月得分、連續墊底月數）。", "Last month's sheet “{sheet}” is there: its results carry forward (repeats, last month's score, last-place streak)."),
  noPrevious: L("没有上月（{month}）的考核表：本月从零开始。", "沒有上月（{month}）的考核表：本月從零開始。", "No sheet for last month ({month}): this month starts clean."),
  source: L("名单来源", "名單來源", "Roster from"),
  "source.selection": L("工作簿中选中的区域或表格", "活頁簿中選取的範圍或表格", "The range or table selected in the workbook"),
  "source.selectionHint": L(
    "先在工作表中选中名单（含表头：工号、姓名、部门）；只选一个单元格时读取整张工作表。",
    "先在工作表中選取名單（含表頭：工號、姓名、部門）；只選一個儲存格時讀取整張工作表。",
    "Select the roster in a sheet first, with its header (ID, Name, Department); one cell reads the whole sheet.",
  ),
  "source.previous": L("上月的考核表「{sheet}」", "上月的考核表「{sheet}」", "Last month's sheet “{sheet}”"),
  "source.previousNone": L("上月的考核表（没有）", "上月的考核表（沒有）", "Last month's sheet (none)"),
  "source.paste": L("粘贴的文本", "貼上的文字", "Pasted text"),
  pasteLabel: L("粘贴名单（第一行为表头）", "貼上名單（第一列為表頭）", "Paste the roster (the header first)"),
  pastePlaceholder: L("工号\t姓名\t部门\nS001\t王伟\t华东区", "工號\t姓名\t部門\nS001\t王偉\t華東區", "ID\tName\tDepartment\nS001\tWang Wei\tEast"),
  pasted: L("粘贴的文本", "貼上的文字", "pasted text"),
  selection: L("选中的区域", "選取的範圍", "the selection"),
  read: L("读取名单", "讀取名單", "Read the roster"),
  reading: L("正在读取名单…", "正在讀取名單…", "Reading the roster…"),
  readOk: L("读取到 {count} 名员工（{where}）。", "讀取到 {count} 名員工（{where}）。", "{count} employees read ({where})."),
  readNone: L("没有读取到员工：{where} 中没有带工号的行。", "沒有讀取到員工：{where} 中沒有帶工號的列。", "No employees read: {where} has no rows with an ID."),
  more: L("还有 {count} 人", "還有 {count} 人", "and {count} more"),
  problems: L("名单有问题，改好后再读取一次：", "名單有問題，改好後再讀取一次：", "The roster has problems; fix them and read it again:"),
  inputsToo: L("名单中还有 {count} 列输入，将一并写入。", "名單中還有 {count} 欄輸入，將一併寫入。", "The roster holds {count} input columns too; they are written in."),
  preview: L("名单预览", "名單預覽", "Roster preview"),

  // ── 2 Create (its own texts are in stepTexts.ts) ──
  evaluating: L("正在按规则计算 {count} 名员工…", "正在依規則計算 {count} 名員工…", "Computing {count} employees by the rules…"),
  creating: L("正在创建「{sheet}」（{count} 人）…", "正在建立「{sheet}」（{count} 人）…", "Creating “{sheet}” ({count} employees)…"),

  // ── 3 Enter ──
  readingMonth: L("正在读取考核表…", "正在讀取考核表…", "Reading the sheet…"),
  noMonth: L("本月还没有考核表：请先在第 2 步创建。", "本月還沒有考核表：請先在第 2 步建立。", "This month has no sheet yet: create it in step 2."),
  saving: L("正在写入 {cell}…", "正在寫入 {cell}…", "Writing {cell}…"),

  // ── 4 Review ──
  makingSummary: L("正在生成汇总表…", "正在產生彙總表…", "Creating the summary sheet…"),

  // ── 5 Finalize ──
  finalizing: L("正在定稿…", "正在定稿…", "Finalizing…"),
  reopening: L("正在重新打开…", "正在重新開啟…", "Reopening…"),
} as const satisfies Record<string, Localized>;

export type EvaluateTextKey = keyof typeof EVALUATE;

export function evaluateText(key: EvaluateTextKey, lang: Lang, args: Record<string, unknown> = {}): string {
  return translate(EVALUATE, key, lang, args);
}
