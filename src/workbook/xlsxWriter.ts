/**
 * .xlsx writer (ExcelJS): a form's sheet plan plus the policy sheet, native
 * formulas only (no HR.* calls), defined names for every policy number.
 *
 * A plan's Excel table is added with ExcelJS's addTable, which does not write
 * calculated columns (exceljs/exceljs#1417); `xlsxBuffer` adds them to the table
 * parts afterwards (<calculatedColumnFormula>), so Excel fills the formulas into
 * rows added to the table.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DEFAULT_POLICY, type Lang, type Policy } from "../rules";
import { parseRange, quoteSheet, rectA1, type Rect } from "../forms/address";
import { planForm, type FormId, type LayoutOptions, type NumFmt, type SheetPlan, type StyleKey } from "../forms";
import { NUMBER_FORMATS, type PlannedTable, type ValidationRule } from "../forms/plan";
import { BASE_FONT_SIZE, FLAG_LOOKS, FONT_BY_LANG, LOOKS } from "../forms/styles";
import { looksLikeFormula, uniqueSheetName } from "./names";

const argb = (rgb: string) => `FF${rgb}`;
/** Data bars (a summary's band counts). */
const DATA_BAR = "5B9BD5";

function forEachCell(r: Rect, f: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

type Style = Partial<ExcelJS.Style>;

/**
 * Cells share style objects: each change derives the next style from the current one
 * through a cache, so every cell with the same look holds the same object. ExcelJS
 * recognises a style object it has seen (a WeakMap) and skips rendering it again,
 * which is most of the writing time of a 10,000-row sheet. Styles are never mutated.
 */
const EMPTY_STYLE: Style = Object.freeze({}) as Style;
const DERIVED = new WeakMap<Style, Map<string, Style>>();

function restyle(cell: ExcelJS.Cell, key: string, make: (base: Style) => Style): void {
  const base = Object.keys(cell.style).length === 0 ? EMPTY_STYLE : cell.style;
  let next = DERIVED.get(base);
  if (!next) DERIVED.set(base, (next = new Map()));
  let style = next.get(key);
  if (!style) next.set(key, (style = make(base)));
  cell.style = style;
}

const withNumFmt = (cell: ExcelJS.Cell, numFmt: string) => restyle(cell, `numFmt:${numFmt}`, (s) => ({ ...s, numFmt }));

function applyLook(cell: ExcelJS.Cell, style: StyleKey, fmt: NumFmt | undefined, lang: Lang): void {
  restyle(cell, `look:${style}:${fmt ?? ""}:${lang}`, (s) => {
    const look = LOOKS[style];
    return {
      ...s,
      font: { name: FONT_BY_LANG[lang], size: look.size ?? BASE_FONT_SIZE, bold: look.bold, italic: look.italic, color: look.color ? { argb: argb(look.color) } : undefined },
      ...(look.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } } } : {}),
      alignment: { vertical: "middle", horizontal: look.align, wrapText: look.wrap ?? false, shrinkToFit: look.shrink ?? false },
      ...(fmt ? { numFmt: NUMBER_FORMATS[fmt] } : {}),
    } as Style;
  });
}

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const withBorder = (cell: ExcelJS.Cell) => restyle(cell, "border:thin", (s) => ({ ...s, border: THIN }));

function validation(rule: ValidationRule): ExcelJS.DataValidation {
  const bare = (v: number | string) => (typeof v === "string" ? v.replace(/^=/, "") : v);
  switch (rule.kind) {
    case "list": return { type: "list", allowBlank: true, formulae: [`"${rule.items.join(",")}"`], showErrorMessage: true };
    case "listRef": return { type: "list", allowBlank: true, formulae: [bare(rule.ref)], showErrorMessage: true };
    case "date": return { type: "date", allowBlank: true, operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))], showErrorMessage: true };
    default:
      return rule.max === undefined
        ? { type: rule.kind, allowBlank: true, operator: "greaterThanOrEqual", formulae: [bare(rule.min)], showErrorMessage: true }
        : { type: rule.kind, allowBlank: true, operator: "between", formulae: [bare(rule.min), bare(rule.max)], showErrorMessage: true };
  }
}

