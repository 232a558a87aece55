/** R1C1 references → A1 at a given cell (for writers that take A1 per cell). */
import { colLetter } from "./address";

/**
 * `R5C3` → `$C$5`, `RC[-1]` → the cell to the left, `R[1]C` → the cell below;
 * string literals untouched. Only what the generators produce: no R1C1 names.
 */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  return formula.replace(/"(?:[^"]|"")*"|\bR(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z_(\d])/g, (m, r?: string, c?: string) => {
    if (m.startsWith('"')) return m;
    const rr = r === undefined ? `${row}` : r.startsWith("[") ? `${row + Number(r.slice(1, -1))}` : `$${r}`;
    const cc = c === undefined ? colLetter(col) : c.startsWith("[") ? colLetter(col + Number(c.slice(1, -1))) : `$${colLetter(Number(c))}`;
    return `${cc}${rr}`;
  });
}
