/**
 * src/cli/io.ts: reading text in the encodings HR files come in (issue 7 row 9),
 * file failures as one-line CliErrors (row 8), and writing that never replaces
 * or half-writes (row 5).
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliError, MAX_TEXT_FILE_BYTES, checkTargets, decodeText, failureLine, readTextFile, writeFiles } from "../../src/cli/io";

const TEXT = '["SALESPAY", 10000, 0.8, 90]\n["APPROVER", "满意"]\n';
const temp = () => mkdtempSync(join(tmpdir(), "kaohe-io-"));

/** UTF-16BE bytes of `s` (Node has no "utf16be" Buffer encoding: swap each pair of the LE bytes). */
function utf16be(s: string): Buffer {
  const b = Buffer.from(s, "utf16le");
  for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return b;
}

describe("decodeText", () => {
  test("UTF-8, with and without a BOM", () => {
    expect(decodeText(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: "utf-8" });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  test("UTF-16 LE and BE by their BOM (what Windows PowerShell's > writes)", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]))).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]))).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  test("UTF-16 without a BOM, by its NUL bytes", () => {
    expect(decodeText(Buffer.from(TEXT, "utf16le"))).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeText(utf16be(TEXT))).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  test("a stray NUL in UTF-8 text does not make it UTF-16", () => {
    const s = '["PERFPAY", "a\u0000b", 80]\n'.repeat(3);
    expect(decodeText(Buffer.from(s))).toEqual({ text: s, encoding: "utf-8" });
  });

  test("bytes that are not UTF-8 are GB18030 (a legacy Chinese Windows file)", () => {
    // "满意" in GB2312/GB18030 is C2 FA D2 E2.
    expect(decodeText(Buffer.from([0x22, 0xc2, 0xfa, 0xd2, 0xe2, 0x22]))).toEqual({ text: '"满意"', encoding: "gb18030" });
  });

  test("empty input", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("readTextFile: one-line CliErrors naming the file", () => {
  test("reads a UTF-16 file", () => {
    const f = join(temp(), "in.jsonl");
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]));
    expect(readTextFile(f)).toBe(TEXT);
  });

  test.each([
    ["a missing file", (d: string) => join(d, "nope.json"), /^cannot read ".*nope\.json": no such file or folder$/],
    ["a folder", (d: string) => d, /^cannot read ".*": it is a folder, not a file$/],
    ["a path through a file", (d: string) => { writeFileSync(join(d, "f"), "x"); return join(d, "f", "x"); }, /^cannot read ".*f\/x": a part of the path is not a folder$/],
  ])("%s", (_what, make, message) => {
    const path = make(temp());
    let thrown: unknown;
    try { readTextFile(path); } catch (e) { thrown = e; }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).exitCode).toBe(2);
    expect((thrown as CliError).message).toMatch(message);
  });

  test("a file over the size limit is refused before it is read", () => {
    const f = join(temp(), "big.jsonl");
    writeFileSync(f, "");
    truncateSync(f, MAX_TEXT_FILE_BYTES + 1); // sparse: no disk used
    expect(() => readTextFile(f)).toThrow(/it is too large \(129 MB; at most 128 MB\)/);
  });

  test("a control character in a path is escaped in the message", () => {
    expect(() => readTextFile("/nonexistent/a\nb")).toThrow('cannot read "/nonexistent/a\\u000ab": no such file or folder');
  });

  test("failureLine: a CliError's text in the language asked for, anything else one line marked internal", () => {
    expect(failureLine(new CliError("x"), "zh-TW")).toBe("x");
    let thrown: unknown;
    try { readTextFile("/nonexistent/a\nb"); } catch (e) { thrown = e; }
    expect(failureLine(thrown, "zh-CN")).toBe('无法读取 "/nonexistent/a\\u000ab"：没有这个文件或文件夹');
    expect(failureLine(thrown, "zh-TW")).toBe('無法讀取 "/nonexistent/a\\u000ab"：沒有這個檔案或資料夾');
    expect(failureLine(thrown, "en")).toBe('cannot read "/nonexistent/a\\u000ab": no such file or folder');
    expect(failureLine(new TypeError("bad\nthing"), "en")).toBe("internal error (please report it): TypeError: bad\\u000athing");
    expect(failureLine(new TypeError("bad\nthing"), "zh-CN")).toBe("内部错误（请报告此问题）：TypeError: bad\\u000athing");
  });
});

