/**
 * The policy sheet (P-1): how a policy sits in a workbook, and reading it back.
 * Pure data in, values out; the writers (src/forms/policySheet.ts plans the
 * sheet) and the add-in's reader share the layout defined here. This module is
 * what the worksheet functions load to find and validate a workbook's policy;
 * what only writing and comparing need (row keys, yes/no words, defined names,
 * the policy by path, layout-1 rows) is in ./sheetRows.
 *
 * Layout 2 (this version), a document HR reads and signs:
 *   A label | B value | C unit (or a table's third field) | D rule | E source | F note | G key (hidden)
 * Every value is found by the key in column G, wherever its row is: sorting or
 * shuffling the rows changes nothing. G1 holds the marker POLICY_MARKER, which
 * is what makes a sheet a policy sheet (its name alone does not). Table rows
 * carry row keys ("dismissal.noticeBands#2"), each table's title row its row
 * count ("dismissal.noticeBands/4"), so a deleted or copied row is noticed.
 *
 * Layout 1 (older sheets, still read): one header row, then `key | value | rule |
 * source | note` rows with `version` and `published` among them; tables as JSON
 * text in column B.
 */
import { civilToSerial, formatIso, isValidSerial } from "../dates";
import { L, LANGS, type Lang } from "../types";
import { checkHeader, unknownKeyProblem, validateValues, type PolicyLoad, type PolicyProblem } from "./load";
import { POLICY_TABLE, type IndicatorTarget, type PolicyKey } from "./table";

/** Sheet names by language; a new policy sheet gets the workbook language's (made unique). */
export const POLICY_SHEET_NAMES: Readonly<Record<Lang, string>> = { "zh-CN": "规则", "zh-TW": "規則", en: "Rules" };

/** The marker cell (G1) of a layout-2 policy sheet. */
export const POLICY_MARKER = "kaohe:policy:2";

/** Columns of layout 2 in order from A. */
export const COLUMNS = ["label", "value", "unit", "rule", "source", "note", "key"] as const;
/** Columns of layout 2, counted from the label column (A = 0). */
export const COL = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Readonly<Record<(typeof COLUMNS)[number], number>>;

export type SheetCell = string | number | null;

/** A scalar numeric key can be referenced by formulas through a defined name. */
export function isScalarKey(key: PolicyKey): boolean {
  const v = POLICY_TABLE[key].value;
  return typeof v === "number" || v === null;
}

export const SCALAR_KEYS: readonly PolicyKey[] = (Object.keys(POLICY_TABLE) as PolicyKey[]).filter(isScalarKey);

// ── Tables: which field sits in which column, and how it is written ────────
/** Yes / no as the sheet writes them (any language's words are read back). */
export const YES_NO = L("是|否", "是|否", "Yes|No");
/** Indicator directions as the sheet writes them: "max" = at most the target, "min" = at least. */
export const DIRECTION_WORDS = L("不高于|不低于", "不高於|不低於", "at most|at least");

export const words = (w: typeof YES_NO, lang: Lang): [string, string] => w[lang].split("|") as [string, string];

/** Tables of layout 2: the policy key, its rows' fields and their columns (0 = A). */
export const TABLES = {
  "dismissal.noticeBands": { fromMonths: COL.label, days: COL.value },
  "law.probationCaps": { fromContractMonths: COL.label, maxProbationMonths: COL.value },
  "survey.levelScores": { score: COL.value },
  "csPay.indicatorTargets": { target: COL.value, direction: COL.unit },
  "fieldRep.items": { max: COL.value, exclusive: COL.unit },
  "fieldRep.items#cases": { min: COL.value, max: COL.unit, repeatable: COL.rule },
} as const;
export type TableId = keyof typeof TABLES;

/** A cell back to a boolean (any language's yes/no, TRUE/FALSE); anything else as it is. */
function readBoolean(x: unknown): unknown {
  if (typeof x === "boolean") return x;
  const t = typeof x === "string" ? x.trim().toLowerCase() : x;
  for (const l of LANGS) {
    const [yes, no] = words(YES_NO, l).map((w) => w.toLowerCase());
    if (t === yes) return true;
    if (t === no) return false;
  }
  return x;
}
function readDirection(x: unknown): unknown {
  const t = typeof x === "string" ? x.trim().toLowerCase() : x;
  if (t === "max" || t === "min") return t;
  for (const l of LANGS) {
    const [max, min] = words(DIRECTION_WORDS, l).map((w) => w.toLowerCase());
    if (t === max) return "max";
    if (t === min) return "min";
  }
  return x;
}

