/**
 * Insert a function into the active cell: read the cell (one sync); when it is empty,
 * write at once (one more), otherwise the pane asks first and writes to the cell it read.
 *
 * The formula is written through `formulas` with the stable id (=HR.SALESPAY(…)): that
 * property takes the invariant (English) formula language in every Office language, and
 * Excel shows the function under its localized name (=HR.销售工资(…)). Excel refuses an
 * unfinished formula such as "=HR.SALESPAY(", so the worked example's arguments fill it.
 */
import type { RunBatch } from "../../host";
import { splitAddress, topLeft } from "../../address";

export interface ActiveCell {
  sheet: string;
  cell: string;
  /** What the cell holds (its formula, or its value as text); "" when empty. */
  content: string;
}

export async function readActiveCell(run: RunBatch): Promise<ActiveCell> {
  return run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load("address, formulas");
    await context.sync();
    const { sheet, range } = splitAddress(cell.address);
    const content = cell.formulas[0]?.[0];
    return { sheet: sheet ?? "", cell: topLeft(range), content: content === null || content === undefined ? "" : String(content) };
  });
}

export async function writeFormula(run: RunBatch, target: ActiveCell, formula: string): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const range = (target.sheet ? sheets.getItem(target.sheet) : sheets.getActiveWorksheet()).getRange(target.cell);
    range.formulas = [[formula]];
    await context.sync();
  });
}
