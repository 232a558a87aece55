/**
 * Creating a form from the pane: the writer's 1–2 syncs, the new sheet activated in
 * the last one; a roster form is an Excel table (tableWriter's queueTable). (Kept apart from ./select.ts so the areas that only select cells do
 * not load the writer.)
 */
import type { PolicySource } from "../functions/policySource";
import type { FormId } from "../forms";
import type { Lang } from "../rules";
import { writeForm } from "../workbook/officeWriter";
import { queueTable } from "../workbook/tableWriter";
import type { PaneContext } from "./excel";
import type { RunBatch } from "./host";

export interface Created {
  sheet: string;
  /** False when the form is the policy sheet and the workbook already had one: it was shown, not written. */
  created: boolean;
}

/** Write a form with the policy the functions use (the workbook's, when valid), then show it. */
export async function createForm(run: RunBatch, policy: PolicySource | undefined, id: FormId, count: number | undefined, lang: Lang): Promise<Created> {
  const state = policy ? await policy.get() : undefined;
  return run(async (context: PaneContext) => {
    const result = await writeForm(context, id, { lang, count, policy: state?.ok ? state.policy : undefined, queueTable });
    context.workbook.worksheets.getItem(result.sheetName).activate();
    await context.sync();
    return { sheet: result.sheetName, created: id !== "policy" || result.createdPolicySheet };
  });
}
