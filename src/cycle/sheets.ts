/**
 * The sheets of a month, as writer-neutral SheetPlans (src/forms/plan.ts) that
 * the .xlsx writer and the Office.js writer both place:
 * - the month sheet: the scheme's monthly form (native formulas over the policy
 *   sheet's defined names) as an Excel table with the cycle's header words, the
 *   employees and their inputs, and the carry-forward columns;
 * - the summary sheet: live figures over the month's table and the band table
 *   (data bars), plus the flags as evaluated;
 * - the pay list and the evaluation log (考核记录).
 */
import { colLetter } from "../forms/address";
import { COMMON_STRINGS, layoutForm } from "../forms/layout";
import { fitRowHeights } from "../forms/measure";
import { printLayout } from "../forms/print";
import { BASE_FONT_SIZE, LOOKS } from "../forms/styles";
import { structuredHeader } from "../forms/formula";
import { FORMS } from "../forms";
import type { CellValue, PlannedCell, SheetPlan } from "../forms/plan";
import type { FormSpec, Localized, Mirror, NumFmt, RosterColumn, StyleKey } from "../forms/types";
import { civilToSerial, definedNameOf, L, LANGS, type Lang, type Policy } from "../rules";
import { MONTH_PATTERN } from "./contract";
import { bandEdges, requiredInputs, type MonthResult } from "./evaluate";
import { LOG_COLUMNS, logCells, type LogRow, type PayRow } from "./finalize";
import { cycleText, type CycleMessageKey } from "./messages";
import { LOG_TABLE, tableName } from "./ids";
import { SCHEMES, SHEET_WORD, type Scheme, type SchemeId } from "./schemes";

/** A text in every language from a cycle template. */
const localized = (key: CycleMessageKey, args: (lang: Lang) => Record<string, unknown>): Localized =>
  L(...(LANGS.map((lang) => cycleText(key, lang, args(lang))) as [string, string, string]));

export { LOG_TABLE, monthSheetName, tableName } from "./ids";

/** Where the month's carry-forward columns go: last month's score beside this month's main score. */
function carryColumns(scheme: Scheme): { after: string; columns: RosterColumn[] }[] {
  const out: { after: string; columns: RosterColumn[] }[] = [];
  const main = scheme.results.find((r) => r.key === scheme.mainScore);
  if (main) out.push({ after: main.column, columns: [{ key: "previousScore", header: scheme.headers.previousScore, width: 7.5, kind: "input", fmt: "score" }] });
  if (scheme.id === "store") {
    out.push({ after: "improve", columns: [
      { key: "previousLast", header: scheme.headers.previousLast, width: 7, kind: "input", fmt: "int" },
      { key: "lastPlace", header: scheme.headers.lastPlace, width: 7, kind: "formula", fmt: "int",
        f: "IF(ISNUMBER({review}),IF(AND(ISNUMBER({rankBonus}),{rankBonus}<0),N({previousLast})+1,0),\"\")" },
    ] });
  }
  return out;
}

/**
 * Group headers of the form that point at a maximum "in brackets": a table's column
 * headers are constants (the cycle's words, without the policy's numbers), so the
 * month sheet points at the policy sheet instead.
 */
const GROUPS: Partial<Record<SchemeId, { columns: RegExp; group: Localized }>> = {
  sales: { columns: /^p\d+$/, group: L("各项得分（F-6、F-8；项号同失误次数，满分见规则表）", "各項得分（F-6、F-8；項號同失誤次數，滿分見規則表）", "Item points (F-6, F-8; numbered as the faults; maxima on the policy sheet)") },
  regional: { columns: /^d\d+$/, group: L("扣分（F-5，满分见规则表）", "扣分（F-5，滿分見規則表）", "Deductions (F-5; maxima on the policy sheet)") },
};

