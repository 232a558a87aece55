/**
 * The policy editor's model (issue 8): the values grouped as on the policy sheet
 * (rulebook sections, then the section's tables), a draft as the user types it,
 * checked by the one validator (`loadPolicy`: every bound lives in the policy
 * table's schemas, none here), and the changes against the published policy and
 * the defaults in the words of the change log, and policy files read as
 * `calc --policy` reads them. Pure: no React, no Office.
 *
 * A value is named by its path, as `flattenPolicy` names it ("monthly.dailyWeight",
 * "dismissal.noticeBands[2].days", "csPay.indicatorTargets.dsr.target",
 * "fieldRep.items[4].cases[2].min", "version", "published"). The draft keeps the
 * texts the user changed; every other value is the published policy's (or, after
 * an import, the file's), so an edit made on the sheet meanwhile is never undone
 * by a publication from the pane.
 */
import {
  DEFAULT_POLICY, MAX_POLICY_FILE_BYTES, POLICY_TABLE, SCALAR_KEYS, civilToSerial, flattenPolicy, formatIso, loadPolicy, loadPolicyText, readNumberCell, translate,
  type Lang, type Policy, type PolicyKey, type PolicyLoad, type PolicyProblem, type TableId,
} from "../../../rules";
import { dec } from "../../../rules/decimal";
import { diffPolicies, formatChange, pathLabel, type PathValue, type PolicyChange } from "../../../rules/policy/changes";
import {
  FIELD_CASE_LABELS, FIELD_ITEM_LABELS, FIELD_TEXTS, HEADER_TEXTS, INDICATOR_LABELS, LEGAL_NOTES, POLICY_UNITS, SECTIONS, SURVEY_WORDS, TABLE_TEXTS,
  UNITS, sectionOf, sourceText, valueLabel, type SectionId,
} from "../../../rules/policy/labels";
import { decodeText } from "../../../shared/decodeText";
import { POLICY_TEXT } from "./texts";

// ── Fields ────────────────────────────────────────────────────────────────────
/**
 * How a value is typed: a number; a share or rate as a percentage ("70%", or the
 * share itself, 0.7); yes/no; an indicator's direction; the version text; the
 * publication date (YYYY-MM-DD).
 */
export type FieldKind = "number" | "percent" | "yesNo" | "direction" | "version" | "date";

const PERCENT = 100;
type UnitKey = keyof typeof POLICY_UNITS;
const isUnitKey = (path: string): path is UnitKey => Object.prototype.hasOwnProperty.call(POLICY_UNITS, path);

export function fieldKind(path: string): FieldKind {
  if (path === "version") return "version";
  if (path === "published") return "date";
  if (/\.(exclusive|repeatable)$/.test(path)) return "yesNo";
  if (path.endsWith(".direction")) return "direction";
  if (isUnitKey(path) && (POLICY_UNITS[path] === "share" || POLICY_UNITS[path] === "rate")) return "percent";
  return "number";
}

/** A value as its input shows it: shares as percentages ("70%"), blank for none, yes/no as "true"/"false". */
export function fieldText(path: string, value: PathValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (fieldKind(path) === "percent" && typeof value === "number") return `${dec(value).times(PERCENT).toString()}%`;
  return String(value);
}

/**
 * What a typed text means: full-width digits and signs read as ASCII (a Chinese
 * input method types "６０％"); "70%" is 0.7 where a percentage is meant; only
 * plain decimal numbers count as numbers (as on the sheet: "0x3C" stays text, and
 * the validator says what is allowed); blank is none.
 */
export function parseField(path: string, text: string): unknown {
  const kind = fieldKind(path);
  if (kind === "yesNo") return text === "true";
  if (kind === "direction" || kind === "version" || kind === "date") return text.trim();
  const t = text.normalize("NFKC").trim();
  const percent = kind === "percent" ? /^(?<n>.*?)\s*%$/.exec(t)?.groups?.n : undefined;
  if (percent !== undefined) {
    const n = readNumberCell(percent);
    return typeof n === "number" ? Number(dec(n).div(PERCENT).toString()) : t;
  }
  return readNumberCell(t);
}

// ── The draft ─────────────────────────────────────────────────────────────────
export interface Draft {
  /** Where the values come from: null for the published policy as it is now, or an imported file's policy. */
  from: Policy | null;
  /** The imported file's name, when `from` is one. */
  fileName?: string;
  /** The texts the user changed (or the editor proposed: the version, the date), by path. */
  edits: Readonly<Record<string, string>>;
}

