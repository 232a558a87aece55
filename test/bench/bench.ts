/**
 * `npm run bench` (issue 12): one run prints, section by section, side by side and as
 * ratios — each catalogue function per call and as one whole-column call at 10,000 rows;
 * ranking per row and as one call at 1,000 and 10,000; the gzip size of every built
 * bundle; the same 10,000-row arithmetic as native formulas in HyperFormula; and `calc`
 * on one call and on a 10,000-line batch; `evaluate` on 10,000 salespeople.
 *
 * Times are printed, never asserted: the machine is shared and timings wander. The budgets
 * are tests: the functions bundle's gzip size (test/build/budget.test.ts); test/bench/bench.test.ts
 * runs these sections small and checks what they compute (every function spills, ranking's
 * two forms agree, HyperFormula's figures are ours).
 *
 * HyperFormula is GPL-3.0: a devDependency used here only, never imported from src/ nor bundled.
 *
 * Extension point: a section is an id, a title and a `run` that returns a table; add one to
 * SECTIONS. The forms' sections (./forms.ts): operations and bytes to write each form at 10 /
 * 1,000 / 10,000 employees (the in-memory host's counts), and .xlsx time and size at the same sizes.
 *
 *   npm run bench [-- --rows 10000] [--only functions,ranking,bundles,hyperformula,calc,evaluate,forms-ops,forms-xlsx] [--full]
 *
 * --full times every per-row call; by default a per-row loop stops after PER_ROW_BUDGET_MS
 * and the total is estimated from the calls timed (marked "est.").
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { HyperFormula } from "hyperformula";
import { toRaw } from "../../src/cli/calcCore";
import { excelFunction, type FunctionRuntime } from "../../src/functions/adapter";
import { DEFAULT_STATE } from "../../src/functions/policySource";
import { CATALOGUE, DEFAULT_POLICY, exampleOf, findFunction, type CalcArg, type FunctionSpec } from "../../src/rules";
import { ensureFullBuild } from "../build/ensureBuild";
import { evaluateSection } from "./evaluate";
import { formsOpsSection, formsXlsxSection } from "./forms";

const ROOT = resolve(__dirname, "../..");
const PER_ROW_BUDGET_MS = 4000;
const WARM_UP_CALLS = 200;
const BATCH_LINES = 10_000;
/** Figures agree within this; a money figure may differ from a binary-float engine's by one cent. */
const TOLERANCE = 1e-9;
const CENT = 0.01;

export interface BenchOptions {
  /** Employees in the functions and HyperFormula sections. */
  rows: number;
  /** Group sizes in the ranking section. */
  rankSizes: readonly number[];
  /** Time every per-row call instead of estimating from PER_ROW_BUDGET_MS of them. */
  full: boolean;
}

export interface Table {
  columns: string[];
  rows: string[][];
  notes?: string[];
  /** Figures a test reads (test/bench/bench.test.ts). */
  facts?: Record<string, number | boolean>;
}

export interface Section {
  id: string;
  title(o: BenchOptions): string;
  run(o: BenchOptions): Table | Promise<Table>;
}

// ── Timing ───────────────────────────────────────────────────────────────────

