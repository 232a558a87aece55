/**
 * The month in the open workbook (src/workbook/month.ts) against the in-memory Excel:
 * the whole cycle in three languages — create, enter, review, finalize, reopen, next
 * month carries forward — with every other sheet compared before and after each step;
 * sync and byte budgets at 10, 1,000 and 10,000 employees; a failure half-way leaves
 * nothing behind.
 *
 * Figures: S001 is the rulebook's worked example — 2 dealer faults (F-6: 5 points each →
 * daily score 90), absences 1, 0.5, 0.5 (F-4 → attendance 88), monthly 90 × 0.7 + 88 × 0.3
 * = 89.4 (F-3), pay on 10,000 at 80 % completion with daily score 90 = 5,000 + 2,800 + 1,350
 * = 9,150 (F-10).
 */
import {
  evaluateMonth, finalizeMonth, inputsSha256, LOG_TABLE, monthSheetName, readTable, mergeTables, reopenMonth, SCHEMES, tableName,
  type Employee, type MonthResult, type SchemeId,
} from "../../src/cycle";
import { DEFAULT_POLICY, LANGS, POLICY_SHEET_NAMES, type Lang } from "../../src/rules";
import {
  createMonthSheet, CYCLE_MARKER, finalizeMonthSheet, MonthWriteError, readMonthSheet, reopenMonthSheet, writeInput, writeSummary,
  type XMonthContext,
} from "../../src/workbook/month";
import { cellOf, columnOfInput, logState, monthFromSheet, previousFromSheet, type MonthKey } from "../../src/workbook/monthModel";
import { writeForm } from "../../src/workbook/officeWriter";
import { HostError, MemoryWorkbook } from "../support/memoryHost";

const LIMIT = 5 * 1024 * 1024;
const ctx = (host: MemoryWorkbook) => host.context as unknown as XMonthContext;

/** Everything about the sheets not in `except`: cells, names, formats, tables, charts, protection. */
function fingerprint(host: MemoryWorkbook, except: readonly string[] = []): string {
  const skip = new Set(except.map((s) => s.toLowerCase()));
  const sheets = host.sheets.filter((s) => !skip.has(s.name.toLowerCase())).map((s) => ({
    ...s, cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)), names: [...s.names],
  }));
  const tables = host.tables.filter((t) => !skip.has(t.sheet.name.toLowerCase())).map((t) => ({ ...t, sheet: t.sheet.name, calculated: [...t.calculated] }));
  return JSON.stringify({ sheets, tables, names: [...host.names].filter(([, ref]) => ![...skip].some((s) => ref.toLowerCase().includes(s))) });
}

/** A sheet's cells other than `except` (A1 addresses). */
function cellsBut(host: MemoryWorkbook, sheet: string, except: readonly string[] = []): string {
  const snap = host.snapshot(sheet);
  for (const a of except) delete snap[a];
  return JSON.stringify(snap);
}

const ROSTER_HEADERS: Record<Lang, string[]> = { "zh-CN": ["工号", "姓名", "部门"], "zh-TW": ["工號", "姓名", "部門"], en: ["ID", "Name", "Department"] };

/** The user's roster sheet: a title row, the header on row 3, three salespeople. */
function rosterSheet(host: MemoryWorkbook, lang: Lang): void {
  const [id, name, dept] = ROSTER_HEADERS[lang];
  host.addSheet("Roster", { A1: "2026", A3: id, B3: name, C3: dept, A4: "S001", B4: "王伟", C4: "华东区", A5: "S002", B5: "李芳", C5: "华南区", A6: "S003", B6: "张三", C6: "华东区" });
}

/** Start: the roster from the user's sheet, read by its header words. */
function startFrom(host: MemoryWorkbook, lang: Lang, scheme: SchemeId): Employee[] {
  const grid = host.values("Roster");
  const merged = mergeTables(readTable(grid, scheme, { lang, source: "Roster" }), undefined, scheme, lang);
  expect(merged.problems).toEqual([]);
  return merged.employees;
}

async function review(host: MemoryWorkbook, key: MonthKey) {
  const syncs = host.syncs;
  const read = await readMonthSheet(ctx(host), key.scheme, key.month);
  expect(host.syncs - syncs).toBeLessThanOrEqual(2);
  if (!read) throw new Error("no month sheet");
  return { read, m: monthFromSheet(read, key) };
}

