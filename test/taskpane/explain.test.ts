/**
 * Explain: reading a formula, reading the workbook (at most two syncs, counted by the
 * memory host) and what the pane shows — against the rules core's own figures.
 */
import { callRefs, hrCalls } from "../../src/taskpane/areas/explain/formula";
import { formFromHeaders, headerBand, recognizeForm } from "../../src/taskpane/areas/explain/forms";
import { explainView, type ExplainView } from "../../src/taskpane/areas/explain/model";
import { readExplain } from "../../src/taskpane/areas/explain/read";
import { DEFAULT_STATE, stateFromRead } from "../../src/functions/policySource";
import { colLetter, FORM_MARKER_NAME, planForm } from "../../src/forms";
import { DEFAULT_POLICY, policyToRows, type Lang } from "../../src/rules";
import { writeForm } from "../../src/workbook/officeWriter";
import { MemoryWorkbook } from "../support/memoryHost";
import { evaluateMonth, SCHEMES, type Employee } from "../../src/cycle";
import { createMonthSheet, readMonthSheet, type XMonthContext } from "../../src/workbook/month";
import { cellOf, monthFromSheet, type MonthKey } from "../../src/workbook/monthModel";

const calls = (f: string) => {
  const c = hrCalls(f);
  if (!c) throw new Error(`unreadable: ${f}`);
  return c;
};

describe("reading a formula", () => {
  test("an HR call by its id or either localized name, any case; references, ranges, constants, omitted arguments", () => {
    for (const f of ["=HR.SALESPAY(C2,D2,E2)", "=hr.salespay(C2, D2, E2)", "=HR.销售工资(C2,D2,E2)", "=HR.銷售薪資( C2 , D2 , E2 )"]) {
      const [c] = calls(f);
      expect(c.spec.id).toBe("SALESPAY");
      expect(c.args.map((a) => a.kind)).toEqual(["ref", "ref", "ref"]);
    }
    const [c] = calls(`=HR.SALESPAY('My sheet'!$C$2,Sheet2!D2:D2,80%,)`);
    expect(c.args).toEqual([
      { kind: "ref", sheet: "My sheet", range: "C2", text: "'My sheet'!$C$2" },
      { kind: "ref", sheet: "Sheet2", range: "D2:D2", text: "Sheet2!D2:D2" },
      { kind: "value", value: 0.8, text: "80%" },
      { kind: "omitted", text: "" },
    ]);
    expect(calls('=HR.ATTENDANCESCORE({1,0.5;-0.5,"x"})')[0].args[0]).toEqual({ kind: "array", rows: [[1, 0.5], [-0.5, "x"]], text: '{1,0.5;-0.5,"x"}' });
    expect(calls("=HR.OVERTIMEHOURS(B:B)")[0].args[0]).toMatchObject({ kind: "ref", range: "B:B" });
    expect(calls("=HR.APPROVER(TRUE)")[0].args[0]).toMatchObject({ kind: "value", value: true });
  });

  test("nested and surrounded calls: the outermost HR calls, a nested one as an argument; expressions are marked, not evaluated", () => {
    const found = calls("=ROUND(HR.MONTHLYSCORE(HR.SALESREPSCORE(B2:M2),C2*2),0)+HR.PERFPAY(2000,59)&\"x\"");
    expect(found.map((c) => c.spec.id)).toEqual(["MONTHLYSCORE", "PERFPAY"]);
    expect(found[0].args.map((a) => a.kind)).toEqual(["call", "expression"]);
    expect(found[0].args[1]).toEqual({ kind: "expression", text: "C2*2" });
    expect(callRefs(found[0]).map((r) => r.range)).toEqual(["B2:M2"]);
    expect(calls("=SUM(A1:A3)")).toEqual([]);
    expect(calls("=KH_score_full*2")).toEqual([]);
    expect(hrCalls("=HR.SALESPAY(C2")).toBeUndefined();
    expect(hrCalls('=HR.APPROVER("unterminated)')).toBeUndefined();
  });
});

/** A workbook with =HR.SALESPAY(C2,D2,E2) in F2 and C2:E2 = 10000, 80% (0.8 shown as a percentage), 90. */
function salesPayWorkbook(formula = "=HR.SALESPAY(C2,D2,E2)", value: number | string = 9150): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.setCells("Sheet1", { C2: 10000, D2: { value: 0.8, numberFormat: "0%" }, E2: 90, F2: { formula, value } });
  wb.select("Sheet1", "F2");
  return wb;
}

