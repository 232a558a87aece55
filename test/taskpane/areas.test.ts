/** The Forms, Functions and Policy areas' content, computed without React or Office. */
import { FORM_IDS, ROSTER_FORMS, formTitle } from "../../src/forms";
import { formGroups, parseRowCount, FORM_GROUPS } from "../../src/taskpane/areas/forms/model";
import { FORMS_TEXT } from "../../src/taskpane/areas/forms/texts";
import { FUNCTION_GROUPS, functionGroups, functionRow } from "../../src/taskpane/areas/functions/model";
import { keyLabel, problemView, problemViews } from "../../src/taskpane/areas/policy/model";
import { stateFromRead } from "../../src/functions/policySource";
import { BY_ID, CATALOGUE, DEFAULT_POLICY, LANGS, policyToRows, translate } from "../../src/rules";

describe("Forms area", () => {
  test("every form, the policy sheet included, is in exactly one group, with its title and a line in each language", () => {
    const listed = FORM_GROUPS.flatMap((g) => [...g.forms]);
    expect([...listed].sort()).toEqual([...FORM_IDS].sort());
    for (const lang of LANGS) {
      const groups = formGroups(lang);
      expect(groups.map((g) => g.id)).toEqual(["evaluation", "pay", "documents", "registers", "policy"]);
      for (const f of groups.flatMap((g) => g.forms)) {
        expect(f.title).toBe(formTitle(f.id, lang));
        expect(f.line.length).toBeGreaterThan(5);
        expect(f.roster).toBe((ROSTER_FORMS as readonly string[]).includes(f.id));
      }
    }
    expect(formGroups("zh-CN").at(-1)).toEqual({ id: "policy", title: "规则", forms: [expect.objectContaining({ id: "policy", title: "规则", roster: false })] });
  });

  test("employee rows: a whole number from 1 to 10,000; the message says so in words (defect 4)", () => {
    expect(["1", " 25 ", "10000"].map(parseRowCount)).toEqual([1, 25, 10000]);
    expect(["0", "-3", "2.5", "10001", "", "abc", "1e3x"].map(parseRowCount)).toEqual(Array(7).fill(undefined));
    expect(translate(FORMS_TEXT, "rowsInvalid", "en", { max: 10000, given: "0" })).toBe("Enter a whole number from 1 to 10000 (got “0”)");
    expect(translate(FORMS_TEXT, "rowsInvalid", "zh-CN", { max: 10000, given: "abc" })).toBe("请输入 1 到 10000 之间的整数（收到「abc」）");
  });
});

describe("Functions area", () => {
  test("every catalogue function is in exactly one task group (scores, pay, dates, checks)", () => {
    const grouped = Object.values(FUNCTION_GROUPS).flat();
    expect([...grouped].sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  test("a row: localized name and signature, description and parameters under the policy, the worked example in the user's language", () => {
    const zh = functionRow(BY_ID.get("SALESPAY")!, "zh-CN");
    expect(zh.name).toBe("HR.销售工资");
    expect(zh.signature).toBe("HR.销售工资(工资总额, 计划完成率, 日常工作得分, [超计划奖金])");
    expect(zh.params.map((p) => p.optional)).toEqual([false, false, false, true]);
    expect(zh.params[2].description).toBe("日常工作考核得分（0–100）；或一列（每人一格），返回一列结果"); // with the spill note: a column of scores
    expect(zh.example).toEqual({ formula: "=HR.销售工资(10000, 0.8, 90)", result: "9150" }); // F-10 worked example
    expect(zh.insert).toBe("=HR.SALESPAY(10000,0.8,90)");
    const en = functionRow(BY_ID.get("APPROVER")!, "en");
    expect(en.example).toEqual({ formula: "=HR.APPROVER(5000)", result: "General manager" }); // K-6: 5000 and above
    expect(functionRow(BY_ID.get("DISMISSALCHECK")!, "en").example.result).toBe('""'); // no ground applies
    expect(functionRow(BY_ID.get("SALESPAY")!, "en", { ...DEFAULT_POLICY, values: { ...DEFAULT_POLICY.values, "score.full": 120 } }).params[2].description).toBe("daily-work score (0–120); or a column, one cell per employee, for a column of results");
  });

  test("search finds a function by its name in any language or a word of its description", () => {
    const ids = (lang: "zh-CN" | "zh-TW" | "en", q: string) => functionGroups(lang, q).flatMap((g) => g.rows.map((r) => r.id));
    expect(ids("en", "salespay")).toEqual(["SALESPAY"]);
    expect(ids("en", "销售工资")).toEqual(["SALESPAY"]);
    expect(ids("zh-CN", "銷售薪資")).toEqual(["SALESPAY"]);
    expect(ids("zh-TW", "notice")).toEqual(expect.arrayContaining(["NOTICEDAYS"]));
    expect(ids("zh-CN", "加班")).toEqual(["OVERTIMEHOURS", "OVERTIMECHECK"]);
    expect(ids("en", "no such thing")).toEqual([]);
    expect(functionGroups("en").map((g) => g.title)).toEqual(["Scores", "Pay", "Dates and hours", "Checks and lookups"]);
  });
});

describe("Policy area: problems named by meaning, with their cells (defects 1 and 3)", () => {
  // An older (layout-1) sheet: key in A, value in B, from row 1 — the reader places each problem's cells.
  const rows = policyToRows(DEFAULT_POLICY, "zh-CN");
  const row = (key: string) => rows.findIndex((r) => r[0] === key);

  test("a sum problem names both keys by what they mean and points at both value cells", () => {
    const bad = rows.map((r) => [...r]);
    bad[row("monthly.dailyWeight")][1] = 0.9; // 0.9 + 0.3 = 1.2, not 1 (F-3)
    const state = stateFromRead({ sheet: "规则", rows: bad });
    if (state.ok) throw new Error("expected an invalid policy");
    const [p] = problemViews(state, "zh-CN");
    expect(p.text).toBe("「月度得分中日常工作得分的权重」+「月度得分中出勤得分的权重」：之和应为 1，现为 1.2");
    expect(p.text).not.toMatch(/monthly\./);
    expect(p.cells).toEqual([
      { key: "monthly.dailyWeight", label: "月度得分中日常工作得分的权重", address: `B${row("monthly.dailyWeight") + 1}` },
      { key: "monthly.attendanceWeight", label: "月度得分中出勤得分的权重", address: `B${row("monthly.attendanceWeight") + 1}` },
    ]);
    const [en] = problemViews(state, "en");
    expect(en.text).toBe("“weight of the daily-work score in the monthly score” + “weight of the attendance score in the monthly score”: must add up to 1; they add up to 1.2");
  });

  test("a misspelt key is shown as typed, with the cell it is in; the header keys have labels", () => {
    expect(problemView({ key: "monthly.dailyWieght", code: "unknownKey", cell: "規則!A30" }, "zh-TW")).toEqual({
      text: "「monthly.dailyWieght」：未知的規則項", cells: [{ key: "monthly.dailyWieght", label: "monthly.dailyWieght", address: "A30" }],
    });
    expect(keyLabel("version", "en")).toBe("policy version");
    expect(problemView({ key: "published", code: "blank", allowed: "YYYY-MM-DD" }, "en").cells).toEqual([{ key: "published", label: "publication date", address: undefined }]);
  });
});