/** Only plain decimal numbers count as numbers: "60", "0.7", "-1.5"; never "0x3C", "1e3", "60 points". */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A value cell as the policy takes it: numbers, plain decimal text as numbers, blank as null. */
export function readNumberCell(raw: unknown): unknown {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    const t = raw.trim();
    if (t === "") return null;
    return PLAIN_NUMBER.test(t) ? Number(t) : raw;
  }
  return raw;
}

// ── Reading a sheet ─────────────────────────────────────────────────────────
export interface PolicySheetContent {
  /** "current": layout 2; "older": layout 1 (still read, may be upgraded); "none": not a policy sheet. */
  layout: "current" | "older" | "none";
  load: PolicyLoad;
  /** Where each value sits: path (as flattenPolicy) → A1 address ("B17"). */
  cells: Record<string, string>;
  /** Layout 1: the policy keys the sheet lacks (an upgrade adds them). */
  missing: string[];
  /** The first row after the sheet's content (1-based; where an upgrade appends). */
  nextRow: number;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** 0-based row and column of an A1 address ("B17" → row 16, column 1). */
export function parseA1(cell: string): { row: number; col: number } {
  const m = /^\$?(?<letters>[A-Z]+)\$?(?<row>\d+)$/.exec(cell.trim().toUpperCase())?.groups;
  if (!m) throw new Error(`not an A1 address: ${cell}`);
  const col = [...m.letters].reduce((n, ch) => n * LETTERS.length + LETTERS.indexOf(ch) + 1, 0) - 1;
  return { row: Number(m.row) - 1, col };
}

/** A1 address of a 0-based row and column. */
export function a1(row: number, col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / LETTERS.length)) s = LETTERS[(n - 1) % LETTERS.length] + s;
  return `${s}${row + 1}`;
}

type Rows = readonly (readonly unknown[])[];
interface Found { row: number; cells: readonly unknown[] }

/** Rows keyed by the text in column `keyCol` (a key seen twice: every row, for the duplicate problem). */
function keyedRows(rows: Rows, keyCol: number, skip: (r: number) => boolean): Map<string, Found[]> {
  const out = new Map<string, Found[]>();
  rows.forEach((cells, row) => {
    const k = cells[keyCol];
    if (skip(row) || typeof k !== "string" || k.trim() === "") return;
    const key = k.trim();
    out.set(key, [...(out.get(key) ?? []), { row, cells }]);
  });
  return out;
}

function findMarker(rows: Rows): { row: number; col: number } | undefined {
  for (let row = 0; row < rows.length; row++) {
    const col = rows[row].findIndex((x) => x === POLICY_MARKER);
    if (col >= 0) return { row, col };
  }
  return undefined;
}

const versionText = (raw: unknown) => (typeof raw === "number" ? String(raw) : raw === null || raw === undefined ? "" : raw);
/** A date cell as ISO text: an Excel serial (Office.js), a Date (ExcelJS, at UTC midnight), or the text typed. */
function publishedText(raw: unknown): unknown {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return formatIso(civilToSerial({ year: raw.getUTCFullYear(), month: raw.getUTCMonth() + 1, day: raw.getUTCDate() }));
  return typeof raw === "number" && isValidSerial(raw) ? formatIso(raw) : raw;
}

/** A policy sheet's content: which layout, the validated policy (problems carry their cells), where each value sits. */
export function readPolicySheet(rows: Rows, sheet = ""): PolicySheetContent {
  const marker = findMarker(rows);
  if (marker) return readLayout2(rows, marker, sheet);
  const col0 = keyedRows(rows, 0, () => false);
  if (col0.has("version") && col0.has("published") && SCALAR_KEYS.some((k) => col0.has(k))) return readLayout1(rows, col0, sheet);
  return { layout: "none", load: { ok: false, problems: [{ key: "(sheet)", code: "notPolicySheet", args: { sheet } }] }, cells: {}, missing: [], nextRow: rows.length + 1 };
}

