/**
 * The testable heart of `evaluate` (EVALUATION.md, "The evaluate command"):
 * arguments, reading the files, the month through src/cycle, the workbook, the
 * output lines. No process access here; evaluate.ts writes the file and exits.
 */
import { existsSync, readFileSync } from "node:fs";
import {
  carryForward, evaluateMonth, finalizeMonth, localDateTime, logSheetPlan, mergeTables, monthSheetPlan, payListPlan,
  previousMonth, readTable, SCHEME_IDS, SCHEMES, summarySheetPlan, isSchemeId, MONTH_PATTERN,
  type Employee, type Exclusion, type MonthResult, type Origin, type Previous, type ReadProblem, type ReadTable, type SchemeId,
} from "../cycle";
import { DEFAULT_POLICY, LANGS, formatProblem, loadPolicyText, type Lang, type Policy } from "../rules";
import { buildWorkbook, xlsxBuffer } from "../workbook/xlsxWriter";
import { formatOf, readTableFile, type FileGrid } from "./evaluateIo";
import { decodeText, fileProblem } from "./io";
import { cliText, langOf, renderCli, unknownLanguage, type CliArg, type CliMessageKey, type CliText } from "./messages";

export const EXIT_USAGE = 2;

export const USAGE = [
  "usage: npm run -s evaluate -- --scheme SCHEME --month YYYY-MM --roster FILE [--inputs FILE] [--previous FILE]",
  "         [--policy FILE] [--lang zh-CN|zh-TW|en] [--by NAME] [--finalize] [--exclude ID=REASON]… --out FILE.xlsx [--json]",
  "       npm run -s evaluate -- --template SCHEME [--lang zh-CN|zh-TW|en]",
  `schemes: ${SCHEME_IDS.join(", ")}; FILE: .csv (UTF-8 or GB18030) or .xlsx (first sheet)`,
].join("\n");

const t = (key: CliMessageKey, lang: Lang, args: Record<string, CliArg> = {}) => renderCli(cliText(key, args), lang);

export interface EvaluateArgs {
  scheme?: string;
  month?: string;
  roster?: string;
  inputs?: string;
  previous?: string;
  policy?: string;
  lang: Lang;
  by?: string;
  finalize: boolean;
  exclude: Exclusion[];
  out?: string;
  json: boolean;
  template?: string;
  help: boolean;
}

/** Parse the options; a malformed command line comes back as a usage message, in the language `langOf(argv)`. */
export function parseEvaluateArgs(argv: readonly string[]): EvaluateArgs | { usage: string } {
  const refuse = (text: CliText) => ({ usage: renderCli(text, langOf(argv)) });
  const a: EvaluateArgs = { lang: "zh-CN", finalize: false, exclude: [], json: false, help: false };
  const valued = new Set(["--scheme", "--month", "--roster", "--inputs", "--previous", "--policy", "--lang", "--by", "--out", "--template", "--exclude"]);
  for (let i = 0; i < argv.length; i++) {
    const opt = argv[i];
    if (opt === "--finalize") { a.finalize = true; continue; }
    if (opt === "--json") { a.json = true; continue; }
    if (opt === "--help" || opt === "-h") { a.help = true; continue; }
    if (!valued.has(opt)) return refuse(cliText("usage.unknownOption", { option: opt }));
    const v = argv[++i];
    if (v === undefined) return refuse(cliText("usage.needsValue", { option: opt }));
    switch (opt) {
      case "--lang":
        if (!(LANGS as readonly string[]).includes(v)) return refuse(unknownLanguage(v));
        a.lang = v as Lang;
        break;
      case "--exclude": {
        const eq = v.indexOf("=");
        a.exclude.push(eq < 0 ? { id: v, reason: "" } : { id: v.slice(0, eq).trim(), reason: v.slice(eq + 1) });
        break;
      }
      default: a[opt.slice("--".length) as "scheme" | "month" | "roster" | "inputs" | "previous" | "policy" | "by" | "out" | "template"] = v;
    }
  }
  return a;
}

