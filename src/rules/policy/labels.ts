/**
 * How the policy reads to people (the policy sheet, the change log, the
 * editor): rulebook sections, units, table titles and fields, field-service
 * case names, legal notes (L-1 … L-7) and the source clauses in each script.
 * Texts only, in zh-CN, zh-TW and en; no figures (the numbers live in the
 * policy table). Not part of the functions bundle.
 */
import { L, type Lang, type Localized } from "../types";
import { POLICY_NOTES } from "./notes";
import { POLICY_TABLE, rulesOf, type PolicyKey, type Schema } from "./table";

// ── Sections (RULEBOOK.md headings) ──────────────────────────────────────────
export const SECTIONS = {
  A: L("A. 工作时间", "A. 工作時間", "A. Working time"),
  B: L("B. 晋升", "B. 晉升", "B. Promotion"),
  C: L("C. 辞退", "C. 辭退", "C. Dismissal"),
  D: L("D. 辞职与离职", "D. 辭職與離職", "D. Resignation and separation"),
  E: L("E. 售后线上客服薪酬", "E. 售後線上客服薪酬", "E. After-sales online customer service pay"),
  F: L("F. 业务员与区域经理考核", "F. 業務員與區域經理考核", "F. Salesperson and regional manager evaluation"),
  G: L("G. 驻外服务代表考核（百分制）", "G. 駐外服務代表考核（百分制）", "G. Field service representative (points scheme)"),
  H: L("H. 客服考核", "H. 客服考核", "H. Customer service"),
  K: L("K. 客户服务管理", "K. 客戶服務管理", "K. Customer service management"),
  L: L("L. 法律提示（公司规则之外的法定底线）", "L. 法律提示（公司規則之外的法定底線）", "L. Legal warnings (PRC law beyond the company rules)"),
} as const;
export type SectionId = keyof typeof SECTIONS;

/** The section a key belongs to: the letter of its first rule ID. */
export function sectionOf(key: PolicyKey): SectionId {
  return rulesOf(POLICY_TABLE[key])[0][0] as SectionId;
}

/** A value's label as the policy sheet shows it (column A) and the editor names it: what the key means, as a sentence. */
export function valueLabel(key: PolicyKey, lang: Lang): string {
  const note = POLICY_NOTES[key][lang];
  return note.charAt(0).toUpperCase() + note.slice(1);
}

// ── Units ───────────────────────────────────────────────────────────────────
export const UNITS = {
  share: L("", "", ""),
  rate: L("", "", ""),
  points: L("分", "分", "points"),
  days: L("天", "天", "days"),
  hours: L("小时", "小時", "hours"),
  months: L("个月", "個月", "months"),
  years: L("年", "年", "years"),
  yuan: L("元", "元", "yuan"),
  times: L("次", "次", "times"),
  people: L("人", "人", "people"),
  copies: L("份", "份", "copies"),
  dayOfMonth: L("日（每月）", "日（每月）", "day of month"),
  seconds: L("秒", "秒", "seconds"),
  hourOfDay: L("时（当日）", "時（當日）", "o'clock"),
  multiplier: L("倍", "倍", "×"),
} as const;
export type Unit = keyof typeof UNITS;

type ScalarKey = { [K in PolicyKey]: (typeof POLICY_TABLE)[K]["value"] extends number | null ? K : never }[PolicyKey];

