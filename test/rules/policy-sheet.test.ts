/**
 * The policy sheet read back (P-1): bound by key (any row order), recognised by
 * its marker, an older layout still read, and every problem reported with its
 * cell. Rows come from the sheet plan as a workbook hands them back.
 */
import { policyRowOf } from "../../src/forms";
import {
  DEFAULT_POLICY, LANGS, POLICY_MARKER, alignUsedRange, choosePolicySheet, formatProblem, loadPolicy, policyCandidates, policyToRows,
  readPolicySheet, rowKey, type Lang, type Policy, type PolicyLoad,
} from "../../src/rules";
import { planUpgrade } from "../../src/rules/policy/changes";
import { policySheetRows, shuffled } from "../support/policyRows";

const problems = (load: PolicyLoad, lang: Lang = "en") => (load.ok ? [] : load.problems.map((p) => formatProblem(p, lang)));

/** A company's own policy with a changed value in every kind of entry (tables included). */
function companyPolicy(): Policy {
  const d = DEFAULT_POLICY.values;
  const items = structuredClone(d["fieldRep.items"]);
  items[0].cases[1].min = 5;
  items[6].cases[0].repeatable = false;
  items[5].exclusive = false;
  const l = loadPolicy({
    version: "2027.3", published: "2027-03-01",
    values: {
      "perfPay.passScore": 55, "monthly.dailyWeight": 0.6, "monthly.attendanceWeight": 0.4, "law.minimumWage": 2490,
      "dismissal.noticeBands": [{ fromMonths: 0, days: 3 }, { fromMonths: 3, days: 15 }, { fromMonths: 12, days: 30 }],
      "law.probationCaps": [{ fromContractMonths: 0, maxProbationMonths: 0 }, { fromContractMonths: 12, maxProbationMonths: 2 }],
      "survey.levelScores": [10, 7, 4, 0],
      "csPay.indicatorTargets": { refundRate: { direction: "max", target: 0.05 }, dsr: { direction: "min", target: 4.7 } },
      "fieldRep.items": items,
    },
  });
  if (!l.ok) throw new Error(problems(l).join("\n"));
  return l.policy;
}

const set = (rows: (string | number | null)[][], cell: string, value: string | number | null) => {
  const m = /^([A-Z])(\d+)$/.exec(cell)!;
  rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = value;
};
const rowOf = (key: string, lang: Lang = "en", policy: Policy = DEFAULT_POLICY) => policyRowOf(policy, lang).get(key)!;

describe("the policy sheet (layout 2) read back", () => {
  test.each(LANGS.map((l) => [l]))("%s: every key of a company policy is written and read back unchanged", (lang) => {
    const policy = companyPolicy();
    const read = readPolicySheet(policySheetRows(policy, lang), "规则");
    expect(read.layout).toBe("current");
    expect(problems(read.load)).toEqual([]);
    expect(read.load.ok && read.load.policy).toEqual(policy);
  });

  test("bound by key: the rows in any order (sorted, shuffled) give the same policy", () => {
    const policy = companyPolicy();
    const rows = policySheetRows(policy, "zh-CN");
    const head = 6; // title, version, published, validity, how-to, column headings
    const mixed = [...rows.slice(0, head), ...shuffled(rows.slice(head))];
    expect(mixed).not.toEqual(rows);
    const read = readPolicySheet(mixed);
    expect(read.load.ok && read.load.policy).toEqual(policy);
    const sorted = [...rows.slice(0, head), ...[...rows.slice(head)].sort((a, b) => String(a[0]).localeCompare(String(b[0])))];
    expect(readPolicySheet(sorted).load).toEqual({ ok: true, policy });
  });

  test("the reader finds the marker where the used range puts it (rows and columns padded from A1)", () => {
    const rows = policySheetRows(DEFAULT_POLICY, "en");
    expect(rows[0][6]).toBe(POLICY_MARKER);
    const aligned = alignUsedRange(rows.map((r) => r.slice(0)), 0, 0);
    expect(readPolicySheet(aligned).load.ok).toBe(true);
    expect(alignUsedRange([["k", 1]], 2, 1)).toEqual([[], [], [null, "k", 1]]);
  });

  test("where each value sits: a path's cell", () => {
    const read = readPolicySheet(policySheetRows(DEFAULT_POLICY, "en"));
    expect(read.cells["monthly.dailyWeight"]).toBe(`B${rowOf("monthly.dailyWeight")}`);
    expect(read.cells["dismissal.noticeBands[2].days"]).toBe(`B${rowOf(rowKey("dismissal.noticeBands", 2))}`);
    expect(read.cells["fieldRep.items[4].cases[2].repeatable"]).toBe(`D${rowOf("fieldRep.items#4:4a#2:delayingClaims")}`);
    expect(read.cells.version).toBe("B2");
  });
});