export interface RunOutput {
  code: number;
  stdout: string[];
  stderr: string[];
  /** The workbook to write to `path` (never over an existing file). */
  file?: { path: string; bytes: Buffer };
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** --template: the inputs header row (ID, name, department, the scheme's inputs) as CSV. */
export function templateLine(scheme: SchemeId, lang: Lang): string {
  const s = SCHEMES[scheme];
  return ["id", "name", "dept", ...s.inputs.map((i) => i.column)].map((k) => csvField(s.headers[k][lang])).join(",");
}

interface Located { file: string; row: number; col: number; message: string }
const line = (p: Located) => `${p.file}:${p.row}:${p.col}: ${p.message}`;

/** A file's first sheet (or, for --previous, the scheme's month sheet) read as a table. */
async function readFileTable(file: string, scheme: SchemeId, lang: Lang, pickMonthSheet: boolean): Promise<ReadTable | Located> {
  if (!formatOf(file)) return { file, row: 1, col: 1, message: t("evaluate.format", lang) };
  let sheets: FileGrid[];
  try { sheets = await readTableFile(file); } catch (e) { return { file, row: 1, col: 1, message: t("evaluate.unreadable", lang, { reason: fileProblem(e) }) }; }
  const read = (g: FileGrid) => readTable(g.grid, scheme, { lang, source: file, rowNumbers: g.rowNumbers });
  if (!pickMonthSheet) return read(sheets[0] ?? { grid: [], rowNumbers: [] });
  const inputColumns = SCHEMES[scheme].inputs.map((i) => i.column);
  for (const g of sheets) {
    const table = read(g);
    if (table.headerRow > 0 && inputColumns.some((c) => table.columns[c] !== undefined)) return table;
  }
  return { file, row: 1, col: 1, message: t("evaluate.noSheet", lang, { scheme: SCHEMES[scheme].name[lang] }) };
}

const located = (p: ReadProblem<string>): Located => ({ file: p.source, row: p.at.row, col: p.at.col, message: p.message });

/** Last month from an earlier --out (or that workbook edited in Excel): its inputs, recomputed through the core. */
async function readPrevious(file: string, scheme: SchemeId, month: string, lang: Lang, policy: Policy): Promise<Previous | Located[]> {
  const table = await readFileTable(file, scheme, lang, true);
  if ("message" in table) return [table];
  const merged = mergeTables(table, undefined, scheme, lang);
  if (merged.problems.length > 0) return merged.problems.map(located);
  // Its own carry-forward column (the streak before it) comes with the employees.
  return carryForward(evaluateMonth(merged.employees, { scheme, month: previousMonth(month), lang, policy }));
}

/** Input problems of the month as file positions (the input's cell, else the employee's ID cell). */
function monthProblems(month: MonthResult, employees: readonly Employee[]): Located[] {
  const byId = new Map(employees.map((e) => [e.id, e]));
  const out: Located[] = [];
  for (const r of month.rows) {
    for (const p of r.problems) {
      if (p.code === "missing") continue;
      const o: Origin | undefined = byId.get(r.id)?.origin?.values[p.key] ?? byId.get(r.id)?.origin?.id;
      if (o) out.push({ file: o.source, row: o.at.row, col: o.at.col, message: `${r.id}: ${p.rule}: ${p.message}` });
    }
  }
  return out;
}

/** One JSON line per employee, in roster order, then the summary (numbers as calc prints them; incomplete results null). */
export function jsonLines(month: MonthResult): string[] {
  const scheme = SCHEMES[month.scheme];
  return [
    ...month.rows.map((r) => JSON.stringify({
      id: r.id, name: r.name, dept: r.dept,
      ...Object.fromEntries(scheme.results.map((d) => [d.key, r.results[d.key]])),
      flags: r.flags.map((f) => f.text), complete: r.complete,
    })),
    JSON.stringify({ summary: month.summary }),
  ];
}

/** Run the command: what to print, the exit code, and the workbook to write. */
export async function runEvaluate(a: EvaluateArgs, now: Date): Promise<RunOutput> {
  const lang = a.lang;
  const fail = (lines: string[]): RunOutput => ({ code: EXIT_USAGE, stdout: [], stderr: lines });
  if (a.help) return { code: 0, stdout: [USAGE], stderr: [] };
  if (a.template !== undefined) {
    if (!isSchemeId(a.template)) return fail([t("evaluate.unknownScheme", lang, { scheme: a.template, all: SCHEME_IDS.join(", ") }), USAGE]);
    return { code: 0, stdout: [templateLine(a.template, lang)], stderr: [] };
  }
  const missing = (["--scheme", "--month", "--roster", "--out"] as const).filter((o) => a[o.slice("--".length) as "scheme"] === undefined);
  if (missing.length > 0) return fail([...missing.map((option) => t("evaluate.needs", lang, { option })), USAGE]);
  const scheme = a.scheme!;
  if (!isSchemeId(scheme)) return fail([t("evaluate.unknownScheme", lang, { scheme, all: SCHEME_IDS.join(", ") })]);
  if (!MONTH_PATTERN.test(a.month!)) return fail([t("evaluate.badMonth", lang, { month: a.month! })]);
  if (formatOf(a.out!) !== "xlsx") return fail([t("evaluate.notXlsx", lang)]);
  if (existsSync(a.out!)) return fail([t("evaluate.exists", lang, { file: a.out! })]);
  if (a.finalize && (a.by === undefined || a.by.trim() === "")) return fail([t("evaluate.finalizeNeedsBy", lang)]);
  const badExclude = a.exclude.find((x) => x.id === "" || x.reason.trim() === "");
  if (badExclude) return fail([t("evaluate.badExclude", lang, { given: `${badExclude.id}=${badExclude.reason}` })]);

  let policy: Policy = DEFAULT_POLICY;
  if (a.policy !== undefined) {
    let text: string;
    try { text = decodeText(readFileSync(a.policy)).text; } catch (e) { return fail([line({ file: a.policy, row: 1, col: 1, message: t("evaluate.unreadable", lang, { reason: fileProblem(e) }) })]); }
    const loaded = loadPolicyText(text);
    if (!loaded.ok) return fail(loaded.problems.map((p) => `${a.policy}: ${formatProblem(p, lang)}`));
    policy = loaded.policy;
  }

  const roster = await readFileTable(a.roster!, scheme, lang, false);
  const inputs = a.inputs === undefined ? undefined : await readFileTable(a.inputs, scheme, lang, false);
  const unread = [roster, inputs].filter((x): x is Located => x !== undefined && "message" in x);
  if (unread.length > 0) return fail(unread.map(line));
  const merged = mergeTables(roster as ReadTable, inputs as ReadTable | undefined, scheme, lang);
  const warnings = merged.warnings.map((w) => line({ ...located(w), message: `${t("evaluate.warning", lang)}${lang === "en" ? ": " : "："}${w.message}` }));
  let previous: Previous | undefined;
  if (a.previous !== undefined) {
    const p = await readPrevious(a.previous, scheme, a.month!, lang, policy);
    if (Array.isArray(p)) return fail([...warnings, ...p.map(line)]);
    previous = p;
  }
  const month = evaluateMonth(merged.employees, { scheme, month: a.month!, lang, policy, previous });
  const problems = [...merged.problems.map(located), ...monthProblems(month, merged.employees)]
    .sort((x, y) => x.file.localeCompare(y.file) || x.row - y.row || x.col - y.col);
  if (problems.length > 0) return fail([...warnings, ...problems.map(line)]);

  const at = localDateTime(now);
  let final: ReturnType<typeof finalizeMonth> | undefined;
  if (a.finalize) {
    final = finalizeMonth(month, { excluded: a.exclude, by: a.by!, at });
    if (!final.ok) {
      const byId = new Map(merged.employees.map((e) => [e.id, e]));
      return fail([...warnings, ...final.problems.map((p) => {
        const e = p.id === undefined ? undefined : byId.get(p.id);
        const o = (p.key === undefined ? undefined : e?.origin?.values[p.key]) ?? e?.origin?.id;
        return o ? line({ file: o.source, row: o.at.row, col: o.at.col, message: p.message }) : p.message;
      })]);
    }
  }
  const finalized = final?.ok ? final : undefined;
  const plans = [
    monthSheetPlan(month, { evaluator: a.by, locked: finalized !== undefined }),
    summarySheetPlan(month, at),
    ...(SCHEMES[scheme].money.length > 0 ? [payListPlan(month, finalized && { rows: finalized.payList, log: finalized.log })] : []),
    logSheetPlan(finalized ? [finalized.log] : [], lang, policy),
  ];
  const bytes = await xlsxBuffer(buildWorkbook(plans, { lang, policy, title: plans[0].name }));
  return {
    code: 0,
    stdout: a.json ? jsonLines(month) : [a.out!],
    stderr: warnings,
    file: { path: a.out!, bytes },
  };
}