export const POLICY_UNITS: Readonly<Record<ScalarKey, Unit>> = {
  "score.full": "points",
  "workTime.standardDayHours": "hours", "workTime.ordinaryMaxDayHours": "hours", "workTime.exceptionalMaxDayHours": "hours",
  "workTime.monthlyOvertimeCapHours": "hours", "workTime.weekHours": "hours", "workTime.restWindowDays": "days", "workTime.restDaysPerWindow": "days",
  "promotion.regularRoundsPerYear": "times", "promotion.maxUnoffsetPunishments": "times",
  "dismissal.demeritsPerYear": "times", "dismissal.consecutiveAbsenceDays": "days", "dismissal.absentDaysPerYearMax": "days", "dismissal.appealDays": "days",
  "resignation.workOnMonths": "months", "separation.handoverCopies": "copies", "separation.handoverDays": "days", "separation.clothesKeepAfterYears": "years",
  "csPay.commissionRate": "share",
  "annual.months": "months", "evaluation.sheetDueDay": "dayOfMonth", "monthly.dailyWeight": "share", "monthly.attendanceWeight": "share",
  "attendance.pointsPerDay": "points", "attendance.dayUnit": "days",
  "regional.summary": "points", "regional.plan": "points", "regional.proposal": "points", "regional.review": "points", "regional.training": "points",
  "regional.trainingPerMonth": "times", "regional.reportOnTime": "points", "regional.reportDueDay": "dayOfMonth", "regional.region": "points",
  "salesRep.dealer": "points", "salesRep.dealerPerFault": "points", "salesRep.dealerReportDueHour": "hourOfDay", "salesRep.rebateDueDay": "dayOfMonth",
  "salesRep.weeklySummary": "points", "salesRep.weeklyPlan": "points", "salesRep.weeklyVisits": "points", "salesRep.visitsPerWeek": "times",
  "salesRep.visitPerMissing": "points", "salesRep.visitMissingZeroAt": "times", "salesRep.weeklyRecords": "points", "salesRep.market": "points",
  "salesRep.quality": "points", "salesRep.advertising": "points", "salesRep.advertisingDueDay": "dayOfMonth", "salesRep.promotionPlan": "points",
  "salesRep.promotionPlanDueDay": "dayOfMonth", "salesRep.promotionEval": "points", "salesRep.promotionEvalDueDays": "days", "salesRep.planPerFault": "points",
  "salesRep.vehicle": "points", "repeat.multiplier": "multiplier",
  "salesPay.baseShare": "share", "salesPay.planShare": "share", "salesPay.dailyShare": "share", "salesPay.completionCap": "rate",
  "fieldRep.falsifiedOne": "points", "fieldRep.falsifiedMany": "points", "fieldRep.falsifiedManyFrom": "times",
  "service.responseSeconds": "seconds", "service.responseSecondsLong": "seconds", "review.selfWeight": "share", "review.managerWeight": "share",
  "ranking.firstBonus": "yuan", "ranking.lastPenalty": "yuan", "ranking.improvementBottom": "people", "ranking.improvementDays": "days", "ranking.transferAfterMonths": "months",
  "perfPay.passScore": "points", "perfPay.failCut": "share", "perfPay.statsFromDay": "dayOfMonth", "perfPay.statsToDay": "dayOfMonth", "perfPay.payByDay": "dayOfMonth",
  "complaint.reportDays": "days", "complaint.closeDays": "days", "complaint.managerMaxAmount": "yuan", "complaint.generalManagerMinAmount": "yuan", "complaint.reviewByDay": "dayOfMonth",
  "law.overtimeNormalDayHours": "hours", "law.overtimeDayCapHours": "hours", "law.overtimeMonthCapHours": "hours",
  "law.dismissalNoticeDays": "days", "law.resignationNoticeDays": "days", "law.probationResignationNoticeDays": "days",
  "law.lossDeductionMaxShare": "share", "law.minimumWage": "yuan",
};

/** How a value of this unit is shown: a percentage, money, a whole number or as typed. */
export function displayKind(key: ScalarKey): "percent" | "money" | "int" | "general" {
  const unit = POLICY_UNITS[key];
  if (unit === "share" || unit === "rate") return "percent";
  if (unit === "yuan") return "money";
  const schema: Schema = POLICY_TABLE[key].schema;
  return schema.type === "number" && schema.whole ? "int" : "general";
}

// ── Tables ──────────────────────────────────────────────────────────────────
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