/**
 * The next version of a published version: its last number plus one, keeping its
 * zero padding ("2026.1" → "2026.2", "2026.09" → "2026.10", "v3-hr" → "v4-hr");
 * a version without a number gets ".2".
 */
export function proposeVersion(version: string): string {
  const m = /^(?<head>.*?)(?<digits>\d+)(?<tail>\D*)$/.exec(version)?.groups;
  if (!m) return `${version.trim()}.2`;
  const next = (BigInt(m.digits) + BigInt(1)).toString().padStart(m.digits.length, "0");
  return `${m.head}${next}${m.tail}`;
}

/** A local calendar date as YYYY-MM-DD (the proposed publication date: today). */
export function isoDate(date: Date): string {
  return formatIso(civilToSerial({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }));
}

/** A new draft over the published policy: a new version number and today's date proposed (L-7). */
export function startDraft(published: Policy, today: string): Draft {
  return { from: null, edits: { version: proposeVersion(published.version), published: today } };
}

/** A draft of an imported policy file: its values, version and date as the file has them. */
export function importDraft(policy: Policy, fileName: string): Draft {
  return { from: policy, fileName, edits: {} };
}

/** The policy the draft's values start from. */
export const draftBase = (draft: Draft, published: Policy): Policy => draft.from ?? published;

/** Every text of the draft by path: the base policy's, with the user's edits over it. */
export function draftTexts(draft: Draft, published: Policy): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, value] of flattenPolicy(draftBase(draft, published))) out.set(path, draft.edits[path] ?? fieldText(path, value));
  return out;
}

/** The draft with one text changed; a text back at the base value is no longer an edit. */
export function editField(draft: Draft, published: Policy, path: string, text: string): Draft {
  const base = fieldText(path, flattenPolicy(draftBase(draft, published)).get(path));
  const edits = { ...draft.edits };
  if (text === base) delete edits[path];
  else edits[path] = text;
  return { ...draft, edits };
}

/** The draft as a policy document ({ version, published, values }), in the base policy's table shapes. */
export function draftDocument(shape: Policy, texts: ReadonlyMap<string, string>): { version: unknown; published: unknown; values: Record<string, unknown> } {
  const v = (path: string) => parseField(path, texts.get(path) ?? "");
  const values: Record<string, unknown> = {};
  for (const key of SCALAR_KEYS) values[key] = v(key);
  const s = shape.values;
  values["dismissal.noticeBands"] = s["dismissal.noticeBands"].map((_, i) => ({
    fromMonths: v(`dismissal.noticeBands[${i + 1}].fromMonths`), days: v(`dismissal.noticeBands[${i + 1}].days`),
  }));
  values["law.probationCaps"] = s["law.probationCaps"].map((_, i) => ({
    fromContractMonths: v(`law.probationCaps[${i + 1}].fromContractMonths`), maxProbationMonths: v(`law.probationCaps[${i + 1}].maxProbationMonths`),
  }));
  values["survey.levelScores"] = s["survey.levelScores"].map((_, i) => v(`survey.levelScores[${i + 1}]`));
  values["csPay.indicatorTargets"] = Object.fromEntries(Object.keys(s["csPay.indicatorTargets"]).map((name) => [name, {
    direction: v(`csPay.indicatorTargets.${name}.direction`), target: v(`csPay.indicatorTargets.${name}.target`),
  }]));
  values["fieldRep.items"] = s["fieldRep.items"].map((item, i) => ({
    id: item.id, max: v(`fieldRep.items[${i + 1}].max`), exclusive: v(`fieldRep.items[${i + 1}].exclusive`),
    cases: item.cases.map((c, j) => {
      const p = `fieldRep.items[${i + 1}].cases[${j + 1}]`;
      return { key: c.key, min: v(`${p}.min`), max: v(`${p}.max`), repeatable: v(`${p}.repeatable`) };
    }),
  }));
  return { version: v("version"), published: v("published"), values };
}

// ── Checking ──────────────────────────────────────────────────────────────────
export interface Checked {
  load: PolicyLoad;
  /** The draft as typed, for the diff (a value that is not yet valid shows as typed). */
  shown: Policy;
  /** Problems by where the editor shows them: a value's path, or a table's policy key. */
  at: ReadonlyMap<string, readonly PolicyProblem[]>;
  /** Problems of no single value or table. */
  general: readonly PolicyProblem[];
}

