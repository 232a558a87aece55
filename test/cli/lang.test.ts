/**
 * File and usage failures of the command-line tools in the language of --lang
 * (zh-CN when none is given): the same one line, translated, and exit code 2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTool } from "./run";

const temp = () => mkdtempSync(join(tmpdir(), "kaohe-cli-lang-"));
const LANG_ARGS = { "zh-CN": [], "zh-TW": ["--lang", "zh-TW"], en: ["--lang", "en"] } as const;
type Case = keyof typeof LANG_ARGS;
const each = <T>(rows: Record<Case, T>) => (Object.keys(rows) as Case[]).map((lang) => [lang, rows[lang]] as const);

describe("forms --out onto an existing file, without --force", () => {
  const dir = temp();
  writeFileSync(join(dir, "policy.zh-CN.xlsx"), "filled in by HR");
  writeFileSync(join(dir, "policy.zh-TW.xlsx"), "filled in by HR");
  writeFileSync(join(dir, "policy.en.xlsx"), "filled in by HR");
  const file = (lang: string) => `"${join(dir, `policy.${lang}.xlsx`)}"`;
  test.each(each({
    "zh-CN": `forms: 文件已存在：${file("zh-CN")}；未写入任何文件（加 --force 可替换）`,
    "zh-TW": `forms: 檔案已存在：${file("zh-TW")}；未寫入任何檔案（加 --force 可取代）`,
    en: `forms: a file exists: ${file("en")}; nothing written (--force replaces them)`,
  }))("%s", (lang, line) => {
    const r = runTool("forms", [...LANG_ARGS[lang], "--out", dir, "policy"]);
    expect(r).toEqual({ code: 2, out: "", err: `${line}\n` });
    expect(readFileSync(join(dir, `policy.${lang}.xlsx`), "utf8")).toBe("filled in by HR");
  });
});

describe("calc --batch on a missing file", () => {
  test.each(each({
    "zh-CN": 'calc: 无法读取 "/nonexistent/in.jsonl"：没有这个文件或文件夹',
    "zh-TW": 'calc: 無法讀取 "/nonexistent/in.jsonl"：沒有這個檔案或資料夾',
    en: 'calc: cannot read "/nonexistent/in.jsonl": no such file or folder',
  }))("%s", (lang, line) => {
    expect(runTool("calc", [...LANG_ARGS[lang], "--batch", "/nonexistent/in.jsonl"])).toEqual({ code: 2, out: "", err: `${line}\n` });
  });
});

describe("policy check on a folder (each file's problem on stdout, as check prints them)", () => {
  const dir = temp();
  test.each(each({
    "zh-CN": `${dir}: 无法读取 "${dir}"：这是文件夹，不是文件`,
    "zh-TW": `${dir}: 無法讀取 "${dir}"：這是資料夾，不是檔案`,
    en: `${dir}: cannot read "${dir}": it is a folder, not a file`,
  }))("%s", (lang, line) => {
    expect(runTool("policy", [...LANG_ARGS[lang], "check", dir])).toEqual({ code: 2, out: `${line}\n`, err: "" });
  });
});

describe("an unknown option: the sentence translated, the usage line as it is", () => {
  test.each(each({
    "zh-CN": "未知的选项 --colour",
    "zh-TW": "未知的選項 --colour",
    en: "unknown option --colour",
  }))("%s", (lang, line) => {
    const calc = runTool("calc", ["--colour", ...LANG_ARGS[lang], "SALESPAY"]); // --lang after the failure still counts
    expect(calc).toEqual({ code: 2, out: "", err: `${line}\nusage: npm run -s calc -- [--lang zh-CN|zh-TW|en] [--explain] [--policy FILE] [--batch FILE|-] NAME ARG…\n` });
    const policy = runTool("policy", [...LANG_ARGS[lang], "--colour", "check"]);
    expect(policy).toEqual({ code: 2, out: "", err: `${line}\nusage: npm run -s policy -- [--lang zh-CN|zh-TW|en] export FILE [--from WORKBOOK.xlsx] [--force] | check FILE…\n` });
    const evaluate = runTool("evaluate", [...LANG_ARGS[lang], "--colour", "red"]);
    expect(evaluate.code).toBe(2);
    expect(evaluate.err.split("\n")[0]).toBe(line);
    expect(evaluate.err).toMatch(/\nusage: npm run -s evaluate -- --scheme SCHEME/);
  });

  test.each(each({
    "zh-CN": "未知的表单或选项 --colour",
    "zh-TW": "未知的表單或選項 --colour",
    en: "unknown form or option --colour",
  }))("forms, %s", (lang, line) => {
    const r = runTool("forms", [...LANG_ARGS[lang], "--colour"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split("\n").slice(0, 2)).toEqual([line, "usage: forms [--lang zh-CN|zh-TW|en] [--out DIR] [--rows N] [--paper A4|A3] [--force] [--policy FILE] [FORM…]"]);
  });
});

test("an unknown language: said in zh-CN, naming the allowed ones", () => {
  const r = runTool("forms", ["--lang", "fr", "--out", temp()]);
  expect(r.code).toBe(2);
  expect(r.err.split("\n")[0]).toBe("未知的语言 fr（可用：zh-CN, zh-TW 或 en）");
});
