#!/usr/bin/env node
/**
 * `npm run build`: the production build (webpack.config.js) through webpack's
 * Node API, then each bundle's size and gzip size.
 *
 *   node scripts/build.js [--only functions[,taskpane,…]] [--out DIR] [--report FILE] [--quiet]
 *                         [--origin https://host/path/] [--cloud global|21vianet] [--deploy-config FILE]
 *
 * --report writes JSON: { assets: {file: {bytes, gzip}}, modules: {chunk: [module paths]},
 *   files: {file: [module paths]}, entrypoints: {entry: [files]}, areas: {chunk group: [files]},
 *   firstArea: the chunk group of the area a first-time user lands on }.
 * --origin (or KAOHE_ORIGIN) builds for production on that origin: every URL, the help links
 * and dist/manifest.xml (with the deployment's add-in Id, kept in --deploy-config or
 * KAOHE_DEPLOY_CONFIG, default kaohe.deploy.json); --cloud (KAOHE_CLOUD) picks the Office.js
 * CDN (21vianet for tenants in China). Without an origin: the development layout.
 * See docs/deploy.md. Exits 1 on a build error.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const ROOT = path.join(__dirname, "..");
/**
 * What functions.html loads (runtime + core + functions), gzip; test/build/budget.test.ts enforces it.
 * 30 KB when the functions alone were 22 KB; 32 KB since spilled calls, the hardening of every
 * input and the policy reader that validates meaning joined the functions' runtime, and the
 * one shared runtime.js carries the pane's chunk loading (about 1 KB) on this page too.
 */
const FUNCTIONS_BUDGET_GZIP = 32 * 1024;

// ── Startup budgets (issue 9; test/build/budget.test.ts enforces them) ─────────
/**
 * gzip bytes (level 9) of JavaScript loaded at startup:
 * - functionsPage: what functions.html loads (runtime, core, functions);
 * - paneInitial: the pane's own startup files (taskpane.html's scripts that functions.html
 *   and commands.html do not load) plus the area a first-time user lands on
 *   (DEFAULT_AREA in src/taskpane/areaIds.ts);
 * - taskpanePage: everything taskpane.html loads at startup (functions, commands, pane)
 *   plus that area.
 * Every other area loads when first shown; `area` (what an area adds to the page) keeps
 * each of them in bounds, for the returning user whose pane opens on it.
 */
const BUDGETS = { functionsPage: FUNCTIONS_BUDGET_GZIP, paneInitial: 150 * 1024, taskpanePage: 175 * 1024, area: 55 * 1024 };
/** Lazily loaded pane areas are the chunk groups named area-<id> (webpackChunkName in src/taskpane/shell/areas.ts). */
const AREA_PREFIX = "area-";

/** The area a first-time user lands on (read from the TypeScript source through tsx, like the metadata). */
function defaultArea() {
  const tsx = require("tsx/cjs/api");
  return tsx.require(path.join(ROOT, "src/taskpane/areaIds.ts"), __filename).DEFAULT_AREA;
}

/** The startup figures of a build result (see BUDGETS), with the files each one counts. */
function startup(result, pages = require(path.join(ROOT, "webpack.config.js")).PAGES, first = result.firstArea) {
  const gz = (files) => files.reduce((n, f) => n + (result.assets[f]?.gzip ?? 0), 0);
  const pageFiles = (page) => [...new Set(pages[page].chunks.flatMap((e) => result.entrypoints[e] ?? []))].filter((f) => f.endsWith(".js"));
  const others = new Set([...pageFiles("functions.html"), ...pageFiles("commands.html")]);
  const pane = pageFiles("taskpane.html").filter((f) => !others.has(f));
  const page = new Set(pageFiles("taskpane.html"));
  const areas = Object.fromEntries(Object.entries(result.areas).map(([name, files]) => {
    const own = files.filter((f) => f.endsWith(".js") && !page.has(f));
    return [name, { files: own, gzip: gz(own) }];
  }));
  const firstArea = areas[first] ?? { files: [], gzip: 0 };
  return {
    functionsPage: { files: pageFiles("functions.html"), gzip: gz(pageFiles("functions.html")) },
    paneInitial: { files: [...pane, ...firstArea.files], gzip: gz(pane) + firstArea.gzip, area: first },
    taskpanePage: { files: [...page, ...firstArea.files], gzip: gz([...page]) + firstArea.gzip, area: first },
    areas,
  };
}

