/** `npm run -s policy -- export|check`: policy files out of and into the add-in's validator. */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { policyRowOf } from "../../src/forms";
import { DEFAULT_POLICY, loadPolicy, loadPolicyText, policyToJson } from "../../src/rules";
import { buildFormWorkbook } from "../../src/workbook/xlsxWriter";

const ROOT = resolve(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "kaohe-policy-cli-"));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [resolve(ROOT, "node_modules/tsx/dist/cli.mjs"), "src/cli/policy.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const company = loadPolicy({ version: "2027.5", published: "2027-05-01", values: { "perfPay.passScore": 55, "survey.levelScores": [8, 6, 3, 1] } });
if (!company.ok) throw new Error("company policy");

async function workbook(name: string, edit?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = buildFormWorkbook("csMonthly", { lang: "zh-CN", policy: company.ok ? company.policy : DEFAULT_POLICY });
  edit?.(wb.worksheets[1]);
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

describe("policy export", () => {
  test("the default policy, as a file calc --policy takes", () => {
    const file = join(dir, "default.json");
    expect(run("export", file).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(`${policyToJson(DEFAULT_POLICY)}\n`);
    expect(run("export", "-").out).toBe(`${policyToJson(DEFAULT_POLICY)}\n`);
  }, 30_000);

  test("--from a workbook: its policy sheet's policy", async () => {
    const xlsx = await workbook("company.xlsx");
    const file = join(dir, "company.json");
    expect(run("export", file, "--from", xlsx).code).toBe(0);
    const back = loadPolicyText(readFileSync(file, "utf8"));
    expect(back.ok && back.policy).toEqual(company.ok && company.policy);
  }, 30_000);
});

describe("policy check", () => {
  test("a good file and a good workbook: OK, exit 0", async () => {
    const json = join(dir, "good.json");
    writeFileSync(json, policyToJson(DEFAULT_POLICY));
    const xlsx = await workbook("good.xlsx");
    const r = run("check", json, xlsx);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${json}: OK (2026.1, 2026-11-01)\n${xlsx}: OK (2027.5, 2027-05-01)\n`);
  }, 30_000);

  test("problems print as FILE: key (cell): message, and exit 2", async () => {
    const json = join(dir, "bad.json");
    writeFileSync(json, '{"version":"2027.6","published":"2027-06-01","values":{"annual.months":0,"annual.months":1,"monthly.dailyWieght":0.6}}');
    const row = policyRowOf(company.ok ? company.policy : DEFAULT_POLICY, "zh-CN").get("perfPay.passScore");
    const xlsx = await workbook("bad.xlsx", (ws) => { ws.getCell(`B${row}`).value = 1000; });
    const r = run("--lang", "en", "check", json, xlsx);
    expect(r.code).toBe(2);
    expect(r.out.trim().split("\n")).toEqual([
      `${json}: annual.months: appears more than once; each may appear only once (the last one does not silently win)`,
      `${json}: monthly.dailyWieght: unknown policy key; did you mean monthly.dailyWeight?`,
      `${xlsx}: perfPay.passScore (规则!B${row}): 1000 is out of range; allowed 0–score.full (100)`,
    ]);
  }, 30_000);

  test("a workbook whose sheet named Rules is not a policy", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Rules").getCell("A1").value = "Office rules";
    const xlsx = join(dir, "office.xlsx");
    writeFileSync(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = run("--lang", "en", "check", xlsx);
    expect(r.code).toBe(2);
    expect(r.out).toBe(`${xlsx}: the sheet Rules is not a Kaohe policy sheet (it has no policy marker): the functions use the default policy\n`);
  }, 30_000);

  test("usage errors exit 2 with the usage line", () => {
    const r = run("publish");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^未知的命令 publish\nusage: npm run -s policy/);
    expect(run("--lang", "en", "publish").err).toMatch(/^unknown command publish\nusage: npm run -s policy/);
  }, 30_000);
});
