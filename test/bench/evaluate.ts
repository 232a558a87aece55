/**
 * Bench section "evaluate" (issue 10): `evaluate` on N salespeople, end to end as a
 * process — read a CSV roster and an inputs CSV, evaluate through the core, write the
 * workbook. Target: under 30 s for 10,000 here (issue 10), under 5 s (issue 12).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SCHEMES } from "../../src/cycle";
import type { BenchOptions, Section, Table } from "./bench";

const ROOT = resolve(__dirname, "../..");
const TARGET_MS = 30_000;
const MB = 1024 * 1024;

/** A deterministic roster and inputs for `n` salespeople (faults, repeats, absences, pay). */
function files(dir: string, n: number): { roster: string; inputs: string } {
  let seed = 7;
  const rand = () => { seed = (Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x9e3779b9) >>> 0; return seed / 2 ** 32; };
  const keys = SCHEMES.sales.inputs.map((i) => i.key);
  const rows = Array.from({ length: n }, (_, i) => {
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
  const roster = join(dir, "roster.csv");
  const inputs = join(dir, "inputs.csv");
  writeFileSync(roster, `id,name,dept\n${rows.map((r) => r.roster).join("\n")}\n`);
  writeFileSync(inputs, `id,${keys.join(",")}\n${rows.map((r) => r.inputs).join("\n")}\n`);
  return { roster, inputs };
}

export const evaluateSection: Section = {
  id: "evaluate",
  title: (o: BenchOptions) => `evaluate: ${o.rows.toLocaleString("en")} salespeople, files in, workbook and JSON out (a process, through npm)`,
  run(o: BenchOptions): Table {
    const dir = mkdtempSync(join(tmpdir(), "kaohe-bench-"));
    try {
      const { roster, inputs } = files(dir, o.rows);
      const out = join(dir, "out.xlsx");
      const start = performance.now();
      const r = spawnSync("npm", ["run", "-s", "evaluate", "--", "--scheme", "sales", "--month", "2026-11", "--roster", roster, "--inputs", inputs, "--out", out, "--json"],
        { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * MB });
      const ms = performance.now() - start;
      if (r.status !== 0) throw new Error(r.stderr);
      const lines = r.stdout.trimEnd().split("\n").length;
      if (lines !== o.rows + 1) throw new Error(`expected ${o.rows + 1} JSON lines, got ${lines}`);
      return {
        columns: ["employees", "ms", "target", "workbook MB", "JSON lines"],
        rows: [[o.rows.toLocaleString("en"), ms.toFixed(0), `< ${TARGET_MS}`, (statSync(out).size / MB).toFixed(1), String(lines)]],
        facts: { lines },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
