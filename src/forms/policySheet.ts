/**
 * The policy sheet (P-1) as a plan: `policyToRows` in A:E (one row per key, the
 * value in B), and, from column G, small tables for the non-scalar values that
 * formulas look up (notice bands, survey level scores, service-representative
 * bands, indicator targets, probation caps). Every scalar key gets the defined
 * name `definedNameOf(key)` → its B cell; each table column gets a KH_ name.
 *
 * One source for every number: for the notice bands, survey scores, indicator
 * targets and probation caps the table is what HR edits, and column B holds a
 * formula that writes the table out as the JSON the add-in reads (plain "&", no
 * TEXTJOIN, so it works in every Excel, LibreOffice and WPS). The field-service
 * bands are derived from their cases (fieldRep.items in B): that table is shown
 * as computed, not for editing.
 */
import { allowedDeductions, describeSet, DEFAULT_POLICY, L, definedNameOf, isScalarKey, LANGS, POLICY_SHEET_NAMES, policyToRows, type Lang, type Localized, type Policy, type PolicyKey } from "../rules";
import { cellA1, colLetter } from "./address";
import { fitRowHeights } from "./measure";
import type { PlannedCell, PlannedName, SheetPlan } from "./plan";


export const KH_VERSION = "KH_version";
export const KH_PUBLISHED = "KH_published";

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

export const SURVEY_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  "zh-CN": ["非常满意", "满意", "一般", "较差"],
  "zh-TW": ["非常滿意", "滿意", "一般", "較差"],
  en: ["very satisfied", "satisfied", "average", "poor"],
};

export const INDICATOR_LABELS: Readonly<Record<string, Localized>> = {
  refundRate: L("退款率", "退款率", "refund rate"),
  refundDuration: L("退款时长", "退款時長", "refund duration"),
  disputes: L("纠纷", "糾紛", "disputes"),
  dsr: L("DSR 评分", "DSR 評分", "DSR score"),
  internalComplaints: L("内部投诉", "內部投訴", "internal complaints"),
};

export const FIELD_ITEM_LABELS: Readonly<Record<string, Localized>> = {
  "1": L("工作素质", "工作素質", "competence"),
  "2": L("去向", "去向", "whereabouts"),
  "3": L("用户投诉", "用戶投訴", "user complaints"),
  "4a": L("索赔单", "索賠單", "claim forms"),
  "4b": L("配件计划", "配件計劃", "parts plan"),
  "5": L("经销商意见", "經銷商意見", "dealer opinion"),
  "6": L("走访报告、计划总结", "走訪報告、計劃總結", "visit report, plan, summary"),
  "7": L("内部培训", "內部培訓", "training"),
  "8": L("服务活动", "服務活動", "service activities"),
  "9": L("信息反馈", "資訊反饋", "information feedback"),
};

const T = {
  notice: L("辞退预告期（C-2）", "辭退預告期（C-2）", "Dismissal notice (C-2)"),
  noticeHead: [L("服务满（月）", "服務滿（月）", "from months"), L("预告天数", "預告天數", "notice days")],
  survey: L("客户意见等级得分（K-3）", "客戶意見等級得分（K-3）", "Survey level scores (K-3)"),
  surveyHead: [L("得分", "得分", "score"), L("简体", "簡體", "zh-CN"), L("繁体", "繁體", "zh-TW"), L("英文", "英文", "en")],
  targets: L("售后指标目标（E-2，空白 = 未设目标）", "售後指標目標（E-2，空白 = 未設目標）", "Indicator targets (E-2; blank = not set)"),
  targetsHead: [L("指标", "指標", "indicator"), L("方向", "方向", "direction"), L("目标", "目標", "target")],
  field: L("驻外服务代表扣分标准（G）：1 = 允许的扣分", "駐外服務代表扣分標準（G）：1 = 允許的扣分", "Field service deduction bands (G): 1 = allowed"),
  fieldHead: [L("项目", "項目", "item"), L("满分", "滿分", "max"), L("允许扣分", "允許扣分", "allowed")],
  probation: L("试用期上限（L-4）", "試用期上限（L-4）", "Probation caps (L-4)"),
  probationHead: [L("合同满（月）", "合同滿（月）", "contract from (months)"), L("试用期上限（月）", "試用期上限（月）", "max probation (months)")],
  note: L("在下列黄色表格中修改预告期、满意度得分、指标目标和试用期上限，B 列会自动随之更新。驻外服务代表扣分标准由 B 列 fieldRep.items 推出：修改后请重新生成本表。",
    "在下列黃色表格中修改預告期、滿意度得分、指標目標和試用期上限，B 欄會自動隨之更新。駐外服務代表扣分標準由 B 欄 fieldRep.items 推出：修改後請重新產生本表。",
    "Change notice bands, survey scores, indicator targets and probation caps in the yellow tables below; column B follows by itself. The field-service bands derive from fieldRep.items in column B: regenerate this sheet after changing it."),
};

