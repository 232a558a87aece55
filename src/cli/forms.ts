/**
 * `npm run -s forms -- --lang zh-CN --out DIR [--paper A4|A3] [FORM…]`: one .xlsx per
 * form, each with the policy sheet (规则 / 規則 / Rules). No FORM = every form.
 * Each form is written to a temporary file beside its target, one after another, and
 * only when every one is complete are they renamed into place; existing files are kept
 * unless --force (./io). Any failure is one line on stderr, in the --lang asked for, and exit code 2.
 * A roster's rows are streamed into the file (the .xlsx writer's framed rosters), so
 * memory stays bounded up to Excel's sheet size.
 */
import { FORMS, FORM_IDS, isFormId, planForm, type FormId, type Paper } from "../forms";
import { DEFAULT_POLICY, LANGS, formatProblem, loadPolicyText, type Lang, type Policy } from "../rules";
import { EXCEL_MAX_ROWS } from "../rules/contract";
import { buildWorkbook, xlsxStream } from "../workbook/xlsxWriter";
import { CliError, UsageError, checkTargets, quotePath, readTextFile, runCli, writeStreamedFiles } from "./io";
import { cliText, oneOf, unknownLanguage, type CliText } from "./messages";

const EXIT_USAGE = 2;
const PAPERS: readonly Paper[] = ["A4", "A3"];

const USAGE = [
  `usage: forms [--lang ${LANGS.join("|")}] [--out DIR] [--rows N] [--paper ${PAPERS.join("|")}] [--force] [--policy FILE] [FORM…]`,
  `  --out DIR       folder for the .xlsx files (default forms-out); files already there are kept unless --force`,
  `  --rows N        blank rows of a roster form: decimal digits, 1 up to Excel's ${EXCEL_MAX_ROWS.toLocaleString("en")} rows less the form's other rows`,
  `  --paper A4|A3   paper to print on (default A4; A3 prints a wide roster on fewer pages)`,
  `  --force         replace files that already exist in DIR`,
  `  --policy FILE   a policy JSON, as for calc --policy`,
  `forms: ${FORM_IDS.join(", ")}`,
].join("\n");

function usage(text: CliText): never {
  throw new UsageError(text, USAGE);
}

function help(): never {
  process.stderr.write(`${USAGE}\n`);
  process.exit(EXIT_USAGE);
}

/** The most rows `id` can take: Excel's sheet less the form's rows above and below its roster (none for a fixed form). */
export function maxRows(id: FormId): number {
  if (id === "policy" || !FORMS[id].roster) return EXCEL_MAX_ROWS;
  const one = planForm(id, { lang: "zh-CN", count: 1 });
  const other = Math.max(...one.cells.map((c) => c.row)) - 1;
  return EXCEL_MAX_ROWS - other;
}

/** --rows: decimal digits only (no sign, spaces, exponent, hex or fraction), 1 … the smallest maxRows of the forms asked for. */
export function parseRows(text: string, forms: readonly FormId[]): number {
  const limit = Math.min(...forms.map(maxRows));
  if (!/^\d+$/.test(text)) usage(cliText("forms.rowsDigits", { limit, given: JSON.stringify(text) }));
  const n = Number(text);
  if (n < 1 || n > limit) usage(cliText("forms.rowsRange", { given: text, limit, sheetRows: EXCEL_MAX_ROWS.toLocaleString("en") }));
  return n;
}

export function parseArgs(argv: readonly string[]): { lang: Lang; out: string; rows?: number; paper: Paper; force: boolean; policyFile?: string; forms: FormId[] } {
  let lang: Lang = "zh-CN";
  let out = "forms-out";
  let rowsText: string | undefined;
  let paper: Paper = "A4";
  let force = false;
  let policyFile: string | undefined;
  const forms: FormId[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? usage(cliText("usage.needsValue", { option: a }));
    if (a === "--lang") { const l = next(); if (!(LANGS as readonly string[]).includes(l)) usage(unknownLanguage(l)); lang = l as Lang; }
    else if (a === "--out") out = next();
    else if (a === "--rows") rowsText = next();
    else if (a === "--paper") { const p = next(); if (!(PAPERS as readonly string[]).includes(p)) usage(cliText("forms.unknownPaper", { paper: p, allowed: oneOf(PAPERS) })); paper = p as Paper; }
    else if (a === "--force") force = true;
    else if (a === "--policy") policyFile = next();
    else if (a === "-h" || a === "--help") help();
    else if (isFormId(a)) forms.push(a);
    else usage(cliText("forms.unknownArg", { given: a }));
  }
  const chosen = forms.length > 0 ? forms : [...FORM_IDS];
  const rows = rowsText === undefined ? undefined : parseRows(rowsText, chosen);
  return { lang, out, rows, paper, force, policyFile, forms: chosen };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  let policy: Policy = DEFAULT_POLICY;
  if (args.policyFile) {
    const loaded = loadPolicyText(readTextFile(args.policyFile));
    if (!loaded.ok) throw new CliError(cliText("io.policyFile", { path: quotePath(args.policyFile), problems: loaded.problems.map((p) => formatProblem(p, args.lang)).join("; ") }));
    policy = loaded.policy;
  }
  const names = args.forms.map((id) => `${id}.${args.lang}.xlsx`);
  checkTargets(args.out, names, { force: args.force }); // before the slow part
  const files = args.forms.map((id, i) => ({
    name: names[i],
    stream: () => xlsxStream(buildWorkbook(id === "policy" ? [] : [planForm(id, { lang: args.lang, policy, count: args.rows, paper: args.paper })], { lang: args.lang, policy, title: id })),
  }));
  for (const path of await writeStreamedFiles(args.out, files, { force: args.force })) process.stdout.write(`${path}\n`);
  return 0;
}

if (process.argv[1] && /forms\.ts$/.test(process.argv[1])) {
  const [, , ...argv] = process.argv; // node, script, arguments…
  runCli("forms", argv, main);
}