describe("writeFiles: nothing replaced unless --force, nothing half-written", () => {
  const files = [{ name: "a.xlsx", bytes: Buffer.from("A") }, { name: "b.xlsx", bytes: Buffer.from("B") }];

  test("writes into a new folder; no temporary file is left", () => {
    const dir = join(temp(), "out", "deeper");
    expect(writeFiles(dir, files, { force: false })).toEqual([join(dir, "a.xlsx"), join(dir, "b.xlsx")]);
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "b.xlsx"]);
    expect(readFileSync(join(dir, "b.xlsx"), "utf8")).toBe("B");
  });

  test("an existing file is refused and nothing is written; --force replaces it", () => {
    const dir = temp();
    writeFileSync(join(dir, "b.xlsx"), "filled in by HR");
    expect(() => writeFiles(dir, files, { force: false })).toThrow(/^a file exists: ".*b\.xlsx"; nothing written \(--force replaces them\)$/);
    expect(readdirSync(dir)).toEqual(["b.xlsx"]);
    expect(readFileSync(join(dir, "b.xlsx"), "utf8")).toBe("filled in by HR");
    writeFiles(dir, files, { force: true });
    expect(readFileSync(join(dir, "b.xlsx"), "utf8")).toBe("B");
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "b.xlsx"]);
  });

  test("a symbolic link at a name is never followed: refused, and with --force the link itself is replaced", () => {
    const dir = temp();
    const victim = join(temp(), "victim.txt");
    writeFileSync(victim, "precious");
    symlinkSync(victim, join(dir, "a.xlsx"));
    expect(() => writeFiles(dir, files, { force: false })).toThrow(/a file exists/);
    expect(readlinkSync(join(dir, "a.xlsx"))).toBe(victim);
    writeFiles(dir, files, { force: true });
    expect(lstatSync(join(dir, "a.xlsx")).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, "a.xlsx"), "utf8")).toBe("A");
    expect(readFileSync(victim, "utf8")).toBe("precious");
  });

  test("a dangling symbolic link counts as taken too", () => {
    const dir = temp();
    symlinkSync(join(dir, "nowhere"), join(dir, "a.xlsx"));
    expect(() => writeFiles(dir, files, { force: false })).toThrow(/a file exists/);
    expect(existsSync(join(dir, "nowhere"))).toBe(false);
  });

  test("a folder at a name is never replaced, even with --force", () => {
    const dir = temp();
    mkdirSync(join(dir, "a.xlsx"));
    expect(() => writeFiles(dir, files, { force: true })).toThrow(/cannot replace ".*a\.xlsx": it is a folder; nothing written/);
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });

  test("--out on a file", () => {
    const f = join(temp(), "file");
    writeFileSync(f, "x");
    expect(() => checkTargets(f, ["a.xlsx"], { force: true })).toThrow(/^cannot write into ".*file": it is a file, not a folder$/);
  });

  test("a name with a folder part is refused", () => {
    expect(() => checkTargets(temp(), ["../x.xlsx"], { force: true })).toThrow(/not a plain file name/);
  });

  test("a write that fails midway (disk full on the second file) leaves nothing behind, not even the first file", () => {
    const dir = temp();
    const fs = require("node:fs") as typeof import("node:fs"); // the module object itself, which io.ts reads at each call
    const real = fs.writeSync;
    let calls = 0;
    const spy = jest.spyOn(fs, "writeSync").mockImplementation(((...a: Parameters<typeof fs.writeSync>) => {
      if (++calls === 2) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      return (real as (...x: unknown[]) => number)(...a);
    }) as typeof fs.writeSync);
    try {
      expect(() => writeFiles(dir, files, { force: false })).toThrow(/^cannot write ".*b\.xlsx": the disk is full$/);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a name taken while writing (another program): the failure names what was already written, in the language asked for", () => {
    const dir = temp();
    const fs = require("node:fs") as typeof import("node:fs");
    const real = fs.linkSync;
    const spy = jest.spyOn(fs, "linkSync").mockImplementation(((from: string, to: string) => {
      if (to.endsWith("b.xlsx")) throw Object.assign(new Error("EEXIST: file already exists, link"), { code: "EEXIST" });
      real(from, to);
    }) as typeof fs.linkSync);
    let thrown: unknown;
    try { writeFiles(dir, files, { force: false }); } catch (e) { thrown = e; } finally { spy.mockRestore(); }
    const [a, b] = [`"${join(dir, "a.xlsx")}"`, `"${join(dir, "b.xlsx")}"`];
    expect(failureLine(thrown, "en")).toBe(`${b} already exists (written meanwhile by another program); use --force to replace it (already written: ${a})`);
    expect(failureLine(thrown, "zh-CN")).toBe(`${b} 已存在（其间被另一个程序写入）；要替换请加 --force（已写入：${a}）`);
    expect(failureLine(thrown, "zh-TW")).toBe(`${b} 已存在（期間被另一個程式寫入）；要取代請加 --force（已寫入：${a}）`);
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });

  test("an unwritable folder: one message, nothing left behind", () => {
    const dir = temp();
    const fs = require("node:fs") as typeof import("node:fs");
    const spy = jest.spyOn(fs, "openSync").mockImplementation(() => { throw Object.assign(new Error("EACCES: permission denied, open"), { code: "EACCES" }); });
    try {
      expect(() => writeFiles(dir, files, { force: false })).toThrow(/^cannot write into ".*": permission denied$/);
    } finally {
      spy.mockRestore();
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a folder that cannot be made: one message, and no hang (Node's recursive mkdir loops under /proc)", () => {
    expect(() => writeFiles(join(temp(), "f", "g"), files, { force: false })).not.toThrow();
    if (!existsSync("/proc/self")) return;
    expect(() => writeFiles("/proc/kaohe-forms/x", files, { force: false })).toThrow(/^cannot create the folder "\/proc\/kaohe-forms\/x": no such file or folder$/);
  });
});

describe("every command-line tool fails through runCli", () => {
  // One line in the --lang of the command line and exit 2, never a Node stack trace (issue 7, row 8):
  // each entry point hands its main to runCli instead of catching failures itself.
  test.each(["calc", "forms", "policy", "evaluate"])("%s", (tool) => {
    const source = readFileSync(join(__dirname, "../../src/cli", `${tool}.ts`), "utf8");
    expect(source).toMatch(new RegExp(`runCli\\("${tool}",`));
    expect(source).not.toMatch(/\.stack\b|process\.exitCode\s*=\s*1\b/);
  });
});
