/**
 * Production build of the Excel add-in into dist/ (see docs/excel-add-in.md).
 *
 *   runtime.js     webpack's runtime, one for every entry of a page (see CHUNKS)
 *   core.js        the rules core the functions need, shared with the task pane
 *   functions.js   custom functions (no React/Fluent UI; with runtime.js and
 *                  core.js at most 30 KB gzip)
 *   commands.js    ribbon command handlers
 *   taskpane.js    the React/Fluent UI task pane shell; its areas are
 *                  area-*.[hash].js chunks loaded when first shown
 *   taskpane.html  THE shared runtime page: office.js, then runtime.js,
 *                  core.js, functions.js, commands.js and only then
 *                  taskpane.js (so every HR.* function is registered before
 *                  any task-pane UI loads)
 *   functions.html office.js + runtime.js, core.js, functions.js (the functions alone)
 *   commands.html  office.js + runtime.js, commands.js
 *   functions.json, functions.zh-CN.json, functions.zh-TW.json
 *                  custom function metadata, generated from the catalogue
 *                  by src/functions/metadata.ts (FunctionsMetadataPlugin);
 *                  every function's helpUrl is its help page on the origin
 *   help/          help pages generated from the catalogue (HelpPagesPlugin,
 *                  src/help): help/<lang>/index.html, help/<lang>/<ID>.html,
 *                  support.html (the manifest's SupportUrl), privacy.html
 *   assets/        icons
 *   manifest.xml   only in a production build (origin=…): manifest.xml moved to
 *                  the origin, with the deployment's add-in Id (ProductionManifestPlugin)
 *
 * Every page carries the Content-Security-Policy of scripts/deployment.js.
 *
 * Options (webpack --env, or scripts/build.js flags):
 *   only=functions[,taskpane,…]  build just those entries (dist/ is then not cleaned; no help pages)
 *   outDir=PATH                  write somewhere other than dist/
 *   origin=https://host/path/    a production build served from there (default: the dev server)
 *   cloud=global|21vianet        whose Office.js CDN the pages load (default global)
 *   deployConfig=FILE            where the deployments' add-in Ids are kept (default kaohe.deploy.json)
 */
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { Compilation, sources } = require("webpack");
const deployment = require("./scripts/deployment.js");

const ROOT = __dirname;
const OFFICE_JS = deployment.officeJsUrl("global");

const ENTRIES = {
  functions: "./src/functions/functions.ts",
  commands: "./src/commands/commands.ts",
  taskpane: "./src/taskpane/index.tsx",
};

/** Pages and the chunks they load, in load order. */
const PAGES = {
  "taskpane.html": { template: "./src/taskpane/taskpane.html", chunks: ["functions", "commands", "taskpane"] },
  "functions.html": { template: "./src/functions/functions.html", chunks: ["functions"] },
  "commands.html": { template: "./src/commands/commands.html", chunks: ["commands"] },
};

// ── Chunking (issue 9: size budget) ─────────────────────────────────────────────
/**
 * The rules core is loaded once per page, by both the functions and the task pane.
 * We use webpack's own sharing rather than having the pane read what functions.js
 * publishes on globalThis: with one runtime chunk per page the entries share one
 * module registry, so `core.js` is evaluated once and the pane and the functions use
 * the same module instances (one PolicySource, one policy cache) with ordinary,
 * type-checked imports — no hand-kept list of globals that could drift from the code.
 * The price is that functions.js no longer runs alone: functions.html (and the
 * manifest's shared-runtime page) load runtime.js and core.js before it.
 *
 * `core` holds the modules of src/rules, src/shared, src/functions and big.js that
 * the functions entry or the pane's first screen import; what only a pane area uses
 * (catalogue texts and names, step labels and trace warnings, policy notes, forms)
 * stays in that area's chunk. One runtime means one set of used exports for all
 * entries, so a core module must not reach pane-only code through an export the
 * functions do not use (hence catalogue/descriptions.ts apart from describe.ts,
 * catalogue/names.ts apart from functions.ts, policy/sheetRows.ts apart from
 * sheet.ts, WARNINGS in steps.ts apart from messages.ts).
 *
 * The forms library and the Office.js writer are one lazily loaded chunk group,
 * "forms-library" (src/taskpane/formsLibrary.ts), loaded when an area writes a sheet;
 * what it shares with an area (the Explain area reads the roster specs) goes to the
 * `areas` chunks below. `test/build/budget.test.ts` checks that no module is in two
 * chunks, that no area loads the forms library up front, and that functions.html
 * stays within 30 KB.
 */