/** H-4 per group: the department when the roster has departments, else everyone. */
function storeFormulas(byDept: boolean): Record<string, string> {
  const count = (op: "<" | ">") => (byDept ? `COUNTIFS({dept:col},{dept},{review:col},"${op}"&{review})` : `COUNTIF({review:col},"${op}"&{review})`);
  const above = count(">");
  const below = count("<");
  return {
    rank: `IF(ISNUMBER({review}),${above}+1,"")`,
    rankBonus: `IF(ISNUMBER({review}),IF(${above}+${below}=0,0,IF(${above}=0,$ranking.firstBonus,IF(${below}=0,-$ranking.lastPenalty,0))),"")`,
    improve: `IF(AND(ISNUMBER({review}),${above}+${below}>0,${below}<$ranking.improvementBottom),«tick»,"")`,
  };
}

/** The store's rank bonus as Explain recomputes it: among the same department's scores when the roster has departments (H-4, as storeFormulas). */
const STORE_RANK_MIRROR: Mirror = { fn: "RANKBONUS", args: ["review", { cols: "review:col", within: "dept" }] };

/**
 * The month sheet's spec: the scheme's monthly form with the cycle's header words,
 * results blank until the required inputs are there (as the core leaves them), the
 * store ranking per group, and the carry-forward columns.
 */
export function monthSheetSpec(schemeId: SchemeId, month: string, rankedByDept = false): FormSpec {
  const scheme = SCHEMES[schemeId];
  const form = FORMS[scheme.form];
  if (!form.roster) throw new Error(`${scheme.form} has no roster`);
  const required = requiredInputs(scheme).map((i) => `ISNUMBER({${i.column}})`);
  const guard = (f: string) => (required.length === 0 ? f : `IF(AND(${required.join(",")}),${f},"")`);
  const replaced = schemeId === "store" ? storeFormulas(rankedByDept) : {};
  const header = (key: string) => {
    const h = scheme.headers[key];
    if (!h) throw new Error(`${schemeId}: no header word for column ${key}`);
    return h;
  };
  const columns: RosterColumn[] = [];
  for (const c of form.roster.columns) {
    const f = replaced[c.key] ?? c.f;
    const regroup = GROUPS[schemeId];
    const group = regroup && regroup.columns.test(c.key) ? regroup.group : c.group;
    const mirrors = schemeId === "store" && c.key === "rankBonus" ? STORE_RANK_MIRROR : c.mirrors;
    columns.push({ ...c, header: header(c.key), group, f: c.kind === "formula" && c.key !== "no" ? guard(f!) : f, mirrors });
    for (const extra of carryColumns(scheme).filter((x) => x.after === c.key)) columns.push(...extra.columns.map((x) => ({ ...x, f: x.f && guard(x.f) })));
  }
  const title = localized("title.month", (lang) => ({ scheme: scheme.name[lang], month }));
  return {
    ...form,
    title,
    cells: form.cells.map((c) => (c.style === "title" ? { ...c, c: { t: "label", text: title } } : c)),
    sheetName: localized("sheet.month", (lang) => ({ scheme: SHEET_WORD[schemeId][lang], month })),
    roster: { ...form.roster, columns },
  };
}

/** A cell value for an input as the sheet holds it: numbers, "✓" for a ticked box, text as given. */
function sheetValue(v: unknown, tick: boolean, lang: Lang): CellValue {
  if (typeof v === "boolean") return tick ? (v ? COMMON_STRINGS.tick[lang] : null) : v ? 1 : 0;
  return typeof v === "number" || typeof v === "string" ? v : null;
}

/**
 * The month sheet, filled: employees, inputs (ticks as ✓), last month's score and streak,
 * the month and the evaluator in the form's fields; locked once the month is finalized.
 */
export function monthSheetPlan(month: MonthResult, opts: { evaluator?: string; locked?: boolean } = {}): SheetPlan {
  const scheme = SCHEMES[month.scheme];
  const lang = month.lang;
  const spec = monthSheetSpec(month.scheme, month.month, month.rankedByDept);
  const table = tableName(month.scheme, month.month);
  const inputs = month.rows.map((r) => {
    const cells: Record<string, CellValue> = {};
    for (const def of scheme.inputs) cells[def.column] = sheetValue(r.inputs[def.key], def.kind === "tick", lang);
    if (scheme.mainScore) cells.previousScore = r.previousScore;
    if (month.scheme === "store") cells.previousLast = r.previousLast;
    return cells;
  });
  const plan = layoutForm(spec, { lang, policy: month.policy, rows: month.rows.map((r) => [r.id, r.name, r.dept]), inputs, table: { name: table } });
  const field = (key: string) => plan.cells.find((c) => `${colLetter(c.col)}${c.row}` === plan.keys[key]);
  const m = MONTH_PATTERN.exec(month.month);
  const monthCell = field("month");
  if (m && monthCell) monthCell.value = civilToSerial({ year: Number(m[1]), month: Number(m[2]), day: 1 });
  const evaluatorCell = field("evaluator");
  if (opts.evaluator && evaluatorCell) evaluatorCell.value = opts.evaluator;
  if (opts.locked) plan.locked = true;
  return plan;
}

