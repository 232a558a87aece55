/** src/cli/messages.ts: the command-line tools' failure texts in zh-CN, zh-TW and en, and the language a command line asks for. */
import { LANGS } from "../../src/rules";
import { CLI_MESSAGES, cliText, langOf, oneOf, renderCli, unknownLanguage } from "../../src/cli/messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /[\u4e00-\u9fff]/;

describe("the catalogue", () => {
  test.each(Object.keys(CLI_MESSAGES))("%s: three non-empty texts with the same placeholders", (key) => {
    const texts = CLI_MESSAGES[key as keyof typeof CLI_MESSAGES];
    expect(Object.keys(texts).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(texts[lang].trim()).not.toBe("");
    expect(placeholders(texts["zh-TW"])).toEqual(placeholders(texts["zh-CN"]));
    expect(placeholders(texts.en)).toEqual(placeholders(texts["zh-CN"]));
  });

  test("English texts have no Chinese; zh-TW keeps to Traditional characters and Taiwan wording", () => {
    const all = Object.values(CLI_MESSAGES);
    expect(all.filter((t) => HAN.test(t.en))).toEqual([]);
    // Simplified forms and mainland words that must not appear in zh-TW.
    const mainland = /[文]件|文件夹|[设数网络软认这个没读写创删换权录盘链请项单]|程序|命令/;
    expect(all.map((t) => t["zh-TW"]).filter((t) => mainland.test(t))).toEqual([]);
  });
});

describe("renderCli", () => {
  test("nested texts render in the same language; plain strings stay as they are", () => {
    const text = cliText("io.read", { path: '"/x"', problem: cliText("file.tooLarge", { size: 129, max: 128 }) });
    expect(renderCli(text, "zh-CN")).toBe('无法读取 "/x"：文件太大（129 MB；最多 128 MB）');
    expect(renderCli(text, "zh-TW")).toBe('無法讀取 "/x"：檔案太大（129 MB；最多 128 MB）');
    expect(renderCli(text, "en")).toBe('cannot read "/x": it is too large (129 MB; at most 128 MB)');
    expect(renderCli(cliText("io.read", { path: '"/x"', problem: "EIO: i/o error, read" }), "zh-CN")).toBe('无法读取 "/x"：EIO: i/o error, read');
    expect(renderCli("已经是中文", "en")).toBe("已经是中文");
  });

  test("an unknown language names the allowed ones", () => {
    expect(renderCli(unknownLanguage("fr"), "zh-CN")).toBe("未知的语言 fr（可用：zh-CN, zh-TW 或 en）");
    expect(renderCli(unknownLanguage("fr"), "en")).toBe("unknown language fr (use zh-CN, zh-TW or en)");
    expect(renderCli(oneOf(["A4", "A3"]), "en")).toBe("A4 or A3");
  });
});

describe("langOf: the language of a command line, before its parser runs", () => {
  test.each([
    [[], "zh-CN"],
    [["--out", "x"], "zh-CN"],
    [["--lang", "en"], "en"],
    [["--out", "x", "--lang", "zh-TW", "policy"], "zh-TW"],
    [["--lang", "en", "--lang", "zh-TW"], "zh-TW"], // the last one, as the parsers take it
    [["--lang", "fr"], "zh-CN"], // an unknown language: zh-CN, naming the allowed ones
    [["--lang", "fr", "--lang", "en"], "zh-CN"], // the parser stops at fr
    [["--lang"], "zh-CN"],
  ])("%j → %s", (argv, lang) => {
    expect(langOf(argv)).toBe(lang);
  });
});