const CORE_MODULES = /[\\/](src[\\/](rules|shared|functions)|node_modules[\\/]big\.js)[\\/]/;
const CORE_ENTRY = "functions";
/** An entry module stays in its own file (functions.js is the functions entry, not a stub). */
const isEntry = (resource) => Object.values(ENTRIES).some((e) => path.resolve(ROOT, e) === resource);
const CHUNKS = {
  runtimeChunk: { name: "runtime" },
  // An area chunk does not repeat what core.js or taskpane.js already loaded.
  removeAvailableModules: true,
  splitChunks: {
    cacheGroups: {
      default: false,
      defaultVendors: false,
      // Exactly the modules the functions entry needs, taken out of every chunk that has them (the pane's areas too).
      core: {
        name: "core", chunks: "all", enforce: true, priority: 20,
        test: (m, { chunkGraph }) => CORE_MODULES.test(m.resource ?? "") && !isEntry(m.resource)
          && [...chunkGraph.getModuleChunksIterable(m)].some((c) => c.name === CORE_ENTRY),
      },
      // What two lazily loaded areas share (Fluent components, the forms library) is loaded once.
      areas: { chunks: "async", minChunks: 2, minSize: 0, priority: 10, reuseExistingChunk: true },
    },
  },
};
/** Startup files of each page besides its entries (every page has the runtime; functions pages the core). */
const SHARED_CHUNKS = { runtime: "runtime.js", core: "core.js" };

/** The metadata files FunctionsMetadataPlugin writes (src/functions/metadata.ts METADATA_FILES; a test keeps them equal). */
const METADATA_FILES = ["functions.json", "functions.zh-CN.json", "functions.zh-TW.json"];

/**
 * The TypeScript generators run at build time, through tsx (which caches modules: under
 * `webpack --watch` an edit reaches the output after a restart). Inside jest, jest's own
 * TypeScript transform loads them (tsx cannot hook jest's module system).
 */
const underJest = !(".js" in (require.extensions ?? {})); // jest's require has no Node loaders
const generator = (file) => (underJest ? require(file) : require("tsx/cjs/api").require(file, __filename));

/** Every file a full build writes into dist/ (icons: each assets/*.png; manifest.xml in a production build). */
function buildOutputs(root = ROOT, { production = false } = {}) {
  const fs = require("node:fs");
  const icons = fs.readdirSync(path.join(root, "assets")).filter((f) => f.endsWith(".png")).map((f) => `assets/${f}`);
  const help = generator("./src/help/pages.ts").helpFileNames();
  return [...Object.keys(ENTRIES).map((e) => `${e}.js`), ...Object.values(SHARED_CHUNKS), ...Object.keys(PAGES), ...METADATA_FILES, ...help, ...icons, ...(production ? ["manifest.xml"] : [])].sort();
}

/** A webpack plugin that adds generated files as assets: `files()` gives dist/ path → text; `watch` lists their sources. */
class GeneratedFilesPlugin {
  constructor(name, files, watch) {
    this.name = name;
    this.files = files;
    this.watch = watch;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(this.name, (compilation) => {
      compilation.hooks.processAssets.tap({ name: this.name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [file, text] of Object.entries(this.files())) compilation.emitAsset(file, new sources.RawSource(text));
        for (const w of this.watch) (w.endsWith("/") ? compilation.contextDependencies : compilation.fileDependencies).add(path.join(ROOT, w));
      });
    });
  }
}

