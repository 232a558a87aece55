/**
 * One month through the rules core: blanks vs zeros, bounds from the catalogue,
 * per-department ranking with ties, carry-forward, flags with rule IDs in three
 * languages, the summary. Figures are the rulebook's worked examples or are
 * computed by hand in the comments.
 */
import { carryForward, evaluateMonth, inputValue, type Employee, type MonthResult } from "../../src/cycle";
import { DEFAULT_POLICY, loadPolicy, type Lang, type Policy } from "../../src/rules";
import { calc } from "../support/calc";

const emp = (id: string, values: Employee["values"], dept: string | null = null, name: string | null = null): Employee => ({ id, name, dept, values });
const run = (scheme: MonthResult["scheme"], employees: Employee[], lang: Lang = "zh-CN", extra: { previous?: MonthResult; policy?: Policy } = {}) =>
  evaluateMonth(employees, { scheme, month: "2026-11", lang, policy: extra.policy, previous: extra.previous && carryForward(extra.previous) });
const policyWith = (values: Record<string, unknown>): Policy => {
  const p = loadPolicy({ version: "2026.1-test", published: "2026-11-01", values });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.policy;
};

describe("reading values (FUNCTIONS.md)", () => {
  test("numbers, numeric text, thousands separators, percentages for rates, ticks", () => {
    expect(inputValue("1,234.5", "money")).toBe(1234.5);
    expect(inputValue(" 80% ", "rate")).toBe(0.8);
    expect(inputValue("87.5%", "rate")).toBe(0.875);
    expect(inputValue("80%", "money")).toBe("80%"); // not a rate: left for the catalogue to refuse
    expect(inputValue("", "count")).toBeNull();
    expect(inputValue("✓", "tick")).toBe(true);
    expect(inputValue("是", "tick")).toBe(true);
    expect(inputValue("FALSE", "tick")).toBe(false);
    expect(inputValue("半天", "absence")).toBe("半天");
  });
});

