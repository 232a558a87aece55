/**
 * layoutForm: a form spec + language + policy + roster rows → a SheetPlan.
 * Pure: no Office.js, no ExcelJS.
 */
import { DEFAULT_POLICY, L, type Lang, type Localized, type Policy } from "../rules";
import { colLetter, parseCell, parseRange, rectA1, type Rect } from "./address";
import { pickLang, render, type RosterFrame, type TemplateContext } from "./formula";
import type { CellValue, ColumnFormula, PlannedCell, PlannedFlag, PlannedValidation, SheetPlan, ValidationRule } from "./plan";
import { displayText, fitRowHeights, longestWord } from "./measure";
import { KH_POLICY_OK, KH_POLICY_PROBLEM, KH_VERSION, langSuffix } from "./policySheet";
import { BASE_FONT_SIZE } from "./styles";
import type { Bound, FormSpec, InputRule, NumFmt, RosterColumn } from "./types";


/** Strings every form may use in formulas («yes», «no», «tick», …). */
export const COMMON_STRINGS: Readonly<Record<string, Localized>> = {
  yes: L("是", "是", "Yes"),
  no: L("否", "否", "No"),
  tick: L("✓", "✓", "✓"),
  policyChanged: L("⚠ 规则已更新为版本 ", "⚠ 規則已更新為版本 ", "⚠ policy is now version "),
  policyInvalid: L("✗ 规则无效，结果暂不显示：", "✗ 規則無效，結果暫不顯示：", "✗ the policy is invalid; no results until it is fixed: "),
  policyVersion: L("规则版本", "規則版本", "Policy version"),
  published: L("发布", "發布", "published"),
};

export interface LayoutOptions {
  lang: Lang;
  policy?: Policy;
  /** Roster forms: the employees' own data, one row each (the roster's data columns, in order). */
  rows?: readonly (readonly CellValue[])[];
  /** Roster forms without data: how many blank rows (default: the spec's defaultRows). */
  count?: number;
  /** Roster forms: each employee row's input values by roster column key (numbers, or text such as "✓"). */
  inputs?: readonly Readonly<Record<string, CellValue>>[];
  /**
   * Lay the roster out as an Excel table of this name: every column header a constant
   * on the header row (a formula header shows its text under the policy), no merge
   * into the header row, formula columns as calculated columns with structured references.
   */
  table?: { name: string };
}

export function strings(spec: FormSpec): Readonly<Record<string, Localized>> {
  return { ...COMMON_STRINGS, ...spec.strings };
}

function bound(b: Bound, ctx: TemplateContext, row: number): number | string {
  if (typeof b === "number") return b;
  if ("policy" in b) return render(`$${b.policy}`, ctx, { kind: "A1", row });
  return render(b.formula, ctx, { kind: "A1", row });
}

export function validationOf(rule: InputRule, ctx: TemplateContext, row: number): ValidationRule | undefined {
  const s = ctx.strings;
  switch (rule.kind) {
    case "text": return undefined;
    case "whole": return { kind: "whole", min: bound(rule.min, ctx, row), max: bound(rule.max, ctx, row) };
    case "decimal": return { kind: "decimal", min: bound(rule.min, ctx, row), max: rule.max === undefined ? undefined : bound(rule.max, ctx, row) };
    case "date": return { kind: "date" };
    case "list": return { kind: "list", items: rule.items.map((i) => i[ctx.lang]) };
    case "listName": return { kind: "listRef", ref: `=${rule.name.replace("{lang}", langSuffix(ctx.lang))}` };
    case "tick": return { kind: "list", items: [s.tick[ctx.lang]] };
    case "yesNo": return { kind: "list", items: [s.yes[ctx.lang], s.no[ctx.lang]] };
  }
}

function defaultFmt(rule: InputRule): NumFmt | undefined {
  return rule.kind === "date" ? "date" : rule.kind === "text" ? "text" : undefined;
}