/** The deployment options: flags first, then the KAOHE_* environment. */
function deploymentOptions(argv, env = process.env) {
  const flag = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  return {
    origin: flag("--origin") ?? (env.KAOHE_ORIGIN || null),
    cloud: flag("--cloud") ?? (env.KAOHE_CLOUD || null),
    deployConfig: flag("--deploy-config") ?? (env.KAOHE_DEPLOY_CONFIG || null),
  };
}

function parseArgs(argv) {
  const opts = { only: null, out: null, report: null, quiet: false, mode: "production", ...deploymentOptions(argv) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (["--origin", "--cloud", "--deploy-config"].includes(a)) {
      if (argv[i + 1] === undefined || argv[i + 1].startsWith("--")) throw new Error(`${a} needs a value`);
      i++;
    } else if (a === "--only") opts.only = argv[++i];
    else if (a === "--out") opts.out = argv[++i];
    else if (a === "--report") opts.report = argv[++i];
    else if (a === "--quiet") opts.quiet = true;
    else if (a === "--development") opts.mode = "development";
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Build with the Node API. Resolves to { outDir, assets, modules } or rejects with the errors. */
function build(opts = {}) {
  const webpack = require("webpack");
  const env = { only: opts.only ?? undefined, outDir: opts.out ?? undefined, origin: opts.origin ?? undefined, cloud: opts.cloud ?? undefined, deployConfig: opts.deployConfig ?? undefined };
  const config = require(path.join(ROOT, "webpack.config.js"))(env, { mode: opts.mode ?? "production" });
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      const info = stats.toJson({ all: false, errors: true, warnings: true, entrypoints: true, chunkGroups: true });
      if (stats.hasErrors()) return reject(new Error(info.errors.map((e) => e.message).join("\n\n")));
      const outDir = config.output.path;
      const assets = {};
      for (const { name } of stats.compilation.getAssets()) {
        const buf = fs.readFileSync(path.join(outDir, name));
        assets[name] = { bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
      }
      // Every source module of every chunk, concatenated modules opened up (stats group and truncate them).
      const modules = {};
      const files = {};
      const { compilation } = stats;
      const rel = (m) => (m.resource ? `./${path.relative(ROOT, m.resource).split(path.sep).join("/")}` : undefined);
      for (const c of compilation.chunks) {
        const list = [];
        for (const m of compilation.chunkGraph.getChunkModulesIterable(c)) {
          for (const inner of m.modules ?? [m]) { const r = rel(inner); if (r) list.push(r); }
        }
        list.sort();
        if (c.name) modules[c.name] = list;
        for (const file of c.files) files[file] = list;
      }
      const groupFiles = (groups) => Object.fromEntries(Object.entries(groups ?? {}).map(([name, g]) => [name, g.assets.map((a) => a.name)]));
      const areas = Object.fromEntries(Object.entries(groupFiles(info.namedChunkGroups)).filter(([name]) => name.startsWith(AREA_PREFIX)));
      const firstArea = areas[`${AREA_PREFIX}${defaultArea()}`] ? `${AREA_PREFIX}${defaultArea()}` : undefined;
      resolve({ outDir, assets, modules, files, entrypoints: groupFiles(info.entrypoints), areas, firstArea, warnings: (info.warnings ?? []).map((w) => w.message) });
    });
  });
}

