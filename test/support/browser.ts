/**
 * The task pane in a real browser, against an in-memory Excel (shared test harness).
 *
 * - Debian's Chromium driven by playwright-core (headless; the flags below keep it
 *   offline and quiet), a fresh profile per launch.
 * - The production build (ensureFullBuild) served at https://localhost:3000 through
 *   request interception; any other origin is refused.
 * - office.js is replaced by a stand-in: Office (onReady, the display language, the
 *   theme), CustomFunctions (associate is logged and the functions kept), and Excel.run
 *   over an in-memory workbook — test/support/memoryHost.ts, bundled for the browser
 *   with webpack's Node API into node_modules/.cache (never dist/, never shipped).
 * - A test pre-fills the workbook (`setup`, run in the page before any add-in script),
 *   acts as the user in Excel (`select`, `edit`, or any `workbook(...)` call) and reads
 *   the workbook back (`workbook((wb) => wb.snapshot("Sheet1"))`). `slow(ms)` delays
 *   every Excel.run (busy states); `failNext(code, message)` makes the next one fail.
 * - `axe()` runs axe-core in the page; `overflow()` finds sideways scrolling and clipped text.
 *
 * Without Chromium a suite using it skips loudly locally and fails under CI=true.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { cacheDir, ensureFullBuild, ROOT } from "../build/ensureBuild";
import type { MemoryWorkbook } from "./memoryHost";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const ORIGIN = "https://localhost:3000";
/** Where the page loads axe-core from (a test-only path on the origin, never in dist/). */
const AXE_PATH = "/__test__/axe.min.js";
const OFFICE_HOST = "appsforoffice.microsoft.com";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png" };
const HOST_BUNDLE_DIR = cacheDir("kaohe-browser-host");
const HOST_SOURCES = ["test/support/memoryHost.ts", "test/support/browserHost.ts", "src/forms/address.ts"];

