/**
 * The Office.js PolicyHost: reads the policy sheet's columns A:B, reports
 * changes (onChanged on the policy sheet; onAdded/onDeleted/onNameChanged on
 * the worksheets) and requests full recalculations. Needs a shared runtime
 * (custom functions may call Excel.run only there).
 */
import type { PolicyHost, PolicySheetRead } from "./policySource";

/**
 * The used part of columns A:B as rows that start at row 1, column A, so that
 * rowsToPolicy sees the header row first and the key in column A even when
 * the used range starts lower or further right.
 */
export function alignUsedRange(values: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): unknown[][] {
  const pad: unknown[] = columnIndex > 0 ? new Array<unknown>(columnIndex).fill(null) : [];
  const rows: unknown[][] = Array.from({ length: Math.max(0, rowIndex) }, () => [null, null]);
  for (const row of values) rows.push([...pad, ...row]);
  return rows;
}

type ExcelApi = Pick<typeof Excel, "run" | "CalculationType">;

export function excelPolicyHost(excel: ExcelApi, ready: () => Promise<unknown> = () => Promise.resolve()): PolicyHost {
  /** Sheets whose onChanged already reports to us (handlers live as long as their sheet). */
  const watched = new Set<string>();
  let policySheetId: string | null = null;
  let changed: (() => void) | null = null;

  const watchSheet = (sheet: Excel.Worksheet) => {
    if (!changed || watched.has(sheet.id)) return;
    watched.add(sheet.id);
    sheet.onChanged.add(async (event) => {
      if (event.worksheetId === policySheetId) changed?.();
    });
  };

  return {
    async read(names): Promise<PolicySheetRead | null> {
      await ready();
      return excel.run(async (context) => {
        const candidates = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
        for (const c of candidates) c.load("isNullObject, id, name");
        await context.sync();
        const sheet = candidates.find((c) => !c.isNullObject);
        if (!sheet) {
          policySheetId = null;
          return null;
        }
        policySheetId = sheet.id;
        watchSheet(sheet);
        const used = sheet.getRange("A:B").getUsedRangeOrNullObject(true);
        used.load("isNullObject, values, rowIndex, columnIndex");
        await context.sync();
        const rows = used.isNullObject ? [] : alignUsedRange(used.values, used.rowIndex, used.columnIndex);
        return { sheet: sheet.name, rows };
      });
    },

    async watch(names, onChanged): Promise<void> {
      changed = onChanged;
      await ready();
      await excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.onAdded.add(async () => onChanged());
        sheets.onDeleted.add(async () => onChanged());
        const candidates = names.map((n) => sheets.getItemOrNullObject(n));
        for (const c of candidates) c.load("isNullObject, id");
        await context.sync();
        const sheet = candidates.find((c) => !c.isNullObject);
        if (sheet) watchSheet(sheet);
        await context.sync();
      });
      try {
        // ExcelApi 1.17: a rename can make or unmake a policy sheet. Older Excel refuses it; adding/deleting still report.
        await excel.run(async (context) => {
          context.workbook.worksheets.onNameChanged.add(async () => onChanged());
          await context.sync();
        });
      } catch { /* not supported here */ }
    },

    async recalculate(): Promise<void> {
      await excel.run(async (context) => {
        context.workbook.application.calculate(excel.CalculationType.full);
        await context.sync();
      });
    },
  };
}