function printSizes(result, out = process.stdout) {
  const rows = Object.entries(result.assets)
    .filter(([name]) => /\.(js|html|json)$/.test(name) && !name.startsWith("help/"))
    .sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([n]) => n.length), 10);
  out.write(`\n${"file".padEnd(width)}  ${"size".padStart(10)}  ${"gzip".padStart(10)}\n`);
  for (const [name, s] of rows) out.write(`${name.padEnd(width)}  ${kb(s.bytes).padStart(10)}  ${kb(s.gzip).padStart(10)}\n`);
  const help = Object.entries(result.assets).filter(([name]) => name.startsWith("help/"));
  if (help.length > 0) out.write(`help/ (${help.length} files)`.padEnd(width) + `  ${kb(help.reduce((n, [, s]) => n + s.bytes, 0)).padStart(10)}  ${kb(help.reduce((n, [, s]) => n + s.gzip, 0)).padStart(10)}\n`);
  if (result.entrypoints.functions && result.entrypoints.taskpane) {
    const s = startup(result);
    const line = (label, x, budget) => out.write(`${label.padEnd(28)} ${kb(x.gzip).padStart(9)} gzip of ${kb(budget)}${x.gzip > budget ? " — OVER BUDGET" : ""}  (${x.files.join(" + ")})\n`);
    out.write("\nstartup JavaScript\n");
    line("functions.html", s.functionsPage, BUDGETS.functionsPage);
    line(`pane initial (+ ${s.paneInitial.area})`, s.paneInitial, BUDGETS.paneInitial);
    line(`taskpane.html (+ ${s.taskpanePage.area})`, s.taskpanePage, BUDGETS.taskpanePage);
    out.write("areas, loaded when first shown (what each adds to the page)\n");
    for (const [name, a] of Object.entries(s.areas)) line(`  ${name}`, a, BUDGETS.area);
    out.write(`rules core: ${(result.entrypoints.functions ?? []).filter((f) => f.startsWith("core")).join(", ")}, shared by functions.js and taskpane.js\n`);
  } else if (result.entrypoints.functions) {
    const s = startup(result, { "functions.html": { chunks: ["functions"] }, "commands.html": { chunks: [] }, "taskpane.html": { chunks: [] } });
    out.write(`\nfunctions.html: ${s.functionsPage.gzip} bytes gzip of the ${FUNCTIONS_BUDGET_GZIP}-byte (${FUNCTIONS_BUDGET_GZIP / 1024} KB) budget${s.functionsPage.gzip > FUNCTIONS_BUDGET_GZIP ? " — OVER BUDGET" : ""}\n`);
  }
  out.write(`\nbuilt into ${path.relative(process.cwd(), result.outDir) || "."}/\n`);
}

/** After a production build: check its manifest offline and say what IT uploads. Sets exit code 1 on a problem. */
function reportProduction(outDir, quiet) {
  const { validateProduction, manifestVersion } = require("./validate-manifest.js");
  const { manifestId } = require("./deployment.js");
  const file = path.join(outDir, "manifest.xml");
  const text = fs.readFileSync(file, "utf8");
  const problems = validateProduction(text, { distDir: outDir });
  if (problems.length > 0) {
    process.stderr.write(`${path.relative(process.cwd(), file)}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
    process.exitCode = 1;
    return;
  }
  if (!quiet) {
    const origin = /<SourceLocation DefaultValue="([^"]*)\/taskpane\.html"/.exec(text)?.[1];
    process.stdout.write(`\nproduction build for ${origin}/ — add-in Id ${manifestId(text)}, version ${manifestVersion(text)}\n`
      + `  copy ${path.relative(process.cwd(), outDir) || "."}/ to that folder of the server; give IT ${path.relative(process.cwd(), file)} (docs/deploy.md)\n`);
  }
}

async function main() {
  const started = Date.now();
  try {
    const opts = parseArgs(process.argv.slice(2));
    const result = await build(opts);
    for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
    if (!opts.quiet) printSizes(result);
    if (opts.report) fs.writeFileSync(opts.report, JSON.stringify(result, null, 2));
    if (opts.origin) reportProduction(result.outDir, opts.quiet);
    if (!opts.quiet) process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    process.stderr.write(`build failed:\n${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();

module.exports = { build, printSizes, parseArgs, startup, FUNCTIONS_BUDGET_GZIP, BUDGETS, AREA_PREFIX };
