/**
 * The policy sheet (P-1) as a plan: a document HR reads and signs (layout 2 of
 * src/rules/policy/sheet.ts), plus a hidden block the forms compute from.
 *
 * The document (printed, A1:F): a header (title, policy version, publication
 * date (L-7), the policy's validity, how to edit), then one row per value,
 * grouped by rulebook section: label, value (typed and formatted), unit, rule
 * IDs, source clause in the sheet's script, legal note (L-1 … L-7); tables
 * (notice bands, probation caps, survey levels, indicator targets,
 * field-service items and cases) as small tables of their own. Column G
 * (hidden) holds each row's key; G1 the policy marker.
 *
 * The hidden block (rows below the document, never printed, never edited):
 * - one lookup per value, `INDEX(B:B, MATCH(key, G:G, 0))`: every defined name
 *   points at one of these, so forms find each value by its key wherever its
 *   row is (sorting the sheet changes nothing);
 * - the field-service deduction bands, derived by formula from the cases table
 *   (which is what HR edits);
 * - one check per rule of the policy table's schemas (bounds, order, sums,
 *   every row present once), `KH_policyOk` and the first problem. Every form's
 *   header shows it and its results stay empty while the policy is invalid.
 *
 * With `scalarsFrom` (an older, layout-1 policy sheet that must not change),
 * the plan is a companion sheet: the tables and the hidden block only, the
 * scalar lookups reading the older sheet's key | value columns.
 */
import {
  COL, DEFAULT_POLICY, MAX_TARGET, MAX_VERSION_LENGTH, POLICY_GROUPS, POLICY_MARKER, POLICY_TABLE, SCALAR_KEYS, TABLES, YES_NO, DIRECTION_WORDS,
  L, LANGS, POLICY_SHEET_NAMES, civilToSerial, definedNameOf, directionWord, rowKey, rulesOf, titleKey, words, yesNo,
  type Lang, type Localized, type Policy, type PolicyBound, type PolicyKey, type TableId,
} from "../rules";
import { POLICY_NOTES } from "../rules/policy/notes";
import {
  FIELD_CASE_LABELS, FIELD_ITEM_LABELS, HEADER_TEXTS, INDICATOR_LABELS, LEGAL_NOTES, POLICY_UNITS, SECTIONS, SURVEY_WORDS, TABLE_TEXTS, UNITS,
  displayKind, sectionOf, sourceText, type SectionId,
} from "../rules/policy/labels";
import { columnPoints, printableWidth } from "./print";
import { colLetter, colNumber, quoteSheet } from "./address";
import { quoteText } from "./formula";
import { fitRowHeights } from "./measure";
import type { CellValue, PlannedBlock, PlannedCell, PlannedFlag, PlannedName, PlannedValidation, RangeFormula, SheetPlan } from "./plan";
import type { NumFmt, StyleKey } from "./types";
import { r1c1ToA1 } from "./r1c1";

export const KH_VERSION = "KH_version";
export const KH_PUBLISHED = "KH_published";
/** TRUE while every check of the policy sheet passes (forms show results only then). */
export const KH_POLICY_OK = "KH_policyOk";
/** The first failing check's message ("" while the policy is valid). */
export const KH_POLICY_PROBLEM = "KH_policyProblem";

export { FIELD_ITEM_LABELS, INDICATOR_LABELS, SURVEY_WORDS };

/** Language suffix of per-language table names: KH_survey_words_zhCN. */
export function langSuffix(lang: Lang): string {
  return lang.replace("-", "");
}

export const TABLE_NAMES = {
  noticeFrom: "KH_noticeBands_from",
  noticeDays: "KH_noticeBands_days",
  surveyScores: "KH_survey_scores",
  surveyWords: (lang: Lang) => `KH_survey_words_${langSuffix(lang)}`,
  fieldMax: "KH_fieldRep_max",
  fieldAllowed: "KH_fieldRep_allowed",
  csDirection: "KH_csPay_direction",
  csTarget: "KH_csPay_target",
  probationFrom: "KH_probation_from",
  probationMax: "KH_probation_max",
} as const;

