/**
 * The task pane bundle (dist/taskpane.js). In the shared runtime page it loads
 * after functions.js, so the functions are registered first and their policy
 * source is already published for the UI to show.
 */
import { createRoot } from "react-dom/client";
import { PolicySource } from "../functions/policySource";
import { excelPolicyHost } from "../functions/excelHost";
import { officeLang } from "../shared/lang";
import { sharedRuntime } from "../shared/runtime";
import type { DocumentFormId } from "../forms";
import type { Lang } from "../rules";
import { writeFormInExcel } from "../workbook/officeWriter";
import { App } from "./App";
import type { CreateForm } from "./FormsPanel";

interface OfficeLike {
  onReady(): Promise<unknown>;
}

/**
 * Write the form with the policy the functions use (the workbook's, when valid), then
 * show the new sheet. The writer takes one or two syncs; activating the sheet one more.
 */
async function createFormInExcel(excel: typeof Excel, policy: PolicySource | undefined, id: DocumentFormId, count: number | undefined, lang: Lang): Promise<string> {
  const state = policy ? await policy.get() : undefined;
  return excel.run(async (context) => {
    const result = await writeFormInExcel(context, id, { lang, count, policy: state?.ok ? state.policy : undefined });
    context.workbook.worksheets.getItem(result.sheetName).activate();
    await context.sync();
    return result.sheetName;
  });
}

function start(): void {
  const el = document.getElementById("root");
  if (!el) return;
  const g = globalThis as { Excel?: typeof Excel; Office?: OfficeLike };
  const ready = () => g.Office?.onReady() ?? Promise.resolve();
  // The functions' own source in the shared runtime; a reader of our own if the pane runs alone.
  const policy = sharedRuntime()?.policy ?? (g.Excel?.run ? new PolicySource(excelPolicyHost(g.Excel, ready)) : undefined);
  const lang = officeLang();
  const createForm: CreateForm | undefined = g.Excel?.run ? (id, count) => createFormInExcel(g.Excel!, policy, id, count, lang) : undefined;
  createRoot(el).render(<App lang={lang} policy={policy} createForm={createForm} />);
}

const office = (globalThis as { Office?: OfficeLike }).Office;
if (office) void office.onReady().then(start, start);
else start();
