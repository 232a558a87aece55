/**
 * `npm run -s forms -- --lang zh-CN --out DIR [FORM…]`: one .xlsx per form, each
 * with the policy sheet (规则 / 規則 / Rules). No FORM = every form.
 * Options: --lang zh-CN|zh-TW|en (default zh-CN), --out DIR (default ./forms-out),
 * --rows N (blank rows of a roster form), --policy FILE (a policy JSON, as `calc --policy`).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FORM_IDS, isFormId, type FormId } from "../forms";
import { DEFAULT_POLICY, LANGS, formatProblem, loadPolicyText, type Lang, type Policy } from "../rules";
import { formXlsxBuffer } from "../workbook/xlsxWriter";

const EXIT_USAGE = 2;

function usage(msg?: string): never {
  if (msg) process.stderr.write(`${msg}\n`);
  process.stderr.write(`usage: forms [--lang ${LANGS.join("|")}] [--out DIR] [--rows N] [--policy FILE] [FORM…]\nforms: ${FORM_IDS.join(", ")}\n`);
  process.exit(EXIT_USAGE);
}

export function parseArgs(argv: readonly string[]): { lang: Lang; out: string; rows?: number; policyFile?: string; forms: FormId[] } {
  let lang: Lang = "zh-CN";
  let out = "forms-out";
  let rows: number | undefined;
  let policyFile: string | undefined;
  const forms: FormId[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === "--lang") { const l = next(); if (!(LANGS as readonly string[]).includes(l)) usage(`unknown language ${l}`); lang = l as Lang; }
    else if (a === "--out") out = next();
    else if (a === "--rows") { rows = Number(next()); if (!Number.isInteger(rows) || rows < 1) usage("--rows takes a whole number ≥ 1"); }
    else if (a === "--policy") policyFile = next();
    else if (a === "-h" || a === "--help") usage();
    else if (isFormId(a)) forms.push(a);
    else usage(`unknown form or option ${a}`);
  }
  return { lang, out, rows, policyFile, forms: forms.length > 0 ? forms : [...FORM_IDS] };
}

async function main(): Promise<void> {
  const [, , ...argv] = process.argv; // node, script, arguments…
  const args = parseArgs(argv);
  let policy: Policy = DEFAULT_POLICY;
  if (args.policyFile) {
    const loaded = loadPolicyText(readFileSync(args.policyFile, "utf8"));
    if (!loaded.ok) usage(loaded.problems.map((p) => formatProblem(p, args.lang)).join("\n"));
    policy = loaded.policy;
  }
  mkdirSync(args.out, { recursive: true });
  for (const id of args.forms) {
    const file = join(args.out, `${id}.${args.lang}.xlsx`);
    writeFileSync(file, await formXlsxBuffer(id, { lang: args.lang, policy, count: args.rows }));
    process.stdout.write(`${file}\n`);
  }
}

if (process.argv[1] && /forms\.ts$/.test(process.argv[1])) {
  main().catch((e: unknown) => { process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`); process.exit(1); });
}
