/**
 * The evaluation schemes of EVALUATION.md: per scheme its inputs (in the
 * contract's order), its results, its rules, the monthly form it builds on and
 * how each input maps to a form column. Also the one vocabulary of column
 * headers: every column of a month sheet has one header per language, unique
 * within the scheme; files and sheets are read by these same words.
 */
import { FIELD_ITEM_LABELS, INDICATOR_LABELS } from "../forms/policySheet";
import type { DocumentFormId } from "../forms";
import { DEFAULT_POLICY, L, LANGS, type Localized, type RuleId } from "../rules";

import { SCHEME_NAMES, type SchemeId } from "./ids";

export { SCHEME_IDS, SHEET_WORD, isSchemeId, type SchemeId } from "./ids";

/**
 * How an input cell is read (FUNCTIONS.md): a count or deduction (blank = 0), a tick
 * (TRUE/FALSE/✓; blank = FALSE), an absence (blank = no absence), money or a score
 * (blank = missing when required), a rate (a fraction; "80%" allowed), a figure.
 */
export type InputKind = "count" | "tick" | "absence" | "money" | "score" | "rate" | "figure";

export interface InputDef {
  /** The contract's key (`fault1`, `totalPay`, …). */
  key: string;
  /** The monthly form's column key (`f1`, `totalPay`, …). */
  column: string;
  kind: InputKind;
  /** Blank leaves the employee incomplete (EVALUATION.md: a score, a pay base or an order total). */
  required?: boolean;
}

export type ResultKind = "score" | "money" | "count" | "boolean";

export interface ResultDef {
  key: string;
  /** The month sheet's column key holding it. */
  column: string;
  kind: ResultKind;
}

export interface Scheme {
  id: SchemeId;
  /** Who is evaluated: 业务员 … */
  name: Localized;
  rules: readonly RuleId[];
  form: DocumentFormId;
  inputs: readonly InputDef[];
  results: readonly ResultDef[];
  /** The result the summary describes (average, bands); none for `online`. */
  mainScore?: string;
  /** The rule a main score under the pass mark is flagged under. */
  passRule?: RuleId;
  /** Money results: the pay list's columns and the summary's total pay. */
  money: readonly string[];
  /** F-7: repeatedK is proposed where last month's `${from}K` was above 0. */
  repeats?: { from: "fault" | "deduction"; count: number };
  /** Header of every month-sheet column, by column key (the form's keys plus the cycle's own). */
  headers: Readonly<Record<string, Localized>>;
}

// ── Shared vocabulary ─────────────────────────────────────────────────────────────────────────
/** The employee columns every scheme has (EVALUATION.md: id required and unique; name; dept optional). */
export const EMPLOYEE_KEYS = ["id", "name", "dept"] as const;
export type EmployeeKey = (typeof EMPLOYEE_KEYS)[number];

const COMMON: Record<string, Localized> = {
  no: L("序号", "序號", "No."),
  id: L("工号", "工號", "ID"),
  name: L("姓名", "姓名", "Name"),
  dept: L("部门", "部門", "Department"),
  previousScore: L("上月得分", "上月得分", "Previous score"),
};
/** Other words a file may use for an employee column (the generated forms' own headers). */
export const EMPLOYEE_ALIASES: Readonly<Record<EmployeeKey, readonly string[]>> = {
  id: ["Employee ID", "员工编号", "員工編號"],
  name: ["员工姓名", "員工姓名"],
  dept: ["区域", "區域", "Region", "店铺/组别", "店鋪/組別", "Store / team"],
};

const numbered = (k: number, zhCN: string, zhTW: string, en: string, label?: Localized): Localized =>
  label ? L(`${zhCN}${k} ${label["zh-CN"]}`, `${zhTW}${k} ${label["zh-TW"]}`, `${en} ${k} ${label.en}`) : L(`${zhCN}${k}`, `${zhTW}${k}`, `${en} ${k}`);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const DAILY = L("日常工作得分", "日常工作得分", "Daily-work score");