async function explain(wb: MemoryWorkbook, lang: Lang = "en", state = DEFAULT_STATE): Promise<{ view: ExplainView; syncs: number }> {
  const before = wb.syncs;
  const read = await readExplain(wb.context);
  return { view: explainView(read, state, lang), syncs: wb.syncs - before };
}

describe("Explain on an HR formula", () => {
  test("=HR.SALESPAY(C2,D2,E2) with C2:E2 = 10000, 80%, 90: 9150 and the F-10 steps with their figures, in two syncs", async () => {
    const { view, syncs } = await explain(salesPayWorkbook(), "en");
    expect(syncs).toBe(2);
    if (view.kind !== "calls") throw new Error(view.kind);
    expect(view).toMatchObject({ sheet: "Sheet1", cell: "F2", formula: "=HR.SALESPAY(C2,D2,E2)", shown: "9150" });
    expect(view.differs).toBeUndefined();
    const [c] = view.calls;
    expect(c.name).toBe("HR.SALESPAY");
    expect(c.inputs).toEqual([
      { label: "total pay", where: "C2", value: "10000" },
      { label: "plan completion rate", where: "D2", value: "0.8" },
      { label: "daily-work score", where: "E2", value: "90" },
      { label: "over-plan bonus", where: "omitted", value: "default 0" },
    ]);
    // RULEBOOK F-10 worked example: 5,000 + 10,000 × 35% × 80% + 10,000 × 15% × 90 ÷ 100 = 5,000 + 2,800 + 1,350 = 9,150.
    expect(c.result).toMatchObject({ kind: "value", value: "9150", raw: 9150 });
    if (c.result.kind !== "value") throw new Error("no value");
    expect(c.result.steps).toEqual([
      { rule: "F-10", text: "base = total pay × 0.5", value: "5000" },
      { rule: "F-10", text: "completion counted (capped at 1)", value: "0.8" },
      { rule: "F-10", text: "plan pay = total pay × 0.35 × completion", value: "2800" },
      { rule: "F-10", text: "daily-work pay = total pay × 0.15 × score ÷ 100", value: "1350" },
      { rule: "P-2", text: "money rounded to the cent, half away from zero", value: "9150" },
    ]);
  });

  test("the same under its Chinese name, in Chinese; a workbook policy's numbers are the ones used", async () => {
    const rows = policyToRows(DEFAULT_POLICY, "zh-CN").map((r) => [...r]);
    const at = (k: string) => rows.findIndex((r) => r[0] === k);
    rows[at("salesPay.baseShare")][1] = 0.6;
    rows[at("salesPay.planShare")][1] = 0.25;
    const state = stateFromRead({ sheet: "规则", rows });
    const { view } = await explain(salesPayWorkbook("=HR.销售工资(C2,D2,E2)"), "zh-CN", state);
    if (view.kind !== "calls" || view.calls[0].result.kind !== "value") throw new Error("no value");
    // 10000 × 0.6 + 10000 × 0.25 × 0.8 + 1350 = 6000 + 2000 + 1350 = 9350.
    expect(view.calls[0].name).toBe("HR.销售工资");
    expect(view.calls[0].result.value).toBe("9350");
    expect(view.calls[0].result.steps[0]).toEqual({ rule: "F-10", text: "基本工资 = 工资总额 × 0.6", value: "6000" });
    expect(view.differs).toBe("注意：Excel 显示 9150，按当前规则应为 9350。工作表可能尚未重算。");
  });

  test("a nested call is explained as an argument; an expression argument says plainly it is not evaluated", async () => {
    const wb = new MemoryWorkbook();
    wb.setCells("S", { B2: 1, C2: 0, D2: 0, E2: 0, F2: 1, G2: 0, H2: 0, I2: 0, J2: 1, K2: 0, L2: 0, M2: 0, N2: 88,
      O2: { formula: "=HR.MONTHLYSCORE(HR.SALESREPSCORE(B2:M2),N2)", value: 89.4 }, P2: { formula: "=HR.MONTHLYSCORE(N2*1,N2)", value: 88 } });
    wb.select("S", "O2");
    const { view, syncs } = await explain(wb);
    expect(syncs).toBe(2);
    if (view.kind !== "calls") throw new Error(view.kind);
    const [c] = view.calls;
    // SALESREPSCORE worked example: faults {1,0,0,0,1,0,0,0,1,0,0,0} → 90; MONTHLYSCORE: 90 × 0.7 + 88 × 0.3 = 63 + 26.4 = 89.4.
    expect(c.nested[0].result).toMatchObject({ kind: "value", value: "90" });
    expect(c.inputs[0]).toEqual({ label: "daily-work score", where: "from HR.SALESREPSCORE", value: "90" });
    expect(c.result).toMatchObject({ kind: "value", value: "89.4" });
    wb.select("S", "P2");
    const { view: v2 } = await explain(wb);
    if (v2.kind !== "calls") throw new Error(v2.kind);
    expect(v2.calls[0].result).toEqual({ kind: "unresolved", reasons: ["expression N2*1: the pane does not evaluate expressions; put it in a cell and refer to that"] });
  });

  test("an argument cell that holds an HR formula offers to explain it; errors are the function's own #VALUE! message", async () => {
    const wb = new MemoryWorkbook();
    wb.setCells("S", { A1: { formula: "=HR.REVIEWSCORE(80,90)", value: 87 }, B1: { formula: "=HR.PERFPAY(2000,A1)", value: 1740 }, C1: { formula: "=HR.PERFPAY(2000,105)", value: "#VALUE!" } });
    wb.select("S", "B1");
    const { view } = await explain(wb);
    if (view.kind !== "calls") throw new Error(view.kind);
    expect(view.calls[0].inputs[1]).toEqual({ label: "score", where: "A1", value: "87", note: "this cell uses an HR function itself", explain: { sheet: "S", cell: "A1" } });
    wb.select("S", "C1");
    const { view: v2 } = await explain(wb);
    if (v2.kind !== "calls") throw new Error(v2.kind);
    expect(v2.calls[0].result).toEqual({ kind: "error", message: "score: 105 is out of range; allowed 0–100" });
  });

  test("other cells say what they are and what Explain covers; one sync", async () => {
    const wb = new MemoryWorkbook();
    wb.setCells("S", { A1: 5, B1: { formula: "=SUM(A1:A3)", value: 5 } });
    for (const [cell, text] of [["A1", "A1 holds a typed value, not a formula."], ["B1", "B1's formula calls no HR function."], ["C9", "C9 is empty."]]) {
      wb.select("S", cell);
      const { view, syncs } = await explain(wb);
      expect(syncs).toBe(1);
      expect(view).toMatchObject({ kind: "none", text });
      if (view.kind === "none") expect(view.covers).toMatch(/^Explain covers any cell that uses an HR function and, on the evaluation forms, these columns: .*Pay/);
    }
  });

  test("an invalid policy: nothing is explained, the pane points to the problems", async () => {
    // An older (layout-1) policy sheet whose full marks are text.
    const rows = policyToRows(DEFAULT_POLICY, "zh-CN").map((r) => [...r]);
    rows[rows.findIndex((r) => r[0] === "score.full")][1] = "abc";
    const state = stateFromRead({ sheet: "规则", rows });
    const { view } = await explain(salesPayWorkbook(), "zh-CN", state);
    expect(view).toEqual({ kind: "policy", sheet: "规则" });
  });
});