function time(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

/** The fastest of a few runs after a warm-up: the least disturbed by the machine's other work. */
function best(f: () => unknown, runs = 3): number {
  f();
  return Math.min(...Array.from({ length: runs }, () => time(f)));
}

interface Loop { perCall: number; total: number; timed: number; estimated: boolean }

/** `n` calls of `call(i)`, or as many as fit in the budget, the total then estimated; after a warm-up. */
function timeCalls(n: number, call: (i: number) => unknown, o: BenchOptions): Loop {
  for (let i = 0; i < Math.min(n, WARM_UP_CALLS); i++) call(i);
  const start = performance.now();
  let i = 0;
  while (i < n && (o.full || performance.now() - start < PER_ROW_BUDGET_MS)) call(i++);
  const elapsed = performance.now() - start;
  return { perCall: elapsed / i, total: (elapsed / i) * n, timed: i, estimated: i < n };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const us = (x: number) => (x * 1000).toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`;
const total = (l: Loop) => `${ms(l.total)}${l.estimated ? ` (est. from ${l.timed})` : ""}`;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

// ── Calls as Excel makes them ────────────────────────────────────────────────

const runtime: FunctionRuntime = { policy: () => DEFAULT_STATE, lang: () => "zh-CN", error: (message) => ({ error: "#VALUE!", message }) };
const RANKED = new Set(["RANKBONUS", "RANKCHECK"]);

/** A deterministic roster of scores 0–100 with ties. */
const scoreOf = (i: number) => (i * 7919) % 101;
const columnOf = (n: number, value: (i: number) => unknown) => Array.from({ length: n }, (_, i) => [value(i)]);

/**
 * A function's worked example as n employees: `one(i)` the arguments of employee i's own
 * formula, `column` one call for all (the spill rule: a column per value parameter, a row
 * per employee for a row parameter, the rest shared). Ranking uses a real roster: the
 * score column is the group.
 */
function roster(spec: FunctionSpec, n: number): { one(i: number): unknown[]; column: unknown[] } {
  const example: (CalcArg | undefined)[] = [...exampleOf(spec).args];
  const scores = RANKED.has(spec.id) ? columnOf(n, scoreOf) : undefined;
  const perParam = spec.params.map((p, k) => {
    const a = example[k];
    if (a === undefined || a === null) return { one: () => null, column: null };
    if (scores && p.name === "score") return { one: (i: number) => [scores[i]], column: scores };
    if (scores && p.name === "allScores") return { one: () => scores, column: scores };
    if (p.shape.kind === "scalar") return { one: () => [[a]], column: columnOf(n, () => a) };
    const range = Array.isArray(a) ? toRaw(a) : [[a]];
    if (p.shape.spill !== "byRow") return { one: () => range, column: range };
    const rows = range as unknown[][];
    return { one: () => rows, column: Array.from({ length: n }, () => rows.flat()) };
  });
  return { one: (i) => perParam.map((q) => q.one(i)), column: perParam.map((q) => q.column) };
}

const spills = (result: unknown, n: number) => Array.isArray(result) && result.length === n;

// ── Sections ─────────────────────────────────────────────────────────────────

const functions: Section = {
  id: "functions",
  title: (o) => `Every function: one call per row vs one call for the column, ${o.rows.toLocaleString("en")} rows (through the custom-function adapter)`,
  run(o) {
    const rows: string[][] = [];
    let spilled = 0;
    for (const spec of CATALOGUE) {
      const fn = excelFunction(spec, runtime);
      const { one, column } = roster(spec, o.rows);
      const perRow = timeCalls(o.rows, (i) => fn(...one(i)), o);
      let result: unknown;
      const whole = best(() => { result = fn(...column); });
      if (!spills(result, o.rows)) {
        rows.push([spec.id, us(perRow.perCall), total(perRow), "—", "no parameter takes a roster"]);
        continue;
      }
      spilled++;
      rows.push([spec.id, us(perRow.perCall), total(perRow), ms(whole), ratio(perRow.total, whole)]);
    }
    return {
      columns: ["function", "per call (µs)", "one per row (ms)", "whole column (ms)", "row ÷ column"],
      rows,
      notes: [
        "Both in JavaScript, through the adapter, with Excel's argument shapes. Excel adds its own cost per call",
        "(scheduling, marshalling each call's arguments and result), paid once by the whole column.",
      ],
      facts: { spilled, functions: CATALOGUE.length },
    };
  },
};

const ranking: Section = {
  id: "ranking",
  title: () => "Ranking (H-4): a formula per row vs one call for the column",
  run(o) {
    const rows: string[][] = [];
    const facts: Record<string, number | boolean> = {};
    for (const id of RANKED) {
      const fn = excelFunction(findFunction(id)!, runtime);
      for (const n of o.rankSizes) {
        const scores = columnOf(n, scoreOf);
        const streaks = columnOf(n, (i) => i % 4);
        const perRow = timeCalls(n, (i) => fn([scores[i]], scores, ...(id === "RANKCHECK" ? [[streaks[i]]] : [])), o);
        let result: unknown[][] = [];
        const whole = best(() => { result = fn(scores, scores, ...(id === "RANKCHECK" ? [streaks] : [])) as unknown[][]; });
        const sample = [0, 1, Math.floor(n / 2), n - 1];
        const agree = sample.every((i) => JSON.stringify((fn([scores[i]], scores, ...(id === "RANKCHECK" ? [[streaks[i]]] : [])) as unknown[][])[0][0]) === JSON.stringify(result[i][0]));
        facts[`${id}@${n}`] = perRow.total / whole;
        facts[`${id}@${n} agree`] = agree;
        rows.push([id, n.toLocaleString("en"), total(perRow), ms(whole), ratio(perRow.total, whole), agree ? "yes" : "NO"]);
      }
    }
    return {
      columns: ["function", "employees", "a formula per row (ms)", "whole column (ms)", "row ÷ column", "same results"],
      rows,
      notes: ["Per row, each call reads the whole group (N² in all); the whole column reads and sorts it once (N log N). Target: ≥ 100× at 10,000."],
      facts,
    };
  },
};

const bundles: Section = {
  id: "bundles",
  title: () => "Bundles: gzip size of every built bundle (production build)",
  async run() {
    const dir = await ensureFullBuild();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { FUNCTIONS_BUDGET_GZIP } = require("../../scripts/build.js") as { FUNCTIONS_BUDGET_GZIP: number };
    const budgets: Record<string, number> = { "functions.js": FUNCTIONS_BUDGET_GZIP };
    const rows = readdirSync(dir).filter((f) => f.endsWith(".js")).sort().map((file) => {
      const bytes = readFileSync(join(dir, file));
      const gzip = gzipSync(bytes, { level: 9 }).length;
      const budget = budgets[file];
      return [file, kb(bytes.length), kb(gzip), budget ? `${kb(budget)} (${gzip <= budget ? "within" : "OVER"})` : "—"];
    });
    return { columns: ["bundle", "KB", "KB gzip", "budget, KB gzip"], rows, notes: ["The functions budget is a test: test/build/budget.test.ts."] };
  },
};

/** The same arithmetic as native formulas, with the policy's numbers (P-1) written into them as a form would name them. */
interface NativeCase { id: string; data(i: number): number[]; args: (string | null)[]; formula(row: number): string }

function nativeCases(): NativeCase[] {
  const v = DEFAULT_POLICY.values;
  const full = v["score.full"];
  return [
    { id: "MONTHLYSCORE", data: (i) => [60 + (i % 41), 70 + (i % 31)], args: ["A", "B"],
      formula: (r) => `=A${r}*${v["monthly.dailyWeight"]}+B${r}*${v["monthly.attendanceWeight"]}` },
    { id: "REVIEWSCORE", data: (i) => [50 + (i % 51), 40 + (i % 61)], args: ["A", "B"],
      formula: (r) => `=A${r}*${v["review.selfWeight"]}+B${r}*${v["review.managerWeight"]}` },
    { id: "PERFPAY", data: (i) => [1000 + (i % 97) * 10, 40 + (i % 61)], args: ["A", "B"],
      formula: (r) => `=ROUND(A${r}*B${r}/${full}*IF(B${r}<${v["perfPay.passScore"]},1-${v["perfPay.failCut"]},1),2)` },
    { id: "SALESPAY", data: (i) => [8000 + (i % 89) * 50, (i % 13) / 10, 50 + (i % 51)], args: ["A", "B", "C", null],
      formula: (r) => `=ROUND(A${r}*${v["salesPay.baseShare"]}+A${r}*${v["salesPay.planShare"]}*MIN(B${r},${v["salesPay.completionCap"]})+A${r}*${v["salesPay.dailyShare"]}*C${r}/${full},2)` },
    { id: "RANKBONUS", data: (i) => [scoreOf(i)], args: ["A", "A"],
      // The group's first and last place once, in two cells, as a sheet would.
      formula: (r) => `=IF($D$1=$D$2,0,IF(A${r}=$D$1,${v["ranking.firstBonus"]},IF(A${r}=$D$2,-${v["ranking.lastPenalty"]},0)))` },
  ];
}

const hyperformula: Section = {
  id: "hyperformula",
  title: (o) => `The same ${o.rows.toLocaleString("en")}-row arithmetic as native formulas in HyperFormula`,
  run(o) {
    const rows: string[][] = [];
    let mismatches = 0;
    let halfCents = 0;
    for (const c of nativeCases()) {
      const n = o.rows;
      const data = Array.from({ length: n }, (_, i) => c.data(i));
      const width = data[0].length;
      const sheet: (number | string)[][] = data.map((d, i) => [...d, c.formula(i + 1)]);
      if (c.id === "RANKBONUS") {
        sheet[0].push("", `=MAX($A$1:$A$${n})`);
        sheet[1].push("", `=MIN($A$1:$A$${n})`);
      }
      let theirs: unknown[][] = [];
      const hfMs = best(() => {
        const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
        theirs = hf.getSheetValues(0);
        hf.destroy();
      });
      const spec = findFunction(c.id)!;
      const fn = excelFunction(spec, runtime);
      const columns = c.args.map((a) => (a === null ? null : data.map((d) => [d[a.charCodeAt(0) - "A".charCodeAt(0)]])));
      // HyperFormula's results sit in the column after the data.
      let ours: unknown[][] = [];
      const ourMs = best(() => { ours = fn(...columns) as unknown[][]; });
      const perRow = timeCalls(n, (i) => fn(...columns.map((col) => (col ? [col[i]] : null))), o);
      const gaps = ours.map((row, i) => (typeof row[0] === "number" ? Math.abs(row[0] - (theirs[i][width] as number)) : Number.POSITIVE_INFINITY));
      const cents = gaps.filter((g) => Math.abs(g - CENT) < TOLERANCE).length;
      const other = gaps.filter((g) => g > TOLERANCE && Math.abs(g - CENT) >= TOLERANCE).length;
      mismatches += other;
      halfCents += cents;
      const same = other > 0 ? `${other} differ` : cents > 0 ? `yes, but ${cents} by a cent ¹` : "yes";
      rows.push([c.id, ms(hfMs), ms(ourMs), ratio(ourMs, hfMs), total(perRow), ratio(perRow.total, hfMs), same]);
    }
    return {
      columns: ["function", "HyperFormula (ms)", "ours, whole column (ms)", "ours ÷ theirs", "ours, per row (ms)", "ours ÷ theirs", "same figures"],
      rows,
      notes: [
        "HyperFormula: building the sheet (parsing every formula) and evaluating it. Ours: the custom functions, exact decimals (big.js) and a trace per result.",
        "Same figures: every row within 1e-9. ¹ Half-cent amounts (e.g. 8,779.425) that binary floating point rounds down;",
        "  ours round them half away from zero on the decimal value, as Excel's ROUND does (P-2).",
      ],
      facts: { mismatches, halfCents },
    };
  },
};

const calc: Section = {
  id: "calc",
  title: () => `calc: one call, and a ${BATCH_LINES.toLocaleString("en")}-line batch (a process each, through npm)`,
  run() {
    const call = (args: string[], input?: string) => {
      const start = performance.now();
      const r = spawnSync("npm", ["run", "-s", "calc", "--", ...args], { cwd: ROOT, encoding: "utf8", input, maxBuffer: 64 << 20 });
      if (r.status !== 0) throw new Error(r.stderr);
      return { ms: performance.now() - start, lines: r.stdout.trimEnd().split("\n").length };
    };
    const batch = Array.from({ length: BATCH_LINES }, (_, i) => {
      const f = CATALOGUE[i % CATALOGUE.length];
      return JSON.stringify([f.id, ...exampleOf(f).args]);
    }).join("\n");
    const single = call(["SALESPAY", "10000", "0.8", "90"]);
    const many = call(["--batch", "-"], batch);
    if (many.lines !== BATCH_LINES) throw new Error(`expected ${BATCH_LINES} result lines, got ${many.lines}`);
    return {
      columns: ["run", "ms", "target (issue 2)"],
      rows: [["one call", ms(single.ms), "< 2000"], [`batch of ${BATCH_LINES.toLocaleString("en")} lines`, ms(many.ms), "< 10000"]],
    };
  },
};

export const SECTIONS: readonly Section[] = [functions, ranking, bundles, hyperformula, calc, evaluateSection, formsOpsSection, formsXlsxSection];

// ── Printing ─────────────────────────────────────────────────────────────────

export function render(title: string, t: Table): string {
  const widths = t.columns.map((c, k) => Math.max(c.length, ...t.rows.map((r) => r[k].length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join("  ").trimEnd();
  return [`## ${title}`, "", line(t.columns), widths.map((w) => "-".repeat(w)).join("  "), ...t.rows.map(line), ...(t.notes ?? []).map((n) => `  ${n}`), ""].join("\n");
}

function options(argv: readonly string[]): BenchOptions & { only?: Set<string> } {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const rows = Number(get("--rows") ?? 10_000);
  if (!Number.isInteger(rows) || rows < 2) throw new Error("--rows needs a whole number ≥ 2");
  const only = get("--only");
  return { rows, rankSizes: [Math.min(1000, rows), rows], full: argv.includes("--full"), only: only ? new Set(only.split(",")) : undefined };
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  process.stdout.write(`Kaohe bench — node ${process.version}, ${cpus().length} CPU(s), load ${loadavg().map((l) => l.toFixed(1)).join(" ")}\n\n`);
  for (const s of SECTIONS) {
    if (o.only && !o.only.has(s.id)) continue;
    process.stdout.write(`${render(s.title(o), await s.run(o))}\n`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
