/** P-1 / L-7: the policy table, loading and validating overrides, and the policy sheet round trip. */
import {
  DEFAULT_POLICY, POLICY_TABLE, formatProblem, loadPolicy, loadPolicyText, policyToJson, policyToRows, rowsToPolicy, rulesOf,
  type PolicyLoad,
} from "../../src/rules";
import { POLICY_NOTES } from "../../src/rules/policy/notes";
import { calcWith } from "../support/calc";

const problems = (load: PolicyLoad) => (load.ok ? [] : load.problems.map((p) => formatProblem(p, "en")));

describe("policy table", () => {
  test("L-7: the policy carries a version and a publication date", () => {
    expect(DEFAULT_POLICY.version).toMatch(/\S/);
    expect(DEFAULT_POLICY.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("every entry names its rule IDs and a source clause", () => {
    for (const [key, entry] of Object.entries(POLICY_TABLE)) {
      expect(rulesOf(entry).length).toBeGreaterThan(0);
      for (const id of rulesOf(entry)) expect(`${key}:${id}`).toMatch(/^[\w.]+:[A-Z](-\d+(\.\d+)?)?$/);
      expect(entry.source.trim()).not.toBe("");
    }
  });

  test("the defaults pass their own validation", () => {
    expect(problems(loadPolicy({}))).toEqual([]);
    const round = loadPolicyText(policyToJson(DEFAULT_POLICY));
    expect(round.ok && round.policy).toEqual(DEFAULT_POLICY);
  });
});

describe("loading a policy refuses bad values, naming the key", () => {
  test("weights that must sum to 100%", () => {
    expect(problems(loadPolicy({ values: { "monthly.dailyWeight": 0.6 } }))).toEqual([
      "policy keys monthly.dailyWeight + monthly.attendanceWeight must add up to 1; they add up to 0.9",
    ]);
    expect(problems(loadPolicy({ values: { "salesPay.planShare": 0.4 } }))[0]).toMatch(/salesPay.baseShare \+ salesPay.planShare \+ salesPay.dailyShare must add up to 1/);
  });

  test("item maxima that must fill the 100-point scale", () => {
    expect(problems(loadPolicy({ values: { "regional.summary": 25 } }))[0]).toMatch(/^policy keys regional.summary \+ .* must add up to 100; they add up to 105$/);
  });

  test("bands that must not be empty or out of order", () => {
    expect(problems(loadPolicy({ values: { "dismissal.noticeBands": [] } }))[0]).toMatch(/^policy key dismissal.noticeBands has the wrong form/);
    expect(problems(loadPolicy({ values: { "dismissal.noticeBands": [{ fromMonths: 0, days: 10 }, { fromMonths: 12, days: 5 }] } })))
      .toEqual(["policy key dismissal.noticeBands is out of order: fromMonths to days must rise"]);
    expect(problems(loadPolicy({ values: { "fieldRep.items": [] } }))[0]).toMatch(/^policy key fieldRep.items has the wrong form/);
  });

  test("unknown keys, wrong types, shares above 1, approver thresholds in the wrong order, bad header", () => {
    expect(problems(loadPolicy({ values: { "monthly.dailyWieght": 0.7 } }))).toEqual(["unknown policy key monthly.dailyWieght"]);
    expect(problems(loadPolicy({ values: { "attendance.pointsPerDay": "four" } }))).toEqual(["policy key attendance.pointsPerDay must be a number ≥ 0"]);
    expect(problems(loadPolicy({ values: { "csPay.commissionRate": 3 } }))).toEqual(["policy key csPay.commissionRate must be a share from 0 to 1 (e.g. 0.7)"]);
    expect(problems(loadPolicy({ values: { "complaint.managerMaxAmount": 6000 } }))[0]).toMatch(/complaint.managerMaxAmount is out of order/);
    expect(problems(loadPolicy({ published: "soon" }))).toEqual(["policy published is invalid (version: non-empty text; published: YYYY-MM-DD)"]);
    expect(problems(loadPolicyText("{ not json"))[0]).toMatch(/^the policy file is not valid JSON/);
  });

  test("the refusal is localized", () => {
    const load = loadPolicy({ values: { "monthly.dailyWieght": 0.7 } });
    expect(load.ok).toBe(false);
    if (!load.ok) {
      expect(formatProblem(load.problems[0], "zh-CN")).toBe("未知的规则项 monthly.dailyWieght");
      expect(formatProblem(load.problems[0], "zh-TW")).toBe("未知的規則項 monthly.dailyWieght");
    }
  });
});

describe("a changed policy changes the results (P-1: HR changes numbers without code)", () => {
  const load = (values: Record<string, unknown>) => {
    const l = loadPolicy({ version: "2027.1", published: "2027-01-01", values });
    if (!l.ok) throw new Error(problems(l).join("; "));
    return l.policy;
  };

  test("F-3 weights 60/40: 85 × 0.6 + 88 × 0.4 = 51 + 35.2 = 86.2", () => {
    expect(calcWith(load({ "monthly.dailyWeight": 0.6, "monthly.attendanceWeight": 0.4 }), "MONTHLYSCORE", 85, 88)).toBe("86.2");
  });

  test("K-6 thresholds moved to 2,000 / 8,000", () => {
    const p = load({ "complaint.managerMaxAmount": 2000, "complaint.generalManagerMinAmount": 8000 });
    expect(calcWith(p, "APPROVER", 1500)).toBe("Sales department manager");
    expect(calcWith(p, "APPROVER", 5000)).toBe("Vice-president");
  });

  test("a score bound follows the policy: with full marks 120 a daily score of 105 is allowed", () => {
    const p = load({ "score.full": 120, "regional.region": 30, "salesRep.dealer": 50, "fieldRep.items": [...DEFAULT_POLICY.values["fieldRep.items"].slice(0, 9), { ...DEFAULT_POLICY.values["fieldRep.items"][9], max: 30 }] });
    // 10,000 × 0.5 + 10,000 × 0.35 × 0.8 + 10,000 × 0.15 × 105 ÷ 120 = 5,000 + 2,800 + 1,312.5
    expect(calcWith(p, "SALESPAY", 10000, 0.8, 105)).toBe("9112.5");
  });

  test("L-5: a minimum wage set in the policy is checked", () => {
    expect(calcWith(load({ "law.minimumWage": 2500 }), "PAYFLOORCHECK", 2600, 200)).toBe("L-5: 2400 left after the deduction is below the local minimum wage 2500");
  });
});

describe("policy sheet rows", () => {
  test("round trip through the sheet layout, with a date serial for published", () => {
    const rows = policyToRows(DEFAULT_POLICY, "zh-CN");
    expect(rows[0]).toEqual(["项目", "数值", "规则", "来源条款", "说明"]);
    expect(rows).toContainEqual(["monthly.dailyWeight", 0.7, "F-3 G-2", "❸ 業務員考核 ❸(三)", "月度得分中日常工作得分的权重"]);
    const asExcel = rows.map((r) => r.map((c) => (c === null ? "" : c)));
    asExcel[2][1] = 46327; // 2026-11-01 as Excel would hand back a date cell
    const back = rowsToPolicy(asExcel);
    expect(back.ok && back.policy).toEqual(DEFAULT_POLICY);
  });

  test("a bad value typed into the sheet is refused naming its key", () => {
    const rows = policyToRows(DEFAULT_POLICY, "en").map((r) => [...r]);
    const i = rows.findIndex((r) => r[0] === "attendance.pointsPerDay");
    rows[i][1] = "4 points";
    expect(problems(rowsToPolicy(rows))).toEqual(["policy key attendance.pointsPerDay must be a number ≥ 0"]);
  });
});

describe("policy notes (column E of the policy sheet)", () => {
  test("every key is explained in zh-CN, zh-TW and en, without figures of its own (the numbers live in the table)", () => {
    for (const key of Object.keys(POLICY_TABLE)) {
      const note = POLICY_NOTES[key as keyof typeof POLICY_NOTES];
      for (const lang of ["zh-CN", "zh-TW", "en"] as const) {
        expect(`${key} ${lang}: ${note?.[lang] ?? ""}`).toMatch(new RegExp(`^${key.replace(/\./g, "\\.")} ${lang}: \\S`));
        expect(`${key} ${lang}: ${note[lang]}`).not.toMatch(/\d/);
      }
    }
  });

  test("the policy sheet shows them in the sheet's language", () => {
    const zh = policyToRows(DEFAULT_POLICY, "zh-CN").find((r) => r[0] === "perfPay.passScore");
    expect(zh?.[4]).toBe("得分不满此分扣减绩效工资（不满）");
    const tw = policyToRows(DEFAULT_POLICY, "zh-TW").find((r) => r[0] === "perfPay.passScore");
    expect(tw?.[4]).toBe("得分未滿此分扣減績效工資（未滿）");
  });
});