/** The tables each workbook's plans asked for, until xlsxBuffer writes their calculated columns. */
const PLANNED_TABLES = new WeakMap<ExcelJS.Workbook, PlannedTable[]>();

/** The table over its range (cells are written afterwards: ExcelJS writes the header texts and blanks now). */
function addTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, table: PlannedTable): void {
  const r = parseRange(table.range);
  ws.addTable({
    name: table.name, ref: `${ws.getCell(r.top, r.left).address}`, headerRow: true, totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: Array.from({ length: r.bottom - r.top }, () => []),
  });
  PLANNED_TABLES.set(wb, [...(PLANNED_TABLES.get(wb) ?? []), table]);
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A table part with its calculated columns, and without ExcelJS's totals-row and filter-button leftovers. */
export function withCalculatedColumns(xml: string, table: PlannedTable): string {
  let i = 0;
  return xml
    .replace(/totalsRowShown="1"/, 'totalsRowShown="0"')
    .replace(/<filterColumn colId="\d+" hiddenButton="0"\/>/g, "")
    .replace(/<tableColumn ([^>]*?)\/>/g, (_, attrs: string) => {
      const column = table.columns[i++];
      const kept = attrs.replace(/\s*totalsRow(Label|Function)="[^"]*"/g, "");
      return column?.formula ? `<tableColumn ${kept}><calculatedColumnFormula>${xmlText(column.formula)}</calculatedColumnFormula></tableColumn>` : `<tableColumn ${kept}/>`;
    });
}

/** The workbook as .xlsx bytes, its tables' calculated columns included. */
export async function xlsxBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const bytes = await wb.xlsx.writeBuffer();
  const tables = PLANNED_TABLES.get(wb) ?? [];
  if (tables.length === 0) return Buffer.from(bytes);
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const table = tables.find((t) => new RegExp(`<table [^>]*\\bname="${t.name}"`).test(xml));
    if (table) zip.file(path, withCalculatedColumns(xml, table));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Place one sheet plan on a new worksheet. */
export function writePlan(wb: ExcelJS.Workbook, plan: SheetPlan, lang: Lang): ExcelJS.Worksheet {
  const name = uniqueSheetName(plan.name, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, orientation: plan.print.orientation,
      ...(plan.print.scale === undefined ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: plan.print.scale }),
      printTitlesRow: `${plan.print.titleRows[0]}:${plan.print.titleRows[1]}`, horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    views: plan.freeze ? [{ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }] : undefined,
  });
  plan.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w + 1; });
  if (plan.table) addTable(wb, ws, plan.table);

  for (const r of plan.textRanges) forEachCell(parseRange(r), (row, col) => withNumFmt(ws.getCell(row, col), "@"));
  for (const f of plan.formats) forEachCell(parseRange(f.range), (row, col) => applyLook(ws.getCell(row, col), f.style, f.fmt === "general" ? undefined : f.fmt, lang));
  for (const c of plan.cells) {
    const cell = ws.getCell(c.row, c.col);
    applyLook(cell, c.style, c.fmt, lang);
    if (c.formula !== undefined) cell.value = { formula: c.formula.slice(1) } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined && c.value !== null) cell.value = c.value;
  }
  for (const cf of plan.columnFormulas) {
    for (let row = cf.firstRow; row <= cf.lastRow; row++) ws.getCell(row, cf.col).value = { formula: cf.a1At(row).slice(1) } as ExcelJS.CellFormulaValue;
  }
  for (const b of plan.blocks ?? []) b.cells.forEach((line, i) => line.forEach((v, j) => {
    if (v === null) return;
    ws.getCell(b.row + i, b.col + j).value = typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } as ExcelJS.CellFormulaValue : v;
  }));
  for (const rf of plan.rangeFormulas ?? []) forEachCell(parseRange(rf.range), (row, col) => { ws.getCell(row, col).value = { formula: rf.a1At(row, col).slice(1) } as ExcelJS.CellFormulaValue; });
  if (plan.data) {
    const r = parseRange(plan.data.range);
    plan.data.rows.forEach((line, i) => line.forEach((v, j) => {
      const cell = ws.getCell(r.top + i, r.left + j);
      withNumFmt(cell, "@");
      cell.value = v === null ? null : typeof v === "string" ? v : String(v);
    }));
  }
  for (const block of plan.inputs ?? []) {
    const r = parseRange(block.range);
    block.rows.forEach((line, i) => line.forEach((v, j) => {
      if (v === null) return;
      const cell = ws.getCell(r.top + i, r.left + j);
      if (typeof v === "string" && looksLikeFormula(v)) withNumFmt(cell, "@");
      cell.value = v;
    }));
  }
  for (const m of plan.merges) ws.mergeCells(m);
  for (const b of plan.boxes) forEachCell(parseRange(b), (row, col) => withBorder(ws.getCell(row, col)));
  for (const c of plan.cells) if (LOOKS[c.style].border) withBorder(ws.getCell(c.row, c.col));
  // Every cell of a merged range looks like its first cell (its edges draw the merged cell's border).
  for (const m of plan.merges) {
    const r = parseRange(m);
    const style = ws.getCell(r.top, r.left).style;
    forEachCell(r, (row, col) => { ws.getCell(row, col).style = style; });
  }

  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of plan.validations) dv.add(rectA1(parseRange(v.range)), validation(v.rule));

  plan.flags.forEach((f, i) => {
    const look = FLAG_LOOKS[f.style];
    ws.addConditionalFormatting({
      ref: f.range,
      rules: [{ type: "expression", priority: i + 1, formulae: [f.formula.slice(1)],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(look.fill) } }, font: { color: { argb: argb(look.color) } } } }],
    });
  });

  for (const ref of plan.dataBars ?? []) {
    ws.addConditionalFormatting({
      ref,
      rules: [{ type: "dataBar", priority: plan.flags.length + 1, gradient: false, cfvo: [{ type: "num", value: 0 }, { type: "max" }], color: { argb: argb(DATA_BAR) } } as ExcelJS.DataBarRuleType],
    });
  }
  if (plan.locked) void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, autoFilter: true, sort: true });

  for (const h of plan.rowHeights) for (let row = h.from; row <= h.to; row++) ws.getRow(row).height = h.height;
  for (const h of plan.hidden?.rows ?? []) for (let row = h.from; row <= h.to; row++) ws.getRow(row).hidden = true;
  for (const col of plan.hidden?.cols ?? []) ws.getColumn(col).hidden = true;
  // ExcelJS puts "$" before each corner's column only; "A$1" makes the rows absolute too.
  if (plan.printArea) ws.pageSetup.printArea = plan.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  return ws;
}

