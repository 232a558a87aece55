/** A1 addresses: column letters, parsing, ranges. */
export interface Cell { row: number; col: number }
export interface Rect { top: number; left: number; bottom: number; right: number }

export function colLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parseCell(a1: string): Cell {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`not an A1 cell address: ${a1}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

export function parseRange(a1: string): Rect {
  const [a, b] = a1.split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function cellA1(c: Cell, absolute = false): string {
  return absolute ? `$${colLetter(c.col)}$${c.row}` : `${colLetter(c.col)}${c.row}`;
}

export function rectA1(r: Rect, absolute = false): string {
  const a = cellA1({ row: r.top, col: r.left }, absolute);
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${cellA1({ row: r.bottom, col: r.right }, absolute)}`;
}

export function rectRows(r: Rect): number { return r.bottom - r.top + 1; }
export function rectCols(r: Rect): number { return r.right - r.left + 1; }

/** A sheet name quoted for a reference: '规则'!$B$4 (quotes doubled inside). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
