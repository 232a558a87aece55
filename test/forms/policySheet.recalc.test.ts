/**
 * The policy sheet in a spreadsheet engine (LibreOffice headless recalculates
 * the generated .xlsx): forms find every value by its key, so a shuffled
 * policy sheet gives the same form results; the sheet's own checks refuse what
 * the add-in's validator refuses, and while they fail the forms show no
 * results. Without soffice the suite skips loudly, and fails when CI=true.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planForm, policyRowOf, type FormId } from "../../src/forms";
import { COLUMNS, DEFAULT_POLICY, parseA1, readPolicySheet, rowKey, type Lang } from "../../src/rules";
import { buildFormWorkbook } from "../../src/workbook/xlsxWriter";
import { findSoffice, loProfile, readSheetValues, type SheetValue } from "../support/libreoffice";
import { shuffled } from "../support/policyRows";

const soffice = findSoffice();
const CI = process.env.CI === "true";
const LANG: Lang = "zh-CN";
const policyPlan = planForm("policy", { lang: LANG });
const rowOf = policyRowOf(DEFAULT_POLICY, LANG);
const okCell = policyPlan.names.find((n) => n.name === "KH_policyOk")!.ref.replace(/\$/g, "");
const problemCell = policyPlan.names.find((n) => n.name === "KH_policyProblem")!.ref.replace(/\$/g, "");
const headRow = policyPlan.print.titleRows[0];
const lastDocRow = Number(policyPlan.printArea!.split(":")[1].replace(/\D/g, ""));
const freeRow = lastDocRow + 1; // the blank row between the document and its hidden block

type Edit = (ws: ExcelJS.Worksheet) => void;
interface Case { file: string; form: FormId; edit: Edit; inputs?: Record<string, number | string> }

const set = (cell: string, value: ExcelJS.CellValue): Edit => (ws) => { ws.getCell(cell).value = value; };
const at = (key: string, col = "B") => `${col}${rowOf.get(key)}`;

/** Move the document's body rows (below the column headings) into another order, every cell with its row. */
const shuffleBody: Edit = (ws) => {
  const rows = Array.from({ length: lastDocRow - headRow - 2 }, (_, i) => headRow + 1 + i); // up to the signatures
  const saved = rows.map((r) => COLUMNS.map((_, c) => ws.getCell(r, c + 1).value));
  shuffled(rows).forEach((target, i) => saved[i].forEach((v, c) => { ws.getCell(target, c + 1).value = v; }));
};

// Sample inputs (form key → value; a roster key takes "key@row" for a later row) compared before and after the shuffle.
const SALES: Record<string, number | string> = { id: "E1", f1: 2, f5: 1, r1: "✓", a1: 1, a2: 0.5, totalPay: 10000, completion: 0.8, "id@1": "E2", "totalPay@1": 8000, "completion@1": 1.2 };
const FIELD: Record<string, number | string> = { id: "E1", d1: 2, d6: 5, d8: 3, claims: 1 };

const cases: Case[] = [
  { file: "sales", form: "salesMonthly", edit: () => {}, inputs: SALES },
  { file: "sales-shuffled", form: "salesMonthly", edit: shuffleBody, inputs: SALES },
  { file: "field", form: "fieldMonthly", edit: () => {}, inputs: FIELD },
  { file: "field-shuffled", form: "fieldMonthly", edit: shuffleBody, inputs: FIELD },
  // C-2 worked example: hired 2024-03-15, notice 2025-03-14 → 11 months → the second band (edited to 15 days).
  { file: "dismissal", form: "dismissalReview", edit: set(at(rowKey("dismissal.noticeBands", 2)), 15), inputs: { hired: 45366, noticeDate: 45730 } },
  { file: "dismissal-shuffled", form: "dismissalReview", edit: (ws) => { set(at(rowKey("dismissal.noticeBands", 2)), 15)(ws); shuffleBody(ws); }, inputs: { hired: 45366, noticeDate: 45730 } },
  { file: "survey", form: "survey", edit: set(at(rowKey("survey.levelScores", 1)), 5), inputs: { rating1: "非常满意", rating2: "一般" } },
  { file: "survey-shuffled", form: "survey", edit: (ws) => { set(at(rowKey("survey.levelScores", 1)), 5)(ws); shuffleBody(ws); }, inputs: { rating1: "非常满意", rating2: "一般" } },
  // F-3 weights that do not add up: HR.* refuses; the form must not pay either.
  { file: "sales-invalid", form: "salesMonthly", edit: set(at("monthly.dailyWeight"), 0.6), inputs: SALES },
];

