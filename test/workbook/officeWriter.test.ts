/** The Office.js writer against the in-memory host (test/support/memoryHost.ts). */
import { DEFAULT_POLICY, LANGS, POLICY_MARKER, definedNameOf, loadPolicy, POLICY_SHEET_NAMES, policyToRows, readPolicySheet, rowKey, type Policy } from "../../src/rules";
import { FORM_IDS, planForm, policyRowOf } from "../../src/forms";
import { r1c1ToA1 } from "../../src/forms/r1c1";
import { CHANGE_LOG_NAMES } from "../../src/rules/policy/changes";
import { planPolicyUpgrade, publishPolicy, readWorkbookPolicy, upgradePolicySheet } from "../../src/workbook/policyOps";
import { colLetter } from "../../src/forms/address";
import { writeForm, queuePlan, DATA_BUDGET_BYTES, FormWriteError, type TableHook } from "../../src/workbook/officeWriter";
import { queueTable } from "../../src/workbook/tableWriter";
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
    // Bound by key: the name points at a hidden lookup that finds the value by its key in column G.
    const ref = host.names.get(definedNameOf("monthly.dailyWeight"))!;
    const lookup = host.cell("规则", ref.replace(/^='规则'!/, "").replace(/\$/g, ""))!;
    expect(lookup.formula).toBe('=IF(ISBLANK(INDEX($B:$B,MATCH("monthly.dailyWeight",$G:$G,0))),"",INDEX($B:$B,MATCH("monthly.dailyWeight",$G:$G,0)))');
    const row = policyRowOf(DEFAULT_POLICY, "zh-CN").get("monthly.dailyWeight");
    expect(host.cell("规则", `B${row}`)?.value).toBe(DEFAULT_POLICY.values["monthly.dailyWeight"]);
    expect(host.cell("规则", `G${row}`)?.value).toBe("monthly.dailyWeight");
    expect(host.cell("规则", "G1")?.value).toBe(POLICY_MARKER);
    // L-7: the version is kept as text ("2026.10" must not become 2026.1)
    expect(host.cell("规则", "B2")?.value).toBe(DEFAULT_POLICY.version);
    expect(host.cell("规则", "B2")?.numberFormat).toBe("@");
    // every name a form formula uses exists
    expect(host.names.size).toBe(planForm("policy", { lang: "zh-CN" }).names.length);
    // the key column and the lookups are hidden; only the document prints
    const plan = planForm("policy", { lang: "zh-CN" });
    expect(host.sheet("规则")!.hidden).toEqual([`${plan.hidden!.rows[0].from}:${plan.hidden!.rows[0].to}`, "G:G"]);
    expect(host.sheet("规则")!.pageLayout.printArea).toBe(plan.printArea);
  });

  test.each(LANGS.map((l) => [l]))("%s: a policy written with Office.js reads back, every key equal", async (lang) => {
    const policy = company();
    const host = new MemoryWorkbook();
    await writeForm(host.context, "policy", { lang, policy });
    const read = readPolicySheet(host.values(POLICY_SHEET_NAMES[lang]), POLICY_SHEET_NAMES[lang]);
    expect(read.layout).toBe("current");
    expect(read.load).toEqual({ ok: true, policy });
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

  test("an older policy sheet (layout 1): not a cell of it changes; its tables and checks go on a companion sheet read by key", async () => {
    const host = new MemoryWorkbook();
    const rows = policyToRows(DEFAULT_POLICY, "zh-CN");
    const cells: Record<string, string | number> = {};
    rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) cells[`${colLetter(j + 1)}${i + 1}`] = v; }));
    host.addSheet("规则", cells);
    const before = JSON.stringify([...host.sheet("规则")!.cells]);
    const r = await writeForm(host.context, "fieldMonthly", { lang: "zh-CN" });
    expect(r.syncs).toBe(3); // names, the candidate sheet's values, the write
    expect(r.createdPolicySheet).toBe(false);
    expect(r.policySheetName).toBe("规则");
    expect(JSON.stringify([...host.sheet("规则")!.cells])).toBe(before);
    expect(host.names.get("KH_fieldRep_allowed")).toMatch(/^='规则 KH'!\$N\$\d+:\$[A-Z]+\$\d+$/);
    const ref = host.names.get(definedNameOf("score.full"))!.replace(/^='规则 KH'!/, "").replace(/\$/g, "");
    expect(host.cell("规则 KH", ref)?.formula).toBe(`=IF(ISBLANK(INDEX('规则'!$B:$B,MATCH("score.full",'规则'!$A:$A,0))),"",INDEX('规则'!$B:$B,MATCH("score.full",'规则'!$A:$A,0)))`);
  });

  test("a sheet called Rules that is not a policy: left alone, no name added into it; the policy sheet gets a unique name", async () => {
    const host = new MemoryWorkbook();
    host.addSheet("Rules", { A1: "Office rules", A2: "No smoking", B5: 42 });
    const before = JSON.stringify([...host.sheet("Rules")!.cells]);
    const r = await writeForm(host.context, "csMonthly", { lang: "en" });
    expect(r.policySheetName).toBe("Rules (2)");
    expect(r.createdPolicySheet).toBe(true);
    expect(JSON.stringify([...host.sheet("Rules")!.cells])).toBe(before);
    expect([...host.names.values()].filter((ref) => ref.startsWith("='Rules'!"))).toEqual([]);
    expect(host.names.get("KH_policyOk")).toMatch(/^='Rules \(2\)'!/);
    // The next form finds the policy by its marker, not by its name.
    const again = await writeForm(host.context, "csPay", { lang: "en" });
    expect(again.policySheetName).toBe("Rules (2)");
    expect(again.addedNames).toBe(0);
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

  test("roster formulas: one R1C1 formula per column; without the table each cell holds the plain formula of its row", async () => {
    const host = new MemoryWorkbook();
    const r = await writeForm(host.context, "salesMonthly", { lang: "zh-CN", count: 7 });
    const plan = planForm("salesMonthly", { lang: "zh-CN", count: 7 });
    for (const cf of plan.columnFormulas) for (const row of [cf.firstRow, cf.lastRow]) {
      const got = host.formulaA1(r.sheetName, `${colLetter(cf.col)}${row}`)!;
      expect(got).toBe(r1c1ToA1(cf.plainR1C1!, row, cf.col));
      expect(got).not.toContain("[#This Row]");
    }
    const formStart = host.requests[1].findIndex((o) => o.o === "add" && o.a === r.sheetName);
    const ops = host.requests[1].slice(formStart).filter((o) => o.o === "formulasR1C1");
    expect(ops).toHaveLength(plan.columnFormulas.length);
  });

  test("with the table hook: the hook gets the plan once the header row is queued, then the calculated columns go in as structured formulas", async () => {
    const host = new MemoryWorkbook();
    const seen: string[] = [];
    const r = await writeForm(host.context, "csMonthly", { lang: "en", count: 4, queueTable: (ws, plan) => { seen.push(plan.table!.name); queueTable(ws, plan); } });
    expect(seen).toEqual(["csMonthly"]);
    const ops = host.requests[1].slice(host.requests[1].findIndex((o) => o.o === "add" && o.a === r.sheetName));
    const header = ops.findIndex((o) => o.o === "formulas" && JSON.stringify(o.a).includes("Review score"));
    const firstColumn = ops.findIndex((o) => o.o === "formulasR1C1");
    expect(header).toBeGreaterThan(0);
    expect(firstColumn).toBeGreaterThan(header);
    const plan = planForm("csMonthly", { lang: "en", count: 4 });
    const review = plan.columnFormulas.find((f) => f.col === plan.roster!.colOf.review)!;
    expect(host.cell(r.sheetName, `${colLetter(review.col)}${review.firstRow}`)?.r1c1).toBe(review.r1c1);
    expect(review.r1c1).toContain("csMonthly[[#This Row],[Self-review]]");
  });

  test("the same form twice: its table gets its sheet's number (table names are workbook-wide)", async () => {
    const host = new MemoryWorkbook();
    const names: string[] = [];
    const hook: TableHook = (ws, plan) => { names.push(plan.table!.name); queueTable(ws, plan); };
    await writeForm(host.context, "csPay", { lang: "zh-CN", queueTable: hook });
    await writeForm(host.context, "csPay", { lang: "zh-CN", queueTable: hook });
    expect(names).toEqual(["csPay", "csPay_2"]);
  });

  test("10,000 employees: at most 3 syncs; beyond the employees' data, the request does not grow with N", async () => {
    const run = async (n: number) => {
      const host = new MemoryWorkbook();
      const r = await writeForm(host.context, "salesMonthly", { lang: "zh-CN", rows: employees(n), existing: { sheetNames: [], names: [] } });
      const all = host.requests.flat();
      const formStart = all.findIndex((o) => o.o === "add" && o.a === r.sheetName);
      const dataOps = all.slice(formStart).filter((o) => o.o === "values");
      const layout = all.slice(formStart).filter((o) => o.o !== "values");
      return { syncs: r.syncs, ops: layout.length, data: dataOps.length, bytes: JSON.stringify(layout).length, max: Math.max(...host.requestBytes) };
    };
    const small = await run(10);
    const large = await run(10_000);
    expect(large.syncs).toBeLessThanOrEqual(3);
    expect(large.ops).toBe(small.ops);
    expect(large.data).toBeLessThanOrEqual(2);
    // Only the longer row numbers in addresses differ.
    expect(large.bytes - small.bytes).toBeGreaterThanOrEqual(0);
    expect(large.bytes - small.bytes).toBeLessThan(2_000);
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

/** A company's policy: a changed scalar and a changed value in every table. */
function company(): Policy {
  const items = structuredClone(DEFAULT_POLICY.values["fieldRep.items"]);
  items[2].cases[0].max = 4;
  const l = loadPolicy({
    version: "2027.2", published: "2027-02-01",
    values: {
      "perfPay.passScore": 58, "law.minimumWage": 2690,
      "dismissal.noticeBands": [{ fromMonths: 0, days: 0 }, { fromMonths: 3, days: 12 }, { fromMonths: 12, days: 25 }],
      "law.probationCaps": [{ fromContractMonths: 0, maxProbationMonths: 1 }],
      "survey.levelScores": [5, 4, 2, 1],
      "csPay.indicatorTargets": { refundDuration: { direction: "max", target: 48 } },
      "fieldRep.items": items,
    },
  });
  if (!l.ok) throw new Error(JSON.stringify(l.problems));
  return l.policy;
}

/** A new version with the sheet's shape: scalars, a band, an indicator target, a yes/no. */
function nextVersion(version: string, passScore: number): Policy {
  const items = structuredClone(DEFAULT_POLICY.values["fieldRep.items"]);
  items[7].cases[0].repeatable = false;
  const l = loadPolicy({
    version, published: "2027-01-15",
    values: {
      "perfPay.passScore": passScore, "monthly.dailyWeight": 0.6, "monthly.attendanceWeight": 0.4,
      "dismissal.noticeBands": [{ fromMonths: 0, days: 0 }, { fromMonths: 3, days: 15 }, { fromMonths: 12, days: 20 }, { fromMonths: 36, days: 20 }],
      "csPay.indicatorTargets": { dsr: { direction: "min", target: 4.7 } },
      "fieldRep.items": items,
    },
  });
  if (!l.ok) throw new Error(JSON.stringify(l.problems));
  return l.policy;
}

describe("publishing and upgrading the policy (Office.js)", () => {
  test("publish: the changed cells and a change-log row in one sync (after the reads); a second publication appends", async () => {
    const host = new MemoryWorkbook();
    await writeForm(host.context, "salesMonthly", { lang: "zh-CN" });
    const read = await readWorkbookPolicy(host.context);
    expect(read.syncs).toBe(2);
    const v1 = nextVersion("2027.1", 55);
    const r = await publishPolicy(host.context, { after: v1, who: "王芳", lang: "zh-CN", read });
    expect(r).toMatchObject({ ok: true, sheet: "规则", logSheet: CHANGE_LOG_NAMES["zh-CN"], writes: 8, syncs: 1 });
    expect(readPolicySheet(host.values("规则"), "规则").load).toEqual({ ok: true, policy: v1 });
    const log = host.values(CHANGE_LOG_NAMES["zh-CN"]);
    expect(log[0]).toEqual(["规则版本", "公示日期", "发布人", "变更内容（原值 → 新值）"]);
    expect(log[1].slice(0, 3)).toEqual(["2027.1", "2027-01-15", "王芳"]);
    expect(String(log[1][3]).split("\n")).toEqual([
      "规则版本：2026.1 → 2027.1",
      "向员工公示日期：2026-11-01 → 2027-01-15",
      "月度得分中日常工作得分的权重（F-3、G-2）：70% → 60%",
      "月度得分中出勤得分的权重（F-3、G-2）：30% → 40%",
      "得分不满此分扣减绩效工资（不满）（H-5）：60 分 → 55 分",
      "辞退预告期：按连续服务整月数（C-2） · 第 2 行 · 预告天数：10 → 15",
      "售后指标目标（E-2）：空白 = 未设目标 · DSR 评分 · 目标：（空白） → 4.7",
      "驻外服务代表：各情形的扣分范围（G） · 7 内部培训 · 缺席培训（每次） · 可重复：是 → 否",
    ]);
    const r2 = await publishPolicy(host.context, { after: nextVersion("2027.2", 50), before: v1, who: "李娜", lang: "zh-CN" });
    expect(r2).toMatchObject({ ok: true, writes: 2, syncs: 4 }); // sheet names, the policy sheet, the log's length, the write
    const log2 = host.values(CHANGE_LOG_NAMES["zh-CN"]);
    expect(log2).toHaveLength(3);
    expect(log2[2].slice(0, 3)).toEqual(["2027.2", "2027-01-15", "李娜"]);
    expect(String(log2[2][3]).split("\n")).toEqual(["规则版本：2027.1 → 2027.2", "得分不满此分扣减绩效工资（不满）（H-5）：55 分 → 50 分"]);
  });

  test("publish refuses an invalid policy, or one whose tables have another shape, before writing anything", async () => {
    const host = new MemoryWorkbook();
    await writeForm(host.context, "csMonthly", { lang: "en" });
    const cells = JSON.stringify([...host.sheet("Rules")!.cells]);
    const invalid = { ...DEFAULT_POLICY, version: "2027.9", values: { ...DEFAULT_POLICY.values, "annual.months": 0 } };
    const r = await publishPolicy(host.context, { after: invalid, who: "HR", lang: "en" });
    expect(r).toMatchObject({ ok: false, reason: "invalid", syncs: 0 });
    const shape = loadPolicy({ version: "2027.9", published: "2027-09-01", values: { "dismissal.noticeBands": [{ fromMonths: 0, days: 5 }] } });
    const r2 = shape.ok && await publishPolicy(host.context, { after: shape.policy, who: "HR", lang: "en" });
    expect(r2).toMatchObject({ ok: false, reason: "shape" });
    expect(JSON.stringify([...host.sheet("Rules")!.cells])).toBe(cells);
    expect(host.sheet(CHANGE_LOG_NAMES.en)).toBeUndefined();
  });

  test("upgrade an older policy sheet with consent: missing keys appended with defaults, no row moved, names bound by key", async () => {
    const host = new MemoryWorkbook();
    const rows = policyToRows(DEFAULT_POLICY, "zh-CN").filter((r) => r[0] !== "perfPay.failCut");
    const cells: Record<string, string | number> = {};
    rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) cells[`${colLetter(j + 1)}${i + 1}`] = v; }));
    host.addSheet("规则", cells);
    // Names of an older add-in: bound by row number.
    host.names.set(definedNameOf("perfPay.passScore"), `='规则'!$B$${rows.findIndex((r) => r[0] === "perfPay.passScore") + 1}`);
    const before = host.values("规则");
    expect(readPolicySheet(before, "规则").load.ok).toBe(false);
    // First the plan, for the user's consent; nothing is written yet.
    const { read, plan } = await planPolicyUpgrade(host.context, "zh-CN");
    expect(plan?.added).toEqual(["perfPay.failCut"]);
    expect(host.values("规则")).toEqual(before);
    const r = await upgradePolicySheet(host.context, { lang: "zh-CN", read });
    expect(r).toMatchObject({ ok: true, sheet: "规则", companion: "规则 KH", rebound: 1, syncs: 2 }); // names, then the write
    expect(r.ok && r.plan.added).toEqual(["perfPay.failCut"]);
    const after = host.values("规则");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length][0]).toBe("perfPay.failCut");
    expect(readPolicySheet(after, "规则").load).toEqual({ ok: true, policy: DEFAULT_POLICY });
    expect(host.names.get(definedNameOf("perfPay.passScore"))).toMatch(/^='规则 KH'!\$J\$\d+$/);
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

describe("a lean layout request (issue 12)", () => {
  /** Operations and bytes of one form's layout, as the in-memory host counts them. */
  const layoutOf = async (id: (typeof FORM_IDS)[number], n: number) => {
    const host = new MemoryWorkbook();
    queuePlan(host.context.workbook.worksheets.add("S"), planForm(id, { lang: "zh-CN", count: n }), "zh-CN");
    await host.context.sync();
    return { ops: host.requests[0].length - 1, bytes: host.requestBytes[0] }; // less the sheet's own "add"
  };
  const forms = FORM_IDS.filter((id) => id !== "policy");

  test.each(forms.map((id) => [id]))("%s: at most 400 operations and 64 KB at 10, 1,000 and 10,000 employees, the same operations whatever N", async (id) => {
    const runs = [await layoutOf(id, 10), await layoutOf(id, 1_000), await layoutOf(id, 10_000)];
    for (const r of runs) {
      expect(r.ops).toBeLessThanOrEqual(400);
      expect(r.bytes).toBeLessThanOrEqual(64 * 1024);
    }
    expect(new Set(runs.map((r) => r.ops)).size).toBe(1);
  });

  test("the policy sheet (written once per workbook): its hidden lookups and checks are about 115 KB of formulas by themselves; under 500 operations and 200 KB", async () => {
    const r = await layoutOf("policy", 1);
    expect(r.ops).toBeLessThanOrEqual(500);
    expect(r.bytes).toBeLessThanOrEqual(200 * 1024);
  });

  test("one font for the sheet; a roster's rows are formatted by whole columns, never cell by cell", async () => {
    const host = new MemoryWorkbook();
    const plan = planForm("salesMonthly", { lang: "zh-TW", count: 500 });
    queuePlan(host.context.workbook.worksheets.add("S"), plan, "zh-TW");
    await host.context.sync();
    const ops = host.requests[0];
    expect(ops.filter((o) => o.o === "format.font.name")).toEqual([{ t: "range A1:XFD1048576", o: "format.font.name", a: "Microsoft JhengHei" }]);
    let inRoster = 0;
    for (const o of ops.filter((x) => x.o.startsWith("format.") || x.o === "numberFormat")) {
      const m = /^range [A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(o.t);
      if (!m) continue;
      const top = Number(m[1]);
      if (top < plan.roster!.firstRow || top > plan.roster!.lastRow) continue;
      inRoster++;
      expect([o.t, top, Number(m[2])]).toEqual([o.t, plan.roster!.firstRow, plan.roster!.lastRow]);
    }
    expect(inRoster).toBeGreaterThan(0);
  });
});

describe("protection (issue 7 row 14) and print", () => {
  test("formulas locked, inputs and the employees' data editable, the sheet protected without a password; sorting and filtering allowed", async () => {
    const host = new MemoryWorkbook();
    const r = await writeForm(host.context, "salesMonthly", { lang: "zh-CN", rows: employees(3) });
    const s = host.sheet(r.sheetName)!;
    expect(s.protection).toEqual({ allowAutoFilter: true, allowSort: true, allowFormatColumns: true, allowFormatRows: true });
    const plan = planForm("salesMonthly", { lang: "zh-CN", rows: employees(3) });
    const first = plan.roster!.firstRow;
    const at = (key: string) => `${colLetter(plan.roster!.colOf[key])}${first}`;
    const ws = host.context.workbook.worksheets.getItem(r.sheetName);
    ws.getRange(at("totalPay")).values = [[8000]];
    ws.getRange(at("name")).values = [["改名"]];
    await host.context.sync();
    expect(host.cell(r.sheetName, at("totalPay"))?.value).toBe(8000);
    ws.getRange(at("pay")).values = [[1]];
    await expect(host.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    ws.getRange("A1").values = [["x"]];
    await expect(host.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test.each(FORM_IDS.map((id) => [id]))("%s: one data validation per range, no cell has two", async (id) => {
    const host = new MemoryWorkbook();
    const r = await writeForm(host.context, id, { lang: "zh-CN", count: 20, existing: { sheetNames: [], names: [] } });
    const cells = new Map<string, string>();
    for (const v of host.sheet(r.sheetName)!.validations) {
      const [a, b = a] = v.range.split(":");
      const p = /([A-Z]+)(\d+)/.exec(a)!;
      const q = /([A-Z]+)(\d+)/.exec(b)!;
      for (let row = Number(p[2]); row <= Number(q[2]); row++) for (let c = colNumber(p[1]); c <= colNumber(q[1]); c++) {
        const key = `${colLetter(c)}${row}`;
        expect([key, cells.get(key)]).toEqual([key, undefined]);
        cells.set(key, v.range);
      }
    }
    expect(id === "policy" || cells.size > 0).toBe(true);
  });

  test("print: A3 when asked; a wide roster repeats its title columns, breaks between column groups, and its detail columns are outlined", async () => {
    const host = new MemoryWorkbook();
    const r = await writeForm(host.context, "salesMonthly", { lang: "zh-CN", count: 5, paper: "A3" });
    const s = host.sheet(r.sheetName)!;
    const plan = planForm("salesMonthly", { lang: "zh-CN", count: 5, paper: "A3" });
    expect(s.pageLayout).toMatchObject({ paperSize: "A3", orientation: "Landscape", printTitleColumns: "$A:$C", printArea: plan.printArea, zoom: { scale: plan.print.scale } });
    expect(plan.print.scale).toBeGreaterThanOrEqual(80);
    expect(s.pageBreaks).toEqual(plan.print.colBreaks!.map((c) => `${colLetter(c + 1)}1`));
    expect(s.outline).toEqual(plan.outline!.cols.map((g) => `${colLetter(g.from)}:${colLetter(g.to)}`));
  });
});

describe("a request that fails (issue 7 row 7)", () => {
  /** The workbook as the user sees it: sheets with their cells, and the names. */
  const snapshot = (host: MemoryWorkbook) => JSON.stringify({ sheets: host.sheets.map((s) => [s.name, [...s.cells]]), names: [...host.names] });
  const setUp = () => {
    const host = new MemoryWorkbook();
    host.addSheet("Sheet1", { A1: "keep me", B2: 42 });
    return host;
  };
  const big = (n: number) => Array.from({ length: n }, (_, i) => [`E${i}`, "很长的名字".repeat(40), "很长的部门".repeat(40)]);
  const cases: [string, (host: MemoryWorkbook) => Promise<unknown>][] = [
    ["a fresh workbook (read, then one write)", (host) => writeForm(host.context, "salesMonthly", { lang: "zh-CN", rows: employees(20) })],
    ["data over several syncs", (host) => writeForm(host.context, "annualSummary", { lang: "zh-CN", rows: big(Math.ceil((DATA_BUDGET_BYTES * 1.3) / 1200)), existing: { sheetNames: ["Sheet1"], names: [] } })],
    ["a workbook with a policy sheet and its names", (host) => writeForm(host.context, "csPay", { lang: "zh-CN" })],
  ];

  test.each(cases.map((c, i) => [c[0], i] as const))("%s: failing on any sync, at its first, middle or last operation, leaves the workbook as it was", async (_, k) => {
    const write = cases[k][1];
    const prepare = async (host: MemoryWorkbook) => { if (k === 2) { await writeForm(host.context, "policy", { lang: "zh-CN" }); host.requests.length = 0; } };
    const clean = setUp();
    await prepare(clean);
    const start = clean.syncs;
    await write(clean);
    const perSync = clean.requests.map((r) => r.length);
    let failed = 0;
    for (let sync = 1; sync <= perSync.length; sync++) {
      for (const after of [...new Set([0, Math.floor(perSync[sync - 1] / 2), Math.max(0, perSync[sync - 1] - 1)])]) {
        const host = setUp();
        await prepare(host);
        const before = snapshot(host);
        host.failSync(start + sync, after);
        const error = await write(host).then(() => undefined, (e: unknown) => e);
        expect(error).toBeDefined();
        failed++;
        expect(snapshot(host)).toBe(before);
        if (error instanceof FormWriteError) {
          expect(error.left).toEqual({ sheets: [], names: [] });
          expect(error.message).toMatch(/^生成表单失败（GeneralException: injected failure (at operation \d+ of|after the operations of) sync \d+）；本次添加的工作表和名称已全部删除，工作簿未改变。$/);
        } else {
          expect(String(error)).toMatch(/injected failure/); // a failure while reading: nothing was added
        }
      }
    }
    expect(failed).toBeGreaterThanOrEqual(perSync.length);
  });

  test("when the clean-up fails too, the message names what was left, in the user's language", async () => {
    const host = setUp();
    host.failSync(2, 5); // the write
    host.failSync(3, 0); // reading what is there
    const error = await writeForm(host.context, "csMonthly", { lang: "en" }).then(() => undefined, (e: unknown) => e) as FormWriteError;
    expect(error).toBeInstanceOf(FormWriteError);
    expect(error.left).toEqual({ sheets: ["Rules", "Customer service ranking"], names: expect.arrayContaining(["KH_policyOk"]) as string[] });
    expect(error.message).toMatch(/^The form could not be created \(GeneralException: injected failure at operation 6 of sync 2\); what it added could not be removed — please delete, where they exist: sheets Rules、Customer service ranking；names KH_/);
  });
});

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