export interface XlsxFormOptions extends LayoutOptions {
  /** Title in the workbook's properties. */
  title?: string;
}

/** A workbook of these sheets, then the policy sheet; defined names point into the policy sheet. */
export function buildWorkbook(plans: readonly SheetPlan[], opts: { lang: Lang; policy?: Policy; title: string }): ExcelJS.Workbook {
  const policy: Policy = opts.policy ?? DEFAULT_POLICY;
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kaohe";
  wb.title = opts.title;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const plan of plans) writePlan(wb, plan, opts.lang);
  const policyPlan = planForm("policy", { lang: opts.lang, policy });
  const ps = writePlan(wb, policyPlan, opts.lang);
  wb.definedNames.model = policyPlan.names.map((n) => ({ name: n.name, ranges: [`${quoteSheet(ps.name)}!${n.ref}`] }));
  return wb;
}

/** A workbook with the form and its policy sheet. */
export function buildFormWorkbook(id: FormId, opts: XlsxFormOptions): ExcelJS.Workbook {
  const policy: Policy = opts.policy ?? DEFAULT_POLICY;
  return buildWorkbook(id === "policy" ? [] : [planForm(id, { ...opts, policy })], { lang: opts.lang, policy, title: opts.title ?? id });
}

export async function formXlsxBuffer(id: FormId, opts: XlsxFormOptions): Promise<Buffer> {
  return xlsxBuffer(buildFormWorkbook(id, opts));
}

export { looksLikeFormula };
