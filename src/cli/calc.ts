/**
 * `npm run -s calc -- [--lang zh-CN|zh-TW|en] [--explain] [--policy FILE] [--batch FILE|-] NAME ARG…`
 * Evaluates a catalogue function as Excel would call it (FUNCTIONS.md, "The calc command").
 */
import { readFileSync } from "node:fs";
import { evaluateLine, explainLines, parseCliArg, type CalcResult } from "./calcCore";
import { LANGS, type Lang, type Policy, DEFAULT_POLICY, loadPolicyText, formatProblem } from "../rules";

const USAGE = "usage: npm run -s calc -- [--lang zh-CN|zh-TW|en] [--explain] [--policy FILE] [--batch FILE|-] NAME ARG…";
const EXIT_USAGE = 2;
const FLUSH_LINES = 1024;

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(EXIT_USAGE);
}

function main(argv: string[]): number {
  let lang: Lang = "zh-CN";
  let explain = false;
  let policy: Policy = DEFAULT_POLICY;
  let batch: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (rest.length > 0) { rest.push(a); continue; }
    if (a === "--lang") {
      const v = argv[++i];
      if (!LANGS.includes(v as Lang)) usage(`unknown language ${v ?? "(missing)"}`);
      lang = v as Lang;
    } else if (a === "--explain") explain = true;
    else if (a === "--policy") {
      const file = argv[++i] ?? usage("--policy needs a FILE");
      let text: string;
      try { text = readFileSync(file, "utf8"); } catch (e) { return usage(`cannot read policy file ${file}: ${(e as Error).message}`); }
      const loaded = loadPolicyText(text);
      if (!loaded.ok) usage(loaded.problems.map((p) => formatProblem(p, lang)).join("\n"));
      policy = loaded.policy;
    } else if (a === "--batch") batch = argv[++i] ?? usage("--batch needs a FILE or -");
    else if (a === "--help" || a === "-h") { process.stdout.write(`${USAGE}\n`); return 0; }
    else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else rest.push(a);
  }
  const print = (r: CalcResult) => {
    process.stdout.write(`${r.line}\n`);
    if (explain) for (const l of explainLines(r, lang)) process.stdout.write(`  ${l}\n`);
  };
  if (batch !== undefined) {
    if (rest.length > 0) usage("--batch takes no NAME or ARGs");
    const text = readFileSync(batch === "-" ? 0 : batch, "utf8");
    let status = 0;
    const out: string[] = [];
    for (const raw of text.split(/\r?\n/)) {
      if (raw.trim() === "") continue;
      let parsed: unknown;
      try { parsed = JSON.parse(raw); } catch { parsed = undefined; }
      if (!Array.isArray(parsed) || typeof parsed[0] !== "string") {
        out.push(`#N/A not a JSON array ["NAME", arg, …]: ${raw}`);
        status = EXIT_USAGE;
        continue;
      }
      const r = evaluateLine(parsed[0], parsed.slice(1), policy, lang);
      if (r.usage) status = EXIT_USAGE;
      if (explain) { print(r); continue; }
      out.push(r.line);
      if (out.length >= FLUSH_LINES) { process.stdout.write(`${out.join("\n")}\n`); out.length = 0; }
    }
    if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
    return status;
  }
  if (rest.length === 0) usage("missing NAME");
  const r = evaluateLine(rest[0], rest.slice(1).map(parseCliArg), policy, lang);
  if (r.usage) usage(r.line);
  print(r);
  return 0;
}

const [, , ...cliArgs] = process.argv;
process.exitCode = main(cliArgs);