// ── Plans built cell by cell ──────────────────────────────────────────────────────────────────
class Builder {
  readonly plan: SheetPlan;
  constructor(name: string, widths: number[], policy: Policy, readonly lang: Lang) {
    this.plan = {
      formId: "policy", name, widths, rowHeights: [], cells: [], merges: [], columnFormulas: [], textRanges: [], formats: [],
      validations: [], flags: [], boxes: [], print: { orientation: "portrait", titleRows: [1, 1] }, names: [], keys: {},
      policyVersion: policy.version,
    };
  }
  put(row: number, col: number, content: { value?: CellValue; formula?: string }, style: StyleKey, fmt?: NumFmt): PlannedCell {
    const cell: PlannedCell = { row, col, style, fmt, ...content };
    this.plan.cells.push(cell);
    return cell;
  }
  /**
   * The finished plan: rows tall enough for the title and wrapped text, and printed as the
   * forms are (forms/print: text at least MIN_PRINTED_PT on paper; a sheet wider than its page
   * prints across pages with `titleCols` repeated on each).
   */
  done(titleCols: readonly [number, number]): SheetPlan {
    this.plan.rowHeights = fitRowHeights(this.plan, { lang: this.lang });
    const smallestFont = Math.min(BASE_FONT_SIZE, ...this.plan.cells.map((c) => LOOKS[c.style].size ?? BASE_FONT_SIZE));
    Object.assign(this.plan.print, printLayout({ widths: this.plan.widths, orientation: this.plan.print.orientation, paper: this.plan.print.paper ?? "A4", smallestFont, titleCols }));
    // Across pages, the title and version lines are centred on the first page, not split across two.
    const firstPageEnd = this.plan.print.colBreaks?.[0];
    if (firstPageEnd !== undefined) this.plan.merges = this.plan.merges.map((m) => (/^A[12]:[A-Z]+[12]$/.test(m) ? `${m.split(":")[0]}:${colLetter(firstPageEnd)}${m.slice(1, 2)}` : m));
    return this.plan;
  }
  title(text: string, lastCol: number, policy: Policy, lang: Lang): void {
    this.put(1, 1, { value: text }, "title");
    this.plan.merges.push(`A1:${colLetter(lastCol)}1`);
    const version = L("规则版本", "規則版本", "Policy version");
    this.put(2, 1, { value: `${version[lang]} ${policy.version}` }, "version");
    this.plan.merges.push(`A2:${colLetter(lastCol)}2`); // on one line above the table, however narrow column A is
  }
}