/** RULEBOOK G: the cases of each field-service item. */
export const FIELD_CASE_LABELS: Readonly<Record<string, Localized>> = {
  basicallyCompetent: L("基本胜任", "基本勝任", "basically competent"),
  needsHelp: L("需他人协助", "需他人協助", "needs others' help"),
  unreachable: L("工作时间联系不上（每次）", "工作時間聯繫不上（每次）", "unreachable in working hours (each time)"),
  causedHarm: L("因此造成损失", "因此造成損失", "caused harm"),
  escalation: L("投诉升级（每次）", "投訴升級（每次）", "escalation (each)"),
  mediaExposure: L("媒体曝光", "媒體曝光", "media exposure"),
  minorBlanks: L("有空项，不影响审核", "有空項，不影響審核", "blanks not affecting checks"),
  delayingClaims: L("质量差、拖延索赔", "品質差、拖延索賠", "poor, delaying claims"),
  lateNoHarm: L("逾期，未造成影响", "逾期，未造成影響", "late, no harm"),
  lateUrgentOrders: L("逾期，频繁紧急订货", "逾期，頻繁緊急訂貨", "late, frequent urgent orders"),
  lateHarmedWarranty: L("逾期，影响保修服务", "逾期，影響保修服務", "late, harmed warranty service"),
  dealerAverage: L("经销商评价一般", "經銷商評價一般", "dealers rate it average"),
  dealerPoor: L("经销商评价差", "經銷商評價差", "dealers rate it poor"),
  brief: L("过于简单", "過於簡單", "too brief"),
  missing: L("缺失", "缺失", "missing"),
  trainingAbsence: L("缺席培训（每次）", "缺席培訓（每次）", "absent from training (each time)"),
  mediocre: L("效果一般", "效果一般", "mediocre"),
  notHeld: L("未举办", "未舉辦", "not held"),
  lateQualityReport: L("质量报告逾期", "品質報告逾期", "late quality report"),
};

export const SURVEY_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  "zh-CN": ["非常满意", "满意", "一般", "较差"],
  "zh-TW": ["非常滿意", "滿意", "一般", "較差"],
  en: ["very satisfied", "satisfied", "average", "poor"],
};

/** Field names of the tables (their column headings, and how a change log names them). */
export const FIELD_TEXTS = {
  fromMonths: L("连续服务满（月）", "連續服務滿（月）", "from months of service"),
  days: L("预告天数", "預告天數", "notice days"),
  fromContractMonths: L("合同期限满（月）", "合同期限滿（月）", "contract from (months)"),
  maxProbationMonths: L("试用期最长（月）", "試用期最長（月）", "probation at most (months)"),
  level: L("等级", "等級", "level"),
  score: L("得分", "得分", "score"),
  indicator: L("指标", "指標", "indicator"),
  target: L("目标", "目標", "target"),
  direction: L("方向", "方向", "direction"),
  item: L("项目", "項目", "item"),
  max: L("满分", "滿分", "points"),
  exclusive: L("各情形互斥", "各情形互斥", "cases exclusive"),
  case: L("项目 · 情形", "項目 · 情形", "item · case"),
  min: L("扣分自", "扣分自", "deduct from"),
  caseMax: L("扣分至", "扣分至", "deduct to"),
  repeatable: L("可重复", "可重複", "repeatable"),
  unit: L("单位", "單位", "unit"),
} as const;