describe("Explain on a generated form", () => {
  /** A salesMonthly sheet written by the pane's writer, row 6 filled as in RULEBOOK's worked examples. */
  async function salesForm(marker: boolean) {
    const wb = new MemoryWorkbook();
    const written = await writeForm(wb.context, "salesMonthly", { lang: "zh-CN", rows: [["E001", "张三", "华东"]] });
    const plan = planForm("salesMonthly", { lang: "zh-CN", rows: [["E001", "张三", "华东"]] });
    const col = (k: string) => colLetter(plan.roster!.colOf[k]);
    const sheet = written.sheetName;
    if (!marker) wb.sheet(sheet)!.names.delete(FORM_MARKER_NAME);
    // F-6: 2 dealer faults (5 points each) → daily 90 (Excel's value of the formula column; the memory host does not calculate).
    wb.setCells(sheet, { [`${col("f1")}6`]: 2, [`${col("totalPay")}6`]: 10000, [`${col("completion")}6`]: { value: 0.8, numberFormat: "0%" } });
    wb.setValues(sheet, { [`${col("daily")}6`]: 90, [`${col("pay")}6`]: 9150 });
    wb.select(sheet, `${col("pay")}6`);
    return { wb, sheet, col };
  }

  test.each([true, false])("the pay cell of a salesMonthly row shows the same F-10 steps for that row (marker: %s)", async (marker) => {
    const { wb, sheet, col } = await salesForm(marker);
    expect(wb.sheet(sheet)!.names.has(FORM_MARKER_NAME)).toBe(marker);
    const { view, syncs } = await explain(wb, "zh-CN");
    expect(syncs).toBe(2);
    if (view.kind !== "calls") throw new Error(view.kind);
    expect(view.heading).toBe("表单「业务员月度考核表」第 6 行的「月度薪酬」，按 HR.销售工资 计算");
    const [c] = view.calls;
    expect(c.inputs.map((i) => [i.label, i.where, i.value])).toEqual([
      ["工资总额", `${col("totalPay")}6`, "10000"], ["计划完成率", `${col("completion")}6`, "0.8"], ["日常工作得分", `${col("daily")}6`, "90"], ["超计划奖金", `${col("bonus")}6`, "空白"],
    ]);
    expect(c.inputs[2].explain).toEqual({ sheet, cell: `${col("daily")}6` });
    if (c.result.kind !== "value") throw new Error(c.result.kind);
    expect(c.result.value).toBe("9150");
    expect(c.result.steps.map((s) => [s.rule, s.value])).toEqual([["F-10", "5000"], ["F-10", "0.8"], ["F-10", "2800"], ["F-10", "1350"], ["P-2", "9150"]]);
    expect(view.differs).toBeUndefined();
  });

  test("the daily column explains the row's faults through SALESREPSCORE (✓ ticks as TRUE)", async () => {
    const { wb, sheet, col } = await salesForm(true);
    wb.setCells(sheet, { [`${col("r1")}6`]: "✓" });
    wb.select(sheet, `${col("daily")}6`);
    const { view } = await explain(wb, "en");
    if (view.kind !== "calls") throw new Error(view.kind);
    // F-6/F-7: 2 dealer faults × 5 points × 2 (repeated) = 20 off the dealer item's 30 → 80 in total; Excel still shows 90 → the pane notes it.
    expect(view.calls[0].result).toMatchObject({ kind: "value", value: "80" });
    expect(view.differs).toBe("Note: Excel shows 90; under the current policy it is 80. The sheet may not have recalculated yet.");
  });

  test("an input column, the heading and an unmirrored formula column say what they are", async () => {
    const { wb, sheet, col } = await salesForm(true);
    wb.select(sheet, `${col("totalPay")}6`);
    expect((await explain(wb, "en")).view).toMatchObject({ kind: "none", text: `${col("totalPay")}6 is the “Total pay” filled in on the form “Salesperson monthly evaluation”.` });
    wb.select(sheet, "C3");
    expect((await explain(wb, "en")).view).toMatchObject({ kind: "none", text: "C3 is in the heading of the form “Salesperson monthly evaluation”; select a cell in an employee's row." });
    wb.select(sheet, `${col("p1")}6`);
    const { view } = await explain(wb, "en");
    expect(view).toMatchObject({ kind: "none" });
    if (view.kind === "none") expect(view.covers).toBe("On this form, Explain covers these columns: Daily-work score, Attendance score, Monthly score, Pay.");
  });

  test("the header band recognises every evaluation roster in every language", () => {
    for (const id of ["salesMonthly", "regionalMonthly", "fieldMonthly", "csMonthly", "csPay", "annualSummary"] as const) {
      for (const lang of ["zh-CN", "zh-TW", "en"] as const) {
        const plan = planForm(id, { lang });
        const band = headerBand();
        const [from, to] = band.split(":");
        const top = Number(from.slice(1));
        const bottom = Number(to.replace(/^[A-Z]+/, ""));
        const width = plan.roster ? Object.keys(plan.roster.colOf).length : 0;
        const grid = Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: width }, (_, c) =>
          plan.cells.find((x) => x.row === top + r && x.col === c + 1)?.value ?? ""));
        expect([id, lang, formFromHeaders(grid)?.id]).toEqual([id, lang, id]);
      }
    }
    expect(recognizeForm("salesMonthly", undefined)?.id).toBe("salesMonthly");
    expect(recognizeForm("weeklyReport", undefined)).toBeUndefined();
  });
});

