/**
 * The Policy area's workbook operations against the in-memory Excel
 * (test/support/memoryHost.ts): publishing writes the policy sheet and the change
 * log in one sync after its reads, and nothing when the policy is invalid; a
 * workbook without a policy sheet gets one; an older sheet is upgraded only as
 * the user consented; an imported file is published as it was read.
 */
import { DEFAULT_POLICY, policyToJson, policyToRows, readPolicySheet, type Lang, type Policy } from "../../src/rules";
import { CHANGE_LOG_NAMES } from "../../src/rules/policy/changes";
import { colLetter } from "../../src/forms/address";
import { writeForm } from "../../src/workbook/officeWriter";
import { checkDraft, editField, importDraft, readPolicyFile, startDraft, type Draft } from "../../src/taskpane/areas/policy/editor";
import { planUpgradeFromPane, publishFromPane, upgradeFromPane } from "../../src/taskpane/areas/policy/ops";
import type { RunBatch } from "../../src/taskpane/host";
import { MemoryWorkbook } from "../support/memoryHost";

const TODAY = "2027-01-15";
const runOn = (host: MemoryWorkbook): RunBatch => (batch) => batch(host.context);

/** What the user typed into the editor, checked: the policy Publish hands over. */
function edited(published: Policy, edits: Record<string, string>): Policy {
  let d: Draft = startDraft(published, TODAY);
  for (const [path, text] of Object.entries(edits)) d = editField(d, published, path, text);
  const { load } = checkDraft(d, published);
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  return load.policy;
}

/** How many operations of each sync, from sync `from` on, change the workbook (getItem only finds a sheet; events are not the workbook). */
const writesPerSync = (host: MemoryWorkbook, from: number) => host.requests.slice(from).map((r) => r.filter((o) => o.o !== "getItem" && o.t !== "events").length);

async function workbookWithPolicySheet(lang: Lang): Promise<MemoryWorkbook> {
  const host = new MemoryWorkbook();
  await writeForm(host.context, "salesMonthly", { lang });
  return host;
}

describe("Publish from the pane", () => {
  test("the changed cells and the change-log row in one sync, after the reads; the sheet reads back as published", async () => {
    const host = await workbookWithPolicySheet("zh-CN");
    const after = edited(DEFAULT_POLICY, { "perfPay.passScore": "55", "monthly.dailyWeight": "60%", "monthly.attendanceWeight": "40%", "dismissal.noticeBands[2].days": "15" });
    const syncs = host.syncs;
    const r = await publishFromPane(runOn(host), { after, who: "王芳", lang: "zh-CN" });
    // Reads: sheet names, the policy sheet (the change log does not exist yet); then one sync writes everything.
    expect(r).toMatchObject({ ok: true, sheet: "规则", logSheet: "规则变更记录", syncs: 1 });
    expect(host.syncs - syncs).toBe(3);
    const ops = writesPerSync(host, syncs);
    expect(ops.slice(0, -1)).toEqual([0, 0]);
    expect(ops[2]).toBeGreaterThan(0);
    expect(readPolicySheet(host.values("规则"), "规则").load).toEqual({ ok: true, policy: after });
    const log = host.values(CHANGE_LOG_NAMES["zh-CN"]);
    expect(log[0]).toEqual(["规则版本", "公示日期", "发布人", "变更内容（原值 → 新值）"]);
    expect(log[1].slice(0, 3)).toEqual(["2026.2", TODAY, "王芳"]);
    expect(String(log[1][3]).split("\n")).toEqual([
      "规则版本：2026.1 → 2026.2",
      `向员工公示日期：2026-11-01 → ${TODAY}`,
      "月度得分中日常工作得分的权重（F-3、G-2）：70% → 60%",
      "月度得分中出勤得分的权重（F-3、G-2）：30% → 40%",
      "得分不满此分扣减绩效工资（不满）（H-5）：60 分 → 55 分",
      "辞退预告期：按连续服务整月数（C-2） · 第 2 行 · 预告天数：10 → 15",
    ]);
  });

  test("refused while invalid: nothing is written, no change log", async () => {
    const host = await workbookWithPolicySheet("en");
    const cells = JSON.stringify([...host.sheet("Rules")!.cells]);
    const invalid = { ...DEFAULT_POLICY, version: "2026.2", values: { ...DEFAULT_POLICY.values, "annual.months": 0 } };
    const syncs = host.syncs;
    const r = await publishFromPane(runOn(host), { after: invalid, who: "HR", lang: "en" });
    expect(r).toMatchObject({ ok: false, reason: "invalid", problems: [expect.objectContaining({ key: "annual.months", code: "outOfRange" })] });
    expect(writesPerSync(host, syncs).every((n) => n === 0)).toBe(true);
    expect(JSON.stringify([...host.sheet("Rules")!.cells])).toBe(cells);
    expect(host.sheet(CHANGE_LOG_NAMES.en)).toBeUndefined();
  });

  test("a workbook without a policy sheet gets one holding the new policy; the log compares it with the defaults", async () => {
    const host = new MemoryWorkbook();
    host.addSheet("Rules", { A1: "House rules", A2: "No food at desks" }); // named like the policy, not one
    const after = edited(DEFAULT_POLICY, { "ranking.firstBonus": "200" });
    const r = await publishFromPane(runOn(host), { after, who: "Li Na", lang: "en" });
    expect(r).toMatchObject({ ok: true, created: "Rules (2)", sheet: "Rules (2)", logSheet: "Policy change log" });
    expect(host.values("Rules")).toEqual([["House rules"], ["No food at desks"]]);
    expect(readPolicySheet(host.values("Rules (2)"), "Rules (2)").load).toEqual({ ok: true, policy: after });
    const log = host.values("Policy change log");
    expect(String(log[1][3]).split("\n")).toEqual([
      "Policy version: 2026.1 → 2026.2",
      `Published to employees on: 2026-11-01 → ${TODAY}`,
      "yuan added for first place (H-4): 100 yuan → 200 yuan",
    ]);
  });

  test("an imported policy file is published as it was read; a second publication appends to the log", async () => {
    const host = await workbookWithPolicySheet("zh-TW");
    const company = edited(DEFAULT_POLICY, { "perfPay.passScore": "58", "csPay.indicatorTargets.refundDuration.target": "48" });
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(policyToJson({ ...company, version: "2027.1" }), "utf16le"))]); // as PowerShell's > writes it
    const loaded = await readPolicyFile({ size: bytes.length, arrayBuffer: async () => bytes.buffer });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const checked = checkDraft(importDraft(loaded.policy, "company.json"), DEFAULT_POLICY);
    if (!checked.load.ok) throw new Error("the imported file should be valid");
    const r = await publishFromPane(runOn(host), { after: checked.load.policy, who: "陳經理", lang: "zh-TW" });
    expect(r).toMatchObject({ ok: true, sheet: "規則", logSheet: "規則變更記錄" });
    const now = readPolicySheet(host.values("規則"), "規則").load;
    expect(now).toEqual({ ok: true, policy: { ...company, version: "2027.1" } });
    const next = edited((now as { policy: Policy }).policy, { "perfPay.passScore": "57" });
    expect(next.version).toBe("2027.2");
    await publishFromPane(runOn(host), { after: next, who: "陳經理", lang: "zh-TW" });
    const log = host.values("規則變更記錄");
    expect(log.map((row) => row[0])).toEqual(["規則版本", "2027.1", "2027.2"]);
    // Both drafts proposed the same date (today), so the date is no change.
    expect(String(log[2][3]).split("\n")).toEqual(["規則版本：2027.1 → 2027.2", "得分未滿此分扣減績效工資（未滿）（H-5）：58 分 → 57 分"]);
  });
});