const ATTENDANCE = L("出勤得分", "出勤得分", "Attendance score");
const MONTHLY = L("月度得分", "月度得分", "Monthly score");
const ABSENCES = 4;
const absenceInputs = (): InputDef[] => range(ABSENCES).map((k) => ({ key: `absence${k}`, column: `a${k}`, kind: "absence" }));
const absenceHeaders = () => Object.fromEntries(range(ABSENCES).map((k) => [`a${k}`, numbered(k, "缺勤", "缺勤", "Absence")]));
const attendanceResults = (daily: string): ResultDef[] => [
  { key: "dailyScore", column: daily, kind: "score" },
  { key: "attendanceScore", column: "attendance", kind: "score" },
  { key: "monthlyScore", column: "monthly", kind: "score" },
];

// ── sales: F-3 F-4 F-6 F-7 F-8 F-10 ───────────────────────────────────────────────────────────
const SALES_ITEMS: Localized[] = [
  L("经销商管理", "經銷商管理", "dealer mgmt"),
  L("周报不合格", "週報不合格", "weekly report"),
  L("上周总结", "上週總結", "last-week summary"),
  L("下周计划", "下週計劃", "next-week plan"),
  L("走访漏项", "走訪漏項", "visits missing"),
  L("拜访纪实", "拜訪紀實", "visit records"),
  L("市场信息", "市場資訊", "market info"),
  L("质量反馈", "質量反饋", "quality feedback"),
  L("广告计划", "廣告計劃", "advert. plan"),
  L("促销计划", "促銷計劃", "promo plan"),
  L("促销评价", "促銷評價", "promo eval."),
  L("车辆违规", "車輛違規", "vehicle breach"),
];
const REPEAT = (k: number) => numbered(k, "重复", "重複", "Repeat");
const POINTS = (k: number) => numbered(k, "得分", "得分", "Points");

const sales: Scheme = {
  id: "sales", name: SCHEME_NAMES.sales, rules: ["F-3", "F-4", "F-6", "F-7", "F-8", "F-10"], form: "salesMonthly",
  inputs: [
    ...SALES_ITEMS.map((_, i): InputDef => ({ key: `fault${i + 1}`, column: `f${i + 1}`, kind: "count" })),
    ...SALES_ITEMS.map((_, i): InputDef => ({ key: `repeated${i + 1}`, column: `r${i + 1}`, kind: "tick" })),
    ...absenceInputs(),
    { key: "totalPay", column: "totalPay", kind: "money", required: true },
    { key: "completionRate", column: "completion", kind: "rate", required: true },
    { key: "overPlanBonus", column: "bonus", kind: "money" },
  ],
  results: [...attendanceResults("daily"), { key: "pay", column: "pay", kind: "money" }],
  mainScore: "monthlyScore", passRule: "F-3", money: ["pay"],
  repeats: { from: "fault", count: SALES_ITEMS.length },
  headers: {
    ...COMMON,
    ...Object.fromEntries(SALES_ITEMS.map((label, i) => [`f${i + 1}`, numbered(i + 1, "失误", "失誤", "Fault", label)])),
    ...Object.fromEntries(SALES_ITEMS.map((_, i) => [`r${i + 1}`, REPEAT(i + 1)])),
    ...Object.fromEntries(SALES_ITEMS.map((_, i) => [`p${i + 1}`, POINTS(i + 1)])),
    daily: DAILY, ...absenceHeaders(), attendance: ATTENDANCE, monthly: MONTHLY,
    totalPay: L("工资总额", "工資總額", "Total pay"),
    completion: L("计划完成率", "計劃完成率", "Plan completion"),
    bonus: L("超计划奖金", "超計劃獎金", "Over-plan bonus"),
    pay: L("月度薪酬", "月度薪酬", "Pay"),
  },
};