/** The summary sheet: the month's figures as formulas over its table, the band table with data bars, the flags as evaluated. */
export function summarySheetPlan(month: MonthResult, evaluatedAt: string): SheetPlan {
  const scheme = SCHEMES[month.scheme];
  const lang = month.lang;
  const T = tableName(month.scheme, month.month);
  const col = (key: string) => `${T}[[${structuredHeader(scheme.headers[key][lang])}]]`;
  const b = new Builder(cycleText("sheet.summary", lang, { scheme: SHEET_WORD[month.scheme][lang], month: month.month }), [22, 14, 56], month.policy, lang);
  b.title(cycleText("title.summary", lang, { scheme: scheme.name[lang], month: month.month }), 3, month.policy, lang);
  let row = 4;
  b.put(row, 1, { value: cycleText("summary.figure", lang) }, "header");
  b.put(row, 2, { value: cycleText("summary.value", lang) }, "header");
  const firstResult = scheme.results[0].column;
  const main = scheme.results.find((r) => r.key === scheme.mainScore)?.column;
  const guarded = (f: string) => `IF(COUNT(${col(main!)})=0,"",${f})`;
  const figures: [CycleMessageKey, string, NumFmt][] = [
    ["summary.employees", `COUNTA(${col("id")})`, "int"],
    ["summary.complete", `COUNT(${col(firstResult)})`, "int"],
    ["summary.incomplete", `COUNTA(${col("id")})-COUNT(${col(firstResult)})`, "int"],
    ...(main ? ([
      ["summary.average", guarded(`AVERAGE(${col(main)})`), "score"],
      ["summary.median", guarded(`MEDIAN(${col(main)})`), "score"],
      ["summary.min", guarded(`MIN(${col(main)})`), "score"],
      ["summary.max", guarded(`MAX(${col(main)})`), "score"],
    ] as [CycleMessageKey, string, NumFmt][]) : []),
    ...(scheme.money.length > 0 ? [["summary.totalPay", scheme.money.map((k) => `SUM(${col(scheme.results.find((r) => r.key === k)!.column)})`).join("+"), "money"] as [CycleMessageKey, string, NumFmt]] : []),
  ];
  for (const [key, f, fmt] of figures) {
    row++;
    b.put(row, 1, { value: cycleText(key, lang) }, "label");
    b.put(row, 2, { formula: `=${f}` }, "output", fmt);
  }
  b.plan.boxes.push(`A4:B${row}`);

  if (main) {
    row += 2;
    b.put(row, 1, { value: cycleText("summary.bands", lang, { score: scheme.headers[main][lang] }) }, "section");
    b.plan.merges.push(`A${row}:B${row}`);
    row++;
    const head = row;
    b.put(row, 1, { value: cycleText("summary.band", lang) }, "header");
    b.put(row, 2, { value: cycleText("summary.count", lang) }, "header");
    // The lowest edge is the policy's pass mark, live; the others are the contract's.
    const edges = bandEdges(month.policy).map((e, i) => (i === 0 ? definedNameOf("perfPay.passScore") : String(e)));
    month.summary.bands.forEach((band, i) => {
      row++;
      const conds = [band.from === null ? undefined : `">="&${edges[i - 1]}`, band.to === null ? undefined : `"<"&${edges[i]}`].filter((x) => x !== undefined);
      b.put(row, 1, { value: band.label }, "label");
      b.put(row, 2, { formula: `=COUNTIFS(${conds.map((c) => `${col(main)},${c}`).join(",")})` }, "output", "int");
    });
    b.plan.boxes.push(`A${head}:B${row}`);
    b.plan.dataBars = [`B${head + 1}:B${row}`];
  }

  row += 2;
  b.put(row, 1, { value: cycleText("summary.flags", lang, { at: evaluatedAt }) }, "section");
  b.plan.merges.push(`A${row}:C${row}`);
  row++;
  const flagHead = row;
  [scheme.headers.id[lang], scheme.headers.name[lang], cycleText("summary.flag", lang)].forEach((h, i) => b.put(row, i + 1, { value: h }, "header"));
  const flagged = month.rows.flatMap((r) => r.flags.map((f) => [r.id, r.name, f.text] as const));
  if (flagged.length === 0) { row++; b.put(row, 1, { value: cycleText("summary.noFlags", lang) }, "plain"); }
  for (const [id, name, text] of flagged) {
    row++;
    b.put(row, 1, { value: id }, "plain", "text");
    b.put(row, 2, { value: name }, "plain", "text");
    b.put(row, 3, { value: text }, "text");
  }
  b.plan.boxes.push(`A${flagHead}:C${row}`);
  b.plan.textRanges.push(`A${flagHead + 1}:C${row}`);
  return b.done([1, 1]); // the item column
}