/**
 * A used range's values as rows that start at row 1, column A (padded with
 * blanks), so the reader's cell addresses are the sheet's own.
 */
export function alignUsedRange(values: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): unknown[][] {
  const pad: unknown[] = columnIndex > 0 ? new Array<unknown>(columnIndex).fill(null) : [];
  const rows: unknown[][] = Array.from({ length: Math.max(0, rowIndex) }, () => []);
  for (const row of values) rows.push([...pad, ...row]);
  return rows;
}

/** Sheets whose name contains a policy sheet name (规则 / 規則 / Rules, any case): where a policy sheet may be. */
export function policyCandidates(sheetNames: readonly string[]): string[] {
  const wanted = LANGS.map((l) => POLICY_SHEET_NAMES[l].toLowerCase());
  const rank = (n: string) => {
    const exact = wanted.indexOf(n.toLowerCase());
    return exact >= 0 ? exact : wanted.length;
  };
  return sheetNames.filter((n) => wanted.some((w) => n.toLowerCase().includes(w))).sort((a, b) => rank(a) - rank(b));
}

export interface SheetRows { sheet: string; rows: readonly (readonly unknown[])[] }
export interface PolicySheetChoice {
  /** The policy sheet: the first current one, else the first older one; none when no sheet carries a policy. */
  found?: { sheet: string; content: PolicySheetContent };
  /** Sheets named like a policy sheet that are not one (the functions say so and use the defaults). */
  ignored: string[];
}

/** Which of the candidate sheets (in order of preference) is the workbook's policy sheet. */
export function choosePolicySheet(reads: readonly SheetRows[]): PolicySheetChoice {
  const read = reads.map((r) => ({ sheet: r.sheet, content: readPolicySheet(r.rows, r.sheet) }));
  const found = read.find((r) => r.content.layout === "current") ?? read.find((r) => r.content.layout === "older");
  const exact = new Set(LANGS.map((l) => POLICY_SHEET_NAMES[l].toLowerCase()));
  const ignored = found ? [] : read.filter((r) => exact.has(r.sheet.toLowerCase())).map((r) => r.sheet);
  return { found, ignored };
}

/** Read sheet rows (as Office.js `values` or ExcelJS give them, from A1) back into a validated policy. */
export function rowsToPolicy(rows: Rows, sheet = ""): PolicyLoad {
  return readPolicySheet(rows, sheet).load;
}

/** Cells on problems: "规则!B17" for a key's value, every key's cell for a rule between keys. */
function placeProblems(problems: PolicyProblem[], cells: Record<string, string>, sheet: string): PolicyProblem[] {
  const prefix = sheet ? `${sheet}!` : "";
  return problems.map((p) => {
    if (p.cell) return p;
    const exact = cells[`${p.key}${p.path ?? ""}`];
    const parts = exact ? [exact] : (p.keys ?? []).map((k) => cells[k]).filter((c): c is string => c !== undefined);
    return parts.length > 0 ? { ...p, cell: `${prefix}${parts.join(", ")}` } : p;
  });
}

function finish(header: { version: unknown; published: unknown }, values: Map<string, unknown>, found: PolicyProblem[], cells: Record<string, string>, sheet: string): PolicyLoad {
  const checked = validateValues(values);
  const problems = placeProblems([...found, ...checkHeader(header.version, header.published), ...checked.problems], cells, sheet);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy: { version: header.version as string, published: header.published as string, values: checked.values } };
}

function duplicates(keyed: Map<string, Found[]>, col: number, sheet: string): PolicyProblem[] {
  const prefix = sheet ? `${sheet}!` : "";
  return [...keyed].filter(([, f]) => f.length > 1).map(([key, f]) => ({
    key, code: "duplicate" as const, cell: `${prefix}${f.map((x) => a1(x.row, col)).join(", ")}`, given: null,
  }));
}