describe("sales (F-3 F-4 F-6 F-7 F-10)", () => {
  test("the worked examples: F-10 9,150 with daily score 90; F-4 absences 1, 0.5, 0.5 → 88; F-3 90 × 70% + 88 × 30% = 89.4", () => {
    const m = run("sales", [emp("S1", { fault1: 2, absence1: 1, absence2: 0.5, absence3: "0.5", totalPay: 10000, completionRate: "80%" })]);
    expect(m.rows[0].results).toEqual({ dailyScore: 90, attendanceScore: 88, monthlyScore: 89.4, pay: 9150 });
    expect(m.rows[0].complete).toBe(true);
    expect(m.rows[0].flags).toEqual([]);
  });

  test("blanks vs zeros: blank counts are 0, blank absences none, blank bonus 0; a blank pay base leaves the employee incomplete (never 0)", () => {
    const m = run("sales", [
      emp("clean", { totalPay: 8000, completionRate: 1 }), // 100 / 100 / 100; pay 8000 × (50% + 35% + 15%) = 8000
      emp("zero", { totalPay: 0, completionRate: 1 }), // an explicit 0 is a 0: pay 0
      emp("blank", { completionRate: 1 }),
    ]);
    expect(m.rows[0].results).toEqual({ dailyScore: 100, attendanceScore: 100, monthlyScore: 100, pay: 8000 });
    expect(m.rows[1].results.pay).toBe(0);
    expect(m.rows[1].complete).toBe(true);
    expect(m.rows[2].results).toEqual({ dailyScore: null, attendanceScore: null, monthlyScore: null, pay: null });
    expect(m.rows[2].complete).toBe(false);
    expect(m.rows[2].problems).toEqual([{ code: "missing", key: "totalPay", rule: "F-10", message: "工资总额 未填写：结果暂缺" }]);
    expect(m.rows[2].flags.map((f) => f.text)).toEqual(["F-10: 工资总额 未填写：结果暂缺"]);
  });

  test("out-of-bounds values are input problems with the catalogue's own message, naming the column", () => {
    const m = run("sales", [emp("S1", { fault3: -1, totalPay: 9000, completionRate: "900%" })], "en");
    expect(m.rows[0].problems.map((p) => [p.key, p.rule, p.message])).toEqual([
      ["fault3", "F-6", "Fault 3 last-week summary: -1 is out of range; allowed ≥ 0"],
      ["completionRate", "F-10", "Plan completion: 9 is above 5 (500%), likely a typo: enter 80% or 0.8"],
    ]);
    expect(m.rows[0].complete).toBe(false);
  });

  test("monthly score under the pass mark is flagged F-3 in the user's language", () => {
    // Faults: item 2 (weekly report rejected) takes all 40 → daily 60; absences 3 days → 88; monthly 60 × 0.7 + 88 × 0.3 = 68.4 (no flag).
    // Item 2 and item 12 (vehicle) → 55; monthly 55 × 0.7 + 100 × 0.3 = 68.5. Item 1 × 6 too → 30 + … = 25; monthly 25 × 0.7 + 30 = 47.5.
    const employees = [emp("S1", { fault1: 6, fault2: 1, fault12: 1, totalPay: 5000, completionRate: 1 })];
    for (const [lang, text] of [["zh-CN", "F-3: 月度得分 47.5 低于 60 分"], ["zh-TW", "F-3: 月度得分 47.5 低於 60 分"], ["en", "F-3: monthly score 47.5 is under 60"]] as const) {
      const r = run("sales", employees, lang).rows[0];
      expect(r.results.monthlyScore).toBe(47.5);
      expect(r.flags[0].text).toBe(text);
    }
  });

  test("results equal calc on the same inputs", () => {
    const values = { fault1: 1, fault5: 1, fault9: 2, repeated9: true, absence1: 1.5, totalPay: 12345.67, completionRate: 1.15, overPlanBonus: 300 };
    const r = run("sales", [emp("S1", values)]).rows[0];
    const faults = [1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0];
    const repeated = faults.map((_, i) => i === 8);
    expect(String(r.results.dailyScore)).toBe(calc("SALESREPSCORE", [faults], [repeated]));
    expect(String(r.results.attendanceScore)).toBe(calc("ATTENDANCESCORE", [[1.5]]));
    expect(String(r.results.monthlyScore)).toBe(calc("MONTHLYSCORE", r.results.dailyScore as number, r.results.attendanceScore as number));
    expect(String(r.results.pay)).toBe(calc("SALESPAY", 12345.67, 1.15, r.results.dailyScore as number, 300));
  });

  test("L-5: pay under the policy's minimum wage is flagged", () => {
    const r = run("sales", [emp("S1", { totalPay: 2000, completionRate: 1 })], "en", { policy: policyWith({ "law.minimumWage": 2490 }) }).rows[0];
    expect(r.results.pay).toBe(2000);
    expect(r.flags.map((f) => f.text)).toEqual(["L-5: pay 2000 is below the local minimum wage 2490 (Interim Provisions on Wage Payment art. 16)"]);
    // An incomplete employee has no pay to warn about (the blank total pay is not a pay of 0).
    const blank = run("sales", [emp("S2", { completionRate: 1 })], "en", { policy: policyWith({ "law.minimumWage": 2490 }) }).rows[0];
    expect(blank.flags.map((f) => f.text)).toEqual(["F-10: Total pay is blank: no result yet"]);
  });
});