describe("each bad value on the sheet is refused with its key and its cell", () => {
  const sheet = (edit: (rows: (string | number | null)[][]) => void) => {
    const rows = policySheetRows(DEFAULT_POLICY, "zh-CN");
    edit(rows);
    return problems(readPolicySheet(rows, "规则").load);
  };
  const row = (key: string) => rowOf(key, "zh-CN");

  test.each([
    ["annual.months 0", "annual.months", 0, "annual.months: 0 is out of range; allowed 1–12"],
    ["fieldRep.falsifiedManyFrom 0", "fieldRep.falsifiedManyFrom", 0, "fieldRep.falsifiedManyFrom: 0 is out of range; allowed 2–1000"],
    ["perfPay.passScore 1000", "perfPay.passScore", 1000, "perfPay.passScore: 1000 is out of range; allowed 0–score.full (100)"],
    ["0x3C typed as text (only plain decimal numbers count)", "attendance.pointsPerDay", "0x3C", 'attendance.pointsPerDay: must be a number; got "0x3C"; allowed 0–score.full (100)'],
    ["a blank value", "annual.months", null, "annual.months: must be a number; got blank; allowed 1–12"],
  ])("%s", (_, key, value, message) => {
    expect(sheet((r) => set(r, `B${row(key)}`, value))).toEqual([`规则!B${row(key)} ${message}`]);
  });

  test("survey level scores of ±1e308, and scores that do not fall", () => {
    const r1 = row(rowKey("survey.levelScores", 1));
    expect(sheet((r) => set(r, `B${r1}`, 1e308))).toEqual([`规则!B${r1} survey.levelScores[1]: 1e+308 is out of range; allowed 0–score.full (100)`]);
    const r3 = row(rowKey("survey.levelScores", 3));
    expect(sheet((r) => set(r, `B${r3}`, 3))).toEqual([`规则!B${r3} survey.levelScores[3]: 3 must be below the level above's 3 (scores fall from very satisfied to poor)`]);
  });

  test("notice-band days 2.5", () => {
    const r2 = row(rowKey("dismissal.noticeBands", 2));
    expect(sheet((r) => set(r, `B${r2}`, 2.5))).toEqual([`规则!B${r2} dismissal.noticeBands[2].days: 2.5 must be a whole number; allowed 0–366`]);
  });

  test("a yes/no cell with another word", () => {
    const r = row("fieldRep.items#8:7#1:trainingAbsence");
    expect(sheet((rows) => set(rows, `D${r}`, "也许"))).toEqual([`规则!D${r} fieldRep.items[8].cases[1].repeatable: must be yes or no; got "也许"`]);
  });

  test("a blank version, a 100 MB version", () => {
    expect(sheet((r) => set(r, "B2", ""))).toEqual(["规则!B2 version: must not be blank; allowed 1–64 characters"]);
    expect(sheet((r) => set(r, "B2", "v".repeat(1_000_000)))).toEqual(["规则!B2 version: is 1000000 characters long; at most 64"]);
  });

  test("a __proto__ row, a misspelled indicator row, a duplicated row", () => {
    const extra = (key: string, value: number) => (r: (string | number | null)[][]) => { r.push(["", value, null, null, null, null, key]); };
    const last = policySheetRows(DEFAULT_POLICY, "zh-CN").length + 1;
    expect(sheet(extra("__proto__", 5))).toEqual([`规则!G${last} __proto__: unknown policy key`]);
    expect(sheet(extra("csPay.indicatorTargets#6:dsrr", 4.7))).toEqual([
      `规则!A${rowOf("csPay.indicatorTargets/5", "zh-CN")} csPay.indicatorTargets: the table should have 5 rows; it has 6 (a row deleted or copied?)`,
      `规则!G${last} csPay.indicatorTargets.dsrr: unknown policy key; did you mean dsr?`,
    ]);
    const dup = row("perfPay.passScore");
    expect(sheet((r) => { r.push([...r[dup - 1]]); })).toEqual([
      `规则!G${dup}, G${last} perfPay.passScore: appears more than once; each may appear only once (the last one does not silently win)`,
    ]);
  });

  test("a deleted row is missing, not the default", () => {
    const r = row("perfPay.failCut");
    expect(sheet((rows) => { rows.splice(r - 1, 1); })).toEqual(["perfPay.failCut: is missing (was its row deleted?); put the row back, or upgrade the policy sheet"]);
    const band = row(rowKey("dismissal.noticeBands", 4));
    expect(sheet((rows) => { rows.splice(band - 1, 1); })).toEqual([
      `规则!A${row("dismissal.noticeBands/4")} dismissal.noticeBands: the table should have 4 rows; it has 3 (a row deleted or copied?)`,
    ]);
  });

  test("rules between keys name every cell involved", () => {
    const a = row("monthly.dailyWeight");
    const b = row("monthly.attendanceWeight");
    expect(sheet((r) => set(r, `B${a}`, 0.6))).toEqual([`规则!B${a}, B${b} monthly.dailyWeight + monthly.attendanceWeight: must add up to 1; they add up to 0.9`]);
  });

  test("messages in the sheet's language", () => {
    const rows = policySheetRows(DEFAULT_POLICY, "zh-TW");
    const r = policyRowOf(DEFAULT_POLICY, "zh-TW").get("annual.months")!;
    set(rows, `B${r}`, 0);
    expect(problems(readPolicySheet(rows, "規則").load, "zh-TW")).toEqual([`規則!B${r} annual.months：0 超出範圍，允許 1–12`]);
  });
});

