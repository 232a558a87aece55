/**
 * Every worked example and Decision of RULEBOOK.md, through the catalogue
 * exactly as Excel and `calc` call it.
 */
import { loadPolicy } from "../../src/rules";
import { calc, calcIn, calcNumber, calcWith } from "../support/calc";

describe("RULEBOOK worked examples", () => {
  test("F-10: total 10,000, completion 80%, daily score 90 → 5,000 + 2,800 + 1,350 = 9,150.00", () => {
    expect(calc("SALESPAY", 10000, 0.8, 90)).toBe("9150");
    expect(calc("SALESPAY", 10000, 0.8, 90, 0)).toBe("9150");
  });

  test("F-4: absences 1, 0.5, 0.5 days → 3 days → 88", () => {
    expect(calc("ATTENDANCESCORE", [[1, 0.5, 0.5]])).toBe("88");
  });

  test("F-3: daily work 85, attendance 88 → 59.5 + 26.4 = 85.9 (not 85.89999999999999)", () => {
    expect(calc("MONTHLYSCORE", 85, 88)).toBe("85.9");
  });

  test("C-2: hired 2024-03-15; notice 2025-03-14 → 11 months → 10 days; 2025-03-15 → 12 months → 20 days", () => {
    expect(calc("NOTICEDAYS", "2024-03-15", "2025-03-14")).toBe("10");
    expect(calc("NOTICEDAYS", "2024-03-15", "2025-03-15")).toBe("20");
    // The same as serials: 45366 = 2024-03-15 (FUNCTIONS.md); 2025-03-15 = 45366 + 365.
    expect(calc("NOTICEDAYS", 45366, 45731)).toBe("20");
  });

  test("H-5: base 2,000, score 59 → 2,000 × 0.59 × 0.7 = 826.00; score 60 → 1,200.00", () => {
    expect(calc("PERFPAY", 2000, 59)).toBe("826");
    expect(calc("PERFPAY", 2000, 60)).toBe("1200");
  });

  test("K-6: 1,000 → sales department manager; 1,000.01 → vice-president; 5,000 → general manager", () => {
    expect(calc("APPROVER", 1000)).toBe("销售部门经理");
    expect(calc("APPROVER", 1000.01)).toBe("副总经理");
    expect(calc("APPROVER", 5000)).toBe("总经理");
    expect(calcIn("zh-TW", "APPROVER", 1000)).toBe("銷售部門經理");
    expect(calcIn("zh-TW", "APPROVER", 4999.99)).toBe("副總經理");
    expect(calcIn("zh-TW", "APPROVER", 5000)).toBe("總經理");
    expect(calcIn("en", "APPROVER", 1000)).toBe("Sales department manager");
    expect(calcIn("en", "APPROVER", 1000.01)).toBe("Vice-president");
    expect(calcIn("en", "APPROVER", 5000)).toBe("General manager");
    // The optional language argument overrides the user's language.
    expect(calcIn("en", "APPROVER", 5000, "zh-TW")).toBe("總經理");
  });

  test("E-1: orders 200,000, bonus 500 (all met), base 3,000 → 600 + 500 + 3,000 = 4,100.00; one missed → 3,600.00", () => {
    expect(calc("CSPAY", 200000, 500, 3000, true)).toBe("4100");
    expect(calc("CSPAY", 200000, 500, 3000, [[true, true, false, true, true]])).toBe("3600");
    expect(calc("CSPAY", 200000, 500, 3000, false)).toBe("3600");
  });
});

