#!/usr/bin/env node
/**
 * `npm run build`: the production build (webpack.config.js) through webpack's
 * Node API, then each bundle's size and gzip size.
 *
 *   node scripts/build.js [--only functions[,taskpane,…]] [--out DIR] [--report FILE] [--quiet]
 *                         [--origin https://host/path/] [--cloud global|21vianet] [--deploy-config FILE]
 *
 * --report writes JSON: { assets: {file: {bytes, gzip}}, modules: {chunk: [module paths]} }.
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
/** The functions bundle's budget (test/build/budget.test.ts enforces it). */
const FUNCTIONS_BUDGET_GZIP = 30 * 1024;

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
      const info = stats.toJson({ all: false, errors: true, warnings: true, assets: true, chunks: true, chunkModules: true, ids: false });
      if (stats.hasErrors()) return reject(new Error(info.errors.map((e) => e.message).join("\n\n")));
      const outDir = config.output.path;
      const assets = {};
      for (const a of info.assets ?? []) {
        const buf = fs.readFileSync(path.join(outDir, a.name));
        assets[a.name] = { bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
      }
      const modules = {};
      for (const c of info.chunks ?? []) {
        const list = [];
        const walk = (ms) => { for (const m of ms ?? []) { if (m.modules) walk(m.modules); else if (m.name) list.push(m.name); } };
        walk(c.modules);
        for (const name of c.names ?? []) modules[name] = list;
      }
      resolve({ outDir, assets, modules, warnings: (info.warnings ?? []).map((w) => w.message) });
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
  const fn = result.assets["functions.js"];
  if (fn) out.write(`\nfunctions.js: ${fn.gzip} bytes gzip of the ${FUNCTIONS_BUDGET_GZIP}-byte (30 KB) budget${fn.gzip > FUNCTIONS_BUDGET_GZIP ? " — OVER BUDGET" : ""}\n`);
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

module.exports = { build, printSizes, parseArgs, FUNCTIONS_BUDGET_GZIP };
