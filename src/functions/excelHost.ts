/**
 * The Office.js PolicyHost: reads the sheets that may hold the policy (their
 * names contain 规则 / 規則 / Rules; which one is the policy is decided by the
 * marker, in policySource), reports changes (onChanged on those sheets;
 * onAdded/onDeleted/onNameChanged on the worksheets) and requests full
 * recalculations. Two syncs per read: the sheet names, then the candidates'
 * used ranges. Needs a shared runtime (custom functions may call Excel.run only there).
 */
import { alignUsedRange, policyCandidates } from "../rules";
import type { PolicyHost, PolicySheetRead } from "./policySource";

export { alignUsedRange };

type ExcelApi = Pick<typeof Excel, "run" | "CalculationType">;

export function excelPolicyHost(excel: ExcelApi, ready: () => Promise<unknown> = () => Promise.resolve()): PolicyHost {
  /** Sheets whose onChanged already reports to us (handlers live as long as their sheet). */
  const watched = new Set<string>();
  /** The sheets read last time: an edit on any of them may make or unmake the policy. */
  let candidateIds = new Set<string>();
  let changed: (() => void) | null = null;

  const watchSheet = (sheet: Excel.Worksheet) => {
    if (!changed || watched.has(sheet.id)) return;
    watched.add(sheet.id);
    sheet.onChanged.add(async (event) => {
      if (candidateIds.has(event.worksheetId)) changed?.();
    });
  };

  return {
    async read(): Promise<PolicySheetRead[]> {
      await ready();
      return excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/id");
        await context.sync();
        const byName = new Map(sheets.items.map((s) => [s.name, s]));
        const candidates = policyCandidates([...byName.keys()]).map((n) => byName.get(n)!);
        candidateIds = new Set(candidates.map((s) => s.id));
        if (candidates.length === 0) return [];
        const used = candidates.map((sheet) => {
          watchSheet(sheet);
          const r = sheet.getUsedRangeOrNullObject(true);
          r.load("isNullObject, values, rowIndex, columnIndex");
          return { sheet, r };
        });
        await context.sync();
        return used.map(({ sheet, r }) => ({ sheet: sheet.name, rows: r.isNullObject ? [] : alignUsedRange(r.values, r.rowIndex, r.columnIndex) }));
      });
    },

    async watch(_names, onChanged): Promise<void> {
      changed = onChanged;
      await ready();
      await excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.onAdded.add(async () => onChanged());
        sheets.onDeleted.add(async () => onChanged());
        sheets.load("items/name,items/id");
        await context.sync();
        for (const s of sheets.items) if (candidateIds.has(s.id)) watchSheet(s);
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
