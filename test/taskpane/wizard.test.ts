/**
 * The 考核 wizard in Chromium against the in-memory Excel (test/support/browser.ts), at
 * 350 px: the five steps walked in zh-CN and en as an HR person would — the roster read
 * from the selected range, the month's sheet created, S001's inputs typed in the pane
 * (the rulebook's worked example: 2 dealer faults → daily 90; absences 1, 0.5, 0.5 →
 * attendance 88; monthly 90 × 0.7 + 88 × 0.3 = 89.4; pay on 10,000 at 80 % = 9,150),
 * reviewed, finalized (refused, then with the others excluded) — each step axe-clean,
 * nothing sideways, and saved to docs/screens/wizard-<n>-<step>.<lang>.png. Then: one
 * operation at a time, readable Office failures, the pane following the sheet, next month.
 */
import { cycleText, monthSheetName, SCHEMES, SHEET_WORD, tableName } from "../../src/cycle";
import { SCHEME_NAMES } from "../../src/cycle/ids";
import { colLetter } from "../../src/forms/address";
import { STEP_TEXTS } from "../../src/taskpane/areas/evaluate/stepTexts";
import { EVALUATE } from "../../src/taskpane/areas/evaluate/texts";
import { translate, type Lang } from "../../src/rules";
import { chromiumAvailable, PaneHarness, type PanePage } from "../support/browser";
import type { MemoryWorkbook } from "../support/memoryHost";

const available = chromiumAvailable("the wizard browser test");
const AREA = { "kaohe.pane.area": "evaluate" };
const WIDTH = 350;
const MONTH = "2026-11";
const t = (lang: Lang, key: keyof typeof EVALUATE, args: Record<string, unknown> = {}) => translate(EVALUATE, key, lang, args);
const s = (lang: Lang, key: keyof typeof STEP_TEXTS, args: Record<string, unknown> = {}) => translate(STEP_TEXTS, key, lang, args);
const header = (lang: Lang, column: string) => SCHEMES.sales.headers[column][lang];

const PEOPLE: Record<Lang, [string, string, string][]> = {
  "zh-CN": [["S001", "王伟", "华东区"], ["S002", "李芳", "华南区"], ["S003", "张三", "华东区"]],
  "zh-TW": [["S001", "王偉", "華東區"], ["S002", "李芳", "華南區"], ["S003", "張三", "華東區"]],
  en: [["S001", "Wang Wei", "East"], ["S002", "Li Fang", "South"], ["S003", "Zhang San", "East"]],
};

/** The user's roster sheet (header on row 1), selected. */
const rosterSheet = (wb: MemoryWorkbook, a: { head: string[]; people: string[][] }) => {
  const cells: Record<string, string> = {};
  [a.head, ...a.people].forEach((row, i) => row.forEach((v, j) => { cells[`${"ABC"[j]}${i + 1}`] = v; }));
  wb.setCells("Roster", cells);
  wb.select("Roster", `A1:C${a.people.length + 1}`);
};
const rosterArg = (lang: Lang) => ({ head: ["id", "name", "dept"].map((k) => header(lang, k)), people: PEOPLE[lang] });

async function expectClean(pane: PanePage, what: string): Promise<void> {
  expect([what, await pane.axe()]).toEqual([what, []]);
  const o = await pane.overflow();
  expect([what, o.scrollWidth, o.clipped]).toEqual([what, o.width, []]);
  expect([what, pane.errors]).toEqual([what, []]);
}

const stepShown = (pane: PanePage, step: string) => pane.page.locator(`section[data-step="${step}"]`).waitFor();
const text = (pane: PanePage) => pane.page.locator("#root").innerText();

/** Type into a field the way a user does: fill, then Enter; the pane checks it, writes it (a sync) and reads the month again. */
async function type(pane: PanePage, label: string, value: string): Promise<void> {
  const before = await pane.workbook((wb) => wb.syncs);
  const box = pane.page.getByLabel(label, { exact: true });
  await box.fill(value);
  await box.press("Enter");
  await pane.page.waitForFunction((n) => (window as unknown as { __workbook: { syncs: number } }).__workbook.syncs >= n + 3, before); // write, then the two-sync read
  await pane.page.waitForFunction(() => document.querySelector("main .fui-Spinner") === null);
}

