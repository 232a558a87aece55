/** The section-T forms: specs, layout, policy sheet. Pure data and functions (no Office.js / ExcelJS). */
import { DEFAULT_POLICY, type Policy } from "../rules";
import { layoutForm, type LayoutOptions } from "./layout";
import type { DocumentFormId } from "./list";
import type { SheetPlan } from "./plan";
import { policySheetPlan } from "./policySheet";
import { complaint, dismissalNotice, dismissalReview, overtimeLog, separation, survey, weeklyReport } from "./specs/documents";
import { annualSummary, csMonthly, csPay, fieldMonthly, regionalMonthly, salesMonthly } from "./specs/evaluations";
import { serviceRegister, visitRecord } from "./specs/registers";
import { FORM_IDS, type FormId, type FormSpec } from "./types";

export * from "./types";
export * from "./plan";
export * from "./address";
export { FORM_TITLES, REGISTER_FORMS, ROSTER_FORMS, formTitle, type DocumentFormId } from "./list";
export { layoutForm, planFormulas, requiredInputs, COMMON_STRINGS, type LayoutOptions } from "./layout";
export { MIN_PRINTED_PT, printLayout } from "./print";
export { policySheetPlan, policyRowOf, TABLE_NAMES, KH_VERSION, KH_PUBLISHED, KH_POLICY_OK, KH_POLICY_PROBLEM, SURVEY_WORDS } from "./policySheet";
export { render, nameRefs, policyRefs } from "./formula";

export const FORMS: Readonly<Record<DocumentFormId, FormSpec>> = {
  weeklyReport, visitRecord, salesMonthly, regionalMonthly, fieldMonthly, csMonthly, csPay,
  annualSummary, overtimeLog, dismissalReview, dismissalNotice, separation, complaint, survey, serviceRegister,
};

export function isFormId(id: string): id is FormId {
  return (FORM_IDS as readonly string[]).includes(id);
}

/**
 * The sheet plan of any form, the policy sheet included. A form is protected (formulas
 * locked, inputs open) and a pay roster has its totals row, unless the options say otherwise.
 */
export function planForm(id: FormId, opts: LayoutOptions): SheetPlan {
  if (id === "policy") return policySheetPlan(opts.policy ?? DEFAULT_POLICY, opts.lang);
  return layoutForm(FORMS[id], { protect: true, totals: true, ...opts });
}

export type { Policy };
