/** Selecting cells and showing sheets for the user: one sync each, nothing written. */
import type { RunBatch } from "./host";

/** Select `address` on `sheet` (the sheet becomes the active one). One sync. */
export async function selectCell(run: RunBatch, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}

/** Show a sheet (activate it). One sync. */
export async function showSheet(run: RunBatch, sheet: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}