describe.each(LANGS)("%s: the whole cycle", (lang) => {
  test("create, enter, review, finalize (refused, then with an exclusion), reopen, next month carries forward", async () => {
    const host = new MemoryWorkbook();
    rosterSheet(host, lang);
    host.select("Roster", "A3:C6");
    const key: MonthKey = { scheme: "sales", month: "2026-11", lang, policy: DEFAULT_POLICY };
    const sheet = monthSheetName("sales", "2026-11", lang);

    // ── Create ──
    let before = fingerprint(host);
    const created = await createMonthSheet(ctx(host), evaluateMonth(startFrom(host, lang, "sales"), key), { policySheet: null });
    expect(created).toMatchObject({ sheet, created: true, policySheet: POLICY_SHEET_NAMES[lang] });
    expect(created.syncs).toBe(3);
    expect(fingerprint(host, [sheet, POLICY_SHEET_NAMES[lang]])).toBe(before);
    expect(host.active?.sheet).toBe(sheet);
    const table = host.table(tableName("sales", "2026-11"))!;
    expect(table.sheet.name).toBe(sheet);
    expect(table.rect.bottom - table.rect.top).toBe(3); // header + 3 employees
    // Calculated columns: one formula over each result column's whole data body.
    const header = host.values(sheet)[table.rect.top - 1];
    const colOfHeader = (h: string) => header.indexOf(h);
    expect(table.calculated.get(colOfHeader(SCHEMES.sales.headers.pay[lang]))?.formula).toMatch(/^=.*KH_sales_202611\[\[#This Row\],/);

    // Creating the same month again opens it and writes nothing.
    before = fingerprint(host);
    const again = await createMonthSheet(ctx(host), evaluateMonth(startFrom(host, lang, "sales"), key), { policySheet: { name: POLICY_SHEET_NAMES[lang], layout: "current" } });
    expect(again).toEqual({ sheet, created: false, syncs: 2 });
    expect(fingerprint(host)).toBe(before);

    // ── Enter: S001's inputs typed in the pane (one sync each) ──
    let { m } = await review(host, key);
    const typed: [string, number][] = [["fault1", 2], ["absence1", 1], ["absence2", 0.5], ["absence3", 0.5], ["totalPay", 10000], ["completionRate", 0.8]];
    for (const [input, value] of typed) {
      const cell = cellOf(m, "S001", columnOfInput("sales", input)!)!;
      const others = fingerprint(host, [sheet]);
      const rest = cellsBut(host, sheet, [cell]);
      const syncs = host.syncs;
      await writeInput(ctx(host), sheet, cell, value);
      expect(host.syncs - syncs).toBe(1);
      expect([fingerprint(host, [sheet]), cellsBut(host, sheet, [cell])]).toEqual([others, rest]);
      expect(host.snapshot(sheet)[cell].value).toBe(value);
    }
    // A user types S003's pay straight into the sheet (the pane follows by reading again).
    host.edit(sheet, { [cellOf(m, "S003", "totalPay")!]: 8000, [cellOf(m, "S003", "completion")!]: 1 });

    // ── Review: read back through the core ──
    before = fingerprint(host);
    ({ m } = await review(host, key));
    expect(fingerprint(host)).toBe(before);
    const s001 = m.month.rows.find((r) => r.id === "S001")!;
    expect(s001.results).toMatchObject({ dailyScore: 90, attendanceScore: 88, monthlyScore: 89.4, pay: 9150 });
    expect(m.month.rows.find((r) => r.id === "S002")!.complete).toBe(false); // no total pay, no completion rate
    expect(m.month.summary).toMatchObject({ employees: 3, complete: 2, incomplete: 1 });

    // The summary sheet: figures over the table and a native chart of the bands.
    before = fingerprint(host);
    const summary = await writeSummary(ctx(host), m.month, "2026-12-01 09:30");
    expect(fingerprint(host, [summary.sheet])).toBe(before);
    const chart = host.sheet(summary.sheet)!.charts[0];
    expect(chart).toMatchObject({ type: "ColumnClustered", seriesBy: "Columns", legend: false });
    const bandsTitle = Object.values(host.snapshot(summary.sheet)).find((c) => String(c.value).includes(SCHEMES.sales.headers.monthly[lang]))?.value;
    expect(chart.title).toBe(bandsTitle);
    expect(host.sheet(summary.sheet)!.names.get(CYCLE_MARKER)).toBe('="summary"');
    // Again: our own summary is replaced, not duplicated.
    const summary2 = await writeSummary(ctx(host), m.month, "2026-12-01 09:45");
    expect(summary2).toMatchObject({ sheet: summary.sheet, replaced: true });
    expect(host.sheets.filter((s) => s.name.startsWith(summary.sheet))).toHaveLength(1);

    // ── Finalize: refused while S002 is incomplete, then with S002 excluded ──
    const refused = finalizeMonth(m.month, { by: "刘经理", at: "2026-12-02 10:00" });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems.map((p) => p.id)).toEqual(["S002", "S002"]);
    const final = finalizeMonth(m.month, { by: "刘经理", at: "2026-12-02 10:00", excluded: [{ id: "S002", reason: "产假" }] });
    if (!final.ok) throw new Error("refused");
    before = fingerprint(host, [sheet]);
    const monthCells = cellsBut(host, sheet);
    const done = await finalizeMonthSheet(ctx(host), m.month, final);
    expect(fingerprint(host, [sheet, done.payList!, done.log])).toBe(before);
    expect(cellsBut(host, sheet)).toBe(monthCells);
    expect(host.sheet(sheet)!.protection).toMatchObject({ allowAutoFilter: true, allowSort: true });
    const pay = host.values(done.payList!);
    expect(pay.find((r) => r[0] === "S001")?.[3]).toBe(9150);
    expect(pay.some((r) => r[0] === "S002")).toBe(false);
    const log = host.table(LOG_TABLE)!;
    const logRows = host.values(log.sheet.name).slice(log.rect.top); // data rows
    expect(logRows).toHaveLength(1);
    expect(logRows[0][2]).toBe("2026-11"); // the month stays text
    expect(logRows[0][11]).toBe(inputsSha256(m.month));
    // The month is locked: typing into it is refused, reading it says so.
    await expect(writeInput(ctx(host), sheet, cellOf(m, "S002", "totalPay")!, 9000)).rejects.toMatchObject({ code: "AccessDenied" });
    ({ m } = await review(host, key));
    expect(m.locked).toBe(true);
    const read = await readMonthSheet(ctx(host), "sales", "2026-11");
    expect(logState(read!.log, "sales", "2026-11")).toMatchObject({ action: "finalize", by: "刘经理", at: "2026-12-02 10:00" });
    await expect(finalizeMonthSheet(ctx(host), m.month, final)).rejects.toMatchObject({ code: "AccessDenied" });

    // ── Reopen with a reason ──
    const reopen = reopenMonth({ scheme: "sales", month: "2026-11", policyVersion: DEFAULT_POLICY.version, by: "刘经理", reason: "=补录 S002", at: "2026-12-03 08:00", lang });
    if (!reopen.ok) throw new Error("refused");
    before = fingerprint(host, [log.sheet.name, sheet]);
    const logBefore = host.values(log.sheet.name);
    await reopenMonthSheet(ctx(host), "sales", "2026-11", reopen.log, lang, DEFAULT_POLICY);
    expect(fingerprint(host, [log.sheet.name, sheet])).toBe(before);
    expect(cellsBut(host, sheet)).toBe(monthCells);
    expect(host.sheet(sheet)!.protection).toBeUndefined();
    const logAfter = host.values(log.sheet.name);
    expect(logAfter.slice(0, logBefore.length)).toEqual(logBefore);
    expect(logAfter[logAfter.length - 1][10]).toBe("=补录 S002"); // text, not a formula
    const again2 = await readMonthSheet(ctx(host), "sales", "2026-11");
    expect(logState(again2!.log, "sales", "2026-11")).toMatchObject({ action: "reopen", reason: "=补录 S002" });

    // ── Next month from this one: carry-forward read from last month's sheet ──
    const dec: MonthKey = { ...key, month: "2026-12" };
    const previous = previousFromSheet(again2!, key);
    before = fingerprint(host);
    const next = await createMonthSheet(ctx(host), evaluateMonth(startFrom(host, lang, "sales"), { ...dec, previous }), { policySheet: { name: POLICY_SHEET_NAMES[lang], layout: "current" } });
    expect(next.syncs).toBe(2); // the policy sheet is there: one read, one write
    expect(fingerprint(host, [next.sheet])).toBe(before);
    const { m: d } = await review(host, dec);
    const s001Dec = d.month.rows.find((r) => r.id === "S001")!;
    expect(s001Dec.inputs.repeated1).toBe(true); // F-7: fault 1 was above 0 last month
    expect(s001Dec.inputs.repeated2).toBeNull();
    expect(s001Dec.previousScore).toBe(89.4);
    expect(d.month.rows.find((r) => r.id === "S002")!.previousScore).toBeNull(); // incomplete last month
  });
});

describe("store: the last-place streak carries into the next month (H-4)", () => {
  test("last twice in a row: 2 months; a new employee starts clean", async () => {
    const host = new MemoryWorkbook();
    host.addSheet("Sheet1");
    const people = (scores: [string, number][]): Employee[] => scores.map(([id, s]) => ({ id, name: id, dept: null, values: { selfScore: s, managerScore: s, performanceBase: 2000 } }));
    const nov: MonthKey = { scheme: "store", month: "2026-11", lang: "zh-CN", policy: DEFAULT_POLICY };
    await createMonthSheet(ctx(host), evaluateMonth(people([["C1", 90], ["C2", 80], ["C3", 70]]), nov), { policySheet: null });
    const read = (await readMonthSheet(ctx(host), "store", "2026-11"))!;
    expect(monthFromSheet(read, nov).month.rows.map((r) => r.results.lastPlaceMonths)).toEqual([0, 0, 1]);
    const dec = { ...nov, month: "2026-12" };
    await createMonthSheet(ctx(host), evaluateMonth(people([["C1", 90], ["C3", 60], ["C4", 50]]), { ...dec, previous: previousFromSheet(read, nov) }), { policySheet: { name: "规则", layout: "current" } });
    const d = monthFromSheet((await readMonthSheet(ctx(host), "store", "2026-12"))!, dec).month;
    expect(d.rows.map((r) => [r.id, r.previousLast, r.results.lastPlaceMonths])).toEqual([["C1", 0, 0], ["C3", 1, 0], ["C4", 0, 1]]);
  });
});

describe("budgets", () => {
  const employees = (n: number): Employee[] => Array.from({ length: n }, (_, i) => ({
    id: `E${String(i + 1).padStart(5, "0")}`, name: `员工${i + 1}`, dept: ["华东区", "华南区", "华北区"][i % 3],
    values: { fault1: i % 4, fault5: i % 3, repeated1: i % 7 === 0 ? "✓" : null, absence1: i % 5 === 0 ? 1 : null, totalPay: 8000 + (i % 50) * 100, completionRate: 0.8 + (i % 20) / 100, overPlanBonus: i % 9 === 0 ? 300 : null },
  }));

  test.each([10, 1000, 10000])("%i employees: creating ≤ 3 syncs (the policy sheet too), no request over 5 MB; reading back ≤ 2 syncs; finalizing and the summary stay under 5 MB a request", async (n) => {
    const host = new MemoryWorkbook();
    host.addSheet("Sheet1");
    const key: MonthKey = { scheme: "sales", month: "2026-11", lang: "zh-CN", policy: DEFAULT_POLICY };
    const created = await createMonthSheet(ctx(host), evaluateMonth(employees(n), key), { policySheet: null });
    expect([created.syncs, host.syncs]).toEqual([3, 3]);
    expect(Math.max(...host.requestBytes)).toBeLessThan(LIMIT);
    const syncs = host.syncs;
    const read = (await readMonthSheet(ctx(host), "sales", "2026-11"))!;
    expect(host.syncs - syncs).toBe(2);
    expect(Math.max(...host.responseBytes)).toBeLessThan(LIMIT);
    expect(read.values).toHaveLength(n + 1);
    const m = monthFromSheet(read, key).month;
    expect(m.summary.complete).toBe(n);
    await writeSummary(ctx(host), m, "2026-12-01 09:30");
    const final = finalizeMonth(m, { by: "HR", at: "2026-12-01 10:00" });
    if (!final.ok) throw new Error("refused");
    await finalizeMonthSheet(ctx(host), m, final);
    expect(Math.max(...host.requestBytes)).toBeLessThan(LIMIT);
    expect(host.values(`业务员工资单 2026-11`).filter((r) => /^E\d{5}$/.test(String(r[0])))).toHaveLength(n);
  }, 300_000);
});

test("the pay list's long body is written as blocks; IDs such as 007 stay text", async () => {
  const host = new MemoryWorkbook();
  host.addSheet("Sheet1");
  const key: MonthKey = { scheme: "sales", month: "2026-11", lang: "zh-CN", policy: DEFAULT_POLICY };
  const people: Employee[] = ["007", "0123", "S9"].map((id) => ({ id, name: id, dept: "2026-11", values: { totalPay: 10000, completionRate: 0.8 } }));
  await createMonthSheet(ctx(host), evaluateMonth(people, key), { policySheet: null });
  const m = monthFromSheet((await readMonthSheet(ctx(host), "sales", "2026-11"))!, key).month;
  expect(m.rows.map((r) => r.id)).toEqual(["007", "0123", "S9"]);
  const final = finalizeMonth(m, { by: "HR", at: "2026-12-01 10:00" });
  if (!final.ok) throw new Error("refused");
  const done = await finalizeMonthSheet(ctx(host), m, final);
  const rows = host.values(done.payList!).filter((r) => r[1] === r[0] && r[0] !== "");
  expect(rows.map((r) => r.slice(0, 3))).toEqual([["007", "007", "2026-11"], ["0123", "0123", "2026-11"], ["S9", "S9", "2026-11"]]);
  // Written as blocks: one values request for the three rows, not a value per cell.
  const valueWrites = host.requests.at(-1)!.filter((op) => op.o === "values" && JSON.stringify(op.a).includes("0123"));
  expect(valueWrites).toHaveLength(1);
});

describe("a failure half-way leaves nothing behind", () => {
  const key: MonthKey = { scheme: "sales", month: "2026-11", lang: "en", policy: DEFAULT_POLICY };
  const month = () => evaluateMonth([{ id: "S1", name: "A", dept: null, values: { totalPay: 9000, completionRate: 0.9 } }, { id: "S2", name: "B", dept: null, values: {} }], key);

  test("creating: the input values fail → the half-written month sheet is deleted; the error carries Excel's code", async () => {
    const host = new MemoryWorkbook();
    host.addSheet("Sheet1", { A1: "keep" });
    await writeForm(host.context, "policy", { lang: "en" });
    const before = fingerprint(host);
    host.failWhen = (op) => (op.o === "values" && JSON.stringify(op.a).includes("9000") ? "GeneralException" : undefined);
    const err = await createMonthSheet(ctx(host), month(), { policySheet: { name: POLICY_SHEET_NAMES.en, layout: "current" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MonthWriteError);
    expect(err).toMatchObject({ code: "GeneralException", left: [] });
    expect(fingerprint(host)).toBe(before);
    expect(host.table(tableName("sales", "2026-11"))).toBeUndefined();
  });

  test("finalizing: the log row fails → no pay list, the month unlocked again, the log unchanged", async () => {
    const host = new MemoryWorkbook();
    host.addSheet("Sheet1");
    await createMonthSheet(ctx(host), month(), { policySheet: null });
    const m = monthFromSheet((await readMonthSheet(ctx(host), "sales", "2026-11"))!, key).month;
    // A first finalize and reopen make the log table exist; the second finalize appends to it.
    const f1 = finalizeMonth(m, { by: "HR", at: "2026-12-01 10:00", excluded: [{ id: "S2", reason: "left" }] });
    if (!f1.ok) throw new Error("refused");
    await finalizeMonthSheet(ctx(host), m, f1);
    const r = reopenMonth({ scheme: "sales", month: "2026-11", policyVersion: "x", by: "HR", reason: "fix", at: "2026-12-01 11:00", lang: "en" });
    if (!r.ok) throw new Error("refused");
    await reopenMonthSheet(ctx(host), "sales", "2026-11", r.log, "en", DEFAULT_POLICY);
    const payList = host.sheets.find((s) => s.names.get(CYCLE_MARKER) === '="payList"')!.name;
    host.sheets.find((s) => s.name === payList)!.names.delete(CYCLE_MARKER); // the user made the old pay list their own
    const before = fingerprint(host);
    host.failWhen = (op) => (op.o === "rows.add" ? "GeneralException" : undefined);
    const err = await finalizeMonthSheet(ctx(host), m, f1).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "GeneralException", left: [] });
    expect(fingerprint(host)).toBe(before);
  });

  test("the memory host refuses what Excel refuses: a this-row reference outside a table, a table over merged cells, writing to a protected sheet", async () => {
    const host = new MemoryWorkbook();
    const ws = host.context.workbook.worksheets.add("S");
    ws.getRange("A1").formulas = [["=[@[ID]]*2"]];
    await expect(host.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    host.setCells("S", {});
    host.sheet("S")!.merges.push("A1:B1");
    (ctx(host).workbook.worksheets.getItem("S")).tables.add("A1:B3", true);
    await expect(host.context.sync()).rejects.toBeInstanceOf(HostError);
    host.sheet("S")!.protection = {};
    host.context.workbook.worksheets.getItem("S").getRange("C1").values = [[1]];
    await expect(host.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