describe("carry-forward from the previous month", () => {
  const november = run("sales", [
    emp("S1", { fault1: 1, fault9: 2, totalPay: 9000, completionRate: 1 }),
    emp("S2", { totalPay: 9000, completionRate: 1 }),
  ]);

  test("F-7: repeats proposed where last month's fault was above 0; an explicit FALSE stays; new employees start clean", () => {
    const december = run("sales", [
      emp("S1", { fault1: 1, fault9: 1, repeated9: "FALSE", totalPay: 9000, completionRate: 1 }),
      emp("S2", { fault1: 1, totalPay: 9000, completionRate: 1 }),
      emp("S3", { fault1: 1, totalPay: 9000, completionRate: 1 }),
    ], "zh-CN", { previous: november });
    const [s1, s2, s3] = december.rows;
    expect(s1.proposed).toEqual(["repeated1"]);
    expect(s1.inputs.repeated1).toBe(true);
    expect(s1.inputs.repeated9).toBe(false);
    // Item 1: 1 fault × 5 × 2 (repeated) = 10 off; item 9: 1 × 2 = 2 off → 88.
    expect(s1.results.dailyScore).toBe(88);
    expect(s2.proposed).toEqual([]);
    expect(s2.results.dailyScore).toBe(95);
    expect(s3.previousScore).toBeNull();
    // Last month's score beside this month's: S1 in November: 100 − 5 − 4 = 91 daily → 91 × 0.7 + 30 = 93.7.
    expect(s1.previousScore).toBe(93.7);
    expect(s2.previousScore).toBe(100);
  });

  test("H-4: lastPlaceMonths continues the streak; 3 months in a row → considered for transfer (L-6)", () => {
    let month = run("store", [emp("A", { selfScore: 90, managerScore: 90, performanceBase: 1000 }), emp("B", { selfScore: 50, managerScore: 50, performanceBase: 1000 })], "en");
    const streaks: number[] = [];
    for (let i = 0; i < 3; i++) {
      streaks.push(month.rows[1].results.lastPlaceMonths as number);
      month = run("store", [emp("A", { selfScore: 90, managerScore: 90, performanceBase: 1000 }), emp("B", { selfScore: 50, managerScore: 50, performanceBase: 1000 })], "en", { previous: month });
    }
    expect(streaks).toEqual([1, 2, 3]);
    expect(month.rows[1].results.lastPlaceMonths).toBe(4);
    expect(month.rows[1].flags.map((f) => f.text)).toContain("H-4: last place 4 months in a row: consider a transfer (a ranking alone does not prove incompetence, L-6)");
    // Not last any more: the streak ends.
    const better = run("store", [emp("A", { selfScore: 90, managerScore: 90, performanceBase: 1000 }), emp("B", { selfScore: 95, managerScore: 95, performanceBase: 1000 })], "en", { previous: month });
    expect(better.rows.map((r) => r.results.lastPlaceMonths)).toEqual([1, 0]);
  });
});