const F = FIELD_TEXTS;
/** Each table's title and column headings (as the policy sheet shows them). */
export const TABLE_TEXTS = {
  "dismissal.noticeBands": { title: L("辞退预告期：按连续服务整月数（C-2）", "辭退預告期：按連續服務整月數（C-2）", "Dismissal notice by whole months of service (C-2)"), head: [F.fromMonths, F.days, F.unit] },
  "law.probationCaps": { title: L("试用期上限：按合同期限（L-4）", "試用期上限：按合同期限（L-4）", "Probation caps by contract length (L-4)"), head: [F.fromContractMonths, F.maxProbationMonths, F.unit] },
  "survey.levelScores": { title: L("客户意见调查：各等级得分（K-3）", "客戶意見調查：各等級得分（K-3）", "Customer survey: score of each level (K-3)"), head: [F.level, F.score, F.unit] },
  "csPay.indicatorTargets": { title: L("售后指标目标（E-2）：空白 = 未设目标", "售後指標目標（E-2）：空白 = 未設目標", "After-sales indicator targets (E-2): blank = no target"), head: [F.indicator, F.target, F.direction] },
  "fieldRep.items": { title: L("驻外服务代表：各项满分（G）", "駐外服務代表：各項滿分（G）", "Field service: points of each item (G)"), head: [F.item, F.max, F.exclusive] },
  "fieldRep.items#cases": { title: L("驻外服务代表：各情形的扣分范围（G）", "駐外服務代表：各情形的扣分範圍（G）", "Field service: deduction band of each case (G)"), head: [F.case, F.min, F.caseMax, F.repeatable] },
} as const;

export const HEADER_TEXTS = {
  version: L("规则版本", "規則版本", "Policy version"),
  published: L("向员工公示日期", "向員工公示日期", "Published to employees on"),
};

// ── Legal notes (where PRC law sets a floor or cap: L-1 … L-7) ───────────────
const L1 = L("L-1：劳动法第41条对每日和每月加班设有上限（见 L 部分）；超出时加班检查会提示", "L-1：勞動法第41條對每日和每月加班設有上限（見 L 部分）；超出時加班檢查會提示",
  "L-1: Labour Law art. 41 caps overtime a day and a month (see section L); the overtime check warns above it");
const L6 = L("L-6：排名本身不能证明不胜任工作（最高人民法院指导案例第18号）；排名不作为辞退依据", "L-6：排名本身不能證明不勝任工作（最高人民法院指導案例第18號）；排名不作為辭退依據",
  "L-6: a ranking alone does not prove incompetence (Supreme People's Court Guiding Case No. 18); it never feeds the dismissal checks");
const L7 = L("L-7：劳动合同法第4条：薪酬与工时规则须向员工公示；每张表单都打印此版本", "L-7：勞動合同法第4條：薪酬與工時規則須向員工公示；每張表單都列印此版本",
  "L-7: Labour Contract Law art. 4: pay and work-time rules are published to employees; every form prints this version");
const L5 = L("L-5：工资支付暂行规定第16条：赔偿损失的扣款有上限，扣后不得低于当地最低工资", "L-5：工資支付暫行規定第16條：賠償損失的扣款有上限，扣後不得低於當地最低工資",
  "L-5: Interim Provisions on Wage Payment art. 16: a deduction for losses is capped and must leave the local minimum wage");

