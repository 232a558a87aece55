/**
 * .xlsx writer (ExcelJS): a form's sheet plan plus the policy sheet, native
 * formulas only (no HR.* calls), defined names for every policy number.
 *
 * Two ways to build a workbook:
 * - complete (`buildFormWorkbook`, or `buildWorkbook(…, { complete: true })`): every cell
 *   in ExcelJS's model, for callers that edit cells before writing;
 * - framed (the default, what `forms` and `evaluate` write): ExcelJS holds the sheet
 *   around a roster and the roster's first row only; `xlsxBuffer` writes the other
 *   rows straight into the sheet's XML from that row's styles — each formula column
 *   one shared formula, each row's values as they come. A 10,000-row roster then costs
 *   about what its first row does in ExcelJS (issue 12: "faster .xlsx").
 *
 * `xlsxBuffer` also adds what ExcelJS cannot write: a table's calculated columns
 * (exceljs/exceljs#1417) and totals row, vertical page breaks, and an outline that
 * starts expanded.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Readable } from "node:stream";
import { DEFAULT_POLICY, type Lang, type Policy } from "../rules";
import { colLetter, parseRange, quoteSheet, rectA1, type Rect } from "../forms/address";
import { planForm, type CellValue, type FormId, type LayoutOptions, type NumFmt, type SheetPlan, type StyleKey } from "../forms";
import { NUMBER_FORMATS, type PlannedTable, type ValidationRule } from "../forms/plan";
import { MARGINS, PAPER_CODE, WIDTH_PADDING } from "../forms/print";
import { BASE_FONT_SIZE, FLAG_LOOKS, FONT_BY_LANG, LOOKS } from "../forms/styles";
import { looksLikeFormula, uniqueSheetName } from "./names";
import { mergedValidations } from "./leanLayout";
import { zipStream, type ZipEntry } from "./zipStream";

const argb = (rgb: string) => `FF${rgb}`;
/** Data bars (a summary's band counts). */
const DATA_BAR = "5B9BD5";

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
const unlock = (cell: ExcelJS.Cell) => restyle(cell, "unlocked", (s) => ({ ...s, protection: { locked: false } }));

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

// ── What xlsxBuffer finishes after ExcelJS ───────────────────────────────────────────────────

/** A sheet's part of the finishing: its roster body (framed), its page breaks, its outline. */
interface SheetFinish {
  path: string;
  /** Rows firstRow..lastRow written from the first row's cells (framed). */
  body?: { plan: SheetPlan; firstRow: number; lastRow: number };
  colBreaks?: number[];
  outline?: boolean;
  /** A print area of several ranges (ExcelJS writes one): the sheet's position and name, and the ranges. */
  printAreas?: { index: number; sheet: string; areas: string[] };
}
interface Finish { tables: PlannedTable[]; sheets: SheetFinish[] }
const FINISH = new WeakMap<ExcelJS.Workbook, Finish>();
const finishOf = (wb: ExcelJS.Workbook): Finish => {
  let f = FINISH.get(wb);
  if (!f) FINISH.set(wb, (f = { tables: [], sheets: [] }));
  return f;
};

/**
 * The table over its header and `bodyRows` rows (cells are written afterwards: ExcelJS
 * writes the header texts and blanks now); xlsxBuffer gives it its range and totals row.
 */
function addTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, table: PlannedTable, bodyRows: number): void {
  const r = parseRange(table.range);
  ws.addTable({
    name: table.name, ref: `${ws.getCell(r.top, r.left).address}`, headerRow: true, totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: Array.from({ length: bodyRows }, () => []),
  });
  finishOf(wb).tables.push(table);
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A table part with its calculated columns, its full range (a framed table was added over
 * one row) and its totals row, without ExcelJS's filter-button leftovers.
 */
export function withCalculatedColumns(xml: string, table: PlannedTable): string {
  let i = 0;
  const r = parseRange(table.range);
  const filter = rectA1({ ...r, bottom: table.totalsRow ? r.bottom - 1 : r.bottom });
  return xml
    .replace(/<table [^>]*>/, (open) => open
      .replace(/\bref="[^"]*"/, `ref="${table.range}"`)
      .replace(/\s*totalsRow(Count|Shown)="[^"]*"/g, "")
      .replace(/>$/, table.totalsRow ? ' totalsRowCount="1">' : ' totalsRowShown="0">'))
    .replace(/(<autoFilter ref=")[^"]*"/, `$1${filter}"`)
    .replace(/<filterColumn colId="\d+" hiddenButton="[01]"\/>/g, "")
    .replace(/<tableColumn ([^>]*?)\/>/g, (_, attrs: string) => {
      const column = table.columns[i];
      const totals = !table.totalsRow ? "" : column?.totalsFormula ? ' totalsRowFunction="custom"' : i === 0 ? ` totalsRowLabel="${xmlText(table.totalsRow.label)}"` : "";
      i++;
      const kept = attrs.replace(/\s*totalsRow(Label|Function)="[^"]*"/g, "") + totals;
      const inside = (column?.formula ? `<calculatedColumnFormula>${xmlText(column.formula)}</calculatedColumnFormula>` : "")
        + (table.totalsRow && column?.totalsFormula ? `<totalsRowFormula>${xmlText(column.totalsFormula)}</totalsRowFormula>` : "");
      return inside ? `<tableColumn ${kept}>${inside}</tableColumn>` : `<tableColumn ${kept}/>`;
    });
}

/** One cell of a body row, from the first row's cell of its column. */
interface TemplateCell { col: number; attrs: string; formula?: string }

const CELL = /<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** Rows written per piece of a framed roster's XML (the sheet never sits in memory whole). */
const ROWS_PER_PIECE = 2000;

/** The rows firstRow..lastRow of a framed roster as sheet XML, piece by piece, from the first row's cells. */
function* bodyRows(rowXml: string, body: NonNullable<SheetFinish["body"]>, nextShared: () => number): Generator<string> {
  const open = /^<row [^>]*>/.exec(rowXml)![0];
  const cells: TemplateCell[] = [];
  for (const m of rowXml.matchAll(CELL)) {
    const col = colNumber(m[1]);
    const attrs = m[3].replace(/\s*t="[^"]*"/, "");
    const f = m[4] ? /<f>([\s\S]*?)<\/f>/.exec(m[4])?.[1] : undefined;
    cells.push({ col, attrs, formula: f });
  }
  const { plan, firstRow, lastRow } = body;
  const values = new Map<number, (row: number) => CellValue | undefined>();
  const place = (block: { range: string; rows: CellValue[][] } | undefined, asText: boolean) => {
    if (!block) return;
    const r = parseRange(block.range);
    for (let c = r.left; c <= r.right; c++) values.set(c, (row) => {
      const v = block.rows[row - r.top]?.[c - r.left];
      return v === null || v === undefined ? undefined : asText && typeof v === "number" ? String(v) : v;
    });
  };
  place(plan.data, true);
  for (const b of plan.inputs ?? []) place(b, false);
  // Each cell's fixed parts once: its column letter, style, formula or value slot.
  const parts = cells.map((c) => {
    const letter = colLetter(c.col);
    const si = c.formula !== undefined ? nextShared() : undefined;
    return { letter, attrs: c.attrs, value: values.get(c.col), formula: c.formula, si, tail: `${c.attrs}><f t="shared" si="${si}"/></c>` };
  });
  const [openHead, openTail] = open.split(/\br="\d+"/);
  let out: string[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    out.push(`${openHead}r="${row}"${openTail}`);
    for (const c of parts) {
      const ref = `${c.letter}${row}`;
      if (c.si !== undefined) {
        out.push(row === firstRow
          ? `<c r="${ref}"${c.attrs}><f t="shared" ref="${ref}:${c.letter}${lastRow}" si="${c.si}">${c.formula}</f></c>`
          : `<c r="${ref}"${c.tail}`);
        continue;
      }
      const v = c.value?.(row);
      if (v === undefined) out.push(`<c r="${ref}"${c.attrs}/>`);
      else if (typeof v === "number") out.push(`<c r="${ref}"${c.attrs}><v>${v}</v></c>`);
      else out.push(`<c r="${ref}"${c.attrs} t="inlineStr"><is><t xml:space="preserve">${xmlText(String(v))}</t></is></c>`);
    }
    out.push("</row>");
    if ((row - firstRow + 1) % ROWS_PER_PIECE === 0) { yield out.join(""); out = []; }
  }
  yield out.join("");
}

/** "A1:K22" → "$A$1:$K$22". */
const absolute = (a1: string) => a1.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Where `<colBreaks>` goes in a worksheet part: before the first of the elements that follow it. */
const AFTER_BREAKS = /<(customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** A worksheet part finished, piece by piece: its framed body, page breaks, an outline that starts expanded. */
function* finishSheet(xml: string, s: SheetFinish): Generator<string> {
  let out = xml;
  if (s.outline) out = out.replace(/(<col [^>]*?) collapsed="1"/g, "$1");
  if (s.colBreaks && s.colBreaks.length > 0) {
    const breaks = `<colBreaks count="${s.colBreaks.length}" manualBreakCount="${s.colBreaks.length}">${s.colBreaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("")}</colBreaks>`;
    const at = AFTER_BREAKS.exec(out)!.index;
    out = out.slice(0, at) + breaks + out.slice(at);
  }
  if (!s.body) { yield out; return; }
  const { firstRow } = s.body;
  const m = new RegExp(`<row r="${firstRow}"[^>]*>[\\s\\S]*?</row>`).exec(out);
  if (!m) throw new Error(`framed roster: row ${firstRow} not found in ${s.path}`);
  const usedShared = [...out.matchAll(/\bsi="(\d+)"/g)].map((x) => Number(x[1]));
  let si = usedShared.length > 0 ? Math.max(...usedShared) + 1 : 0;
  yield out.slice(0, m.index);
  yield* bodyRows(m[0], s.body, () => si++);
  yield out.slice(m.index + m[0].length);
}

/**
 * The workbook as an .xlsx byte stream, with what ExcelJS cannot write (see the file
 * comment): a framed roster's rows are made and compressed piece by piece (./zipStream),
 * so memory stays bounded whatever the number of rows.
 */
export async function xlsxStream(wb: ExcelJS.Workbook): Promise<Readable> {
  // ExcelJS's parts uncompressed: they are compressed once, on the way out (native zlib).
  const bytes = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
  const finish = FINISH.get(wb) ?? { tables: [], sheets: [] };
  const zip = await JSZip.loadAsync(bytes);
  const entries: ZipEntry[] = [];
  const areas = finish.sheets.filter((s) => s.printAreas).map((s) => s.printAreas!);
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const sheet = finish.sheets.find((s) => s.path === path);
    if (sheet) {
      const xml = await file.async("string");
      entries.push({ name: path, data: (function* () { for (const piece of finishSheet(xml, sheet)) yield Buffer.from(piece, "utf8"); })() });
      continue;
    }
    let text: string | undefined;
    if (/^xl\/tables\/[^/]+\.xml$/.test(path)) {
      const xml = await file.async("string");
      const table = finish.tables.find((t) => new RegExp(`<table [^>]*\\bname="${t.name}"`).test(xml));
      if (table) text = withCalculatedColumns(xml, table);
    }
    if (path === "xl/workbook.xml" && areas.length > 0) {
      text = await file.async("string");
      for (const a of areas) {
        const refs = a.areas.map((r) => `${quoteSheet(a.sheet)}!${absolute(r)}`).join(",");
        text = text.replace(new RegExp(`(<definedName name="_xlnm\\.Print_Area" localSheetId="${a.index}">)[^<]*`), (_, open: string) => open + xmlText(refs));
      }
    }
    entries.push({ name: path, data: text !== undefined ? Buffer.from(text, "utf8") : await file.async("uint8array") });
  }
  return zipStream(entries);
}

/** The workbook as .xlsx bytes (see xlsxStream). */
export async function xlsxBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await xlsxStream(wb)) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export interface WriteOptions {
  /** Every roster row in ExcelJS's model (to edit before writing); default: framed, finished by xlsxBuffer. */
  complete?: boolean;
}

/** Place one sheet plan on a new worksheet. */
export function writePlan(wb: ExcelJS.Workbook, plan: SheetPlan, lang: Lang, opts: WriteOptions = {}): ExcelJS.Worksheet {
  const name = uniqueSheetName(plan.name, wb.worksheets.map((w) => w.name));
  const p = plan.print;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: PAPER_CODE[p.paper ?? "A4"], orientation: p.orientation,
      ...(p.scale === undefined ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: p.scale }),
      printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}`, horizontalCentered: true,
      ...(p.titleCols ? { printTitlesColumn: `${colLetter(p.titleCols[0])}:${colLetter(p.titleCols[1])}` } : {}),
      margins: { ...MARGINS },
    },
    views: plan.freeze ? [{ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }] : undefined,
  });
  const finish: SheetFinish = { path: `xl/worksheets/sheet${ws.id}.xml` };
  // Framed: the roster's rows after the first are written by xlsxBuffer from the first.
  const framed = !opts.complete && plan.roster !== undefined;
  const skipFrom = framed ? plan.roster!.firstRow + 1 : Infinity;
  const skipTo = framed ? plan.roster!.lastRow : -Infinity;
  const skipped = (row: number) => row >= skipFrom && row <= skipTo;
  const forEachCell = (r: Rect, f: (row: number, col: number) => void) => {
    for (let row = r.top; row <= r.bottom; row++) {
      if (skipped(row)) { row = skipTo; continue; }
      for (let col = r.left; col <= r.right; col++) f(row, col);
    }
  };

  plan.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w + WIDTH_PADDING; });
  if (plan.table) {
    const r = parseRange(plan.table.range);
    const dataRows = r.bottom - r.top - (plan.table.totalsRow ? 1 : 0);
    addTable(wb, ws, plan.table, framed ? 1 : dataRows);
  }

  for (const r of plan.textRanges) forEachCell(parseRange(r), (row, col) => withNumFmt(ws.getCell(row, col), "@"));
  for (const f of plan.formats) forEachCell(parseRange(f.range), (row, col) => applyLook(ws.getCell(row, col), f.style, f.fmt === "general" ? undefined : f.fmt, lang));
  for (const c of plan.cells) {
    const cell = ws.getCell(c.row, c.col);
    applyLook(cell, c.style, c.fmt, lang);
    if (c.formula !== undefined) cell.value = { formula: c.formula.slice(1) } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined && c.value !== null) cell.value = c.value;
  }
  for (const cf of plan.columnFormulas) {
    for (let row = cf.firstRow; row <= (framed ? cf.firstRow : cf.lastRow); row++) ws.getCell(row, cf.col).value = { formula: cf.a1At(row).slice(1) } as ExcelJS.CellFormulaValue;
  }
  for (const b of plan.blocks ?? []) b.cells.forEach((line, i) => line.forEach((v, j) => {
    if (v === null) return;
    ws.getCell(b.row + i, b.col + j).value = typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } as ExcelJS.CellFormulaValue : v;
  }));
  for (const rf of plan.rangeFormulas ?? []) forEachCell(parseRange(rf.range), (row, col) => { ws.getCell(row, col).value = { formula: rf.a1At(row, col).slice(1) } as ExcelJS.CellFormulaValue; });
  if (plan.data) {
    const r = parseRange(plan.data.range);
    forEachCell(r, (row, col) => withNumFmt(ws.getCell(row, col), "@"));
    if (!framed) plan.data.rows.forEach((line, i) => line.forEach((v, j) => {
      ws.getCell(r.top + i, r.left + j).value = v === null ? null : typeof v === "string" ? v : String(v);
    }));
  }
  if (!framed) for (const block of plan.inputs ?? []) {
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
  for (const u of plan.protect?.unlocked ?? []) forEachCell(parseRange(u), (row, col) => unlock(ws.getCell(row, col)));

  // One validation per range (mergedValidations): ExcelJS keeps a range's entry as given.
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of mergedValidations(plan.validations)) dv.add(v.range, validation(v.rule));

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
  else if (plan.protect) void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, autoFilter: true, sort: true, formatColumns: true, formatRows: true });

  for (const h of plan.rowHeights) for (let row = h.from; row <= h.to; row++) if (!skipped(row)) ws.getRow(row).height = h.height;
  for (const h of plan.hidden?.rows ?? []) for (let row = h.from; row <= h.to; row++) ws.getRow(row).hidden = true;
  for (const col of plan.hidden?.cols ?? []) ws.getColumn(col).hidden = true;
  for (const g of plan.outline?.cols ?? []) for (let col = g.from; col <= g.to; col++) ws.getColumn(col).outlineLevel = 1;
  if (plan.outline) ws.properties.outlineLevelCol = 1;
  // ExcelJS puts "$" before each corner's column only; "A$1" makes the rows absolute too. It
  // writes one range: xlsxBuffer writes the others.
  const areas = plan.printArea?.split(",") ?? [];
  if (areas.length > 0) ws.pageSetup.printArea = areas[0].replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  if (areas.length > 1) finish.printAreas = { index: wb.worksheets.indexOf(ws), sheet: ws.name, areas };

  if (framed) finish.body = { plan, firstRow: plan.roster!.firstRow, lastRow: plan.roster!.lastRow };
  if (p.colBreaks?.length) finish.colBreaks = p.colBreaks;
  if (plan.outline) finish.outline = true;
  if (finish.body || finish.colBreaks || finish.outline || finish.printAreas) finishOf(wb).sheets.push(finish);
  return ws;
}

