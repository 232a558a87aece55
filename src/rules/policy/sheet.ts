/**
 * The policy sheet (P-1): how a policy is laid out in a workbook, so HR can
 * change a number in one place. Pure data in, rows out (and back); the
 * Office.js and .xlsx writers only place these rows.
 *
 * Layout (one header row, then one row per key):
 *   A key | B value | C rule IDs | D source clause | E note
 * Row 2 holds `version`, row 3 `published` (L-7). Numbers are numbers;
 * null is a blank cell; lists and tables are JSON text. Writing the rows
 * (policyToRows, with the notes) is ./sheetRows, apart from reading them, so
 * the functions bundle does not carry the notes.
 */
import { formatIso, isValidSerial } from "../dates";
import type { Lang } from "../types";
import { loadPolicy, type PolicyLoad } from "./load";
import { POLICY_TABLE, type PolicyKey } from "./table";

/** Sheet names by language; a workbook's policy sheet is found under any of them. */
export const POLICY_SHEET_NAMES: Readonly<Record<Lang, string>> = { "zh-CN": "规则", "zh-TW": "規則", en: "Rules" };

export const POLICY_SHEET_HEADER: Readonly<Record<Lang, readonly string[]>> = {
  "zh-CN": ["项目", "数值", "规则", "来源条款", "说明"],
  "zh-TW": ["項目", "數值", "規則", "來源條款", "說明"],
  en: ["key", "value", "rule", "source", "note"],
};

export type SheetCell = string | number | null;

/** A scalar numeric key can be referenced by formulas through a defined name. */
export function isScalarKey(key: PolicyKey): boolean {
  const v = POLICY_TABLE[key].value;
  return typeof v === "number" || v === null;
}

/** Defined name of a scalar key: "KH_" + the key with dots as underscores ("KH_monthly_dailyWeight"). */
export function definedNameOf(key: PolicyKey): string {
  return `KH_${key.replace(/\./g, "_")}`;
}

/** Read sheet rows (as Office.js `values` or ExcelJS give them) back into a validated policy. */
export function rowsToPolicy(rows: readonly (readonly unknown[])[]): PolicyLoad {
  const values: Record<string, unknown> = {};
  let version: unknown;
  let published: unknown;
  for (const row of rows.slice(1)) {
    const [key, raw] = row;
    if (typeof key !== "string" || key.trim() === "") continue;
    const k = key.trim();
    if (k === "version") { version = raw === null || raw === undefined ? raw : String(raw); continue; }
    if (k === "published") { published = typeof raw === "number" && isValidSerial(raw) ? formatIso(raw) : raw; continue; }
    values[k] = parseCell(raw);
  }
  return loadPolicy({ version, published, values });
}

function parseCell(raw: unknown): unknown {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    const t = raw.trim();
    if (t.startsWith("[") || t.startsWith("{")) {
      try { return JSON.parse(t); } catch { return raw; }
    }
    const n = Number(t);
    return t !== "" && Number.isFinite(n) ? n : raw;
  }
  return raw;
}
