/** The policy as the rows of the policy sheet (layout: ./sheet), with each key's note in the sheet's language. */
import type { Lang } from "../types";
import { POLICY_NOTES } from "./notes";
import { POLICY_SHEET_HEADER, type SheetCell } from "./sheet";
import { POLICY_TABLE, rulesOf, type Policy, type PolicyKey } from "./table";

const HEADER_NOTES = {
  version: { "zh-CN": "规则版本：每张表单都会打印（L-7）", "zh-TW": "規則版本：每張表單都會列印（L-7）", en: "policy version, printed on every form (L-7)" },
  published: { "zh-CN": "向员工公示的日期（L-7）", "zh-TW": "向員工公示的日期（L-7）", en: "date the policy was published to employees (L-7)" },
} as const;

/** The policy as sheet rows (header first). Row i+4 (1-based) holds the i-th key. */
export function policyToRows(policy: Policy, lang: Lang): SheetCell[][] {
  const rows: SheetCell[][] = [[...POLICY_SHEET_HEADER[lang]], ["version", policy.version, "L-7", "勞動合同法 第4條", HEADER_NOTES.version[lang]], ["published", policy.published, "L-7", "勞動合同法 第4條", HEADER_NOTES.published[lang]]];
  for (const key of Object.keys(POLICY_TABLE) as PolicyKey[]) {
    const entry = POLICY_TABLE[key];
    const value = policy.values[key];
    rows.push([key, typeof value === "number" || value === null ? value : JSON.stringify(value), rulesOf(entry).join(" "), entry.source, POLICY_NOTES[key][lang]]);
  }
  return rows;
}
