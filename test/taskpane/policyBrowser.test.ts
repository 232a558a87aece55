/**
 * The policy editor in Chromium against the in-memory Excel (test/support/browser.ts),
 * used as HR would use it: in zh-CN, zh-TW and en at 320 px (axe-core clean, nothing
 * scrolls sideways or is clipped, screenshots in docs/screens/policy-*); a bad value
 * refused at its input with what is allowed; Publish writing the policy sheet and the
 * change log (issue 8, done when: "publish writing the change log"), with progress and
 * never twice; a policy file exported and imported; an older sheet upgraded only on
 * the user's click; a sheet called Rules that is not a policy named as ignored.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_POLICY, loadPolicy, policyToJson, policyToRows, type Lang, type Policy } from "../../src/rules";
import { pathLabel } from "../../src/rules/policy/changes";
import { colLetter } from "../../src/forms/address";
import { writeForm } from "../../src/workbook/officeWriter";
import { isoDate } from "../../src/taskpane/areas/policy/editor";
import { chromiumAvailable, PaneHarness, type PanePage } from "../support/browser";
import { MemoryWorkbook } from "../support/memoryHost";

const available = chromiumAvailable("the policy editor browser test");
const AREA_KEY = "kaohe.pane.area";
const LANGS = ["zh-CN", "zh-TW", "en-US"] as const;
const LANG: Record<(typeof LANGS)[number], Lang> = { "zh-CN": "zh-CN", "zh-TW": "zh-TW", "en-US": "en" };
const SHEET: Record<Lang, string> = { "zh-CN": "规则", "zh-TW": "規則", en: "Rules" };
const TODAY = isoDate(new Date());

/** The policy sheet the add-in writes (layout 2), as the cells a test pre-fills (values only: the reader needs no formula). */
async function policySheetCells(lang: Lang, policy: Policy = DEFAULT_POLICY): Promise<Record<string, string | number | boolean>> {
  const host = new MemoryWorkbook();
  await writeForm(host.context, "policy", { lang, policy });
  const cells: Record<string, string | number | boolean> = {};
  host.values(SHEET[lang]).forEach((r, i) => r.forEach((v, j) => { if (v !== null && v !== "") cells[`${colLetter(j + 1)}${i + 1}`] = v; }));
  return cells;
}

type Setup = { sheets: Record<string, Record<string, string | number | boolean>> };
/** Pre-fill sheets (runs in the page); the user is on Sheet1. */
const fill = (wb: MemoryWorkbook, a: Setup) => {
  for (const [name, cells] of Object.entries(a.sheets)) wb.setCells(name, cells);
  wb.setCells("Sheet1", {});
  wb.select("Sheet1", "A1");
};

async function expectClean(pane: PanePage, what: string): Promise<void> {
  expect([what, await pane.axe()]).toEqual([what, []]);
  const o = await pane.overflow();
  expect([what, o.scrollWidth, o.clipped]).toEqual([what, o.width, []]);
  expect([what, pane.errors]).toEqual([what, []]);
}

const T = {
  editor: { "zh-CN": "编辑规则", "zh-TW": "編輯規則", en: "Edit the policy" },
  sectionC: { "zh-CN": "C. 辞退", "zh-TW": "C. 辭退", en: "C. Dismissal" },
  sectionE: { "zh-CN": "E. 售后线上客服薪酬", "zh-TW": "E. 售後線上客服薪酬", en: "E. After-sales online customer service pay" },
  sectionG: { "zh-CN": "G. 驻外服务代表考核", "zh-TW": "G. 駐外服務代表考核", en: "G. Field service representative" },
  absence: { "zh-CN": "连续旷工达到此天数即可辞退", "zh-TW": "連續曠工達到此天數即可辭退", en: "This many consecutive days absent is a ground" },
  absenceBad: { "zh-CN": "0 超出范围，允许 1–366", "zh-TW": "0 超出範圍，允許 1–366", en: "0 is out of range; allowed 1–366" },
  daysBad: { "zh-CN": "第 2 行 · 预告天数：2.5 应为整数，允许 0–366", "zh-TW": "第 2 列 · 預告天數：2.5 應為整數，允許 0–366", en: "row 2 · notice days: 2.5 must be a whole number; allowed 0–366" },
  daysMessage: { "zh-CN": "2.5 应为整数，允许 0–366", "zh-TW": "2.5 應為整數，允許 0–366", en: "2.5 must be a whole number; allowed 0–366" },
  who: { "zh-CN": "发布人", "zh-TW": "發布人", en: "Published by" },
  publish: { "zh-CN": "发布版本 2026.2", "zh-TW": "發布版本 2026.2", en: "Publish version 2026.2" },
  confirm: { "zh-CN": "发布版本 2026.2？", "zh-TW": "發布版本 2026.2？", en: "Publish version 2026.2?" },
} as const;