/** The draft checked by the validator; each problem placed at the value (or values, or table) it concerns. */
export function checkDraft(draft: Draft, published: Policy): Checked {
  const texts = draftTexts(draft, published);
  const doc = draftDocument(draftBase(draft, published), texts);
  const load = loadPolicy(doc);
  const at = new Map<string, PolicyProblem[]>();
  const general: PolicyProblem[] = [];
  const put = (place: string, p: PolicyProblem) => at.set(place, [...(at.get(place) ?? []), p]);
  for (const p of load.ok ? [] : load.problems) {
    const exact = `${p.key}${p.path ?? ""}`;
    const places = texts.has(exact) ? [exact]
      : (p.keys ?? [p.key]).filter((k) => texts.has(k) || Object.prototype.hasOwnProperty.call(POLICY_TABLE, k));
    if (places.length === 0) general.push(p);
    for (const place of places) put(place, p);
  }
  // The diff shows the draft as typed; flattenPolicy reads its values whatever they hold.
  const shown = doc as unknown as Policy;
  return { load, shown, at, general };
}

// ── Changes and files ───────────────────────────────────────────────────────────────────
const HEADER_PATHS = new Set(["version", "published"]);

/** The values (not the version or date) that differ between two policies. */
export function valueChanges(before: Policy, after: Policy): PolicyChange[] {
  return diffPolicies(before, after).filter((c) => !HEADER_PATHS.has(c.path));
}

/** Every change as the change log words it: "key: old → new" in the user's language. */
export function changeLines(before: Policy, after: Policy, lang: Lang): string[] {
  return diffPolicies(before, after).map((c) => formatChange(c, lang, after));
}

/** Against the defaults: the values a company made its own (the version and date are always its own). */
export function changesFromDefaults(after: Policy, lang: Lang): string[] {
  return valueChanges(DEFAULT_POLICY, after).map((c) => formatChange(c, lang, after));
}

/** A chosen file as a policy: refused unread above the size limit, else decoded and loaded as `calc --policy` loads it. */
export async function readPolicyFile(file: Pick<File, "size" | "arrayBuffer">): Promise<PolicyLoad> {
  if (file.size > MAX_POLICY_FILE_BYTES) {
    return { ok: false, problems: [{ key: "(file)", code: "tooLarge", given: file.size, allowed: String(MAX_POLICY_FILE_BYTES) }] };
  }
  return loadPolicyText(decodeText(new Uint8Array(await file.arrayBuffer())).text);
}

/** The file name an exported policy gets: kaohe-policy-<version>.json, with nothing a file system refuses. */
export function exportFileName(policy: Policy): string {
  // eslint-disable-next-line no-control-regex
  return `kaohe-policy-${policy.version.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, "_")}.json`;
}

// ── The values grouped as on the sheet ────────────────────────────────────────
export interface ValueRow {
  path: PolicyKey;
  kind: FieldKind;
  /** As column A of the sheet: what the value means. */
  label: string;
  unit: string;
  /** Rule IDs and the source clause in the user's script. */
  rule: string;
  source: string;
  /** Where PRC law sets a floor or cap (L-1 … L-7). */
  legal?: string;
}

export interface TableCell {
  path: string;
  kind: FieldKind;
  /** The accessible name: the table, the row and the column ("辞退预告期… · 第 2 行 · 预告天数"). */
  name: string;
  /** The row and the column, as a message under the table names the cell ("第 2 行 · 预告天数"). */
  short: string;
}

export interface TableView {
  id: TableId;
  /** The policy key the table edits. */
  key: PolicyKey;
  title: string;
  /** Column headings: the row label's first when rows have labels, then one per input. */
  head: string[];
  rows: { label?: string; cells: TableCell[] }[];
  note?: string;
  legal?: string;
  rule: string;
  source: string;
}

export interface SectionView {
  id: SectionId;
  title: string;
  values: ValueRow[];
  tables: TableView[];
  /** Every path and table key of the section (its changes and problems are counted over these). */
  places: string[];
}

const rulesText = (key: PolicyKey) => {
  const r = POLICY_TABLE[key].rule;
  return typeof r === "string" ? r : r.join(" ");
};

/** The header values (L-7): version and publication date, as the sheet's header block shows them. */
export function headerRows(lang: Lang): { path: "version" | "published"; kind: FieldKind; label: string; legal: string; source: string }[] {
  return (["version", "published"] as const).map((path) => ({
    path, kind: fieldKind(path), label: HEADER_TEXTS[path][lang], legal: LEGAL_NOTES[path]![lang], source: sourceText("勞動合同法 第4條", lang),
  }));
}

