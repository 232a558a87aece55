/**
 * The policy editor's model (issue 8), without React or Office: the values grouped as
 * on the policy sheet, typed texts and what they mean, each bad value of the issue
 * refused at its own input by the one validator, the changes as the change log words
 * them, the proposed version, and policy files read as `calc --policy` reads them.
 */
import {
  DEFAULT_POLICY, LANGS, MAX_POLICY_FILE_BYTES, POLICY_TABLE, SCALAR_KEYS, flattenPolicy, loadPolicy, policyToJson, problemMessage, type Policy,
} from "../../src/rules";
import { SECTIONS } from "../../src/rules/policy/labels";
import {
  changeLines, changesFromDefaults, checkDraft, draftTexts, editField, editorSections, exportFileName, fieldKind, fieldText, headerRows, importDraft,
  isoDate, parseField, proposeVersion, readPolicyFile, startDraft, valueChanges, type Draft,
} from "../../src/taskpane/areas/policy/editor";
import { problemView, readableMessage } from "../../src/taskpane/areas/policy/model";

const TODAY = "2027-01-15";

function policyOf(json: unknown): Policy {
  const l = loadPolicy(json);
  if (!l.ok) throw new Error(JSON.stringify(l.problems));
  return l.policy;
}

/** Type `edits` (path → text) into a new draft over `published`. */
function typed(edits: Record<string, string>, published: Policy = DEFAULT_POLICY): Draft {
  let d = startDraft(published, TODAY);
  for (const [path, text] of Object.entries(edits)) d = editField(d, published, path, text);
  return d;
}

/** The problems the editor shows at one place: [code, message] in `lang`. */
function at(d: Draft, place: string, lang: "zh-CN" | "zh-TW" | "en" = "zh-CN", published: Policy = DEFAULT_POLICY) {
  return (checkDraft(d, published).at.get(place) ?? []).map((p) => [p.code, readableMessage(p, lang)]);
}

test("a bound set by another value is named by what it means, not by its key (review: 允許 workTime.standardDayHours (8)–24)", () => {
  const p = { key: "workTime.ordinaryMaxDayHours", code: "outOfRange", given: 7, allowed: "workTime.standardDayHours (8)–24" } as const;
  expect(readableMessage(p, "zh-TW")).toBe("7 超出範圍，允許 8（每日標準工時）–24");
  expect(readableMessage(p, "en")).not.toMatch(/workTime/);
});