describe("Explain on a month sheet (the wizard's and evaluate's sheet: the monthly form with carry-forward columns)", () => {
  const ctx = (host: MemoryWorkbook) => host.context as unknown as XMonthContext;

  /** The rulebook's worked example as S001 of a sales month; Excel's values of the computed cells set by hand (the memory host does not calculate). */
  async function salesMonth(lang: Lang) {
    const wb = new MemoryWorkbook();
    wb.addSheet("Sheet1");
    const key: MonthKey = { scheme: "sales", month: "2026-11", lang, policy: DEFAULT_POLICY };
    const people: Employee[] = [
      { id: "S001", name: "王伟", dept: "华东区", values: { fault1: 2, totalPay: 10000, completionRate: 0.8 } },
      { id: "S002", name: "李芳", dept: "华南区", values: { totalPay: 9000 } },
    ];
    const created = await createMonthSheet(ctx(wb), evaluateMonth(people, key), { policySheet: null });
    const m = monthFromSheet((await readMonthSheet(ctx(wb), "sales", "2026-11"))!, key);
    const at = (id: string, column: string) => cellOf(m, id, column)!;
    // F-6: 2 dealer faults × 5 points → daily 90; F-10: 5,000 + 2,800 + 1,350 = 9,150.
    wb.setValues(created.sheet, { [at("S001", "daily")]: 90, [at("S001", "pay")]: 9150, [at("S002", "pay")]: "" });
    return { wb, sheet: created.sheet, at };
  }

  test("the pay cell shows the F-10 steps for that row, its inputs in the month sheet's own columns, in two syncs", async () => {
    const { wb, sheet, at } = await salesMonth("zh-CN");
    // The month sheet has a column the form has not (last month's score, after the monthly score): pay sits one column further right.
    expect(at("S001", "pay")).not.toBe(`${colLetter(planForm("salesMonthly", { lang: "zh-CN" }).roster!.colOf.pay)}${at("S001", "pay").replace(/^[A-Z]+/, "")}`);
    wb.select(sheet, at("S001", "pay"));
    const { view, syncs } = await explain(wb, "zh-CN");
    expect(syncs).toBe(2);
    if (view.kind !== "calls") throw new Error(view.kind);
    expect(view.heading).toBe(`表单「业务员考核 2026-11」第 ${at("S001", "pay").replace(/^[A-Z]+/, "")} 行的「月度薪酬」，按 HR.销售工资 计算`);
    const [c] = view.calls;
    expect(c.inputs.map((i) => [i.where, i.value])).toEqual([[at("S001", "totalPay"), "10000"], [at("S001", "completion"), "0.8"], [at("S001", "daily"), "90"], [at("S001", "bonus"), "空白"]]);
    if (c.result.kind !== "value") throw new Error(c.result.kind);
    expect(c.result.steps.map((s) => [s.rule, s.value])).toEqual([["F-10", "5000"], ["F-10", "0.8"], ["F-10", "2800"], ["F-10", "1350"], ["P-2", "9150"]]);
    expect(view.differs).toBeUndefined();
  });

  test("a blank result (a required input missing) is explained by the function's own message; an input cell and the coverage say what they are", async () => {
    const { wb, sheet, at } = await salesMonth("en");
    wb.select(sheet, at("S002", "pay"));
    const { view } = await explain(wb, "en");
    if (view.kind !== "calls") throw new Error(view.kind);
    expect(view.calls[0].result).toMatchObject({ kind: "error" });
    // Named as the pane labels the input — no internal key — and said to be the sheet's own rule, not an HR function's #VALUE!.
    expect(view.calls[0].result).toEqual({ kind: "error", form: true, message: "plan completion rate: is required" });
    wb.select(sheet, at("S001", "totalPay"));
    const { view: input } = await explain(wb, "en");
    expect(input).toMatchObject({ kind: "none", text: `${at("S001", "totalPay")} is the “Total pay” filled in on the form “Sales evaluation 2026-11”.` });
    if (input.kind === "none") expect(input.covers).toMatch(/^On this form, Explain covers these columns: .*Pay/);
  });

  test("ticks show as the sheet shows them (✓ or blank); a computed column's cell below the roster is just empty", async () => {
    const { wb, sheet, at } = await salesMonth("en");
    wb.setCells(sheet, { [at("S001", "r1")]: "✓" });
    wb.select(sheet, at("S001", "daily"));
    const { view } = await explain(wb, "en");
    if (view.kind !== "calls") throw new Error(view.kind);
    expect(view.calls[0].inputs[1].value).toBe("12 cells: ✓, blank, blank, blank, blank, blank, blank, blank, blank, blank, blank, blank");
    const below = `${at("S001", "pay").replace(/\d+$/, "")}30`;
    wb.select(sheet, below);
    expect((await explain(wb, "en")).view).toMatchObject({ kind: "none", text: `${below} is empty.` });
  });

  test("online pay with no indicator target set (E-2, the default policy): the row's figures as the sheet holds them, and the E-2 reason", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Sheet1");
    const key: MonthKey = { scheme: "online", month: "2026-11", lang: "zh-CN", policy: DEFAULT_POLICY };
    const [dsr, refund, ...rest] = Object.keys(DEFAULT_POLICY.values["csPay.indicatorTargets"]);
    const people: Employee[] = [{ id: "W1", name: "吴", dept: null, values: { orderTotal: 50000, indicatorBonus: 800, baseSalary: 3000, [dsr]: 4.8, [refund]: 0.05, [rest[0]]: 2 } }];
    const created = await createMonthSheet(ctx(wb), evaluateMonth(people, key), { policySheet: null });
    const m = monthFromSheet((await readMonthSheet(ctx(wb), "online", "2026-11"))!, key);
    wb.select(created.sheet, cellOf(m, "W1", "pay")!);
    const { view } = await explain(wb, "zh-CN");
    if (view.kind !== "calls") throw new Error(view.kind);
    const indicators = view.calls[0].inputs[3];
    expect(indicators.value).toMatch(/^5 个单元格：/);
    expect(indicators.value).toContain("4.8");
    expect(view.calls[0].result).toEqual({ kind: "unresolved", reasons: ["没有任何售后指标设定目标（E-2）：请在规则表中填写目标"] });
    // A single column is named by its header on the sheet.
    expect(view.calls[0].inputs[0].label).toBe(SCHEMES.online.headers.orders["zh-CN"]);
  });

  test("store, ranked per department (H-4): the rank bonus compares only the row's department", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Sheet1");
    const key: MonthKey = { scheme: "store", month: "2026-11", lang: "en", policy: DEFAULT_POLICY };
    const person = (id: string, dept: string, s: number): Employee => ({ id, name: id, dept, values: { selfScore: s, managerScore: s, performanceBase: 2000 } });
    const people = [person("C1", "A", 90), person("C2", "A", 80), person("C3", "B", 70), person("C4", "B", 60)];
    const created = await createMonthSheet(ctx(wb), evaluateMonth(people, key), { policySheet: null });
    const m = monthFromSheet((await readMonthSheet(ctx(wb), "store", "2026-11"))!, key);
    const at = (id: string, column: string) => cellOf(m, id, column)!;
    // REVIEWSCORE of equal self and manager scores is that score: Excel's values of the review column.
    wb.setValues(created.sheet, Object.fromEntries(people.map((p) => [at(p.id, "review"), p.values.selfScore as number])));
    wb.select(created.sheet, at("C3", "rankBonus"));
    const { view } = await explain(wb, "en");
    if (view.kind !== "calls") throw new Error(view.kind);
    const [, scores] = view.calls[0].inputs;
    expect(scores).toMatchObject({ value: "2 cells: 70, 60", note: "only the same department (B) is compared (H-4)" });
    // C3 is first of department B's two (70 > 60): the first-place bonus; against all four it would be neither first nor last (0).
    expect(view.calls[0].result).toMatchObject({ kind: "value", raw: DEFAULT_POLICY.values["ranking.firstBonus"] });
  });
});