export function layoutForm(spec: FormSpec, opts: LayoutOptions): SheetPlan {
  const lang = opts.lang;
  const policy = opts.policy ?? DEFAULT_POLICY;
  const roster = spec.roster;
  const n = roster ? Math.max(1, opts.rows?.length ?? opts.inputs?.length ?? opts.count ?? roster.defaultRows) : 0;
  const colOf: Record<string, number> = {};
  roster?.columns.forEach((c, i) => { colOf[c.key] = i + 1; });
  const frame: RosterFrame | undefined = roster && { firstRow: roster.firstRow, lastRow: roster.firstRow + n - 1, colOf: (k) => colOf[k] };
  const ctx: TemplateContext = { lang, strings: strings(spec), roster: frame };
  const headerText = (c: RosterColumn) => ("f" in c.header ? displayText(c.header.f, lang, ctx.strings, policy) : (c.header as Localized)[lang]);
  const tableHeaders = roster && opts.table ? roster.columns.map(headerText) : undefined;
  if (frame && opts.table && tableHeaders) {
    const seen = new Set<string>();
    for (const h of tableHeaders) {
      if (seen.has(h.toLowerCase())) throw new Error(`${spec.id}: table header "${h}" is not unique`);
      seen.add(h.toLowerCase());
    }
    frame.table = { name: opts.table.name, headerOf: (k) => (colOf[k] === undefined ? undefined : tableHeaders[colOf[k] - 1]) };
  }

  const cells: PlannedCell[] = [];
  const merges: string[] = [];
  const validations: PlannedValidation[] = [];
  const textRanges: string[] = [];
  const keys: Record<string, string> = {};

  for (const c of spec.cells) {
    const at = parseCell(c.at);
    const range = c.to ? `${c.at}:${c.to}` : c.at;
    if (c.to) merges.push(range);
    if (c.key) keys[c.key] = c.at;
    const base = { row: at.row, col: at.col, fmt: c.fmt };
    switch (c.c.t) {
      case "label": cells.push({ ...base, value: c.c.text[lang], style: c.style ?? "label" }); break;
      case "blank": cells.push({ ...base, value: null, style: c.style ?? "plain" }); break;
      case "formula": cells.push({ ...base, formula: render(c.c.f, ctx, { kind: "A1", row: at.row }), style: c.style ?? "output", display: displayText(c.c.f, lang, ctx.strings, policy) }); break;
      case "policyVersion":
        cells.push({ ...base, value: `${ctx.strings.policyVersion[lang]} ${policy.version}（${ctx.strings.published[lang]} ${policy.published}）`, style: c.style ?? "version" });
        break;
      case "policyCheck":
        cells.push({ ...base, formula: render(`IF(${KH_POLICY_OK},IF(${KH_VERSION}="${policy.version.replace(/"/g, '""')}","",«policyChanged»&${KH_VERSION}),«policyInvalid»&${KH_POLICY_PROBLEM})`, ctx, { kind: "A1", row: at.row }), style: c.style ?? "version" });
        break;
      case "input": {
        const v = validationOf(c.c.rule, ctx, at.row);
        if (v) validations.push({ range, rule: v });
        if (c.c.rule.kind === "text") textRanges.push(range);
        cells.push({ ...base, value: null, style: c.style ?? "input", fmt: c.fmt ?? defaultFmt(c.c.rule) });
        break;
      }
    }
  }

  const columnFormulas: ColumnFormula[] = [];
  /** A table column's formula in A1 (its structured form hides which cells it reads), for the policy guard. */
  const plainA1 = new Map<ColumnFormula, string>();
  const formats: SheetPlan["formats"] = [];
  let data: SheetPlan["data"];
  const boxes = [...spec.boxes];
  let inputBlocks: SheetPlan["inputs"];
  let table: SheetPlan["table"];
  if (roster && frame) {
    const { firstRow, lastRow } = frame;
    const colRange = (col: number) => `${colLetter(col)}${firstRow}:${colLetter(col)}${lastRow}`;
    // Group headers: merged over consecutive columns of the same group.
    for (let i = 0; i < roster.columns.length; ) {
      const g = roster.columns[i].group;
      let j = i;
      const same = (x?: Localized, y?: Localized) => x !== undefined && y !== undefined && x.en === y.en && x["zh-CN"] === y["zh-CN"];
      while (j + 1 < roster.columns.length && same(roster.columns[j + 1].group, g)) j++;
      if (g) {
        cells.push({ row: roster.groupRow, col: i + 1, value: g[lang], style: "header" });
        if (j > i) merges.push(`${colLetter(i + 1)}${roster.groupRow}:${colLetter(j + 1)}${roster.groupRow}`);
      } else if (roster.groupRow !== roster.headerRow && !tableHeaders) {
        merges.push(`${colLetter(i + 1)}${roster.groupRow}:${colLetter(i + 1)}${roster.headerRow}`);
      }
      i = j + 1;
    }
    roster.columns.forEach((c, i) => {
      const col = i + 1;
      const hrow = c.group || roster.groupRow === roster.headerRow || tableHeaders ? roster.headerRow : roster.groupRow;
      if (tableHeaders) cells.push({ row: hrow, col, value: tableHeaders[i], style: "header" });
      else if ("f" in c.header) {
        const hf = (c.header as { f: string | Localized }).f;
        cells.push({ row: hrow, col, formula: render(hf, ctx, { kind: "A1", row: hrow }), style: "header", display: displayText(hf, lang, ctx.strings, policy) });
      }
      else cells.push({ row: hrow, col, value: (c.header as Localized)[lang], style: "header" });
      keys[c.key] = colRange(col);
      if (c.kind === "formula") {
        if (!c.f) throw new Error(`${spec.id}: roster column ${c.key} has no formula`);
        const f = c.f;
        const structured = tableHeaders ? render(f, ctx, { kind: "table" }) : undefined;
        const column: ColumnFormula = {
          col, firstRow, lastRow, style: "output", fmt: c.fmt,
          r1c1: structured ?? render(f, ctx, { kind: "R1C1", row: firstRow, col }),
          a1At: (row: number) => structured ?? render(f, ctx, { kind: "A1", row }),
        };
        columnFormulas.push(column);
        if (structured) plainA1.set(column, render(f, ctx, { kind: "A1", row: firstRow }));
        formats.push({ range: colRange(col), fmt: c.fmt ?? "general", style: "output" });
      } else {
        if (c.kind === "data" || c.rule?.kind === "text") textRanges.push(colRange(col));
        const v = c.rule && validationOf(c.rule, ctx, firstRow);
        if (v) validations.push({ range: colRange(col), rule: v });
        formats.push({ range: colRange(col), fmt: c.fmt ?? (c.rule ? defaultFmt(c.rule) : undefined) ?? (c.kind === "data" ? "text" : "general"), style: c.kind === "data" ? "plain" : "input" });
      }
    });
    const dataCols = roster.columns.map((c, i) => (c.kind === "data" ? i + 1 : 0)).filter((c) => c > 0);
    if (dataCols.length > 0 && opts.rows && opts.rows.length > 0) {
      for (let k = 1; k < dataCols.length; k++) if (dataCols[k] !== dataCols[k - 1] + 1) throw new Error(`${spec.id}: data columns must be contiguous`);
      const width = dataCols.length;
      const rows = opts.rows.map((r) => Array.from({ length: width }, (_, k) => (r[k] === undefined ? null : r[k])));
      data = { range: `${colLetter(dataCols[0])}${firstRow}:${colLetter(dataCols[width - 1])}${lastRow}`, rows };
    }
    boxes.push(`A${roster.groupRow}:${colLetter(roster.columns.length)}${lastRow}`);
    if (opts.inputs && opts.inputs.length > 0) inputBlocks = blocksOf(roster.columns, opts.inputs, firstRow, lastRow);
  }

  const flags: PlannedFlag[] = spec.flags.map((fl) => {
    let range = fl.range;
    if (range.startsWith("roster:")) {
      if (!frame) throw new Error(`${spec.id}: roster flag on a fixed form`);
      const [, a, b] = range.split(":");
      const ca = colOf[a];
      const cb = b ? colOf[b] : ca;
      if (ca === undefined || cb === undefined) throw new Error(`${spec.id}: unknown roster column in flag ${range}`);
      range = `${colLetter(ca)}${frame.firstRow}:${colLetter(cb)}${frame.lastRow}`;
    }
    const top = parseRange(range);
    return { range: rectA1(top), formula: render(fl.f, ctx, { kind: "A1", row: top.top }), style: fl.style, means: fl.means };
  });

  guardResults(cells, columnFormulas, (f) => plainA1.get(f) ?? f.a1At(f.firstRow));
  if (roster && frame && tableHeaders && opts.table) {
    // After the guard: a table's calculated columns carry it too.
    table = {
      name: opts.table.name,
      range: `A${roster.headerRow}:${colLetter(roster.columns.length)}${frame.lastRow}`,
      columns: tableHeaders.map((header, i) => ({ header, formula: columnFormulas.find((f) => f.col === i + 1)?.r1c1.slice(1) })),
    };
  }

  const plan: SheetPlan = {
    formId: spec.id, name: spec.sheetName[lang],
    widths: roster ? roster.columns.map((c, i) => wordWidth(c.width, cells.filter((h) => h.col === i + 1 && (h.row === roster.groupRow || h.row === roster.headerRow) && !isGroupSpan(merges, h.row, h.col)))) : [...spec.widths], rowHeights: [],
    cells, merges, columnFormulas, data, inputs: inputBlocks, table, textRanges, formats, validations, flags, boxes,
    print: { orientation: spec.orientation, titleRows: spec.titleRows }, freeze: spec.freeze, names: [], keys,
    roster: frame && { firstRow: frame.firstRow, lastRow: frame.lastRow, colOf },
    policyVersion: policy.version,
  };
  const min: Record<number, number> = { ...spec.minHeights };
  if (frame && spec.dataRowHeight) for (let row = frame.firstRow; row <= frame.lastRow; row++) min[row] = Math.max(min[row] ?? 0, spec.dataRowHeight);
  plan.rowHeights = fitRowHeights(plan, { lang, base: spec.rowHeight ?? DEFAULT_ROW_HEIGHT, skipFrom: roster?.firstRow, min });
  return plan;
}

