/** P-1 / L-7: the policy table, loading and validating a policy (meaning, not only type), and policy files. */
import {
  DEFAULT_POLICY, MAX_POLICY_FILE_BYTES, POLICY_TABLE, duplicateJsonKeys, formatProblem, loadPolicy, loadPolicyText, policyToJson, rulesOf,
  type PolicyLoad,
} from "../../src/rules";
import { POLICY_NOTES } from "../../src/rules/policy/notes";
import { calcWith } from "../support/calc";

const problems = (load: PolicyLoad, lang: "en" | "zh-CN" | "zh-TW" = "en") => (load.ok ? [] : load.problems.map((p) => formatProblem(p, lang)));
/** A company policy file changing `values` (it names its own version and date, L-7). */
const file = (values: Record<string, unknown>) => loadPolicy({ version: "2027.1", published: "2027-01-01", values });

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

  test("every number has finite bounds; a bound that names a key names a scalar key", () => {
    for (const [key, entry] of Object.entries(POLICY_TABLE)) {
      const s = entry.schema;
      if (s.type !== "number") continue;
      for (const b of [s.min, s.max]) {
        if (typeof b === "number") expect([key, Number.isFinite(b)]).toEqual([key, true]);
        else expect([key, typeof (POLICY_TABLE as Record<string, { value: unknown }>)[b]?.value]).toEqual([key, "number"]);
      }
    }
  });

  test("the defaults pass their own validation", () => {
    expect(problems(loadPolicy({}))).toEqual([]);
    const round = loadPolicyText(policyToJson(DEFAULT_POLICY));
    expect(round.ok && round.policy).toEqual(DEFAULT_POLICY);
  });
});