describe("which sheet is the policy", () => {
  test("a sheet called Rules that is not a policy is not taken for one", () => {
    const unrelated = [["Office rules"], ["1", "No smoking"], ["2", "Lock the door"]];
    const r = readPolicySheet(unrelated, "Rules");
    expect(r.layout).toBe("none");
    expect(choosePolicySheet([{ sheet: "Rules", rows: unrelated }])).toEqual({ ignored: ["Rules"] });
    const own = policySheetRows(DEFAULT_POLICY, "en");
    const chosen = choosePolicySheet([{ sheet: "Rules", rows: unrelated }, { sheet: "Rules (2)", rows: own }]);
    expect(chosen.found?.sheet).toBe("Rules (2)");
    expect(chosen.ignored).toEqual([]);
  });

  test("candidates: names that contain 规则 / 規則 / Rules, exact names first", () => {
    expect(policyCandidates(["Sheet1", "Rules (2)", "规则", "销售", "House rules", "規則"])).toEqual(["规则", "規則", "Rules (2)", "House rules"]);
  });
});

describe("an older policy sheet (layout 1)", () => {
  test("is still read, in any row order", () => {
    const rows = policyToRows(DEFAULT_POLICY, "zh-CN");
    const read = readPolicySheet(rows, "规则");
    expect(read.layout).toBe("older");
    expect(read.load).toEqual({ ok: true, policy: DEFAULT_POLICY });
    const mixed = [rows[0], ...shuffled(rows.slice(1))];
    expect(readPolicySheet(mixed).load).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });

  test("a key it lacks is a problem; the upgrade plan appends it with its default, after the last row", () => {
    const rows = policyToRows(DEFAULT_POLICY, "zh-CN").filter((r) => r[0] !== "law.minimumWage" && r[0] !== "perfPay.failCut");
    const read = readPolicySheet(rows, "规则");
    expect(problems(read.load)).toEqual([
      "perfPay.failCut: is missing (was its row deleted?); put the row back, or upgrade the policy sheet",
      "law.minimumWage: is missing (was its row deleted?); put the row back, or upgrade the policy sheet",
    ]);
    const plan = planUpgrade(read, "zh-CN");
    expect(plan.added).toEqual(["perfPay.failCut", "law.minimumWage"]);
    expect(plan.at).toBe(`A${rows.length + 1}`);
    const upgraded = readPolicySheet([...rows, ...plan.rows], "规则");
    expect(upgraded.load).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });
});
