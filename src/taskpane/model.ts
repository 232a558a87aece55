/** What the task pane shows, computed without React or Office (tested in test/taskpane). */
import { FORMS, ROSTER_FORMS, formTitle, type DocumentFormId } from "../forms";
import { CATALOGUE, DEFAULT_POLICY, formatProblem, functionDescription, type FunctionSpec, type Lang } from "../rules";
import { functionName } from "../functions/metadata";
import type { PolicyState } from "../functions/policySource";

export interface FunctionRow {
  id: string;
  /** As typed in a cell: HR.<localized name>. */
  formula: string;
  description: string;
  signature: string;
}

const NAMESPACE = "HR";

export function functionRows(lang: Lang, state: PolicyState | undefined, catalogue: readonly FunctionSpec[] = CATALOGUE): FunctionRow[] {
  const policy = state?.ok ? state.policy : undefined;
  return catalogue.map((spec) => {
    const name = functionName(spec, lang);
    const params = spec.params.map((p) => {
      const label = lang === "en" ? p.name : p.label[lang];
      return p.default === undefined ? label : `[${label}]`;
    });
    return {
      id: spec.id,
      formula: `${NAMESPACE}.${name}`,
      description: functionDescription(spec, lang, policy ?? DEFAULT_POLICY),
      signature: `${NAMESPACE}.${name}(${params.join(", ")})`,
    };
  });
}

const TEXT = {
  title: { "zh-CN": "考核 Kaohe", "zh-TW": "考核 Kaohe", en: "考核 Kaohe" },
  loading: { "zh-CN": "正在读取规则…", "zh-TW": "正在讀取規則…", en: "Reading the policy…" },
  defaults: { "zh-CN": "默认规则", "zh-TW": "預設規則", en: "default policy" },
  fromSheet: { "zh-CN": "工作表「{sheet}」", "zh-TW": "工作表「{sheet}」", en: "sheet “{sheet}”" },
  policy: { "zh-CN": "规则版本 {version}（{published}，{source}）", "zh-TW": "規則版本 {version}（{published}，{source}）", en: "Policy version {version} ({published}, {source})" },
  invalid: { "zh-CN": "工作表「{sheet}」的规则无效，所有 HR 函数返回 #VALUE!：", "zh-TW": "工作表「{sheet}」的規則無效，所有 HR 函數傳回 #VALUE!：", en: "The policy on sheet “{sheet}” is invalid; every HR function returns #VALUE!:" },
  functions: { "zh-CN": "工作表函数", "zh-TW": "工作表函數", en: "Worksheet functions" },
  forms: { "zh-CN": "生成表单", "zh-TW": "產生表單", en: "Create a form" },
  formsHint: { "zh-CN": "新建一个工作表，公式自动计算；没有规则表时会一并创建。", "zh-TW": "新增一個工作表，公式自動計算；沒有規則表時會一併建立。", en: "Adds a new sheet whose formulas compute themselves; the policy sheet is created too when missing." },
  form: { "zh-CN": "表单", "zh-TW": "表單", en: "Form" },
  employees: { "zh-CN": "员工行数", "zh-TW": "員工列數", en: "Employee rows" },
  create: { "zh-CN": "生成工作表", "zh-TW": "產生工作表", en: "Create sheet" },
  creating: { "zh-CN": "正在生成…", "zh-TW": "正在產生…", en: "Creating…" },
  created: { "zh-CN": "已生成工作表「{sheet}」", "zh-TW": "已產生工作表「{sheet}」", en: "Created sheet “{sheet}”" },
  failed: { "zh-CN": "未能生成：{message}", "zh-TW": "未能產生：{message}", en: "Could not create it: {message}" },
  noExcel: { "zh-CN": "需要在 Excel 中打开任务窗格", "zh-TW": "需要在 Excel 中開啟工作窗格", en: "Open the task pane in Excel to create forms" },
} as const;

/** Employee rows a roster form starts with, and the most the pane offers (the writer handles more). */
export const ROSTER_ROWS = { initial: 10, max: 10_000 } as const;

/** The forms the pane offers, in the rulebook's order, with their titles in the user's language. */
export function formOptions(lang: Lang): { id: DocumentFormId; title: string; roster: boolean }[] {
  return (Object.keys(FORMS) as DocumentFormId[]).map((id) => ({ id, title: formTitle(id, lang), roster: ROSTER_FORMS.includes(id) }));
}

/** A row count typed by the user, or undefined when it is not a whole number in 1..max. */
export function parseRowCount(input: string): number | undefined {
  const n = Number(input.trim());
  return Number.isInteger(n) && n >= 1 && n <= ROSTER_ROWS.max ? n : undefined;
}

export function text(key: keyof typeof TEXT, lang: Lang, args: Record<string, string> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, k: string) => args[k] ?? whole);
}

export interface PolicyLine {
  kind: "loading" | "ok" | "invalid";
  text: string;
  problems: string[];
}

export function policyLine(state: PolicyState | undefined, lang: Lang): PolicyLine {
  if (!state) return { kind: "loading", text: text("loading", lang), problems: [] };
  if (!state.ok) return { kind: "invalid", text: text("invalid", lang, { sheet: state.sheet }), problems: state.problems.map((p) => formatProblem(p, lang)) };
  const source = state.sheet === null ? text("defaults", lang) : text("fromSheet", lang, { sheet: state.sheet });
  return { kind: "ok", text: text("policy", lang, { version: state.policy.version, published: state.policy.published, source }), problems: [] };
}
