/**
 * layoutForm: a form spec + language + policy + roster rows → a SheetPlan.
 * Pure: no Office.js, no ExcelJS.
 *
 * A roster is an Excel table (sorting, filtering and added rows keep formulas,
 * validation and formats): constant, unique column headers on the header row, live
 * policy numbers in the group headers above, formula columns as calculated columns.
 */
import { DEFAULT_POLICY, findFunction, L, type Lang, type Localized, type Policy } from "../rules";
import { colLetter, parseCell, parseRange, rectA1, type Rect } from "./address";
import { pickLang, render, type RosterFrame, type TemplateContext } from "./formula";
import type { CellValue, ColumnFormula, Paper, PlannedCell, PlannedFlag, PlannedValidation, SheetPlan, ValidationRule } from "./plan";
import { displayText, fitRowHeights, linesHeight, longestWord } from "./measure";
import { KH_POLICY_OK, KH_POLICY_PROBLEM, KH_VERSION, langSuffix } from "./policySheet";
import { printLayout } from "./print";
import { BASE_FONT_SIZE, LOOKS } from "./styles";
import type { Bound, FlagSpec, FormSpec, GroupHeader, InputRule, NumFmt, RosterColumn, RosterSpec, SignOff } from "./types";


/** Strings every form may use in formulas («yes», «no», «tick», …). */
export const COMMON_STRINGS: Readonly<Record<string, Localized>> = {
  yes: L("是", "是", "Yes"),
  no: L("否", "否", "No"),
  tick: L("✓", "✓", "✓"),
  policyChanged: L("⚠ 规则已更新为版本 ", "⚠ 規則已更新為版本 ", "⚠ policy is now version "),
  policyInvalid: L("✗ 规则无效，结果暂不显示：", "✗ 規則無效，結果暫不顯示：", "✗ the policy is invalid; no results until it is fixed: "),
  policyVersion: L("规则版本", "規則版本", "Policy version"),
  published: L("发布", "發布", "published"),
  total: L("合计", "合計", "Total"),
  signRole: L("职责", "職責", "Role"),
  signName: L("姓名", "姓名", "Name"),
  signature: L("签字", "簽字", "Signature"),
  signDate: L("日期", "日期", "Date"),
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
  /** The roster's table name (a workbook-wide name, like a defined name); default: the form id. */
  table?: { name: string };
  /** Paper to print on; default A4. */
  paper?: Paper;
  /** Protect the sheet (no password): formulas locked, inputs and the employees' data editable. */
  protect?: boolean;
  /** A totals row under the roster's table for the spec's `totals` columns. */
  totals?: boolean;
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

/**
 * The inputs a roster requires (blank: no result, the row marked incomplete): those
 * passed to a parameter without a default of the function a column mirrors — exactly
 * the blanks the function refuses. Inputs passed to a parameter with a default (an
 * over-plan bonus, a count) stay blank = that default.
 */
export function requiredInputs(roster: RosterSpec): string[] {
  const kind = new Map(roster.columns.map((c) => [c.key, c.kind]));
  const out = new Set<string>();
  for (const c of roster.columns) {
    if (!c.mirrors) continue;
    const fn = findFunction(c.mirrors.fn);
    if (!fn) throw new Error(`${c.key} mirrors an unknown function ${c.mirrors.fn}`);
    c.mirrors.args.forEach((a, k) => {
      const p = fn.params[k];
      if (typeof a === "string" && !a.includes(":") && kind.get(a) === "input" && p?.shape.kind === "scalar" && p.default === undefined) out.add(a);
    });
  }
  return [...out];
}

/** Room to sign by hand, in points. */
export const SIGN_ROW_HEIGHT = 26;
/** Minimum widths (units) of a sign-off line's parts: role, name, date; the signature takes the rest. */
const SIGN_WIDTHS = { role: 18, name: 9, date: 9 } as const;
/** Lines kept for the policy check (row 2), so a problem prints whole. */
const CHECK_LINES = 2;

const groupKey = (g: GroupHeader | undefined) => (g === undefined ? "" : JSON.stringify(g));
const groupText = (g: GroupHeader, lang: Lang): { value?: string; f?: Localized } => ("f" in g ? { f: g.f } : { value: (g as Localized)[lang] });

export function layoutForm(spec: FormSpec, opts: LayoutOptions): SheetPlan {
  const lang = opts.lang;
  const policy = opts.policy ?? DEFAULT_POLICY;
  const roster = spec.roster;
  const n = roster ? Math.max(1, opts.rows?.length ?? opts.inputs?.length ?? opts.count ?? roster.defaultRows) : 0;
  const colOf: Record<string, number> = {};
  roster?.columns.forEach((c, i) => { colOf[c.key] = i + 1; });
  const tableName = opts.table?.name ?? spec.id;
  const headers = roster?.columns.map((c) => c.header[lang]);
  const frame: RosterFrame | undefined = roster && headers && {
    firstRow: roster.firstRow, lastRow: roster.firstRow + n - 1, colOf: (k) => colOf[k],
    table: { name: tableName, headerOf: (k) => (colOf[k] === undefined ? undefined : headers[colOf[k] - 1]) },
  };
  if (headers) {
    const seen = new Set<string>();
    for (const h of headers) {
      if (seen.has(h.toLowerCase())) throw new Error(`${spec.id}: table header "${h}" is not unique`);
      seen.add(h.toLowerCase());
    }
  }
  const ctx: TemplateContext = { lang, strings: strings(spec), roster: frame };
  /** The same template over plain references (no table), for writers that place the range without it. */
  const plainCtx: TemplateContext = { ...ctx, roster: frame && { ...frame, table: undefined } };

  const cells: PlannedCell[] = [];
  const merges: string[] = [];
  const validations: PlannedValidation[] = [];
  const textRanges: string[] = [];
  const unlocked: string[] = [];
  const keys: Record<string, string> = {};
  const min: Record<number, number> = { ...spec.minHeights };

  for (const c of spec.cells) {
    const at = parseCell(c.at);
    const range = c.to ? `${c.at}:${c.to}` : c.at;
    if (c.to) merges.push(range);
    if (c.key) keys[c.key] = c.at;
    const base = { row: at.row, col: at.col, fmt: c.fmt };
    switch (c.c.t) {
      case "label": cells.push({ ...base, value: c.c.text[lang], style: c.style ?? "label" }); break;
      case "blank": cells.push({ ...base, value: null, style: c.style ?? "plain" }); break;
      case "formula": cells.push({ ...base, formula: render(c.c.f, ctx, { kind: "A1", row: at.row }), style: c.style ?? "output", display: c.c.display?.[lang] ?? displayText(c.c.f, lang, ctx.strings, policy) }); break;
      case "policyVersion":
        cells.push({ ...base, value: lang === "en"
          ? `${ctx.strings.policyVersion[lang]} ${policy.version} (${ctx.strings.published[lang]} ${policy.published})`
          : `${ctx.strings.policyVersion[lang]} ${policy.version}（${ctx.strings.published[lang]} ${policy.published}）`, style: c.style ?? "version" });
        break;
      case "policyCheck":
        cells.push({ ...base, formula: render(`IF(${KH_POLICY_OK},IF(${KH_VERSION}="${policy.version.replace(/"/g, '""')}","",«policyChanged»&${KH_VERSION}),«policyInvalid»&${KH_POLICY_PROBLEM})`, ctx, { kind: "A1", row: at.row }), style: c.style ?? "version" });
        min[at.row] = Math.max(min[at.row] ?? 0, linesHeight(CHECK_LINES, LOOKS.version.size ?? BASE_FONT_SIZE, lang));
        break;
      case "input": {
        const v = validationOf(c.c.rule, ctx, at.row);
        if (v) validations.push({ range, rule: v });
        if (c.c.rule.kind === "text") textRanges.push(range);
        unlocked.push(range);
        cells.push({ ...base, value: null, style: c.style ?? "input", fmt: c.fmt ?? defaultFmt(c.c.rule) });
        break;
      }
    }
  }

  const columnFormulas: ColumnFormula[] = [];
  /** A table column's formula in plain A1 (its structured form hides which cells it reads), for the policy guard. */
  const plainA1 = new Map<ColumnFormula, string>();
  const formats: SheetPlan["formats"] = [];
  let data: SheetPlan["data"];
  const boxes = [...spec.boxes];
  let inputBlocks: SheetPlan["inputs"];
  let bottom = Math.max(0, ...cells.map((c) => c.row), ...merges.map((m) => parseRange(m).bottom));
  const totalColumns = new Set(opts.totals && roster?.totals ? roster.totals : []);
  if (roster && frame && headers) {
    const { firstRow, lastRow } = frame;
    const colRange = (col: number) => `${colLetter(col)}${firstRow}:${colLetter(col)}${lastRow}`;
    // Group headers: merged over consecutive columns of the same group; a formula shows live policy numbers.
    for (let i = 0; i < roster.columns.length; ) {
      const g = roster.columns[i].group;
      let j = i;
      while (j + 1 < roster.columns.length && g !== undefined && groupKey(roster.columns[j + 1].group) === groupKey(g)) j++;
      if (g) {
        const t = groupText(g, lang);
        if (t.f) cells.push({ row: roster.groupRow, col: i + 1, formula: render(t.f, ctx, { kind: "A1", row: roster.groupRow }), style: "header", display: displayText(t.f, lang, ctx.strings, policy) });
        else cells.push({ row: roster.groupRow, col: i + 1, value: t.value, style: "header" });
        if (j > i) merges.push(`${colLetter(i + 1)}${roster.groupRow}:${colLetter(j + 1)}${roster.groupRow}`);
      } else if (roster.groupRow !== roster.headerRow) {
        cells.push({ row: roster.groupRow, col: i + 1, value: null, style: "header" });
      }
      i = j + 1;
    }
    roster.columns.forEach((c, i) => {
      const col = i + 1;
      cells.push({ row: roster.headerRow, col, value: headers[i], style: "header" });
      keys[c.key] = colRange(col);
      if (c.kind === "formula") {
        if (!c.f) throw new Error(`${spec.id}: roster column ${c.key} has no formula`);
        const f = c.f;
        const structured = render(f, ctx, { kind: "table" });
        const column: ColumnFormula = {
          col, firstRow, lastRow, style: "output", fmt: c.fmt,
          r1c1: structured, a1At: () => structured, plainR1C1: render(f, plainCtx, { kind: "R1C1", row: firstRow, col }),
        };
        columnFormulas.push(column);
        plainA1.set(column, render(f, plainCtx, { kind: "A1", row: firstRow }));
        formats.push({ range: colRange(col), fmt: c.fmt ?? "general", style: "output" });
      } else {
        if (c.kind === "data" || c.rule?.kind === "text") textRanges.push(colRange(col));
        const v = c.rule && validationOf(c.rule, ctx, firstRow);
        if (v) validations.push({ range: colRange(col), rule: v });
        formats.push({ range: colRange(col), fmt: c.fmt ?? (c.rule ? defaultFmt(c.rule) : undefined) ?? (c.kind === "data" ? "text" : "general"), style: c.kind === "data" ? "plain" : "input" });
        unlocked.push(colRange(col));
      }
    });
    const dataCols = roster.columns.map((c, i) => (c.kind === "data" ? i + 1 : 0)).filter((c) => c > 0);
    if (dataCols.length > 0 && opts.rows && opts.rows.length > 0) {
      for (let k = 1; k < dataCols.length; k++) if (dataCols[k] !== dataCols[k - 1] + 1) throw new Error(`${spec.id}: data columns must be contiguous`);
      const width = dataCols.length;
      const rows = opts.rows.map((r) => Array.from({ length: width }, (_, k) => (r[k] === undefined ? null : r[k])));
      data = { range: `${colLetter(dataCols[0])}${firstRow}:${colLetter(dataCols[width - 1])}${lastRow}`, rows };
    }
    if (opts.inputs && opts.inputs.length > 0) inputBlocks = blocksOf(roster.columns, opts.inputs, firstRow, lastRow);
    bottom = lastRow;
    if (totalColumns.size > 0) {
      bottom = lastRow + 1;
      roster.columns.forEach((c, i) => {
        if (totalColumns.has(c.key)) {
          const sum = `SUBTOTAL(109,{${c.key}:col})`;
          cells.push({ row: bottom, col: i + 1, formula: render(sum, ctx, { kind: "table" }), plainFormula: render(sum, plainCtx, { kind: "A1", row: bottom }), style: "total", fmt: "total" });
        } else cells.push({ row: bottom, col: i + 1, value: i === 0 ? ctx.strings.total[lang] : null, style: "total" });
      });
    }
    boxes.push(`A${roster.groupRow}:${colLetter(roster.columns.length)}${bottom}`);
  }

  const required = roster ? requiredInputs(roster) : [];
  const flagSpecs: FlagSpec[] = [
    ...spec.flags,
    ...required.map((k): FlagSpec => ({ range: `roster:${k}`, f: `ISBLANK({${k}})`, style: "warn", means: "missing" })),
  ];
  const rowUsed = roster && colOf.no !== undefined ? `{$no}<>""` : undefined;
  const flags: PlannedFlag[] = flagSpecs.map((fl) => {
    let range = fl.range;
    let f = fl.f;
    if (range.startsWith("roster:")) {
      if (!frame) throw new Error(`${spec.id}: roster flag on a fixed form`);
      const [, a, b] = range.split(":");
      const ca = colOf[a];
      const cb = b ? colOf[b] : ca;
      if (ca === undefined || cb === undefined) throw new Error(`${spec.id}: unknown roster column in flag ${range}`);
      range = `${colLetter(ca)}${frame.firstRow}:${colLetter(cb)}${frame.lastRow}`;
      // A row without an employee or an input is never flagged.
      if (rowUsed) f = `AND(${rowUsed},${f})`;
    }
    const top = parseRange(range);
    return { range: rectA1(top), formula: render(f, plainCtx, { kind: "A1", row: top.top }), style: fl.style, means: fl.means };
  });

  guardResults(cells, columnFormulas, (f) => plainA1.get(f) ?? f.a1At(f.firstRow));
  let table: SheetPlan["table"];
  if (roster && frame && headers) {
    // After the guard: a table's calculated columns carry it too.
    table = {
      name: tableName,
      range: `A${roster.headerRow}:${colLetter(roster.columns.length)}${bottom}`,
      columns: headers.map((header, i) => {
        const total = totalColumns.has(roster.columns[i].key) ? cells.find((c) => c.row === bottom && c.col === i + 1)?.formula?.slice(1) : undefined;
        return { header, formula: columnFormulas.find((f) => f.col === i + 1)?.r1c1.slice(1), ...(total ? { totalsFormula: total } : {}) };
      }),
      ...(totalColumns.size > 0 ? { totalsRow: { label: ctx.strings.total[lang] } } : {}),
    };
  }

  const widths = roster ? roster.columns.map((c, i) => wordWidth(c.width, cells.filter((h) => h.col === i + 1 && (h.row === roster.groupRow || h.row === roster.headerRow) && !isGroupSpan(merges, h.row, h.col)))) : [...spec.widths];
  const keep = roster ? merges.map(parseRange).filter((r) => r.top === roster.groupRow && r.bottom === roster.groupRow).map((r) => [r.left, r.right] as const) : [];
  const smallestFont = Math.min(BASE_FONT_SIZE, ...cells.map((c) => LOOKS[c.style].size ?? BASE_FONT_SIZE));
  const paper = opts.paper ?? "A4";
  const titleCols = roster ? [1, Math.min(colOf.name ?? 3, roster.columns.length)] as const : undefined;
  const print = { orientation: spec.orientation, paper, titleRows: spec.titleRows, ...printLayout({ widths, orientation: spec.orientation, paper, smallestFont, titleCols, keep }) };
  /** Last column of the first printed page. */
  const pageEnd = print.colBreaks?.[0] ?? widths.length;
  const tableBottom = bottom;
  if (roster && pageEnd < widths.length) {
    // Across pages: the title, version and fields (above the table) sit on the first page;
    // later pages repeat the table's header rows and title columns.
    const above = (row: number) => row < roster.groupRow;
    const clip = (a: string) => {
      const r = parseRange(a);
      return !above(r.top) ? a : r.left > pageEnd ? undefined : rectA1({ ...r, right: Math.min(r.right, pageEnd) });
    };
    for (let i = cells.length - 1; i >= 0; i--) if (above(cells[i].row) && cells[i].col > pageEnd) cells.splice(i, 1);
    for (const list of [merges, boxes, unlocked, textRanges]) {
      // A merge clipped to one cell is no merge.
      const kept = list.map(clip).filter((a): a is string => a !== undefined && (list !== merges || a.includes(":")));
      list.splice(0, list.length, ...kept);
    }
    for (const v of validations) { const c = clip(v.range); if (c) v.range = c; }
    print.titleRows = [roster.groupRow, roster.headerRow];
  }

  if (spec.signOff) {
    const lastCol = print.colBreaks?.[0] ?? widths.length;
    const at = roster ? bottom + 2 : spec.signOff.row ?? bottom + 2;
    const block = signOffBlock(spec.signOff, at, widths.slice(0, lastCol), ctx);
    cells.push(...block.cells);
    merges.push(...block.merges);
    boxes.push(block.box);
    unlocked.push(...block.inputs);
    textRanges.push(...block.textInputs);
    validations.push(...block.validations);
    for (let r = at + 1; r <= block.bottom; r++) min[r] = Math.max(min[r] ?? 0, SIGN_ROW_HEIGHT);
    bottom = Math.max(bottom, block.bottom);
  }
  bottom = Math.max(bottom, ...cells.map((c) => c.row));

  const outline: { from: number; to: number }[] = [];
  roster?.columns.forEach((c, i) => {
    if (!c.detail) return;
    const prev = outline[outline.length - 1];
    if (prev && prev.to === i) prev.to = i + 1;
    else outline.push({ from: i + 1, to: i + 1 });
  });

  const plan: SheetPlan = {
    formId: spec.id, name: spec.sheetName[lang], widths, rowHeights: [],
    cells, merges, columnFormulas, data, inputs: inputBlocks, table, textRanges, formats, validations, flags, boxes,
    print, freeze: spec.freeze, names: [], keys,
    roster: frame && { firstRow: frame.firstRow, lastRow: frame.lastRow, colOf },
    policyVersion: policy.version,
    // Across pages, the first page's columns down to the sign-off, then the others' table only.
    printArea: pageEnd < widths.length && roster
      ? `A1:${colLetter(pageEnd)}${bottom},${colLetter(pageEnd + 1)}${roster.groupRow}:${colLetter(widths.length)}${tableBottom}`
      : `A1:${colLetter(widths.length)}${bottom}`,
    ...(opts.protect ? { protect: { unlocked } } : {}),
    ...(outline.length > 0 ? { outline: { cols: outline } } : {}),
  };
  const run = frame && spec.dataRowHeight ? { from: frame.firstRow, to: frame.lastRow, height: spec.dataRowHeight } : undefined;
  plan.rowHeights = fitRowHeights(plan, { lang, base: spec.rowHeight ?? DEFAULT_ROW_HEIGHT, skipFrom: roster?.firstRow, skipTo: frame?.lastRow, min, run });
  return plan;
}

/**
 * A sign-off block at `row`: a heading line (role, name, signature, date), then one line
 * per role; the name and the date may be typed, the signature is written by hand.
 * Parts span whole columns: the role, the name and the date at least their minimum
 * width, the signature the rest, within `widths`.
 */
function signOffBlock(signOff: SignOff, row: number, widths: readonly number[], ctx: TemplateContext) {
  const s = ctx.strings;
  const lang = ctx.lang;
  const reach = (from: number, units: number, step: 1 | -1) => {
    let c = from;
    let w = widths[c - 1] + 1;
    while (w < units && c + step >= 1 && c + step <= widths.length) { c += step; w += widths[c - 1] + 1; }
    return c;
  };
  const roleEnd = reach(1, SIGN_WIDTHS.role, 1);
  const nameEnd = reach(roleEnd + 1, SIGN_WIDTHS.name, 1);
  const dateStart = reach(widths.length, SIGN_WIDTHS.date, -1);
  if (dateStart - nameEnd < 2) throw new Error("a sign-off block needs more columns");
  const parts: [number, number][] = [[1, roleEnd], [roleEnd + 1, nameEnd], [nameEnd + 1, dateStart - 1], [dateStart, widths.length]];
  const span = ([a, b]: [number, number], r: number) => (a === b ? `${colLetter(a)}${r}` : `${colLetter(a)}${r}:${colLetter(b)}${r}`);
  const cells: PlannedCell[] = [];
  const merges: string[] = [];
  const inputs: string[] = [];
  const textInputs: string[] = [];
  const validations: PlannedValidation[] = [];
  const put = (part: [number, number], r: number, cell: Omit<PlannedCell, "row" | "col">) => {
    cells.push({ row: r, col: part[0], ...cell });
    if (part[1] > part[0]) merges.push(span(part, r));
  };
  [s.signRole, s.signName, s.signature, s.signDate].forEach((h, i) => put(parts[i], row, { value: h[lang], style: "header" }));
  signOff.roles.forEach((roleText, k) => {
    const r = row + 1 + k;
    put(parts[0], r, { value: roleText[lang], style: "label" });
    put(parts[1], r, { value: null, style: "input", fmt: "text" });
    put(parts[2], r, { value: null, style: "sign" });
    put(parts[3], r, { value: null, style: "input", fmt: "date" });
    inputs.push(span(parts[1], r), span(parts[3], r));
    textInputs.push(span(parts[1], r));
    validations.push({ range: span(parts[3], r), rule: { kind: "date" } });
  });
  const bottom = row + signOff.roles.length;
  return { cells, merges, inputs, textInputs, validations, bottom, box: `A${row}:${colLetter(widths.length)}${bottom}` };
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
    ...cells.filter((c) => c.formula !== undefined).map((c) => ({ area: { top: c.row, bottom: c.row, left: c.col, right: c.col }, formula: c.plainFormula ?? c.formula!, result: c.style === "output" || c.style === "total", cell: c as PlannedCell | undefined, column: undefined as ColumnFormula | undefined })),
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
    if (n.cell) {
      n.cell.formula = wrap(n.cell.formula!);
      if (n.cell.plainFormula) n.cell.plainFormula = wrap(n.cell.plainFormula);
    }
    if (n.column) {
      const { a1At, r1c1, plainR1C1 } = n.column;
      n.column.r1c1 = wrap(r1c1);
      n.column.a1At = (row: number) => wrap(a1At(row));
      if (plainR1C1) n.column.plainR1C1 = wrap(plainR1C1);
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
