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
 *                  by src/functions/metadata.ts (FunctionsMetadataPlugin)
 *   support.html   the manifest's SupportUrl / LearnMoreUrl page
 *   assets/        icons
 *
 * Options (webpack --env, or scripts/build.js flags):
 *   only=functions[,taskpane,…]  build just those entries (dist/ is then not cleaned)
 *   outDir=PATH                  write somewhere other than dist/
 */
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { Compilation, sources } = require("webpack");

const ROOT = __dirname;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

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
 * (catalogue texts, step labels, policy notes, forms) stays in that area's chunk.
 * One runtime means one set of used exports for all entries, so a core module must
 * not reach pane-only code through an export the functions do not use (hence
 * catalogue/descriptions.ts apart from describe.ts, policy/sheetRows.ts apart from
 * sheet.ts). `test/build/budget.test.ts` checks that no module is in two chunks and
 * that functions.html stays within 30 KB.
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

/** Files copied as they are. */
const STATIC = [{ from: "src/taskpane/support.html", to: "support.html" }];

/** The metadata files FunctionsMetadataPlugin writes (src/functions/metadata.ts METADATA_FILES; a test keeps them equal). */
const METADATA_FILES = ["functions.json", "functions.zh-CN.json", "functions.zh-TW.json"];

/** Every file a full build writes into dist/ (icons: each assets/*.png). */
function buildOutputs(root = ROOT) {
  const fs = require("node:fs");
  const icons = fs.readdirSync(path.join(root, "assets")).filter((f) => f.endsWith(".png")).map((f) => `assets/${f}`);
  return [...Object.keys(ENTRIES).map((e) => `${e}.js`), ...Object.values(SHARED_CHUNKS), ...Object.keys(PAGES), ...METADATA_FILES, ...STATIC.map((s) => s.to), ...icons].sort();
}

/** Emits functions.json and its localized twins from the catalogue (never hand-written). */
class FunctionsMetadataPlugin {
  apply(compiler) {
    const name = "FunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        // The generator is TypeScript: load it through tsx. tsx caches the module, so under
        // `webpack --watch` / webpack-dev-server a catalogue edit reaches the JSON only after a restart.
        const tsx = require("tsx/cjs/api");
        const { metadataFiles } = tsx.require("./src/functions/metadata.ts", __filename);
        for (const [file, text] of Object.entries(metadataFiles())) {
          compilation.emitAsset(file, new sources.RawSource(text));
        }
        compilation.fileDependencies.add(path.join(ROOT, "src/functions/metadata.ts"));
        compilation.contextDependencies.add(path.join(ROOT, "src/rules"));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const only = env.only ? String(env.only).split(",").map((s) => s.trim()).filter(Boolean) : null;
  for (const name of only ?? []) if (!ENTRIES[name]) throw new Error(`unknown entry ${name}; use ${Object.keys(ENTRIES).join(", ")}`);
  const entry = Object.fromEntries(Object.entries(ENTRIES).filter(([name]) => !only || only.includes(name)));
  const mode = argv.mode || env.mode || "production";
  const pages = Object.entries(PAGES).filter(([, p]) => p.chunks.every((c) => c in entry));

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
      new FunctionsMetadataPlugin(),
      ...pages.map(([filename, p]) => new HtmlWebpackPlugin({
        filename,
        template: p.template,
        chunks: p.chunks,
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "defer",
        templateParameters: { officeJs: OFFICE_JS },
      })),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, ...STATIC.map((s) => ({ from: s.from, to: s.to }))] }),
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