/** Input values as blocks of adjacent input columns (one write each), rows from firstRow. */
function blocksOf(columns: readonly RosterColumn[], inputs: readonly Readonly<Record<string, CellValue>>[], firstRow: number, lastRow: number): NonNullable<SheetPlan["inputs"]> {
  const out: NonNullable<SheetPlan["inputs"]> = [];
  for (let i = 0; i < columns.length; ) {
    if (columns[i].kind !== "input") { i++; continue; }
    let j = i;
    while (j + 1 < columns.length && columns[j + 1].kind === "input") j++;
    const keys = columns.slice(i, j + 1).map((c) => c.key);
    const rows = Array.from({ length: lastRow - firstRow + 1 }, (_, r) => keys.map((k) => inputs[r]?.[k] ?? null));
    if (rows.some((r) => r.some((v) => v !== null))) out.push({ range: `${colLetter(i + 1)}${firstRow}:${colLetter(j + 1)}${lastRow}`, rows });
    i = j + 1;
  }
  return out;
}

/** A1 references in a formula (string literals and defined names skipped). */
const A1_REF = /(?<![A-Za-z_\d$])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z_\d(])/g;
function refsOf(formula: string): Rect[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...bare.matchAll(A1_REF)].map((m) => parseRange(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`));
}
const overlaps = (a: Rect, b: Rect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const POLICY_NAME = /\bKH_[A-Za-z0-9_]+/;

/**
 * 5. A form never pays on a policy the functions refuse: every result (an output or
 * total formula) that depends on the policy — it names a KH_ value, or refers to a
 * cell that does — shows nothing while the policy sheet's checks fail:
 * `=IF(KH_policyOk, <formula>, "")`. Counters and dates that need no policy stay.
 * `a1Of` gives a roster column's formula in A1, to find what it reads.
 */
function guardResults(cells: PlannedCell[], columns: ColumnFormula[], a1Of: (f: ColumnFormula) => string): void {
  const nodes = [
    ...cells.filter((c) => c.formula !== undefined).map((c) => ({ area: { top: c.row, bottom: c.row, left: c.col, right: c.col }, formula: c.formula!, result: c.style === "output" || c.style === "total", cell: c as PlannedCell | undefined, column: undefined as ColumnFormula | undefined })),
    ...columns.map((f) => ({ area: { top: f.firstRow, bottom: f.lastRow, left: f.col, right: f.col }, formula: a1Of(f), result: true, cell: undefined, column: f })),
  ];
  const depends = new Set(nodes.filter((n) => POLICY_NAME.test(n.formula)));
  for (let grown = true; grown; ) {
    grown = false;
    for (const n of nodes) {
      if (depends.has(n)) continue;
      const refs = refsOf(n.formula);
      if ([...depends].some((d) => refs.some((r) => overlaps(r, d.area)))) { depends.add(n); grown = true; }
    }
  }
  const wrap = (f: string) => `=IF(${KH_POLICY_OK},${f.slice(1)},"")`;
  for (const n of depends) {
    if (!n.result) continue;
    if (n.cell) n.cell.formula = wrap(n.cell.formula!);
    if (n.column) {
      const { a1At, r1c1 } = n.column;
      n.column.r1c1 = wrap(r1c1);
      n.column.a1At = (row: number) => wrap(a1At(row));
    }
  }
}

/** A roster column is at least as wide as the longest word of its header (no word broken mid-way). */
function wordWidth(width: number, headers: PlannedCell[]): number {
  let need = 0;
  for (const h of headers) need = Math.max(need, longestWord(typeof h.value === "string" ? h.value : h.display ?? "", BASE_FONT_SIZE, true));
  return Math.max(width, Math.ceil((need - 0.2) * 2) / 2);
}

/** Whether the header cell at (row, col) starts a merge across several columns (a group header). */
function isGroupSpan(merges: readonly string[], row: number, col: number): boolean {
  return merges.some((m) => { const r = parseRange(m); return r.top === row && r.left === col && r.right > r.left; });
}

/** Rows of a printed form are a little taller than Excel's default: room to write by hand. */
export const DEFAULT_ROW_HEIGHT = 18;

/** Every formula a plan holds (fixed cells, one per roster column, flags, validation bounds). */
export function planFormulas(plan: SheetPlan): string[] {
  const out: string[] = [];
  for (const c of plan.cells) if (c.formula) out.push(c.formula);
  for (const f of plan.columnFormulas) out.push(f.a1At(f.firstRow));
  for (const f of plan.flags) out.push(f.formula);
  for (const v of plan.validations) {
    if (v.rule.kind === "whole" || v.rule.kind === "decimal") for (const b of [v.rule.min, v.rule.max]) if (typeof b === "string") out.push(b);
    if (v.rule.kind === "listRef") out.push(v.rule.ref);
  }
  return out;
}

export { pickLang };
