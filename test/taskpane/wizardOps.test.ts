/**
 * What the wizard does with the workbook (src/taskpane/areas/evaluate/ops.ts and around.ts),
 * step by step against the in-memory Excel, as the pane calls it: every other sheet is
 * compared before and after each step (Start and Review read only; Create adds its sheets;
 * Enter changes the typed cell; Finalize and Reopen touch the log and the month's
 * protection), and what each step shows — the roster's problems with their cells, the
 * sheet's own validation, the ranking with ties, the flags with the cells they select.
 */
import { evaluateMonth, monthSheetName, SCHEMES } from "../../src/cycle";
import { createMonthSheet, type XMonthContext } from "../../src/workbook/month";
import { DEFAULT_POLICY, type Lang } from "../../src/rules";
import { lookAround } from "../../src/taskpane/areas/evaluate/around";
import * as ops from "../../src/taskpane/areas/evaluate/ops";
import type { RunBatch } from "../../src/taskpane/host";
import type { MonthKey } from "../../src/workbook/monthModel";
import { MemoryWorkbook } from "../support/memoryHost";

const runOf = (host: MemoryWorkbook): RunBatch => (batch) => batch(host.context);
const NAMES = { pasted: "pasted", selection: "the selection" };

/** Every sheet but `except`, with its cells, names, formats, tables, charts and protection. */
function fingerprint(host: MemoryWorkbook, except: readonly string[] = []): string {
  const skip = new Set(except);
  return JSON.stringify({
    sheets: host.sheets.filter((s) => !skip.has(s.name)).map((s) => ({ ...s, cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)), names: [...s.names] })),
    tables: host.tables.filter((t) => !skip.has(t.sheet.name)).map((t) => ({ ...t, sheet: t.sheet.name, calculated: [...t.calculated] })),
    names: [...host.names].filter(([, ref]) => ![...skip].some((name) => ref.includes(`'${name}'!`))),
  });
}

function rosterHost(lang: Lang = "zh-CN"): MemoryWorkbook {
  const host = new MemoryWorkbook();
  const h = (k: string) => SCHEMES.store.headers[k][lang];
  // A title and a blank row above the header; the roster holds inputs too (a store month).
  host.setCells("名单", {
    A1: "门店客服 11 月", A3: h("id"), B3: h("name"), C3: h("dept"), D3: h("self"), E3: h("mgr"), F3: h("perfBase"), G3: "备注",
    A4: "C01", B4: "甲", C4: "一店", D4: 90, E4: 90, F4: 2000,
    A5: "C02", B5: "乙", C5: "一店", D5: 80, E5: 80, F5: 2000,
    A6: "C03", B6: "丙", C6: "一店", D6: 80, E6: 80, F6: 2000,
    A7: "C04", B7: "丁", C7: "一店", D7: 50, E7: 50, F7: 2000,
  });
  host.select("名单", "B5");
  return host;
}

const key = (lang: Lang = "zh-CN"): MonthKey => ({ scheme: "store", month: "2026-11", lang, policy: DEFAULT_POLICY });