describe("store ranking (H-3 H-4 H-5): per department, ties share the place", () => {
  // Review = self × 30% + manager × 70%.
  const m = run("store", [
    emp("A1", { selfScore: 80, managerScore: 90, performanceBase: 2000 }, "A"), // 87 → first in A (+100)
    emp("A2", { selfScore: 59, managerScore: 59, performanceBase: 2000 }, "A"), // 59 → tied last in A (−100); H-5: 2000 × 0.59 × 0.7 = 826
    emp("A3", { selfScore: 59, managerScore: 59, performanceBase: 2000 }, "A"), // 59 → tied last
    emp("B1", { selfScore: 70, managerScore: 70, performanceBase: 1000 }, "B"), // 70, 70 → everyone ties in B: neither
    emp("B2", { selfScore: 70, managerScore: 70, performanceBase: 1000 }, "B"),
    emp("C1", { selfScore: 60, managerScore: 60, performanceBase: 1000 }, "C"), // a group of one: neither
    emp("A4", { selfScore: 75, managerScore: 85, performanceBase: 1500 }, "A"), // 82 → second in A
  ]);
  const by = (id: string) => m.rows.find((r) => r.id === id)!;

  test("places and bonuses per group", () => {
    expect(m.rankedByDept).toBe(true);
    expect(["A1", "A4", "A2", "A3"].map((id) => [by(id).results.reviewScore, by(id).results.rank, by(id).results.rankBonus])).toEqual([[87, 1, 100], [82, 2, 0], [59, 3, -100], [59, 3, -100]]);
    expect(["B1", "B2", "C1"].map((id) => [by(id).results.rank, by(id).results.rankBonus])).toEqual([[1, 0], [1, 0], [1, 0]]);
    expect(by("A2").results.performancePay).toBe(826);
    expect(String(by("A2").results.rankBonus)).toBe(calc("RANKBONUS", 59, [[87, 59, 59, 82]]));
  });

  test("flags: first/last place, bottom 2, under the pass mark, each with its rule ID", () => {
    expect(by("A1").flags.map((f) => f.text)).toEqual(["H-4: 第一名：奖励 100 元"]);
    expect(by("A2").flags.map((f) => f.text)).toEqual([
      "H-5: 考评得分 59 低于 60 分：绩效工资减少 30%",
      "H-4: 排名后 2 名：须在通知后 7 天内提交改进计划",
      "H-4: 最后一名：从提成中扣 100 元",
    ]);
    expect(by("C1").flags).toEqual([]);
  });

  test("without departments the group is everyone", () => {
    const all = run("store", [emp("X", { selfScore: 80, managerScore: 80, performanceBase: 1 }), emp("Y", { selfScore: 60, managerScore: 60, performanceBase: 1 })]);
    expect(all.rankedByDept).toBe(false);
    expect(all.rows.map((r) => r.results.rankBonus)).toEqual([100, -100]);
  });

  test("an incomplete employee is left out of the ranking; a roster with departments needs everyone's", () => {
    const m2 = run("store", [
      emp("X", { selfScore: 80, managerScore: 80, performanceBase: 1 }, "A"),
      emp("Y", { selfScore: 60, managerScore: 60 }, "A"),
      emp("Z", { selfScore: 70, managerScore: 70, performanceBase: 1 }, "A"),
      emp("W", { selfScore: 70, managerScore: 70, performanceBase: 1 }),
    ], "en");
    expect(m2.rows.map((r) => [r.id, r.results.rank, r.complete])).toEqual([["X", 1, true], ["Y", null, false], ["Z", 2, true], ["W", null, false]]);
    expect(m2.rows[2].results.rankBonus).toBe(-100);
    expect(m2.rows[3].problems.map((p) => p.code)).toEqual(["deptRequired"]);
  });
});

describe("field (G G-1 G-2)", () => {
  test("a deduction outside its band is an input problem naming the item (G); two falsified claims flag a transfer (G-1)", () => {
    const m = run("field", [emp("F1", { deduction1: 3 }), emp("F2", { deduction1: 2, deduction6: 5, deduction8: 3, falsifiedClaims: 2 })], "en");
    expect(m.rows[0].problems.map((p) => [p.key, p.rule, p.message])).toEqual([
      ["deduction1", "G", "Deduction 1 competence: item 1: a deduction of 3 matches no case; allowed 0, 2, 4–10"],
    ]);
    // 100 − 2 − 5 − 3 = 90, then G-1: two claims → 30 off → 60; monthly 60 × 0.7 + 100 × 0.3 = 72.
    expect(m.rows[1].results).toEqual({ dailyScore: 60, attendanceScore: 100, monthlyScore: 72, transfer: true });
    expect(m.rows[1].flags.map((f) => f.text)).toEqual(["G-1: 2 falsified claims: flag for transfer"]);
  });
});

