/**
 * Finalizing and reopening a month (EVALUATION.md): refused while incomplete or
 * with an input problem unless excluded with a reason; the log row; the pay list.
 */
import { evaluateMonth, finalizeMonth, inputsSha256, localDateTime, logCells, LOG_COLUMNS, reopenMonth, type Employee } from "../../src/cycle";

const emp = (id: string, name: string, values: Employee["values"]): Employee => ({ id, name, dept: "一部", values });
const month = (lang: "zh-CN" | "en" = "zh-CN") => evaluateMonth([
  emp("S1", "王伟", { fault1: 2, absence1: 1, absence2: 0.5, absence3: 0.5, totalPay: 10000, completionRate: 0.8 }), // 9150, monthly 89.4
  emp("S2", "李磊", { completionRate: 1 }), // no total pay: incomplete
  emp("S3", "张涛", { totalPay: 8000, completionRate: 1, fault4: -2 }), // an input problem
  emp("S4", "刘芳", { totalPay: 8000, completionRate: 1 }), // 8000, monthly 100
], { scheme: "sales", month: "2026-11", lang });

describe("finalizeMonth", () => {
  test("refused while an employee is incomplete or has an input problem, naming them", () => {
    const r = finalizeMonth(month(), { by: "刘经理", at: "2026-12-05 09:30" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.id, p.key, p.message])).toEqual([
      ["S2", "totalPay", "S2 李磊：资料不全（工资总额 未填写：结果暂缺）"],
      ["S3", "fault4", "S3 张涛：F-6: 失误4 下周计划：-2 超出范围，允许 ≥ 0"],
    ]);
  });

  test("an exclusion needs a reason and an ID of this month; finalizing needs a name", () => {
    const r = finalizeMonth(month("en"), { by: " ", at: "x", excluded: [{ id: "S2", reason: "  " }, { id: "S9", reason: "left" }, { id: "S3", reason: "disputed" }] });
    expect(r.ok || r.problems.map((p) => p.message)).toEqual([
      "excluding S2 needs a reason",
      "the excluded ID S9 is not in this month's roster",
      "type the name of who finalizes",
      "S2 李磊: incomplete (Total pay is blank: no result yet)",
    ]);
  });

  test("with the blocking employees excluded: the log row (reasons kept, figures over the rest, SHA-256 of the whole record) and the pay list", () => {
    const m = month();
    const r = finalizeMonth(m, { by: " 刘经理 ", at: "2026-12-05 09:30", excluded: [{ id: "S2", reason: "产假，下月补发" }, { id: "S3", reason: "扣分有争议" }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.log).toEqual({
      action: "finalize", scheme: "sales", month: "2026-11", policyVersion: "2026.1", employees: 2,
      excluded: [{ id: "S2", reason: "产假，下月补发" }, { id: "S3", reason: "扣分有争议" }],
      average: 94.7, // (89.4 + 100) ÷ 2
      totalPay: 17150, // 9150 + 8000
      at: "2026-12-05 09:30", by: "刘经理", reason: null, inputsSha256: inputsSha256(m),
    });
    expect(r.payList).toEqual([
      { id: "S1", name: "王伟", dept: "一部", amounts: { pay: 9150 } },
      { id: "S4", name: "刘芳", dept: "一部", amounts: { pay: 8000 } },
    ]);
    expect(logCells(r.log, "zh-CN")).toEqual(["定稿", "业务员", "2026-11", "2026.1", 2, "S2：产假，下月补发；S3：扣分有争议", 94.7, 17150, "2026-12-05 09:30", "刘经理", null, inputsSha256(m)]);
    expect(LOG_COLUMNS).toHaveLength(logCells(r.log, "en").length);
  });

  test("a scheme without pay has no pay list", () => {
    const m = evaluateMonth([{ id: "R1", name: null, dept: null, values: { deduction1: 5, deduction4: 2 } }], { scheme: "regional", month: "2026-11", lang: "en" });
    const r = finalizeMonth(m, { by: "HR", at: "t" });
    expect(r.ok && [r.payList, r.log.totalPay, r.log.average]).toEqual([[], null, 95.1]); // F-5: 93 × 0.7 + 100 × 0.3
  });

  test("online without any indicator target cannot be finalized (no pay to hand over)", () => {
    const m = evaluateMonth([{ id: "O1", name: "孙丽", dept: null, values: { orderTotal: 1, indicatorBonus: 0, baseSalary: 1 } }], { scheme: "online", month: "2026-11", lang: "zh-CN" });
    const r = finalizeMonth(m, { by: "HR", at: "t" });
    expect(r.ok || r.problems.map((p) => p.message)).toEqual(["O1 孙丽：E-2: 没有任何售后指标设定目标：工资无法计算（请在规则表中填写目标）"]);
  });
});

describe("reopenMonth", () => {
  test("a log row saying who and why; both are required", () => {
    expect(reopenMonth({ scheme: "store", month: "2026-11", policyVersion: "2026.1", by: "", reason: "", at: "t", lang: "en" }))
      .toEqual({ ok: false, problems: [{ message: "type the name of who reopens" }, { message: "reopening needs a reason" }] });
    const r = reopenMonth({ scheme: "store", month: "2026-11", policyVersion: "2026.1", by: "王", reason: "店长评分录错", at: "2026-12-06 14:00", lang: "zh-TW" });
    expect(r.ok && logCells(r.log, "zh-TW")).toEqual(["重新開啟", "門市客服", "2026-11", "2026.1", null, null, null, null, "2026-12-06 14:00", "王", "店长评分录错", null]);
  });
});

test("local date-time as HR reads it", () => {
  expect(localDateTime(new Date(2026, 11, 5, 9, 7))).toBe("2026-12-05 09:07");
});