describe("the wizard's operations, step by step", () => {
  test("start reads (nothing changes); create adds its sheets; enter changes one cell; review reads; finalize and reopen touch the log and the month's protection", async () => {
    const host = rosterHost();
    const run = runOf(host);
    const sheet = monthSheetName("store", "2026-11", "zh-CN");

    // Start: where the month stands, the roster from one selected cell (its whole sheet).
    let before = fingerprint(host);
    expect(await lookAround(run, "store", "2026-11")).toEqual({ month: "2026-11", monthSheet: undefined, previousSheet: undefined });
    const roster = await ops.readRoster(run, key(), { kind: "selection" }, NAMES);
    expect(fingerprint(host)).toBe(before);
    expect(roster.employees.map((e) => e.id)).toEqual(["C01", "C02", "C03", "C04"]);
    expect(roster.where).toBe("名单!A1:G7");
    expect(roster.inputColumns).toBe(3);
    expect(roster.warnings).toEqual(["忽略无法识别的列：备注"]);
    expect(roster.problems).toEqual([]);

    // Create.
    before = fingerprint(host);
    const created = await ops.createMonth(run, ops.evaluateRoster(key(), roster), null);
    expect(created).toMatchObject({ sheet, created: true, policySheet: "规则" });
    expect(fingerprint(host, [sheet, "规则"])).toBe(before);
    expect(await lookAround(run, "store", "2026-11")).toEqual({ month: "2026-11", monthSheet: sheet, previousSheet: undefined });

    // Review (read only): H-4 ranking in the department, ties share a place; flags with their cells.
    before = fingerprint(host);
    let view = (await ops.readMonth(run, key()))!;
    expect(fingerprint(host)).toBe(before);
    const ranking = ops.rankingOf(view, "zh-CN")!;
    expect(ranking.byDept).toBe(true);
    expect(ranking.lines.map((l) => [l.place, l.id])).toEqual([[1, "C01"], [2, "C02"], [2, "C03"], [4, "C04"]]);
    const flags = ops.flagsOf(view);
    expect(flags.filter((f) => f.id === "C04").map((f) => f.rule)).toEqual(["H-5", "H-4", "H-4"]); // under the pass mark, last place, improvement plan
    const reviewCol = view.colOf.review;
    expect(flags.find((f) => f.id === "C04")!.cell).toBe(`${String.fromCharCode(64 + reviewCol)}9`);

    // Enter: the sheet's own validation and the core's; a valid value changes only its cell.
    const id = "C02";
    expect(ops.checkInput(view, id, "selfScore", "120").problem).toMatch(/自评分.*120.*0–100/);
    expect(ops.checkInput(view, id, "performanceBase", "-5").problem).toMatch(/绩效基数/);
    const ok = ops.checkInput(view, id, "selfScore", "85");
    expect(ok).toEqual({ value: 85, problem: undefined });
    const cell = ops.inputCell(view, id, "selfScore")!;
    before = fingerprint(host, [sheet]);
    const rest = JSON.stringify(Object.entries(host.snapshot(sheet)).filter(([a]) => a !== cell));
    await ops.saveInput(run, view, cell, ok.value);
    expect(fingerprint(host, [sheet])).toBe(before);
    expect(JSON.stringify(Object.entries(host.snapshot(sheet)).filter(([a]) => a !== cell))).toBe(rest);
    view = (await ops.readMonth(run, key()))!;
    expect(ops.rankingOf(view, "zh-CN")!.lines.map((l) => [l.place, l.id])).toEqual([[1, "C01"], [2, "C02"], [3, "C03"], [4, "C04"]]); // (85+80)/2 > 80
    // The steps of the shown employee, from the core.
    expect(ops.explanation(view, "C02", "zh-CN").map((c) => c.name)).toEqual(["HR.考评得分", "HR.绩效工资", "HR.排名奖罚", "HR.排名提示"]);

    // Finalize and reopen.
    expect(ops.blockers(view, [])).toEqual([]);
    before = fingerprint(host, [sheet]);
    const cells = JSON.stringify(host.snapshot(sheet));
    const done = await ops.finalize(run, view, "刘经理", [], new Date(2026, 11, 1, 9, 30));
    expect(done).toMatchObject({ ok: true, log: "考核记录" });
    if (!done.ok) return;
    expect(fingerprint(host, [sheet, done.payList!, "考核记录"])).toBe(before);
    expect(JSON.stringify(host.snapshot(sheet))).toBe(cells);
    view = (await ops.readMonth(run, key()))!;
    expect([view.locked, view.log]).toEqual([true, { action: "finalize", at: "2026-12-01 09:30", by: "刘经理", reason: "" }]);
    before = fingerprint(host, [sheet, "考核记录"]);
    expect(await ops.reopen(run, view, "", "补录", new Date())).toEqual({ ok: false, problems: [{ message: "须填写重新打开的操作人姓名" }] });
    expect(await ops.reopen(run, view, "刘经理", "补录", new Date(2026, 11, 2, 8, 0))).toEqual({ ok: true });
    expect(fingerprint(host, [sheet, "考核记录"])).toBe(before);
    expect(JSON.stringify(host.snapshot(sheet))).toBe(cells);
    view = (await ops.readMonth(run, key()))!;
    expect([view.locked, view.log?.action, view.log?.reason]).toEqual([false, "reopen", "补录"]);
  });

  test("a finalize is refused with each problem and the cell to fix; an exclusion needs a reason", async () => {
    const host = rosterHost("en");
    host.setCells("名单", { D6: null }); // C03 has no self-review
    const run = runOf(host);
    const k = key("en");
    await ops.createMonth(run, ops.evaluateRoster(k, await ops.readRoster(run, k, { kind: "selection" }, NAMES)), null);
    const view = (await ops.readMonth(run, k))!;
    const open = ops.blockers(view, []);
    expect(open.map((p) => [p.id, p.cell])).toEqual([["C03", `${String.fromCharCode(64 + view.colOf.self)}8`]]);
    expect(open[0].message).toMatch(/^C03 丙: incomplete \(Self-review is blank/);
    const refused = await ops.finalize(run, view, "Liu", [{ id: "C03", reason: " " }], new Date());
    expect(refused).toEqual({ ok: false, problems: [{ id: "C03", message: "excluding C03 needs a reason" }, { id: "C03", key: "selfScore", message: open[0].message }] });
    expect(host.sheets.map((s) => s.name)).toEqual(["名单", "Rules", "Store evaluation 2026-11"]); // nothing written
    const done = await ops.finalize(run, view, "Liu", [{ id: "C03", reason: "on leave" }], new Date());
    expect(done.ok).toBe(true);
  });

  test("the roster from pasted text or from last month's sheet; a selection that holds nothing reads nothing", async () => {
    const host = new MemoryWorkbook();
    host.setCells("Sheet1", { A1: "x" });
    host.select("Sheet1", "D10:E12");
    const run = runOf(host);
    const k: MonthKey = { scheme: "sales", month: "2026-11", lang: "zh-TW", policy: DEFAULT_POLICY };
    expect(await ops.readRoster(run, k, { kind: "selection" }, NAMES)).toMatchObject({ employees: [], where: "the selection" });
    const pasted = await ops.readRoster(undefined, k, { kind: "paste", text: "工號,姓名\r\nS1,\"王, 偉\"\r\nS2,李\r\n" }, NAMES);
    expect(pasted.employees.map((e) => [e.id, e.name])).toEqual([["S1", "王, 偉"], ["S2", "李"]]);
    // Last month's sheet: its people, not their inputs; this month gets the carry-forward.
    const october = { ...pasted, employees: pasted.employees.map((e, i) => ({ ...e, values: i === 0 ? { fault3: 2, totalPay: 9000, completionRate: 1 } : {} })) };
    await ops.createMonth(run, ops.evaluateRoster({ ...k, month: "2026-10" }, october), null);
    const next = await ops.readRoster(run, k, { kind: "previous" }, NAMES);
    expect(next.where).toBe(monthSheetName("sales", "2026-10", "zh-TW"));
    expect(next.employees.map((e) => [e.id, e.values])).toEqual([["S1", {}], ["S2", {}]]);
    expect(next.previousSheet).toBe(next.where);
    expect(next.previous?.get("S1")?.values?.fault3).toBe(2);
  });
});

test("a rate shows as HR types it (80%), and reads back as the same 0.8", async () => {
  const host = new MemoryWorkbook();
  host.addSheet("Sheet1");
  const k: MonthKey = { scheme: "sales", month: "2026-11", lang: "zh-CN", policy: DEFAULT_POLICY };
  const people = [{ id: "S001", name: "王伟", dept: null, values: { totalPay: 10000, completionRate: 0.8 } }, { id: "S002", name: "李芳", dept: null, values: { totalPay: 9000, completionRate: 0.075 } }];
  await createMonthSheet(host.context as unknown as XMonthContext, evaluateMonth(people, k), { policySheet: null });
  const view = (await ops.readMonth(runOf(host), k))!;
  const rate = (id: string) => ops.fieldsOf(view, id, "zh-CN").find((f) => f.key === "completionRate")!.text;
  expect([rate("S001"), rate("S002")]).toEqual(["80%", "7.5%"]);
  expect(ops.checkInput(view, "S001", "completionRate", rate("S001")).value).toBe(0.8);
  expect(ops.checkInput(view, "S002", "completionRate", rate("S002")).value).toBe(0.075);
});