// ── regional: F-3 F-4 F-5 F-7 F-8 ─────────────────────────────────────────────────────────────
const REGIONAL_ITEMS: Localized[] = [
  L("月报总结", "月報總結", "summary"),
  L("月报计划", "月報計劃", "plan"),
  L("市场建议", "市場建議", "proposal"),
  L("周报审阅", "週報審閱", "weekly review"),
  L("培训", "培訓", "training"),
  L("月报准时", "月報準時", "report on time"),
  L("区域责任", "區域責任", "region"),
];
const regional: Scheme = {
  id: "regional", name: SCHEME_NAMES.regional, rules: ["F-3", "F-4", "F-5", "F-7", "F-8"], form: "regionalMonthly",
  inputs: [
    ...REGIONAL_ITEMS.map((_, i): InputDef => ({ key: `deduction${i + 1}`, column: `d${i + 1}`, kind: "count" })),
    ...REGIONAL_ITEMS.map((_, i): InputDef => ({ key: `repeated${i + 1}`, column: `r${i + 1}`, kind: "tick" })),
    ...absenceInputs(),
  ],
  results: attendanceResults("daily"),
  mainScore: "monthlyScore", passRule: "F-3", money: [],
  repeats: { from: "deduction", count: REGIONAL_ITEMS.length },
  headers: {
    ...COMMON,
    ...Object.fromEntries(REGIONAL_ITEMS.map((label, i) => [`d${i + 1}`, numbered(i + 1, "扣分", "扣分", "Deduction", label)])),
    ...Object.fromEntries(REGIONAL_ITEMS.map((_, i) => [`r${i + 1}`, REPEAT(i + 1)])),
    ...Object.fromEntries(REGIONAL_ITEMS.map((_, i) => [`p${i + 1}`, POINTS(i + 1)])),
    daily: DAILY, ...absenceHeaders(), attendance: ATTENDANCE, monthly: MONTHLY,
  },
};

// ── field: G G-1 G-2 F-4 ──────────────────────────────────────────────────────────────────────
const FIELD_ITEMS = DEFAULT_POLICY.values["fieldRep.items"];
const field: Scheme = {
  id: "field", name: SCHEME_NAMES.field, rules: ["G", "G-1", "G-2", "F-4"], form: "fieldMonthly",
  inputs: [
    ...FIELD_ITEMS.map((_, i): InputDef => ({ key: `deduction${i + 1}`, column: `d${i + 1}`, kind: "count" })),
    { key: "falsifiedClaims", column: "claims", kind: "count" },
    ...absenceInputs(),
  ],
  results: [...attendanceResults("score"), { key: "transfer", column: "transfer", kind: "boolean" }],
  mainScore: "monthlyScore", passRule: "G-2", money: [],
  headers: {
    ...COMMON,
    ...Object.fromEntries(FIELD_ITEMS.map((it, i) => {
      const label = FIELD_ITEM_LABELS[it.id];
      return [`d${i + 1}`, L(`扣分${it.id} ${label["zh-CN"]}`, `扣分${it.id} ${label["zh-TW"]}`, `Deduction ${it.id} ${label.en}`)];
    })),
    claims: L("虚报索赔次数", "虛報索賠次數", "Falsified claims"),
    bad: L("超标扣分项数", "超標扣分項數", "Out-of-band items"),
    subtotal: L("1–9项小计", "1–9項小計", "Items 1–9"),
    penalty: L("虚报扣分", "虛報扣分", "Falsified deduction"),
    score: L("考核得分", "考核得分", "Score"),
    transfer: L("调岗", "調崗", "Transfer"),
    ...absenceHeaders(), attendance: ATTENDANCE, monthly: MONTHLY,
  },
};

