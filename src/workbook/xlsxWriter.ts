/**
 * .xlsx writer (ExcelJS): a form's sheet plan plus the policy sheet, native
 * formulas only (no HR.* calls), defined names for every policy number.
 */
import ExcelJS from "exceljs";
import { DEFAULT_POLICY, type Lang, type Policy } from "../rules";
import { parseRange, quoteSheet, type Rect } from "../forms/address";
import { planForm, type FormId, type LayoutOptions, type NumFmt, type SheetPlan, type StyleKey } from "../forms";
import { NUMBER_FORMATS, type ValidationRule } from "../forms/plan";
import { BASE_FONT_SIZE, FLAG_LOOKS, FONT_BY_LANG, LOOKS } from "../forms/styles";
import { looksLikeFormula, uniqueSheetName } from "./names";

const argb = (rgb: string) => `FF${rgb}`;

function forEachCell(r: Rect, f: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

function applyLook(cell: ExcelJS.Cell, style: StyleKey, fmt: NumFmt | undefined, lang: Lang): void {
  const look = LOOKS[style];
  cell.font = { name: FONT_BY_LANG[lang], size: look.size ?? BASE_FONT_SIZE, bold: look.bold, italic: look.italic, color: look.color ? { argb: argb(look.color) } : undefined };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  cell.alignment = { vertical: "middle", horizontal: look.align, wrapText: look.wrap ?? false, shrinkToFit: look.shrink ?? false };
  if (fmt) cell.numFmt = NUMBER_FORMATS[fmt];
}

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

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

  for (const r of plan.textRanges) forEachCell(parseRange(r), (row, col) => { ws.getCell(row, col).numFmt = "@"; });
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
      cell.numFmt = "@";
      cell.value = v === null ? null : typeof v === "string" ? v : String(v);
    }));
  }
  for (const m of plan.merges) ws.mergeCells(m);
  for (const b of plan.boxes) forEachCell(parseRange(b), (row, col) => { ws.getCell(row, col).border = THIN; });
  for (const c of plan.cells) if (LOOKS[c.style].border) ws.getCell(c.row, c.col).border = THIN;

  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of plan.validations) forEachCell(parseRange(v.range), (row, col) => dv.add(ws.getCell(row, col).address, validation(v.rule)));

  plan.flags.forEach((f, i) => {
    const look = FLAG_LOOKS[f.style];
    ws.addConditionalFormatting({
      ref: f.range,
      rules: [{ type: "expression", priority: i + 1, formulae: [f.formula.slice(1)],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(look.fill) } }, font: { color: { argb: argb(look.color) } } } }],
    });
  });

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

/** A workbook with the form and its policy sheet; defined names point into the policy sheet. */
export function buildFormWorkbook(id: FormId, opts: XlsxFormOptions): ExcelJS.Workbook {
  const policy: Policy = opts.policy ?? DEFAULT_POLICY;
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kaohe";
  wb.title = opts.title ?? id;
  wb.calcProperties.fullCalcOnLoad = true;
  if (id !== "policy") writePlan(wb, planForm(id, { ...opts, policy }), opts.lang);
  const policyPlan = planForm("policy", { lang: opts.lang, policy });
  const ps = writePlan(wb, policyPlan, opts.lang);
  wb.definedNames.model = policyPlan.names.map((n) => ({ name: n.name, ranges: [`${quoteSheet(ps.name)}!${n.ref}`] }));
  return wb;
}

export async function formXlsxBuffer(id: FormId, opts: XlsxFormOptions): Promise<Buffer> {
  const wb = buildFormWorkbook(id, opts);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export { looksLikeFormula };