(available ? describe : describe.skip)("the 考核 wizard in Chromium", () => {
  let harness: PaneHarness;
  beforeAll(async () => { harness = await PaneHarness.launch(); }, 600_000);
  afterAll(async () => { await harness?.close(); });

  describe.each([["zh-CN", "zh-CN"], ["en-US", "en"]] as const)("%s at 350 px", (office, lang) => {
    test("the five steps: start, create, enter, review, finalize", async () => {
      const pane = await harness.open({ lang: office, width: WIDTH, height: 900, storage: AREA, setup: rosterSheet, arg: rosterArg(lang) });
      const page = pane.page;
      const sheet = monthSheetName("sales", MONTH, lang);
      await stepShown(pane, "start");
      await page.getByRole("textbox", { name: t(lang, "month") }).fill(MONTH);
      await page.getByText(t(lang, "noPrevious", { month: "2026-10" })).waitFor();

      // 1 Start: the roster from the selected range, headers found by name.
      await page.getByRole("button", { name: t(lang, "read") }).click();
      await page.getByText(t(lang, "readOk", { count: 3, where: "Roster!A1:C4" })).waitFor();
      await expectClean(pane, `start ${lang}`);
      await pane.screenshot(`wizard-1-start.${lang}`);

      // 2 Create: the month's sheet as an Excel table, the policy sheet with it.
      await page.getByRole("button", { name: t(lang, "next"), exact: true }).click();
      await stepShown(pane, "create");
      await page.getByRole("button", { name: s(lang, "create") }).click();
      await page.getByText(s(lang, "created", { sheet })).waitFor();
      const made = await pane.workbook((wb, table) => ({ active: wb.active?.sheet, table: wb.table(table)?.sheet.name, rows: wb.table(table) && wb.table(table)!.rect.bottom - wb.table(table)!.rect.top }), tableName("sales", MONTH));
      expect(made).toEqual({ active: sheet, table: sheet, rows: 3 });
      await expectClean(pane, `create ${lang}`);
      await pane.screenshot(`wizard-2-create.${lang}`);

      // 3 Enter: S001's inputs typed in the pane; the core's results and steps.
      await page.getByRole("button", { name: t(lang, "next"), exact: true }).click();
      await page.getByText(s(lang, "progress", { complete: 0, total: 3 })).waitFor();
      await type(pane, header(lang, "f1"), "2");
      await type(pane, header(lang, "a1"), "1");
      await type(pane, header(lang, "a2"), "0.5");
      await type(pane, header(lang, "a3"), "0.5");
      await type(pane, `${header(lang, "totalPay")} *`, "10000");
      await type(pane, `${header(lang, "completion")} *`, "80%");
      await page.getByText(s(lang, "progress", { complete: 1, total: 3 })).waitFor();
      const results = await page.getByTestId("enter-results").innerText();
      for (const [col, v] of [["daily", "90"], ["attendance", "88"], ["monthly", "89.4"], ["pay", "9,150.00"]]) expect(results.replace(/\t/g, "\n")).toContain(`${header(lang, col)}\n${v}`);
      // A count the sheet refuses is refused in the pane too, with what is allowed.
      await page.getByLabel(header(lang, "f2"), { exact: true }).fill("5");
      await page.getByLabel(header(lang, "f2"), { exact: true }).press("Enter");
      await page.getByText(new RegExp(`${header(lang, "f2")}.*0–1`)).waitFor();
      await page.getByRole("button", { name: s(lang, "explain") }).click();
      await page.getByText("HR.", { exact: false }).first().waitFor();
      // Row 6 of the sheet (the header is row 5): the employee, and fault 1 typed in the pane, in the column headed by it.
      const [head, cells] = await pane.workbook((wb, sh) => [wb.values(sh)[4], wb.values(sh)[5]], sheet);
      expect(cells.slice(1, 4)).toEqual(["S001", PEOPLE[lang][0][1], PEOPLE[lang][0][2]]);
      expect(cells[head.indexOf(header(lang, "f1"))]).toBe(2);
      await expectClean(pane, `enter ${lang}`);
      await pane.screenshot(`wizard-3-enter.${lang}`);

      // 4 Review: the summary, the ranking, every flag with its rule; the summary sheet with a native chart.
      await page.getByRole("button", { name: t(lang, "next"), exact: true }).click();
      await page.getByText(s(lang, "ranking"), { exact: true }).waitFor();
      expect(await text(pane)).toContain("9,150.00");
      await page.getByRole("button", { name: s(lang, "makeSummary") }).click();
      await page.getByText(s(lang, "summaryDone", { sheet: cycleText("sheet.summary", lang, { scheme: SHEET_WORD.sales[lang], month: MONTH }) })).waitFor();
      const chart = await pane.workbook((wb) => wb.sheets.flatMap((x) => x.charts)[0]);
      expect(chart).toMatchObject({ type: "ColumnClustered" });
      // A flag selects its cell: S002 has no total pay.
      const flag = page.getByRole("button", { name: new RegExp(`^S002 ${PEOPLE[lang][1][1]}.*${header(lang, "totalPay")}`) }).first();
      await flag.click();
      const totalPayCol = colLetter(1 + await pane.workbook((wb, [sh, h]) => wb.values(sh)[4].indexOf(h), [sheet, header(lang, "totalPay")] as [string, string]));
      await page.waitForFunction((want) => JSON.stringify((window as unknown as { __workbook: { active: unknown } }).__workbook.active) === want, JSON.stringify({ sheet, cell: `${totalPayCol}7` }));
      await expectClean(pane, `review ${lang}`);
      await pane.screenshot(`wizard-4-review.${lang}`);
      // High contrast drops background colours: the band bars must still be drawn.
      await pane.page.emulateMedia({ forcedColors: "active" });
      // Each bar's colour against its track's: the same colour would be an invisible bar.
      const bars = await pane.page.locator("main [style*='width']").evaluateAll((els) => els.map((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e.parentElement!).backgroundColor]));
      expect(bars.length).toBeGreaterThan(0);
      expect(bars.filter(([bar, track]) => bar === track)).toEqual([]);
      await pane.page.emulateMedia({ forcedColors: "none" });

      // 5 Finalize: refused while S002 and S003 are incomplete; finalized with them excluded.
      await page.getByRole("button", { name: t(lang, "next"), exact: true }).click();
      await stepShown(pane, "finalize");
      await page.getByRole("button", { name: s(lang, "finalize"), exact: true }).click();
      await page.getByText(s(lang, "refused")).waitFor();
      // Each problem's button is named by what it shows, then what it does — once, not "S002：S002 …".
      const named = await page.locator('section[data-step="finalize"] li button[aria-label]').evaluateAll((bs) => bs.map((b) => [b.getAttribute("aria-label") ?? "", b.textContent ?? ""]));
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter(([label, text]) => !label.startsWith(text))).toEqual([]);
      for (const [id, name] of PEOPLE[lang].slice(1)) {
        await page.getByRole("checkbox", { name: s(lang, "exclude", { id: `${id} ${name}` }) }).check();
        await page.getByLabel(s(lang, "reasonFor", { id })).fill(lang === "en" ? "joined late" : "本月入职");
      }
      await page.getByLabel(s(lang, "by")).fill(lang === "en" ? "Liu" : "刘经理");
      await page.getByRole("button", { name: s(lang, "finalize"), exact: true }).click();
      await page.getByText(s(lang, "finalized", { sheet })).waitFor();
      const book = await pane.workbook((wb, sh) => ({ locked: wb.sheet(sh)?.protection !== undefined, log: wb.table("KH_log")?.sheet.name, sheets: wb.sheets.map((x) => x.name) }), sheet);
      expect(book.locked).toBe(true);
      expect(book.sheets).toContain(book.log);
      expect(book.sheets.some((x) => x.includes(MONTH) && x !== sheet && x.includes(lang === "en" ? "pay list" : "工资单"))).toBe(true);
      await page.getByText(s(lang, "nextMonth", { month: "2026-12" })).waitFor();
      await expectClean(pane, `finalize ${lang}`);
      await pane.screenshot(`wizard-5-finalize.${lang}`);
      await pane.close();
    }, 240_000);
  });

  /** Open the pane on a roster, read it, create November's sheet; ends on the Create step. */
  async function created(office: string, lang: Lang): Promise<{ pane: PanePage; sheet: string }> {
    const pane = await harness.open({ lang: office, width: WIDTH, height: 900, storage: AREA, setup: rosterSheet, arg: rosterArg(lang) });
    await pane.page.getByRole("textbox", { name: t(lang, "month") }).fill(MONTH);
    await pane.page.getByRole("button", { name: t(lang, "read") }).click();
    await pane.page.getByText(t(lang, "readOk", { count: 3, where: "Roster!A1:C4" })).waitFor();
    await pane.page.getByRole("button", { name: t(lang, "next"), exact: true }).click();
    await pane.page.getByRole("button", { name: s(lang, "create") }).click();
    const sheet = monthSheetName("sales", MONTH, lang);
    await pane.page.getByText(s(lang, "created", { sheet })).waitFor();
    return { pane, sheet };
  }

  test("one operation at a time, saying what it does; a second click does nothing", async () => {
    const pane = await harness.open({ lang: "zh-CN", width: WIDTH, storage: AREA, setup: rosterSheet, arg: rosterArg("zh-CN") });
    await pane.page.getByRole("textbox", { name: t("zh-CN", "month") }).fill(MONTH);
    await pane.page.getByRole("button", { name: t("zh-CN", "read") }).click();
    await pane.page.getByText(t("zh-CN", "readOk", { count: 3, where: "Roster!A1:C4" })).waitFor();
    await pane.page.getByRole("button", { name: t("zh-CN", "next"), exact: true }).click();
    const create = pane.page.getByRole("button", { name: s("zh-CN", "create") });
    await create.waitFor();
    await pane.slow(500);
    await create.click();
    await pane.page.getByText(/正在(按规则计算 3 名员工|创建「业务员考核 2026-11」（3 人）)…/).waitFor();
    expect(await create.isDisabled()).toBe(true);
    await create.click({ force: true });
    await pane.page.getByText(s("zh-CN", "created", { sheet: "业务员考核 2026-11" })).waitFor();
    expect(await pane.workbook((wb) => wb.sheets.map((x) => x.name))).toEqual(["Roster", "规则", "业务员考核 2026-11"]);
    await pane.close();
  }, 120_000);

  test("a failure half-way reads as a sentence in the user's language; the half-written sheet is gone, the policy sheet stays complete", async () => {
    const pane = await harness.open({ lang: "zh-TW", width: WIDTH, storage: AREA, setup: rosterSheet, arg: rosterArg("zh-TW") });
    await pane.page.getByRole("textbox", { name: t("zh-TW", "month") }).fill(MONTH);
    await pane.page.getByRole("button", { name: t("zh-TW", "read") }).click();
    await pane.page.getByText(t("zh-TW", "readOk", { count: 3, where: "Roster!A1:C4" })).waitFor();
    await pane.page.getByRole("button", { name: t("zh-TW", "next"), exact: true }).click();
    // Excel fails on the employees' data of the month sheet (after the sheet and its table were added).
    await pane.workbook((wb) => { wb.failWhen = (op) => (op.o === "values" && JSON.stringify(op.a).includes("S002") ? "GeneralException" : undefined); });
    await pane.page.getByRole("button", { name: s("zh-TW", "create") }).click();
    await pane.page.getByText(t("zh-TW", "failed", { message: "Excel 回報了一個內部錯誤，請再試一次。" })).waitFor();
    await pane.page.getByText("詳細資訊：GeneralException").waitFor();
    await pane.page.getByText(t("zh-TW", "removedKept", { sheet: "規則" })).waitFor();
    expect(await text(pane)).not.toMatch(/RichApi|HostError/);
    expect(await pane.workbook((wb) => ({ sheets: wb.sheets.map((x) => x.name), tables: wb.tables.length }))).toEqual({ sheets: ["Roster", "規則"], tables: 0 });
    await expectClean(pane, "failure zh-TW");
    await pane.screenshot("wizard-error.zh-TW");
    await pane.close();
  }, 120_000);

  test("the pane follows the sheet (typed values, the selected row), previous/next select the row; next month carries forward from this one", async () => {
    const { pane, sheet } = await created("en-US", "en");
    const page = pane.page;
    await page.getByRole("button", { name: t("en", "next"), exact: true }).click();
    await page.getByText(s("en", "progress", { complete: 0, total: 3 })).waitFor();
    const col = async (key: string) => colLetter(1 + await pane.workbook((wb, [sh, h]) => wb.values(sh)[4].indexOf(h), [sheet, header("en", key)] as [string, string]));
    const [f1, pay, done] = [await col("f1"), await col("totalPay"), await col("completion")];
    // Typed straight into the sheet: S001 (row 6) and S002 (row 7) become complete.
    await pane.workbook((wb, [sh, c]) => wb.edit(sh, { [`${c[0]}6`]: 2, [`${c[1]}6`]: 10000, [`${c[2]}6`]: 0.8, [`${c[1]}7`]: 9000, [`${c[2]}7`]: 1 }), [sheet, [f1, pay, done]] as [string, string[]]);
    await page.getByText(s("en", "progress", { complete: 2, total: 3 })).waitFor();
    // The user clicks S003's row in Excel: the pane shows S003.
    await pane.select(sheet, "C8");
    await page.getByText("3 of 3", { exact: true }).waitFor();
    await page.getByText(`S003 ${PEOPLE.en[2][1]}`).waitFor();
    // Previous: the pane shows S002 and selects its row's first input.
    await page.getByRole("button", { name: s("en", "prevLabel") }).click();
    await page.getByText("2 of 3", { exact: true }).waitFor();
    await page.waitForFunction((want) => JSON.stringify((window as unknown as { __workbook: { active: unknown } }).__workbook.active) === want, JSON.stringify({ sheet, cell: `${f1}7` })); // the row's first input: fault 1

    // Finalize (S003 excluded), then next month from this one.
    await page.getByRole("button", { name: "5 Finalize" }).click();
    await page.getByRole("checkbox", { name: s("en", "exclude", { id: `S003 ${PEOPLE.en[2][1]}` }) }).check();
    await page.getByLabel(s("en", "reasonFor", { id: "S003" })).fill("on leave");
    await page.getByLabel(s("en", "by")).fill("Liu");
    await page.getByRole("button", { name: s("en", "finalize"), exact: true }).click();
    // Going back a step and returning keeps who signed off, ready for a reopen.
    await page.getByRole("button", { name: "3 Enter" }).click();
    await page.getByRole("button", { name: "5 Finalize" }).click();
    expect(await page.getByLabel(s("en", "reopenBy")).inputValue()).toBe("Liu");
    await page.getByRole("button", { name: s("en", "nextMonth", { month: "2026-12" }) }).click();
    await page.getByText(t("en", "readOk", { count: 3, where: sheet })).waitFor();
    // The roster's source says where it came from: last month's sheet, not the selection (reading again reads the same).
    await page.waitForTimeout(300);
    expect(await page.getByRole("radio", { name: t("en", "source.previous", { sheet }) }).isChecked()).toBe(true);
    await page.getByRole("button", { name: t("en", "next"), exact: true }).click();
    await page.getByText(sheet, { exact: true }).waitFor(); // carried forward from November's sheet
    await page.getByRole("button", { name: s("en", "create") }).click();
    const dec = monthSheetName("sales", "2026-12", "en");
    await page.getByText(s("en", "created", { sheet: dec })).waitFor();
    const row = await pane.workbook((wb, sh) => wb.values(sh)[5], dec);
    const h = await pane.workbook((wb, sh) => wb.values(sh)[4], dec);
    expect(row[h.indexOf(header("en", "id"))]).toBe("S001");
    expect(row[h.indexOf(header("en", "r1"))]).toBe("✓"); // F-7: fault 1 was above 0 in November
    expect(row[h.indexOf(header("en", "previousScore"))]).toBe(93); // November: daily 90 (2 dealer faults), no absence → 100; 90 × 0.7 + 100 × 0.3
    expect(row[h.indexOf(header("en", "f1"))]).toBe(""); // a new month starts with blank inputs
    await pane.close();
  }, 180_000);

  test("Explain on the month sheet: S001's pay shows the F-10 steps for its row, in the month sheet's own columns", async () => {
    const { pane, sheet } = await created("zh-CN", "zh-CN");
    const col = async (key: string) => colLetter(1 + await pane.workbook((wb, [sh, h]) => wb.values(sh)[4].indexOf(h), [sheet, header("zh-CN", key)] as [string, string]));
    const [f1, total, done, daily, pay] = [await col("f1"), await col("totalPay"), await col("completion"), await col("daily"), await col("pay")];
    // S001 (row 6): 2 dealer faults (F-6 → daily 90), total pay 10,000 at 80 %; Excel's values of the computed cells (the memory host does not calculate).
    await pane.workbook((wb, [sh, c]) => { wb.edit(sh, { [`${c[0]}6`]: 2, [`${c[1]}6`]: 10000, [`${c[2]}6`]: 0.8 }); wb.setValues(sh, { [`${c[3]}6`]: 90, [`${c[4]}6`]: 9150 }); }, [sheet, [f1, total, done, daily, pay]] as [string, string[]]);
    await pane.area("explain");
    await pane.select(sheet, `${pay}6`);
    await pane.page.getByText(`表单「业务员考核 ${MONTH}」第 6 行的「${header("zh-CN", "pay")}」，按 HR.销售工资 计算`).waitFor();
    const shown = (await text(pane)).replace(/\t/g, "\n");
    expect(shown).toContain("HR.销售工资 = 9150");
    expect(shown).toContain(`${total}6`);
    expect(shown).toContain("计划工资 = 工资总额 × 0.35 × 完成率\n2800");
    await expectClean(pane, "explain month");
    await pane.screenshot("explain-month.zh-CN");
    await pane.close();
  }, 120_000);

  test("zh-TW at 320 px: problems of a selected roster, each with a button that selects its cell, axe-clean", async () => {
    const arg = { head: rosterArg("zh-TW").head, people: [...PEOPLE["zh-TW"], ["S001", "重複", "華東區"]] };
    const pane = await harness.open({ lang: "zh-TW", width: 320, storage: AREA, setup: rosterSheet, arg });
    await pane.page.getByRole("textbox", { name: t("zh-TW", "month") }).fill(MONTH);
    await pane.page.getByRole("button", { name: t("zh-TW", "read") }).click();
    await pane.page.getByText("工號 S001 重複（A5，第一次在 A2）").waitFor();
    // The button's name starts with what it shows (WCAG 2.5.3: axe's label-content-name-mismatch).
    await pane.page.getByRole("button", { name: "選取 A5（工作表「Roster」）" }).click();
    await pane.page.waitForFunction(() => JSON.stringify((window as unknown as { __workbook: { active: unknown } }).__workbook.active) === JSON.stringify({ sheet: "Roster", cell: "A5" }));
    await expectClean(pane, "roster problems zh-TW");
    await pane.close();
  }, 120_000);

  test("keyboard: focus is never lost to the page — a new step focuses its heading, an operation leaves it on a control", async () => {
    const pane = await harness.open({ lang: "zh-CN", width: WIDTH, storage: AREA, setup: rosterSheet, arg: rosterArg("zh-CN") });
    const page = pane.page;
    const focused = () => page.evaluate(() => (document.activeElement === document.body ? "body" : document.activeElement?.id || document.activeElement?.tagName));
    await page.getByRole("textbox", { name: t("zh-CN", "month") }).fill(MONTH);
    await page.getByRole("button", { name: t("zh-CN", "read") }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(t("zh-CN", "readOk", { count: 3, where: "Roster!A1:C4" })).waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body);
    await page.getByRole("button", { name: t("zh-CN", "next"), exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "kaohe-evaluate-step");
    await page.getByRole("button", { name: s("zh-CN", "create") }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(s("zh-CN", "created", { sheet: "业务员考核 2026-11" })).waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect(await focused()).not.toBe("body");
    await pane.close();
  }, 120_000);

  test("store ranked per department (H-4): the Review ranking has a heading per department; axe-clean at 320 px", async () => {
    const h = (k: string) => SCHEMES.store.headers[k]["zh-CN"];
    const cells: Record<string, string | number> = {
      A1: h("id"), B1: h("name"), C1: h("dept"), D1: h("self"), E1: h("mgr"), F1: h("perfBase"),
      A2: "C1", B2: "陈静", C2: "一店", D2: 90, E2: 90, F2: 2000,
      A3: "C2", B3: "周敏", C3: "一店", D3: 80, E3: 80, F3: 2000,
      A4: "C3", B4: "吴芳", C4: "二店", D4: 70, E4: 70, F4: 2000,
    };
    // The setup runs in the page: it gets its data as an argument.
    const store = (wb: MemoryWorkbook, c: Record<string, string | number>) => { wb.setCells("Roster", c); wb.select("Roster", "A1:F4"); };
    const pane = await harness.open({ lang: "zh-CN", width: 320, storage: AREA, setup: store, arg: cells });
    const page = pane.page;
    await page.getByRole("radio", { name: SCHEME_NAMES.store["zh-CN"] }).check();
    await page.getByRole("textbox", { name: t("zh-CN", "month") }).fill(MONTH);
    await page.getByRole("button", { name: t("zh-CN", "read") }).click();
    await page.getByText(t("zh-CN", "readOk", { count: 3, where: "Roster!A1:F4" })).waitFor();
    await page.getByRole("button", { name: t("zh-CN", "next"), exact: true }).click();
    await page.getByRole("button", { name: s("zh-CN", "create") }).click();
    await page.getByText(s("zh-CN", "created", { sheet: monthSheetName("store", MONTH, "zh-CN") })).waitFor();
    await page.getByRole("button", { name: "4 审核" }).click();
    await stepShown(pane, "review");
    await page.locator('section[data-step="review"] th[scope="colgroup"]').first().waitFor();
    const groups = await page.locator('section[data-step="review"] th[scope="colgroup"]').allTextContents();
    expect(groups).toEqual(["一店", "二店"]);
    await expectClean(pane, "store review zh-CN");
    await pane.close();
  }, 120_000);

  test("pasted text: a tab-separated roster, blank and duplicate IDs named with their rows", async () => {
    const pane = await harness.open({ lang: "zh-CN", width: WIDTH, storage: AREA });
    await pane.page.getByRole("textbox", { name: t("zh-CN", "month") }).fill(MONTH);
    await pane.page.getByRole("radio", { name: t("zh-CN", "source.paste") }).check();
    await pane.page.getByRole("textbox", { name: t("zh-CN", "pasteLabel") }).fill("工号\t姓名\t部门\nS001\t王伟\t华东区\n\t李芳\t华南区\nS001\t张三\t华东区\nS004\t赵六\t华北区");
    await pane.page.getByRole("button", { name: t("zh-CN", "read") }).click();
    await pane.page.getByText(t("zh-CN", "readOk", { count: 2, where: t("zh-CN", "pasted") })).waitFor();
    await pane.page.getByText("工号为空（第 3 行）").waitFor();
    await pane.page.getByText("工号 S001 重复（第 4 行，第一次在 第 2 行）").waitFor();
    expect(await pane.page.getByRole("button", { name: t("zh-CN", "next"), exact: true }).isDisabled()).toBe(true); // fix the roster first
    await expectClean(pane, "paste zh-CN");
    await pane.close();
  }, 120_000);
});
