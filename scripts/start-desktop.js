#!/usr/bin/env node
/**
 * `npm run start:desktop`: sideload manifest.xml into Excel desktop with
 * office-addin-debugging, fetched on demand through npx (it is not a
 * devDependency: it needs keytar, a native module that does not build
 * everywhere). Says so plainly when it cannot run, and how to sideload by hand.
 * Serve the add-in first (`npm start` in another terminal).
 */
"use strict";
const { spawnSync } = require("node:child_process");

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const args = ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", ...process.argv.slice(2)];
process.stdout.write(`Running: npx ${args.join(" ")}\n`);
const r = spawnSync(npx, args, { stdio: "inherit", shell: process.platform === "win32" });
if (r.error || r.status !== 0) {
  process.stderr.write([
    "",
    "office-addin-debugging is not available here (it could not be installed or run; it needs the native",
    "module keytar, and Excel desktop runs only on Windows and macOS). Nothing was sideloaded.",
    "Sideload by hand instead: run `npm start` and follow the steps it prints (Windows: shared-folder",
    "catalog; Mac: ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/; web: Upload My Add-in).",
    "",
  ].join("\n"));
  process.exitCode = r.status || 1;
}