const T = {
  title: L("考核规则（公司规则 · 须向员工公示）", "考核規則（公司規則 · 須向員工公示）", "Evaluation and pay policy (company rules, published to employees)"),
  companion: L("考核规则：表格（配合旧版规则表）", "考核規則：表格（配合舊版規則表）", "Policy tables (for an older policy sheet)"),
  head: [L("项目", "項目", "Item"), L("数值", "數值", "Value"), L("单位", "單位", "Unit"), L("规则", "規則", "Rule"), L("来源条款", "來源條款", "Source"), L("说明 · 法律提示", "說明 · 法律提示", "Note · legal")],
  howTo: L("只修改浅黄色单元格中的数值。可以排序，但不要删除或复制行；隐藏的 G 列是每行的代码，请勿修改。修改后先看上面一行的检查结果，再由负责人签字、向员工公示（L-7）。",
    "只修改淺黃色儲存格中的數值。可以排序，但不要刪除或複製列；隱藏的 G 欄是每列的代碼，請勿修改。修改後先看上面一列的檢查結果，再由負責人簽字、向員工公示（L-7）。",
    "Change only the values in the light-yellow cells. Rows may be sorted, but do not delete or copy them; hidden column G holds each row's code. After a change, read the check line above, then sign and publish to employees (L-7)."),
  ok: L("✓ 规则有效：全部 {n} 项检查通过", "✓ 規則有效：全部 {n} 項檢查通過", "✓ Policy valid: all {n} checks pass"),
  invalid: L("✗ 规则无效，表单暂不计算结果（{count} 处）：", "✗ 規則無效，表單暫不計算結果（{count} 處）：", "✗ Policy invalid; forms show no results ({count}): "),
  missing: L("缺少此行", "缺少此列", "row missing"),
  duplicate: L("出现多次", "出現多次", "appears more than once"),
  blank: L("空白", "空白", "blank"),
  allowed: L("，允许 ", "，允許 ", "; allowed "),
  rows: L("G 列代码数目不对（有行被删除、复制或代码被改）", "G 欄代碼數目不對（有列被刪除、複製或代碼被改）", "column G has the wrong number of codes (a row deleted, copied or a code changed)"),
  sum: L("之和应为 ", "之和應為 ", " must add up to "),
  sumNow: L("，现为 ", "，現為 ", "; now "),
  order: L(" 应小于 ", " 應小於 ", " must be below "),
  width: L("（超出本表可判定的扣分，请重新生成规则表）", "（超出本表可判定的扣分，請重新產生規則表）", " (beyond the deductions this sheet can check: regenerate the policy sheet)"),
  sign: [L("制定（人事部）", "制定（人事部）", "Prepared by (HR)"), L("批准", "核准", "Approved by"), L("公示日期", "公示日期", "Published on")],
  fieldItem: L("第 {id} 项", "第 {id} 項", "item {id}"),
};

const fill = (text: Localized, lang: Lang, args: Record<string, string | number>) => text[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? ""));

/** Columns of the hidden block (the lookups sit in I:L, the deduction-band grid from N). */
const M_COL = 9;
const GRID_COL = 14;
/** Widths of the document's columns A:F (characters), and the print scale that fits them on A4 landscape (./print.ts). */
const DOC_WIDTHS = [30, 10, 8, 9, 26, 28];
const PERCENT = 100;
const PRINT_SCALE = Math.min(PERCENT, Math.floor((printableWidth("A4", "landscape") / DOC_WIDTHS.reduce((a, w) => a + columnPoints(w), 0)) * PERCENT));
/** Document columns A:F, key column G. */
const DOC_COLS = COL.note + 1;
const KEY_LETTER = colLetter(COL.key + 1);

export interface PolicySheetOptions {
  /** Companion of an older policy sheet: scalars are read from this sheet's columns A (key) and B (value). */
  scalarsFrom?: string;
}