describe("RULEBOOK Decisions", () => {
  test("C-2 Decision: under 3 months of service → 0 days; 3 months → 10", () => {
    expect(calc("NOTICEDAYS", "2025-01-15", "2025-04-14")).toBe("0"); // 2 whole months
    expect(calc("NOTICEDAYS", "2025-01-15", "2025-04-15")).toBe("10"); // 3 whole months
  });

  test("C-2: 3 years or more → 20 days", () => {
    expect(calc("NOTICEDAYS", "2020-01-01", "2025-01-01")).toBe("20");
  });

  test("D-4 Decision: handover within 5 calendar days (2025-03-01 → 2025-03-06, serial 45722)", () => {
    // 2025-03-15 is 45731 (see C-2 above), so 2025-03-06 is 45731 − 9 = 45722.
    expect(calc("HANDOVERDUE", "2025-03-01")).toBe("45722");
  });

  test("K-5 Decision: calendar days; report within 3, close within 6 days of acceptance", () => {
    expect(calc("COMPLAINTDUE", "2025-03-01")).toBe("45723"); // 45722 + 1
    expect(calc("COMPLAINTDUE", "2025-03-01", "close")).toBe("45723");
    expect(calc("COMPLAINTDUE", "2025-03-01", "report")).toBe("45720");
    expect(calc("COMPLAINTDUE", "2025-03-01", "报告")).toBe("45720");
  });

  test("C-3: appeal within 15 days of receiving the certificate (2025-03-01 → 2025-03-16)", () => {
    expect(calc("APPEALDEADLINE", "2025-03-01")).toBe("45732");
  });

  test("D-1: resignation + 1 calendar month with EDATE month ends (2024-01-31 → 2024-02-29 = 45351)", () => {
    // 45366 (2024-03-15) − 15 = 45351 (2024-02-29).
    expect(calc("LASTWORKDAY", "2024-01-31")).toBe("45351");
    expect(calc("LASTWORKDAY", 45366)).toBe("45397"); // 2024-04-15 = 45366 + 31
  });

  test("F-1 Decision: a blank month is an error naming the month; prorate averages the months present", () => {
    const months = [80, 82, 84, 86, 88, 90, 80, 82, 84, 86, 88, 90];
    expect(calc("ANNUALSCORE", months)).toBe("85"); // 1,020 ÷ 12
    const withBlank = [...months.slice(0, 4), null, ...months.slice(5)];
    expect(calcIn("en", "ANNUALSCORE", withBlank)).toMatch(/^#VALUE! monthlyScores .*month 5 is blank/);
    // Prorated: (1,020 − 88) ÷ 11 = 932 ÷ 11 = 84.7272…
    expect(calcNumber("ANNUALSCORE", withBlank, true)).toBeCloseTo(932 / 11, 12);
    // Hired in July: months 7–12 only → (80+82+84+86+88+90) ÷ 6 = 85.
    expect(calc("ANNUALSCORE", [null, null, null, null, null, null, 80, 82, 84, 86, 88, 90], true)).toBe("85");
  });

  test("F-4 Decision: each absence rounds up on its own (two half days = 2 days); never below 0", () => {
    expect(calc("ATTENDANCESCORE", [[0.5, 0.5]])).toBe("92");
    expect(calc("ATTENDANCESCORE", 1.5)).toBe("92");
    expect(calc("ATTENDANCESCORE", 25)).toBe("0"); // 100 − 100
    expect(calc("ATTENDANCESCORE", 30)).toBe("0"); // 100 − 120 → 0
    expect(calc("ATTENDANCESCORE", 0)).toBe("100");
    expect(calc("ATTENDANCESCORE", [[null, null]])).toBe("100"); // no absences recorded
  });

  test("F-7 Decision: an item missed again has its deduction doubled; an item never goes below 0", () => {
    const oneAdPlanFault = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
    expect(calc("SALESREPSCORE", oneAdPlanFault)).toBe("98"); // 5 − 2
    const repeated = [false, false, false, false, false, false, false, false, true, false, false, false];
    expect(calc("SALESREPSCORE", oneAdPlanFault, repeated)).toBe("96"); // 5 − 4
    const twoDealer = [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(calc("SALESREPSCORE", twoDealer, [true, false, false, false, false, false, false, false, false, false, false, false])).toBe("80"); // item 1: 30 − 2 × 5 × 2 = 10, so 100 − 20
    const manyDealer = [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(calc("SALESREPSCORE", manyDealer, [true, false, false, false, false, false, false, false, false, false, false, false])).toBe("70"); // item 1: 30 − 4 × 5 × 2 = −10 → 0, so 100 − 30
    // Regional manager: 6 off the summary, doubled → 12; training 10 doubled → 20 → floor 0.
    expect(calc("REGIONALSCORE", [6, 0, 0, 0, 10, 0, 0], [true, false, false, false, true, false, false])).toBe("78"); // 100 − 12 − 10
  });

  test("F-10 Decision: completion above 100% counts as 100% in plan pay (the excess is the over-plan bonus)", () => {
    // 5,000 + 3,500 × 1 + 1,500 × 0.9 + 800 = 10,650
    expect(calc("SALESPAY", 10000, 1.3, 90, 800)).toBe("10650");
  });

  test("G-1 Decision: one falsified claim → 10 off; two or more → 30 off; never below 0", () => {
    const clean = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(calc("FIELDREPSCORE", clean)).toBe("100");
    expect(calc("FIELDREPSCORE", clean, 1)).toBe("90");
    expect(calc("FIELDREPSCORE", clean, 2)).toBe("70");
    expect(calc("FIELDREPSCORE", [10, 10, 10, 10, 10, 10, 10, 10, 10, 0], 3)).toBe("0"); // 10 − 30 → 0
  });

  test("H-4 Decision: ties share the place; a group of one, or all tied, gets neither", () => {
    expect(calc("RANKBONUS", 95, [95, 95, 70])).toBe("100");
    expect(calc("RANKBONUS", 70, [95, 70, 70])).toBe("-100");
    expect(calc("RANKBONUS", 88, [95, 88, 70])).toBe("0");
    expect(calc("RANKBONUS", 80, [80])).toBe("0");
    expect(calc("RANKBONUS", 80, [80, 80, 80])).toBe("0");
    expect(calc("RANKBONUS", 80, [[80, null], [null, 70]])).toBe("100"); // blanks skipped
  });

  test("K-3 Decision: very satisfied 4, satisfied 3, average 2, poor 1, averaged; words in any language", () => {
    expect(calc("SURVEYSCORE", ["非常满意", "满意", 2, 1])).toBe("2.5");
    expect(calc("SURVEYSCORE", ["非常滿意", "較差"])).toBe("2.5");
    expect(calc("SURVEYSCORE", ["Very satisfied", "satisfied", "average"])).toBe("3");
    expect(calc("SURVEYSCORE", 4)).toBe("4");
  });

  test("K-3: a level number names the level (4 = very satisfied … 1 = poor); the policy scores it", () => {
    const load = loadPolicy({ version: "2027.1", published: "2027-01-01", values: { "survey.levelScores": [10, 7, 4, 0] } });
    if (!load.ok) throw new Error("policy");
    expect(calcWith(load.policy, "SURVEYSCORE", [4, 1])).toBe("5"); // (10 + 0) ÷ 2
    expect(calcWith(load.policy, "SURVEYSCORE", ["satisfied", 2])).toBe("5.5"); // (7 + 4) ÷ 2
  });

  test("E-2 Decision: an indicator whose target is not set (blank) is skipped, not a pass or a fail", () => {
    expect(calc("CSPAY", 200000, 500, 3000, [[true, null, true]])).toBe("4100");
  });

  test("G table: 4 training absences take all 10 points of item 7 (deductions 0, 3, 6, 9, 10)", () => {
    const item7 = (d: number) => calc("FIELDREPSCORE", [0, 0, 0, 0, 0, 0, 0, d, 0, 0]);
    expect([0, 3, 6, 9, 10].map(item7)).toEqual(["100", "97", "94", "91", "90"]);
    expect(calcIn("en", "FIELDREPSCORE", [0, 0, 0, 0, 0, 0, 0, 4, 0, 0])).toMatch(/item 7: a deduction of 4 matches no case; allowed 0, 3, 6, 9, 10/);
  });

  test("B-6: an unoffset punishment bars promotion the following year", () => {
    expect(calc("PROMOTIONELIGIBLE", 0)).toBe("TRUE");
    expect(calc("PROMOTIONELIGIBLE", 1)).toBe("FALSE");
    expect(calc("PROMOTIONELIGIBLE", true)).toBe("FALSE"); // TRUE counts as 1
  });
});
