/**
 * Where the chosen month stands in the workbook, read without the cycle module (the
 * area's first screen): this month's sheet and last month's, found by their tables
 * (KH_<scheme>_<yyyymm>, which stay when a sheet is renamed). At most two syncs.
 */
import { previousMonth } from "../../../cycle/contract";
import { tableName, type SchemeId } from "../../../cycle/ids";
import type { RunBatch } from "../../host";

export interface Around {
  /** The month looked around (a later month's answer is not this one's). */
  month: string;
  /** This month's sheet, when the month exists. */
  monthSheet?: string;
  /** Last month's sheet of the scheme, when there is one. */
  previousSheet?: string;
}

interface TableHandle { isNullObject: boolean; load(p: string): unknown; worksheet: { name: string; load(p: string): unknown } }
interface Tables { tables: { getItemOrNullObject(name: string): TableHandle } }

export async function lookAround(run: RunBatch, scheme: SchemeId, month: string): Promise<Around> {
  return run(async (context) => {
    const wb = context.workbook as unknown as Tables;
    const tables = [month, previousMonth(month)].map((m) => {
      const t = wb.tables.getItemOrNullObject(tableName(scheme, m));
      t.load("isNullObject");
      return t;
    });
    await context.sync();
    const sheets = tables.map((t) => {
      if (t.isNullObject) return undefined;
      const ws = t.worksheet;
      ws.load("name");
      return ws;
    });
    if (sheets.some((w) => w !== undefined)) await context.sync();
    return { month, monthSheet: sheets[0]?.name, previousSheet: sheets[1]?.name };
  });
}