/** functions.json and its localized twins, from the catalogue (never hand-written), with helpUrls on `origin`. */
const functionsMetadataPlugin = (origin) => new GeneratedFilesPlugin("FunctionsMetadataPlugin",
  () => generator("./src/functions/metadata.ts").metadataFiles(undefined, origin),
  ["src/functions/metadata.ts", "src/help/paths.ts", "src/rules/"]);

/** help/…: the help pages, from the catalogue (src/help/pages.ts). */
const helpPagesPlugin = (build) => new GeneratedFilesPlugin("HelpPagesPlugin",
  () => generator("./src/help/pages.ts").helpFiles(build),
  ["src/help/", "src/rules/", "src/functions/metadata.ts", "src/cli/"]);

/** manifest.xml of a production build (scripts/deployment.js productionManifest). */
const productionManifestPlugin = (text) => new GeneratedFilesPlugin("ProductionManifestPlugin", () => ({ "manifest.xml": text }), ["manifest.xml"]);

/**
 * Where the build is served from, and what follows: the origin, Office.js, the CSP,
 * manifest.xml's version and, for a production origin, the production manifest (its
 * add-in Id read from, or first recorded in, the deployment config).
 */
function target(env) {
  const fs = require("node:fs");
  const { manifestVersion } = require("./scripts/validate-manifest.js");
  const devManifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const production = env.origin !== undefined && env.origin !== "";
  const origin = production ? deployment.productionOrigin(env.origin) : deployment.DEV_ORIGIN;
  const officeJs = deployment.officeJsUrl(env.cloud || "global");
  let manifest = null;
  if (production) {
    const { id } = deployment.deploymentId(origin, { file: env.deployConfig || deployment.DEPLOY_CONFIG, devId: deployment.manifestId(devManifest) });
    manifest = deployment.productionManifest(devManifest, { origin, id });
  }
  return { origin, officeJs, csp: deployment.contentSecurityPolicy(officeJs), version: manifestVersion(devManifest), manifest };
}

module.exports = (env = {}, argv = {}) => {
  const only = env.only ? String(env.only).split(",").map((s) => s.trim()).filter(Boolean) : null;
  for (const name of only ?? []) if (!ENTRIES[name]) throw new Error(`unknown entry ${name}; use ${Object.keys(ENTRIES).join(", ")}`);
  const entry = Object.fromEntries(Object.entries(ENTRIES).filter(([name]) => !only || only.includes(name)));
  const mode = argv.mode || env.mode || "production";
  const pages = Object.entries(PAGES).filter(([, p]) => p.chunks.every((c) => c in entry));
  const where = target(env);

  return {
    mode,
    context: ROOT,
    entry,
    target: ["web", "es2020"],
    devtool: mode === "production" ? false : "source-map",
    output: {
      path: env.outDir ? path.resolve(String(env.outDir)) : path.join(ROOT, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Lazy chunks load relative to the page (every page sits next to its chunks); no
      // document.currentScript detection, so runtime.js also runs where there is no DOM.
      publicPath: "",
      clean: !only,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true, // types are checked by `npm run typecheck`
              compilerOptions: { noEmit: false, module: "esnext", target: "es2020", sourceMap: mode !== "production" },
            },
          },
        },
      ],
    },
    optimization: CHUNKS,
    performance: { hints: false },
    plugins: [
      functionsMetadataPlugin(where.origin),
      ...(only ? [] : [helpPagesPlugin({ origin: where.origin, csp: where.csp, version: where.version, officeJs: where.officeJs })]),
      ...(where.manifest ? [productionManifestPlugin(where.manifest)] : []),
      ...pages.map(([filename, p]) => new HtmlWebpackPlugin({
        filename,
        template: p.template,
        chunks: p.chunks,
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "defer",
        templateParameters: { officeJs: where.officeJs, csp: where.csp },
      })),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    devServer: {
      port: 3000,
      static: { directory: path.join(ROOT, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};

module.exports.ENTRIES = ENTRIES;
module.exports.PAGES = PAGES;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.METADATA_FILES = METADATA_FILES;
module.exports.buildOutputs = buildOutputs;
module.exports.SHARED_CHUNKS = SHARED_CHUNKS;