export interface XlsxFormOptions extends LayoutOptions {
  /** Title in the workbook's properties. */
  title?: string;
}

/**
 * A workbook of these sheets, then the policy sheet; defined names point into the policy
 * sheet. Framed unless `complete` (see the file comment): write it with xlsxBuffer.
 */
export function buildWorkbook(plans: readonly SheetPlan[], opts: { lang: Lang; policy?: Policy; title: string } & WriteOptions): ExcelJS.Workbook {
  const policy: Policy = opts.policy ?? DEFAULT_POLICY;
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kaohe";
  wb.title = opts.title;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const plan of plans) writePlan(wb, plan, opts.lang, opts);
  const policyPlan = planForm("policy", { lang: opts.lang, policy });
  const ps = writePlan(wb, policyPlan, opts.lang, opts);
  wb.definedNames.model = policyPlan.names.map((n) => ({ name: n.name, ranges: [`${quoteSheet(ps.name)}!${n.ref}`] }));
  return wb;
}

/** A workbook with the form and its policy sheet, every cell in ExcelJS's model (to edit before writing). */
export function buildFormWorkbook(id: FormId, opts: XlsxFormOptions): ExcelJS.Workbook {
  const policy: Policy = opts.policy ?? DEFAULT_POLICY;
  return buildWorkbook(id === "policy" ? [] : [planForm(id, { ...opts, policy })], { lang: opts.lang, policy, title: opts.title ?? id, complete: true });
}

/** A form and its policy sheet as .xlsx bytes (framed: fast for large rosters). */
export async function formXlsxBuffer(id: FormId, opts: XlsxFormOptions): Promise<Buffer> {
  const policy: Policy = opts.policy ?? DEFAULT_POLICY;
  return xlsxBuffer(buildWorkbook(id === "policy" ? [] : [planForm(id, { ...opts, policy })], { lang: opts.lang, policy, title: opts.title ?? id }));
}

export { looksLikeFormula };
