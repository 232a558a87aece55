/**
 * Issue 7 regressions in `calc` and `forms` as a user runs them (rows 1, 2, 5,
 * 6, 8, 9, 10, 12): one output line per input line whatever a line holds; one
 * stderr line and exit 2 for every failure; nothing overwritten or half-written.
 */
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { planForm } from "../../src/forms";
import { maxRows } from "../../src/cli/forms";
import { runTool, type Run } from "./run";

const temp = () => mkdtempSync(join(tmpdir(), "kaohe-cli-"));
const calc = (args: string[], input?: string | Uint8Array) => runTool("calc", args, input);
const forms = (args: string[]) => runTool("forms", args);

/** A failure as row 8 wants it: exit 2, exactly one line on stderr, no stack trace, nothing on stdout. */
function expectOneLineFailure(r: Run, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.split("\n")).toEqual([expect.stringMatching(message), ""]);
  expect(r.err).not.toMatch(/\n\s+at |node:internal|Error:/);
}

const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const GOOD = '["SALESPAY", 10000, 0.8, 90]\n["PERFPAY", 2000, 59]\n';
const BAD_POLICY = JSON.stringify({ version: "2026.2", published: "2026-12-01", values: { "monthly.dailyWeight": 0.6 } });

describe("calc --batch: one output line per input line, whatever a line holds", () => {
  test("row 1: a JSON object and a 5,000-deep array are that line's #VALUE!; the lines around them are kept", () => {
    const deep = `${"[".repeat(5000)}1${"]".repeat(5000)}`;
    const input = ['["PERFPAY", 2000, 59]', '["SALESPAY", {"toString":1}, 0.8, 90]', `["SALESPAY", ${deep}, 0.8, 90]`, `["ATTENDANCESCORE", ${deep}]`, '["PERFPAY", 2000, 59]'].join("\n");
    const r = calc(["--lang", "en", "--batch", "-"], input);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual([
      "826",
      "#VALUE! totalPay (total pay): must be a number; got an object",
      "#VALUE! totalPay (total pay): must be a number; got a nested array",
      "#VALUE! absences: must be a range of cells; got a nested array",
      "826",
      "",
    ]);
  });

  test("row 1: an array nested 1,000,000 deep does not stop the batch either", () => {
    const deep = `${"[".repeat(1_000_000)}1${"]".repeat(1_000_000)}`;
    const r = calc(["--batch", "-"], `["SALESPAY", ${deep}, 0.8, 90]\n["PERFPAY", 2000, 59]\n`);
    expect(r.err).toBe("");
    expect(r.out.split("\n")).toHaveLength(3);
    expect(r.out.split("\n")[1]).toBe("826");
  });

  test("row 2: newline, CR, ESC and NUL inside arguments are escaped: 5 lines in, 5 out, each on its own line", () => {
    const input = [
      '["PERFPAY", "a\\nb", 80]', // a JSON-escaped newline inside the text
      '["PERFPAY", "a\\r\\u001b[2Jb", 80]',
      '["PERFPAY", "nul\\u0000", 80]',
      '["PERFPAY", "raw\rcr", 80]', // a raw CR inside the line: not valid JSON
      '["PERFPAY", 2000, 59]',
    ].join("\n");
    const r = calc(["--lang", "en", "--batch", "-"], input);
    expect(r.out.split("\n")).toEqual([
      '#VALUE! performanceBase (performance base): must be a number; got "a\\u000ab"',
      '#VALUE! performanceBase (performance base): must be a number; got "a\\u000d\\u001b[2Jb"',
      '#VALUE! performanceBase (performance base): must be a number; got "nul\\u0000"',
      '#N/A not a JSON array ["NAME", arg, …]: ["PERFPAY", "raw\\u000dcr", 80]',
      "826",
      "",
    ]);
    expect(r.out).not.toMatch(/[\u0000\u001b\r]/);
  });

  test("row 2: an unknown function name with a newline, and a single call (not --batch) with one", () => {
    expect(calc(["--batch", "-"], '["NO\\nSUCH"]\n').out).toBe("#NAME? 未知的函数 NO\\u000aSUCH\n");
    expect(calc(["--lang", "en", "PERFPAY", "a\nb", "80"]).out).toBe('#VALUE! performanceBase (performance base): must be a number; got "a\\u000ab"\n');
  });

  test("row 10: a blank line gives an empty line; a final newline does not add one", () => {
    const r = calc(["--batch", "-"], '["PERFPAY", 2000, 59]\n\n   \n["PERFPAY", 2000, 59]\r\n\r\n');
    expect(r.out).toBe("826\n\n\n826\n\n");
    expect(calc(["--batch", "-"], "").out).toBe("");
    expect(calc(["--batch", "-"], "\n").out).toBe("\n");
  });

  test("--explain in a batch keeps every line in its place", () => {
    const r = calc(["--lang", "en", "--explain", "--batch", "-"], 'nonsense\n["PERFPAY", 2000, 59]\n\n');
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("#N/A not a JSON array [\"NAME\", arg, …]: nonsense");
    expect(lines[1]).toBe("826");
    expect(lines[2]).toMatch(/^  inputs: /);
    expect(lines.at(-2)).toBe("");
  });
});

