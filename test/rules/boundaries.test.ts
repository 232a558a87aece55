/**
 * Every boundary of the rulebook (P-3: 以上/以下/以内 include the number;
 * 不满/超过 exclude it), each checked on both sides.
 */
import { loadPolicy } from "../../src/rules";
import { calc, calcIn, calcWith } from "../support/calc";

describe("P-3 boundaries", () => {
  test("K-6: 1,000 (以下, included) vs 1,000.01; 4,999.99 vs 5,000 (以上, included)", () => {
    expect(calc("APPROVER", 1000)).toBe("销售部门经理");
    expect(calc("APPROVER", 1000.01)).toBe("副总经理");
    expect(calc("APPROVER", 4999.99)).toBe("副总经理");
    expect(calc("APPROVER", 5000)).toBe("总经理");
    expect(calc("APPROVER", 0)).toBe("销售部门经理");
  });

  test("H-5: 59.99 (不满 60: cut) vs 60 (no cut)", () => {
    // 2,000 × 59.99 ÷ 100 = 1,199.80; × 0.7 = 839.86
    expect(calc("PERFPAY", 2000, 59.99)).toBe("839.86");
    expect(calc("PERFPAY", 2000, 60)).toBe("1200");
  });

  test("C-1.2: 2 vs 3 consecutive days absent", () => {
    expect(calc("DISMISSALCHECK", 2, 2, 0)).toBe("");
    expect(calcIn("en", "DISMISSALCHECK", 3, 3, 0)).toBe("C-1.2: absent without leave 3 consecutive days (a ground from 3)");
  });

  test("C-1.2: 6 (not more than 6) vs 7 absent days in a year", () => {
    expect(calc("DISMISSALCHECK", 1, 6, 0)).toBe("");
    expect(calcIn("en", "DISMISSALCHECK", 1, 7, 0)).toBe("C-1.2: absent without leave 7 days this year (a ground above 6)");
  });

  test("C-1.1: 2 vs 3 demerits in a year", () => {
    expect(calc("DISMISSALCHECK", 0, 0, 2)).toBe("");
    expect(calcIn("en", "DISMISSALCHECK", 0, 0, 3)).toBe("C-1.1: 3 demerits this year (a ground from 3)");
  });

  test("C-1.16 needs both failures; C-1.19 alone is a ground; several grounds are all listed", () => {
    expect(calc("DISMISSALCHECK", 0, 0, 0, true, false)).toBe("");
    expect(calcIn("en", "DISMISSALCHECK", 0, 0, 0, true, true)).toBe("C-1.16: failed the year-end evaluation and again after a trial period");
    expect(calcIn("en", "DISMISSALCHECK", 0, 0, 0, false, false, true)).toBe("C-1.19: found unfit during probation");
    expect(calcIn("en", "DISMISSALCHECK", 3, 7, 3)).toBe(
      "C-1.1: 3 demerits this year (a ground from 3); C-1.2: absent without leave 3 consecutive days (a ground from 3); C-1.2: absent without leave 7 days this year (a ground above 6)");
    expect(calc("DISMISSALCHECK", 3, 3, 0)).toBe("C-1.2: 连续旷工 3 天（达到 3 天即可辞退）");
  });

  test("C-2: 11 vs 12 months of service (DATEDIF m); 2 vs 3 months; 35 vs 36 months", () => {
    expect(calc("NOTICEDAYS", "2024-03-15", "2025-03-14")).toBe("10");
    expect(calc("NOTICEDAYS", "2024-03-15", "2025-03-15")).toBe("20");
    expect(calc("NOTICEDAYS", "2024-03-15", "2024-06-14")).toBe("0");
    expect(calc("NOTICEDAYS", "2024-03-15", "2024-06-15")).toBe("10");
    expect(calc("NOTICEDAYS", "2022-03-15", "2025-03-14")).toBe("20");
    expect(calc("NOTICEDAYS", "2022-03-15", "2025-03-15")).toBe("20");
    expect(calc("NOTICEDAYS", "2024-03-15", "2024-03-15")).toBe("0");
  });

  test("C-2 month ends: hired 2024-01-31, notice 2024-02-29 is 0 whole months (DATEDIF), 2024-03-31 is 2", () => {
    // 3 months are complete on 2024-04-30? DATEDIF counts day 30 < 31 → still 2; 2024-05-31 → 4.
    expect(calc("NOTICEDAYS", "2024-01-31", "2024-04-30")).toBe("0");
    expect(calc("NOTICEDAYS", "2024-01-31", "2024-05-01")).toBe("10");
  });

  test("A-1 / A-2 / A-3: 8 h is no overtime, 10 h is within the ordinary day, 10.5 exceeds it, 12 is the limit, 12.5 exceeds it", () => {
    expect(calc("OVERTIMEHOURS", [8, 8.5, 10, 12])).toBe("6.5"); // 0 + 0.5 + 2 + 4
    expect(calc("OVERTIMECHECK", [8, 10, 10])).toBe("OK");
    expect(calcIn("en", "OVERTIMECHECK", [8, 10, 11])).toBe("A-2: day 3: 11 h exceeds the ordinary 10-hour day (allowed only for disaster or season)");
    expect(calcIn("en", "OVERTIMECHECK", [10.5])).toBe("A-2: day 1: 10.5 h exceeds the ordinary 10-hour day (allowed only for disaster or season)");
    expect(calcIn("en", "OVERTIMECHECK", [12])).toBe(
      "A-2: day 1: 12 h exceeds the ordinary 10-hour day (allowed only for disaster or season); L-1: day 1: 4 h overtime exceeds the legal 3 h a day (Labour Law art. 41)");
    expect(calcIn("en", "OVERTIMECHECK", [12.5])).toMatch(/^A-3: day 1: 12.5 h exceeds the 12-hour daily limit; L-1: day 1: 4.5 h overtime/);
  });

  test("L-1: 3 h overtime in a day is legal, 3.5 is not; 36 h in a month is legal, 36.5 is not", () => {
    expect(calcIn("en", "OVERTIMECHECK", [11])).not.toMatch(/L-1/); // 3 h overtime
    expect(calcIn("en", "OVERTIMECHECK", [11.5])).toMatch(/L-1: day 1: 3.5 h overtime exceeds the legal 3 h a day/);
    // Three weeks of five 10-hour days, then three more: 18 days × 2 h = 36 h overtime.
    const week = [10, 10, 10, 10, 10, null, null];
    const month36 = [...week, ...week, ...week, 10, 10, 10];
    expect(calc("OVERTIMEHOURS", month36)).toBe("36");
    expect(calc("OVERTIMECHECK", month36)).toBe("OK");
    const month365 = [...month36, 8.5];
    expect(calcIn("en", "OVERTIMECHECK", month365)).toMatch(/^.*L-1: 36.5 h overtime this month exceeds the legal 36 h a month/);
  });

  test("A-3: 46 h overtime in a month is the company limit, 46.5 exceeds it", () => {
    const days = (n: number, h: number) => Array.from({ length: n }, (_, i) => ((i + 1) % 7 === 0 ? null : h));
    // 23 working days (of 26; days 7, 14, 21 off) × 2 h = 46 h.
    const m46 = days(26, 10);
    expect(calc("OVERTIMEHOURS", m46)).toBe("46");
    expect(calcIn("en", "OVERTIMECHECK", m46)).not.toMatch(/A-3/);
    const m465 = [...m46, 8.5];
    expect(calcIn("en", "OVERTIMECHECK", m465)).toMatch(/A-3: 46.5 h overtime this month exceeds the company limit of 46 h/);
  });

  test("A-4: 56 h in 7 days is allowed, 57 is not; 7 days without a rest day is flagged", () => {
    expect(calc("OVERTIMECHECK", [10, 10, 10, 10, 8, 8, null])).toBe("OK"); // 56 h
    expect(calcIn("en", "OVERTIMECHECK", [10, 10, 10, 10, 9, 8, null])).toBe("A-4: days 1–7: 57 h exceeds 56 h in 7 days");
    expect(calcIn("en", "OVERTIMECHECK", [8, 8, 8, 8, 8, 8, 8])).toBe("A-4: days 1–7: no rest day");
    expect(calc("OVERTIMECHECK", [8, 8, 8, 8, 8, 8, 0])).toBe("OK");
  });

  test("F-6: 1 missing key-account entry costs 3; 2 missing take the whole 10", () => {
    const visits = (n: number) => calc("SALESREPSCORE", [0, 0, 0, 0, n, 0, 0, 0, 0, 0, 0, 0]);
    expect(visits(1)).toBe("97");
    expect(visits(2)).toBe("90");
    expect(visits(3)).toBe("90");
  });

  test("F-6: a rejected weekly report loses all 40, whatever items 3–6 say", () => {
    expect(calc("SALESREPSCORE", [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe("60");
    expect(calc("SALESREPSCORE", [0, 1, 1, 1, 5, 1, 0, 0, 0, 0, 0, 0])).toBe("60");
    expect(calc("SALESREPSCORE", [0, true, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe("60");
  });

  test("F-6 / F-8: dealer management 6 faults = 30 off (0), 7 faults cannot go below 0; blank = 0", () => {
    expect(calc("SALESREPSCORE", [6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe("70");
    expect(calc("SALESREPSCORE", [7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe("70");
    expect(calc("SALESREPSCORE", [null, null, null, null, null, null, null, null, null, null, null, null])).toBe("100");
    // Everything lost: 0.
    expect(calc("SALESREPSCORE", [6, 1, 0, 0, 0, 0, 1, 1, 3, 3, 3, 1])).toBe("0");
  });

  test("F-5: each deduction up to its item's max; one more is an error naming the item", () => {
    expect(calc("REGIONALSCORE", [20, 20, 20, 10, 10, 10, 10])).toBe("0");
    expect(calcIn("en", "REGIONALSCORE", [21, 0, 0, 0, 0, 0, 0])).toBe("#VALUE! deductions: item 1: 21 is out of range; allowed 0–20");
    expect(calcIn("en", "REGIONALSCORE", [0, 0, 0, 11, 0, 0, 0])).toBe("#VALUE! deductions: item 4: 11 is out of range; allowed 0–10");
  });

  test("G bands: item 1 allows 0, 2, 4–10 (3 refused); item 5 allows 0, 5, 10 (4 refused)", () => {
    const item = (i: number, d: number) => { const row = Array(10).fill(0); row[i] = d; return calcIn("en", "FIELDREPSCORE", row); };
    expect(item(0, 2)).toBe("98");
    expect(item(0, 4)).toBe("96");
    expect(item(0, 3)).toBe("#VALUE! deductions: item 1: a deduction of 3 matches no case; allowed 0, 2, 4–10");
    expect(item(5, 5)).toBe("95");
    expect(item(5, 4)).toBe("#VALUE! deductions: item 5: a deduction of 4 matches no case; allowed 0, 5, 10");
    expect(item(2, 1)).toMatch(/item 3: a deduction of 1 matches no case; allowed 0, 2–10/);
    expect(item(9, 6)).toMatch(/item 9: a deduction of 6 matches no case; allowed 0–5/);
    expect(item(8, 4)).toMatch(/item 8: a deduction of 4 matches no case; allowed 0–3, 5–10/);
    expect(item(6, 6)).toMatch(/item 6: a deduction of 6 matches no case; allowed 0, 2–5, 10/);
  });

  test("F-10: a completion rate of 5 (500%) is accepted, 5.01 refused as a likely typo", () => {
    expect(calc("SALESPAY", 10000, 5, 100)).toBe("10000"); // capped at 100%: 5,000 + 3,500 + 1,500
    expect(calcIn("en", "SALESPAY", 10000, 5.01, 100)).toBe("#VALUE! completionRate (plan completion rate): 5.01 is above 5 (500%), likely a typo: enter 80% or 0.8");
  });

  test("L-4: a 12-month contract allows 2 months of probation, not 3; under 3 months none", () => {
    expect(calc("PROBATIONCHECK", 12, 2)).toBe("OK");
    expect(calcIn("en", "PROBATIONCHECK", 12, 3)).toBe("L-4: probation of 3 months exceeds the legal cap of 2 for a 12-month contract (Labour Contract Law art. 19)");
    expect(calcIn("en", "PROBATIONCHECK", 2, 1)).toMatch(/^L-4: .*cap of 0/);
    expect(calc("PROBATIONCHECK", 11.9, 1)).toBe("OK");
  });

  test("L-5: a deduction of 20% of the wage is allowed, more is not", () => {
    expect(calc("PAYFLOORCHECK", 3000, 600)).toBe("OK");
    expect(calcIn("en", "PAYFLOORCHECK", 3000, 600.01)).toBe("L-5: deduction 600.01 exceeds 0.2 of the wage (600) (Interim Provisions on Wage Payment art. 16)");
    expect(calc("PAYFLOORCHECK", 3000, 0, 3000)).toBe("OK");
    expect(calcIn("en", "PAYFLOORCHECK", 3000, 1, 3000)).toBe("L-5: 2999 left after the deduction is below the local minimum wage 3000");
  });
});

describe("H-4 notices and E-2 targets", () => {
  test("H-4: the bottom 2 places (ties share them) submit an improvement plan; 3rd from the bottom does not", () => {
    expect(calcIn("en", "RANKCHECK", 88, [95, 88, 70])).toBe("H-4: in the bottom 2: submit an improvement plan within 7 days of the notice");
    expect(calc("RANKCHECK", 95, [95, 88, 70, 60])).toBe(""); // 4th from the bottom
    expect(calc("RANKCHECK", 88, [95, 88, 70, 60])).toBe(""); // 3rd from the bottom
    expect(calcIn("en", "RANKCHECK", 70, [95, 70, 70, 60])).toMatch(/^H-4: in the bottom 2/); // tied 2nd from the bottom
    expect(calc("RANKCHECK", 80, [80, 80])).toBe(""); // everyone ties: no ranking
  });

  test("H-4: last place 3 months in a row (2 before this one) → transfer notice; 2 in a row → none", () => {
    expect(calcIn("en", "RANKCHECK", 60, [95, 60], 1)).toBe("H-4: in the bottom 2: submit an improvement plan within 7 days of the notice");
    expect(calcIn("en", "RANKCHECK", 60, [95, 60], 2)).toBe(
      "H-4: in the bottom 2: submit an improvement plan within 7 days of the notice; H-4: last place 3 months in a row: consider a transfer (a ranking alone does not prove incompetence, L-6)");
    expect(calcIn("en", "RANKCHECK", 95, [95, 60, 50], 5)).toBe(""); // not last this month
  });

  test("E-2: with no targets set (the Decision) every indicator shows 'target not set'", () => {
    expect(calcIn("en", "INDICATORMET", "dsr", 4.8)).toBe("target not set");
    expect(calc("INDICATORMET", "退款率", 0.02)).toBe("未设目标");
    expect(calcIn("zh-TW", "INDICATORMET", "refundRate", 0.02)).toBe("未設目標");
  });

  test("E-2: a rate meets its target at or below it; DSR at or above it", () => {
    const targets = { refundRate: { direction: "max", target: 0.05 }, refundDuration: { direction: "max", target: null }, disputes: { direction: "max", target: 2 },
      dsr: { direction: "min", target: 4.7 }, internalComplaints: { direction: "max", target: 0 } };
    const load = loadPolicy({ version: "2027.1", published: "2027-01-01", values: { "csPay.indicatorTargets": targets } });
    if (!load.ok) throw new Error("policy");
    expect(calcWith(load.policy, "INDICATORMET", "refundRate", 0.05)).toBe("TRUE");
    expect(calcWith(load.policy, "INDICATORMET", "refundRate", 0.0501)).toBe("FALSE");
    expect(calcWith(load.policy, "INDICATORMET", "dsr", 4.7)).toBe("TRUE");
    expect(calcWith(load.policy, "INDICATORMET", "dsr", 4.69)).toBe("FALSE");
    expect(calcWith(load.policy, "INDICATORMET", "refundDuration", 10)).toBe("target not set");
  });
});