describe("the values grouped as on the policy sheet", () => {
  test("every value of the policy is in exactly one place, sections in the rulebook's order, each table in its section", () => {
    for (const lang of LANGS) {
      const sections = editorSections(DEFAULT_POLICY, lang);
      expect(sections.map((s) => s.title)).toEqual(Object.values(SECTIONS).map((s) => s[lang]));
      const scalars = sections.flatMap((s) => s.values.map((v) => v.path));
      expect(scalars).toEqual([...SCALAR_KEYS].sort((a, b) => Object.keys(SECTIONS).indexOf(sections.find((s) => s.values.some((v) => v.path === a))!.id)
        - Object.keys(SECTIONS).indexOf(sections.find((s) => s.values.some((v) => v.path === b))!.id)));
      expect(new Set(scalars).size).toBe(SCALAR_KEYS.length);
      const tables = sections.flatMap((s) => s.tables.map((t) => `${s.id}:${t.id}`));
      expect(tables).toEqual(["C:dismissal.noticeBands", "E:csPay.indicatorTargets", "G:fieldRep.items", "G:fieldRep.items#cases", "K:survey.levelScores", "L:law.probationCaps"]);
      // Every input (values, table cells, the header's version and date) is one path of the policy, and every path has one.
      const inputs = [...scalars, ...sections.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.path)))), ...headerRows(lang).map((h) => h.path)];
      expect([...inputs].sort()).toEqual([...flattenPolicy(DEFAULT_POLICY).keys()].sort());
      // Every policy key is edited somewhere: as a value or as a table.
      expect(Object.keys(POLICY_TABLE).every((k) => scalars.includes(k as never) || sections.some((s) => s.tables.some((t) => t.key === k)))).toBe(true);
    }
  });

  test("a value carries its label, unit, rule ID and source clause in the user's script, and its legal note", () => {
    const find = (lang: "zh-CN" | "zh-TW" | "en", key: string) => editorSections(DEFAULT_POLICY, lang).flatMap((s) => s.values).find((v) => v.path === key)!;
    expect(find("zh-CN", "monthly.dailyWeight")).toEqual({
      path: "monthly.dailyWeight", kind: "percent", label: "月度得分中日常工作得分的权重", unit: "", rule: "F-3 G-2", source: "❸ 业务员考核 ❸(三)", legal: undefined,
    });
    expect(find("zh-TW", "monthly.dailyWeight").source).toBe("❸ 業務員考核 ❸(三)");
    expect(find("en", "annual.months")).toMatchObject({ label: "Months averaged into the annual score", unit: "months", rule: "F-1", kind: "number" });
    expect(find("zh-CN", "law.minimumWage")).toMatchObject({ unit: "元", rule: "L-5", source: "工资支付暂行规定 第16条" });
    expect(find("zh-CN", "law.minimumWage").legal).toMatch(/^L-5：工资支付暂行规定第16条/);
    expect(find("en", "ranking.lastPenalty").legal).toMatch(/^L-6: a ranking alone does not prove incompetence/);
    // No Traditional characters in a zh-CN label or source clause (the issue: 條 in a zh-CN file).
    for (const v of editorSections(DEFAULT_POLICY, "zh-CN").flatMap((s) => s.values)) expect(`${v.label}${v.source}`).not.toMatch(/[條業後務勞動資規則]/);
    expect(headerRows("zh-CN")).toEqual([
      expect.objectContaining({ path: "version", kind: "version", label: "规则版本", source: "劳动合同法 第4条" }),
      expect.objectContaining({ path: "published", kind: "date", label: "向员工公示日期", legal: expect.stringMatching(/^L-7/) }),
    ]);
  });

  test("tables as small tables: column headings, row labels, each cell named by table, row and column", () => {
    const g = editorSections(DEFAULT_POLICY, "zh-CN").find((s) => s.id === "G")!;
    const cases = g.tables.find((t) => t.id === "fieldRep.items#cases")!;
    expect(cases.head).toEqual(["项目 · 情形", "扣分自", "扣分至", "可重复"]);
    expect(cases.rows).toHaveLength(19); // RULEBOOK G: 2+2+2+2+3+2+2+1+2+1 cases
    expect(cases.rows[0]).toEqual({ label: "1 · 基本胜任", cells: [
      { path: "fieldRep.items[1].cases[1].min", kind: "number", name: "驻外服务代表：各情形的扣分范围（G） · 1 工作素质 · 基本胜任 · 扣分自", short: "1 · 基本胜任 · 扣分自" },
      { path: "fieldRep.items[1].cases[1].max", kind: "number", name: "驻外服务代表：各情形的扣分范围（G） · 1 工作素质 · 基本胜任 · 扣分至", short: "1 · 基本胜任 · 扣分至" },
      { path: "fieldRep.items[1].cases[1].repeatable", kind: "yesNo", name: "驻外服务代表：各情形的扣分范围（G） · 1 工作素质 · 基本胜任 · 可重复", short: "1 · 基本胜任 · 可重复" },
    ] });
    const bands = editorSections(DEFAULT_POLICY, "zh-TW").find((s) => s.id === "C")!.tables[0];
    expect(bands.head).toEqual(["連續服務滿（月）", "預告天數"]);
    expect(bands.rows[1].cells[1]).toMatchObject({ path: "dismissal.noticeBands[2].days", short: "第 2 列 · 預告天數" });
    expect(bands.legal).toMatch(/^L-2：勞動合同法第40條/);
    const targets = editorSections(DEFAULT_POLICY, "en").find((s) => s.id === "E")!.tables[0];
    expect(targets.rows.map((r) => r.label)).toEqual(["refund rate", "refund duration", "disputes", "DSR score", "internal complaints"]);
    expect(targets.rows[3].cells.map((c) => c.kind)).toEqual(["number", "direction"]);
  });
});