function tableView(id: TableId, shape: Policy, lang: Lang): TableView {
  const key = id.split("#")[0] as PolicyKey;
  const texts = TABLE_TEXTS[id];
  const cell = (path: string): TableCell => ({ path, kind: fieldKind(path), name: pathLabel(path, lang, shape), short: "" });
  const v = shape.values;
  let rows: TableView["rows"];
  switch (id) {
    case "dismissal.noticeBands":
      rows = v[id].map((_, i) => ({ cells: [cell(`${id}[${i + 1}].fromMonths`), cell(`${id}[${i + 1}].days`)] }));
      break;
    case "law.probationCaps":
      rows = v[id].map((_, i) => ({ cells: [cell(`${id}[${i + 1}].fromContractMonths`), cell(`${id}[${i + 1}].maxProbationMonths`)] }));
      break;
    case "survey.levelScores":
      rows = v[id].map((_, i) => ({ label: SURVEY_WORDS[lang][i] ?? String(i + 1), cells: [cell(`${id}[${i + 1}]`)] }));
      break;
    case "csPay.indicatorTargets":
      rows = Object.keys(v[id]).map((name) => ({
        label: INDICATOR_LABELS[name]?.[lang] ?? name, cells: [cell(`${id}.${name}.target`), cell(`${id}.${name}.direction`)],
      }));
      break;
    case "fieldRep.items":
      rows = v[id].map((item, i) => ({
        label: `${item.id} ${FIELD_ITEM_LABELS[item.id]?.[lang] ?? ""}`.trim(), cells: [cell(`${id}[${i + 1}].max`), cell(`${id}[${i + 1}].exclusive`)],
      }));
      break;
    case "fieldRep.items#cases":
      rows = v["fieldRep.items"].flatMap((item, i) => item.cases.map((c, j) => {
        const p = `fieldRep.items[${i + 1}].cases[${j + 1}]`;
        return { label: `${item.id} · ${FIELD_CASE_LABELS[c.key]?.[lang] ?? c.key}`, cells: [cell(`${p}.min`), cell(`${p}.max`), cell(`${p}.repeatable`)] };
      }));
      break;
  }
  const head = texts.head.filter((h) => h !== FIELD_TEXTS.unit).map((h) => h[lang]);
  const inputHeads = rows.some((r) => r.label !== undefined) ? head.slice(1) : head;
  rows.forEach((r, i) => r.cells.forEach((c, j) => { c.short = `${r.label ?? translate(POLICY_TEXT, "rowN", lang, { n: i + 1 })} · ${inputHeads[j]}`; }));
  const note = id === "fieldRep.items#cases" ? undefined : valueLabel(key, lang);
  return { id, key, title: texts.title[lang], head, rows, note, legal: LEGAL_NOTES[key]?.[lang], rule: rulesText(key), source: sourceText(POLICY_TABLE[key].source, lang) };
}

/** The tables of layout 2, in the sheet's order. */
const TABLE_IDS = Object.keys(TABLE_TEXTS) as TableId[];

/** The sections as the policy sheet has them: each section's values, then its tables (in `shape`'s rows). */
export function editorSections(shape: Policy, lang: Lang): SectionView[] {
  const out: SectionView[] = [];
  for (const id of Object.keys(SECTIONS) as SectionId[]) {
    const values: ValueRow[] = SCALAR_KEYS.filter((k) => sectionOf(k) === id).map((key) => ({
      path: key, kind: fieldKind(key), label: valueLabel(key, lang), unit: UNITS[POLICY_UNITS[key as UnitKey]][lang],
      rule: rulesText(key), source: sourceText(POLICY_TABLE[key].source, lang), legal: LEGAL_NOTES[key]?.[lang],
    }));
    const tables = TABLE_IDS.filter((t) => sectionOf(t.split("#")[0] as PolicyKey) === id).map((t) => tableView(t, shape, lang));
    if (values.length === 0 && tables.length === 0) continue;
    const places = [...values.map((r) => r.path), ...tables.flatMap((t) => [t.key, ...t.rows.flatMap((r) => r.cells.map((c) => c.path))])];
    out.push({ id, title: SECTIONS[id][lang], values, tables, places: [...new Set(places)] });
  }
  return out;
}
