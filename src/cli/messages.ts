/**
 * The command-line tools' own texts — file and usage failures, in zh-CN, zh-TW
 * and en. Rule and policy texts come from src/rules/messages.ts and the month's
 * from src/cycle/messages.ts; they are not repeated here.
 *
 * A failure is built as a `CliText` (a key and its arguments, an argument may be
 * a `CliText` itself: "cannot read {path}: {problem}") and rendered only at the
 * edge, in the language the command line asks for (`langOf`).
 */
import { L, LANGS, translate, type Lang, type Localized } from "../rules";

export const CLI_MESSAGES = {
  // ── What went wrong with a file (the {problem} of the lines below) ───────
  "file.ENOENT": L("没有这个文件或文件夹", "沒有這個檔案或資料夾", "no such file or folder"),
  "file.denied": L("没有权限", "沒有權限", "permission denied"),
  "file.isFolder": L("这是文件夹，不是文件", "這是資料夾，不是檔案", "it is a folder, not a file"),
  "file.isFile": L("这是文件，不是文件夹", "這是檔案，不是資料夾", "it is a file, not a folder"),
  "file.ENOTDIR": L("路径中有一部分不是文件夹", "路徑中有一部分不是資料夾", "a part of the path is not a folder"),
  "file.EROFS": L("文件系统是只读的", "檔案系統是唯讀的", "the file system is read-only"),
  "file.ENOSPC": L("磁盘已满", "磁碟已滿", "the disk is full"),
  "file.EDQUOT": L("磁盘配额已用完", "磁碟配額已用完", "the disk quota is used up"),
  "file.ENAMETOOLONG": L("名称太长", "名稱太長", "the name is too long"),
  "file.ELOOP": L("符号链接太多", "符號連結太多", "too many symbolic links"),
  "file.EMFILE": L("打开的文件太多", "開啟的檔案太多", "too many open files"),
  "file.EEXIST": L("已经存在", "已經存在", "it already exists"),
  "file.tooLarge": L("文件太大（{size} MB；最多 {max} MB）", "檔案太大（{size} MB；最多 {max} MB）", "it is too large ({size} MB; at most {max} MB)"),
  "file.shortWrite": L("没有完整写入", "沒有完整寫入", "short write"),
  "file.notPlainName": L("不是单纯的文件名", "不是單純的檔名", "not a plain file name"),

  // ── Reading and writing (src/cli/io.ts) ──────────────────────────────────
  "io.readStdin": L("无法读取标准输入：{problem}", "無法讀取標準輸入：{problem}", "cannot read standard input: {problem}"),
  "io.read": L("无法读取 {path}：{problem}", "無法讀取 {path}：{problem}", "cannot read {path}: {problem}"),
  "io.write": L("无法写入 {path}：{problem}", "無法寫入 {path}：{problem}", "cannot write {path}: {problem}"),
  "io.writeInto": L("无法写入文件夹 {path}：{problem}", "無法寫入資料夾 {path}：{problem}", "cannot write into {path}: {problem}"),
  "io.createFolder": L("无法创建文件夹 {path}：{problem}", "無法建立資料夾 {path}：{problem}", "cannot create the folder {path}: {problem}"),
  "io.replaceFolder": L("无法替换 {paths}：这是文件夹；未写入任何文件", "無法取代 {paths}：這是資料夾；未寫入任何檔案", "cannot replace {paths}: it is a folder; nothing written"),
  "io.fileExists": L("文件已存在：{paths}；未写入任何文件（加 --force 可替换）", "檔案已存在：{paths}；未寫入任何檔案（加 --force 可取代）", "a file exists: {paths}; nothing written (--force replaces them)"),
  "io.filesExist": L("{count} 个文件已存在：{paths}；未写入任何文件（加 --force 可替换）", "{count} 個檔案已存在：{paths}；未寫入任何檔案（加 --force 可取代）", "{count} files exist: {paths}; nothing written (--force replaces them)"),
  "io.existsNow": L("{path} 已存在；要替换请加 --force", "{path} 已存在；要取代請加 --force", "{path} already exists; use --force to replace it"),
  "io.existsMeanwhile": L("{path} 已存在（其间被另一个程序写入）；要替换请加 --force", "{path} 已存在（期間被另一個程式寫入）；要取代請加 --force", "{path} already exists (written meanwhile by another program); use --force to replace it"),
  "io.alreadyWritten": L("{problem}（已写入：{paths}）", "{problem}（已寫入：{paths}）", "{problem} (already written: {paths})"),
  "io.internal": L("内部错误（请报告此问题）：{error}", "內部錯誤（請回報此問題）：{error}", "internal error (please report it): {error}"),
  "io.policyFile": L("规则文件 {path}：{problems}", "規則檔案 {path}：{problems}", "policy file {path}: {problems}"),

  // ── The command line ─────────────────────────────────────────────────────
  "usage.unknownLanguage": L("未知的语言 {given}（可用：{allowed}）", "未知的語言 {given}（可用：{allowed}）", "unknown language {given} (use {allowed})"),
  "usage.unknownOption": L("未知的选项 {option}", "未知的選項 {option}", "unknown option {option}"),
  "usage.needsValue": L("{option} 后面缺少值", "{option} 後面缺少值", "{option} needs a value"),
  "usage.oneOf": L("{items} 或 {last}", "{items} 或 {last}", "{items} or {last}"),

  "calc.policyNeedsFile": L("--policy 后面须写规则文件 FILE", "--policy 後面須寫規則檔案 FILE", "--policy needs a FILE"),
  "calc.batchNeedsFile": L("--batch 后面须写文件 FILE 或 -", "--batch 後面須寫檔案 FILE 或 -", "--batch needs a FILE or -"),
  "calc.batchWithArgs": L("--batch 不能再带 NAME 或参数", "--batch 不能再帶 NAME 或引數", "--batch takes no NAME or ARGs"),
  "calc.missingName": L("缺少函数名 NAME", "缺少函數名稱 NAME", "missing NAME"),
  "calc.unknownFunction": L("未知的函数 {name}", "未知的函數 {name}", "unknown function {name}"),
  "calc.arity": L("{name} 需要 {count} 个参数（{signature}）；收到 {given} 个", "{name} 需要 {count} 個引數（{signature}）；收到 {given} 個", "{name} takes {count} arguments ({signature}); got {given}"),
  "calc.notArray": L("不是 JSON 数组 [\"NAME\", arg, …]：{line}", "不是 JSON 陣列 [\"NAME\", arg, …]：{line}", "not a JSON array [\"NAME\", arg, …]: {line}"),

  "forms.rowsDigits": L("--rows 须为用数字写的整数（1–{limit}）；收到 {given}", "--rows 須為以數字書寫的整數（1–{limit}）；收到 {given}", "--rows takes a whole number written in digits (1–{limit}); got {given}"),
  "forms.rowsRange": L(
    "--rows {given} 超出范围：1–{limit} 行（Excel 工作表共 {sheetRows} 行，减去表单的标题、表头、合计和签字行）",
    "--rows {given} 超出範圍：1–{limit} 列（Excel 工作表共 {sheetRows} 列，減去表單的標題、表頭、合計和簽名列）",
    "--rows {given} is out of range: 1–{limit} rows (Excel's sheet has {sheetRows} rows, less the form's title, header, totals and sign-off rows)",
  ),
  "forms.unknownPaper": L("未知的纸张 {paper}（{allowed}）", "未知的紙張 {paper}（{allowed}）", "unknown paper {paper} ({allowed})"),
  "forms.unknownArg": L("未知的表单或选项 {given}", "未知的表單或選項 {given}", "unknown form or option {given}"),

  "policy.fromNeedsWorkbook": L("--from 后面须写工作簿 WORKBOOK.xlsx", "--from 後面須寫活頁簿 WORKBOOK.xlsx", "--from needs a WORKBOOK.xlsx"),
  "policy.exportOneFile": L("export 只接受一个文件 FILE", "export 只接受一個檔案 FILE", "export takes one FILE"),
  "policy.checkNeedsFiles": L("check 需要一个或多个文件 FILE", "check 需要一個或多個檔案 FILE", "check takes one or more FILEs"),
  "policy.unknownCommand": L("未知的命令 {command}", "未知的指令 {command}", "unknown command {command}"),
  "policy.missingCommand": L("缺少命令", "缺少指令", "missing command"),

  "evaluate.unknownScheme": L("未知的考核方案 {scheme}（可用：{all}）", "未知的考核方案 {scheme}（可用：{all}）", "unknown scheme {scheme} (use {all})"),
  "evaluate.badMonth": L("月份应为 YYYY-MM，收到 {month}", "月份應為 YYYY-MM，收到 {month}", "the month must be YYYY-MM; got {month}"),
  "evaluate.needs": L("缺少 {option}", "缺少 {option}", "{option} is required"),
  "evaluate.exists": L("{file} 已存在：不会覆盖，请换一个文件名", "{file} 已存在：不會覆蓋，請換一個檔名", "{file} exists: it is not replaced; choose another name"),
  "evaluate.notXlsx": L("--out 应为 .xlsx 文件", "--out 應為 .xlsx 檔案", "--out must be an .xlsx file"),
  "evaluate.format": L("只能读取 .csv 或 .xlsx 文件", "只能讀取 .csv 或 .xlsx 檔案", "only .csv and .xlsx files can be read"),
  "evaluate.unreadable": L("无法读取：{reason}", "無法讀取：{reason}", "cannot be read: {reason}"),
  "evaluate.noSheet": L("找不到{scheme}考核表（须有工号列和本方案的输入列）", "找不到{scheme}考核表（須有工號欄和本方案的輸入欄）", "no {scheme} evaluation sheet (an ID column and this scheme's input columns)"),
  "evaluate.warning": L("提示", "提示", "warning"),
  "evaluate.finalizeNeedsBy": L("--finalize 需要 --by 姓名", "--finalize 需要 --by 姓名", "--finalize needs --by NAME"),
  "evaluate.badExclude": L("--exclude 应为 工号=原因，收到 {given}", "--exclude 應為 工號=原因，收到 {given}", "--exclude takes ID=REASON; got {given}"),
} as const satisfies Record<string, Localized>;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

