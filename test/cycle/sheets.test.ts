/**
 * The month's sheets as plans: the month sheet is the scheme's monthly form as an
 * Excel table whose header words are the ones files are read by, with calculated
 * columns in structured references; sheet names fit Excel; the module is pure.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import {
  evaluateMonth, logSheetPlan, monthSheetName, monthSheetPlan, payListPlan, readTable, SCHEME_IDS, SCHEMES, summarySheetPlan, tableName,
  type Employee, type SchemeId,
} from "../../src/cycle";
import { parseRange } from "../../src/forms/address";
import { isValidSheetName } from "../../src/workbook/names";
import { LANGS, type Lang } from "../../src/rules";
import { ROOT } from "../support/spec";

const two: Record<SchemeId, Employee["values"][]> = {
  sales: [{ fault1: 2, repeated1: "✓", totalPay: 10000, completionRate: 0.8 }, { fault2: 1 }],
  regional: [{ deduction1: 5 }, { deduction4: 2, repeated4: true }],
  field: [{ deduction1: 2 }, { falsifiedClaims: 2 }],
  store: [{ selfScore: 80, managerScore: 90, performanceBase: 2000 }, { selfScore: 59, managerScore: 59, performanceBase: 2000 }],
  online: [{ orderTotal: 200000, indicatorBonus: 500, baseSalary: 3000 }, { orderTotal: 1000, baseSalary: 2000, refundRate: 0.02 }],
};
const monthOf = (scheme: SchemeId, lang: Lang) =>
  evaluateMonth(two[scheme].map((values, i) => ({ id: `E${i + 1}`, name: `N${i + 1}`, dept: "D", values })), { scheme, month: "2026-11", lang });

describe.each(SCHEME_IDS)("%s month sheet", (scheme) => {
  test.each(LANGS)("%s: an Excel table over the roster, headed by the scheme's words, read back by them", (lang) => {
    const month = monthOf(scheme, lang);
    const plan = monthSheetPlan(month);
    const t = plan.table!;
    expect(t.name).toBe(tableName(scheme, "2026-11"));
    expect(plan.name).toBe(monthSheetName(scheme, "2026-11", lang));
    expect(isValidSheetName(plan.name)).toBe(true);
    const range = parseRange(t.range);
    expect([range.top, range.bottom]).toEqual([plan.roster!.firstRow - 1, plan.roster!.lastRow]);
    // Constant, unique header texts on the header row, each one of the scheme's words.
    const headerCells = plan.cells.filter((c) => c.row === range.top).sort((a, b) => a.col - b.col);
    expect(headerCells.map((c) => c.value)).toEqual(t.columns.map((c) => c.header));
    expect(headerCells.every((c) => c.formula === undefined)).toBe(true);
    expect(new Set(t.columns.map((c) => c.header.toLowerCase())).size).toBe(t.columns.length);
    const words = new Set(Object.values(SCHEMES[scheme].headers).map((h) => h[lang]));
    expect(t.columns.filter((c) => !words.has(c.header))).toEqual([]);
    // No merge reaches into the table (Excel refuses merged cells in a table).
    for (const m of plan.merges) expect(parseRange(m).bottom < range.top || parseRange(m).top > range.bottom).toBe(true);
    // Calculated columns: structured references only, the same text as every cell of the column.
    for (const f of plan.columnFormulas) {
      const column = t.columns[f.col - 1];
      expect(`=${column.formula}`).toBe(f.a1At(f.firstRow));
      expect(f.a1At(f.lastRow)).toBe(f.a1At(f.firstRow));
      expect(column.formula).not.toMatch(/(?<![A-Za-z_\]])\$?[A-Z]{1,3}\$?\d+(?![\d(])/); // no A1 reference
    }
    // Reading the sheet's header row finds every input.
    const grid = [headerCells.map((c) => c.value as string)];
    const back = readTable([...grid, ["X"]], scheme, { lang, source: plan.name });
    expect(back.warnings).toEqual([]);
    for (const i of SCHEMES[scheme].inputs) expect(back.columns[i.column]).toBeDefined();
  });

  test("inputs are written in blocks of input columns only, never over a formula", () => {
    const plan = monthSheetPlan(monthOf(scheme, "zh-CN"));
    const formulaCols = new Set(plan.columnFormulas.map((f) => f.col));
    expect(plan.inputs!.length).toBeGreaterThan(0);
    for (const b of plan.inputs!) {
      const r = parseRange(b.range);
      for (let c = r.left; c <= r.right; c++) expect(formulaCols.has(c)).toBe(false);
      expect(b.rows).toHaveLength(r.bottom - r.top + 1);
    }
  });
});

test("sales: ticks as ✓, rates as fractions, last month's score beside the monthly score; results blank until the pay inputs are there", () => {
  const plan = monthSheetPlan(monthOf("sales", "zh-CN"), { evaluator: "刘经理", locked: true });
  const col = (key: string) => plan.roster!.colOf[key];
  const valueAt = (key: string, row: number) => {
    for (const b of plan.inputs!) {
      const r = parseRange(b.range);
      if (col(key) >= r.left && col(key) <= r.right) return b.rows[row][col(key) - r.left];
    }
    return undefined;
  };
  expect([valueAt("r1", 0), valueAt("r1", 1), valueAt("completion", 0), valueAt("f2", 1)]).toEqual(["✓", null, 0.8, 1]);
  expect(col("previousScore")).toBe(col("monthly") + 1);
  expect(plan.table!.columns[col("monthly") - 1].formula).toMatch(/^IF\(KH_policyOk,IF\(AND\(ISNUMBER\(KH_sales_202611\[\[#This Row\],\[工资总额\]\]\),ISNUMBER\(KH_sales_202611\[\[#This Row\],\[计划完成率\]\]\)\),/);
  expect(plan.locked).toBe(true);
  expect(plan.cells.find((c) => c.value === "刘经理")).toBeDefined();
  expect(plan.cells.find((c) => c.style === "title")!.value).toBe("业务员考核 2026-11");
});

test("store: ranking per department with COUNTIFS when the roster has departments, and the streak columns", () => {
  const month = monthOf("store", "en");
  expect(month.rankedByDept).toBe(true);
  const t = monthSheetPlan(month).table!;
  const f = (h: string) => t.columns.find((c) => c.header === h)!.formula!;
  expect(f("Place")).toContain("COUNTIFS(KH_store_202611[[Department]],KH_store_202611[[#This Row],[Department]],KH_store_202611[[Review score]],\">\"&");
  expect(f("Months last")).toContain("N(KH_store_202611[[#This Row],[Months last before]])+1");
  const solo = evaluateMonth([{ id: "a", name: null, dept: null, values: two.store[0] }], { scheme: "store", month: "2026-11", lang: "en" });
  expect(monthSheetPlan(solo).table!.columns.find((c) => c.header === "Place")!.formula).toContain("COUNTIF(KH_store_202611[[Review score]],\">\"&");
});

test.each(SCHEME_IDS.flatMap((s) => LANGS.map((l) => [s, l] as const)))("%s %s: summary, pay list and log sheet names fit Excel", (scheme, lang) => {
  const month = monthOf(scheme, lang);
  const plans = [summarySheetPlan(month, "2026-12-01 10:00"), payListPlan(month), logSheetPlan([], lang, month.policy)];
  for (const p of plans) expect(isValidSheetName(p.name)).toBe(true);
  expect(new Set(plans.map((p) => p.name)).size).toBe(plans.length);
  const summary = plans[0];
  if (SCHEMES[scheme].mainScore) expect(summary.dataBars).toHaveLength(1);
  expect(plans[2].table?.name).toBe("KH_log");
});

describe("src/cycle is pure", () => {
  const files = readdirSync(resolve(ROOT, "src/cycle")).map((f) => join(ROOT, "src/cycle", f));

  test("imports only the rules core, the forms and itself", () => {
    for (const file of files) {
      const text = ts.sys.readFile(file)!;
      for (const m of text.matchAll(/(?:from|import)\s+["']([^"']+)["']/g)) expect(`${file} → ${m[1]}`).toMatch(/ → \.(\/[\w]+|\.\/(rules|forms)(\/[\w/]+)?)$/);
    }
  });

  test("type-checks with no DOM, Node, Office.js or React types available", () => {
    const program = ts.createProgram(files, {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts"], types: [], esModuleInterop: true, skipLibCheck: true,
    });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });
});
