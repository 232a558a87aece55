/**
 * Versions of a policy (P-1, L-7): what changed between two policies, the row
 * a publication appends to the change log, the cells a publication writes and
 * the rows an upgrade of an older policy sheet appends. Pure: the Office.js
 * operations (src/workbook/policyOps.ts) only place what these return.
 */
import { civilToSerial, parseIsoDate } from "../dates";
import { dec } from "../decimal";
import { L, type Lang, type Localized } from "../types";
import { FIELD_CASE_LABELS, FIELD_ITEM_LABELS, FIELD_TEXTS, HEADER_TEXTS, INDICATOR_LABELS, POLICY_UNITS, TABLE_TEXTS, UNITS } from "./labels";
import { POLICY_NOTES } from "./notes";
import { SCALAR_KEYS, parseA1, type PolicySheetContent, type SheetCell } from "./sheet";
import { directionWord, layout1Row, yesNo } from "./sheetRows";
import { POLICY_TABLE, defaultValues, rulesOf, type Policy, type PolicyKey } from "./table";

export type PathValue = string | number | boolean | null;

// ── Every value of a policy by its path (the sheet reader's cells use the same paths) ──
/**
 * The policy as path → value: "version", "monthly.dailyWeight",
 * "dismissal.noticeBands[2].days", "csPay.indicatorTargets.dsr.target",
 * "fieldRep.items[4].cases[2].min" (rows count from 1). The diff, the change
 * log and publishing work on these paths.
 */
