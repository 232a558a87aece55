/**
 * What the Forms area offers, computed without React or Office (tested in test/taskpane):
 * the list of forms only (../../../forms/list); the specs and the writer load on Create.
 */
import type { FormId } from "../../../forms";
import { ROSTER_FORMS, formTitle } from "../../../forms/list";
import { translate, type Lang } from "../../../rules";
import { FORM_LINES, FORMS_TEXT } from "./texts";

export const FORM_GROUPS = [
  { id: "evaluation", forms: ["salesMonthly", "regionalMonthly", "fieldMonthly", "csMonthly", "annualSummary"] },
  { id: "pay", forms: ["csPay"] },
  { id: "documents", forms: ["dismissalReview", "dismissalNotice", "separation", "complaint", "survey"] },
  { id: "registers", forms: ["weeklyReport", "visitRecord", "overtimeLog", "serviceRegister"] },
  { id: "policy", forms: ["policy"] },
] as const satisfies readonly { id: string; forms: readonly FormId[] }[];

export type GroupId = (typeof FORM_GROUPS)[number]["id"];

export interface FormOption {
  id: FormId;
  title: string;
  line: string;
  /** One row per employee: the user picks the number of rows. */
  roster: boolean;
}

export interface FormGroup {
  id: GroupId;
  title: string;
  forms: FormOption[];
}

/** Every form (FORM_IDS, the policy sheet included), grouped by purpose, in the user's language. */
export function formGroups(lang: Lang): FormGroup[] {
  return FORM_GROUPS.map((g) => ({
    id: g.id,
    title: translate(FORMS_TEXT, `group.${g.id}`, lang),
    forms: g.forms.map((id: FormId) => ({ id, title: formTitle(id, lang), line: FORM_LINES[id][lang], roster: (ROSTER_FORMS as readonly FormId[]).includes(id) })),
  }));
}

/** Employee rows a roster form starts with, and the most the pane offers (the writer handles more). */
export const ROSTER_ROWS = { initial: 10, max: 10_000 } as const;

/** A row count typed by the user, or undefined when it is not a whole number in 1..max. */
export function parseRowCount(input: string): number | undefined {
  const t = input.trim();
  const n = t === "" ? NaN : Number(t);
  return Number.isInteger(n) && n >= 1 && n <= ROSTER_ROWS.max ? n : undefined;
}
