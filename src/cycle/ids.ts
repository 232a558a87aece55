/**
 * The light part of the cycle: scheme ids and names, the words and names of a
 * month's sheets and table. It imports only the rules core, so the task pane can
 * show schemes and find month sheets without loading the forms library or the
 * cycle's message catalogue (the rest of src/cycle loads when an operation needs it).
 */
import { L, translate, type Lang, type Localized } from "../rules";

export const SCHEME_IDS = ["sales", "regional", "field", "store", "online"] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

export function isSchemeId(x: string): x is SchemeId {
  return (SCHEME_IDS as readonly string[]).includes(x);
}

/** Who each scheme evaluates: 业务员 … */
export const SCHEME_NAMES: Readonly<Record<SchemeId, Localized>> = {
  sales: L("业务员", "業務員", "Sales"),
  regional: L("区域经理", "區域經理", "Regional manager"),
  field: L("服务代表", "服務代表", "Field service"),
  store: L("门店客服", "門市客服", "Store service"),
  online: L("网店客服", "網店客服", "Online service"),
};

/** The scheme's word in sheet names (kept short: a sheet name has at most 31 characters). */
export const SHEET_WORD: Readonly<Record<SchemeId, Localized>> = {
  sales: L("业务员", "業務員", "Sales"),
  regional: L("区域经理", "區域經理", "Regional"),
  field: L("服务代表", "服務代表", "Field"),
  store: L("门店客服", "門市客服", "Store"),
  online: L("网店客服", "網店客服", "Online"),
};

/** The month sheet's name and title (the message catalogue's "sheet.month" and "title.month"). */
export const MONTH_SHEET: Localized = L("{scheme}考核 {month}", "{scheme}考核 {month}", "{scheme} evaluation {month}");

export function monthSheetName(scheme: SchemeId, month: string, lang: Lang): string {
  return translate({ MONTH_SHEET }, "MONTH_SHEET", lang, { scheme: SHEET_WORD[scheme][lang], month });
}

/** The month's table name: KH_sales_202611 (table names are workbook-wide, like defined names). */
export function tableName(scheme: SchemeId, month: string): string {
  return `KH_${scheme}_${month.replace("-", "")}`;
}

/** The scheme and month of a month table's name (KH_sales_202611 → sales, 2026-11); undefined for any other name. */
export function parseTableName(name: string): { scheme: SchemeId; month: string } | undefined {
  const m = /^KH_([a-z]+)_(\d{4})(\d{2})$/.exec(name);
  return m && isSchemeId(m[1]) ? { scheme: m[1], month: `${m[2]}-${m[3]}` } : undefined;
}

export const LOG_TABLE = "KH_log";
