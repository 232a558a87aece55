/**
 * Every input-error path: the message names the parameter, what was given and
 * what is allowed — in zh-CN, zh-TW and en. Never NaN, never a silent 0.
 */
import { calc, calcIn } from "../support/calc";
import { LANGS } from "../../src/rules";

describe("input errors", () => {
  test("a score over 100, in all three languages (the issue's done-when case)", () => {
    expect(calcIn("zh-CN", "SALESPAY", 10000, 0.8, 105)).toBe("#VALUE! dailyScore（日常工作得分）：105 超出范围，允许 0–100");
    expect(calcIn("zh-TW", "SALESPAY", 10000, 0.8, 105)).toBe("#VALUE! dailyScore（日常工作得分）：105 超出範圍，允許 0–100");
    expect(calcIn("en", "SALESPAY", 10000, 0.8, 105)).toBe("#VALUE! dailyScore (daily-work score): 105 is out of range; allowed 0–100");
  });

  test("text where a number belongs, in all three languages", () => {
    expect(calcIn("zh-CN", "PERFPAY", "abc", 80)).toBe('#VALUE! performanceBase（绩效基数）：应为数字，收到 "abc"');
    expect(calcIn("zh-TW", "PERFPAY", "abc", 80)).toBe('#VALUE! performanceBase（績效基數）：應為數字，收到 "abc"');
    expect(calcIn("en", "PERFPAY", "abc", 80)).toBe('#VALUE! performanceBase (performance base): must be a number; got "abc"');
  });

  test("a missing required argument (a blank cell)", () => {
    expect(calcIn("en", "SALESPAY", null, 0.8, 90)).toBe("#VALUE! totalPay (total pay): is required");
    expect(calcIn("zh-CN", "SALESPAY", 10000, null, 90)).toBe("#VALUE! completionRate（计划完成率）：必须填写");
  });

  test("negative numbers and counts", () => {
    expect(calcIn("en", "SALESPAY", -1, 0.8, 90)).toBe("#VALUE! totalPay (total pay): -1 is out of range; allowed ≥ 0");
    expect(calcIn("en", "SALESPAY", 10000, -0.1, 90)).toBe("#VALUE! completionRate (plan completion rate): -0.1 is out of range; allowed 0–5");
    expect(calcIn("en", "PROMOTIONELIGIBLE", -1)).toBe("#VALUE! unoffsetPunishments (unoffset punishments): -1 is out of range; allowed ≥ 0");
    expect(calcIn("en", "PROMOTIONELIGIBLE", 1.5)).toBe("#VALUE! unoffsetPunishments (unoffset punishments): 1.5 must be a whole number; allowed ≥ 0");
    expect(calcIn("en", "ATTENDANCESCORE", [[1, -0.5]])).toBe("#VALUE! absences: cell 2: -0.5 is out of range; allowed ≥ 0");
  });

  test("booleans count as 1/0 only where a count is expected", () => {
    expect(calcIn("en", "PERFPAY", true, 80)).toBe("#VALUE! performanceBase (performance base): must be a number; got TRUE");
    expect(calc("DISMISSALCHECK", true, 0, 0)).toBe(""); // 1 consecutive day
  });

  test("a range of the wrong size, and a range where a single value belongs", () => {
    expect(calcIn("en", "SALESREPSCORE", [0, 0, 0])).toBe("#VALUE! faults: is a 1×3 range; must be 1×12");
    expect(calcIn("zh-CN", "ANNUALSCORE", [[80, 80], [80, 80]])).toBe("#VALUE! monthlyScores（月度得分）：为 2×2 区域，应为 1×12");
    // Since issue 12 a range where one value belongs spills, one result per cell: 56 + 26.4, 63 + 26.4.
    expect(calcIn("en", "MONTHLYSCORE", [[80, 90]], 88)).toBe("[[82.4,89.4]]");
    expect(calc("MONTHLYSCORE", [[85]], 88)).toBe("85.9"); // a single cell is fine
    expect(calcIn("en", "SALESREPSCORE", 3)).toBe("#VALUE! faults: must be a range of cells; got 3");
    // A 12-cell column works as well as a row.
    expect(calc("SALESREPSCORE", [[1], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0]])).toBe("95");
  });

  test("a cell inside a range is named by its position", () => {
    expect(calcIn("en", "SALESREPSCORE", [0, 0, "x", 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe('#VALUE! faults: cell 3: must be a number; got "x"');
    expect(calcIn("en", "ANNUALSCORE", [80, 80, 80, 80, 80, 101, 80, 80, 80, 80, 80, 80])).toBe("#VALUE! monthlyScores (monthly scores): cell 6: 101 is out of range; allowed 0–100");
  });

  test("dates: not a date, an impossible date, Excel's phantom 1900-02-29, notice before hire", () => {
    expect(calcIn("en", "HANDOVERDUE", "2025-02-30")).toBe('#VALUE! separationDate (separation date): must be a date (an Excel date serial or YYYY-MM-DD); got "2025-02-30"');
    expect(calcIn("en", "HANDOVERDUE", "next week")).toMatch(/^#VALUE! separationDate .*got "next week"$/);
    expect(calcIn("en", "HANDOVERDUE", 60)).toMatch(/^#VALUE! separationDate .*got 60$/);
    expect(calcIn("en", "HANDOVERDUE", 0)).toMatch(/^#VALUE! separationDate .*got 0$/);
    expect(calcIn("en", "HANDOVERDUE", true)).toMatch(/^#VALUE! separationDate .*got TRUE$/);
    expect(calcIn("en", "NOTICEDAYS", "2025-03-15", "2025-03-14")).toBe("#VALUE! noticeDate (notice date): 2025-03-14 is before 2025-03-15");
    expect(calc("HANDOVERDUE", 45717.75)).toBe("45722"); // the time of day is dropped, as Excel's date functions do
  });

  test("choices and survey words", () => {
    expect(calcIn("en", "COMPLAINTDUE", "2025-03-01", "later")).toBe('#VALUE! stage: "later" is not allowed; allowed close, report, 结案, 結案, 报告, 報告');
    expect(calcIn("en", "APPROVER", 100, "fr")).toBe('#VALUE! language: "fr" is not allowed; allowed zh-cn, zh-tw, en');
    expect(calcIn("en", "SURVEYSCORE", ["great"])).toMatch(/^#VALUE! ratings: "great" is not allowed; allowed 1–4, 非常满意/);
    expect(calcIn("en", "SURVEYSCORE", [2.5])).toMatch(/^#VALUE! ratings: 2.5 is not allowed; allowed 1–4/);
    expect(calcIn("en", "SURVEYSCORE", [5])).toMatch(/^#VALUE! ratings: 5 is not allowed/);
  });

  test("text that names an object property is still just text", () => {
    expect(calcIn("en", "COMPLAINTDUE", "2025-03-01", "constructor")).toMatch(/^#VALUE! stage: "constructor" is not allowed/);
    expect(calcIn("en", "INDICATORMET", "__proto__", 1)).toMatch(/^#VALUE! indicator: "__proto__" is not allowed/);
    expect(calcIn("en", "SURVEYSCORE", ["toString"])).toMatch(/^#VALUE! ratings: "toString" is not allowed/);
  });

  test("a range of 100,000 scores is fine (no argument-spreading limits)", () => {
    const many = Array.from({ length: 100_000 }, (_, i) => i % 101);
    expect(calc("RANKBONUS", 100, [many])).toBe("100");
  });

  test("a result too large for a cell is an error, not Infinity", () => {
    expect(calcIn("en", "SALESPAY", 1e308, 5, 100, 1e308)).toBe("#VALUE! SALESPAY: the result is too large for a cell; check the inputs");
  });

  test("empty ranges where values are needed", () => {
    expect(calcIn("en", "SURVEYSCORE", [null, null])).toBe("#VALUE! ratings: holds no values");
    expect(calcIn("en", "CSPAY", 1, 1, 1, [null])).toBe("#VALUE! indicatorsMet (indicators met): holds no values");
    expect(calcIn("en", "ANNUALSCORE", Array(12).fill(null), true)).toBe("#VALUE! monthlyScores (monthly scores): holds no values");
  });

  test("RANKBONUS refuses a score that is not among allScores", () => {
    expect(calcIn("en", "RANKBONUS", 91, [95, 88])).toBe("#VALUE! score: 91 is not among allScores");
    expect(calcIn("zh-TW", "RANKBONUS", 91, [95, 88])).toBe("#VALUE! score（本人得分）：91 不在 allScores 中");
  });

  test("blank month message in all three languages", () => {
    const months = [80, 80, null, 80, 80, 80, 80, 80, 80, 80, 80, 80];
    expect(calcIn("zh-CN", "ANNUALSCORE", months)).toBe("#VALUE! monthlyScores（月度得分）：第 3 个月为空白；请填写，或将 prorate 设为 TRUE 按已有月份平均");
    expect(calcIn("zh-TW", "ANNUALSCORE", months)).toBe("#VALUE! monthlyScores（月度得分）：第 3 個月為空白；請填寫，或將 prorate 設為 TRUE 按已有月份平均");
    expect(calcIn("en", "ANNUALSCORE", months)).toBe("#VALUE! monthlyScores (monthly scores): month 3 is blank; fill it in, or set prorate to TRUE to average the months present");
  });

  test.each(LANGS)("every error message in %s is free of placeholders, NaN and undefined", (lang) => {
    const lines = [
      calcIn(lang, "SALESPAY", "x", 1, 1), calcIn(lang, "SALESPAY", 1, 9, 1), calcIn(lang, "FIELDREPSCORE", [3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      calcIn(lang, "NOTICEDAYS", "2025-01-02", "2025-01-01"), calcIn(lang, "SALESREPSCORE", [1]), calcIn(lang, "RANKBONUS", 1, [2]),
      calcIn(lang, "HANDOVERDUE", "x"), calcIn(lang, "PROMOTIONELIGIBLE", 0.5), calcIn(lang, "SURVEYSCORE", [null]),
    ];
    for (const line of lines) {
      expect(line).toMatch(/^#VALUE! \w+/);
      expect(line).not.toMatch(/\{\w+\}|NaN|undefined|Infinity/);
    }
  });
});
