/** The Office.js writer against the in-memory host (test/support/memoryHost.ts). */
import { DEFAULT_POLICY, definedNameOf, POLICY_SHEET_NAMES, policyToRows } from "../../src/rules";
import { planForm, policyRowOf } from "../../src/forms";
import { colLetter } from "../../src/forms/address";
import { writeForm, DATA_BUDGET_BYTES } from "../../src/workbook/officeWriter";
import { isValidSheetName, uniqueSheetName } from "../../src/workbook/names";
import { HostError, MemoryWorkbook } from "../support/memoryHost";

const employees = (n: number, width = 3) => Array.from({ length: n }, (_, i) => [`E${String(i + 1).padStart(5, "0")}`, `员工${i + 1}`, ["华东", "华南", "华北"][i % 3]].slice(0, width));

describe("the memory host behaves like Excel where it matters", () => {
  test("reading what was not loaded throws PropertyNotLoaded", async () => {
    const host = new MemoryWorkbook();
    const wb = host.context.workbook;
    expect(() => wb.worksheets.items).toThrow(/PropertyNotLoaded/);
    wb.worksheets.load("items/name");
    expect(() => wb.worksheets.items).toThrow(/PropertyNotLoaded/); // not before sync
    await host.context.sync();
    expect(wb.worksheets.items).toEqual([]);
    const ws = wb.worksheets.add("A");
    expect(() => ws.name).toThrow(/PropertyNotLoaded/);
    expect(() => ws.getRange("A1").values).toThrow(/PropertyNotLoaded/);
  });

  test("an array whose shape differs from the range is InvalidArgument; a single value fills the range", async () => {
    const host = new MemoryWorkbook();
    const ws = host.context.workbook.worksheets.add("S");
    ws.getRange("A1:B2").values = [[1]];
    await expect(host.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const ws2 = host.context.workbook.worksheets.add("T");
    (ws2.getRange("A1:A3") as unknown as { formulasR1C1: string }).formulasR1C1 = "=RC[1]*2";
    await host.context.sync();
    expect(host.formulaA1("T", "A3")).toBe("=B3*2");
  });

  test("sheet names: invalid is InvalidArgument, duplicates (any case) ItemAlreadyExists", async () => {
    for (const bad of ["a/b", "a:b", "x[1]", "'quoted", "History", "", " ", "x".repeat(32)]) {
      const host = new MemoryWorkbook();
      host.context.workbook.worksheets.add(bad);
      await expect(host.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    const host = new MemoryWorkbook();
    host.addSheet("Sales");
    host.context.workbook.worksheets.add("SALES");
    await expect(host.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("text starting with = written into a General cell becomes a formula (what the writer must avoid)", async () => {
    const host = new MemoryWorkbook();
    host.context.workbook.worksheets.add("S").getRange("A1").values = [["=1+1"]];
    await host.context.sync();
    expect(host.cell("S", "A1")?.formula).toBe("=1+1");
  });

  test("a request over 5 MB is refused", async () => {
    const host = new MemoryWorkbook();
    const big = "x".repeat(6 * 1024 * 1024);
    host.context.workbook.worksheets.add("S").getRange("A1").values = [[big]];
    await expect(host.context.sync()).rejects.toBeInstanceOf(HostError);
  });
});

describe("writeForm", () => {
  test("fresh workbook: two syncs (read, write), policy sheet and names created, existing cells untouched", async () => {
    const host = new MemoryWorkbook();
    host.addSheet("Sheet1", { A1: "keep me", B2: 42, C3: "=not a formula" });
    const before = JSON.stringify([...host.sheet("Sheet1")!.cells]);
    const r = await writeForm(host.context, "salesMonthly", { lang: "zh-CN", rows: employees(10) });
    expect(r.syncs).toBe(2);
    expect(host.syncs).toBe(2);
    expect(r.createdPolicySheet).toBe(true);
    expect(r.policySheetName).toBe("规则");
    expect(r.sheetName).toBe("业务员月度考核");
    expect(JSON.stringify([...host.sheet("Sheet1")!.cells])).toBe(before);
    const row = policyRowOf().get("monthly.dailyWeight");
    expect(host.names.get(definedNameOf("monthly.dailyWeight"))).toBe(`='规则'!$B$${row}`);
    expect(host.cell("规则", `B${row}`)?.value).toBe(DEFAULT_POLICY.values["monthly.dailyWeight"]);
    // L-7: the version is kept as text ("2026.10" must not become 2026.1)
    expect(host.cell("规则", "B2")?.value).toBe(DEFAULT_POLICY.version);
    expect(host.cell("规则", "B3")?.value).toBe(DEFAULT_POLICY.published);
    // every name a form formula uses exists
    expect(host.names.size).toBe(planForm("policy", { lang: "zh-CN" }).names.length);
  });

  test("one sync when the caller passes what exists", async () => {
    const host = new MemoryWorkbook();
    const r = await writeForm(host.context, "dismissalNotice", { lang: "zh-TW", existing: { sheetNames: [], names: [] } });
    expect(r.syncs).toBe(1);
    expect(host.syncs).toBe(1);
    expect(host.sheet("規則")).toBeDefined();
    expect(host.sheet("辭退通知書")).toBeDefined();
  });

  test("a second form reuses the policy sheet and names; the same form twice gets a unique name", async () => {
    const host = new MemoryWorkbook();
    await writeForm(host.context, "csMonthly", { lang: "en" });
    const names = host.names.size;
    const r2 = await writeForm(host.context, "csMonthly", { lang: "en" });
    const r3 = await writeForm(host.context, "complaint", { lang: "zh-CN" });
    expect(r2.createdPolicySheet).toBe(false);
    expect(r2.addedNames).toBe(0);
    expect(r2.sheetName).toBe("Customer service ranking (2)");
    expect(r3.policySheetName).toBe(POLICY_SHEET_NAMES.en);
    expect(host.names.size).toBe(names);
    expect(host.sheets.map((s) => s.name)).toEqual(["Rules", "Customer service ranking", "Customer service ranking (2)", "客户投诉处理表"]);
  });

  test("a policy sheet written by another tool (no names, no tables): names added, tables on a new sheet, no cell changed", async () => {
    const host = new MemoryWorkbook();
    const rows = policyToRows(DEFAULT_POLICY, "zh-CN");
    const cells: Record<string, string | number> = {};
    rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) cells[`${colLetter(j + 1)}${i + 1}`] = v; }));
    host.addSheet("规则", cells);
    const before = JSON.stringify([...host.sheet("规则")!.cells]);
    const r = await writeForm(host.context, "fieldMonthly", { lang: "zh-CN" });
    expect(r.createdPolicySheet).toBe(false);
    expect(JSON.stringify([...host.sheet("规则")!.cells])).toBe(before);
    expect(host.names.get("KH_fieldRep_allowed")).toMatch(/^='规则 KH'!\$J\$\d+:\$T\$\d+$/);
    expect(host.names.get(definedNameOf("score.full"))).toBe(`='规则'!$B$${policyRowOf().get("score.full")}`);
  });

  test("text from the user that starts with = + - @ stays text", async () => {
    const host = new MemoryWorkbook();
    const rows = [["=SUM(A1:A9)", "+8613800000000", "-"], ["@me", "=HYPERLINK(\"x\")", "-1"]];
    const r = await writeForm(host.context, "regionalMonthly", { lang: "zh-CN", rows });
    const plan = planForm("regionalMonthly", { lang: "zh-CN", rows });
    const first = plan.roster!.firstRow;
    rows.forEach((line, i) => line.forEach((v, j) => {
      const cell = host.cell(r.sheetName, `${colLetter(2 + j)}${first + i}`)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(v);
      expect(cell.numberFormat).toBe("@");
    }));
  });

  test("roster formulas: one R1C1 formula per column; each cell reads like the .xlsx formula of its row", async () => {
    const host = new MemoryWorkbook();
    const r = await writeForm(host.context, "salesMonthly", { lang: "zh-CN", count: 7 });
    const plan = planForm("salesMonthly", { lang: "zh-CN", count: 7 });
    for (const cf of plan.columnFormulas) for (const row of [cf.firstRow, cf.lastRow]) {
      expect(host.formulaA1(r.sheetName, `${colLetter(cf.col)}${row}`)).toBe(cf.a1At(row));
    }
    const ops = host.requests[1].filter((o) => o.o === "formulasR1C1");
    expect(ops).toHaveLength(plan.columnFormulas.length);
  });

  test("10,000 employees: at most 3 syncs, and the request minus the employees' data is the size of the 10-employee one", async () => {
    const run = async (n: number) => {
      const host = new MemoryWorkbook();
      const r = await writeForm(host.context, "salesMonthly", { lang: "zh-CN", rows: employees(n) });
      const lastRow = planForm("salesMonthly", { lang: "zh-CN", count: n }).roster!.lastRow;
      // Addresses carry the last row number; normalise it so the rest compares byte for byte.
      const all = host.requests.flat();
      const formStart = all.findIndex((o) => o.o === "add" && o.a === r.sheetName);
      const layout = all.filter((o) => o.o !== "values" || !/^range [A-Z]+\d+:[A-Z]+\d+$/.test(o.t));
      const policyPart = JSON.stringify(layout.slice(0, formStart));
      const formPart = JSON.stringify(layout.slice(formStart)).replace(new RegExp(`([A-Z]|R)${lastRow}(?=\\D)`, "g"), "$1LAST");
      const normal = policyPart + formPart;
      const total = host.requestBytes.reduce((a, b) => a + b, 0);
      const data = host.valueBytes.reduce((a, b) => a + b, 0);
      return { syncs: r.syncs, normal, total, data, max: Math.max(...host.requestBytes) };
    };
    const small = await run(10);
    const large = await run(10_000);
    expect(large.syncs).toBeLessThanOrEqual(3);
    const firstDiff = [...large.normal].findIndex((ch, i) => ch !== small.normal[i]);
    expect(firstDiff < 0 ? "" : `${small.normal.slice(firstDiff - 200, firstDiff + 100)} ≠ ${large.normal.slice(firstDiff - 200, firstDiff + 100)}`).toBe("");
    expect(large.normal.length).toBe(small.normal.length);
    // Byte sizes: apart from the data, only the longer row numbers in addresses differ.
    const extra = (large.total - large.data) - (small.total - small.data);
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra).toBeLessThan(2_000);
    expect(large.max).toBeLessThan(5 * 1024 * 1024);
  });

  test("data beyond the budget is split over several syncs, none above 5 MB", async () => {
    const host = new MemoryWorkbook();
    const long = "很长的名字".repeat(40);
    const rows = Array.from({ length: Math.ceil((DATA_BUDGET_BYTES * 1.3) / (long.length * 3 * 2)) }, (_, i) => [`E${i}`, long, long]);
    const r = await writeForm(host.context, "annualSummary", { lang: "zh-CN", rows, existing: { sheetNames: [], names: [] } });
    expect(r.syncs).toBe(2);
    expect(Math.max(...host.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    const plan = planForm("annualSummary", { lang: "zh-CN", rows });
    expect(host.cell(r.sheetName, `C${plan.roster!.lastRow}`)?.value).toBe(long);
  });
});

describe("sheet names", () => {
  test("uniqueSheetName always returns a valid, unused name", () => {
    const taken = ["规则", "Sales", "History", "x".repeat(31)];
    for (const wanted of ["Sales", "a/b:c*?[d]", "'quoted'", "History", "", "x".repeat(40), "sales", "规则"]) {
      const name = uniqueSheetName(wanted, taken);
      expect(isValidSheetName(name)).toBe(true);
      expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
    }
    expect(uniqueSheetName("Sales", ["Sales", "Sales (2)"])).toBe("Sales (3)");
  });
});
