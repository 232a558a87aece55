/**
 * Bench sections of the forms (issues 11 and 12):
 * - "forms-ops": operations and bytes to write each form with 10, 1,000 and 10,000
 *   employees through the Office.js writer, as the in-memory host counts them
 *   (test/support/memoryHost.ts) — the layout's share is flat in N, only the employees'
 *   data grows; the budgets (≤ 400 operations, ≤ 64 KB of layout) are tests
 *   (test/workbook/officeWriter.test.ts);
 * - "forms-xlsx": .xlsx time and size of each roster form at the same sizes, and
 *   `forms --rows N` for every form as a process (target: under 5 s for 10,000).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FORM_IDS, REGISTER_FORMS, ROSTER_FORMS, type FormId } from "../../src/forms";
import { writeForm } from "../../src/workbook/officeWriter";
import { formXlsxBuffer } from "../../src/workbook/xlsxWriter";
import { MemoryWorkbook } from "../support/memoryHost";
import type { BenchOptions, Section, Table } from "./bench";

const ROOT = resolve(__dirname, "../..");
const KB = 1024;
const TARGET_MS = 5_000;
const BUDGET = { ops: 400, layoutKb: 64 };

const sizes = (o: BenchOptions) => [...new Set([10, Math.min(1_000, o.rows), o.rows])];
const employees = (n: number) => Array.from({ length: n }, (_, i) => [`E${String(i + 1).padStart(5, "0")}`, `员工${i + 1}`, `部门${i % 20}`]);
const count = (n: number) => n.toLocaleString("en");

/** One form written into a workbook that has its policy sheet: operations, bytes, the layout's bytes (all but the employees' values), syncs. */
async function officeWrite(id: FormId, n: number): Promise<{ ops: number; bytes: number; layout: number; syncs: number }> {
  const host = new MemoryWorkbook();
  await writeForm(host.context, "policy", { lang: "zh-CN", existing: { sheetNames: [], names: [] } });
  const before = host.requests.length;
  const r = await writeForm(host.context, id, { lang: "zh-CN", rows: employees(n), existing: { sheetNames: host.sheets.map((s) => s.name), names: [...host.names.keys()], policySheet: { name: "规则", layout: "current" } } });
  const ops = host.requests.slice(before).flat();
  const bytes = host.requestBytes.slice(before).reduce((a, b) => a + b, 0);
  const data = host.valueBytes.slice(before).reduce((a, b) => a + b, 0);
  return { ops: ops.length, bytes, layout: bytes - data, syncs: r.syncs };
}

export const formsOpsSection: Section = {
  id: "forms-ops",
  title: (o) => `Writing each form in Excel (Office.js, the in-memory host's counts): operations and KB at ${sizes(o).map(count).join(" / ")} employees`,
  async run(o): Promise<Table> {
    const ns = sizes(o);
    const rows: string[][] = [];
    let maxOps = 0;
    let maxLayout = 0;
    for (const id of FORM_IDS.filter((x) => x !== "policy")) {
      const runs = [];
      for (const n of ns) runs.push(await officeWrite(id, n));
      maxOps = Math.max(maxOps, ...runs.map((r) => r.ops));
      maxLayout = Math.max(maxLayout, ...runs.map((r) => r.layout / KB));
      rows.push([id, ...runs.map((r) => String(r.ops)), ...runs.map((r) => (r.bytes / KB).toFixed(0)), (runs[runs.length - 1].layout / KB).toFixed(1), String(runs[runs.length - 1].syncs)]);
    }
    return {
      columns: ["form", ...ns.map((n) => `ops @${count(n)}`), ...ns.map((n) => `KB @${count(n)}`), `layout KB @${count(ns[ns.length - 1])}`, "syncs"],
      rows,
      notes: [`budget: ≤ ${BUDGET.ops} operations and ≤ ${BUDGET.layoutKb} KB of layout whatever N (tests hold it); the rest of the KB is the employees' own data`,
        `largest: ${maxOps} operations, ${maxLayout.toFixed(1)} KB of layout`],
      facts: { maxOps, maxLayoutKb: maxLayout, withinBudget: maxOps <= BUDGET.ops && maxLayout <= BUDGET.layoutKb },
    };
  },
};

export const formsXlsxSection: Section = {
  id: "forms-xlsx",
  title: (o) => `.xlsx of each roster form (blank rows): ms and KB at ${sizes(o).map(count).join(" / ")} rows, and \`forms --rows ${count(o.rows)}\` for every form`,
  async run(o): Promise<Table> {
    const ns = sizes(o);
    const rows: string[][] = [];
    await formXlsxBuffer("csPay", { lang: "zh-CN", count: 10 }); // warm-up
    for (const id of [...ROSTER_FORMS, ...REGISTER_FORMS]) {
      const runs: { ms: number; kb: number }[] = [];
      for (const n of ns) {
        const start = performance.now();
        const buf = await formXlsxBuffer(id, { lang: "zh-CN", count: n });
        runs.push({ ms: performance.now() - start, kb: buf.length / KB });
      }
      rows.push([id, ...runs.map((r) => r.ms.toFixed(0)), ...runs.map((r) => r.kb.toFixed(0))]);
    }
    const dir = mkdtempSync(join(tmpdir(), "kaohe-bench-forms-"));
    try {
      const start = performance.now();
      const r = spawnSync("npm", ["run", "-s", "forms", "--", "--rows", String(o.rows), "--out", dir], { cwd: ROOT, encoding: "utf8" });
      const ms = performance.now() - start;
      if (r.status !== 0) throw new Error(r.stderr);
      const files = readdirSync(dir);
      const mb = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0) / KB / KB;
      rows.push([`forms --rows ${count(o.rows)} (${files.length} files, a process through npm)`, ...ns.map((_, i) => (i === ns.length - 1 ? ms.toFixed(0) : "")), ...ns.map((_, i) => (i === ns.length - 1 ? `${mb.toFixed(1)} MB` : ""))]);
      return {
        columns: ["form", ...ns.map((n) => `ms @${count(n)}`), ...ns.map((n) => `KB @${count(n)}`)],
        rows,
        notes: [`target: forms --rows 10,000 under ${TARGET_MS / 1000} s (issue 12); times are printed, not asserted`],
        facts: { files: files.length },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