// ── store: H-3 H-4 H-5 L-6 ────────────────────────────────────────────────────────────────────
const store: Scheme = {
  id: "store", name: SCHEME_NAMES.store, rules: ["H-3", "H-4", "H-5", "L-6"], form: "csMonthly",
  inputs: [
    { key: "selfScore", column: "self", kind: "score", required: true },
    { key: "managerScore", column: "mgr", kind: "score", required: true },
    { key: "performanceBase", column: "perfBase", kind: "money", required: true },
  ],
  results: [
    { key: "reviewScore", column: "review", kind: "score" },
    { key: "rank", column: "rank", kind: "count" },
    { key: "rankBonus", column: "rankBonus", kind: "money" },
    { key: "performancePay", column: "perfPay", kind: "money" },
    { key: "lastPlaceMonths", column: "lastPlace", kind: "count" },
  ],
  mainScore: "reviewScore", passRule: "H-5", money: ["rankBonus", "performancePay"],
  headers: {
    ...COMMON,
    self: L("自评分", "自評分", "Self-review"),
    mgr: L("店长评分", "店長評分", "Store manager"),
    review: L("考评得分", "考評得分", "Review score"),
    rank: L("名次", "名次", "Place"),
    rankBonus: L("排名奖罚", "排名獎懲", "Ranking bonus"),
    improve: L("须交改进计划", "須交改進計劃", "Improvement plan"),
    perfBase: L("绩效基数", "績效基數", "Performance base"),
    perfPay: L("绩效工资", "績效薪資", "Performance pay"),
    previousLast: L("此前连续垫底月数", "此前連續墊底月數", "Months last before"),
    lastPlace: L("连续垫底月数", "連續墊底月數", "Months last"),
  },
};

// ── online: E-1 E-2 ───────────────────────────────────────────────────────────────────────────
/** The E-2 indicators, in the policy's order (the pay sheet's k1…k5). */
export const INDICATORS = Object.keys(DEFAULT_POLICY.values["csPay.indicatorTargets"]);
const online: Scheme = {
  id: "online", name: SCHEME_NAMES.online, rules: ["E-1", "E-2"], form: "csPay",
  inputs: [
    { key: "orderTotal", column: "orders", kind: "money", required: true },
    // CSPAY has no default for its indicator bonus: blank is incomplete, as on the pay sheet.
    { key: "indicatorBonus", column: "bonus", kind: "money", required: true },
    { key: "baseSalary", column: "base", kind: "money", required: true },
    ...INDICATORS.map((name, i): InputDef => ({ key: name, column: `k${i + 1}`, kind: name === "refundRate" ? "rate" : "figure" })),
  ],
  results: [
    { key: "indicatorsMissed", column: "missed", kind: "count" },
    { key: "pay", column: "pay", kind: "money" },
  ],
  money: ["pay"],
  headers: {
    ...COMMON,
    orders: L("当月成交总额", "當月成交總額", "Closed orders"),
    bonus: L("指标奖金", "指標獎金", "Indicator bonus"),
    base: L("底薪", "底薪", "Base salary"),
    ...Object.fromEntries(INDICATORS.map((name, i) => [`k${i + 1}`, INDICATOR_LABELS[name]])),
    missed: L("未达标指标数", "未達標指標數", "Indicators missed"),
    commission: L("提成", "提成", "Commission"),
    pay: L("月薪", "月薪", "Monthly pay"),
  },
};

export const SCHEMES: Readonly<Record<SchemeId, Scheme>> = { sales, regional, field, store, online };

/** The input keys of a scheme, in the contract's order. */
export function inputKeys(scheme: Scheme): string[] {
  return scheme.inputs.map((i) => i.key);
}

/** Every word a header may be for each column key, normalized (see normalizeHeader). */
export function headerWords(scheme: Scheme): Map<string, string> {
  const out = new Map<string, string>();
  const add = (word: string, column: string) => {
    const w = normalizeHeader(word);
    const had = out.get(w);
    if (had !== undefined && had !== column) throw new Error(`${scheme.id}: header "${word}" names both ${had} and ${column}`);
    out.set(w, column);
  };
  for (const [column, words] of Object.entries(scheme.headers)) for (const lang of LANGS) add(words[lang], column);
  for (const key of EMPLOYEE_KEYS) { add(key, key); for (const a of EMPLOYEE_ALIASES[key]) add(a, key); }
  for (const input of scheme.inputs) add(input.key, input.column);
  for (const result of scheme.results) add(result.key, result.column);
  return out;
}

/** Header comparison: trimmed, inner spaces collapsed, case-insensitive, full-width brackets and spaces as ASCII. */
export function normalizeHeader(text: string): string {
  return text.replace(/\u3000/g, " ").replace(/（/g, "(").replace(/）/g, ")").trim().replace(/\s+/g, " ").toLowerCase();
}