/** Where the scalar value of each key sits (1-based row of column B), from policyToRows' layout. */
export function policyRowOf(policy: Policy = DEFAULT_POLICY): Map<string, number> {
  const rows = policyToRows(policy, "en");
  const out = new Map<string, number>();
  rows.forEach((r, i) => { if (i > 0 && typeof r[0] === "string") out.set(r[0], i + 1); });
  return out;
}

/** All defined names a policy sheet provides, with their A1 ranges (no sheet). */
export function policySheetPlan(policy: Policy, lang: Lang): SheetPlan {
  const cells: PlannedCell[] = [];
  const names: PlannedName[] = [];
  const boxes: string[] = [];
  const put = (row: number, col: number, value: string | number | null, style: PlannedCell["style"] = "plain", fmt?: PlannedCell["fmt"]) =>
    cells.push({ row, col, value, style, fmt });

  const rows = policyToRows(policy, lang);
  rows.forEach((r, i) => r.forEach((v, j) => {
    if (v === null) return;
    put(i + 1, j + 1, v, i === 0 ? "header" : j === 1 ? "input" : j >= 3 ? "text" : "plain", i > 0 && i < 3 && j === 1 ? "text" : undefined);
  }));
  boxes.push(`A1:E${rows.length}`);
  const rowOf = policyRowOf(policy);
  names.push({ name: KH_VERSION, ref: "$B$2" }, { name: KH_PUBLISHED, ref: "$B$3" });
  for (const [key, row] of rowOf) {
    if (key === "version" || key === "published") continue;
    if (isScalarKey(key as PolicyKey)) names.push({ name: definedNameOf(key as PolicyKey), ref: `$B$${row}` });
  }

  // ── Column B of a table-backed key: a formula writing the table out as JSON ──
  const at = (col: number, row: number) => `$${colLetter(col)}$${row}`;
  /** A number cell as JSON; blank or text becomes null, which the policy check then refuses by key. */
  const jsonNumber = (ref: string) => `IF(ISNUMBER(${ref}),${ref},"null")`;
  const jsonString = (ref: string) => `"""" & ${ref} & """"`;
  const jsonObject = (fields: [string, string][]) =>
    `"{" & ${fields.map(([k, v], i) => `"${i > 0 ? "," : ""}""${k}"":" & ${v.startsWith("$") ? jsonNumber(v) : v}`).join(" & ")} & "}"`;
  const jsonArray = (items: string[]) => `"[" & ${items.map((v) => (v.startsWith("$") ? jsonNumber(v) : v)).join(` & "," & `)} & "]"`;
  const fromTable = (key: PolicyKey, formula: string) => {
    const cell = cells.find((c) => c.row === rowOf.get(key) && c.col === 2);
    if (!cell) throw new Error(`policy sheet: no row for ${key}`);
    cell.display = String(cell.value);
    cell.formula = `=${formula}`;
    delete cell.value;
    cell.style = "output";
  };

  // ── Tables from column G ──────────────────────────────────────────────────
  const G = 7;
  let r = 1;
  const range = (c: number, r1: number, r2: number) => `$${colLetter(c)}$${r1}:$${colLetter(c)}$${r2}`;
  const table = (title: Localized, head: readonly (Localized | string)[], body: (string | number | null)[][], editable = true): number => {
    put(r, G, title[lang], "section");
    head.forEach((h, j) => put(r + 1, G + j, typeof h === "string" ? h : h[lang], "header"));
    body.forEach((line, i) => line.forEach((v, j) => { if (v !== null) put(r + 2 + i, G + j, v, j === 0 ? "label" : editable ? "input" : "output"); }));
    boxes.push(`${cellA1({ row: r + 1, col: G })}:${cellA1({ row: r + 1 + body.length, col: G + head.length - 1 })}`);
    const first = r + 2;
    r += body.length + 3;
    return first;
  };
  put(r, G, T.note[lang], "version");
  r += 2;

  const bands = policy.values["dismissal.noticeBands"];
  let f = table(T.notice, T.noticeHead, bands.map((b) => [b.fromMonths, b.days]));
  names.push({ name: TABLE_NAMES.noticeFrom, ref: range(G, f, f + bands.length - 1) }, { name: TABLE_NAMES.noticeDays, ref: range(G + 1, f, f + bands.length - 1) });
  fromTable("dismissal.noticeBands", jsonArray(bands.map((_, i) => jsonObject([["fromMonths", at(G, f + i)], ["days", at(G + 1, f + i)]]))));

  const levels = policy.values["survey.levelScores"];
  f = table(T.survey, T.surveyHead, levels.map((s, i) => [s, ...LANGS.map((l) => SURVEY_WORDS[l][i])]));
  names.push({ name: TABLE_NAMES.surveyScores, ref: range(G, f, f + levels.length - 1) });
  LANGS.forEach((l, j) => names.push({ name: TABLE_NAMES.surveyWords(l), ref: range(G + 1 + j, f, f + levels.length - 1) }));
  fromTable("survey.levelScores", jsonArray(levels.map((_, i) => jsonNumber(at(G, f + i)))));

  const targets = Object.entries(policy.values["csPay.indicatorTargets"]);
  f = table(T.targets, T.targetsHead, targets.map(([k, t]) => [INDICATOR_LABELS[k]?.[lang] ?? k, t.direction, t.target]));
  names.push({ name: TABLE_NAMES.csDirection, ref: range(G + 1, f, f + targets.length - 1) }, { name: TABLE_NAMES.csTarget, ref: range(G + 2, f, f + targets.length - 1) });
  fromTable("csPay.indicatorTargets", jsonObject(targets.map(([k], i) => [k, jsonObject([["direction", jsonString(at(G + 1, f + i))], ["target", at(G + 2, f + i)]])])));

  const items = policy.values["fieldRep.items"];
  const top = Math.max(...items.map((i) => i.max));
  const head = [...T.fieldHead, ...Array.from({ length: top + 1 }, (_, d) => String(d))];
  f = table(T.field, head, items.map((item) => {
    const allowed = allowedDeductions(item);
    return [`${item.id} ${FIELD_ITEM_LABELS[item.id]?.[lang] ?? ""}`.trim(), item.max, describeSet(allowed),
      ...Array.from({ length: top + 1 }, (_, d) => (allowed.includes(d) ? 1 : 0))];
  }), false);
  names.push({ name: TABLE_NAMES.fieldMax, ref: range(G + 1, f, f + items.length - 1) },
    { name: TABLE_NAMES.fieldAllowed, ref: `$${colLetter(G + 3)}$${f}:$${colLetter(G + 3 + top)}$${f + items.length - 1}` });

  const caps = policy.values["law.probationCaps"];
  f = table(T.probation, T.probationHead, caps.map((c) => [c.fromContractMonths, c.maxProbationMonths]));
  names.push({ name: TABLE_NAMES.probationFrom, ref: range(G, f, f + caps.length - 1) }, { name: TABLE_NAMES.probationMax, ref: range(G + 1, f, f + caps.length - 1) });
  fromTable("law.probationCaps", jsonArray(caps.map((_, i) => jsonObject([["fromContractMonths", at(G, f + i)], ["maxProbationMonths", at(G + 1, f + i)]]))));

  const widths = [34, 14, 10, 26, 46, 2, 22, 10, 12, ...Array.from({ length: top + 1 }, () => 5)];
  const plan: SheetPlan = {
    formId: "policy", name: POLICY_SHEET_NAMES[lang], widths, rowHeights: [], cells, merges: [], columnFormulas: [], textRanges: ["B2:B3"], formats: [],
    validations: [], flags: [], boxes, print: { orientation: "landscape", titleRows: [1, 1] }, freeze: { rows: 1, cols: 1 },
    names, keys: {}, policyVersion: policy.version,
  };
  plan.rowHeights = fitRowHeights(plan, { lang });
  return plan;
}
