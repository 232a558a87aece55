/**
 * The production build (scripts/build.js --origin): every URL on the origin, the kept add-in
 * Id, the version from manifest.xml, the offline production check (and each case it refuses),
 * every function's helpUrl a page the build produced, the Content-Security-Policy of every
 * page, and the zip for IT. One production build, shared with test/help (ensureProductionBuild).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { METADATA_FILES } from "../../src/functions/metadata";
import { DEV_ORIGIN as HELP_DEV_ORIGIN, functionHelpUrl } from "../../src/help/paths";
import { CATALOGUE, LANGS } from "../../src/rules";
import { ensureProductionBuild, PRODUCTION_ORIGIN, ROOT } from "./ensureBuild";

/* eslint-disable @typescript-eslint/no-require-imports */
const deployment = require("../../scripts/deployment.js") as {
  DEV_ORIGIN: string; OFFICE_JS: Record<string, string>;
  productionOrigin(text: string): string;
  officeJsUrl(cloud?: string): string;
  contentSecurityPolicy(officeJs: string): string;
  deploymentId(origin: string, opts: { file: string; devId?: string | null }): { id: string; created: boolean };
  manifestId(text: string): string | null;
  productionManifest(text: string, opts: { origin: string; id: string }): string;
};
const { validateProduction, manifestVersion } = require("../../scripts/validate-manifest.js") as {
  validateProduction(text: string, opts: { distDir: string; devId?: string | null }): string[];
  manifestVersion(text: string): string | null;
};
const { buildOutputs } = require("../../webpack.config.js") as { buildOutputs(root?: string, opts?: { production?: boolean }): string[] };
const webpackConfig = require("../../webpack.config.js") as (env: Record<string, string>, argv: Record<string, string>) => { plugins: { userOptions?: { templateParameters?: { officeJs: string; csp: string } } }[] };
const { packageDist } = require("../../scripts/package.js") as { packageDist(dir: string, out: string): Promise<{ file: string; files: string[]; version: string }> };
/* eslint-enable @typescript-eslint/no-require-imports */

const DEV_MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV_ID = deployment.manifestId(DEV_MANIFEST);

/** Every file under `dir`, "/"-separated and relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => `${name}/${f}`) : [name];
  });
}

/** Every URL of a manifest text (attribute values and AppDomain). */
const urlsOf = (xml: string) => [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);

let dir = "";
let deployConfig = "";
let manifest = "";
const temps: string[] = [];
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), "kaohe-prod-test-")); temps.push(d); return d; };

beforeAll(async () => {
  ({ dir, deployConfig } = await ensureProductionBuild());
  manifest = readFileSync(join(dir, "manifest.xml"), "utf8");
}, 300_000);
afterAll(() => { for (const d of temps) rmSync(d, { recursive: true, force: true }); });

describe("the origin of a production build", () => {
  test("https, not this machine, a folder: normalized to end in /", () => {
    expect(deployment.productionOrigin("https://hr.example.com/kaohe")).toBe("https://hr.example.com/kaohe/");
    expect(deployment.productionOrigin(" https://HR.example.com:8443 ")).toBe("https://hr.example.com:8443/");
    for (const [bad, why] of [
      ["http://hr.example.com/kaohe/", /must be https/],
      ["https://localhost:3000/", /this machine/],
      ["https://127.0.0.1/kaohe/", /this machine/],
      ["https://[::1]/", /this machine/],
      ["https://hr.example.com/kaohe/?v=1", /query/],
      ["https://user:pw@hr.example.com/", /user name/],
      ["hr.example.com/kaohe", /not a URL/],
      ["", /not a URL/],
    ] as const) expect(() => deployment.productionOrigin(bad)).toThrow(why);
  });

  test("the development origin is one string for the scripts and the metadata", () => {
    expect(HELP_DEV_ORIGIN).toBe(deployment.DEV_ORIGIN);
    expect(DEV_MANIFEST).toContain(`DefaultValue="${deployment.DEV_ORIGIN}taskpane.html"`);
  });
});