describe("online (E-1 E-2)", () => {
  const targets = policyWith({ "csPay.indicatorTargets": {
    refundRate: { direction: "max", target: 0.05 }, refundDuration: { direction: "max", target: null }, disputes: { direction: "max", target: 2 },
    dsr: { direction: "min", target: 4.7 }, internalComplaints: { direction: "max", target: null },
  } });

  test("E-1 worked example: 200,000 × 3‰ + 500 + 3,000 = 4,100; one indicator missed → 3,600; a blank indicator with a target counts as missed", () => {
    const m = run("online", [
      emp("O1", { orderTotal: 200000, indicatorBonus: 500, baseSalary: 3000, refundRate: "4%", disputes: 0, dsr: 4.8 }),
      emp("O2", { orderTotal: 200000, indicatorBonus: 500, baseSalary: 3000, refundRate: 0.06, disputes: 0, dsr: 4.8 }),
      emp("O3", { orderTotal: 200000, indicatorBonus: 500, baseSalary: 3000, refundRate: 0.01, disputes: 1 }),
    ], "en", { policy: targets });
    expect(m.rows.map((r) => [r.results.indicatorsMissed, r.results.pay])).toEqual([[0, 4100], [1, 3600], [1, 3600]]);
    expect(m.rows[2].flags.map((f) => f.text)).toEqual(["E-2: DSR score is blank: counted as missed"]);
    expect(m.summary.totalPay).toBe(11300);
  });

  test("no indicator has a target: pay is blank and flagged E-2, as the pay sheet shows", () => {
    const m = run("online", [emp("O1", { orderTotal: 200000, indicatorBonus: 500, baseSalary: 3000 })], "zh-TW");
    expect(m.rows[0].results).toEqual({ indicatorsMissed: 0, pay: null });
    expect(m.rows[0].flags.map((f) => f.text)).toEqual(["E-2: 沒有任何售後指標設定目標：薪資無法計算（請在規則表中填寫目標）"]);
    expect(m.summary.totalPay).toBeNull();
  });
});

describe("summary", () => {
  test("complete/incomplete, average, median, min, max, bands from the pass mark, total pay, flagged", () => {
    // Monthly scores (daily × 0.7 + 100 × 0.3 with no absences): daily 100 → 100; 90 → 93; 60 → 72;
    // d: 100 − 40 (weekly report) − 5 (market) − 5 (quality) − 2 × 2 (advertising) = 46 → 62.2; e: 25 → 47.5.
    const m = run("sales", [
      emp("a", { totalPay: 1000, completionRate: 1 }),
      emp("b", { fault1: 2, totalPay: 1000, completionRate: 1 }),
      emp("c", { fault2: 1, totalPay: 1000, completionRate: 1 }),
      emp("d", { fault2: 1, fault7: 1, fault8: 1, fault9: 2, totalPay: 1000, completionRate: 1 }),
      emp("e", { fault1: 6, fault2: 1, fault12: 1, totalPay: 1000, completionRate: 1 }),
      emp("f", { fault1: 1 }),
    ]);
    expect(m.rows.map((r) => r.results.monthlyScore)).toEqual([100, 93, 72, 62.2, 47.5, null]);
    const s = m.summary;
    expect([s.employees, s.complete, s.incomplete]).toEqual([6, 5, 1]);
    expect(s.average).toBe(74.94); // (100 + 93 + 72 + 62.2 + 47.5) ÷ 5 = 374.7 ÷ 5
    expect([s.median, s.min, s.max]).toEqual([72, 47.5, 100]);
    expect(s.bands.map((b) => [b.label, b.count])).toEqual([["< 60", 1], ["60–69", 1], ["70–79", 1], ["80–89", 0], ["≥ 90", 2]]);
    // Pay = 1000 × (0.5 + 0.35 + 0.15 × daily ÷ 100): 1000, 985, 940, 919, 887.5.
    expect(s.totalPay).toBe(4731.5);
    expect(s.flagged).toEqual(["e", "f"]);
  });

  test("band edges follow the policy's pass mark", () => {
    const m = run("store", [emp("a", { selfScore: 64, managerScore: 64, performanceBase: 1 })], "en", { policy: policyWith({ "perfPay.passScore": 65 }) });
    expect(m.summary.bands.map((b) => b.label)).toEqual(["< 65", "65–69", "70–79", "80–89", "≥ 90"]);
    expect(m.summary.bands[0].count).toBe(1);
    expect(DEFAULT_POLICY.values["perfPay.passScore"]).toBe(60);
  });
});