/** The bad values, each on the policy sheet: [name, edit, the key the validator names]. */
const BAD: [string, Edit, string][] = [
  ["annual.months 0", set(at("annual.months"), 0), "annual.months"],
  ["survey level score 1e308", set(at(rowKey("survey.levelScores", 1)), 1e308), "survey.levelScores"],
  ["fieldRep.falsifiedManyFrom 0", set(at("fieldRep.falsifiedManyFrom"), 0), "fieldRep.falsifiedManyFrom"],
  ["perfPay.passScore 1000", set(at("perfPay.passScore"), 1000), "perfPay.passScore"],
  ["notice-band days 2.5", set(at(rowKey("dismissal.noticeBands", 2)), 2.5), "dismissal.noticeBands"],
  ["0x3C typed as text", set(at("attendance.pointsPerDay"), "0x3C"), "attendance.pointsPerDay"],
  ["a blank version", set("B2", ""), "version"],
  ["a deleted row", (ws) => { for (let c = 1; c <= COLUMNS.length; c++) ws.getCell(rowOf.get("perfPay.failCut")!, c).value = null; }, "perfPay.failCut"],
  ["a duplicated row", (ws) => { for (let c = 1; c <= COLUMNS.length; c++) ws.getCell(freeRow, c).value = ws.getCell(rowOf.get("perfPay.passScore")!, c).value; }, "perfPay.passScore"],
  ["a __proto__ row", (ws) => { ws.getCell(freeRow, 2).value = 5; ws.getCell(freeRow, COLUMNS.length).value = "__proto__"; }, "__proto__"],
  ["a misspelled indicator row", (ws) => { ws.getCell(freeRow, COLUMNS.length).value = "csPay.indicatorTargets#6:dsrr"; }, "csPay.indicatorTargets"],
  ["level scores that do not fall", set(at(rowKey("survey.levelScores", 3)), 3), "survey.levelScores"],
  ["a case deducting more than its item's points", set(at("fieldRep.items#1:1#2:needsHelp", "C"), 12), "fieldRep.items"],
  ["a yes/no cell with another word", set(at("fieldRep.items#8:7#1:trainingAbsence", "D"), "也许"), "fieldRep.items"],
  ["an indicator direction that is no direction", set(at(rowKey("csPay.indicatorTargets", 4, "dsr"), "C"), "高"), "csPay.indicatorTargets"],
  ["a share above 1", set(at("csPay.commissionRate"), 3), "csPay.commissionRate"],
  ["a count that is not whole", set(at("dismissal.demeritsPerYear"), 2.5), "dismissal.demeritsPerYear"],
  ["approver amounts in the wrong order", set(at("complaint.managerMaxAmount"), 6000), "complaint.managerMaxAmount"],
  ["a published date that is not a date", set("B3", "下个月"), "published"],
];
const GOOD: [string, Edit][] = [
  ["a pass mark of 55", set(at("perfPay.passScore"), 55)],
  ["weights 60/40", (ws) => { set(at("monthly.dailyWeight"), 0.6)(ws); set(at("monthly.attendanceWeight"), 0.4)(ws); }],
  ["a blank (unset) minimum wage", set(at("law.minimumWage"), null)],
];

/** A sheet's values (from LibreOffice's saved file) as rows from A1, for the add-in's reader. */
function rowsOf(values: Map<string, SheetValue>): unknown[][] {
  const rows: unknown[][] = [];
  for (const [a1, v] of values) {
    const { row, col } = parseA1(a1);
    (rows[row] ??= [])[col] = typeof v === "object" ? null : v;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (x) => x ?? null));
}

