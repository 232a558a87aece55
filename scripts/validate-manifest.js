#!/usr/bin/env node
/**
 * `npm run validate:offline`: checks manifest.xml without Microsoft's web
 * service (`npm run validate` still asks it). Also run by the jest suite
 * (test/manifest). Checks:
 *   - well-formed XML; OfficeApp (TaskPaneApp) root in the 1.1 namespace;
 *   - OfficeApp children in the schema's order, the required ones present;
 *   - Id a GUID, Version n[.n[.n[.n]]]; every URL https;
 *   - length limits: DisplayName/ShortStrings/ProviderName ≤ 125, Description/LongStrings ≤ 250,
 *     resource ids ≤ 32; no duplicate resource ids;
 *   - every resid defined, of the right kind, and every resource used;
 *   - the add-in's shape: SharedRuntime 1.1 requirement, one long-lived Runtime whose page is also the
 *     CustomFunctions page, the FunctionFile and the ShowTaskpane page; CustomFunctions Script/Page/
 *     Metadata/Namespace (namespace HR); a Home-tab (TabHome) button that shows the task pane;
 *     zh-CN and zh-TW overrides for the display name, the description and the functions metadata;
 *   - every https://localhost:3000/X URL is a file the build produces (dist/X, or the build's
 *     declared outputs when dist/ is not built).
 *
 * With --production (a manifest written by `npm run build -- --origin URL`), also:
 *   - no localhost or other loopback host, no http; every URL on the add-in's origin (the folder
 *     of its SourceLocation), the AppDomain that origin's host;
 *   - a SupportUrl; every URL a file the build produced (icons, pages, metadata) in the
 *     manifest's folder (or --dist DIR);
 *   - every function in every metadata file has a helpUrl on the origin, to a page the build produced;
 *   - an Id other than the development manifest's.
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--dist DIR]
 *   node scripts/validate-manifest.js --production dist/manifest.xml [--dist DIR]
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { DOMParser } = require("@xmldom/xmldom");

const { DEV_ORIGIN, manifestId } = require("./deployment.js");

const ROOT = path.join(__dirname, "..");
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** OfficeApp's children in the schema's order (OfficeApp sequence, then TaskPaneApp's extension). */
const OFFICEAPP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "Dictionary", "VersionOverrides", "ExtendedOverrides",
];
const OFFICEAPP_REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const LIMITS = { short: 125, long: 250, resid: 32 };
const LOCALES = ["zh-CN", "zh-TW"];

/** Which resource kind a resid on an element must name. */
const RESID_KIND = {
  Image: "image",
  SourceLocation: "url", Runtime: "url", FunctionFile: "url", LearnMoreUrl: "url",
  Namespace: "short", Label: "short", Title: "short",
  Description: "long",
};

const elements = (node) => Array.from(node.childNodes || []).filter((n) => n.nodeType === 1);
const all = (node) => Array.from(node.getElementsByTagName("*"));
const xsiType = (el) => el.getAttributeNS(NS.xsi, "type") || el.getAttribute("xsi:type");

function parse(text) {
  const errors = [];
  const onError = (level, message) => { if (level !== "warning") errors.push(String(message).split("\n")[0]); };
  let doc = null;
  try {
    doc = new DOMParser({ onError }).parseFromString(text, "text/xml");
  } catch (e) {
    errors.push(e && e.message ? e.message.split("\n")[0] : String(e));
  }
  return { doc, errors };
}

/** Every URL of a manifest: [element, url] for each URL-valued DefaultValue / Value attribute and AppDomain. */
function manifestUrls(root) {
  const urls = [];
  for (const el of all(root)) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push([el, v]);
    }
    if (el.localName === "AppDomain") urls.push([el, el.textContent.trim()]);
  }
  return urls;
}

/**
 * Validate manifest text. `outputs`: the files the build produces (paths relative to dist/);
 * `distDir`: when given, files must also exist there; `origin`: the URLs checked against those
 * files are the ones on this origin (the dev server's by default). Returns a list of problems
 * (empty = valid).
 */