export function flattenPolicy(policy: Policy): Map<string, string | number | boolean | null> {
  const out = new Map<string, string | number | boolean | null>([["version", policy.version], ["published", policy.published]]);
  const v = policy.values;
  // Every scalar key, whatever it holds: a draft that is not valid yet shows what was typed.
  for (const key of SCALAR_KEYS) out.set(key, v[key] as PathValue);
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

/** One changed value: its path (as flattenPolicy names it), the old and the new value. */
export interface PolicyChange {
  path: string;
  old: PathValue | undefined;
  new: PathValue | undefined;
}

/** Every value that differs between two policies, in the policy's order. */
export function diffPolicies(before: Policy, after: Policy): PolicyChange[] {
  const a = flattenPolicy(before);
  const b = flattenPolicy(after);
  const paths = [...b.keys(), ...[...a.keys()].filter((p) => !b.has(p))];
  return paths.filter((p) => a.get(p) !== b.get(p)).map((p) => ({ path: p, old: a.get(p), new: b.get(p) }));
}

/** The sheet names of the change log, by language. */
export const CHANGE_LOG_NAMES: Readonly<Record<Lang, string>> = { "zh-CN": "规则变更记录", "zh-TW": "規則變更記錄", en: "Policy change log" };
export const CHANGE_LOG_HEADER = [L("规则版本", "規則版本", "Policy version"), L("公示日期", "公示日期", "Published on"), L("发布人", "發布人", "Published by"),
  L("变更内容（原值 → 新值）", "變更內容（原值 → 新值）", "Changes (old → new)")] as const;

const T = {
  row: L("第 {n} 行", "第 {n} 列", "row {n}"),
  none: L("（无变更）", "（無變更）", "(no change)"),
  added: L("（新增）", "（新增）", "(added)"),
  removed: L("（删除）", "（刪除）", "(removed)"),
};
const at = (text: Localized, lang: Lang, n: string) => text[lang].replace("{n}", n);

/** The words a path is known by: "辞退预告期 … · 第 2 行 · 预告天数". */
export function pathLabel(path: string, lang: Lang, policy: Policy): string {
  if (path === "version" || path === "published") return HEADER_TEXTS[path][lang];
  if (path in POLICY_TABLE) {
    // Named by what it means and the rule it sets (the rulebook's ID, which HR can look up), not by its internal key.
    const rules = rulesOf(POLICY_TABLE[path as PolicyKey]).join(lang === "en" ? ", " : "、");
    return lang === "en" ? `${POLICY_NOTES[path as PolicyKey][lang]} (${rules})` : `${POLICY_NOTES[path as PolicyKey][lang]}（${rules}）`;
  }
  const band = /^(?<table>dismissal\.noticeBands|law\.probationCaps)\[(?<row>\d+)\]\.(?<field>\w+)$/.exec(path)?.groups;
  if (band) return `${TABLE_TEXTS[band.table as "law.probationCaps"].title[lang]} · ${at(T.row, lang, band.row)} · ${FIELD_TEXTS[band.field as "days"][lang]}`;
  const level = /^survey\.levelScores\[(?<row>\d+)\]$/.exec(path)?.groups;
  if (level) return `${TABLE_TEXTS["survey.levelScores"].title[lang]} · ${at(T.row, lang, level.row)}`;
  const indicator = /^csPay\.indicatorTargets\.(?<name>\w+)\.(?<field>target|direction)$/.exec(path)?.groups;
  if (indicator) return `${TABLE_TEXTS["csPay.indicatorTargets"].title[lang]} · ${INDICATOR_LABELS[indicator.name]?.[lang] ?? indicator.name} · ${FIELD_TEXTS[indicator.field as "target"][lang]}`;
  const item = /^fieldRep\.items\[(?<item>\d+)\]\.(?:(?<itemField>max|exclusive)|cases\[(?<case>\d+)\]\.(?<caseField>min|max|repeatable))$/.exec(path)?.groups;
  if (item) {
    const it = policy.values["fieldRep.items"][Number(item.item) - 1];
    const itemText = it ? `${it.id} ${FIELD_ITEM_LABELS[it.id]?.[lang] ?? ""}`.trim() : at(T.row, lang, item.item);
    if (item.itemField) return `${TABLE_TEXTS["fieldRep.items"].title[lang]} · ${itemText} · ${FIELD_TEXTS[item.itemField as "max"][lang]}`;
    const c = it?.cases[Number(item.case) - 1];
    const caseText = c ? FIELD_CASE_LABELS[c.key]?.[lang] ?? c.key : at(T.row, lang, item.case);
    return `${TABLE_TEXTS["fieldRep.items#cases"].title[lang]} · ${itemText} · ${caseText} · ${FIELD_TEXTS[item.caseField === "max" ? "caseMax" : (item.caseField as "min")][lang]}`;
  }
  return path;
}

const PERCENT = 100;
/** A value as the change log shows it: shares as percentages, yes/no and directions in words, units after numbers. */
export function shownPathValue(path: string, value: PathValue | undefined, lang: Lang): string {
  if (value === undefined) return "—";
  if (value === null) return lang === "en" ? "(blank)" : "（空白）";
  if (typeof value === "boolean") return yesNo(value, lang);
  if (value === "max" || value === "min") return path.endsWith(".direction") ? directionWord(value, lang) : value;
  if (typeof value === "number" && path in POLICY_UNITS) {
    const unit = POLICY_UNITS[path as keyof typeof POLICY_UNITS];
    if (unit === "share" || unit === "rate") return `${dec(value).times(PERCENT).toString()}%`;
    const text = UNITS[unit][lang];
    return text ? `${value} ${text}` : String(value);
  }
  return String(value);
}

/** "每缺勤一天扣的分数（attendance.pointsPerDay）：4 分 → 5 分" */
export function formatChange(change: PolicyChange, lang: Lang, policy: Policy): string {
  const sep = lang === "en" ? ": " : "：";
  const old = change.old === undefined ? T.added[lang] : shownPathValue(change.path, change.old, lang);
  const now = change.new === undefined ? T.removed[lang] : shownPathValue(change.path, change.new, lang);
  return `${pathLabel(change.path, lang, policy)}${sep}${old} → ${now}`;
}

/** The row a publication appends to the change log: version, date, who, every change (one a line). */
export function changeLogRow(before: Policy, after: Policy, who: string, lang: Lang): string[] {
  const changes = diffPolicies(before, after);
  const text = changes.length === 0 ? T.none[lang] : changes.map((c) => formatChange(c, lang, after)).join("\n");
  return [after.version, after.published, who, text];
}

// ── Publishing: the cells a new policy writes on its sheet ───────────────────
export interface CellWrite {
  /** A1 address on the policy sheet. */
  cell: string;
  value: string | number | null;
  /** "@" for text that must stay text (the version, JSON), "yyyy-mm-dd" for a date. */
  numberFormat?: string;
}

export type PublishPlan = { ok: true; writes: CellWrite[] } | { ok: false; missing: string[] };

const same = (a: unknown, b: unknown) => a === b || ((a === null || a === undefined || a === "") && (b === null || b === ""))
  || (typeof a === "string" && typeof b === "string" && a.trim() === b.trim());

/**
 * The cells that publishing `after` writes on a sheet whose content is
 * `content` and raw values `rows` (from A1): every value that differs from
 * what the sheet holds now (so a sheet that was made invalid by hand is put
 * right too). A table of another shape (a value with no cell, or a cell with
 * no value) makes the plan fail, naming those paths: the sheet must be
 * generated again.
 */
export function planPublish(rows: readonly (readonly unknown[])[], content: PolicySheetContent, after: Policy, lang: Lang): PublishPlan {
  const writes: CellWrite[] = [];
  const missing: string[] = [];
  const raw = (cell: string) => {
    const { row, col } = parseA1(cell);
    return rows[row]?.[col];
  };
  const put = (cell: string, value: string | number | null, numberFormat?: string) => { if (!same(raw(cell), value)) writes.push({ cell, value, numberFormat }); };
  if (content.layout === "older") {
    const v = after.values as Record<string, unknown>;
    for (const key of Object.keys(POLICY_TABLE) as PolicyKey[]) {
      const cell = content.cells[key];
      if (!cell) { missing.push(key); continue; }
      const [, value] = layout1Row(key, after.values[key], lang);
      put(cell, value, typeof v[key] === "object" && v[key] !== null ? "@" : undefined);
    }
    put(content.cells.version, after.version, "@");
    put(content.cells.published, after.published, "@");
    return missing.length > 0 ? { ok: false, missing } : { ok: true, writes };
  }
  const values = flattenPolicy(after);
  // A value the sheet has a cell for but the policy does not (a table with more rows on the sheet).
  for (const path of Object.keys(content.cells)) if (!values.has(path) && !/^csPay\.indicatorTargets\.[^.]+$/.test(path)) missing.push(path);
  for (const [path, value] of values) {
    const cell = content.cells[path];
    if (!cell) { missing.push(path); continue; }
    if (path === "version") put(cell, value as string, "@");
    else if (path === "published") {
      const d = parseIsoDate(value as string);
      put(cell, d ? civilToSerial(d) : (value as string), "yyyy-mm-dd");
    } else if (typeof value === "boolean") put(cell, yesNo(value, lang));
    else if (value === "max" || value === "min") put(cell, directionWord(value, lang));
    else put(cell, value);
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, writes };
}

// ── Upgrading an older (layout-1) policy sheet ───────────────────────────────
export interface UpgradePlan {
  /** The keys the sheet lacks, added with their defaults. */
  added: PolicyKey[];
  /** Where the new rows start (A1) and the rows (key | value | rule | source | note). */
  at: string;
  rows: SheetCell[][];
}

/**
 * An older policy sheet gains the keys it lacks, each with its default, in
 * rows appended after its last row; no existing row is moved or changed.
 */
export function planUpgrade(content: PolicySheetContent, lang: Lang): UpgradePlan {
  const defaults = defaultValues();
  const added = content.missing.filter((k): k is PolicyKey => k in POLICY_TABLE);
  return { added, at: `A${content.nextRow}`, rows: added.map((k) => layout1Row(k, defaults[k], lang)) };
}