describe("typing a value", () => {
  test("shares are percentages; full-width digits read as digits; only plain decimals are numbers; blank is none", () => {
    expect(fieldText("monthly.dailyWeight", 0.7)).toBe("70%");
    expect(fieldText("csPay.commissionRate", 0.003)).toBe("0.3%"); // E-1: 3‰
    expect(fieldText("salesPay.completionCap", 1)).toBe("100%");
    expect(fieldText("law.minimumWage", null)).toBe("");
    expect(["70%", "70 %", "0.7", "７０％"].map((t) => parseField("monthly.dailyWeight", t))).toEqual([0.7, 0.7, 0.7, 0.7]);
    expect(parseField("csPay.commissionRate", "0.3%")).toBe(0.003); // exact: 0.3 ÷ 100 as a decimal, not 0.0030000000000000005
    expect(parseField("perfPay.passScore", "６０")).toBe(60);
    expect(parseField("perfPay.passScore", "0x3C")).toBe("0x3C"); // the issue: never read as 60
    expect(parseField("perfPay.passScore", "60%")).toBe("60%"); // a percentage only where a share is meant
    expect(parseField("law.minimumWage", "  ")).toBeNull();
    expect(parseField("fieldRep.items[1].exclusive", "false")).toBe(false);
    expect([fieldKind("version"), fieldKind("published"), fieldKind("csPay.indicatorTargets.dsr.direction")]).toEqual(["version", "date", "direction"]);
  });

  test("a draft: the proposed version and today's date; an edit back to the published value is no edit", () => {
    const d = startDraft(DEFAULT_POLICY, TODAY);
    expect(d.edits).toEqual({ version: "2026.2", published: TODAY });
    const e = editField(d, DEFAULT_POLICY, "perfPay.passScore", "55");
    expect(e.edits["perfPay.passScore"]).toBe("55");
    expect(editField(e, DEFAULT_POLICY, "perfPay.passScore", "60").edits).toEqual(d.edits);
    expect(isoDate(new Date(2027, 0, 5))).toBe("2027-01-05");
  });

  test("values the user did not touch follow the published policy when the sheet changes meanwhile", () => {
    const d = typed({ "perfPay.passScore": "55" });
    const changedOnSheet = policyOf({ version: "2026.5", published: "2026-12-01", values: { "ranking.firstBonus": 200 } });
    const texts = draftTexts(d, changedOnSheet);
    expect([texts.get("perfPay.passScore"), texts.get("ranking.firstBonus")]).toEqual(["55", "200"]);
    // Publishing it changes only what the user changed (and the header).
    expect(valueChanges(changedOnSheet, checkDraft(d, changedOnSheet).shown).map((c) => c.path)).toEqual(["perfPay.passScore"]);
  });

  test("the proposed version: the last number plus one, its padding kept", () => {
    expect(["2026.1", "2026.9", "2026.09", "v3-hr", "初版", "99999999999999999999"].map(proposeVersion))
      .toEqual(["2026.2", "2026.10", "2026.10", "v4-hr", "初版.2", "100000000000000000000"]);
  });
});