describe("row 9: encodings", () => {
  test("a UTF-8 BOM is stripped: the first line is read like the others", () => {
    const f = join(temp(), "in.jsonl");
    writeFileSync(f, Buffer.concat([UTF8_BOM, Buffer.from(GOOD)]));
    expect(calc(["--batch", f]).out).toBe("9150\n826\n");
  });

  test("UTF-16 (Windows PowerShell's >) with CRLF line ends", () => {
    const f = join(temp(), "in.jsonl");
    writeFileSync(f, Buffer.concat([UTF16LE_BOM, Buffer.from(GOOD.replace(/\n/g, "\r\n"), "utf16le")]));
    expect(calc(["--batch", f]).out).toBe("9150\n826\n");
  });

  test("UTF-16 arriving on standard input, without a BOM", () => {
    expect(calc(["--batch", "-"], Buffer.from(GOOD, "utf16le")).out).toBe("9150\n826\n");
  });

  test("a UTF-16 policy file for calc and forms", () => {
    const dir = temp();
    const policy = join(dir, "policy.json");
    const json = JSON.stringify({ version: "2027.1", published: "2027-01-01", values: { "monthly.dailyWeight": 0.6, "monthly.attendanceWeight": 0.4 } });
    writeFileSync(policy, Buffer.concat([UTF16LE_BOM, Buffer.from(json, "utf16le")]));
    expect(calc(["--policy", policy, "MONTHLYSCORE", "85", "88"]).out).toBe("86.2\n"); // 85 × 0.6 + 88 × 0.4 = 51 + 35.2
    const r = forms(["--policy", policy, "--out", join(dir, "out"), "policy"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });
});

describe("row 8: every failure is one line on stderr and exit 2", () => {
  test.each([
    ["--batch /nonexistent", ["--batch", "/nonexistent/in.jsonl"], /^calc: cannot read "\/nonexistent\/in\.jsonl": no such file or folder$/],
    ["--batch on a folder", ["--batch", tmpdir()], /^calc: cannot read ".*": it is a folder, not a file$/],
    ["--policy /nonexistent", ["--policy", "/nonexistent.json", "PERFPAY", "1", "1"], /^calc: cannot read "\/nonexistent\.json": no such file or folder$/],
  ])("calc %s", (_what, args, message) => {
    expectOneLineFailure(calc(["--lang", "en", ...args]), message);
  });

  test("forms --policy /nonexistent, --out on a file, --out where no folder can be made", () => {
    expectOneLineFailure(forms(["--lang", "en", "--policy", "/nonexistent.json", "--out", temp(), "policy"]), /^forms: cannot read "\/nonexistent\.json": no such file or folder$/);
    const file = join(temp(), "a-file");
    writeFileSync(file, "x");
    expectOneLineFailure(forms(["--lang", "en", "--out", file, "policy"]), /^forms: cannot write into ".*a-file": it is a file, not a folder$/);
    expectOneLineFailure(forms(["--lang", "en", "--out", join(file, "sub"), "policy"]), /^forms: cannot write into ".*a-file\/sub": a part of the path is not a folder$/);
    if (existsSync("/proc/self")) expectOneLineFailure(forms(["--lang", "en", "--out", "/proc/kaohe-forms", "policy"]), /^forms: cannot create the folder "\/proc\/kaohe-forms": no such file or folder$/);
  });
});

describe("row 12: policy problems in the language chosen anywhere on the command line", () => {
  test("--policy FILE before --lang en", () => {
    const bad = join(temp(), "bad.json");
    writeFileSync(bad, BAD_POLICY);
    const c = calc(["--policy", bad, "--lang", "en", "MONTHLYSCORE", "85", "88"]);
    expectOneLineFailure(c, /^calc: policy file ".*bad\.json": .*monthly\.dailyWeight \+ monthly\.attendanceWeight:? must add up to 1/);
    const f = forms(["--policy", bad, "--out", temp(), "--lang", "en", "policy"]);
    expectOneLineFailure(f, /^forms: policy file ".*bad\.json": .*must add up to 1/);
    expect(c.err + f.err).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("row 5: forms --out never replaces a file unless --force, and writes whole files only", () => {
  test("a folder with a filled-in form: refused, untouched; --force replaces it", () => {
    const dir = temp();
    const filled = join(dir, "survey.zh-CN.xlsx");
    writeFileSync(filled, "filled in by HR");
    expectOneLineFailure(forms(["--out", dir, "policy", "survey"]), /^forms: 文件已存在：".*survey\.zh-CN\.xlsx"；未写入任何文件（加 --force 可替换）$/);
    expect(readdirSync(dir)).toEqual(["survey.zh-CN.xlsx"]);
    expect(readFileSync(filled, "utf8")).toBe("filled in by HR");
    const r = forms(["--out", dir, "--force", "policy", "survey"]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["policy.zh-CN.xlsx", "survey.zh-CN.xlsx"]);
    expect(readFileSync(filled).subarray(0, 2).toString()).toBe("PK"); // a zip: the new .xlsx
  });

  test("a symbolic link at the target is not followed", () => {
    const dir = temp();
    const victim = join(temp(), "victim.txt");
    writeFileSync(victim, "precious");
    symlinkSync(victim, join(dir, "policy.en.xlsx"));
    expectOneLineFailure(forms(["--lang", "en", "--out", dir, "policy"]), /a file exists/);
    expect(forms(["--lang", "en", "--out", dir, "--force", "policy"]).code).toBe(0);
    expect(lstatSync(join(dir, "policy.en.xlsx")).isSymbolicLink()).toBe(false);
    expect(readFileSync(victim, "utf8")).toBe("precious");
  });
});

describe("row 6: --rows is decimal digits, within Excel's sheet", () => {
  const limit = maxRows("salesMonthly");
  test.each(["0x10", "1e9", "+5", " 5", "5 ", "1.5", "-3", "0", "", "١٢"])("--rows %p is refused", (rows) => {
    const r = forms(["--lang", "en", "--out", temp(), "--rows", rows, "csPay"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(new RegExp(`^--rows (takes a whole number written in digits \\(1–${maxRows("csPay")}\\)|0 is out of range)`));
  });

  test.each(["1048576", String(limit + 1)])("--rows %s is refused up front, naming the limit and why", (rows) => {
    const r = forms(["--lang", "en", "--out", temp(), "--rows", rows, "salesMonthly"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^--rows ${rows} is out of range: 1–${limit} rows \\(Excel's sheet has 1,048,576 rows, less the form's title, header, totals and sign-off rows\\)`));
  });

  test("the limit is the sheet's: a roster's last row is at most row 1,048,576 (sign-off included)", () => {
    for (const id of ["salesMonthly", "visitRecord", "csPay"] as const) {
      const plan = planForm(id, { lang: "zh-CN", count: maxRows(id) });
      expect(Math.max(...plan.cells.map((c) => c.row))).toBe(1_048_576);
    }
  });

  test("60,000 rows (beyond what the in-memory writer allowed) stream into the file", async () => {
    const dir = temp();
    const r = forms(["--out", dir, "--rows", "60000", "regionalMonthly"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "regionalMonthly.zh-CN.xlsx")));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const last = planForm("regionalMonthly", { lang: "zh-CN", count: 60_000 }).roster!.lastRow;
    expect(sheet).toContain(`<row r="${last}"`);
    expect(sheet.match(/<f t="shared" ref="[A-Z]+6:[A-Z]+(\d+)"/)?.[1]).toBe(String(last));
  }, 120_000);

  test("--rows 3 builds", () => {
    const dir = temp();
    const r = forms(["--out", dir, "--rows", "3", "csPay"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(readdirSync(dir)).toEqual(["csPay.zh-CN.xlsx"]);
  });
});
