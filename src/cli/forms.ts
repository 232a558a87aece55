/**
 * `npm run -s forms -- --lang zh-CN --out DIR [FORM…]`: one .xlsx per form, each
 * with the policy sheet (规则 / 規則 / Rules). No FORM = every form.
 * Every form is built before anything is written; existing files are kept
 * unless --force; each file goes to a temporary file beside it and is renamed
 * into place (./io). Any failure is one line on stderr and exit code 2.
 */
import { FORMS, FORM_IDS, isFormId, type FormId } from "../forms";
import { DEFAULT_POLICY, LANGS, formatProblem, loadPolicyText, type Lang, type Policy } from "../rules";
import { EXCEL_MAX_ROWS } from "../rules/contract";
import { formXlsxBuffer } from "../workbook/xlsxWriter";
import { CliError, checkTargets, quotePath, readTextFile, runCli, writeFiles, type OutFile } from "./io";

const EXIT_USAGE = 2;
/**
 * The most rows --rows builds. The .xlsx is built in memory (ExcelJS), about
 * 0.1 MB a row for the widest form (salesMonthly: 5,000 rows ≈ 0.5 GB, 6 s),
 * so larger requests are refused up front instead of running out of memory;
 * Excel's own limit (1,048,576 rows less the form's header rows) needs a
 * streaming writer.
 */
export const MAX_FORM_ROWS = 5000;

const USAGE = [
  `usage: forms [--lang ${LANGS.join("|")}] [--out DIR] [--rows N] [--force] [--policy FILE] [FORM…]`,
  `  --out DIR       folder for the .xlsx files (default forms-out); files already there are kept unless --force`,
  `  --rows N        blank rows of a roster form: decimal digits, 1–${MAX_FORM_ROWS} (each form is built in memory, about 0.1 MB a row; Excel's sheet would allow up to 1,048,576 rows less the header)`,
  `  --force         replace files that already exist in DIR`,
  `  --policy FILE   a policy JSON, as for calc --policy`,
  `forms: ${FORM_IDS.join(", ")}`,
].join("\n");

function usage(msg?: string): never {
  if (msg) process.stderr.write(`${msg}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(EXIT_USAGE);
}

/** The most blank rows `id` can take: the memory bound, and Excel's sheet less the form's header rows. */
export function maxRows(id: FormId): number {
  const first = id === "policy" ? undefined : FORMS[id].roster?.firstRow;
  return first === undefined ? MAX_FORM_ROWS : Math.min(MAX_FORM_ROWS, EXCEL_MAX_ROWS - (first - 1));
}

/** --rows: decimal digits only (no sign, spaces, exponent, hex or fraction), 1 … the smallest maxRows of the forms asked for. */
export function parseRows(text: string, forms: readonly FormId[]): number {
  if (!/^\d+$/.test(text)) usage(`--rows takes a whole number written in digits (1–${MAX_FORM_ROWS}); got ${JSON.stringify(text)}`);
  const n = Number(text);
  const limit = Math.min(...forms.map(maxRows));
  if (n < 1 || n > limit) usage(`--rows ${text} is out of range: 1–${limit} rows (a larger form does not fit in memory here; see --rows below)`);
  return n;
}

export function parseArgs(argv: readonly string[]): { lang: Lang; out: string; rows?: number; force: boolean; policyFile?: string; forms: FormId[] } {
  let lang: Lang = "zh-CN";
  let out = "forms-out";
  let rowsText: string | undefined;
  let force = false;
  let policyFile: string | undefined;
  const forms: FormId[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === "--lang") { const l = next(); if (!(LANGS as readonly string[]).includes(l)) usage(`unknown language ${l}`); lang = l as Lang; }
    else if (a === "--out") out = next();
    else if (a === "--rows") rowsText = next();
    else if (a === "--force") force = true;
    else if (a === "--policy") policyFile = next();
    else if (a === "-h" || a === "--help") usage();
    else if (isFormId(a)) forms.push(a);
    else usage(`unknown form or option ${a}`);
  }
  const chosen = forms.length > 0 ? forms : [...FORM_IDS];
  const rows = rowsText === undefined ? undefined : parseRows(rowsText, chosen);
  return { lang, out, rows, force, policyFile, forms: chosen };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  let policy: Policy = DEFAULT_POLICY;
  if (args.policyFile) {
    const loaded = loadPolicyText(readTextFile(args.policyFile));
    if (!loaded.ok) throw new CliError(`policy file ${quotePath(args.policyFile)}: ${loaded.problems.map((p) => formatProblem(p, args.lang)).join("; ")}`);
    policy = loaded.policy;
  }
  const names = args.forms.map((id) => `${id}.${args.lang}.xlsx`);
  checkTargets(args.out, names, { force: args.force }); // before the slow part
  const files: OutFile[] = [];
  for (const [i, id] of args.forms.entries()) {
    files.push({ name: names[i], bytes: await formXlsxBuffer(id, { lang: args.lang, policy, count: args.rows }) });
  }
  for (const path of writeFiles(args.out, files, { force: args.force })) process.stdout.write(`${path}\n`);
  return 0;
}

if (process.argv[1] && /forms\.ts$/.test(process.argv[1])) {
  const [, , ...argv] = process.argv; // node, script, arguments…
  runCli("forms", () => main(argv));
}
