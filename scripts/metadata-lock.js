#!/usr/bin/env node
/**
 * The version rule: Office caches custom-function metadata per add-in version,
 * so manifest.xml's <Version> must go up whenever the generated metadata
 * (functions.json and its zh-CN / zh-TW twins) changes. scripts/metadata.lock.json
 * records the version and the metadata's SHA-256 together.
 *
 *   npm run -s metadata:lock            check (exit 1 when the metadata changed)
 *   npm run -s metadata:lock -- --write record the current metadata; refused unless
 *                                       <Version> was bumped since the last record
 */
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const LOCK = path.join(__dirname, "metadata.lock.json");

function currentHash() {
  const tsx = require("tsx/cjs/api");
  const { metadataFiles } = tsx.require("../src/functions/metadata.ts", __filename);
  return hashFiles(metadataFiles());
}

/** SHA-256 over the metadata files in name order (the same bytes the build writes). */
function hashFiles(files) {
  const h = crypto.createHash("sha256");
  for (const name of Object.keys(files).sort()) h.update(`${name}\n${files[name]}\n`);
  return h.digest("hex");
}

function readLock() {
  try { return JSON.parse(fs.readFileSync(LOCK, "utf8")); } catch { return null; }
}

/** Problems with the lock given the manifest version and the metadata hash (empty = fine). */
function checkLock(lock, version, hash) {
  if (!lock) return ["scripts/metadata.lock.json is missing: run `npm run -s metadata:lock -- --write`"];
  if (lock.sha256 === hash && lock.manifestVersion === version) return [];
  if (lock.sha256 === hash) return [`manifest.xml <Version> is ${version} but the lock records ${lock.manifestVersion}: run \`npm run -s metadata:lock -- --write\``];
  if (lock.manifestVersion === version) return [`the functions metadata changed since manifest <Version> ${version}: bump <Version> in manifest.xml, then run \`npm run -s metadata:lock -- --write\``];
  return [`the functions metadata changed and <Version> is now ${version}: run \`npm run -s metadata:lock -- --write\` to record it`];
}

function main(argv) {
  const { manifestVersion } = require("./validate-manifest.js");
  const version = manifestVersion(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  const hash = currentHash();
  const lock = readLock();
  if (argv.includes("--write")) {
    if (lock && lock.sha256 !== hash && lock.manifestVersion === version) {
      process.stderr.write(`refused: the metadata changed but manifest.xml <Version> is still ${version}; bump it first\n`);
      return 1;
    }
    fs.writeFileSync(LOCK, `${JSON.stringify({ manifestVersion: version, sha256: hash }, null, 2)}\n`);
    process.stdout.write(`recorded metadata ${hash.slice(0, 12)}… for manifest version ${version}\n`);
    return 0;
  }
  const problems = checkLock(lock, version, hash);
  for (const p of problems) process.stderr.write(`${p}\n`);
  if (problems.length === 0) process.stdout.write(`metadata lock OK (version ${version})\n`);
  return problems.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { hashFiles, checkLock, readLock, LOCK };