/** A text to show in the user's language: a catalogue key and its arguments, each plain text, a number or such a text itself. */
export interface CliText {
  readonly key: CliMessageKey;
  readonly args?: Readonly<Record<string, CliArg>>;
}
export type CliArg = string | number | CliText;

export const cliText = (key: CliMessageKey, args?: Record<string, CliArg>): CliText => ({ key, args });

/** A CliText in `lang`, its nested texts first; a plain string (already in the user's language, or Node's own words) as it is. */
export function renderCli(text: CliText | string, lang: Lang): string {
  if (typeof text === "string") return text;
  const args = Object.fromEntries(Object.entries(text.args ?? {}).map(([k, v]) => [k, typeof v === "object" ? renderCli(v, lang) : v]));
  return translate(CLI_MESSAGES, text.key, lang, args);
}

/** "A4 or A3", "zh-CN, zh-TW or en": the allowed values of an option. */
export function oneOf(items: readonly string[]): CliText {
  return cliText("usage.oneOf", { items: items.slice(0, -1).join(", "), last: items[items.length - 1] });
}

/** "unknown language xx (use zh-CN, zh-TW or en)". */
export const unknownLanguage = (given: string): CliText => cliText("usage.unknownLanguage", { given, allowed: oneOf(LANGS) });

/**
 * The language a command line asks for, known before (and whatever) its parser
 * decides, so that a usage error speaks it too: each `--lang X` in turn; zh-CN
 * when there is none, or from an unknown X on (the parser refuses that one).
 */
export function langOf(argv: readonly string[]): Lang {
  let lang: Lang = "zh-CN";
  for (let i = argv.indexOf("--lang"); i >= 0; i = argv.indexOf("--lang", i + 1)) {
    const v = argv[i + 1];
    if (!(LANGS as readonly string[]).includes(v)) return "zh-CN";
    lang = v as Lang;
  }
  return lang;
}
