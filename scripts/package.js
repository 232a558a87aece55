#!/usr/bin/env node
/**
 * `npm run package -- --origin https://hr.example.com/kaohe/`: a production build for that
 * origin, checked offline, as one zip for IT: the files to copy to the server folder, with
 * manifest.xml (the file to upload in the Microsoft 365 admin center) at the top. See
 * docs/deploy.md.
 *
 *   node scripts/package.js --origin URL [--cloud global|21vianet] [--deploy-config FILE] [--out FILE.zip]
 *   node scripts/package.js --dist DIR [--out FILE.zip]     zip a production build already made
 *
 * The zip is kaohe-<version>-<host>.zip in the current folder unless --out says otherwise.
 * Refuses (exit 1) a build whose production manifest fails the offline checks; exit 2 on a
 * usage error.
 */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const EXIT_USAGE = 2;

/** Every file under `dir`, as "/"-separated paths relative to it, sorted. */
function filesUnder(dir, prefix = "") {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/**
 * Zip the production build in `dir` into `outFile`, after checking its manifest offline.
 * Resolves to { file, version, origin, files } or rejects with the problems.
 */
async function packageDist(dir, outFile) {
  const { validateProduction, manifestVersion } = require("./validate-manifest.js");
  const manifestFile = path.join(dir, "manifest.xml");
  if (!fs.existsSync(manifestFile)) throw new Error(`${dir} has no manifest.xml: it is not a production build (npm run build -- --origin URL)`);
  const manifest = fs.readFileSync(manifestFile, "utf8");
  const problems = validateProduction(manifest, { distDir: dir });
  if (problems.length > 0) throw new Error(`the production manifest has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  const version = manifestVersion(manifest);
  const origin = /<SourceLocation DefaultValue="([^"]*\/)taskpane\.html"/.exec(manifest)?.[1] ?? "";
  const JSZip = require("jszip");
  const zip = new JSZip();
  const files = filesUnder(dir);
  // A fixed date keeps the archive the same for the same build.
  const date = new Date(Date.UTC(2000, 0, 1));
  for (const f of files) zip.file(f, fs.readFileSync(path.join(dir, f)), { date, createFolders: false });
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "UNIX" });
  const file = outFile ?? path.resolve(`kaohe-${version}-${new URL(origin).host.replace(/[^\w.-]/g, "_")}.zip`);
  fs.writeFileSync(file, bytes);
  return { file, version, origin, files };
}

function parseArgs(argv) {
  const opts = { origin: null, cloud: null, deployConfig: null, out: null, dist: null };
  const names = { "--origin": "origin", "--cloud": "cloud", "--deploy-config": "deployConfig", "--out": "out", "--dist": "dist" };
  for (let i = 0; i < argv.length; i++) {
    const key = names[argv[i]];
    if (!key) throw new Error(`unknown option ${argv[i]}`);
    const value = argv[++i];
    if (value === undefined || value.startsWith("--")) throw new Error(`${argv[i - 1]} needs a value`);
    opts[key] = value;
  }
  opts.origin = opts.origin ?? (process.env.KAOHE_ORIGIN || null);
  if (!opts.origin && !opts.dist) throw new Error("give the origin users reach the add-in at: --origin https://hr.example.com/kaohe/ (or KAOHE_ORIGIN)");
  return opts;
}

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${e.message}\nusage: npm run package -- --origin https://host/path/ [--cloud global|21vianet] [--deploy-config FILE] [--out FILE.zip]\n`);
    return EXIT_USAGE;
  }
  let dir = opts.dist ? path.resolve(opts.dist) : null;
  let temp = null;
  try {
    if (!dir) {
      const { build } = require("./build.js");
      temp = fs.mkdtempSync(path.join(os.tmpdir(), "kaohe-package-"));
      dir = path.join(temp, "dist");
      process.stdout.write(`Building for ${opts.origin}…\n`);
      await build({ out: dir, origin: opts.origin, cloud: opts.cloud, deployConfig: opts.deployConfig });
    }
    const out = await packageDist(dir, opts.out ? path.resolve(opts.out) : undefined);
    process.stdout.write(`${path.relative(process.cwd(), out.file)}: ${out.files.length} files for ${out.origin}, version ${out.version}\n`
      + `  unzip it into the folder ${out.origin} is served from; upload manifest.xml in the Microsoft 365 admin center (docs/deploy.md)\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`package failed: ${e && e.message ? e.message : e}\n`);
    return 1;
  } finally {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  }
}

if (require.main === module) main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

module.exports = { packageDist, filesUnder };