describe("the add-in Id of a deployment", () => {
  test("made once per origin, recorded, then reused; never the development Id", () => {
    const file = join(tempDir(), "kaohe.deploy.json");
    const first = deployment.deploymentId("https://a.example.com/", { file, devId: DEV_ID });
    expect(first.created).toBe(true);
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.id).not.toBe(DEV_ID);
    const again = deployment.deploymentId("https://a.example.com/", { file, devId: DEV_ID });
    expect(again).toEqual({ id: first.id, created: false, file });
    const other = deployment.deploymentId("https://b.example.com/", { file, devId: DEV_ID });
    expect(other.id).not.toBe(first.id);
    expect(Object.keys(JSON.parse(readFileSync(file, "utf8")).deployments)).toEqual(["https://a.example.com/", "https://b.example.com/"]);
  });

  test("a config whose Id is not a GUID, or not JSON, is refused with the file named", () => {
    const file = join(tempDir(), "kaohe.deploy.json");
    writeFileSync(file, JSON.stringify({ deployments: { "https://a.example.com/": { id: "kaohe" } } }));
    expect(() => deployment.deploymentId("https://a.example.com/", { file })).toThrow(/not a GUID/);
    writeFileSync(file, "{ nope");
    expect(() => deployment.deploymentId("https://a.example.com/", { file })).toThrow(/kaohe\.deploy\.json is not valid JSON/);
  });
});

describe("the production build", () => {
  test("writes every declared output, manifest.xml included, and nothing on the dev origin", () => {
    const files = new Set(filesUnder(dir));
    for (const f of buildOutputs(ROOT, { production: true })) expect([f, files.has(f)]).toEqual([f, true]);
    for (const f of files) if (/\.(html|json|js|xml|css)$/.test(f)) expect([f, readFileSync(join(dir, f), "utf8").includes("localhost")]).toEqual([f, false]);
  });

  test("manifest: every URL on the origin (the AppDomain its host), the recorded Id, manifest.xml's version", () => {
    const urls = urlsOf(manifest);
    expect(urls.length).toBeGreaterThan(20);
    for (const u of urls) expect(u === "https://hr.example.com" || u.startsWith(PRODUCTION_ORIGIN)).toBe(true);
    expect(manifest).toContain("<AppDomain>https://hr.example.com</AppDomain>");
    const recorded = JSON.parse(readFileSync(deployConfig, "utf8")).deployments[PRODUCTION_ORIGIN].id;
    expect(deployment.manifestId(manifest)).toBe(recorded);
    expect(recorded).not.toBe(DEV_ID);
    expect(manifestVersion(manifest)).toBe(manifestVersion(DEV_MANIFEST));
    // Everything else is manifest.xml's, moved to the origin.
    expect(manifest.replace(/<!--[\s\S]*?-->\s*/, "")).toBe(DEV_MANIFEST.replace(/<!--[\s\S]*?-->\s*/, "")
      .replace(/<Id>[^<]*<\/Id>/, `<Id>${recorded}</Id>`).replace("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://hr.example.com</AppDomain>")
      .split(deployment.DEV_ORIGIN).join(PRODUCTION_ORIGIN));
  });

  test("the offline production check passes, from the module and the npm script", () => {
    expect(validateProduction(manifest, { distDir: dir })).toEqual([]);
    const out = execFileSync(process.execPath, [join(ROOT, "scripts", "validate-manifest.js"), "--production", join(dir, "manifest.xml")], { cwd: ROOT, encoding: "utf8" });
    expect(out).toMatch(/valid for production/);
  });

  test("every function in every metadata file has a helpUrl on the origin, to a page the build produced", () => {
    for (const lang of LANGS) {
      const meta = JSON.parse(readFileSync(join(dir, METADATA_FILES[lang]), "utf8")) as { functions: { id: string; helpUrl?: string }[] };
      expect(meta.functions.map((f) => f.id)).toEqual(CATALOGUE.map((s) => s.id));
      for (const f of meta.functions) {
        expect(f.helpUrl).toBe(functionHelpUrl(f.id, lang, PRODUCTION_ORIGIN));
        const page = join(dir, f.helpUrl!.slice(PRODUCTION_ORIGIN.length));
        expect([f.helpUrl, existsSync(page)]).toEqual([f.helpUrl, true]);
        expect(readFileSync(page, "utf8")).toContain(`HR.${f.id}`);
      }
    }
  });
});