/** The pay list for payroll: ID, name, department and the scheme's money results; a draft until the month is finalized. */
export function payListPlan(month: MonthResult, final?: { rows: readonly PayRow[]; log: LogRow }): SheetPlan {
  const scheme = SCHEMES[month.scheme];
  const lang = month.lang;
  const moneyHeaders = scheme.money.map((k) => scheme.headers[scheme.results.find((r) => r.key === k)!.column][lang]);
  const last = 3 + scheme.money.length;
  const b = new Builder(cycleText("sheet.payList", lang, { scheme: SHEET_WORD[month.scheme][lang], month: month.month }), [10, 12, 12, ...scheme.money.map(() => 14)], month.policy, lang);
  b.title(cycleText("title.payList", lang, { scheme: scheme.name[lang], month: month.month }), last, month.policy, lang);
  b.put(3, 1, { value: final ? cycleText("payList.final", lang, { at: final.log.at, by: final.log.by }) : cycleText("payList.draft", lang) }, final ? "version" : "note");
  b.plan.merges.push(`A3:${colLetter(last)}3`);
  const head = 4;
  [scheme.headers.id[lang], scheme.headers.name[lang], scheme.headers.dept[lang], ...moneyHeaders].forEach((h, i) => b.put(head, i + 1, { value: h }, "header"));
  const rows: PayRow[] = final ? [...final.rows] : month.rows.filter((r) => r.complete && scheme.money.every((k) => typeof r.results[k] === "number"))
    .map((r) => ({ id: r.id, name: r.name, dept: r.dept, amounts: Object.fromEntries(scheme.money.map((k) => [k, r.results[k] as number])) }));
  rows.forEach((r, i) => {
    const at = head + 1 + i;
    b.put(at, 1, { value: r.id }, "plain", "text");
    b.put(at, 2, { value: r.name }, "plain", "text");
    b.put(at, 3, { value: r.dept }, "plain", "text");
    scheme.money.forEach((k, j) => b.put(at, 4 + j, { value: r.amounts[k] }, "plain", "money"));
  });
  const total = head + rows.length + 1;
  b.put(total, 1, { value: cycleText("payList.total", lang) }, "total");
  scheme.money.forEach((_, j) => {
    const c = colLetter(4 + j);
    b.put(total, 4 + j, { formula: rows.length === 0 ? "=0" : `=SUM(${c}${head + 1}:${c}${total - 1})` }, "total", "money");
  });
  b.plan.boxes.push(`A${head}:${colLetter(last)}${total}`);
  if (rows.length > 0) b.plan.textRanges.push(`A${head + 1}:C${total - 1}`);
  b.plan.freeze = { rows: head, cols: 0 };
  b.plan.print.titleRows = [1, head];
  return b.done([1, 2]); // ID and name
}

/** The evaluation log (考核记录) as a table, one row per finalize or reopen. */
export function logSheetPlan(rows: readonly LogRow[], lang: Lang, policy: Policy): SheetPlan {
  const headers = LOG_COLUMNS.map((c) => cycleText(LOG_HEADER[c], lang));
  const b = new Builder(cycleText("sheet.log", lang), [9, 10, 9, 9, 9, 24, 9, 12, 16, 10, 20, 66], policy, lang);
  b.plan.print.orientation = "landscape";
  b.put(1, 1, { value: cycleText("title.log", lang) }, "title");
  b.plan.merges.push(`A1:${colLetter(headers.length)}1`);
  const head = 2;
  headers.forEach((h, i) => b.put(head, i + 1, { value: h }, "header"));
  const n = Math.max(1, rows.length);
  rows.forEach((r, i) => logCells(r, lang).forEach((v, j) => {
    const key = LOG_COLUMNS[j];
    const fmt: NumFmt = key === "average" ? "score" : key === "totalPay" ? "money" : key === "employees" ? "int" : "text";
    b.put(head + 1 + i, j + 1, { value: v }, "plain", fmt);
  }));
  const range = `A${head}:${colLetter(headers.length)}${head + n}`;
  b.plan.table = { name: LOG_TABLE, range, columns: headers.map((header) => ({ header })) };
  b.plan.freeze = { rows: head, cols: 0 };
  b.plan.print.titleRows = [1, head];
  return b.done([1, 3]); // action, scheme and month
}

const LOG_HEADER: Readonly<Record<(typeof LOG_COLUMNS)[number], CycleMessageKey>> = {
  action: "log.action", scheme: "log.scheme", month: "log.month", policyVersion: "log.policyVersion", employees: "log.employees",
  excluded: "log.excluded", average: "log.average", totalPay: "log.totalPay", at: "log.at", by: "log.by", reason: "log.reason", inputsSha256: "log.sha",
};