describe("Publish to an older policy sheet", () => {
  test("its value cells are written where they are (tables as their JSON), and the log row appended", async () => {
    const host = new MemoryWorkbook();
    const rows = policyToRows(DEFAULT_POLICY, "en");
    const cells: Record<string, string | number> = {};
    rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) cells[`${colLetter(j + 1)}${i + 1}`] = v; }));
    host.addSheet("Rules", cells);
    const after = edited(DEFAULT_POLICY, { "perfPay.passScore": "55", "survey.levelScores[1]": "5" });
    const r = await publishFromPane(runOn(host), { after, who: "HR", lang: "en" });
    expect(r).toMatchObject({ ok: true, sheet: "Rules", writes: 4 }); // version, date, the pass mark, the survey scores' JSON
    const now = host.values("Rules");
    expect(now.map((row) => row[0])).toEqual(rows.map((row) => row[0])); // no row moved
    expect(now[rows.findIndex((row) => row[0] === "survey.levelScores")][1]).toBe("[5,3,2,1]");
    expect(readPolicySheet(now, "Rules").load).toEqual({ ok: true, policy: after });
    expect(host.values("Policy change log")[1].slice(0, 3)).toEqual(["2026.2", TODAY, "HR"]);
  });
});

describe("Upgrading an older policy sheet from the pane, with consent", () => {
  function olderWorkbook(): MemoryWorkbook {
    const host = new MemoryWorkbook();
    const rows = policyToRows(DEFAULT_POLICY, "zh-CN").filter((r) => r[0] !== "perfPay.failCut" && r[0] !== "law.minimumWage");
    const cells: Record<string, string | number> = {};
    rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) cells[`${colLetter(j + 1)}${i + 1}`] = v; }));
    host.addSheet("规则", cells);
    return host;
  }

  test("the offer lists the keys it adds and writes nothing; the upgrade writes only what was consented to", async () => {
    const host = olderWorkbook();
    const before = host.values("规则");
    const syncs = host.syncs;
    const offer = await planUpgradeFromPane(runOn(host), "zh-CN");
    expect(offer).toEqual({ sheet: "规则", added: ["perfPay.failCut", "law.minimumWage"], needed: true });
    expect(writesPerSync(host, syncs).every((n) => n === 0)).toBe(true);
    // Consent to something else (the sheet changed meanwhile): nothing is written, the new offer comes back.
    const refused = await upgradeFromPane(runOn(host), "zh-CN", ["perfPay.failCut"]);
    expect(refused).toEqual({ ok: false, offer });
    expect(host.values("规则")).toEqual(before);
    expect(host.sheets.map((s) => s.name)).toEqual(["规则"]);
    const done = await upgradeFromPane(runOn(host), "zh-CN", offer!.added);
    expect(done).toEqual({ ok: true, sheet: "规则", added: ["perfPay.failCut", "law.minimumWage"], companion: "规则 KH" });
    const after = host.values("规则");
    expect(after.slice(0, before.length)).toEqual(before); // no row moved or changed
    expect(after.slice(before.length).map((r) => r[0])).toEqual(["perfPay.failCut", "law.minimumWage"]);
    expect(readPolicySheet(after, "规则").load).toEqual({ ok: true, policy: DEFAULT_POLICY });
    // Done: nothing more to offer.
    expect(await planUpgradeFromPane(runOn(host), "zh-CN")).toEqual({ sheet: "规则", added: [], needed: false });
  });
});