describe("inline validation by the one validator: each bad value of the issue at its own input", () => {
  test("months 0, level score 1e308, falsifiedManyFrom 0, pass mark 1000, notice days 2.5", () => {
    const d = typed({
      "annual.months": "0", // division by zero inside the core (F-1)
      "survey.levelScores[1]": `1${"0".repeat(308)}`, // 1e308 typed out: a plain number, far out of range
      "fieldRep.falsifiedManyFrom": "0", // a clean employee would score 70 (G-1)
      "perfPay.passScore": "1000", // everyone would lose 30% (H-5)
      "dismissal.noticeBands[2].days": "2.5", // NOTICEDAYS would return 2.5 (C-2)
    });
    expect(at(d, "annual.months")).toEqual([["outOfRange", "0 超出范围，允许 1–12"]]);
    expect(at(d, "survey.levelScores[1]")).toEqual([["outOfRange", "1e+308 超出范围，允许 0–100（各百分制考核的满分）"]]);
    expect(at(d, "fieldRep.falsifiedManyFrom", "en")).toEqual([["outOfRange", "0 is out of range; allowed 2–1000"]]);
    expect(at(d, "perfPay.passScore", "zh-TW")).toEqual([["outOfRange", "1000 超出範圍，允許 0–100（各百分制考核的滿分）"]]);
    expect(at(d, "dismissal.noticeBands[2].days")).toEqual([["notWhole", "2.5 应为整数，允许 0–366"]]);
    const checked = checkDraft(d, DEFAULT_POLICY);
    expect(checked.load.ok).toBe(false);
    expect(checked.general).toEqual([]);
  });

  test("text where a number is meant, a blank version, a date that is no date", () => {
    const d = typed({ "perfPay.passScore": "0x3C", version: " ", published: "2027-02-30" });
    expect(at(d, "perfPay.passScore", "en")).toEqual([["notNumber", 'must be a number; got "0x3C"; allowed 0–100 (full marks of every points scheme)']]);
    expect(at(d, "version", "en")).toEqual([["blank", "must not be blank; allowed 1–64 characters"]]);
    expect(at(d, "published", "en")).toEqual([["notDate", 'must be a date YYYY-MM-DD; got "2027-02-30"']]);
  });

  test("a rule between values is shown at each of them, naming both by what they mean", () => {
    const d = typed({ "monthly.dailyWeight": "60%" }); // 0.6 + 0.3 = 0.9, not 1 (F-3)
    const checked = checkDraft(d, DEFAULT_POLICY);
    const [a] = checked.at.get("monthly.dailyWeight")!;
    expect(checked.at.get("monthly.attendanceWeight")).toEqual([a]);
    expect(problemView(a, "zh-CN").text).toBe("「月度得分中日常工作得分的权重」+「月度得分中出勤得分的权重」：之和应为 1，现为 0.9");
    const fixed = checkDraft(editField(d, DEFAULT_POLICY, "monthly.attendanceWeight", "40%"), DEFAULT_POLICY);
    expect(fixed.load.ok).toBe(true);
  });

  test("a table's own rules (rising bands, falling scores) at the cell that breaks them", () => {
    const d = typed({ "law.probationCaps[3].fromContractMonths": "3", "survey.levelScores[3]": "3" });
    expect(at(d, "law.probationCaps[3].fromContractMonths", "en")).toEqual([["notRising", "3 must be above the previous band's 3 (bands rise)"]]);
    expect(at(d, "survey.levelScores[3]", "en")).toEqual([["notFalling", "3 must be below the level above's 3 (scores fall from very satisfied to poor)"]]);
    // The field-service maxima must fill the points scale: a problem of the items table.
    const items = typed({ "fieldRep.items[10].max": "9" }); // item 9 (its one case deducts 1–5) from 10 to 9 points: 99 in all
    expect(at(items, "fieldRep.items", "en")).toEqual([["sum", "must add up to 100; they add up to 99"]]);
  });
});

describe("the changes, as the change log words them", () => {
  test("against the published version: version, date and each value, old → new, in three languages", () => {
    const d = typed({
      "perfPay.passScore": "55", "monthly.dailyWeight": "60%", "monthly.attendanceWeight": "40%",
      "dismissal.noticeBands[2].days": "15", "csPay.indicatorTargets.dsr.target": "4.7", "fieldRep.items[8].cases[1].repeatable": "false", // item 7's one case
    });
    const { shown, load } = checkDraft(d, DEFAULT_POLICY);
    expect(load.ok).toBe(true);
    expect(changeLines(DEFAULT_POLICY, shown, "zh-CN")).toEqual([
      "规则版本：2026.1 → 2026.2",
      `向员工公示日期：2026-11-01 → ${TODAY}`,
      "月度得分中日常工作得分的权重（F-3、G-2）：70% → 60%",
      "月度得分中出勤得分的权重（F-3、G-2）：30% → 40%",
      "得分不满此分扣减绩效工资（不满）（H-5）：60 分 → 55 分",
      "辞退预告期：按连续服务整月数（C-2） · 第 2 行 · 预告天数：10 → 15",
      "售后指标目标（E-2）：空白 = 未设目标 · DSR 评分 · 目标：（空白） → 4.7",
      "驻外服务代表：各情形的扣分范围（G） · 7 内部培训 · 缺席培训（每次） · 可重复：是 → 否",
    ]);
    expect(changeLines(DEFAULT_POLICY, shown, "en")[4]).toBe("a score under this (不满) cuts performance pay (H-5): 60 points → 55 points");
    expect(changeLines(DEFAULT_POLICY, shown, "zh-TW")[2]).toBe("月度得分中日常工作得分的權重（F-3、G-2）：70% → 60%");
    // Against the defaults: the values only (the version and date are always the company's own).
    expect(changesFromDefaults(shown, "en")).toHaveLength(6);
  });

  test("a value typed wrongly shows as typed in the changes (they are shown while the problem is fixed)", () => {
    const { shown } = checkDraft(typed({ "annual.months": "twelve" }), DEFAULT_POLICY);
    expect(changeLines(DEFAULT_POLICY, shown, "en")).toContain("months averaged into the annual score (F-1): 12 months → twelve");
  });
});

