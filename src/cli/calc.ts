/**
 * `npm run -s calc -- [--lang zh-CN|zh-TW|en] [--explain] [--policy FILE] [--batch FILE|-] NAME ARG…`
 * Evaluates a catalogue function as Excel would call it (FUNCTIONS.md, "The calc command").
 * Every option is read before the policy is loaded, so its problems come out in the --lang given anywhere;
 * so do usage and file failures (./messages).
 * Files may be UTF-8 (with or without a BOM), UTF-16 or GB18030 (./io).
 */
import { batchLines, evaluateLine, explainLines, parseCliArg, type CalcResult } from "./calcCore";
import { CliError, UsageError, quotePath, readTextFile, runCli } from "./io";
import { cliText, unknownLanguage, type CliText } from "./messages";
import { LANGS, type Lang, type Policy, DEFAULT_POLICY, loadPolicyText, formatProblem } from "../rules";

const USAGE = "usage: npm run -s calc -- [--lang zh-CN|zh-TW|en] [--explain] [--policy FILE] [--batch FILE|-] NAME ARG…";
const EXIT_USAGE = 2;
const FLUSH_LINES = 1024;

function usage(text: CliText | string): never {
  throw new UsageError(text, USAGE);
}

interface Options { lang: Lang; explain: boolean; policyFile?: string; batch?: string; rest: string[] }

function parseOptions(argv: readonly string[]): Options {
  const o: Options = { lang: "zh-CN", explain: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (o.rest.length > 0) { o.rest.push(a); continue; }
    if (a === "--lang") {
      const v = argv[++i] ?? usage(cliText("usage.needsValue", { option: a }));
      if (!LANGS.includes(v as Lang)) usage(unknownLanguage(v));
      o.lang = v as Lang;
    } else if (a === "--explain") o.explain = true;
    else if (a === "--policy") o.policyFile = argv[++i] ?? usage(cliText("calc.policyNeedsFile"));
    else if (a === "--batch") o.batch = argv[++i] ?? usage(cliText("calc.batchNeedsFile"));
    else if (a === "--help" || a === "-h") { process.stdout.write(`${USAGE}\n`); process.exit(0); }
    else if (a.startsWith("--")) usage(cliText("usage.unknownOption", { option: a }));
    else o.rest.push(a);
  }
  return o;
}

function loadPolicy(file: string, lang: Lang): Policy {
  const loaded = loadPolicyText(readTextFile(file));
  if (!loaded.ok) throw new CliError(cliText("io.policyFile", { path: quotePath(file), problems: loaded.problems.map((p) => formatProblem(p, lang)).join("; ") }));
  return loaded.policy;
}

function main(argv: readonly string[]): number {
  const { lang, explain, policyFile, batch, rest } = parseOptions(argv);
  if (batch !== undefined && rest.length > 0) usage(cliText("calc.batchWithArgs"));
  if (batch === undefined && rest.length === 0) usage(cliText("calc.missingName"));
  const policy: Policy = policyFile === undefined ? DEFAULT_POLICY : loadPolicy(policyFile, lang);
  const shown = (r: CalcResult) => [r.line, ...(explain ? explainLines(r, lang).map((l) => `  ${l}`) : [])];

  if (batch !== undefined) {
    const text = readTextFile(batch);
    let status = 0;
    const out: string[] = [];
    for (const r of batchLines(text, policy, lang)) {
      if (r.usage) status = EXIT_USAGE;
      out.push(...shown(r));
      if (out.length >= FLUSH_LINES) { process.stdout.write(`${out.join("\n")}\n`); out.length = 0; }
    }
    if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
    return status;
  }
  const r = evaluateLine(rest[0], rest.slice(1).map(parseCliArg), policy, lang);
  if (r.usage) usage(r.line);
  process.stdout.write(`${shown(r).join("\n")}\n`);
  return 0;
}

const [, , ...cliArgs] = process.argv; // node, script, arguments…
runCli("calc", cliArgs, main);
