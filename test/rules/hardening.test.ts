/**
 * Issue 7 regressions in the rules core (rows 1–4, 11–13): whatever arrives,
 * the answer is a value or a #VALUE! that says what was given, in the user's
 * language; dates stay within 1900-01-01 … 9999-12-31; text within a cell.
 */
import { calc, calcIn } from "../support/calc";
import { DEFAULT_POLICY, LANGS, errorMessage, findFunction, invoke, type Raw } from "../../src/rules";
import { addDays, civilToSerial, parseIsoDate } from "../../src/rules/dates";
import { ceilToMultiple, dec } from "../../src/rules/decimal";
import { escapeControl } from "../../src/rules/messages";

/** An array nested `depth` deep around 1: [[[…1…]]]. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** invoke + errorMessage, as every adapter calls them, on raw arguments the types do not allow. */
function line(name: string, raw: unknown[], lang: "zh-CN" | "zh-TW" | "en" = "en"): string {
  const spec = findFunction(name)!;
  const out = invoke(spec, raw as Raw[], DEFAULT_POLICY, lang);
  return out.ok ? String(out.value) : `#VALUE! ${errorMessage(spec, out.error, lang)}`;
}

describe("row 1/12: objects and deep arrays say what they are", () => {
  test("a JSON object in a scalar parameter, even one whose toString is not a function", () => {
    expect(line("SALESPAY", [{ toString: 1 }, 0.8, 90])).toBe("#VALUE! totalPay (total pay): must be a number; got an object");
    expect(line("SALESPAY", [{}, 0.8, 90], "zh-CN")).toBe("#VALUE! totalPay（工资总额）：应为数字，收到 一个对象");
    expect(line("SALESPAY", [{}, 0.8, 90], "zh-TW")).toBe("#VALUE! totalPay（工資總額）：應為數字，收到 一個物件");
    expect(line("HANDOVERDUE", [Object.create(null)])).toBe("#VALUE! separationDate (separation date): must be a date (an Excel date serial or YYYY-MM-DD); got an object");
  });

  test("an object inside a range names its cell", () => {
    expect(line("ATTENDANCESCORE", [[[1, { a: 1 }]]])).toBe("#VALUE! absences: cell 2: must be a number; got an object");
  });

  test("an array nested 5,000 deep, in a scalar and in a range parameter", () => {
    const deep = [[nested(5000)]];
    expect(line("SALESPAY", [deep, 0.8, 90])).toBe("#VALUE! totalPay (total pay): must be a number; got a nested array");
    expect(line("ATTENDANCESCORE", [deep], "zh-CN")).toBe("#VALUE! absences（缺勤）：应为单元格区域，收到 嵌套数组");
    expect(line("ATTENDANCESCORE", [deep], "zh-TW")).toBe("#VALUE! absences（缺勤）：應為儲存格範圍，收到 巢狀陣列");
  });

  test("through calc's own argument reading: a nested array is never shown as a blank or a 1×1 range", () => {
    expect(calcIn("en", "SALESPAY", [[[1, 2]]] as never, 0.8, 90)).toBe("#VALUE! totalPay (total pay): must be a number; got a nested array");
    expect(calcIn("zh-CN", "ATTENDANCESCORE", [[[[1]]]] as never)).not.toMatch(/空白|1×1/);
  });
});

