/**
 * Every text of the generated help pages, in zh-CN, zh-TW and en (zh-TW in
 * Traditional characters and Taiwan wording). Templates use {name}
 * placeholders (filled by `fill`). Used only by the help generator.
 */
import { L, type ErrorCode, type Localized } from "../rules";

export const HELP_TEXTS = {
  site: L("考核 Kaohe 帮助", "考核 Kaohe 說明", "Kaohe help"),
  langName: L("简体中文", "繁體中文", "English"),
  languages: L("语言", "語言", "Language"),
  allFunctions: L("全部函数", "全部函數", "All functions"),
  support: L("报告问题", "回報問題", "Report a problem"),
  privacy: L("隐私", "隱私權", "Privacy"),
  footer: L("考核 Kaohe 加载项 {version} · 默认规则版本 {policy}", "考核 Kaohe 增益集 {version} · 預設規則版本 {policy}", "Kaohe add-in {version} · default policy {policy}"),

  // ── Index ──────────────────────────────────────────────────────────────────
  indexTitle: L("人事函数帮助", "人事函數說明", "HR functions"),
  indexIntro: L(
    "在单元格中输入 =HR. 即可看到全部人事函数；每个函数都按公司人事制度计算，并可追溯到规则编号。规则数值保存在工作簿的“规则”工作表中，修改后所有 HR 公式自动重算。",
    "在儲存格中輸入 =HR. 即可看到全部人事函數；每個函數都依公司人事制度計算，並可追溯到規則編號。規則數值保存在活頁簿的「規則」工作表中，修改後所有 HR 公式自動重算。",
    "Type =HR. in a cell to list the HR functions; each computes by the company's HR rulebook and traces back to a rule ID. The policy lives in the workbook's Rules sheet: change a value there and every HR formula recalculates."),
  indexFunction: L("函数", "函數", "Function"),
  indexWhat: L("计算内容", "計算內容", "What it computes"),
  indexPane: L("任务窗格：开始 › 人事制度。", "工作窗格：常用 › 人事制度。", "Task pane: Home › HR rulebook."),
  chooseLanguage: L("选择语言", "選擇語言", "Choose a language"),

  // ── Function page ──────────────────────────────────────────────────────────
  what: L("用途", "用途", "What it computes"),
  syntax: L("语法", "語法", "Syntax"),
  otherNames: L("同一函数在其他语言的 Excel 中写作 {names}。", "同一函數在其他語言的 Excel 中寫作 {names}。", "The same function in Excel in other languages: {names}."),
  optionalNote: L("方括号中的参数可以省略。", "方括號中的參數可以省略。", "Parameters in square brackets may be left out."),
  parameters: L("参数", "參數", "Parameters"),
  parameter: L("参数", "參數", "Parameter"),
  description: L("说明", "說明", "Description"),
  allowed: L("允许的值", "允許的值", "Allowed"),
  example: L("示例", "範例", "Example"),
  result: L("结果", "結果", "Result"),
  dateResult: L("日期序号 {serial}，即 {date}（将单元格设为日期格式即可显示为日期）", "日期序號 {serial}，即 {date}（將儲存格設為日期格式即可顯示為日期）", "date serial {serial}, that is {date} (format the cell as a date to show it)"),
  emptyText: L("空文本（单元格显示为空）", "空字串（儲存格顯示為空白）", "empty text (the cell shows nothing)"),
  steps: L("计算过程", "計算過程", "How it is computed"),
  rules: L("依据的制度条文", "依據的制度條文", "Rules applied"),
  policy: L("使用的规则数值", "使用的規則數值", "Policy values used"),
  policyIntro: L(
    "下表为默认值。工作簿中有“规则”工作表时，函数改用该表中的数值；在 B 列修改即可，所有 HR 公式随之重算。",
    "下表為預設值。活頁簿中有「規則」工作表時，函數改用該表中的數值；在 B 欄修改即可，所有 HR 公式隨之重算。",
    "These are the defaults. When the workbook has a Rules sheet the functions use its values instead: change them in column B and every HR formula recalculates."),
  policyKey: L("项目", "項目", "Key"),
  policyDefault: L("默认值", "預設值", "Default"),
  policyRule: L("规则", "規則", "Rule"),
  policyBlank: L("空白（未设置）", "空白（未設定）", "blank (not set)"),
  policyTable: L("查看表格", "檢視表格", "show the table"),
  spilled: L("整列一次计算", "整欄一次計算", "A whole roster in one call"),
  spilledIntro: L(
    "把参数换成整列（或每人一行的区域），一个公式即可为每位员工返回一个结果，结果向下溢出成一列。比逐行填充同一公式快得多，也不必复制公式。",
    "把參數換成整欄（或每人一列的範圍），一個公式即可為每位員工傳回一個結果，結果向下溢出成一欄。比逐列填滿同一公式快得多，也不必複製公式。",
    "Give a parameter a whole column (or a range with one row per employee) and one formula returns one result per employee, spilling down as a column. It is much faster than filling the same formula down, and nothing needs copying."),
  spilledColumn: L("一列，每人一格", "一欄，每人一格", "a column, one cell per employee"),
  spilledRows: L("每人一行", "每人一列", "one row per employee"),
  spilledShared: L("所有人相同（单个值或整组）", "所有人相同（單一值或整組）", "the same for everyone (one value, or the whole group)"),
  spilledHow: L("如何取值", "如何取值", "Takes"),
  spilledErrors: L(
    "某位员工的输入有误时，只有他那一格显示 #VALUE!（提示与单格公式相同），其他人的结果照常。多个区域参数的行数须一致。",
    "某位員工的輸入有誤時，只有他那一格顯示 #VALUE!（提示與單格公式相同），其他人的結果照常。多個範圍參數的列數須一致。",
    "When one employee's input is wrong only that employee's cell shows #VALUE! (with the single-cell message); everyone else's result stands. Range arguments must have the same number of rows."),
  spilledRanking: L(
    "排名只排序一次：一万人的名单请用整列形式；逐行填充的形式每一行都要重读整组得分，人数多时很慢。",
    "排名只排序一次：一萬人的名單請用整欄形式；逐列填滿的形式每一列都要重讀整組得分，人數多時很慢。",
    "The group is sorted once: for a roster of thousands use this whole-column form; filled down row by row, every row reads the whole group again and large rosters get slow."),
  errors: L("错误与处理", "錯誤與處理", "Errors and what to do"),
  errorsIntro: L(
    "输入有误时单元格显示 #VALUE!，选中该单元格可看到提示：哪个参数、收到了什么、允许什么。以下提示是用默认规则实际计算得到的。",
    "輸入有誤時儲存格顯示 #VALUE!，選取該儲存格可看到提示：哪個參數、收到了什麼、允許什麼。以下提示是以預設規則實際計算所得。",
    "A wrong input shows #VALUE! in the cell; select the cell to read the message: which parameter, what was given, what is allowed. The messages below were produced by the functions under the default policy."),
  error: L("错误", "錯誤", "Error"),
  message: L("提示示例", "提示範例", "Example message"),
  whatToDo: L("怎么办", "怎麼辦", "What to do"),

  // ── Allowed values of a parameter ──────────────────────────────────────────
  number: L("数字", "數字", "a number"),
  whole: L("整数（TRUE = 1，FALSE = 0）", "整數（TRUE = 1，FALSE = 0）", "a whole number (TRUE = 1, FALSE = 0)"),
  between: L("{lo}–{hi}", "{lo}–{hi}", "{lo}–{hi}"),
  atLeast: L("≥ {lo}", "≥ {lo}", "≥ {lo}"),
  atMost: L("≤ {hi}", "≤ {hi}", "≤ {hi}"),
  rate: L("比率 0–{max}（即 0%–{percent}），如 80% 或 0.8", "比率 0–{max}（即 0%–{percent}），如 80% 或 0.8", "a rate 0–{max} (0%–{percent}), e.g. 80% or 0.8"),
  date: L("日期：Excel 日期或 YYYY-MM-DD 文本", "日期：Excel 日期或 YYYY-MM-DD 文字", "a date: an Excel date or YYYY-MM-DD text"),
  boolean: L("TRUE 或 FALSE（或 1 / 0）", "TRUE 或 FALSE（或 1 / 0）", "TRUE or FALSE (or 1 / 0)"),
  choice: L("以下之一（不区分大小写）：{list}", "以下之一（不分大小寫）：{list}", "one of (any case): {list}"),
  level: L("等级 {best}（非常满意）… 1（较差），或等级文字：{words}", "等級 {best}（非常滿意）… 1（較差），或等級文字：{words}", "level {best} (very satisfied) … 1 (poor), or the words: {words}"),
  rangeOf: L("一行或一列 {count} 格", "一列或一欄 {count} 格", "one row or column of {count} cells"),
  range: L("单元格区域", "儲存格範圍", "a range of cells"),
  valueOrRange: L("单个值，或单元格区域", "單一值，或儲存格範圍", "one value, or a range of cells"),
  blanksSkip: L("空白格不计", "空白格不計", "blank cells are skipped"),
  blanksKeep: L("空白格保留，含义见说明", "空白格保留，含義見說明", "blank cells are kept: see the description"),
  blanksDefault: L("空白格按 {value} 计", "空白格按 {value} 計", "a blank cell counts as {value}"),
  optional: L("可省略", "可省略", "optional"),
  optionalDefault: L("可省略，默认 {value}", "可省略，預設 {value}", "optional, default {value}"),
  each: L("每格：{what}", "每格：{what}", "each cell: {what}"),

  // ── Support page ───────────────────────────────────────────────────────────
  supportTitle: L("报告问题", "回報問題", "Report a problem"),
  supportWho: L(
    "考核 Kaohe 由贵公司的 IT 部门部署。遇到问题时请联系他们（或部署此加载项的同事），并附上下列信息。",
    "考核 Kaohe 由貴公司的 IT 部門部署。遇到問題時請聯絡他們（或部署此增益集的同事），並附上下列資訊。",
    "Kaohe is deployed by your company's IT department. Report a problem to them (or to whoever deployed the add-in), with the details below."),
  supportCheckFirst: L("先检查这几项", "先檢查這幾項", "Check these first"),
  supportChecks: [
    L("单元格显示 #VALUE!：选中单元格读提示，按该函数帮助页的“错误与处理”修改输入。", "儲存格顯示 #VALUE!：選取儲存格讀提示，依該函數說明頁的「錯誤與處理」修改輸入。", "The cell shows #VALUE!: select it, read the message and fix the input as the function's help page says under Errors."),
    L("所有 HR 函数都显示 #VALUE!：“规则”工作表有误；任务窗格会列出有问题的项目。", "所有 HR 函數都顯示 #VALUE!：「規則」工作表有誤；工作窗格會列出有問題的項目。", "Every HR function shows #VALUE!: the Rules sheet has a problem; the task pane lists the keys concerned."),
    L("显示 #NAME?：加载项尚未加载。打开“开始 › 人事制度”，或关闭 Excel 后重新打开。", "顯示 #NAME?：增益集尚未載入。開啟「常用 › 人事制度」，或關閉 Excel 後重新開啟。", "#NAME? shows: the add-in is not loaded yet. Open Home › HR rulebook, or close and reopen Excel."),
    L("结果与预期不同：在任务窗格中查看计算过程和所用的规则数值。", "結果與預期不同：在工作窗格中檢視計算過程和所用的規則數值。", "A result is not what you expected: look at the steps and the policy values used in the task pane."),
  ],
  supportInclude: L("报告时请附上", "回報時請附上", "What to include"),
  supportItems: [
    L("单元格中的公式，以及各参数的值（或整行）。", "儲存格中的公式，以及各參數的值（或整列）。", "The formula in the cell and the values of its arguments (or the whole row)."),
    L("单元格显示的内容（#VALUE! 的完整提示）和您预期的结果，最好注明依据的规则编号（如 F-10）。", "儲存格顯示的內容（#VALUE! 的完整提示）和您預期的結果，最好註明依據的規則編號（如 F-10）。", "What the cell shows (the whole #VALUE! message) and what you expected, with the rule ID if you know it (e.g. F-10)."),
    L("规则版本：任务窗格顶部，或“规则”工作表 version 一行；以及工作簿是否有自己的“规则”工作表。", "規則版本：工作窗格頂端，或「規則」工作表 version 一列；以及活頁簿是否有自己的「規則」工作表。", "The policy version (top of the task pane, or the version row of the Rules sheet), and whether the workbook has its own Rules sheet."),
    L("加载项版本 {version}，Excel 的版本与平台（Windows：文件 › 账户 › 关于 Excel；Mac：Excel › 关于 Excel；网页版：浏览器名称），以及 Office 的显示语言。", "增益集版本 {version}，Excel 的版本與平台（Windows：檔案 › 帳戶 › 關於 Excel；Mac：Excel › 關於 Excel；網頁版：瀏覽器名稱），以及 Office 的顯示語言。", "The add-in version {version}, Excel's version and platform (Windows: File › Account › About Excel; Mac: Excel › About Excel; the web: the browser), and Office's display language."),
    L("同一计算的 calc 输出（IT 可在构建此加载项的电脑上运行，见下文）。", "同一計算的 calc 輸出（IT 可在建置此增益集的電腦上執行，見下文）。", "The same calculation from calc (IT can run it where the add-in is built, see below)."),
  ],
  supportCalc: L(
    "calc 按 Excel 的方式计算任一函数，--explain 列出每一步及其规则编号；请把这几行附在报告中：",
    "calc 依 Excel 的方式計算任一函數，--explain 列出每一步及其規則編號；請把這幾行附在回報中：",
    "calc computes any function exactly as Excel calls it, and --explain lists every step with its rule ID; paste these lines into the report:"),
  supportPolicyFile: L(
    "若工作簿有自己的“规则”工作表，请把同样的数值存为策略文件，用 --policy 文件名 运行。",
    "若活頁簿有自己的「規則」工作表，請把同樣的數值存為策略檔案，以 --policy 檔名 執行。",
    "If the workbook has its own Rules sheet, save the same values as a policy file and add --policy FILE."),
  supportPrivacy: L(
    "不要发送员工的个人资料：请用删除了姓名等信息的副本，或只发送出问题的那一行数值。",
    "不要傳送員工的個人資料：請使用刪除了姓名等資訊的副本，或只傳送出問題的那一列數值。",
    "Do not send employees' personal data: use a copy with names removed, or send only the figures of the row concerned."),

  // ── Privacy page ───────────────────────────────────────────────────────────
  privacyTitle: L("隐私", "隱私權", "Privacy"),
  privacyData: L(
    "您的数据不会离开工作簿。考核 Kaohe 的函数和任务窗格在 Excel 内计算：读取单元格，只在您生成表单时写入工作簿。不发送、不上传、不保存任何员工数据。",
    "您的資料不會離開活頁簿。考核 Kaohe 的函數和工作窗格在 Excel 內計算：讀取儲存格，只在您產生表單時寫入活頁簿。不傳送、不上傳、不保存任何員工資料。",
    "No data leaves the workbook. Kaohe's functions and task pane compute inside Excel: they read cells, and write to the workbook only when you create a form. No employee data is sent, uploaded or kept anywhere."),
  privacyNetwork: L("网络请求只有两种", "網路要求只有兩種", "Only two kinds of network request"),
  privacyOwn: L("从 {origin} 获取加载项自己的文件（网页、脚本、函数说明、图标、本帮助）；", "從 {origin} 取得增益集自己的檔案（網頁、指令碼、函數說明、圖示、本說明）；", "the add-in's own files (pages, scripts, function descriptions, icons, this help) from {origin};"),
  privacyOffice: L("从 Office 的官方 CDN（{cdn}）获取 Office.js，所有 Office 加载项都靠它与 Excel 通信。", "從 Office 的官方 CDN（{cdn}）取得 Office.js，所有 Office 增益集都靠它與 Excel 通訊。", "Office.js from Office's own CDN ({cdn}), which every Office add-in needs to talk to Excel."),
  privacyNothingElse: L(
    "除此之外不访问任何地址：没有统计分析、没有 Cookie、没有账号。每个页面都带有内容安全策略（Content-Security-Policy），浏览器会拦截上述两个来源以外的任何请求。",
    "除此之外不存取任何位址：沒有統計分析、沒有 Cookie、沒有帳號。每個頁面都帶有內容安全性原則（Content-Security-Policy），瀏覽器會攔截上述兩個來源以外的任何要求。",
    "Nothing else is contacted: no analytics, no cookies, no accounts. Every page carries a Content-Security-Policy, so the browser blocks any request to anywhere but those two."),
  privacyState: L(
    "加载项在工作簿之外不保存任何状态：规则数值保存在工作簿的“规则”工作表中，与工作簿一起存放、共享和备份。任务窗格可能在本机记住界面选择（例如上次打开的区域），但不含工作簿数据。",
    "增益集在活頁簿之外不保存任何狀態：規則數值保存在活頁簿的「規則」工作表中，與活頁簿一起存放、共用和備份。工作窗格可能在本機記住介面選擇（例如上次開啟的區域），但不含活頁簿資料。",
    "The add-in keeps no state outside the workbook: the policy is the workbook's Rules sheet, stored, shared and backed up with it. The task pane may remember interface choices on this computer (such as the last area opened), never workbook data."),
  privacyServer: L(
    "托管加载项的服务器（{host}）像其他内部网页一样，会在日志中记录对这些文件的访问（时间、IP 地址）；这些日志由贵公司 IT 管理。Excel、OneDrive 和 SharePoint 中的工作簿受贵公司与微软的 Microsoft 365 协议约束。",
    "託管增益集的伺服器（{host}）如同其他內部網頁，會在記錄中記下對這些檔案的存取（時間、IP 位址）；這些記錄由貴公司 IT 管理。Excel、OneDrive 和 SharePoint 中的活頁簿受貴公司與微軟的 Microsoft 365 合約約束。",
    "The server that hosts the add-in ({host}) logs requests for these files (time, IP address) like any intranet page; your IT department manages those logs. Workbooks in Excel, OneDrive and SharePoint fall under your organization's Microsoft 365 agreement."),
} as const satisfies Record<string, Localized | readonly Localized[]>;

