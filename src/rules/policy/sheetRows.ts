/**
 * Writing and comparing a policy sheet (P-1): the row keys a layout-2 sheet
 * carries, yes/no and direction words, the defined names of scalar keys, the
 * policy by path (diff, change log, publishing), and layout-1 rows (to test
 * and upgrade older sheets). The layout and the reader are in ./sheet; this
 * module is apart from it so the worksheet functions, which only read a sheet,
 * do not load it (webpack.config.js, CHUNKS).
 */
import type { Lang } from "../types";
import { POLICY_NOTES } from "./notes";
import { DIRECTION_WORDS, POLICY_SHEET_HEADER, YES_NO, words, type SheetCell, type TableId } from "./sheet";
import { POLICY_TABLE, rulesOf, type Policy, type PolicyKey, type PolicyValues } from "./table";

/** Defined name of a scalar key: "KH_" + the key with dots as underscores ("KH_monthly_dailyWeight"). */
export function definedNameOf(key: PolicyKey): string {
  return `KH_${key.replace(/\./g, "_")}`;
}

/** Key of a table row: "dismissal.noticeBands#2", "csPay.indicatorTargets#4:dsr", "fieldRep.items#5:4b#1:lateNoHarm". */
export function rowKey(table: string, index: number, name?: string): string {
  return `${table}#${index}${name === undefined ? "" : `:${name}`}`;
}
/** Key of a table's title row, with the number of rows the table has: "dismissal.noticeBands/4". */
export function titleKey(table: TableId, rows: number): string {
  return `${table}/${rows}`;
}

/** The text a boolean is written as. */
export function yesNo(b: boolean, lang: Lang): string {
  return words(YES_NO, lang)[b ? 0 : 1];
}
export function directionWord(d: "max" | "min", lang: Lang): string {
  return words(DIRECTION_WORDS, lang)[d === "max" ? 0 : 1];
}

// ── Every value of a policy by its path (the reader's cells use the same paths) ──
/**
 * The policy as path → value: "version", "monthly.dailyWeight",
 * "dismissal.noticeBands[2].days", "csPay.indicatorTargets.dsr.target",
 * "fieldRep.items[4].cases[2].min" (rows count from 1). The diff, the change
 * log and publishing work on these paths.
 */
export function flattenPolicy(policy: Policy): Map<string, string | number | boolean | null> {
  const out = new Map<string, string | number | boolean | null>([["version", policy.version], ["published", policy.published]]);
  const v = policy.values;
  for (const key of Object.keys(POLICY_TABLE) as PolicyKey[]) {
    const value = v[key];
    if (typeof value === "number" || value === null) out.set(key, value);
  }
  v["dismissal.noticeBands"].forEach((b, i) => { out.set(`dismissal.noticeBands[${i + 1}].fromMonths`, b.fromMonths); out.set(`dismissal.noticeBands[${i + 1}].days`, b.days); });
  v["law.probationCaps"].forEach((b, i) => { out.set(`law.probationCaps[${i + 1}].fromContractMonths`, b.fromContractMonths); out.set(`law.probationCaps[${i + 1}].maxProbationMonths`, b.maxProbationMonths); });
  v["survey.levelScores"].forEach((s, i) => out.set(`survey.levelScores[${i + 1}]`, s));
  for (const [name, t] of Object.entries(v["csPay.indicatorTargets"])) {
    out.set(`csPay.indicatorTargets.${name}.direction`, t.direction);
    out.set(`csPay.indicatorTargets.${name}.target`, t.target);
  }
  v["fieldRep.items"].forEach((item, i) => {
    out.set(`fieldRep.items[${i + 1}].max`, item.max);
    out.set(`fieldRep.items[${i + 1}].exclusive`, item.exclusive);
    item.cases.forEach((c, j) => {
      const p = `fieldRep.items[${i + 1}].cases[${j + 1}]`;
      out.set(`${p}.min`, c.min); out.set(`${p}.max`, c.max); out.set(`${p}.repeatable`, c.repeatable);
    });
  });
  return out;
}

// ── Layout 1 (older sheets): written only to test and upgrade them ──────────
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