describe("loading a policy refuses bad values, naming the key, what was given and what is allowed", () => {
  test("weights that must sum to 100%", () => {
    expect(problems(file({ "monthly.dailyWeight": 0.6 }))).toEqual([
      "monthly.dailyWeight + monthly.attendanceWeight: must add up to 1; they add up to 0.9",
    ]);
    expect(problems(file({ "salesPay.planShare": 0.4 }))[0]).toMatch(/^salesPay.baseShare \+ salesPay.planShare \+ salesPay.dailyShare: must add up to 1/);
  });

  test("item maxima that must fill the 100-point scale", () => {
    expect(problems(file({ "regional.summary": 25 }))[0]).toMatch(/^regional.summary \+ .*: must add up to 100; they add up to 105$/);
  });

  // The list: values that passed the type check but broke the rules.
  test.each([
    ["annual.months 0 (the annual average would divide by zero)", { "annual.months": 0 }, "annual.months: 0 is out of range; allowed 1–12"],
    ["survey.levelScores of ±1e308", { "survey.levelScores": [1e308, -1e308, 2, 1] }, "survey.levelScores[1]: 1e+308 is out of range; allowed 0–score.full (100)"],
    ["fieldRep.falsifiedManyFrom 0 (a clean employee would score 70)", { "fieldRep.falsifiedManyFrom": 0 }, "fieldRep.falsifiedManyFrom: 0 is out of range; allowed 2–1000"],
    ["perfPay.passScore 1000 (everyone would lose 30%)", { "perfPay.passScore": 1000 }, "perfPay.passScore: 1000 is out of range; allowed 0–score.full (100)"],
    ["notice-band days 2.5 (NOTICEDAYS would return 2.5)", { "dismissal.noticeBands": [{ fromMonths: 0, days: 0 }, { fromMonths: 3, days: 2.5 }] }, "dismissal.noticeBands[2].days: 2.5 must be a whole number; allowed 0–366"],
    ["a misspelled indicator name", { "csPay.indicatorTargets": { dsrr: { direction: "min", target: 4.7 } } }, 'csPay.indicatorTargets.dsrr: unknown policy key; did you mean dsr?'],
    ["a __proto__ key", JSON.parse('{"__proto__": 5}') as Record<string, unknown>, '__proto__: unknown policy key'],
    ["a count that is not whole", { "dismissal.demeritsPerYear": 2.5 }, "dismissal.demeritsPerYear: 2.5 must be a whole number; allowed 1–1000"],
    ["a share above 1", { "csPay.commissionRate": 3 }, "csPay.commissionRate: 3 must be a share from 0 to 1 (0.7 is 70%)"],
    ["text where a number is meant", { "attendance.pointsPerDay": "0x3C" }, 'attendance.pointsPerDay: must be a number; got "0x3C"; allowed 0–score.full (100)'],
  ])("%s", (_, values, problem) => {
    expect(problems(file(values))).toContain(problem);
  });

  test("bands: not empty, from 0, strictly rising; days never falling", () => {
    expect(problems(file({ "dismissal.noticeBands": [] }))[0]).toMatch(/^dismissal.noticeBands: has the wrong form/);
    expect(problems(file({ "dismissal.noticeBands": [{ fromMonths: 1, days: 0 }] }))).toEqual(["dismissal.noticeBands[1].fromMonths: the first band must start at 0; got 1"]);
    expect(problems(file({ "dismissal.noticeBands": [{ fromMonths: 0, days: 10 }, { fromMonths: 12, days: 5 }] })))
      .toEqual(["dismissal.noticeBands[2].days: 5 must not be below the previous band's 10"]);
    expect(problems(file({ "law.probationCaps": [{ fromContractMonths: 0, maxProbationMonths: 0 }, { fromContractMonths: 0, maxProbationMonths: 1 }] })))
      .toEqual(["law.probationCaps[2].fromContractMonths: 0 must be above the previous band's 0 (bands rise)"]);
    expect(problems(file({ "fieldRep.items": [] }))[0]).toMatch(/^fieldRep.items: has the wrong form/);
  });

  test("issue 7 row 12: a short levelScores list says how many it needs, a rising one that scores must fall", () => {
    expect(problems(file({ "survey.levelScores": [4, 3] }))).toEqual(["survey.levelScores: must have 4 entries; got 2"]);
    expect(problems(file({ "survey.levelScores": [1, 2, 3, 4] }))[0]).toBe("survey.levelScores[2]: 2 must be below the level above's 1 (scores fall from very satisfied to poor)");
  });

  test("bounds that name another key follow it: with full marks 50, the default pass mark 60 is out of range", () => {
    expect(problems(file({ "score.full": 50 }))).toContain("perfPay.passScore: 60 is out of range; allowed 0–score.full (50)");
  });

  test("unknown keys, approver thresholds in the wrong order, header", () => {
    expect(problems(file({ "monthly.dailyWieght": 0.7 }))).toEqual(['monthly.dailyWieght: unknown policy key; did you mean monthly.dailyWeight?']);
    expect(problems(file({ "complaint.managerMaxAmount": 6000 }))[0]).toBe("complaint.managerMaxAmount: 6000 must be below complaint.generalManagerMinAmount; allowed < complaint.generalManagerMinAmount (5000)");
    expect(problems(loadPolicy({ version: "2027.1", published: "soon" }))).toEqual(['published: must be a date YYYY-MM-DD; got "soon"']);
    expect(problems(loadPolicy({ version: " ", published: "2027-01-01" }))).toEqual(['version: must not be blank; allowed 1–64 characters']);
    expect(problems(loadPolicy({ version: "x".repeat(100_000), published: "2027-01-01" }))).toEqual(["version: is 100000 characters long; at most 64"]);
    expect(problems(loadPolicyText("{ not json"))[0]).toMatch(/^policy file: is not valid JSON/);
  });

  test("a file that changes values names its own version and date (L-7); one that changes nothing may omit them", () => {
    expect(problems(loadPolicy({ values: { "perfPay.passScore": 55 } }))).toEqual([
      "version: is required: a file that changes values must name its own version and publication date (L-7)",
      "published: is required: a file that changes values must name its own version and publication date (L-7)",
    ]);
    expect(loadPolicy({ values: {} }).ok).toBe(true);
  });

  test("a file may omit keys: an omitted key keeps its default", () => {
    const l = file({ "perfPay.passScore": 55 });
    expect(l.ok && l.policy.values["annual.months"]).toBe(DEFAULT_POLICY.values["annual.months"]);
  });

  test("duplicate keys in a file are problems, not last-one-wins", () => {
    const text = '{"version":"2027.1","published":"2027-01-01","values":{"monthly.dailyWeight":0.6,"monthly.dailyWeight":0.7}}';
    expect(duplicateJsonKeys(text)).toEqual(["values.monthly.dailyWeight"]);
    expect(problems(loadPolicyText(text))).toEqual(["monthly.dailyWeight: appears more than once; each may appear only once (the last one does not silently win)"]);
    expect(duplicateJsonKeys('{"a":{"b":1},"c":{"b":2},"s":"{\\"a\\":1,\\"a\\":2}"}')).toEqual([]);
  });

  test("a policy file larger than the limit is refused unread", () => {
    const big = `{"version":"${"x".repeat(MAX_POLICY_FILE_BYTES)}"}`;
    expect(problems(loadPolicyText(big))).toEqual([`policy file: is ${MAX_POLICY_FILE_BYTES + '{"version":""}'.length} bytes; at most ${MAX_POLICY_FILE_BYTES} bytes are allowed`]);
  });

  test("a 100 MB-like version string is shown cut short in the message", () => {
    const p = loadPolicy({ version: "v".repeat(200), published: "2027-01-01" });
    expect(problems(p)[0].length).toBeLessThan(100);
  });

  test("the refusal is localized, and says 规则 / 規則, never 策略", () => {
    const load = file({ "monthly.dailyWieght": 0.7 });
    expect(problems(load, "zh-CN")).toEqual(['monthly.dailyWieght：未知的规则项，是否为 monthly.dailyWeight？']);
    expect(problems(load, "zh-TW")).toEqual(['monthly.dailyWieght：未知的規則項，是否為 monthly.dailyWeight？']);
    expect(problems(file({ "annual.months": 0 }), "zh-CN")).toEqual(["annual.months：0 超出范围，允许 1–12"]);
    expect(problems(file({ "annual.months": 0 }), "zh-TW")).toEqual(["annual.months：0 超出範圍，允許 1–12"]);
  });
});

describe("a changed policy changes the results (P-1: HR changes numbers without code)", () => {
  const load = (values: Record<string, unknown>) => {
    const l = file(values);
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

describe("policy notes (the labels of the policy sheet)", () => {
  test("every key is explained in zh-CN, zh-TW and en, without figures of its own (the numbers live in the table)", () => {
    for (const key of Object.keys(POLICY_TABLE)) {
      const note = POLICY_NOTES[key as keyof typeof POLICY_NOTES];
      for (const lang of ["zh-CN", "zh-TW", "en"] as const) {
        expect(`${key} ${lang}: ${note?.[lang] ?? ""}`).toMatch(new RegExp(`^${key.replace(/\./g, "\\.")} ${lang}: \\S`));
        expect(`${key} ${lang}: ${note[lang]}`).not.toMatch(/\d/);
      }
    }
  });
});