export const LEGAL_NOTES: Readonly<Partial<Record<PolicyKey | "version" | "published", Localized>>> = {
  version: L7,
  published: L7,
  "workTime.ordinaryMaxDayHours": L1,
  "workTime.exceptionalMaxDayHours": L1,
  "workTime.monthlyOvertimeCapHours": L1,
  "law.overtimeNormalDayHours": L1,
  "law.overtimeDayCapHours": L1,
  "law.overtimeMonthCapHours": L1,
  "dismissal.noticeBands": L("L-2：劳动合同法第40条：须提前书面通知或额外支付一个月工资；公司预告期较短时辞退通知书会提示", "L-2：勞動合同法第40條：須提前書面通知或額外支付一個月工資；公司預告期較短時辭退通知書會提示",
    "L-2: Labour Contract Law art. 40: written notice or a month's pay in lieu; the dismissal notice warns when the company's notice is shorter"),
  "law.dismissalNoticeDays": L("L-2：劳动合同法第40条的书面通知期", "L-2：勞動合同法第40條的書面通知期", "L-2: the written notice of Labour Contract Law art. 40"),
  "resignation.workOnMonths": L("L-3：劳动合同法第37条的辞职通知期（见 L 部分）", "L-3：勞動合同法第37條的辭職通知期（見 L 部分）", "L-3: the resignation notice of Labour Contract Law art. 37 (see section L)"),
  "law.resignationNoticeDays": L("L-3：劳动合同法第37条", "L-3：勞動合同法第37條", "L-3: Labour Contract Law art. 37"),
  "law.probationResignationNoticeDays": L("L-3：劳动合同法第37条（试用期内）", "L-3：勞動合同法第37條（試用期內）", "L-3: Labour Contract Law art. 37 (in probation)"),
  "law.probationCaps": L("L-4：劳动合同法第19条；试用期检查按此表", "L-4：勞動合同法第19條；試用期檢查按此表", "L-4: Labour Contract Law art. 19; the probation check uses this table"),
  "law.lossDeductionMaxShare": L5,
  "law.minimumWage": L5,
  "ranking.lastPenalty": L6,
  "ranking.improvementBottom": L6,
  "ranking.transferAfterMonths": L6,
};

// ── Source clauses in the label's script ─────────────────────────────────────
/** Phrases of the handbook's clause citations (the policy table keeps them as RULEBOOK.md cites them, in Traditional). */
const SOURCE_PHRASES: readonly [string, string, string][] = [
  ["售後服務人員管理制度", "售后服务人员管理制度", "After-sales Staff Rules"],
  ["❸ 業務員考核", "❸ 业务员考核", "❸ Salesperson evaluation"],
  ["五、人員晉升管理辦法", "五、人员晋升管理办法", "5. Promotion Rules"],
  ["❷ 售後客服薪酬", "❷ 售后客服薪酬", "❷ After-sales online service pay"],
  ["❹ 線上客服質量", "❹ 线上客服质量", "❹ Online service quality"],
  ["❿ 客戶意見調查", "❿ 客户意见调查", "❿ Customer opinion survey"],
  ["勞動合同法", "劳动合同法", "Labour Contract Law"],
  ["勞動法", "劳动法", "Labour Law"],
  ["工資支付暫行規定", "工资支付暂行规定", "Interim Provisions on Wage Payment"],
];

const DIGITS = "一二三四五六七八九";
/** A Chinese numeral up to ninety-nine as a number ("二十五" → 25). */
function numeral(s: string): number {
  const ten = s.indexOf("十");
  if (ten < 0) return DIGITS.indexOf(s) + 1;
  const tens = ten === 0 ? 1 : DIGITS.indexOf(s[0]) + 1;
  const ones = ten === s.length - 1 ? 0 : DIGITS.indexOf(s[ten + 1]) + 1;
  return tens * (DIGITS.length + 1) + ones;
}
const arabic = (s: string) => (/^\d+$/.test(s) ? s : String(numeral(s)));

/** A source clause in the script of `lang`: Traditional (zh-TW, as cited), Simplified (zh-CN) or English. */
export function sourceText(source: string, lang: Lang): string {
  if (lang === "zh-TW") return source;
  let s = source;
  for (const [tw, cn, en] of SOURCE_PHRASES) s = s.split(tw).join(lang === "zh-CN" ? cn : en);
  if (lang === "zh-CN") return s.replace(/條/g, "条");
  return s
    .replace(/第([一二三四五六七八九十\d]+)條/g, (_, n: string) => `art. ${arabic(n)}`)
    .replace(/\(([一二三四五六七八九十]+)\)/g, (_, n: string) => `(${arabic(n)})`)
    .replace(/([一二三四五六七八九十]+)、/g, (_, n: string) => `${arabic(n)}. `)
    .replace(/([❶-❿]) ([一二三四五六七八九十]+)$/, (_, mark: string, n: string) => `${mark} ${arabic(n)}`)
    .replace(/\s+/g, " ")
    .trim();
}
