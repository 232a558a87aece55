/**
 * Benchmark (not a test): `evaluate` on 10,000 salespeople, end to end as a process —
 * read a CSV roster and an inputs CSV, evaluate through the core, write the workbook.
 * Target (issue 10): under 30 s. Run: npm run bench
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SCHEMES } from "../../src/cycle";

const ROOT = resolve(__dirname, "../..");
const EMPLOYEES = 10_000;
const TARGET_MS = 30_000;

let seed = 7;
const rand = () => { seed = (Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x9e3779b9) >>> 0; return seed / 2 ** 32; };
const dir = mkdtempSync(join(tmpdir(), "kaohe-bench-"));
const keys = SCHEMES.sales.inputs.map((i) => i.key);
const rows = Array.from({ length: EMPLOYEES }, (_, i) => {
  const id = `E${String(i + 1).padStart(5, "0")}`;
  const values = keys.map((k) => {
    if (k.startsWith("fault")) return rand() < 0.2 ? 1 : "";
    if (k.startsWith("repeated")) return rand() < 0.05 ? "✓" : "";
    if (k.startsWith("absence")) return rand() < 0.1 ? 0.5 : "";
    if (k === "totalPay") return 6000 + Math.floor(rand() * 9000);
    if (k === "completionRate") return `${60 + Math.floor(rand() * 60)}%`;
    return "";
  });
  return { roster: [id, `员工${i + 1}`, `部门${i % 20}`].join(","), inputs: [id, ...values].join(",") };
});
writeFileSync(join(dir, "roster.csv"), `id,name,dept\n${rows.map((r) => r.roster).join("\n")}\n`);
writeFileSync(join(dir, "inputs.csv"), `id,${keys.join(",")}\n${rows.map((r) => r.inputs).join("\n")}\n`);

const out = join(dir, "out.xlsx");
const start = process.hrtime.bigint();
const r = spawnSync("npm", ["run", "-s", "evaluate", "--", "--scheme", "sales", "--month", "2026-11", "--roster", join(dir, "roster.csv"), "--inputs", join(dir, "inputs.csv"), "--out", out, "--json"],
  { cwd: ROOT, encoding: "utf8", maxBuffer: 256 << 20 });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (r.status !== 0) throw new Error(r.stderr);
const lines = r.stdout.trimEnd().split("\n").length;
console.log(`evaluate ${EMPLOYEES} employees: ${ms.toFixed(0)} ms (target < ${TARGET_MS}), ${lines} JSON lines, workbook ${(statSync(out).size / 1024 / 1024).toFixed(1)} MB`);
if (lines !== EMPLOYEES + 1) throw new Error(`expected ${EMPLOYEES + 1} JSON lines`);