/** What each error means and what the user does about it. */
export const ERROR_HELP: Readonly<Record<ErrorCode, { title: Localized; fix: Localized }>> = {
  required: {
    title: L("缺少必填参数", "缺少必填參數", "A required argument is missing"),
    fix: L("填写该参数，或检查引用的单元格是否为空。", "填寫該參數，或檢查參照的儲存格是否為空白。", "Fill it in, or check that the referenced cell is not empty."),
  },
  notNumber: {
    title: L("不是数字", "不是數字", "Not a number"),
    fix: L("输入数字。从其他系统粘贴来的“文本型数字”请先转换为数字（数据 › 分列）。", "輸入數字。從其他系統貼上的「文字型數字」請先轉換為數字（資料 › 資料剖析）。", "Enter a number. Numbers pasted as text from another system must be converted first (Data › Text to Columns)."),
  },
  outOfRange: {
    title: L("超出允许范围", "超出允許範圍", "Out of range"),
    fix: L("检查是否录入错误；允许的范围见“参数”表，按规则数值确定。", "檢查是否輸入錯誤；允許的範圍見「參數」表，依規則數值而定。", "Check for a typing mistake; the allowed range is in the Parameters table and follows the policy."),
  },
  notWhole: {
    title: L("应为整数", "應為整數", "Not a whole number"),
    fix: L("次数、天数等只能是整数。", "次數、天數等只能是整數。", "Counts and numbers of days are whole numbers."),
  },
  rateTypo: {
    title: L("比率疑似输入错误", "比率疑似輸入錯誤", "A rate that looks like a typo"),
    fix: L("比率请输入 80% 或 0.8，不要输入 80。", "比率請輸入 80% 或 0.8，不要輸入 80。", "Enter a rate as 80% or 0.8, not 80."),
  },
  notDate: {
    title: L("不是日期", "不是日期", "Not a date"),
    fix: L("输入 Excel 日期或 YYYY-MM-DD 文本，并检查该日期确实存在（例如没有 2 月 30 日）。", "輸入 Excel 日期或 YYYY-MM-DD 文字，並檢查該日期確實存在（例如沒有 2 月 30 日）。", "Enter an Excel date or YYYY-MM-DD text, and check the date exists (there is no 30 February)."),
  },
  notBoolean: {
    title: L("应为 TRUE 或 FALSE", "應為 TRUE 或 FALSE", "Not TRUE or FALSE"),
    fix: L("输入 TRUE 或 FALSE（或 1 / 0）。", "輸入 TRUE 或 FALSE（或 1 / 0）。", "Enter TRUE or FALSE (or 1 / 0)."),
  },
  notInList: {
    title: L("不是可选的值", "不是可選的值", "Not one of the allowed values"),
    fix: L("使用提示中列出的值之一。", "使用提示中列出的值之一。", "Use one of the values the message lists."),
  },
  shape: {
    title: L("区域大小不对", "範圍大小不對", "A range of the wrong size"),
    fix: L("选取提示要求的大小：单个单元格，或格数正确的一行或一列。", "選取提示要求的大小：單一儲存格，或格數正確的一列或一欄。", "Select what the message asks for: one cell, or one row or column with the right number of cells."),
  },
  notRange: {
    title: L("应为单元格区域", "應為儲存格範圍", "A range is needed"),
    fix: L("该参数需要单元格区域（如 B2:M2），而不是单个值。", "該參數需要儲存格範圍（如 B2:M2），而不是單一值。", "This parameter takes a range of cells (such as B2:M2), not a single value."),
  },
  blankMonth: {
    title: L("有空白月份", "有空白月份", "A month is blank"),
    fix: L("填写该月得分；年中入职者把 prorate 设为 TRUE，按已填月份平均。", "填寫該月得分；年中到職者把 prorate 設為 TRUE，按已填月份平均。", "Fill in that month's score; for someone hired mid-year set prorate to TRUE to average the months present."),
  },
  noValues: {
    title: L("区域中没有数值", "範圍中沒有數值", "The range holds no values"),
    fix: L("区域中至少要有一个值；检查引用的区域是否正确。", "範圍中至少要有一個值；檢查參照的範圍是否正確。", "The range needs at least one value; check that it points at the right cells."),
  },
  notAmong: {
    title: L("不在全部得分中", "不在全部得分中", "Not among all scores"),
    fix: L("本人得分必须是全部得分中的一个；检查两个参数是否引用同一组。", "本人得分必須是全部得分中的一個；檢查兩個參數是否參照同一組。", "The person's score must be one of all the scores; check that both arguments point at the same group."),
  },
  bandNotAllowed: {
    title: L("扣分不在扣分标准内", "扣分不在扣分標準內", "A deduction no case allows"),
    fix: L("按该项的扣分标准录入；允许的值列在提示中，标准见规则数值 fieldRep.items。", "依該項的扣分標準輸入；允許的值列在提示中，標準見規則數值 fieldRep.items。", "Enter a deduction the item's bands allow; the message lists them, and fieldRep.items holds the bands."),
  },
  spillShape: {
    title: L("区域大小不一致", "範圍大小不一致", "Ranges of different sizes"),
    fix: L("整列计算时，各区域参数须覆盖同样的行（每位员工一行）；其余参数用单个值。", "整欄計算時，各範圍參數須涵蓋相同的列（每位員工一列）；其餘參數用單一值。", "In a whole-roster call every range argument covers the same rows (one per employee); give the others single values."),
  },
  dateResult: {
    title: L("结果日期超出 Excel 的日期范围", "結果日期超出 Excel 的日期範圍", "The resulting date is outside Excel's dates"),
    fix: L("Excel 只能显示 1900-01-01 到 9999-12-31 的日期；检查输入的日期是否录错（例如年份多打了一位）。", "Excel 只能顯示 1900-01-01 到 9999-12-31 的日期；檢查輸入的日期是否輸入錯誤（例如年份多打了一位）。", "Excel shows dates from 1900-01-01 to 9999-12-31; check the input date for a typing mistake (an extra digit in the year)."),
  },
  tooManyCells: {
    title: L("区域的单元格太多", "範圍的儲存格太多", "Too many cells in the range"),
    fix: L("一个月最多 31 天：选取一个月的每日工时（每天一格）。", "一個月最多 31 天：選取一個月的每日工時（每天一格）。", "A month has at most 31 days: select one month's daily hours, one cell a day."),
  },
  textTooLong: {
    title: L("结果文字超过单元格上限", "結果文字超過儲存格上限", "The result text is longer than a cell holds"),
    fix: L("Excel 单元格最多容纳 32,767 个字符；把区域分成较小的几段分别检查。", "Excel 儲存格最多容納 32,767 個字元；把範圍分成較小的幾段分別檢查。", "An Excel cell holds at most 32,767 characters; check the range in smaller parts."),
  },
  dateOrder: {
    title: L("日期先后不对", "日期先後不對", "Dates in the wrong order"),
    fix: L("检查两个日期是否填反。", "檢查兩個日期是否填反。", "Check whether the two dates are swapped."),
  },
  resultTooLarge: {
    title: L("结果过大", "結果過大", "Result too large"),
    fix: L("检查输入是否多了几位数。", "檢查輸入是否多了幾位數。", "Check the inputs for extra digits."),
  },
  internal: {
    title: L("内部错误", "內部錯誤", "Internal error"),
    fix: L("请按“报告问题”页面的说明报告。", "請依「回報問題」頁面的說明回報。", "Please report it as the Report a problem page says."),
  },
};