describe("row 2: control characters never reach a message raw", () => {
  test("newline, CR, ESC, NUL, DEL and line separators are escaped as \\uXXXX", () => {
    const given = "a\nb\rc\u001b[31md\u0000e\u007ff\u2028g";
    const msg = calcIn("en", "PERFPAY", given, 80);
    expect(msg).toBe('#VALUE! performanceBase (performance base): must be a number; got "a\\u000ab\\u000dc\\u001b[31md\\u0000e\\u007ff\\u2028g"');
    expect(msg).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  test("escapeControl leaves ordinary text, Chinese and tabs-as-escapes alone", () => {
    expect(escapeControl("满意 ok")).toBe("满意 ok");
    expect(escapeControl("\t")).toBe("\\u0009");
  });

  test("a very long text is shortened in the message, with its length", () => {
    const msg = calcIn("en", "PERFPAY", "x".repeat(40_000), 80);
    expect(msg.length).toBeLessThan(300);
    expect(msg).toMatch(/got "x+…" \(40000 characters\)$/);
  });
});

describe("row 3: dates are 1900-01-01 … 9999-12-31", () => {
  test.each(["0024-03-15", "1899-06-30", "1899-12-31", "0000-01-01"])("%s is refused", (iso) => {
    expect(calcIn("en", "HANDOVERDUE", iso)).toBe(`#VALUE! separationDate (separation date): "${iso}" is out of range; allowed 1900-01-01–9999-12-31`);
  });

  test("the edges are accepted", () => {
    expect(calc("NOTICEDAYS", "1900-01-01", "9999-12-31")).toBe("20"); // the top C-2 band
    expect(calc("APPEALDEADLINE", "1900-01-01")).toBe("16");
  });

  test("civilToSerial does not read years 0–99 as 1900–1999", () => {
    expect(civilToSerial({ year: 24, month: 3, day: 15 })).toBeLessThan(0);
    expect(civilToSerial(parseIsoDate("1924-03-15")!)).toBe(8841); // 1924-03-15 − 1899-12-30 = 8841 days
  });
});

describe("row 4: date results stay in range, and serial 60 is never produced", () => {
  test("HANDOVERDUE 55 (1900-02-24) + 5 days is 1900-03-01 = 61, skipping Excel's phantom 1900-02-29", () => {
    expect(calc("HANDOVERDUE", 55)).toBe("61");
    expect(addDays(59, 1)).toBe(61);
    expect(addDays(61, -1)).toBe(59);
    expect(addDays(45366, 5)).toBe(45371);
  });

  test("every due date across the phantom day skips it", () => {
    for (let start = 40; start <= 59; start++) expect(calc("APPEALDEADLINE", start)).not.toBe("60");
  });

  test.each(LANGS)("LASTWORKDAY 2958465 (9999-12-31) + 1 month is past Excel's last date: #VALUE! in %s", (lang) => {
    const msg = calcIn(lang, "LASTWORKDAY", 2958465);
    expect(msg).toMatch(/^#VALUE! resignationDate/);
    expect(msg).toContain("9999-12-31");
    expect(msg).toContain("10000-01-31");
  });

  test("the message in en", () => {
    expect(calcIn("en", "COMPLAINTDUE", "9999-12-30")).toBe("#VALUE! acceptedDate (accepted date): the date worked out from 9999-12-30, 10000-01-05, is outside the dates Excel can show (1900-01-01–9999-12-31)");
  });
});

describe("row 11: a month is at most 31 days; no text result over 32,767 characters", () => {
  test.each(["OVERTIMECHECK", "OVERTIMEHOURS"])("%s refuses more than 31 days", (name) => {
    const days32 = Array(32).fill(8);
    expect(calcIn("en", name, days32)).toBe("#VALUE! dailyHours (daily hours): is a 1×32 range; at most 31 cells");
    expect(calcIn("zh-CN", name, Array(400).fill(13))).toBe("#VALUE! dailyHours（每日工时）：为 1×400 区域，最多 31 个单元格");
    expect(calcIn("en", name, Array(31).fill(8))).not.toMatch(/^#VALUE!/); // 31 days are a month
  });

  test("the worst month of OVERTIMECHECK stays within a cell", () => {
    const text = calc("OVERTIMECHECK", Array(31).fill(24));
    expect(text).toMatch(/^A-3/);
    expect(text.length).toBeLessThanOrEqual(32_767);
  });

  test("invoke refuses any text result over 32,767 characters", () => {
    const spec = { ...findFunction("APPROVER")!, run: () => ({ ok: true as const, value: "字".repeat(32_768), trace: { inputs: {}, rules: [], steps: [], warnings: [] } }) };
    const out = invoke(spec, [1], DEFAULT_POLICY, "en");
    expect(out.ok).toBe(false);
    if (!out.ok) expect(errorMessage(spec, out.error, "en")).toBe("APPROVER: the result is 32768 characters long, over Excel's cell limit of 32767");
    const fits = { ...spec, run: () => ({ ok: true as const, value: "字".repeat(32_767), trace: { inputs: {}, rules: [], steps: [], warnings: [] } }) };
    expect(invoke(fits, [1], DEFAULT_POLICY, "en").ok).toBe(true);
  });
});

describe("row 13: any part of a day is a day, for every positive amount (F-4)", () => {
  test.each([1e-10, 1e-30, 1e-300, 5e-324, 0.5, 1])("ATTENDANCESCORE %p = 96 (one day, 4 points off)", (days) => {
    expect(calc("ATTENDANCESCORE", days)).toBe("96");
  });

  test("ceilToMultiple is exact at any scale", () => {
    expect(ceilToMultiple(dec("1e-300"), dec(1)).toString()).toBe("1");
    expect(ceilToMultiple(dec("2.000000000000000000000001"), dec("0.5")).toString()).toBe("2.5");
    expect(ceilToMultiple(dec(3), dec("0.5")).toString()).toBe("3");
    expect(ceilToMultiple(dec(0), dec(1)).toString()).toBe("0");
    expect(ceilToMultiple(dec("1e25"), dec(1)).toString()).toBe("1e+25");
  });
});