describe("policy files: import and export", () => {
  const file = (bytes: Uint8Array) => ({ size: bytes.length, arrayBuffer: async () => bytes.slice().buffer });
  const company = policyOf({
    version: "2027.1", published: "2027-01-01",
    values: { "perfPay.passScore": 58, "dismissal.noticeBands": [{ fromMonths: 0, days: 0 }, { fromMonths: 3, days: 12 }, { fromMonths: 12, days: 25 }] },
  });

  test("a file written by export reads back equal; UTF-16 with a BOM (PowerShell) and GB18030 read too", async () => {
    const json = policyToJson(company);
    expect(await readPolicyFile(file(new TextEncoder().encode(json)))).toEqual({ ok: true, policy: company });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(json, "utf16le"))]);
    expect(await readPolicyFile(file(utf16))).toEqual({ ok: true, policy: company });
    // "版本" in GB18030 (b0e6 b1be) inside a JSON string: not UTF-8, so read as GB18030.
    const gb = new Uint8Array([...new TextEncoder().encode('{"version":"'), 0xb0, 0xe6, 0xb1, 0xbe, ...new TextEncoder().encode('","published":"2027-01-01","values":{"perfPay.passScore":58}}')]);
    const loaded = await readPolicyFile(file(gb));
    expect(loaded.ok && loaded.policy.version).toBe("版本");
    expect(exportFileName(company)).toBe("kaohe-policy-2027.1.json");
    expect(exportFileName({ ...company, version: "HR/2027 v1" })).toBe("kaohe-policy-HR_2027_v1.json");
  });

  test("a file over the size limit is refused unread; a duplicate key and a bad value are problems", async () => {
    const huge = { size: MAX_POLICY_FILE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error("must not be read")) };
    const big = await readPolicyFile(huge);
    expect(big.ok === false && big.problems.map((p) => problemView(p, "en").text)).toEqual([`is ${MAX_POLICY_FILE_BYTES + 1} bytes; at most ${MAX_POLICY_FILE_BYTES} bytes are allowed`]);
    const text = '{"version":"x","published":"2027-01-01","values":{"annual.months":12,"annual.months":0}}';
    const dup = await readPolicyFile(file(new TextEncoder().encode(text)));
    expect(dup.ok === false && dup.problems.map((p) => p.code)).toEqual(["duplicate", "outOfRange"]);
  });

  test("an imported file becomes the draft in its own table shapes, with its version; the changes compare it with the published policy", () => {
    const d = importDraft(company, "company.json");
    expect(d).toEqual({ from: company, fileName: "company.json", edits: {} });
    expect(editorSections(company, "en").find((s) => s.id === "C")!.tables[0].rows).toHaveLength(3);
    const checked = checkDraft(d, DEFAULT_POLICY);
    expect(checked.load).toEqual({ ok: true, policy: company });
    // 60 → 58; the bands 0/0, 3/10, 12/20, 36/20 become 0/0, 3/12, 12/25 (the fourth band removed).
    expect(valueChanges(DEFAULT_POLICY, checked.shown).map((c) => [c.path, c.old, c.new])).toEqual([
      ["perfPay.passScore", 60, 58], ["dismissal.noticeBands[2].days", 10, 12], ["dismissal.noticeBands[3].days", 20, 25],
      ["dismissal.noticeBands[4].fromMonths", 36, undefined], ["dismissal.noticeBands[4].days", 20, undefined],
    ]);
  });
});
