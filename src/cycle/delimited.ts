/** Delimited text (CSV files, text pasted from a spreadsheet) read as a grid of cells. Pure. */
import type { GridCell } from "./grid";

/**
 * Delimited text as a grid: RFC 4180 CSV (commas), or the tab-separated text Excel puts
 * on the clipboard — double-quoted fields with "" inside, CRLF or LF; a record's row is
 * the line it starts on.
 */
export function parseDelimited(text: string, delimiter: "," | "\t"): { grid: GridCell[][]; rowNumbers: number[] } {
  const grid: GridCell[][] = [];
  const rowNumbers: number[] = [];
  let line = 1;
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let startLine = line;
  let any = false;
  const endField = () => { record.push(field); field = ""; };
  const endRecord = () => {
    endField();
    grid.push(record);
    rowNumbers.push(startLine);
    record = [];
    any = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!any) { startLine = line; any = true; }
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === "\n") line++; field += ch; }
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === "\r" && text[i + 1] === "\n") continue;
    else if (ch === "\n" || ch === "\r") { endRecord(); line++; }
    else field += ch;
  }
  if (any) endRecord();
  return { grid, rowNumbers };
}

/** The delimiter of pasted text: a tab when its first line has one (what Excel and WPS copy), else a comma. */
export function delimiterOf(text: string): "," | "\t" {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return first.includes("\t") ? "\t" : ",";
}
