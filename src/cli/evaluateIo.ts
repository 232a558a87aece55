/**
 * Files for `evaluate`: a table as a grid of cells from a .csv (UTF-8 with or
 * without BOM, or GB18030 as Chinese Excel saves "CSV") or an .xlsx (its first
 * sheet, or every sheet for --previous), with each grid row's row number in the file.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseDelimited } from "../cycle/delimited";
import type { GridCell } from "../cycle/grid";
import { civilToSerial } from "../rules";
import { decodeText } from "./io";

/** A table read from a file: rows of cells and, for each row, its 1-based row number in the file. */
export interface FileGrid {
  grid: GridCell[][];
  rowNumbers: number[];
  /** The sheet it came from (.xlsx). */
  sheet?: string;
}

/** RFC 4180 CSV (src/cycle/delimited.ts). */
export function parseCsv(text: string): FileGrid {
  return parseDelimited(text, ",");
}

/** A cell as a grid value: a formula's cached result (none: blank), rich text as its text, a date as its serial. */
function cellValue(v: ExcelJS.CellValue): GridCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return civilToSerial({ year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() });
  if ("result" in v) return v.result === undefined ? null : cellValue(v.result as ExcelJS.CellValue);
  if ("formula" in v || "sharedFormula" in v) return null;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("error" in v) return v.error;
  if ("text" in v) return typeof v.text === "string" ? v.text : cellValue(v.text as ExcelJS.CellValue);
  return null;
}

/**
 * ExcelJS cannot read a table part with calculated columns (exceljs/exceljs#1936): only
 * cell values are read here, so the calculated-column formulas are dropped first.
 */
async function withoutCalculatedColumns(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  if (parts.length === 0) return bytes;
  for (const p of parts) {
    const xml = await zip.file(p)!.async("string");
    zip.file(p, xml.replace(/<tableColumn ([^>]*?)>\s*<calculatedColumnFormula[^>]*>[\s\S]*?<\/calculatedColumnFormula>\s*<\/tableColumn>/g, "<tableColumn $1/>"));
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** Every sheet of an .xlsx as a grid (sheet row and column numbers are the file's). */
export async function readXlsxSheets(bytes: Uint8Array): Promise<FileGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withoutCalculatedColumns(bytes)) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const grid: GridCell[][] = [];
    const rowNumbers: number[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const line: GridCell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) line.push(cellValue(row.getCell(c).value));
      grid.push(line);
      rowNumbers.push(r);
    }
    return { grid, rowNumbers, sheet: ws.name };
  });
}

export type TableFormat = "csv" | "xlsx";

export function formatOf(file: string): TableFormat | undefined {
  const ext = extname(file).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".xlsx" ? "xlsx" : undefined;
}

/** The sheets of a table file (a CSV is one sheet). Throws with the system's message when it cannot be read. */
export async function readTableFile(file: string): Promise<FileGrid[]> {
  const bytes = readFileSync(file);
  if (formatOf(file) === "xlsx") return readXlsxSheets(bytes);
  return [parseCsv(decodeText(bytes).text)];
}
