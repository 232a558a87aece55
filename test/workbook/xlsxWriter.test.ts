/** The .xlsx writer and the forms CLI: files that open, names that resolve, print setup, validation, flags. */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FORM_IDS, FORMS, planForm } from "../../src/forms";
import { parseArgs } from "../../src/cli/forms";
import { DEFAULT_POLICY, LANGS, POLICY_SHEET_NAMES, loadPolicy, readPolicySheet } from "../../src/rules";
import { workbookPolicySheets } from "../../src/cli/policy";
import { buildFormWorkbook, formXlsxBuffer } from "../../src/workbook/xlsxWriter";

const ROOT = resolve(__dirname, "../..");

async function reopen(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe.each(LANGS.map((l) => [l]))("%s", (lang) => {
  test.each(Object.keys(FORMS).map((id) => [id]))("%s: form sheet + policy sheet, names, print setup, validation, flags", async (id) => {
    const form = FORMS[id as keyof typeof FORMS];
    const wb = await reopen(await formXlsxBuffer(form.id, { lang, count: 5 }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([form.sheetName[lang], POLICY_SHEET_NAMES[lang]]);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe(form.title[lang]);
    const plan = planForm(form.id, { lang, count: 5 });
    expect(ws.pageSetup.paperSize).toBe(9); // A4
    expect(ws.pageSetup.orientation).toBe(form.orientation);
    // Fitted to the page width, or (a roster across pages) a fixed scale that keeps text legible.
    if (plan.print.scale === undefined) expect(ws.pageSetup.fitToWidth).toBe(1);
    else expect([ws.pageSetup.fitToPage, ws.pageSetup.scale]).toEqual([false, plan.print.scale]);
    expect(ws.pageSetup.printTitlesRow).toBe(`${plan.print.titleRows[0]}:${plan.print.titleRows[1]}`);
    const names = planForm("policy", { lang }).names;
    for (const n of names.slice(0, 5)) expect(wb.definedNames.getRanges(n.name).ranges.length).toBe(1);
    let formulas = 0;
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) { formulas++; expect(cell.formula).not.toMatch(/\bHR\./i); }
    }));
    expect(formulas).toBeGreaterThan(0);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(dv).length).toBeGreaterThan(0);
    expect(plan.flags.length > 0 || form.id === "dismissalNotice").toBe(true); // the notice to the employee flags nothing
  });
});

test("roster data is written as text; defined names point into the policy sheet", async () => {
  const wb = buildFormWorkbook("csMonthly", { lang: "zh-CN", rows: [["=1+1", "@张三", "-门店"]] });
  const ws = wb.worksheets[0];
  const first = planForm("csMonthly", { lang: "zh-CN", count: 1 }).roster!.firstRow;
  expect(ws.getCell(`B${first}`).value).toBe("=1+1");
  expect(ws.getCell(`B${first}`).numFmt).toBe("@");
  const back = await reopen(Buffer.from(await wb.xlsx.writeBuffer()));
  expect(back.worksheets[0].getCell(`B${first}`).value).toBe("=1+1");
  // Bound by key: the name points at a hidden lookup of the policy sheet.
  const ref = back.definedNames.getRanges("KH_review_selfWeight").ranges[0];
  expect(ref).toMatch(/^'?规则'?!\$J\$\d+$/);
  const lookup = back.getWorksheet("规则")!.getCell(ref.replace(/^.*!/, "").replace(/\$/g, "")).value as ExcelJS.CellFormulaValue;
  expect(lookup.formula).toContain('MATCH("review.selfWeight",$G:$G,0)');
});

describe.each(LANGS.map((l) => [l]))("%s: a policy written to .xlsx", (lang) => {
  test("reads back (ExcelJS, as a file is opened) with every key equal", async () => {
    const items = structuredClone(DEFAULT_POLICY.values["fieldRep.items"]);
    items[1].cases[1].max = 8;
    const l = loadPolicy({ version: "2027.4", published: "2027-04-01", values: {
      "complaint.closeDays": 7, "survey.levelScores": [9, 6, 3, 1], "csPay.indicatorTargets": { disputes: { direction: "max", target: 2 } },
      "dismissal.noticeBands": [{ fromMonths: 0, days: 1 }, { fromMonths: 6, days: 14 }], "fieldRep.items": items,
    } });
    if (!l.ok) throw new Error(JSON.stringify(l.problems));
    const wb = await reopen(await formXlsxBuffer("policy", { lang, policy: l.policy }));
    const [found] = await workbookPolicySheets(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(found.sheet).toBe(POLICY_SHEET_NAMES[lang]);
    expect(readPolicySheet(found.rows, found.sheet).load).toEqual({ ok: true, policy: l.policy });
    const ws = wb.getWorksheet(POLICY_SHEET_NAMES[lang])!;
    expect(ws.getColumn(7).hidden).toBe(true);
    expect(ws.pageSetup.printArea).toMatch(/^A\$?1:F\$?\d+$/);
    expect(ws.pageSetup.orientation).toBe("landscape");
  });
});

describe("forms CLI", () => {
  test("arguments", () => {
    expect(parseArgs(["--lang", "en", "--out", "x", "survey"])).toMatchObject({ lang: "en", out: "x", forms: ["survey"] });
    expect(parseArgs([]).forms).toEqual([...FORM_IDS]);
  });

  test("npm run forms writes one .xlsx per form, each with the policy sheet", async () => {
    const out = mkdtempSync(join(tmpdir(), "kaohe-forms-"));
    execFileSync(process.execPath, [resolve(ROOT, "node_modules/tsx/dist/cli.mjs"), "src/cli/forms.ts", "--lang", "zh-TW", "--out", out, "survey", "complaint", "policy"], { cwd: ROOT, stdio: "pipe" });
    expect(readdirSync(out).sort()).toEqual(["complaint.zh-TW.xlsx", "policy.zh-TW.xlsx", "survey.zh-TW.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "survey.zh-TW.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["客戶意見調查表", "規則"]);
    expect(existsSync(join(out, "policy.zh-TW.xlsx"))).toBe(true);
  });
});
