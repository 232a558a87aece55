#!/usr/bin/env node
/**
 * `npm run licenses`: dependency hygiene from package-lock.json alone (npm
 * audit needs a web service; this does not). Also run by the jest suite
 * (test/build/licenses.test.ts). Refuses:
 *   - a runtime (non-dev) package under GPL, AGPL or LGPL, unless its licence
 *     expression offers a permissive alternative ("(MIT OR GPL-3.0-or-later)");
 *     a runtime package that declares no licence;
 *   - a package not from the npm registry: a `resolved` URL that is not
 *     https://registry.npmjs.org/ (git, file, http, another host), a link;
 *   - a package without a sha512 `integrity`;
 *   - a package whose version is in scripts/advisories.json (known advisories).
 * Prints what is shipped: the runtime packages with version and licence.
 *
 *   node scripts/licenses.js [package-lock.json] [--quiet]
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const REGISTRY = "https://registry.npmjs.org/";
const COPYLEFT = /^(A|L)?GPL-|^(A|L)?GPL$|^LGPL/i;

/** The package name of a lockfile key: "node_modules/a/node_modules/@s/b" → "@s/b". */
function packageName(key) {
  return key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
}

/** Tokens of an SPDX licence expression: ids, AND, OR, WITH, parentheses. */
function tokens(expr) {
  return expr.replace(/[()]/g, " $& ").split(/\s+/).filter(Boolean);
}

/**
 * Whether a licence expression can be used in shipped code: every AND part
 * must be, any OR part may be; a GPL-family id cannot. Non-SPDX legacy forms
 * ("MIT/X11", { type }) are read as their id.
 */
function licenseAllowed(license) {
  const text = typeof license === "string" ? license : license && typeof license.type === "string" ? license.type : "";
  if (text.trim() === "") return false;
  const t = tokens(text);
  let i = 0;
  const primary = () => {
    const tok = t[i++];
    if (tok === "(") { const v = orExpr(); i++; return v; }
    let ok = tok !== undefined && !COPYLEFT.test(tok.replace(/\+$/, ""));
    if (t[i] === "WITH") { i += 2; }
    return ok;
  };
  const andExpr = () => { let v = primary(); while (t[i] === "AND") { i++; v = primary() && v; } return v; };
  const orExpr = () => { let v = andExpr(); while (t[i] === "OR") { i++; v = andExpr() || v; } return v; };
  return orExpr();
}

/** "1.2.3-beta.1" → [1, 2, 3]; pre-release tags are ignored (advisory ranges name releases). */
function parseVersion(v) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(v).trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a, b) {
  for (let k = 0; k < 3; k++) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return 0;
}

/** Whether `version` is in a semver range of comparators (<, <=, >, >=, =; space = and; || = or). */
function satisfies(version, range) {
  const v = parseVersion(version);
  if (!v) return false;
  return range.split("||").some((part) => part.trim().split(/\s+/).filter(Boolean).every((c) => {
    const m = /^(<=|>=|<|>|=)?(.+)$/.exec(c);
    const w = parseVersion(m[2]);
    if (!w) throw new Error(`cannot read the range ${JSON.stringify(range)}`);
    const d = compare(v, w);
    switch (m[1] ?? "=") {
      case "<": return d < 0;
      case "<=": return d <= 0;
      case ">": return d > 0;
      case ">=": return d >= 0;
      default: return d === 0;
    }
  }));
}

/**
 * Check a parsed package-lock.json (lockfile v2/v3: `packages`) against the
 * rules above. Returns the problems (empty: none) and the shipped packages.
 */
function checkLock(lock, advisories) {
  const problems = [];
  const shipped = [];
  if (!lock || typeof lock.packages !== "object") return { problems: ["package-lock.json has no \"packages\" (lockfile v2 or v3 needed)"], shipped };
  for (const [key, p] of Object.entries(lock.packages)) {
    if (key === "") continue; // the project itself
    const name = packageName(key);
    const at = `${name}@${p.version ?? "?"}`;
    const runtime = !p.dev && !p.devOptional;
    if (p.link) { problems.push(`${key}: a link to ${p.resolved ?? "a local folder"}, not a registry package`); continue; }
    if (p.inBundle) continue; // shipped inside its parent's tarball, covered by the parent's integrity
    if (p.resolved !== undefined && !String(p.resolved).startsWith(REGISTRY)) problems.push(`${at}: resolved from ${p.resolved}, not ${REGISTRY}`);
    if (typeof p.version !== "string" || !parseVersion(p.version)) problems.push(`${key}: version ${JSON.stringify(p.version)} is not a registry version`);
    if (typeof p.integrity !== "string" || !p.integrity.startsWith("sha512-")) problems.push(`${at}: no sha512 integrity`);
    if (runtime) {
      const license = typeof p.license === "string" ? p.license : p.license?.type ?? "";
      if (!licenseAllowed(license)) problems.push(`${at}: runtime dependency under ${license || "no declared licence"} (GPL-family or none: not allowed in shipped code)`);
      shipped.push({ name, version: p.version, license: license || "(none)" });
    }
    for (const a of advisories) {
      if (a.package === name && satisfies(p.version, a.versions)) problems.push(`${at}: known advisory ${a.id} (${a.cve ?? ""} ${a.title}; affected ${a.versions})`);
    }
  }
  shipped.sort((a, b) => a.name.localeCompare(b.name));
  return { problems, shipped };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function main(argv) {
  const file = argv.find((a) => !a.startsWith("--")) ?? path.join(ROOT, "package-lock.json");
  const quiet = argv.includes("--quiet");
  const { problems, shipped } = checkLock(readJson(file), readJson(path.join(__dirname, "advisories.json")).advisories);
  if (!quiet) {
    process.stdout.write(`shipped (runtime dependencies, ${shipped.length}):\n`);
    for (const s of shipped) process.stdout.write(`  ${s.name}@${s.version}  ${s.license}\n`);
  }
  for (const p of problems) process.stderr.write(`✗ ${p}\n`);
  process.stdout.write(problems.length === 0 ? "licences, sources, integrity and advisories: OK\n" : `${problems.length} problem(s)\n`);
  return problems.length === 0 ? 0 : 1;
}

module.exports = { checkLock, licenseAllowed, satisfies, packageName };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
