/**
 * Reading rosters and inputs from a grid: headers in three languages or as keys,
 * in any order; unknown columns warned about by name; blank and duplicate IDs
 * with their cell addresses; inputs matched by ID.
 */
import { headerWords, mergeTables, readTable, SCHEME_IDS, SCHEMES, type Grid } from "../../src/cycle";
import { LANGS } from "../../src/rules";

const words = (scheme: "sales" | "store", keys: string[], lang: "zh-CN" | "zh-TW" | "en" | "key") =>
  keys.map((k) => (lang === "key" ? (["id", "name", "dept"].includes(k) ? k : SCHEMES[scheme].inputs.find((i) => i.column === k)!.key) : SCHEMES[scheme].headers[k][lang]));

describe("header vocabulary", () => {
  test.each(SCHEME_IDS)("%s: every header word names one column, in every language", (id) => {
    const map = headerWords(SCHEMES[id]); // throws on a clash
    for (const lang of LANGS) {
      const texts = Object.values(SCHEMES[id].headers).map((h) => h[lang].toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
    }
    for (const input of SCHEMES[id].inputs) expect(map.get(input.key.toLowerCase())).toBe(input.column);
  });

  test("the brief's example words", () => {
    expect(SCHEMES.sales.headers.f1["zh-CN"]).toBe("失误1 经销商管理");
    expect(SCHEMES.sales.headers.f1["zh-TW"]).toBe("失誤1 經銷商管理");
    expect(SCHEMES.store.headers.dept["zh-TW"]).toBe("部門");
  });
});

describe("readTable", () => {
  const rows = [["S1", "王伟", "华东区", 2, 10000], ["S2", "李磊", "华南区", 0, 8000]];
  const cols = ["id", "name", "dept", "f1", "totalPay"];

  test.each(["zh-CN", "zh-TW", "en", "key"] as const)("headers in %s, in any order, give the same table", (lang) => {
    const order = [4, 2, 0, 3, 1];
    const grid: Grid = [order.map((i) => words("sales", cols, lang)[i]), ...rows.map((r) => order.map((i) => r[i]))];
    const t = readTable(grid, "sales", { lang: "zh-CN", source: "in.csv" });
    expect(t.problems).toEqual([]);
    expect(t.warnings).toEqual([]);
    expect(t.rows.map((r) => [r.id, r.name, r.dept, r.cells.f1, r.cells.totalPay])).toEqual(rows);
    expect(t.columns).toEqual({ totalPay: 1, dept: 2, id: 3, f1: 4, name: 5 });
  });

  test("headers match ignoring case, surrounding and doubled spaces and full-width brackets", () => {
    const t = readTable([[" employee id ", "NAME", "失误1  经销商管理"], ["S1", "A", 1]], "sales", { lang: "en", source: "x" });
    expect(t.columns).toEqual({ id: 1, name: 2, f1: 3 });
  });

  test("the header row is the first row with an ID header (title rows above are skipped)", () => {
    const grid: Grid = [["业务员考核 2026-11"], [null], ["考核月份", 46327, "部门", null], [null, null, "失误次数"], ["序号", "工号", "姓名", "失误1 经销商管理"], [1, "S1", "甲", 3]];
    const t = readTable(grid, "sales", { lang: "zh-CN", source: "sheet" });
    expect(t.headerRow).toBe(5);
    expect(t.rows).toEqual([{ id: "S1", name: "甲", dept: null, row: 6, cells: { no: 1, f1: 3 } }]);
  });

  test("unknown columns are ignored with one warning naming them", () => {
    const t = readTable([["工号", "备注", "姓名", "Bonus?"], ["S1", "x", "甲", 5]], "sales", { lang: "zh-CN", source: "in.csv" });
    expect(t.warnings).toEqual([{ code: "unknownColumns", source: "in.csv", at: { row: 1, col: 1 }, message: "忽略无法识别的列：备注, Bonus?" }]);
    expect(t.rows[0].cells).toEqual({});
  });

  test("blank and duplicate IDs are problems with their cell addresses; blank lines are skipped", () => {
    const grid: Grid = [["姓名", "工号"], ["甲", "S1"], [null, null], ["乙", " "], ["丙", "S1"], ["丁", 1001]];
    const t = readTable(grid, "sales", { lang: "en", source: "r.csv" });
    expect(t.problems.map((p) => [p.code, p.at, p.message])).toEqual([
      ["blankId", { row: 4, col: 2 }, "blank ID (B4)"],
      ["duplicateId", { row: 5, col: 2 }, "duplicate ID S1 (B5; first at B2)"],
    ]);
    expect(t.rows.map((r) => r.id)).toEqual(["S1", "1001"]);
  });

  test("a grid from a range at C3 reports addresses of the sheet; a CSV's row numbers are its lines", () => {
    const grid: Grid = [["ID", "Name"], ["A", "x"], ["A", "y"]];
    expect(readTable(grid, "store", { lang: "en", source: "Sheet1", origin: { row: 3, col: 3 } }).problems[0].message).toBe("duplicate ID A (C5; first at C4)");
    expect(readTable(grid, "store", { lang: "en", source: "f.csv", rowNumbers: [1, 2, 4] }).problems[0].at).toEqual({ row: 4, col: 1 });
  });

  test("pasted text names lines, not cells; values under no header are a warning, not lost in silence", () => {
    const grid: Grid = [["工號", "姓名", "部門"], ["S001", "王偉", "華東區"], [null, "李芳", "華南區"], ["S001", "張三", "華東區"], ["S004", "趙六", "華北區", "多餘", "再多"]];
    const pasted = readTable(grid, "sales", { lang: "zh-TW", source: "貼上的文字", lines: true });
    expect(pasted.problems.map((p) => p.message)).toEqual(["工號為空（第 3 列）", "工號 S001 重複（第 4 列，第一次在 第 2 列）"]);
    expect(pasted.warnings.map((w) => [w.code, w.at, w.message])).toEqual([["noHeader", { row: 5, col: 4 }, "第 5 列：2 個值所在的欄沒有表頭，已忽略"]]);
    // From a sheet the same values are named by their cells.
    expect(readTable(grid, "sales", { lang: "en", source: "Roster" }).warnings.map((w) => w.message)).toEqual(["D5, E5: 2 values under no header were ignored"]);
  });

  test("no ID column is a problem naming the accepted words", () => {
    const t = readTable([["姓名"], ["甲"]], "sales", { lang: "zh-TW", source: "r.csv" });
    expect(t.problems).toEqual([{ code: "noIdColumn", source: "r.csv", at: { row: 1, col: 1 }, message: "找不到工號欄（表頭應為 工號 / ID）" }]);
    expect(t.headerRow).toBe(0);
  });
});

describe("mergeTables: roster and inputs matched by ID", () => {
  const roster = readTable([["工号", "姓名", "部门", "工资总额"], ["S1", "甲", "一部", 9000], ["S2", "乙", "二部", 7000]], "sales", { lang: "zh-CN", source: "roster.csv" });

  test("inputs by ID; the inputs file wins where both have the column and the employee; an inputs ID not in the roster is a problem", () => {
    const inputs = readTable([["id", "totalPay", "completionRate"], ["S2", 7500, "90%"], ["X9", 1, 1]], "sales", { lang: "zh-CN", source: "inputs.xlsx" });
    const m = mergeTables(roster, inputs, "sales", "zh-CN");
    expect(m.employees.map((e) => [e.id, e.values.totalPay, e.values.completionRate])).toEqual([["S1", 9000, undefined], ["S2", 7500, "90%"]]);
    expect(m.problems.map((p) => [p.source, p.at, p.message])).toEqual([["inputs.xlsx", { row: 3, col: 1 }, "工号 X9 不在名单中（A3）"]]);
    expect(m.warnings.map((w) => w.message)).toEqual(["“工资总额”以输入表为准（名单中也有此列）"]);
    expect(m.employees[1].origin?.values.totalPay).toEqual({ source: "inputs.xlsx", at: { row: 2, col: 2 } });
    expect(m.employees[0].origin?.id).toEqual({ source: "roster.csv", at: { row: 2, col: 1 } });
  });

  test("without an inputs file the roster's own input columns are used", () => {
    const m = mergeTables(roster, undefined, "sales", "zh-CN");
    expect(m.employees.map((e) => e.values)).toEqual([{ totalPay: 9000 }, { totalPay: 7000 }]);
  });
});