/** The policy sheet of `policy` in `lang`: document, hidden lookups and checks, defined names. */
export function policySheetPlan(policy: Policy, lang: Lang, opts: PolicySheetOptions = {}): SheetPlan {
  const companion = opts.scalarsFrom !== undefined;
  const cells: PlannedCell[] = [];
  const merges: string[] = [];
  const boxes: string[] = [];
  const names: PlannedName[] = [];
  const validations: PlannedValidation[] = [];
  const flags: PlannedFlag[] = [];
  const textRanges: string[] = [];
  const put = (row: number, col: number, value: CellValue, style: StyleKey = "text", fmt?: NumFmt) => cells.push({ row, col, value, style, fmt });
  const keyAt = (row: number, key: string) => put(row, COL.key + 1, key, "plain");
  /** A header-block line across A:F (merged). */
  const wide = (row: number, value: string, style: StyleKey) => { put(row, 1, value, style); merges.push(`A${row}:${colLetter(DOC_COLS)}${row}`); };
  /**
   * A body line across A:F: the text in A, the style on every cell, nothing merged
   * (Excel sorts a range only when it has no merged cells).
   */
  const band = (row: number, value: string, style: StyleKey) => {
    put(row, 1, value, style);
    for (let c = 2; c <= DOC_COLS; c++) put(row, c, null, style);
  };
  let r = 1;
  /** Every key the G column holds (the row-count check). */
  let keyCount = 0;
  const keyed = (row: number, key: string) => { keyAt(row, key); keyCount++; };

  // ── Header block ────────────────────────────────────────────────────────────
  wide(r, (companion ? T.companion : T.title)[lang], "title");
  if (!companion) { keyAt(r, POLICY_MARKER); keyCount++; }
  r++;
  if (!companion) {
    for (const k of ["version", "published"] as const) {
      put(r, 1, HEADER_TEXTS[k][lang], "label");
      if (k === "version") { put(r, 2, policy.version, "input", "text"); textRanges.push(`B${r}`); }
      else put(r, 2, isoSerial(policy.published), "input", "date");
      put(r, COL.rule + 1, "L-7", "text");
      put(r, COL.source + 1, sourceText("勞動合同法 第4條", lang), "text");
      put(r, COL.note + 1, LEGAL_NOTES[k]![lang], "note");
      keyed(r, k);
      r++;
    }
  }
  const validityRow = r++;
  wide(r++, T.howTo[lang], "note");
  const headRow = r;
  T.head.forEach((h, j) => put(r, j + 1, h[lang], "header"));
  r++;

  // ── Body: sections, scalar rows, tables ────────────────────────────────────
  const tablesIn: Partial<Record<SectionId, TableId[]>> = { C: ["dismissal.noticeBands"], E: ["csPay.indicatorTargets"], G: ["fieldRep.items", "fieldRep.items#cases"], K: ["survey.levelScores"], L: ["law.probationCaps"] };
  const tableRows: Record<string, { key: string; row: number }[]> = {};
  const common = (row: number, key: PolicyKey, note = true) => {
    put(row, COL.rule + 1, rulesOf(POLICY_TABLE[key]).join(" "), "text");
    put(row, COL.source + 1, sourceText(POLICY_TABLE[key].source, lang), "text");
    if (note && LEGAL_NOTES[key]) put(row, COL.note + 1, LEGAL_NOTES[key]![lang], "note");
  };
  const inputWords = (row: number, col: number, list: typeof YES_NO) =>
    validations.push({ range: `${colLetter(col)}${row}`, rule: { kind: "list", items: words(list, lang) } });

  const table = (id: TableId, rows: { key: string; fields: [number, CellValue, StyleKey, NumFmt?][]; label?: string }[]) => {
    const policyKey = id.split("#")[0] as PolicyKey;
    const texts = TABLE_TEXTS[id];
    band(r, texts.title[lang], "subhead");
    keyed(r, titleKey(id, rows.length));
    r++;
    const boxTop = r;
    texts.head.forEach((h, j) => put(r, j + 1, sentence(h[lang]), "header"));
    for (let j = texts.head.length; j < DOC_COLS; j++) put(r, j + 1, T.head[j][lang], "header");
    r++;
    tableRows[id] = [];
    rows.forEach((line, i) => {
      if (line.label !== undefined) put(r, 1, line.label, "text");
      for (const [col, value, style, fmt] of line.fields) put(r, col + 1, value, style, fmt);
      const taken = new Set(line.fields.map(([c]) => c));
      if (!taken.has(COL.rule)) put(r, COL.rule + 1, rulesOf(POLICY_TABLE[policyKey]).join(" "), "text");
      if (!taken.has(COL.source)) put(r, COL.source + 1, sourceText(POLICY_TABLE[policyKey].source, lang), "text");
      if (i === 0 && LEGAL_NOTES[policyKey]) put(r, COL.note + 1, LEGAL_NOTES[policyKey]![lang], "note");
      else if (i === 0 && id !== "fieldRep.items#cases") put(r, COL.note + 1, sentence(POLICY_NOTES[policyKey][lang]), "note");
      keyed(r, line.key);
      tableRows[id].push({ key: line.key, row: r });
      r++;
    });
    boxes.push(`A${boxTop}:${colLetter(DOC_COLS)}${r - 1}`);
  };

  const v = policy.values;
  const tableBodies: Record<TableId, () => void> = {
    "dismissal.noticeBands": () => table("dismissal.noticeBands", v["dismissal.noticeBands"].map((b, i) => ({
      key: rowKey("dismissal.noticeBands", i + 1),
      fields: [[TABLES["dismissal.noticeBands"].fromMonths, b.fromMonths, "input", "int"], [TABLES["dismissal.noticeBands"].days, b.days, "input", "int"], [COL.unit, UNITS.days[lang], "text"]],
    }))),
    "law.probationCaps": () => table("law.probationCaps", v["law.probationCaps"].map((b, i) => ({
      key: rowKey("law.probationCaps", i + 1),
      fields: [[TABLES["law.probationCaps"].fromContractMonths, b.fromContractMonths, "input", "int"], [TABLES["law.probationCaps"].maxProbationMonths, b.maxProbationMonths, "input", "int"], [COL.unit, UNITS.months[lang], "text"]],
    }))),
    "survey.levelScores": () => table("survey.levelScores", v["survey.levelScores"].map((s, i) => ({
      key: rowKey("survey.levelScores", i + 1), label: SURVEY_WORDS[lang][i] ?? String(i + 1),
      fields: [[TABLES["survey.levelScores"].score, s, "input"], [COL.unit, UNITS.points[lang], "text"]],
    }))),
    "csPay.indicatorTargets": () => table("csPay.indicatorTargets", Object.entries(v["csPay.indicatorTargets"]).map(([name, t], i) => ({
      key: rowKey("csPay.indicatorTargets", i + 1, name), label: INDICATOR_LABELS[name]?.[lang] ?? name,
      fields: [[TABLES["csPay.indicatorTargets"].target, t.target, "input"], [TABLES["csPay.indicatorTargets"].direction, directionWord(t.direction, lang), "input"]],
    }))),
    "fieldRep.items": () => table("fieldRep.items", v["fieldRep.items"].map((item, i) => ({
      key: rowKey("fieldRep.items", i + 1, item.id), label: `${item.id} ${FIELD_ITEM_LABELS[item.id]?.[lang] ?? ""}`.trim(),
      fields: [[TABLES["fieldRep.items"].max, item.max, "input", "int"], [TABLES["fieldRep.items"].exclusive, yesNo(item.exclusive, lang), "input"]],
    }))),
    "fieldRep.items#cases": () => table("fieldRep.items#cases", v["fieldRep.items"].flatMap((item, i) => item.cases.map((c, j) => ({
      key: `${rowKey("fieldRep.items", i + 1, item.id)}#${j + 1}:${c.key}`,
      label: `${item.id} · ${FIELD_CASE_LABELS[c.key]?.[lang] ?? c.key}`,
      fields: [[TABLES["fieldRep.items#cases"].min, c.min, "input", "int"], [TABLES["fieldRep.items#cases"].max, c.max, "input", "int"], [TABLES["fieldRep.items#cases"].repeatable, yesNo(c.repeatable, lang), "input"]],
    })))),
  };

  const sections = Object.keys(SECTIONS) as SectionId[];
  for (const s of sections) {
    const keys = companion ? [] : SCALAR_KEYS.filter((k) => sectionOf(k) === s);
    const tables = tablesIn[s] ?? [];
    if (keys.length === 0 && tables.length === 0) continue;
    band(r++, SECTIONS[s][lang], "section");
    const first = r;
    for (const key of keys) {
      const value = v[key] as number | null;
      const kind = displayKind(key as keyof typeof POLICY_UNITS);
      put(r, 1, sentence(POLICY_NOTES[key][lang]), "text");
      put(r, 2, value, "input", kind);
      put(r, COL.unit + 1, UNITS[POLICY_UNITS[key as keyof typeof POLICY_UNITS]][lang], "text");
      common(r, key);
      keyed(r, key);
      r++;
    }
    if (r > first) boxes.push(`A${first}:${colLetter(DOC_COLS)}${r - 1}`);
    for (const t of tables) tableBodies[t]();
  }

  // Signatures: a document HR signs before publishing it (L-7).
  r++;
  const signSpans = [["A", "A"], ["B", "D"], ["E", "F"]] as const;
  T.sign.forEach((s, i) => {
    const [from, to] = signSpans[i];
    put(r, colNumber(from), s[lang], "header");
    put(r + 1, colNumber(from), null, "sign");
    if (from !== to) merges.push(`${from}${r}:${to}${r}`, `${from}${r + 1}:${to}${r + 1}`);
    boxes.push(`${from}${r}:${to}${r + 1}`);
  });
  const signRow = r + 1;
  r += 2;
  const lastDocRow = signRow;

  // ── Hidden block ────────────────────────────────────────────────────────────
  const blocks: PlannedBlock[] = [];
  const rangeFormulas: RangeFormula[] = [];
  const hiddenFrom = lastDocRow + 2;
  let m = hiddenFrom;
  const abs = (col: number, row: number) => `$${colLetter(col)}$${row}`;
  const keysCol = companion ? `${quoteSheet(opts.scalarsFrom!)}!$A:$A` : `$${KEY_LETTER}:$${KEY_LETTER}`;
  const own = `$${KEY_LETTER}:$${KEY_LETTER}`;
  const colRef = (col: number, sheet?: string) => `${sheet ? `${quoteSheet(sheet)}!` : ""}$${colLetter(col)}:$${colLetter(col)}`;
  /** A value found by key: blank stays blank (""), a missing key is #N/A. */
  const lookup = (key: string, col: number, keys = own, sheet?: string) =>
    `IF(ISBLANK(INDEX(${colRef(col, sheet)},MATCH(${quoteText(key)},${keys},0))),"",INDEX(${colRef(col, sheet)},MATCH(${quoteText(key)},${keys},0)))`;
  const anyOf = (x: string, list: readonly string[]) => `OR(${list.map((w) => `${x}=${quoteText(w)}`).join(",")})`;
  const yes = LANGS.map((l) => words(YES_NO, l)[0]);
  const no = LANGS.map((l) => words(YES_NO, l)[1]);
  const asFlag = (x: string) => `IF(${anyOf(x, [...yes, "TRUE"])},1,IF(${anyOf(x, [...no, "FALSE"])},0,""))`;
  const block = (row: number, col: number, line: CellValue[]) => blocks.push({ row, col, cells: [line] });

  // Scalars (and version, published): one lookup each; the defined names point here.
  const cellOf = new Map<string, string>();
  block(m++, M_COL, ["kaohe: lookups by key (hidden; computed, never edited)"]);
  for (const key of ["version", "published", ...SCALAR_KEYS]) {
    const f = companion ? lookup(key, 2, keysCol, opts.scalarsFrom) : lookup(key, COL.value + 1);
    block(m, M_COL, [key, `=${f}`]);
    cellOf.set(key, abs(M_COL + 1, m));
    names.push({ name: key === "version" ? KH_VERSION : key === "published" ? KH_PUBLISHED : definedNameOf(key as PolicyKey), ref: abs(M_COL + 1, m) });
    m++;
  }
  const ref = (b: PolicyBound) => (typeof b === "number" ? String(b) : cellOf.get(b)!);

  // Tables: arrays in table order, each element found by its row key.
  const arrays: Record<string, { rows: number[]; cols: Record<string, number> }> = {};
  const tableBlock = (id: TableId, fields: Record<string, string>, extra?: (row: number, i: number) => CellValue[]) => {
    block(m++, M_COL, [`kaohe: ${id}`]);
    const rows: number[] = [];
    const cols: Record<string, number> = {};
    tableRows[id].forEach(({ key }, i) => {
      const line: CellValue[] = [];
      Object.entries(fields).forEach(([field, f], j) => { cols[field] = M_COL + j; line.push(`=${f.replace(/\{key\}/g, key)}`); });
      block(m, M_COL, [...line, ...(extra ? extra(m, i) : [])]);
      rows.push(m++);
    });
    arrays[id] = { rows, cols };
    return { rows, cols };
  };
  const field = (col: number) => lookup("{key}", col + 1);
  const range = (id: string, f: string) => `${abs(arrays[id].cols[f], arrays[id].rows[0])}:${abs(arrays[id].cols[f], arrays[id].rows[arrays[id].rows.length - 1])}`;

  tableBlock("dismissal.noticeBands", { fromMonths: field(TABLES["dismissal.noticeBands"].fromMonths), days: field(TABLES["dismissal.noticeBands"].days) });
  names.push({ name: TABLE_NAMES.noticeFrom, ref: range("dismissal.noticeBands", "fromMonths") }, { name: TABLE_NAMES.noticeDays, ref: range("dismissal.noticeBands", "days") });
  tableBlock("law.probationCaps", { fromContractMonths: field(TABLES["law.probationCaps"].fromContractMonths), maxProbationMonths: field(TABLES["law.probationCaps"].maxProbationMonths) });
  names.push({ name: TABLE_NAMES.probationFrom, ref: range("law.probationCaps", "fromContractMonths") }, { name: TABLE_NAMES.probationMax, ref: range("law.probationCaps", "maxProbationMonths") });
  tableBlock("survey.levelScores", { score: field(TABLES["survey.levelScores"].score) }, (_, i) => LANGS.map((l) => SURVEY_WORDS[l][i] ?? String(i + 1)));
  names.push({ name: TABLE_NAMES.surveyScores, ref: range("survey.levelScores", "score") });
  LANGS.forEach((l, j) => {
    const a = arrays["survey.levelScores"];
    names.push({ name: TABLE_NAMES.surveyWords(l), ref: `${abs(M_COL + 1 + j, a.rows[0])}:${abs(M_COL + 1 + j, a.rows[a.rows.length - 1])}` });
  });
  const maxWords = LANGS.map((l) => words(DIRECTION_WORDS, l)[0]);
  const minWords = LANGS.map((l) => words(DIRECTION_WORDS, l)[1]);
  const dirCell = `INDEX(${colRef(TABLES["csPay.indicatorTargets"].direction + 1)},MATCH("{key}",${own},0))`;
  tableBlock("csPay.indicatorTargets", {
    direction: `IF(${anyOf(dirCell, [...maxWords, "max"])},"max",IF(${anyOf(dirCell, [...minWords, "min"])},"min",""))`,
    target: field(TABLES["csPay.indicatorTargets"].target),
  });
  names.push({ name: TABLE_NAMES.csDirection, ref: range("csPay.indicatorTargets", "direction") }, { name: TABLE_NAMES.csTarget, ref: range("csPay.indicatorTargets", "target") });

  const wordCell = (col: number) => `INDEX(${colRef(col + 1)},MATCH("{key}",${own},0))`;
  const items = tableBlock("fieldRep.items", { max: field(TABLES["fieldRep.items"].max), exclusive: asFlag(wordCell(TABLES["fieldRep.items"].exclusive)) });
  names.push({ name: TABLE_NAMES.fieldMax, ref: range("fieldRep.items", "max") });
  const cases = tableBlock("fieldRep.items#cases", {
    min: field(TABLES["fieldRep.items#cases"].min), max: field(TABLES["fieldRep.items#cases"].max), repeatable: asFlag(wordCell(TABLES["fieldRep.items#cases"].repeatable)),
  });

  // Field-service deduction bands (G), derived from the cases: for each item, the
  // deductions its cases can add up to, capped at the item's points (allowedDeductions).
  // One row per case builds on the row before (repeatable cases on their own row's left part);
  // each item's row of the grid is its last case's row. Column d holds deduction d.
  const itemList = v["fieldRep.items"];
  const width = Math.max(v["score.full"], ...itemList.map((i) => i.max)) + 1;
  const gridEnd = GRID_COL + width - 1;
  const headRowM = m++;
  block(headRowM, GRID_COL, Array.from({ length: width }, (_, d) => d));
  const baseRow = m++;
  block(baseRow, GRID_COL, Array.from({ length: width }, (_, d) => (d === 0 ? 1 : 0)));
  let caseIndex = 0;
  itemList.forEach((item, i) => {
    const itemRow = items.rows[i];
    let prev = baseRow;
    item.cases.forEach(() => {
      const row = cases.rows[caseIndex++];
      const D = `R${headRowM}C`;
      const M = `R${itemRow}C${items.cols.max}`;
      const EX = `R${itemRow}C${items.cols.exclusive}`;
      const MN = `RC${cases.cols.min}`;
      const MX = `RC${cases.cols.max}`;
      const REP = `RC${cases.cols.repeatable}`;
      const HI = `IF(${D}=${M},${M}-1,${D}-${MN})`;
      const heads = `R${headRowM}C${GRID_COL}:R${headRowM}C[-1]`;
      const within = `*(${heads}>=${D}-${MX})*(${heads}<=${HI})`;
      const r1c1 = `=IF(${D}>${M},0,IF(OR(R${prev}C=1,IF(${EX}=1,AND(${D}-${MX}<=0,${HI}>=0),IF(${REP}=1,SUMPRODUCT((RC${GRID_COL}:RC[-1]=1)${within}),SUMPRODUCT((R${prev}C${GRID_COL}:R${prev}C[-1]=1)${within}))>0)),1,0))`;
      block(row, GRID_COL, [1]);
      const rangeA1 = `${colLetter(GRID_COL + 1)}${row}:${colLetter(gridEnd)}${row}`;
      rangeFormulas.push({ range: rangeA1, r1c1, a1At: (rr, cc) => r1c1ToA1(r1c1, rr, cc) });
      prev = row;
    });
    const r1c1 = `=R${prev}C`;
    rangeFormulas.push({ range: `${colLetter(GRID_COL)}${itemRow}:${colLetter(gridEnd)}${itemRow}`, r1c1, a1At: (rr, cc) => r1c1ToA1(r1c1, rr, cc) });
  });
  names.push({ name: TABLE_NAMES.fieldAllowed, ref: `${abs(GRID_COL, items.rows[0])}:${abs(gridEnd, items.rows[items.rows.length - 1])}` });

  // ── Checks: one per rule of the schemas; KH_policyOk = all pass ─────────────
  const checks: { ok: string; message: string }[] = [];
  const text = (s: string) => quoteText(s);
  const exists = (key: string, keys = own) => `COUNTIF(${keys},${text(key)})=1`;
  const where = (key: string, col: number, keys = own, sheet?: string) => `IFERROR(${sheet ? `${text(`${sheet}!`)}&` : ""}ADDRESS(MATCH(${text(key)},${keys},0),${col + 1},4)&" ","")`;
  const presence = (key: string, keys = own) => `IF(COUNTIF(${keys},${text(key)})=0,${text(T.missing[lang])},IF(COUNTIF(${keys},${text(key)})>1,${text(T.duplicate[lang])},`;
  const shown = (x: string) => `IF(${x}="",${text(T.blank[lang])},${x})`;
  const boundText = (b: PolicyBound) => (typeof b === "number" ? text(String(b)) : `${text(`${b} `)}&${ref(b)}`);
  const allowedText = (lo: PolicyBound, hi: PolicyBound) => `${text(T.allowed[lang])}&${boundText(lo)}&"–"&${boundText(hi)}`;
  /** A number check: ISNUMBER, within [lo, hi], whole if asked. */
  const numberOk = (x: string, lo: PolicyBound, hi: PolicyBound, whole: boolean) => `ISNUMBER(${x}),${x}>=${ref(lo)},${x}<=${ref(hi)}${whole ? `,${x}=INT(${x})` : ""}`;
  const add = (ok: string, message: string) => checks.push({ ok: `=IFERROR(AND(${ok}),FALSE)`, message });

  const scalarSheet = companion ? opts.scalarsFrom : undefined;
  const scalarCol = companion ? 1 : COL.value;
  add(`${exists("version", keysCol)},LEN(TRIM(${cellOf.get("version")}))>0,LEN(${cellOf.get("version")})<=${MAX_VERSION_LENGTH}`,
    `${where("version", scalarCol, keysCol, scalarSheet)}&"version："&${presence("version", keysCol)}${shown(cellOf.get("version")!)}&${text(T.allowed[lang])}&"1–${MAX_VERSION_LENGTH}"))`);
  const p = cellOf.get("published")!;
  add(`${exists("published", keysCol)},IF(ISNUMBER(${p}),${p}>=1,IFERROR(AND(LEN(${p})=10,MID(${p},5,1)="-",MID(${p},8,1)="-",MONTH(DATE(VALUE(LEFT(${p},4)),VALUE(MID(${p},6,2)),VALUE(RIGHT(${p},2))))=VALUE(MID(${p},6,2)),DAY(DATE(VALUE(LEFT(${p},4)),VALUE(MID(${p},6,2)),VALUE(RIGHT(${p},2))))=VALUE(RIGHT(${p},2))),FALSE))`,
    `${where("published", scalarCol, keysCol, scalarSheet)}&"published："&${presence("published", keysCol)}${shown(p)}&${text(T.allowed[lang])}&"YYYY-MM-DD"))`);
  for (const key of SCALAR_KEYS) {
    const schema = POLICY_TABLE[key].schema;
    const x = cellOf.get(key)!;
    const [ok, allowed] = schema.type === "share" ? [`ISNUMBER(${x}),${x}>=0,${x}<=1`, `${text(T.allowed[lang])}&"0–1"`]
      : schema.type === "optionalNumber" ? [`OR(${x}="",AND(${numberOk(x, schema.min, schema.max, false)}))`, allowedText(schema.min, schema.max)]
      : schema.type === "number" ? [numberOk(x, schema.min, schema.max, schema.whole ?? false), allowedText(schema.min, schema.max)]
      : ["FALSE", '""'];
    add(`${exists(key, keysCol)},${ok}`, `${where(key, scalarCol, keysCol, scalarSheet)}&${text(`${key}：`)}&${presence(key, keysCol)}${shown(x)}&${allowed}))`);
  }
  const rowCheck = (id: TableId, i: number, ok: string, given: string, allowed: string, col: number) => {
    const { key } = tableRows[id][i];
    const path = `${id.split("#")[0]}[${i + 1}]`;
    add(`${exists(key)},${ok}`, `${where(key, col)}&${text(`${path}：`)}&${presence(key)}${given}&${allowed}))`);
  };
  for (const id of ["dismissal.noticeBands", "law.probationCaps"] as const) {
    const schema = POLICY_TABLE[id].schema as { fromMax: number; toMax: number };
    const a = arrays[id];
    const [fromF, toF] = Object.keys(TABLES[id]);
    a.rows.forEach((row, i) => {
      const f = abs(a.cols[fromF], row);
      const t = abs(a.cols[toF], row);
      const pf = i > 0 ? abs(a.cols[fromF], a.rows[i - 1]) : "";
      const pt = i > 0 ? abs(a.cols[toF], a.rows[i - 1]) : "";
      const order = i === 0 ? `,${f}=0` : `,${f}>${pf},${t}>=${pt}`;
      rowCheck(id, i, `${numberOk(f, 0, schema.fromMax, true)},${numberOk(t, 0, schema.toMax, true)}${order}`,
        `${shown(f)}&" / "&${shown(t)}`, `${text(T.allowed[lang])}&${i === 0 ? '"0 / 0–"' : `"> "&${pf}&" / ≥ "&${pt}&"–"`}&"${schema.toMax}"`, COL.label);
    });
  }
  const lv = POLICY_TABLE["survey.levelScores"].schema as { max: PolicyBound };
  arrays["survey.levelScores"].rows.forEach((row, i, rows) => {
    const s = abs(arrays["survey.levelScores"].cols.score, row);
    const prevS = i > 0 ? abs(arrays["survey.levelScores"].cols.score, rows[i - 1]) : "";
    rowCheck("survey.levelScores", i, `${numberOk(s, 0, lv.max, false)}${i > 0 ? `,${s}<${prevS}` : ""}`, shown(s),
      i > 0 ? `${text(T.allowed[lang])}&"< "&${prevS}` : allowedText(0, lv.max), TABLES["survey.levelScores"].score);
  });
  arrays["csPay.indicatorTargets"].rows.forEach((row, i) => {
    const d = abs(arrays["csPay.indicatorTargets"].cols.direction, row);
    const t = abs(arrays["csPay.indicatorTargets"].cols.target, row);
    rowCheck("csPay.indicatorTargets", i, `OR(${d}="max",${d}="min"),OR(${t}="",AND(${numberOk(t, 0, MAX_TARGET, false)}))`, shown(t),
      `${text(T.allowed[lang])}&${text(`${words(DIRECTION_WORDS, lang).join(" / ")}; 0–${MAX_TARGET}`)}`, TABLES["csPay.indicatorTargets"].target);
  });
  items.rows.forEach((row, i) => {
    const x = abs(items.cols.max, row);
    const ex = abs(items.cols.exclusive, row);
    rowCheck("fieldRep.items", i, `${numberOk(x, 1, "score.full", true)},${x}<=${width - 1},OR(${ex}=0,${ex}=1)`,
      `${shown(x)}&IF(${x}>${width - 1},${text(T.width[lang])},"")`, allowedText(1, "score.full"), TABLES["fieldRep.items"].max);
  });
  caseIndex = 0;
  itemList.forEach((item, i) => item.cases.forEach((_, j) => {
    const row = cases.rows[caseIndex];
    const mn = abs(cases.cols.min, row);
    const mx = abs(cases.cols.max, row);
    const rep = abs(cases.cols.repeatable, row);
    const itemMax = abs(items.cols.max, items.rows[i]);
    const { key } = tableRows["fieldRep.items#cases"][caseIndex++];
    add(`${exists(key)},ISNUMBER(${mn}),${mn}=INT(${mn}),${mn}>=1,ISNUMBER(${mx}),${mx}=INT(${mx}),${mx}>=${mn},${mx}<=${itemMax},OR(${rep}=0,${rep}=1)`,
      `${where(key, TABLES["fieldRep.items#cases"].min)}&${text(`fieldRep.items[${i + 1}].cases[${j + 1}]：`)}&${presence(key)}${shown(mn)}&"–"&${shown(mx)}&${text(T.allowed[lang])}&"1–"&${itemMax}))`);
  }));
  for (const rule of POLICY_GROUPS) {
    if (rule.kind === "sum") {
      const total = ref(rule.total);
      const s = `ROUND(SUM(${rule.keys.map((k) => cellOf.get(k)).join(",")}),9)`;
      add(`${s}=${total}`, `${text(rule.keys.join(" + "))}&${text(T.sum[lang])}&${total}&${text(T.sumNow[lang])}&${s}`);
    } else if (rule.kind === "fieldSum") {
      const total = ref(rule.total);
      add(`SUM(${range("fieldRep.items", "max")})=${total}`, `${text("fieldRep.items")}&${text(T.sum[lang])}&${total}&${text(T.sumNow[lang])}&SUM(${range("fieldRep.items", "max")})`);
    } else {
      rule.keys.forEach((k, i) => {
        if (i === 0) return;
        const a = cellOf.get(rule.keys[i - 1])!;
        add(`${a}<${cellOf.get(k)}`, `${text(rule.keys[i - 1])}&"（"&${a}&"）"&${text(T.order[lang])}&${text(k)}&"（"&${cellOf.get(k)}&"）"`);
      });
    }
  }
  add(`COUNTA(${own})=${keyCount}`, `${text(`${KEY_LETTER}: `)}&${text(T.rows[lang])}&"："&COUNTA(${own})&" ≠ ${keyCount}"`);

  block(m++, M_COL, ["kaohe: checks"]);
  const firstCheck = m;
  for (const c of checks) block(m++, M_COL, [c.ok, `=IF(${colLetter(M_COL)}${m - 1},"",${c.message.replace(/^=/, "")})`]);
  const lastCheck = m - 1;
  const oks = `${abs(M_COL, firstCheck)}:${abs(M_COL, lastCheck)}`;
  const messages = `${abs(M_COL + 1, firstCheck)}:${abs(M_COL + 1, lastCheck)}`;
  const okRow = m++;
  block(okRow, M_COL, [`=AND(${oks})`, `=IF(${abs(M_COL, okRow)},"",INDEX(${messages},MATCH(FALSE,${oks},0)))`, `=COUNTIF(${oks},FALSE)`]);
  names.push({ name: KH_POLICY_OK, ref: abs(M_COL, okRow) }, { name: KH_POLICY_PROBLEM, ref: abs(M_COL + 1, okRow) });
  const lastHidden = m - 1;

  // The validity line of the header (5: forms and people see an invalid policy).
  const [before, after] = T.invalid[lang].split("{count}");
  const okText = fill(T.ok, lang, { n: checks.length });
  cells.push({
    row: validityRow, col: 1, style: "version", display: okText,
    formula: `=IF(${abs(M_COL, okRow)},${text(okText)},${text(before)}&${abs(M_COL + 2, okRow)}&${text(after)}&${abs(M_COL + 1, okRow)})`,
  });
  merges.push(`A${validityRow}:${colLetter(DOC_COLS)}${validityRow}`);
  flags.push({ range: `A${validityRow}`, formula: `=${abs(M_COL, okRow)}`, style: "good", means: "policyChanged" },
    { range: `A${validityRow}`, formula: `=NOT(${abs(M_COL, okRow)})`, style: "flag", means: "policyChanged" });

  // Input validation: the words a yes/no or direction cell takes.
  for (const t of tableRows["fieldRep.items"]) inputWords(t.row, TABLES["fieldRep.items"].exclusive + 1, YES_NO);
  for (const t of tableRows["fieldRep.items#cases"]) inputWords(t.row, TABLES["fieldRep.items#cases"].repeatable + 1, YES_NO);
  for (const t of tableRows["csPay.indicatorTargets"]) inputWords(t.row, TABLES["csPay.indicatorTargets"].direction + 1, DIRECTION_WORDS);
  boxes.push(`A${headRow}:${colLetter(DOC_COLS)}${headRow}`);

  const widths = [DOC_WIDTHS, [16, 2, 24, 40, 12, 12, 12], Array.from({ length: width }, () => 4)].flat();
  const plan: SheetPlan = {
    formId: "policy", name: companion ? `${opts.scalarsFrom} KH` : POLICY_SHEET_NAMES[lang], widths, rowHeights: [], cells, merges, columnFormulas: [], textRanges, formats: [],
    validations, flags, boxes, print: { orientation: "landscape", titleRows: [headRow, headRow], scale: PRINT_SCALE }, freeze: { rows: headRow, cols: 0 },
    names, keys: { validity: `A${validityRow}` }, policyVersion: policy.version,
    blocks, rangeFormulas, hidden: { rows: [{ from: hiddenFrom, to: lastHidden }], cols: [COL.key + 1] }, printArea: `A1:${colLetter(DOC_COLS)}${lastDocRow}`,
  };
  plan.rowHeights = fitRowHeights(plan, { lang, min: { [signRow]: SIGN_HEIGHT } });
  return plan;
}

/** Points of the signature boxes' row: room to sign by hand. */
const SIGN_HEIGHT = 36;

/** A label as the first word of a line: English capitalised ("standard hours…" → "Standard hours…"). */
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An ISO date as an Excel serial (the published cell is a date HR can retype). */
function isoSerial(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return civilToSerial({ year, month, day });
}

/** Where the value of each scalar key sits in the document (1-based rows of column B), for tests and tools. */
export function policyRowOf(policy: Policy = DEFAULT_POLICY, lang: Lang = "en"): Map<string, number> {
  const plan = policySheetPlan(policy, lang);
  const out = new Map<string, number>();
  for (const c of plan.cells) if (c.col === COL.key + 1 && typeof c.value === "string") out.set(c.value, c.row);
  return out;
}