/** True when Chromium is there; otherwise a loud warning (or, under CI=true, a failure). */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM}: ${suite} is SKIPPED (apt-get install chromium).`;
  if (process.env.CI === "true") throw new Error(`${message} Under CI=true this is a failure.`);
  console.warn(`\n⚠⚠⚠ ${message}\n`);
  return false;
}

/** The memory host as one browser script, rebuilt when its sources are newer. */
export async function browserHostBundle(): Promise<string> {
  const out = join(HOST_BUNDLE_DIR, "host.js");
  const built = existsSync(out) ? statSync(out).mtimeMs : 0;
  if (built > 0 && HOST_SOURCES.every((s) => statSync(join(ROOT, s)).mtimeMs <= built)) return out;
  mkdirSync(HOST_BUNDLE_DIR, { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as typeof import("webpack");
  await new Promise<void>((resolve, reject) => {
    webpack({
      mode: "development", devtool: false, context: ROOT, target: ["web", "es2020"],
      entry: join(ROOT, "test/support/browserHost.ts"),
      output: { path: HOST_BUNDLE_DIR, filename: "host.js" },
      resolve: { extensions: [".ts", ".js"] },
      module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "esnext", target: "es2020" } } } }] },
    }, (err, stats) => (err ? reject(err) : stats?.hasErrors() ? reject(new Error(stats.toString("errors-only"))) : resolve()));
  });
  return out;
}

export interface OfficeTheme {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

export interface OpenOptions<A> {
  /** Office's display language: zh-CN, zh-TW, en-US… */
  lang: string;
  width?: number;
  height?: number;
  /** Runs in the page before any add-in script: pre-fill the workbook. Must not close over test variables (pass `arg`). */
  setup?: (wb: MemoryWorkbook, arg: A) => void;
  arg?: A;
  officeTheme?: OfficeTheme;
  /** localStorage entries of the pane's origin (e.g. the remembered area). */
  storage?: Record<string, string>;
}

/** The office.js stand-in: the memory host, the test's set-up, Office, CustomFunctions and Excel.run. */
function officeStub(hostCode: string, opts: OpenOptions<unknown>): string {
  return `${hostCode}
  ;(() => {
    const log = window.__log = [];
    const fns = window.__functions = {};
    const wb = window.__workbook = new KaoheMemory.MemoryWorkbook();
    ${opts.setup ? `(${opts.setup.toString()})(wb, ${JSON.stringify(opts.arg ?? null)});` : ""}
    window.Office = {
      context: { displayLanguage: ${JSON.stringify(opts.lang)}, officeTheme: ${JSON.stringify(opts.officeTheme ?? null)},
        requirements: { isSetSupported: () => true }, document: {} },
      EventType: {},
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      actions: { associate: (id) => log.push("action:" + id) },
      addin: { showAsTaskpane: () => Promise.resolve() },
    };
    window.CustomFunctions = {
      associate: (id, fn) => { log.push("fn:" + id); fns[id] = fn; },
      Error: function (code, message) { this.code = code; this.message = message; },
      ErrorCode: { invalidValue: "#VALUE!" },
    };
    // Excel.run over the memory host; window.__delayMs slows every batch (to see busy states),
    // window.__fail makes the next batch fail as Office does (an OfficeExtension error with a code).
    window.Excel = { CalculationType: { full: "Full" }, run: async (batch) => {
      if (window.__delayMs) await new Promise((r) => setTimeout(r, window.__delayMs));
      const fail = window.__fail;
      if (fail) { window.__fail = undefined; throw Object.assign(new Error(fail.message), { name: "RichApi.Error", code: fail.code }); }
      return batch(wb.context);
    } };
    new MutationObserver(() => { if (document.getElementById("root")?.childElementCount && !log.includes("render")) log.push("render"); })
      .observe(document, { childList: true, subtree: true });
  })();`;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export class PanePage {
  readonly errors: string[] = [];
  constructor(readonly page: Page, private readonly context: BrowserContext) {
    page.on("pageerror", (e) => this.errors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") this.errors.push(m.text()); });
  }

  /** Run `f` in the page with the workbook (set up, act as the user, read back). */
  workbook<T, A = null>(f: (wb: MemoryWorkbook, arg: A) => T, arg?: A): Promise<T> {
    return this.page.evaluate(([src, a]) => {
      const fn = new Function(`return (${src})`)() as (wb: unknown, arg: unknown) => T;
      return fn((window as unknown as { __workbook: unknown }).__workbook, a);
    }, [f.toString(), arg ?? null] as const);
  }

  /** The user clicks a cell in Excel. */
  select(sheet: string, a1: string): Promise<void> {
    return this.workbook((wb, [s, c]) => wb.select(s, c), [sheet, a1] as [string, string]);
  }

  /** Every Excel.run waits this long first (0: none). */
  slow(ms: number): Promise<void> {
    return this.page.evaluate((d) => { (window as unknown as { __delayMs: number }).__delayMs = d; }, ms);
  }

  /** The next Excel.run fails as Office fails: an error named RichApi.Error with this code and message. */
  failNext(code: string, message: string): Promise<void> {
    return this.page.evaluate((f) => { (window as unknown as { __fail: unknown }).__fail = f; }, { code, message });
  }

  /** Show an area through its tab. */
  async area(id: string): Promise<void> {
    await this.page.locator(`#kaohe-tab-${id}`).click();
    await this.page.locator(`main[data-area="${id}"]`).waitFor();
  }

  /** axe-core over the page; only serious and critical violations. */
  async axe(): Promise<AxeViolation[]> {
    // From the add-in's own origin (the route below serves it): the pages' CSP refuses inline scripts.
    await this.page.addScriptTag({ url: `${ORIGIN}${AXE_PATH}` });
    return this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ["violations"] });
      return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
    });
  }

  /** Sideways scrolling of the page, and elements whose content is cut off horizontally. */
  overflow(): Promise<{ scrollWidth: number; width: number; clipped: string[] }> {
    return this.page.evaluate(() => {
      const clipped: string[] = [];
      for (const el of Array.from(document.querySelectorAll("#root *"))) {
        const style = getComputedStyle(el);
        if (!["hidden", "clip"].includes(style.overflowX) || el.clientWidth === 0) continue;
        if (el.scrollWidth > el.clientWidth + 1) clipped.push(`${el.tagName.toLowerCase()}.${(el.className || "").toString().split(" ")[0]}: ${(el.textContent ?? "").slice(0, 40)}`);
      }
      return { scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, clipped };
    });
  }

  /** A full-page screenshot into docs/screens/<name>.png. */
  async screenshot(name: string): Promise<string> {
    const dir = join(ROOT, "docs", "screens");
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** Close the page and its browser context (its own profile: storage does not leak into the next page). */
  close(): Promise<void> {
    return this.context.close();
  }
}

export class PaneHarness {
  private constructor(private readonly browser: Browser, private readonly dist: string, private readonly hostCode: string) {}

  static async launch(): Promise<PaneHarness> {
    const [dist, host] = await Promise.all([ensureFullBuild(), browserHostBundle()]);
    const browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    return new PaneHarness(browser, dist, readFileSync(host, "utf8"));
  }

  get distDir(): string {
    return this.dist;
  }

  /** Open taskpane.html (the shared runtime page) and wait for the pane to render. */
  async open<A>(opts: OpenOptions<A>): Promise<PanePage> {
    // Reduced motion: Fluent skips its fades, so what axe and the screenshots see is the settled page.
    const context = await this.browser.newContext({ viewport: { width: opts.width ?? 320, height: opts.height ?? 720 }, ignoreHTTPSErrors: true, reducedMotion: "reduce" });
    const page = await context.newPage();
    const pane = new PanePage(page, context);
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const file = join(this.dist, url.pathname);
      try {
        if (url.hostname === OFFICE_HOST) await route.fulfill({ contentType: "text/javascript", body: officeStub(this.hostCode, opts as OpenOptions<unknown>) });
        else if (url.origin !== ORIGIN) await route.abort();
        else if (url.pathname === AXE_PATH) await route.fulfill({ contentType: "text/javascript", body: readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js")) });
        else if (existsSync(file) && statSync(file).isFile()) await route.fulfill({ contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
        else await route.fulfill({ status: 404, body: "" });
      } catch { /* the page closed while the request was in flight */ }
    });
    if (opts.storage) {
      await page.addInitScript((entries) => { for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v); }, opts.storage);
    }
    await page.goto(`${ORIGIN}/taskpane.html`);
    await page.waitForFunction(() => (window as unknown as { __log?: string[] }).__log?.includes("render"));
    return pane;
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
