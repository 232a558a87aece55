/** Versions and the change log (P-1, L-7): diff of two policies, the log row, the cells a publication writes. */
import { CHANGE_LOG_NAMES, changeLogRow, diffPolicies, formatChange, planPublish } from "../../src/rules/policy/changes";
import { DEFAULT_POLICY, loadPolicy, readPolicySheet, rowKey, type Policy } from "../../src/rules";
import { policyRowOf } from "../../src/forms";
import { policySheetRows } from "../support/policyRows";

function edited(): Policy {
  const items = structuredClone(DEFAULT_POLICY.values["fieldRep.items"]);
  items[7].cases[0].repeatable = false;
  const l = loadPolicy({
    version: "2027.1", published: "2027-01-15",
    values: {
      "monthly.dailyWeight": 0.6, "monthly.attendanceWeight": 0.4, "perfPay.passScore": 55,
      "dismissal.noticeBands": [{ fromMonths: 0, days: 0 }, { fromMonths: 3, days: 15 }, { fromMonths: 12, days: 20 }, { fromMonths: 36, days: 20 }],
      "csPay.indicatorTargets": { dsr: { direction: "min", target: 4.7 } },
      "fieldRep.items": items,
    },
  });
  if (!l.ok) throw new Error(JSON.stringify(l.problems));
  return l.policy;
}

describe("diff of two policies", () => {
  test("each changed value, old → new, in the policy's order", () => {
    expect(diffPolicies(DEFAULT_POLICY, edited())).toEqual([
      { path: "version", old: "2026.1", new: "2027.1" },
      { path: "published", old: "2026-11-01", new: "2027-01-15" },
      { path: "monthly.dailyWeight", old: 0.7, new: 0.6 },
      { path: "monthly.attendanceWeight", old: 0.3, new: 0.4 },
      { path: "perfPay.passScore", old: 60, new: 55 },
      { path: "dismissal.noticeBands[2].days", old: 10, new: 15 },
      { path: "csPay.indicatorTargets.dsr.target", old: null, new: 4.7 },
      { path: "fieldRep.items[8].cases[1].repeatable", old: true, new: false },
    ]);
    expect(diffPolicies(DEFAULT_POLICY, DEFAULT_POLICY)).toEqual([]);
  });

  test("in the user's language: labels, units, percentages, yes/no", () => {
    const [, , w, , pass, band, dsr, rep] = diffPolicies(DEFAULT_POLICY, edited());
    const p = edited();
    expect(formatChange(w, "zh-CN", p)).toBe("月度得分中日常工作得分的权重（F-3、G-2）：70% → 60%");
    expect(formatChange(w, "zh-TW", p)).toBe("月度得分中日常工作得分的權重（F-3、G-2）：70% → 60%");
    expect(formatChange(pass, "en", p)).toBe("a score under this (不满) cuts performance pay (H-5): 60 points → 55 points");
    expect(formatChange(band, "zh-CN", p)).toBe("辞退预告期：按连续服务整月数（C-2） · 第 2 行 · 预告天数：10 → 15");
    expect(formatChange(band, "zh-TW", p)).toBe("辭退預告期：按連續服務整月數（C-2） · 第 2 列 · 預告天數：10 → 15");
    expect(formatChange(dsr, "en", p)).toBe("After-sales indicator targets (E-2): blank = no target · DSR score · target: (blank) → 4.7");
    expect(formatChange(rep, "zh-CN", p)).toBe("驻外服务代表：各情形的扣分范围（G） · 7 内部培训 · 缺席培训（每次） · 可重复：是 → 否");
  });

  test("the change-log row: version, date, who, every change a line", () => {
    const row = changeLogRow(DEFAULT_POLICY, edited(), "王芳", "zh-CN");
    expect(row.slice(0, 3)).toEqual(["2027.1", "2027-01-15", "王芳"]);
    expect(row[3].split("\n")).toHaveLength(8);
    expect(row[3].split("\n")[0]).toBe("规则版本：2026.1 → 2027.1");
    expect(CHANGE_LOG_NAMES).toEqual({ "zh-CN": "规则变更记录", "zh-TW": "規則變更記錄", en: "Policy change log" });
  });
});

describe("publishing: the cells a new policy writes", () => {
  test("only the cells that differ, encoded as the sheet shows them", () => {
    const rows = policySheetRows(DEFAULT_POLICY, "zh-CN");
    const content = readPolicySheet(rows, "规则");
    const plan = planPublish(rows, content, edited(), "zh-CN");
    const row = (k: string) => policyRowOf(DEFAULT_POLICY, "zh-CN").get(k);
    expect(plan).toEqual({ ok: true, writes: [
      { cell: "B2", value: "2027.1", numberFormat: "@" },
      { cell: "B3", value: 46402, numberFormat: "yyyy-mm-dd" }, // 2027-01-15
      { cell: `B${row("monthly.dailyWeight")}`, value: 0.6 },
      { cell: `B${row("monthly.attendanceWeight")}`, value: 0.4 },
      { cell: `B${row("perfPay.passScore")}`, value: 55 },
      { cell: `B${row(rowKey("dismissal.noticeBands", 2))}`, value: 15 },
      { cell: `B${row(rowKey("csPay.indicatorTargets", 4, "dsr"))}`, value: 4.7 },
      { cell: `D${row("fieldRep.items#8:7#1:trainingAbsence")}`, value: "否" },
    ] });
    // Applied to the rows, the sheet reads back as the new policy.
    for (const w of plan.ok ? plan.writes : []) {
      const m = /^([A-Z])(\d+)$/.exec(w.cell)!;
      rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = w.value;
    }
    expect(readPolicySheet(rows).load).toEqual({ ok: true, policy: edited() });
  });

  test("a table of another shape cannot be published onto the sheet: it must be generated again", () => {
    const rows = policySheetRows(DEFAULT_POLICY, "en");
    const l = loadPolicy({ version: "2027.2", published: "2027-02-01", values: { "dismissal.noticeBands": [{ fromMonths: 0, days: 0 }] } });
    expect(l.ok).toBe(true);
    const plan = l.ok && planPublish(rows, readPolicySheet(rows), l.policy, "en");
    expect(plan && !plan.ok && plan.missing).toEqual([
      "dismissal.noticeBands[2].fromMonths", "dismissal.noticeBands[2].days", "dismissal.noticeBands[3].fromMonths",
      "dismissal.noticeBands[3].days", "dismissal.noticeBands[4].fromMonths", "dismissal.noticeBands[4].days",
    ]);
  });
});