function readLayout1(rows: Rows, keyed: Map<string, Found[]>, sheet: string): PolicySheetContent {
  const cells: Record<string, string> = {};
  const values = new Map<string, unknown>();
  const problems: PolicyProblem[] = duplicates(keyed, 0, sheet);
  const known = Object.keys(POLICY_TABLE);
  const header = { version: versionText(keyed.get("version")?.[0].cells[1]), published: publishedText(keyed.get("published")?.[0].cells[1]) };
  const rowOf = (k: string) => keyed.get(k)?.[0].row;
  cells.version = a1(rowOf("version") ?? 0, 1);
  cells.published = a1(rowOf("published") ?? 0, 1);
  const headerWords = new Set(LANGS.map((l) => POLICY_SHEET_HEADER[l][0]));
  for (const [key, f] of keyed) {
    const row = f[0].row;
    if (key === "version" || key === "published" || (row === 0 && headerWords.has(key))) continue;
    cells[key] = a1(row, 1);
    if (!known.includes(key)) { problems.push({ ...unknownKeyProblem(key, known), cell: `${sheet ? `${sheet}!` : ""}${a1(row, 0)}` }); continue; }
    const raw = f[0].cells[1];
    const t = typeof raw === "string" ? raw.trim() : "";
    let value: unknown = readNumberCell(raw);
    if (t.startsWith("[") || t.startsWith("{")) {
      try { value = JSON.parse(t); } catch { value = raw; }
    }
    values.set(key, value);
  }
  const missing = known.filter((k) => !keyed.has(k));
  for (const key of missing) problems.push({ key, code: "missing" });
  const load = finish(header, values, problems, cells, sheet);
  const lastRow = Math.max(...[...keyed.values()].flat().map((x) => x.row)) + 1;
  return { layout: "older", load, cells, missing, nextRow: lastRow + 1 };
}

