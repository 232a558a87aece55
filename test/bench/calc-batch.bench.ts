/**
 * Benchmark (not a test): `calc` on one call and on a 10,000-line batch.
 * Targets (issue 2): a single call under 2 s; 10,000 lines under 10 s.
 * Run: npm run bench
 */
import { spawnSync } from "node:child_process";
import { CATALOGUE, exampleOf } from "../../src/rules";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const LINES = 10_000;

function run(args: string[], input?: string): { ms: number; lines: number } {
  const start = process.hrtime.bigint();
  const r = spawnSync("npm", ["run", "-s", "calc", "--", ...args], { cwd: ROOT, encoding: "utf8", input, maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(r.stderr);
  return { ms, lines: r.stdout.trimEnd().split("\n").length };
}

const batch = Array.from({ length: LINES }, (_, i) => {
  const f = CATALOGUE[i % CATALOGUE.length];
  return JSON.stringify([f.id, ...exampleOf(f).args]);
}).join("\n");

const single = run(["SALESPAY", "10000", "0.8", "90"]);
const many = run(["--batch", "-"], batch);
console.log(`single call:        ${single.ms.toFixed(0)} ms (target < 2000)`);
console.log(`batch of ${LINES}:  ${many.ms.toFixed(0)} ms for ${many.lines} lines (target < 10000)`);
if (many.lines !== LINES) throw new Error(`expected ${LINES} result lines`);