describe("the policy sheet recalculated by LibreOffice", () => {
  if (!soffice) {
    const msg = "LibreOffice (soffice) not found: the policy sheet's recalculation check did NOT run. Install libreoffice-calc (apt) to run it.";
    if (CI) test("LibreOffice is required when CI=true", () => { throw new Error(msg); });
    else { console.warn(`⚠ ${msg}`); test.skip("policy sheet recalculation (no soffice)", () => undefined); }
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), "kaohe-policy-"));
  const out = new Map<string, Map<string, SheetValue>[]>();
  const files: { name: string; form: FormId; edit: Edit; inputs?: Record<string, number | string> }[] = [
    ...cases.map((c) => ({ name: c.file, form: c.form, edit: c.edit, inputs: c.inputs })),
    ...BAD.map(([, edit], i) => ({ name: `bad-${i}`, form: "csPay" as FormId, edit })),
    ...GOOD.map(([, edit], i) => ({ name: `good-${i}`, form: "csPay" as FormId, edit })),
  ];

  beforeAll(async () => {
    const inputs: string[] = [];
    for (const f of files) {
      const wb = buildFormWorkbook(f.form, { lang: LANG, count: 3 });
      const keys = planForm(f.form, { lang: LANG, count: 3 }).keys;
      for (const [k, v] of Object.entries(f.inputs ?? {})) {
        const [key, offset] = k.split("@");
        const { row, col } = parseA1(keys[key].split(":")[0].replace(/\$/g, ""));
        wb.worksheets[0].getCell(row + 1 + Number(offset ?? 0), col + 1).value = v;
      }
      f.edit(wb.worksheets[1]);
      const file = join(dir, `${f.name}.xlsx`);
      writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      inputs.push(file);
    }
    execFileSync(soffice, [`-env:UserInstallation=file://${loProfile()}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", join(dir, "out"), ...inputs], { stdio: "pipe", timeout: 300_000 });
    for (const f of files) {
      const file = join(dir, "out", `${f.name}.xlsx`);
      out.set(f.name, [await readSheetValues(file, 1), await readSheetValues(file, 2)]);
    }
  }, 300_000);

  test.each([["sales"], ["field"], ["dismissal"], ["survey"]])("%s: a shuffled policy sheet gives the same form results", (name) => {
    const [form, policy] = out.get(name)!;
    const [formShuffled, policyShuffled] = out.get(`${name}-shuffled`)!;
    expect(policy.get(okCell)).toBe(true);
    expect(policyShuffled.get(okCell)).toBe(true);
    expect(Object.fromEntries(formShuffled)).toEqual(Object.fromEntries(form));
    // …and the add-in reads the same policy from either sheet.
    expect(readPolicySheet(rowsOf(policyShuffled)).load).toEqual(readPolicySheet(rowsOf(policy)).load);
    expect([...form.values()].filter((v) => typeof v === "number").length).toBeGreaterThan(0);
  });

  test("the edited tables reach the forms: C-2 11 months → the edited band's 15 days; K-3 (5 + 2) ÷ 2 = 3.5", () => {
    const value = (name: string, form: FormId, key: string) => out.get(name)![0].get(planForm(form, { lang: LANG, count: 3 }).keys[key].split(":")[0]);
    expect(value("dismissal-shuffled", "dismissalReview", "noticeDays")).toBe(15);
    expect(value("survey-shuffled", "survey", "average")).toBe(3.5);
  });

  test("weights that do not add up: HR.* refuses, and the form shows no results, only why", () => {
    const [form, policy] = out.get("sales-invalid")!;
    const [valid] = out.get("sales")!;
    const plan = planForm("salesMonthly", { lang: LANG, count: 3 });
    const monthly = plan.keys.monthly.split(":")[0];
    const pay = plan.keys.pay.split(":")[0];
    expect(typeof valid.get(monthly)).toBe("number");
    expect(form.get(monthly) ?? "").toBe("");
    expect(form.get(pay) ?? "").toBe("");
    expect(policy.get(okCell)).toBe(false);
    const header = [...form.entries()].find(([a, v]) => /^[A-Z]+2$/.test(a) && typeof v === "string" && v.startsWith("✗"));
    expect(header?.[1]).toMatch(/^✗ 规则无效，结果暂不显示：.*monthly\.dailyWeight \+ monthly\.attendanceWeight之和应为 1，现为 0\.9$/);
    const load = readPolicySheet(rowsOf(policy), "规则").load;
    expect(!load.ok && load.problems.map((p) => p.key)).toEqual(["monthly.dailyWeight + monthly.attendanceWeight"]);
    expect(policy.get("A4")).toMatch(/^✗ 规则无效，表单暂不计算结果（1 处）：/);
  });

  test.each(BAD.map(([name, , key], i) => [name, key, i] as const))("%s: the sheet's checks refuse it, and so does the add-in (key %s)", (_, key, i) => {
    const [form, policy] = out.get(`bad-${i}`)!;
    expect(policy.get(okCell)).toBe(false);
    expect(String(policy.get(problemCell) ?? "")).not.toBe("");
    const load = readPolicySheet(rowsOf(policy), "规则").load;
    expect(load.ok).toBe(false);
    expect(!load.ok && load.problems.map((p) => p.key)).toContain(key);
    expect(!load.ok && load.problems.every((p) => p.cell === undefined || p.cell.startsWith("规则!"))).toBe(true);
    // The form's results stay empty: the pay column of csPay has no number.
    const pay = planForm("csPay", { lang: LANG, count: 3 }).keys.pay.split(":")[0];
    expect(typeof form.get(pay)).not.toBe("number");
  });

  test.each(GOOD.map(([name], i) => [name, i] as const))("%s: a valid edit passes every check", (_, i) => {
    const [, policy] = out.get(`good-${i}`)!;
    expect(policy.get(problemCell) ?? "").toBe("");
    expect(policy.get(okCell)).toBe(true);
    expect(readPolicySheet(rowsOf(policy), "规则").load.ok).toBe(true);
  });

  test("no formula of the policy sheet evaluates to an error when the policy is valid", () => {
    const [, policy] = out.get("sales")!;
    expect([...policy].filter(([, v]) => typeof v === "object")).toEqual([]);
  });
});