function readLayout2(rows: Rows, marker: { row: number; col: number }, sheet: string): PolicySheetContent {
  const keyCol = marker.col;
  const base = keyCol - COL.key;
  const prefix = sheet ? `${sheet}!` : "";
  const keyed = keyedRows(rows, keyCol, (r) => r === marker.row);
  const problems: PolicyProblem[] = duplicates(keyed, keyCol, sheet);
  const cells: Record<string, string> = {};
  const values = new Map<string, unknown>();
  const used = new Set<string>();
  const cellOf = (f: Found, col: number) => f.cells[base + col];
  const take = (key: string): Found | undefined => {
    used.add(key);
    return keyed.get(key)?.[0];
  };
  const place = (path: string, f: Found, col: number) => { cells[path] = a1(f.row, base + col); };

  const header: { version: unknown; published: unknown } = { version: "", published: null };
  for (const k of ["version", "published"] as const) {
    const f = take(k);
    if (!f) { problems.push({ key: k, code: "missing" }); continue; }
    place(k, f, COL.value);
    header[k] = k === "version" ? versionText(cellOf(f, COL.value)) : publishedText(cellOf(f, COL.value));
  }
  for (const key of SCALAR_KEYS) {
    const f = take(key);
    if (!f) { problems.push({ key, code: "missing" }); continue; }
    place(key, f, COL.value);
    values.set(key, readNumberCell(cellOf(f, COL.value)));
  }

  /** The rows of one table (`parse` a row key → its index, name and owner), in index order; problems for missing rows and a wrong count. */
  type TableRow = { index: number; name?: string; owner?: number; f: Found };
  const tableRows = (table: TableId, pathOf: (i: number) => string, pattern: RegExp): TableRow[] => {
    const title = [...keyed.keys()].find((k) => k.startsWith(`${table}/`));
    const out: TableRow[] = [];
    for (const [k, f] of keyed) {
      const m = pattern.exec(k);
      if (!m?.groups) continue;
      used.add(k);
      out.push({ index: Number(m.groups.index), name: m.groups.name, owner: m.groups.owner === undefined ? undefined : Number(m.groups.owner), f: f[0] });
    }
    out.sort((a, b) => (a.owner ?? 0) - (b.owner ?? 0) || a.index - b.index);
    const policyKey = table.split("#")[0];
    if (!title) problems.push({ key: policyKey, code: "missing" });
    else {
      used.add(title);
      const count = Number(title.slice(table.length + 1));
      const t = keyed.get(title)![0];
      if (out.length !== count) problems.push({ key: policyKey, code: "rows", given: out.length, allowed: String(count), cell: `${prefix}${a1(t.row, base + COL.label)}` });
      else if (out.some((x) => x.owner === undefined) && out.some((x, i) => x.index !== i + 1)) problems.push({ key: policyKey, path: pathOf(out.length), code: "missing" });
    }
    return out;
  };

  const bands = (key: "dismissal.noticeBands" | "law.probationCaps") => {
    const fields = TABLES[key];
    const esc = key.replace(/\./g, "\\.");
    const list = tableRows(key, (i) => `[${i}]`, new RegExp(`^${esc}#(?<index>\\d+)$`)).map(({ index, f }) => {
      const band: Record<string, unknown> = {};
      for (const [field, col] of Object.entries(fields)) {
        place(`${key}[${index}].${field}`, f, col);
        band[field] = readNumberCell(cellOf(f, col));
      }
      return band;
    });
    values.set(key, list);
  };
  bands("dismissal.noticeBands");
  bands("law.probationCaps");

  values.set("survey.levelScores", tableRows("survey.levelScores", (i) => `[${i}]`, /^survey\.levelScores#(?<index>\d+)$/).map(({ index, f }) => {
    place(`survey.levelScores[${index}]`, f, TABLES["survey.levelScores"].score);
    return readNumberCell(cellOf(f, TABLES["survey.levelScores"].score));
  }));

  const targets: Record<string, unknown> = {};
  for (const { index, name, f } of tableRows("csPay.indicatorTargets", (i) => `[${i}]`, /^csPay\.indicatorTargets#(?<index>\d+):(?<name>.+)$/)) {
    const n = name ?? String(index);
    const cols = TABLES["csPay.indicatorTargets"];
    place(`csPay.indicatorTargets.${n}`, f, COL.key);
    place(`csPay.indicatorTargets.${n}.target`, f, cols.target);
    place(`csPay.indicatorTargets.${n}.direction`, f, cols.direction);
    targets[n] = { direction: readDirection(cellOf(f, cols.direction)), target: readNumberCell(cellOf(f, cols.target)) } satisfies Record<keyof IndicatorTarget, unknown>;
  }
  values.set("csPay.indicatorTargets", targets);

  const itemCols = TABLES["fieldRep.items"];
  const caseCols = TABLES["fieldRep.items#cases"];
  const items = tableRows("fieldRep.items", (i) => `[${i}]`, /^fieldRep\.items#(?<index>\d+):(?<name>[^#]+)$/).map(({ index, name, f }) => {
    place(`fieldRep.items[${index}].max`, f, itemCols.max);
    place(`fieldRep.items[${index}].exclusive`, f, itemCols.exclusive);
    return { index, item: { id: name ?? "", max: readNumberCell(cellOf(f, itemCols.max)), exclusive: readBoolean(cellOf(f, itemCols.exclusive)), cases: [] as unknown[] } };
  });
  for (const { owner, name, f } of tableRows("fieldRep.items#cases", (i) => `.cases[${i}]`, /^fieldRep\.items#(?<owner>\d+):[^#]+#(?<index>\d+):(?<name>.+)$/)) {
    const item = items.find((x) => x.index === owner);
    if (!item) continue;
    const p = `fieldRep.items[${item.index}].cases[${item.item.cases.length + 1}]`;
    place(`${p}.min`, f, caseCols.min); place(`${p}.max`, f, caseCols.max); place(`${p}.repeatable`, f, caseCols.repeatable);
    item.item.cases.push({ key: name, min: readNumberCell(cellOf(f, caseCols.min)), max: readNumberCell(cellOf(f, caseCols.max)), repeatable: readBoolean(cellOf(f, caseCols.repeatable)) });
  }
  values.set("fieldRep.items", items.map(({ item }) => item));

  const known = Object.keys(POLICY_TABLE);
  for (const [key, f] of keyed) {
    if (used.has(key)) continue;
    problems.push({ ...unknownKeyProblem(key, known), cell: `${prefix}${a1(f[0].row, keyCol)}` });
  }
  const load = finish(header, values, problems, cells, sheet);
  return { layout: "current", load, cells, missing: [], nextRow: rows.length + 1 };
}

// ── Layout 1 (older sheets): still read (./sheetRows writes them, to test and upgrade) ──
export const POLICY_SHEET_HEADER: Readonly<Record<Lang, readonly string[]>> = {
  "zh-CN": ["项目", "数值", "规则", "来源条款", "说明"],
  "zh-TW": ["項目", "數值", "規則", "來源條款", "說明"],
  en: ["key", "value", "rule", "source", "note"],
};
