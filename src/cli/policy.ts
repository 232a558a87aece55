/**
 * `npm run -s policy -- export FILE [--from WORKBOOK.xlsx]` writes a policy file
 * (the `calc --policy` JSON): the defaults, or the policy of a workbook's
 * policy sheet. `npm run -s policy -- check FILE…` checks policy files (.json)
 * or workbooks (.xlsx) with the same validator as the add-in: each problem
 * prints as `FILE: key (cell): message`, and any problem exits 2.
 * Options: --lang zh-CN|zh-TW|en (messages and failures; default zh-CN); --force replaces an existing
 * FILE (never replaced otherwise). FILE "-" is stdout.
 */
import { basename, dirname } from "node:path";
import ExcelJS from "exceljs";
import {
  DEFAULT_POLICY, LANGS, choosePolicySheet, loadPolicyText, policyCandidates, policyToJson, problemMessage,
  type Lang, type PolicyLoad, type PolicyProblem, type SheetRows,
} from "../rules";
import { CliError, UsageError, readBytes, readTextFile, runCli, writeFiles } from "./io";
import { cliText, renderCli, unknownLanguage, type CliText } from "./messages";

const EXIT_USAGE = 2;
const USAGE = "usage: npm run -s policy -- [--lang zh-CN|zh-TW|en] export FILE [--from WORKBOOK.xlsx] [--force] | check FILE…";

/** A cell as Office.js would hand it: formula results, rich text as text, dates kept. */
function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("result" in v) return cellValue(v.result as ExcelJS.CellValue);
  if ("formula" in v || "sharedFormula" in v) return null;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v) return (v as { text: string }).text;
  if ("error" in v) return (v as { error: string }).error;
  return null;
}

/** The rows (from A1) of every sheet that may hold the policy. */
export async function workbookPolicySheets(bytes: Buffer): Promise<SheetRows[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const byName = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  return policyCandidates([...byName.keys()]).map((name) => {
    const rows: unknown[][] = [];
    byName.get(name)!.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => { cells[c - 1] = cellValue(cell.value); });
      rows[r - 1] = Array.from(cells, (x) => x ?? null);
    });
    return { sheet: name, rows: Array.from(rows, (x) => x ?? []) };
  });
}

/** The policy of a file: a policy JSON, or the policy sheet of an .xlsx workbook. */
export async function loadPolicyFile(path: string): Promise<PolicyLoad> {
  if (/\.xlsx$/i.test(path)) {
    const { found, ignored } = choosePolicySheet(await workbookPolicySheets(Buffer.from(readBytes(path))));
    if (found) return found.content.load;
    return { ok: false, problems: [{ key: "(sheet)", code: "notPolicySheet", args: { sheet: ignored[0] ?? "规则 / 規則 / Rules" } }] };
  }
  return loadPolicyText(readTextFile(path));
}

/** "FILE: key (cell): message" */
export function problemLine(file: string, p: PolicyProblem, lang: Lang): string {
  const subject = p.key === "(file)" || p.key === "(sheet)" ? "" : `${p.key}${p.path ?? ""}${p.cell ? ` (${p.cell})` : ""}: `;
  return `${file}: ${subject}${problemMessage(p, lang)}`;
}

function usage(text: CliText): never {
  throw new UsageError(text, USAGE);
}

async function main(argv: readonly string[]): Promise<number> {
  let lang: Lang = "zh-CN";
  let from: string | undefined;
  let force = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang") {
      const v = argv[++i] ?? usage(cliText("usage.needsValue", { option: a }));
      if (!LANGS.includes(v as Lang)) usage(unknownLanguage(v));
      lang = v as Lang;
    } else if (a === "--from") from = argv[++i] ?? usage(cliText("policy.fromNeedsWorkbook"));
    else if (a === "--force") force = true;
    else if (a === "--help" || a === "-h") { process.stdout.write(`${USAGE}\n`); return 0; }
    else if (a.startsWith("--")) usage(cliText("usage.unknownOption", { option: a }));
    else rest.push(a);
  }
  const [command, ...files] = rest;
  if (command === "export") {
    if (files.length !== 1) usage(cliText("policy.exportOneFile"));
    let policy = DEFAULT_POLICY;
    if (from) {
      const loaded = await loadPolicyFile(from);
      if (!loaded.ok) {
        process.stderr.write(`${loaded.problems.map((p) => problemLine(from!, p, lang)).join("\n")}\n`);
        return EXIT_USAGE;
      }
      policy = loaded.policy;
    }
    const json = `${policyToJson(policy)}\n`;
    if (files[0] === "-") process.stdout.write(json);
    else writeFiles(dirname(files[0]), [{ name: basename(files[0]), bytes: new TextEncoder().encode(json) }], { force });
    return 0;
  }
  if (command === "check") {
    if (files.length === 0) usage(cliText("policy.checkNeedsFiles"));
    let status = 0;
    for (const file of files) {
      let loaded: PolicyLoad;
      try {
        loaded = await loadPolicyFile(file);
      } catch (e) {
        process.stdout.write(`${file}: ${e instanceof CliError ? renderCli(e.text, lang) : e instanceof Error ? e.message : String(e)}\n`);
        status = EXIT_USAGE;
        continue;
      }
      if (loaded.ok) process.stdout.write(`${file}: OK (${loaded.policy.version}, ${loaded.policy.published})\n`);
      else {
        status = EXIT_USAGE;
        for (const p of loaded.problems) process.stdout.write(`${problemLine(file, p, lang)}\n`);
      }
    }
    return status;
  }
  return usage(command ? cliText("policy.unknownCommand", { command }) : cliText("policy.missingCommand"));
}

const [, , ...cliArgs] = process.argv; // node, script, arguments…
if (process.argv[1] && /policy\.ts$/.test(process.argv[1])) runCli("policy", cliArgs, main);