(available ? describe : describe.skip)("the policy editor in Chromium", () => {
  let harness: PaneHarness;
  beforeAll(async () => { harness = await PaneHarness.launch(); }, 600_000);
  afterAll(async () => { await harness?.close(); });

  test.each(LANGS)("%s at 320 px: a bad value refused at its input, a table cell too; the changes; the confirmation", async (office) => {
    const lang = LANG[office];
    const pane = await harness.open({ lang: office, storage: { [AREA_KEY]: "policy" }, setup: fill, arg: { sheets: { [SHEET[lang]]: await policySheetCells(lang) } } });
    const page = pane.page;
    await page.getByRole("heading", { name: T.editor[lang] }).waitFor();
    await page.locator("summary", { hasText: T.sectionC[lang] }).click();
    await page.getByRole("textbox", { name: T.absence[lang], exact: true }).fill("0"); // C-1.2: a ground from at least one day
    await page.getByText(T.absenceBad[lang]).first().waitFor();
    const days = page.getByRole("textbox", { name: pathLabel("dismissal.noticeBands[2].days", lang, DEFAULT_POLICY), exact: true });
    await days.fill("2.5");
    await page.getByText(T.daysBad[lang], { exact: true }).waitFor(); // under the table
    expect(await page.getByRole("button", { name: T.publish[lang] }).isDisabled()).toBe(true);
    // Before Publish, every problem is listed by what it concerns; a click goes to its input.
    const daysName = pathLabel("dismissal.noticeBands[2].days", lang, DEFAULT_POLICY);
    await page.getByRole("button", { name: `${daysName}${lang === "en" ? ": " : "："}${T.daysMessage[lang]}` }).click();
    await page.waitForFunction((n) => document.activeElement?.getAttribute("aria-label") === n, daysName);
    await expectClean(pane, `problems ${lang}`);
    await pane.screenshot(`policy-editor-problems.${lang}`);

    // Put right: 3 days again, 15 days' notice; who publishes; the changes read as the change log will.
    await page.getByRole("textbox", { name: T.absence[lang], exact: true }).fill("3");
    await days.fill("15");
    await page.getByText(`${pathLabel("dismissal.noticeBands[2].days", lang, DEFAULT_POLICY)}${lang === "en" ? ": " : "："}10 → 15`).first().waitFor(); // against the published version (and the defaults)
    await page.getByRole("textbox", { name: T.who[lang] }).fill(lang === "en" ? "Li Na" : "王芳");
    // The other tables: indicator targets (a direction to choose), field-service items and cases (yes/no).
    for (const s of [T.sectionC, T.sectionE, T.sectionG]) await page.locator("summary", { hasText: s[lang] }).click();
    await page.getByRole("combobox", { name: pathLabel("csPay.indicatorTargets.dsr.direction", lang, DEFAULT_POLICY), exact: true }).waitFor();
    await page.getByRole("checkbox", { name: pathLabel("fieldRep.items[8].cases[1].repeatable", lang, DEFAULT_POLICY), exact: true }).waitFor();
    await page.getByRole("button", { name: T.publish[lang] }).click();
    await page.getByText(T.confirm[lang]).waitFor();
    await expectClean(pane, `confirm ${lang}`);
    await pane.screenshot(`policy-editor.${lang}`);
    expect(await pane.workbook((wb, s) => wb.values(s).length, SHEET[lang])).toBeGreaterThan(0);
    expect(await pane.workbook((wb) => wb.sheets.map((s) => s.name))).toEqual([SHEET[lang], "Sheet1"]); // nothing written before the confirmation
    await pane.close();
  });

  test("publish writes the policy sheet and the change log; progress shown, never twice; the functions recalculate", async () => {
    const pane = await harness.open({ lang: "zh-CN", storage: { [AREA_KEY]: "policy" }, setup: fill, arg: { sheets: { 规则: await policySheetCells("zh-CN") } } });
    const page = pane.page;
    await page.locator("summary", { hasText: "H. 客服考核" }).click();
    await page.getByRole("textbox", { name: "得分不满此分扣减绩效工资（不满）", exact: true }).fill("55");
    await page.locator("summary", { hasText: "H. 客服考核" }).getByText("1 处修改").waitFor();
    const publish = page.getByRole("button", { name: "发布版本 2026.2" });
    expect(await publish.isDisabled()).toBe(true); // who publishes is still blank
    await page.getByText("请填写发布人。").waitFor();
    await page.getByRole("textbox", { name: "发布人" }).fill("王芳");
    await publish.click();
    await page.getByText("将把 1 处修改写入规则表「规则」，并在「规则变更记录」中添加一行：版本、公示日期、发布人和每项的原值 → 新值。").waitFor();
    // Excel refuses (a cell is being edited): a sentence in the user's language, nothing written; then it is tried again.
    await pane.failNext("InvalidOperationInCellEditMode", "RichApi.Error: The operation is not allowed in cell edit mode.");
    await page.getByRole("button", { name: "发布", exact: true }).click();
    await page.getByText("未完成：Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再试一次。").waitFor();
    expect(await pane.workbook((wb) => wb.sheets.map((s) => s.name))).toEqual(["规则", "Sheet1"]);
    await publish.click();
    const calculations = await pane.workbook((wb) => wb.calculations);
    await pane.slow(400);
    await page.getByRole("button", { name: "发布", exact: true }).click();
    await page.getByText("正在发布版本 2026.2…").waitFor();
    expect(await publish.isDisabled()).toBe(true);
    await publish.click({ force: true }); // a second click while it runs does nothing
    await page.getByText("已发布版本 2026.2").waitFor();
    await pane.slow(0);
    const book = await pane.workbook((wb) => ({ sheets: wb.sheets.map((s) => s.name), log: wb.values("规则变更记录") }));
    expect(book.sheets).toEqual(["规则", "Sheet1", "规则变更记录"]);
    expect(book.log).toEqual([
      ["规则版本", "公示日期", "发布人", "变更内容（原值 → 新值）"],
      ["2026.2", TODAY, "王芳", ["规则版本：2026.1 → 2026.2", `向员工公示日期：2026-11-01 → ${TODAY}`, "得分不满此分扣减绩效工资（不满）（H-5）：60 分 → 55 分"].join("\n")],
    ]);
    // The functions' policy source read the sheet again: the header shows the new version, Excel recalculated.
    await page.getByText("规则 2026.2 · 工作表「规则」").waitFor();
    expect(await pane.workbook((wb) => wb.calculations)).toBeGreaterThan(calculations);
    // The editor starts over from the published version: 2026.3 proposed, nothing changed yet.
    await page.getByRole("button", { name: "发布版本 2026.3" }).waitFor();
    await page.getByText("还没有修改任何数值。").waitFor();
    await page.getByRole("button", { name: "打开变更记录" }).click();
    await page.waitForFunction(() => (window as unknown as { __workbook: { active?: { sheet: string } } }).__workbook.active?.sheet === "规则变更记录");
    await expectClean(pane, "published");
    await pane.screenshot("policy-published.zh-CN");
    await pane.close();
  });

  test("a policy file: export downloads the policy in use; import checks a file, shows it in the editor, and Publish writes it", async () => {
    const pane = await harness.open({ lang: "en-US", storage: { [AREA_KEY]: "policy" }, setup: fill, arg: { sheets: { Rules: await policySheetCells("en") } } });
    const page = pane.page;
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export the policy file" }).click()]);
    expect(download.suggestedFilename()).toBe("kaohe-policy-2026.1.json");
    expect(readFileSync(await download.path(), "utf8")).toBe(policyToJson(DEFAULT_POLICY));
    await page.getByText("The download of “kaohe-policy-2026.1.json” has started.", { exact: false }).waitFor();
    expect(await page.getByRole("textbox", { name: "The policy file's text (JSON)" }).inputValue()).toBe(policyToJson(DEFAULT_POLICY));

    const picker = page.locator('input[type="file"]');
    await picker.setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"version":"2027.1","published":"2027-01-01","values":{"annual.months":12,"annual.months":0}}') });
    await page.getByText("“bad.json” cannot be used (2 problem(s)):").waitFor();
    await page.getByText("“months averaged into the annual score”: appears more than once; each may appear only once (the last one does not silently win)").waitFor();
    await page.getByText("“months averaged into the annual score”: 0 is out of range; allowed 1–12").waitFor();

    const l = loadPolicy({ version: "2027.1", published: "2027-01-01", values: { "perfPay.passScore": 58 } });
    if (!l.ok) throw new Error("the company policy should be valid");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(policyToJson(l.policy), "utf16le")]); // Windows PowerShell's `>`
    await picker.setInputFiles({ name: "company.json", mimeType: "application/json", buffer: utf16 });
    await page.getByText("Imported “company.json” (version 2027.1): 1 difference(s) from the published version.", { exact: false }).waitFor();
    await page.getByText("Editing the imported file “company.json”").waitFor();
    expect(await page.getByRole("textbox", { name: "Policy version" }).inputValue()).toBe("2027.1");
    await page.getByText("a score under this (不满) cuts performance pay (H-5): 60 points → 58 points").first().waitFor();
    await expectClean(pane, "imported");
    await pane.screenshot("policy-import.en");
    await page.getByRole("textbox", { name: "Published by" }).fill("Li Na");
    await page.getByRole("button", { name: "Publish version 2027.1" }).click();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByText("Version 2027.1 published").waitFor();
    const log = await pane.workbook((wb) => wb.values("Policy change log"));
    expect(log[1]).toEqual(["2027.1", "2027-01-01", "Li Na", [
      "Policy version: 2026.1 → 2027.1", "Published to employees on: 2026-11-01 → 2027-01-01",
      "a score under this (不满) cuts performance pay (H-5): 60 points → 58 points",
    ].join("\n")]);
    await page.getByText("Policy 2027.1 · sheet “Rules”").waitFor();
    await pane.close();
  });

  test("an older policy sheet: the upgrade lists what it adds and happens only on the click", async () => {
    const rows = policyToRows(DEFAULT_POLICY, "zh-TW").filter((r) => r[0] !== "perfPay.failCut");
    const cells: Record<string, string | number> = {};
    rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) cells[`${colLetter(j + 1)}${i + 1}`] = v; }));
    const pane = await harness.open({ lang: "zh-TW", storage: { [AREA_KEY]: "policy" }, setup: fill, arg: { sheets: { 規則: cells } } });
    const page = pane.page;
    await page.getByText("「規則」是舊版規則表").waitFor();
    await page.getByText("將加入 1 項：").waitFor();
    await page.getByText("未滿分數線時扣減的績效工資比例（perfPay.failCut）").waitFor();
    await expectClean(pane, "upgrade zh-TW");
    await pane.screenshot("policy-upgrade.zh-TW");
    const before = await pane.workbook((wb) => ({ sheets: wb.sheets.map((s) => s.name), rows: wb.values("規則").length }));
    expect(before).toEqual({ sheets: ["規則", "Sheet1"], rows: rows.length });
    await page.getByRole("button", { name: "升級規則表" }).click();
    await page.getByText("已升級「規則」：加入了 1 項；表單透過「規則 KH」按代碼查找數值。").waitFor();
    await page.getByText("使用工作表「規則」中的規則").waitFor();
    const after = await pane.workbook((wb) => ({ sheets: wb.sheets.map((s) => s.name), last: wb.values("規則").at(-1)?.[0] }));
    expect(after).toEqual({ sheets: ["規則", "Sheet1", "規則 KH"], last: "perfPay.failCut" });
    expect(await page.getByText("「規則」是舊版規則表").count()).toBe(0);
    await pane.close();
  });

  test("a sheet called Rules that is not a policy is named as ignored; the editor works on the defaults", async () => {
    const pane = await harness.open({ lang: "en-US", storage: { [AREA_KEY]: "policy" }, setup: fill, arg: { sheets: { Rules: { A1: "House rules", A2: "No food at desks" } } } });
    await pane.page.getByText("Ignored: “Rules”").waitFor();
    await pane.page.getByText("Using the default policy").waitFor();
    await pane.page.getByRole("heading", { name: "Edit the policy" }).waitFor();
    await expectClean(pane, "ignored");
    await pane.screenshot("policy-ignored.en");
    await pane.close();
  });

  test("keyboard: a section opens with Enter, its first value takes typing, the count follows", async () => {
    const pane = await harness.open({ lang: "en-US", storage: { [AREA_KEY]: "policy" }, setup: fill, arg: { sheets: { Rules: await policySheetCells("en") } } });
    const page = pane.page;
    await page.getByRole("heading", { name: "Edit the policy" }).waitFor();
    await page.locator("#kaohe-tab-policy").focus();
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.tagName)) !== "SUMMARY"; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("A. Working time");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("solid"); // the focus is visible
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: "Standard hours a day; hours beyond are overtime" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Standard hours a day; hours beyond are overtime");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("9");
    await page.locator("summary", { hasText: "A. Working time" }).getByText("1 changed").waitFor();
    await page.getByText("standard hours a day; hours beyond are overtime (A-1): 8 hours → 9 hours").first().waitFor();
    await pane.close();
  });
});