describe("the offline production check refuses", () => {
  /** A copy of the build whose manifest (and files) a case may break. */
  function brokenCopy(breakIt: (copy: string, manifest: string) => string): string[] {
    const copy = join(tempDir(), "dist");
    cpSync(dir, copy, { recursive: true });
    const text = breakIt(copy, manifest);
    writeFileSync(join(copy, "manifest.xml"), text);
    return validateProduction(text, { distDir: copy });
  }
  const cases: [string, (copy: string, m: string) => string, RegExp][] = [
    ["a localhost URL", (_, m) => m.replace(`${PRODUCTION_ORIGIN}functions.js`, "https://localhost:3000/functions.js"), /functions\.js points at this machine \(localhost\)/],
    ["an http URL", (_, m) => m.replace(`${PRODUCTION_ORIGIN}functions.js`, "http://hr.example.com/kaohe/functions.js"), /functions\.js must be https/],
    ["a URL on another host", (_, m) => m.replace(`${PRODUCTION_ORIGIN}assets/icon-80.png`, "https://cdn.example.net/icon-80.png"), /icon-80\.png is not on the add-in's origin/],
    ["a missing SupportUrl", (_, m) => m.replace(/\s*<SupportUrl[\s\S]*?<\/SupportUrl>/, ""), /<SupportUrl> is missing/],
    ["an icon the build did not produce", (copy, m) => { rmSync(join(copy, "assets", "icon-32.png")); return m; }, /icon-32\.png does not exist/],
    ["a page the build did not produce", (_, m) => m.replace(`${PRODUCTION_ORIGIN}help/zh-CN/support.html`, `${PRODUCTION_ORIGIN}help/zh-CN/contact.html`), /help\/zh-CN\/contact\.html does not exist/],
    ["a metadata file whose function lacks its helpUrl", (copy) => {
      const file = join(copy, "functions.zh-TW.json");
      const meta = JSON.parse(readFileSync(file, "utf8"));
      delete meta.functions[2].helpUrl;
      writeFileSync(file, JSON.stringify(meta));
      return manifest;
    }, new RegExp(`functions\\.zh-TW\\.json: ${CATALOGUE[2].id} has no helpUrl`)],
    ["a helpUrl to a page the build did not produce", (copy) => { rmSync(join(copy, "help", "en", "PERFPAY.html")); return manifest; }, /functions\.json: PERFPAY helpUrl .*produced no help\/en\/PERFPAY\.html/],
    ["the development manifest's Id", (_, m) => m.replace(/<Id>[^<]*<\/Id>/, `<Id>${DEV_ID}</Id>`), /development manifest's/],
    ["an AppDomain of another host", (_, m) => m.replace("<AppDomain>https://hr.example.com</AppDomain>", "<AppDomain>https://hr.example.org</AppDomain>"), /AppDomain> https:\/\/hr\.example\.org is not the add-in's host/],
  ];

  test.each(cases)("%s", (_what, breakIt, message) => {
    const problems = brokenCopy(breakIt);
    expect(problems.join("\n")).toMatch(message);
  });

  test("the npm script exits 1 and lists the problem", () => {
    const copy = join(tempDir(), "dist");
    cpSync(dir, copy, { recursive: true });
    writeFileSync(join(copy, "manifest.xml"), manifest.replace(/\s*<SupportUrl[\s\S]*?<\/SupportUrl>/, ""));
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "validate-manifest.js"), "--production", join(copy, "manifest.xml")], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/problem\(s\) for production\n\s+- <SupportUrl> is missing/);
    const none = spawnSync(process.execPath, [join(ROOT, "scripts", "validate-manifest.js"), "--production", join(copy, "nothing.xml")], { cwd: ROOT, encoding: "utf8" });
    expect([none.status, none.stderr]).toEqual([2, expect.stringMatching(/no such file \(build it first/)]);
  });

  test("the development manifest is no production manifest", () => {
    const problems = validateProduction(DEV_MANIFEST, { distDir: dir });
    expect(problems.join("\n")).toMatch(/points at this machine \(localhost\)/);
    expect(problems.join("\n")).toMatch(/development manifest's/);
  });
});

describe("Content-Security-Policy (issue 7 row 15)", () => {
  const officeJs = deployment.officeJsUrl();

  test("every built page carries the one policy, before anything it loads", () => {
    const pages = filesUnder(dir).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBe(3 + 3 * (CATALOGUE.length + 3) + 1);
    const policy = deployment.contentSecurityPolicy(officeJs);
    for (const page of pages) {
      const html = readFileSync(join(dir, page), "utf8");
      const metas = [...html.matchAll(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/gi)].map((m) => m[1].replace(/&#39;/g, "'"));
      expect([page, metas]).toEqual([page, [policy]]);
      const at = html.search(/http-equiv="?Content-Security-Policy/i);
      for (const tag of ["<script", "<link", "<style"]) if (html.includes(tag)) expect([page, tag, at < html.indexOf(tag)]).toEqual([page, tag, true]);
    }
  });

  test("it allows the add-in's own origin and the Office CDN, nothing else", () => {
    const policy = deployment.contentSecurityPolicy(officeJs);
    const directives = Object.fromEntries(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(directives["default-src"]).toEqual(["'none'"]);
    const sources = new Set(Object.values(directives).flat());
    expect([...sources].filter((s) => !["'self'", "'none'", "'unsafe-inline'", "https://appsforoffice.microsoft.com"].includes(s))).toEqual([]);
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]); // no inline script, no eval
    expect(directives["style-src"]).toEqual(["'self'", "'unsafe-inline'"]); // Griffel's <style> elements
    expect(policy).not.toMatch(/unsafe-eval|\*|data:|http:/);
  });

  test("a 21Vianet build loads office.js from the China CDN and allows that CDN instead", () => {
    const config = webpackConfig({ cloud: "21vianet", only: "functions,commands,taskpane", outDir: tempDir() }, { mode: "production" });
    const params = config.plugins.map((p) => p.userOptions?.templateParameters).filter(Boolean);
    expect(params.length).toBe(3);
    for (const p of params) {
      expect(p!.officeJs).toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
      expect(p!.csp).toContain("script-src 'self' https://appsforoffice.cdn.partner.office365.cn;");
      expect(p!.csp).not.toContain("appsforoffice.microsoft.com");
    }
    expect(() => webpackConfig({ cloud: "mars" }, { mode: "production" })).toThrow(/unknown cloud "mars"/);
  });
});

describe("npm run package", () => {
  test("zips the production build for IT: every file, manifest.xml at the top; the same bytes twice", async () => {
    const out = join(tempDir(), "kaohe.zip");
    const made = await packageDist(dir, out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
    expect(names).toEqual(filesUnder(dir).sort());
    expect(await zip.file("manifest.xml")!.async("string")).toBe(manifest);
    expect(made.version).toBe(manifestVersion(DEV_MANIFEST));
    const again = join(tempDir(), "kaohe.zip");
    await packageDist(dir, again);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });

  test("refuses a folder that is no valid production build", async () => {
    const copy = join(tempDir(), "dist");
    cpSync(dir, copy, { recursive: true });
    rmSync(join(copy, "help", "zh-CN", "support.html"));
    await expect(packageDist(copy, join(tempDir(), "x.zip"))).rejects.toThrow(/support\.html does not exist/);
    rmSync(join(copy, "manifest.xml"));
    await expect(packageDist(copy, join(tempDir(), "x.zip"))).rejects.toThrow(/no manifest\.xml: it is not a production build/);
    const usage = spawnSync(process.execPath, [join(ROOT, "scripts", "package.js")], { cwd: ROOT, encoding: "utf8", env: { ...process.env, KAOHE_ORIGIN: "" } });
    expect([usage.status, usage.stderr]).toEqual([2, expect.stringMatching(/--origin https:\/\/hr\.example\.com\/kaohe\//)]);
  });
});