function validateManifest(text, { outputs = null, distDir = null, origin = DEV_ORIGIN } = {}) {
  const problems = [];
  const problem = (msg) => problems.push(msg);
  const { doc, errors } = parse(text);
  if (errors.length > 0 || !doc || !doc.documentElement) {
    for (const e of errors) problem(`not well-formed XML: ${e}`);
    if (!errors.length) problem("not well-formed XML");
    return [...new Set(problems)];
  }
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) return [`root must be OfficeApp in ${NS.app}`];
  if (xsiType(root) !== "TaskPaneApp") problem(`OfficeApp xsi:type must be TaskPaneApp (custom functions), not ${xsiType(root)}`);

  // ── OfficeApp children: order and presence ───────────────────────────────
  const kids = elements(root);
  let last = -1;
  for (const k of kids) {
    const i = OFFICEAPP_ORDER.indexOf(k.localName);
    if (i < 0) problem(`OfficeApp: unexpected element <${k.localName}>`);
    else if (i <= last) problem(`OfficeApp: <${k.localName}> is out of order (schema order: ${OFFICEAPP_ORDER.join(", ")})`);
    else last = i;
  }
  const child = (name) => kids.find((k) => k.localName === name);
  for (const name of OFFICEAPP_REQUIRED) if (!child(name)) problem(`OfficeApp: <${name}> is required`);

  const id = child("Id")?.textContent.trim() ?? "";
  if (child("Id") && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problem(`Id "${id}" is not a GUID`);
  const version = child("Version")?.textContent.trim() ?? "";
  if (child("Version") && !/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(version)) problem(`Version "${version}" must be n, n.n, n.n.n or n.n.n.n`);
  const provider = child("ProviderName")?.textContent.trim() ?? "";
  if (child("ProviderName") && (provider.length === 0 || provider.length > LIMITS.short)) problem(`ProviderName must have 1–${LIMITS.short} characters`);
  const perm = child("Permissions")?.textContent.trim();
  if (perm !== undefined && !PERMISSIONS.includes(perm)) problem(`Permissions "${perm}" is not one of ${PERMISSIONS.join(", ")}`);

  // ── Locale-aware settings and their limits ────────────────────────────────
  const localized = (name, limit, needOverrides) => {
    const el = child(name);
    if (!el) return;
    const values = [["default", el.getAttribute("DefaultValue")], ...elements(el).filter((o) => o.localName === "Override").map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])];
    for (const [locale, v] of values) {
      if (!v) problem(`${name} (${locale}): empty`);
      else if (limit && [...v].length > limit) problem(`${name} (${locale}): ${[...v].length} characters, at most ${limit}`);
    }
    if (needOverrides) for (const l of LOCALES) if (!values.some(([loc]) => loc === l)) problem(`${name}: no <Override Locale="${l}">`);
  };
  localized("DisplayName", LIMITS.short, true);
  localized("Description", LIMITS.long, true);

  // ── Every URL https ───────────────────────────────────────────────────────
  const urls = manifestUrls(root);
  for (const [el, u] of urls) if (!/^https:\/\//i.test(u)) problem(`<${el.localName}> URL ${u} must be https`);
  for (const el of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map(child).filter(Boolean)) {
    if (!/^https:\/\//i.test(el.getAttribute("DefaultValue") || "")) problem(`<${el.localName}> must be an https URL`);
  }

  // ── Resources: ids, limits, every resid defined and every resource used ───
  const vo = child("VersionOverrides");
  const resources = new Map(); // id → { kind, el }
  if (vo) {
    const res = all(vo).find((e) => e.localName === "Resources");
    if (!res) problem("VersionOverrides: <Resources> missing");
    const groups = { Images: "image", Urls: "url", ShortStrings: "short", LongStrings: "long" };
    for (const g of res ? elements(res) : []) {
      const kind = groups[g.localName];
      if (!kind) { problem(`Resources: unexpected <${g.localName}>`); continue; }
      for (const r of elements(g)) {
        const rid = r.getAttribute("id") || "";
        if (!rid) problem(`Resources/${g.localName}: a resource without id`);
        if (rid.length > LIMITS.resid) problem(`resource id "${rid}" has ${rid.length} characters, at most ${LIMITS.resid}`);
        if (resources.has(rid)) problem(`resource id "${rid}" defined twice`);
        resources.set(rid, { kind, el: r });
        const limit = kind === "short" ? LIMITS.short : kind === "long" ? LIMITS.long : null;
        const values = [["default", r.getAttribute("DefaultValue")], ...elements(r).map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])];
        for (const [locale, v] of values) {
          if (!v) problem(`resource "${rid}" (${locale}): empty`);
          else if (limit && [...v].length > limit) problem(`resource "${rid}" (${locale}): ${[...v].length} characters, at most ${limit}`);
        }
      }
    }
    const used = new Set();
    for (const el of all(vo)) {
      const rid = el.getAttribute("resid");
      if (rid === null || rid === "") continue;
      used.add(rid);
      const r = resources.get(rid);
      if (!r) { problem(`<${el.localName} resid="${rid}">: no such resource`); continue; }
      const want = RESID_KIND[el.localName];
      if (want && r.kind !== want) problem(`<${el.localName} resid="${rid}">: needs a ${want} resource, "${rid}" is ${r.kind}`);
      if (rid.length > LIMITS.resid) problem(`resid "${rid}" longer than ${LIMITS.resid}`);
    }
    for (const rid of resources.keys()) if (!used.has(rid)) problem(`resource "${rid}" is never used`);
  } else {
    problem("OfficeApp: <VersionOverrides> missing (custom functions and the ribbon button live there)");
  }

  // ── The add-in's shape ────────────────────────────────────────────────────
  const sets = all(child("Requirements") || root).filter((e) => e.localName === "Set");
  const shared = sets.find((s) => s.getAttribute("Name") === "SharedRuntime");
  if (!shared || shared.getAttribute("MinVersion") !== "1.1") problem(`Requirements: <Set Name="SharedRuntime" MinVersion="1.1"/> missing`);
  if (vo) {
    const voAll = all(vo);
    const host = voAll.find((e) => e.localName === "Host" && xsiType(e) === "Workbook");
    if (!host) problem(`VersionOverrides: no <Host xsi:type="Workbook">`);
    const runtimes = voAll.filter((e) => e.localName === "Runtime");
    if (runtimes.length !== 1) problem(`one <Runtime> expected, found ${runtimes.length}`);
    const runtime = runtimes[0];
    const rtId = runtime?.getAttribute("resid");
    if (runtime && runtime.getAttribute("lifetime") !== "long") problem(`<Runtime> needs lifetime="long" (shared runtime)`);
    const cfPoint = voAll.find((e) => e.localName === "ExtensionPoint" && xsiType(e) === "CustomFunctions");
    if (!cfPoint) problem(`no <ExtensionPoint xsi:type="CustomFunctions">`);
    const cfPart = (name) => cfPoint && elements(cfPoint).find((e) => e.localName === name);
    const srcOf = (el) => el && elements(el).find((e) => e.localName === "SourceLocation")?.getAttribute("resid");
    if (cfPoint) {
      for (const n of ["Script", "Page", "Metadata", "Namespace"]) if (!cfPart(n)) problem(`CustomFunctions: <${n}> missing`);
      if (cfPart("Page") && srcOf(cfPart("Page")) !== rtId) problem(`CustomFunctions <Page> must be the shared runtime page (${rtId})`);
      const ns = resources.get(cfPart("Namespace")?.getAttribute("resid") || "");
      if (cfPart("Namespace") && ns?.el.getAttribute("DefaultValue") !== "HR") problem(`CustomFunctions namespace must be HR`);
      const meta = resources.get(srcOf(cfPart("Metadata")) || "");
      if (meta) {
        const overrides = elements(meta.el).map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]);
        for (const l of LOCALES) {
          const o = overrides.find(([loc]) => loc === l);
          if (!o) problem(`functions metadata URL: no <bt:Override Locale="${l}">`);
          else if (!o[1].endsWith(`functions.${l}.json`)) problem(`functions metadata URL for ${l} must be functions.${l}.json, not ${o[1]}`);
        }
        if (!/\/functions\.json$/.test(meta.el.getAttribute("DefaultValue") || "")) problem("functions metadata default URL must be functions.json (en)");
      }
    }
    const functionFile = voAll.find((e) => e.localName === "FunctionFile");
    if (functionFile && functionFile.getAttribute("resid") !== rtId) problem(`<FunctionFile> must be the shared runtime page (${rtId})`);
    const homeTab = voAll.find((e) => e.localName === "OfficeTab" && e.getAttribute("id") === "TabHome");
    if (!homeTab) problem(`no ribbon button on the Home tab (<OfficeTab id="TabHome">)`);
    const show = homeTab && all(homeTab).find((e) => e.localName === "Action" && xsiType(e) === "ShowTaskpane");
    if (homeTab && !show) problem(`the Home-tab button must have <Action xsi:type="ShowTaskpane">`);
    if (show && srcOf(show) !== rtId) problem(`the ShowTaskpane page must be the shared runtime page (${rtId})`);
    const dflt = child("DefaultSettings");
    const dfltUrl = dflt && elements(dflt).find((e) => e.localName === "SourceLocation")?.getAttribute("DefaultValue");
    const rtUrl = resources.get(rtId || "")?.el.getAttribute("DefaultValue");
    if (dfltUrl && rtUrl && dfltUrl !== rtUrl) problem(`DefaultSettings SourceLocation (${dfltUrl}) should be the shared runtime page (${rtUrl})`);
  }

  // ── Every URL on the origin is a file the build produces ──────────────────
  if (outputs || distDir) {
    const have = new Set(outputs || []);
    for (const [, u] of urls) {
      if (!u.startsWith(origin)) continue;
      const file = decodeURI(u.slice(origin.length).split(/[?#]/)[0]);
      if (file === "") continue;
      if (outputs && !have.has(file)) problem(`${u}: the build produces no ${file}`);
      if (distDir && !fs.existsSync(path.join(distDir, file))) problem(`${u}: ${path.join(path.relative(process.cwd(), distDir) || ".", file)} does not exist`);
    }
  }
  return [...new Set(problems)];
}

/** The manifest's <Version>, or null. */
function manifestVersion(text) {
  const { doc } = parse(text);
  const el = doc && elements(doc.documentElement).find((e) => e.localName === "Version");
  return el ? el.textContent.trim() : null;
}

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * The offline checks of a production manifest (module comment), against the build in `distDir`.
 * `devId`: the development manifest's Id, which production must not reuse.
 */
function validateProduction(text, { distDir, devId = manifestId(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")) }) {
  const { doc } = parse(text);
  const root = doc?.documentElement;
  const source = root && elements(elements(root).find((e) => e.localName === "DefaultSettings") || root).find((e) => e.localName === "SourceLocation")?.getAttribute("DefaultValue");
  let origin = null;
  try { origin = source ? new URL(".", source).href : null; } catch { origin = null; }
  const problems = validateManifest(text, { distDir, origin: origin ?? DEV_ORIGIN });
  if (!root || root.localName !== "OfficeApp") return problems;
  const problem = (msg) => problems.push(msg);
  if (!origin) problem("DefaultSettings has no SourceLocation URL: the add-in's origin is unknown");

  const id = manifestId(text);
  if (id && devId && id.toLowerCase() === devId.toLowerCase()) problem(`Id ${id} is the development manifest's: a production deployment needs its own (kaohe.deploy.json)`);
  if (!elements(root).some((e) => e.localName === "SupportUrl")) problem("<SupportUrl> is missing: a production add-in needs a support page");

  for (const [el, u] of manifestUrls(root)) {
    let url;
    try { url = new URL(u); } catch { problem(`<${el.localName}> ${u} is not a URL`); continue; }
    if (LOOPBACK.test(url.hostname)) problem(`<${el.localName}> ${u} points at this machine (${url.hostname}), not a server users reach`);
    if (url.protocol !== "https:") problem(`<${el.localName}> ${u} must be https`);
    if (!origin) continue;
    if (el.localName === "AppDomain") {
      if (u.replace(/\/$/, "") !== new URL(origin).origin) problem(`<AppDomain> ${u} is not the add-in's host ${new URL(origin).origin}`);
    } else if (!u.startsWith(origin)) problem(`<${el.localName}> ${u} is not on the add-in's origin ${origin}`);
  }

  // Every function's helpUrl: on the origin, a page the build produced.
  const metaUrls = [...new Set(all(root).filter((e) => e.getAttribute("id") === "Functions.Metadata.Url")
    .flatMap((e) => [e.getAttribute("DefaultValue"), ...elements(e).map((o) => o.getAttribute("Value"))]).filter(Boolean))];
  for (const u of origin ? metaUrls.filter((m) => m.startsWith(origin)) : []) {
    const name = decodeURI(u.slice(origin.length));
    const file = path.join(distDir, name);
    if (!fs.existsSync(file)) continue; // reported above as a file the build did not produce
    let meta;
    try { meta = JSON.parse(fs.readFileSync(file, "utf8")); } catch (e) { problem(`${name}: not valid JSON (${e.message})`); continue; }
    for (const f of Array.isArray(meta.functions) ? meta.functions : []) {
      if (typeof f.helpUrl !== "string" || f.helpUrl === "") { problem(`${name}: ${f.id} has no helpUrl`); continue; }
      if (!f.helpUrl.startsWith(origin)) { problem(`${name}: ${f.id} helpUrl ${f.helpUrl} is not on ${origin}`); continue; }
      const page = decodeURI(f.helpUrl.slice(origin.length).split(/[?#]/)[0]);
      if (!fs.existsSync(path.join(distDir, page))) problem(`${name}: ${f.id} helpUrl ${f.helpUrl}: the build produced no ${page}`);
    }
    if (!Array.isArray(meta.functions) || meta.functions.length === 0) problem(`${name}: no functions`);
  }
  return [...new Set(problems)];
}

function main(argv) {
  let file = path.join(ROOT, "manifest.xml");
  let distDir = null;
  let production = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--dist") distDir = path.resolve(argv[++i]);
    else if (argv[i] === "--production") production = true;
    else file = path.resolve(argv[i]);
  }
  const rel = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) {
    process.stderr.write(`${rel}: no such file${production ? " (build it first: npm run build -- --origin https://your.server/path/)" : ""}\n`);
    return 2;
  }
  if (production) {
    const dir = distDir ?? path.dirname(file);
    const problems = validateProduction(fs.readFileSync(file, "utf8"), { distDir: dir });
    if (problems.length > 0) {
      process.stderr.write(`${rel}: ${problems.length} problem(s) for production\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
      return 1;
    }
    process.stdout.write(`${rel}: valid for production (offline checks; files checked in ${path.relative(process.cwd(), dir) || "."}/)\n`);
    return 0;
  }
  distDir = distDir ?? path.join(ROOT, "dist");
  const outputs = require(path.join(ROOT, "webpack.config.js")).buildOutputs();
  const built = fs.existsSync(distDir);
  const problems = validateManifest(fs.readFileSync(file, "utf8"), { outputs, distDir: built ? distDir : null });
  if (problems.length > 0) {
    process.stderr.write(`${rel}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
    return 1;
  }
  process.stdout.write(`${rel}: valid (offline checks; URLs checked against ${built ? path.relative(process.cwd(), distDir) + "/" : "the build's declared outputs — dist/ not built"})\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { validateManifest, validateProduction, manifestVersion, OFFICEAPP_ORDER, LIMITS };
