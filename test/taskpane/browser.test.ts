/**
 * The shared runtime page in a real browser (Debian's Chromium driven by
 * playwright-core): office.js is intercepted and replaced by a stub that
 * records CustomFunctions.associate calls; the page must register every
 * catalogue function before the task pane renders, then show the pane in the
 * Office language. A screenshot goes to renders/taskpane.<lang>.png.
 * Without Chromium this suite skips loudly locally and fails under CI=true.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CATALOGUE } from "../../src/rules";
import { ensureFullBuild, ROOT } from "../build/ensureBuild";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available) {
  const message = `Chromium not found at ${CHROMIUM}: the task pane browser test is SKIPPED (apt-get install chromium).`;
  if (process.env.CI === "true") throw new Error(`${message} Under CI=true this is a failure.`);
  console.warn(`\n⚠⚠⚠ ${message}\n`);
}

const ORIGIN = "https://localhost:3000";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png" };

/** Stands in for office.js: Office.onReady, the display language, CustomFunctions with a call log. */
const officeStub = (lang: string) => `
  window.__log = [];
  window.Office = { context: { displayLanguage: ${JSON.stringify(lang)} }, onReady: () => Promise.resolve({ host: "Excel" }),
    actions: { associate: (id) => window.__log.push("action:" + id) } };
  window.CustomFunctions = {
    associate: (id, fn) => window.__log.push("fn:" + id),
    Error: function (code, message) { this.code = code; this.message = message; },
    ErrorCode: { invalidValue: "#VALUE!" },
  };
  // A recording stand-in for Excel: enough for the pane to read "no policy sheet" and to queue a
  // form (the writer itself is tested against the in-memory host in test/workbook). Every call and
  // assignment is logged; collections are empty; objects read as null objects.
  window.__excel = [];
  const fake = (path) => new Proxy(function () {}, {
    get: (_, key) => key === "then" ? undefined : key === "items" ? [] : key === "isNullObject" ? true : fake(path + "." + String(key)),
    set: (_, key) => { window.__excel.push("set " + path + "." + String(key)); return true; },
    apply: (_, __, args) => { window.__excel.push(path + "(" + args.filter((a) => typeof a === "string").join(",") + ")"); return fake(path + "()"); },
  });
  const ctx = fake("ctx");
  window.Excel = { CalculationType: { full: "Full" }, run: async (cb) => cb(new Proxy(ctx, { get: (t, k) => k === "sync" ? async () => { window.__excel.push("sync"); } : t[k] })) };
  new MutationObserver(() => { if (document.getElementById("root")?.childElementCount && !window.__log.includes("render")) window.__log.push("render"); })
    .observe(document, { childList: true, subtree: true });
`;

(available ? describe : describe.skip)("shared runtime page in Chromium", () => {
  let browser: Browser;
  let dist: string;

  beforeAll(async () => {
    dist = await ensureFullBuild();
    // launch() gives every run a fresh, empty profile (its own user-data dir).
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 300_000);
  afterAll(async () => { await browser?.close(); });

  test.each(["zh-CN", "zh-TW", "en-US"])("%s: every function registers before the pane renders, and the pane shows them", async (lang) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 720 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "appsforoffice.microsoft.com") return route.fulfill({ contentType: "text/javascript", body: officeStub(lang) });
      if (url.origin !== ORIGIN) return route.abort();
      const file = join(dist, url.pathname);
      return existsSync(file) ? route.fulfill({ contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) }) : route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.waitForFunction(() => (window as unknown as { __log: string[] }).__log.includes("render"));
    const log = await page.evaluate(() => (window as unknown as { __log: string[] }).__log);
    const registered = log.filter((l) => l.startsWith("fn:")).map((l) => l.slice(3));
    expect(registered.sort()).toEqual(CATALOGUE.map((f) => f.id).sort());
    expect(log.lastIndexOf(log.filter((l) => l.startsWith("fn:")).pop()!)).toBeLessThan(log.indexOf("render"));
    const text = await page.locator("#root").innerText();
    expect(text).toContain("Kaohe");
    const expected = { "zh-CN": "销售工资", "zh-TW": "銷售薪資", "en-US": "SALESPAY" }[lang]!;
    expect(text).toContain(expected);
    expect(errors).toEqual([]);
    mkdirSync(join(ROOT, "renders"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "renders", `taskpane.${lang}.png`), fullPage: false });
    await page.close();
  });

  test("creating a form from the pane: pick a roster form, set the rows, the sheet is added and reported", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 720 } });
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "appsforoffice.microsoft.com") return route.fulfill({ contentType: "text/javascript", body: officeStub("zh-CN") });
      const file = join(dist, url.pathname);
      return url.origin === ORIGIN && existsSync(file) ? route.fulfill({ contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) }) : route.abort();
    });
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.getByRole("combobox").selectOption({ label: "业务员月度考核表" });
    const rows = page.getByRole("spinbutton");
    await rows.fill("0");
    await expect(page.getByRole("button", { name: "生成工作表" }).isDisabled()).resolves.toBe(true); // 0 rows is refused
    await rows.fill("25");
    await page.getByRole("button", { name: "生成工作表" }).click();
    await page.getByText("已生成工作表「业务员月度考核」").waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __excel: string[] }).__excel);
    expect(calls).toContain("ctx.workbook.worksheets.add(规则)"); // no policy sheet yet: created with the form
    expect(calls).toContain("ctx.workbook.worksheets.add(业务员月度考核)");
    expect(calls).toContain("ctx.workbook.worksheets.getItem(业务员月度考核)");
    expect(calls.filter((c) => c === "ctx.workbook.worksheets.getItem().activate()")).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith("set ") && c.endsWith(".formulasR1C1")).length).toBeGreaterThan(10); // one per formula column
    mkdirSync(join(ROOT, "renders"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "renders", "taskpane.forms.zh-CN.png") });
    await page.close();
  });
});
