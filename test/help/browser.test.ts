/**
 * Every page of the production build in Chromium (playwright-core, Debian's Chromium), served
 * from the production origin at 360 px: no request leaves the origin (the add-in pages may load
 * office.js from the Office CDN, intercepted here by a stub), no console error, no
 * Content-Security-Policy violation (issue 7 row 15; the task pane renders Fluent UI under the
 * policy), and no sideways scrolling on a phone. Screenshots go to renders/help/.
 * Without Chromium this suite skips loudly locally and fails under CI=true.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CATALOGUE, LANGS } from "../../src/rules";
import { ensureProductionBuild, PRODUCTION_ORIGIN, ROOT } from "../build/ensureBuild";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available) {
  const message = `Chromium not found at ${CHROMIUM}: the help pages browser test is SKIPPED (apt-get install chromium).`;
  if (process.env.CI === "true") throw new Error(`${message} Under CI=true this is a failure.`);
  console.warn(`\n⚠⚠⚠ ${message}\n`);
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".css": "text/css" };
const ADDIN_PAGES = ["taskpane.html", "functions.html", "commands.html"];
const PHONE = { width: 360, height: 740 };

/** office.js as far as the pages need it at load: Office.onReady, the language, CustomFunctions.associate. */
const OFFICE_STUB = `
  window.Office = { context: { displayLanguage: "zh-CN" }, onReady: () => Promise.resolve({ host: "Excel" }), actions: { associate() {} } };
  window.CustomFunctions = { associate() {}, Error: function (code, message) { this.code = code; this.message = message; }, ErrorCode: { invalidValue: "#VALUE!" } };
  window.Excel = { run: () => new Promise(() => {}) };
`;

function htmlFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? htmlFiles(dir, rel) : name.endsWith(".html") ? [rel] : [];
  });
}

interface Visit { outside: string[]; errors: string[]; violations: string[]; overflow: number }

(available ? describe : describe.skip)("every built page in Chromium, at 360 px", () => {
  let browser: Browser;
  let page: Page;
  let dist = "";
  let visit: Visit;

  beforeAll(async () => {
    ({ dir: dist } = await ensureProductionBuild());
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: PHONE });
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") visit.errors.push(`${m.type()}: ${m.text()}`); });
    page.on("pageerror", (e) => visit.errors.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => { if (!r.url().startsWith(PRODUCTION_ORIGIN) && !r.url().startsWith(OFFICE_CDN)) return; visit.errors.push(`failed: ${r.url()}`); });
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        if (url === `${OFFICE_CDN}lib/1/hosted/office.js`) return route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB });
        visit.outside.push(url);
        return route.abort();
      }
      if (!url.startsWith(PRODUCTION_ORIGIN)) { visit.outside.push(url); return route.abort(); }
      const file = join(dist, decodeURI(new URL(url).pathname).slice(new URL(PRODUCTION_ORIGIN).pathname.length));
      if (!existsSync(file)) { visit.errors.push(`404: ${url}`); return route.fulfill({ status: 404 }); }
      return route.fulfill({ contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
    });
  }, 300_000);
  afterAll(async () => { await browser?.close(); });

  async function open(path: string, ready?: () => Promise<unknown>): Promise<Visit> {
    visit = { outside: [], errors: [], violations: [], overflow: 0 };
    await page.goto(`${PRODUCTION_ORIGIN}${path}`, { waitUntil: "load" });
    if (ready) await ready();
    visit.violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    visit.overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    return visit;
  }

  test("every help page: only its own origin, no error, no CSP violation, no sideways scroll", async () => {
    const pages = htmlFiles(dist).filter((p) => p.startsWith("help/"));
    expect(pages.length).toBe(1 + LANGS.length * (CATALOGUE.length + 3));
    for (const path of pages) {
      const v = await open(path);
      expect([path, v]).toEqual([path, { outside: [], errors: [], violations: [], overflow: 0 }]);
      // The stylesheet applied: the body has its width limit.
      expect([path, await page.evaluate(() => getComputedStyle(document.body).maxWidth)]).not.toEqual([path, "none"]);
    }
  }, 300_000);

  test("the add-in's pages under the policy: office.js from the CDN, the task pane renders Fluent UI, no violation", async () => {
    for (const path of ADDIN_PAGES) {
      const v = await open(path, path === "taskpane.html" ? () => page.waitForFunction(() => (document.getElementById("root")?.childElementCount ?? 0) > 0) : undefined);
      expect([path, v.outside, v.errors, v.violations]).toEqual([path, [], [], []]);
      if (path !== "taskpane.html") continue;
      // Griffel's rules reached the page: Fluent's styles are in effect under style-src.
      expect(await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0))).toBeGreaterThan(50);
      // The policy is enforced: an image or a script from elsewhere is refused before any request.
      const refused = await page.evaluate(async () => {
        const img = document.createElement("img");
        img.src = "https://tracker.example.net/pixel.png";
        const script = document.createElement("script");
        script.textContent = "window.__inline = true";
        document.body.append(img, script);
        await new Promise((r) => setTimeout(r, 100));
        return [[...(window as unknown as { __violations: string[] }).__violations].sort(), "__inline" in window];
      });
      expect(refused).toEqual([["img-src https://tracker.example.net/pixel.png", "script-src-elem inline"], false]);
      expect(visit.outside).toEqual([]);
    }
  }, 120_000);

  test("screenshots of the pages a user opens first, in each language", async () => {
    const out = join(ROOT, "renders", "help");
    mkdirSync(out, { recursive: true });
    for (const lang of LANGS) {
      for (const name of ["index", "SALESPAY", "FIELDREPSCORE", "support", "privacy"]) {
        await open(`help/${lang}/${name}.html`);
        await page.screenshot({ path: join(out, `${lang}.${name}.png`) });
        await page.evaluate(() => document.getElementById("errors")?.scrollIntoView() ?? document.querySelector("footer")?.scrollIntoView());
        await page.screenshot({ path: join(out, `${lang}.${name}.below.png`) });
      }
    }
    expect(readdirSync(out).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(LANGS.length * 10);
  }, 120_000);
});
