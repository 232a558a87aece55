/**
 * Layout-1 rows (older policy sheets: key | value | rule | source | note), as
 * older versions wrote them: written only to test older sheets and to upgrade
 * them (planUpgrade, planPublish on an older sheet). Apart from sheet.ts, which
 * the functions' core loads, because these rows carry the notes (pane-only texts).
 */
import type { Lang } from "../types";
import { POLICY_NOTES } from "./notes";
import { POLICY_SHEET_HEADER, type SheetCell } from "./sheet";
import { POLICY_TABLE, rulesOf, type Policy, type PolicyKey, type PolicyValues } from "./table";

/** One layout-1 row of a key: key | value (tables as JSON) | rule IDs | source | note. */
export function layout1Row(key: PolicyKey, value: PolicyValues[PolicyKey], lang: Lang): SheetCell[] {
  const entry = POLICY_TABLE[key];
  return [key, typeof value === "number" || value === null ? value : JSON.stringify(value), rulesOf(entry).join(" "), entry.source, POLICY_NOTES[key][lang]];
}

/** The policy as layout-1 rows (header first; version row 2, published row 3), as older versions wrote them. */
export function policyToRows(policy: Policy, lang: Lang): SheetCell[][] {
  const rows: SheetCell[][] = [[...POLICY_SHEET_HEADER[lang]], ["version", policy.version, "L-7", "勞動合同法 第4條", ""], ["published", policy.published, "L-7", "勞動合同法 第4條", ""]];
  for (const key of Object.keys(POLICY_TABLE) as PolicyKey[]) rows.push(layout1Row(key, policy.values[key], lang));
  return rows;
}

