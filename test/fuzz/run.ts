/**
 * `npm run fuzz -- [--cases N] [--seed S]`: the fuzz suite's properties
 * (./harness) over N random cases in each layer — the core `invoke`, the
 * custom-function adapter and `calc --batch` (child processes of CHUNK lines) —
 * spread over every catalogue function. Prints the cases run, the failures and
 * the cases per second of each layer; exits 1 on any failure.
 */
import fc from "fast-check";
import { runTool } from "../cli/run";
import { DEFAULT_SEED, adapterProblems, allCases, batchLine, batchProblems, coreProblems, type Case } from "./harness";

const CHUNK = 10_000;
const SHOW_FAILURES = 5;

function option(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const text = argv[i + 1] ?? "";
  if (!/^\d+$/.test(text)) { process.stderr.write(`${name} takes a whole number; got ${JSON.stringify(text)}\n`); process.exit(2); }
  return Number(text);
}

interface Tally { layer: string; cases: number; failures: number; ms: number; examples: string[] }

function tally(layer: string): Tally {
  return { layer, cases: 0, failures: 0, ms: 0, examples: [] };
}

function record(t: Tally, problems: readonly string[], what: () => string): void {
  if (problems.length === 0) return;
  t.failures++;
  if (t.examples.length < SHOW_FAILURES) t.examples.push(`${what()}: ${problems.join("; ").slice(0, 2000)}`);
}

function inProcess(layer: string, check: (c: Case) => string[], total: number, seed: number): Tally {
  const t = tally(layer);
  for (let done = 0, chunk = 0; done < total; chunk++) {
    const cases = fc.sample(allCases, { seed: seed + chunk, numRuns: Math.min(CHUNK, total - done) });
    const start = performance.now();
    for (const c of cases) record(t, check(c), () => `${c.spec.id} [${c.lang}]`);
    t.ms += performance.now() - start;
    t.cases += cases.length;
    done += cases.length;
  }
  return t;
}

function batch(total: number, seed: number): Tally {
  const t = tally("calc --batch");
  for (let done = 0, chunk = 0; done < total; chunk++) {
    const lines = fc.sample(batchLine, { seed: seed + chunk, numRuns: Math.min(CHUNK, total - done) });
    const start = performance.now();
    const run = runTool("calc", ["--lang", "en", "--batch", "-"], `${lines.join("\n")}\n`);
    t.ms += performance.now() - start;
    const problems = batchProblems(lines, run);
    t.failures += problems.length;
    t.examples.push(...problems.slice(0, SHOW_FAILURES - t.examples.length));
    t.cases += lines.length;
    done += lines.length;
  }
  return t;
}

function main(argv: readonly string[]): number {
  const cases = option(argv, "--cases", CHUNK);
  const seed = option(argv, "--seed", DEFAULT_SEED);
  process.stdout.write(`fuzz: ${cases} cases in each layer, seed ${seed}\n`);
  const layers = [() => inProcess("core invoke", coreProblems, cases, seed), () => inProcess("adapter", adapterProblems, cases, seed), () => batch(cases, seed)];
  const tallies: Tally[] = [];
  for (const layer of layers) {
    const t = layer();
    tallies.push(t);
    const rate = t.ms > 0 ? Math.round(t.cases / (t.ms / 1000)) : t.cases;
    process.stdout.write(`${t.layer.padEnd(14)} ${String(t.cases).padStart(9)} cases  ${String(t.failures).padStart(5)} failures  ${String(rate).padStart(8)} cases/s\n`);
    for (const e of t.examples) process.stdout.write(`  ✗ ${e}\n`);
  }
  const failures = tallies.reduce((n, t) => n + t.failures, 0);
  const all = tallies.reduce((n, t) => n + t.cases, 0);
  process.stdout.write(`total          ${String(all).padStart(9)} cases  ${String(failures).padStart(5)} failures\n`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
