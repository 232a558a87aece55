/** Monthly evaluation rosters (F-3 F-4 F-5 F-6 F-7 F-10, G, H-3 H-4 H-5), annual summary (F-1), pay sheet (E). */
import { DEFAULT_POLICY } from "../../rules";
import { FORM_TITLES } from "../list";
import { FIELD_ITEM_LABELS, INDICATOR_LABELS, TABLE_NAMES } from "../policySheet";
import type { FlagSpec, FormSpec, GroupHeader, Localized, RosterColumn } from "../types";
import { absenceColumns, attendanceColumns, COUNT, employeeColumns, head, L, MONEY, MONTHLY_GROUP, role, rosterFields, rowGuarded, SCORE, TICK, W } from "./common";

const ROSTER = { groupRow: 4, headerRow: 5, firstRow: 6, defaultRows: 10 } as const;
const mult = (r: string) => `IF({${r}}=«tick»,$repeat.multiplier,1)`;
const clampItem = (max: string, deduction: string) => `MAX(0,MIN(${max},${max}-${deduction}))`;
const under60 = (key: string): FlagSpec => ({ range: `roster:${key}`, f: `AND(ISNUMBER({${key}}),{${key}}<$perfPay.passScore)`, style: "flag", means: "under60" });
const tickFlag = (a: string, b: string): FlagSpec => ({ range: `roster:${a}:${b}`, f: `{${a}}=«tick»`, style: "warn", means: "limit" });

function rosterForm(base: Omit<FormSpec, "cells" | "widths" | "boxes" | "titleRows" | "freeze" | "roster" | "orientation"> & { columns: RosterColumn[]; totals?: readonly string[]; period?: Localized; extraCells?: FormSpec["cells"] }): FormSpec {
  const { columns: raw, extraCells, totals, period, ...rest } = base;
  const columns = rowGuarded(raw);
  const fields = rosterFields(columns, period);
  return {
    ...rest, orientation: "landscape", widths: [],
    cells: [...head(base.title, columns.map((c) => c.width)), ...fields.cells, ...(extraCells ?? [])],
    roster: { ...ROSTER, columns, totals },
    boxes: [fields.box], titleRows: [1, ROSTER.headerRow], freeze: { rows: ROSTER.headerRow, cols: 3 },
  };
}

// ── Salesperson (F-6 items, F-7 repeats, F-4 attendance, F-3 monthly, F-10 pay) ─────────────
const SALES_FAULTS: Localized[] = [
  L("经销商管理失误", "經銷商管理失誤", "dealer mgmt"),
  L("周报不合格", "週報不合格", "weekly rejected"),
  L("上周总结不实", "上週總結不實", "summary untrue"),
  L("下周计划不实", "下週計劃不實", "plan untrue"),
  L("走访漏项", "走訪漏項", "visits missing"),
  L("拜访纪实缺", "拜訪紀實缺", "records missing"),
  L("市场信息不实", "市場資訊不實", "market untrue"),
  L("质量反馈缺", "品質回饋缺", "quality missing"),
  L("广告计划", "廣告計劃", "advert. plan"),
  L("促销计划", "促銷計劃", "promo plan"),
  L("促销评价", "促銷評價", "promo eval."),
  L("车辆违规", "車輛違規", "vehicle breach"),
];
const SALES_POINTS: { i: number; key: string; label: Localized; f: string }[] = [
  { i: 1, key: "salesRep.dealer", label: L("经销商", "經銷商", "dealer"), f: clampItem("$salesRep.dealer", `{f1}*$salesRep.dealerPerFault*${mult("r1")}`) },
  ...([[3, "salesRep.weeklySummary", L("总结", "總結", "summary")], [4, "salesRep.weeklyPlan", L("计划", "計劃", "plan")]] as const).map(([i, key, label]) =>
    ({ i, key, label, f: `IF({f2}>0,0,${clampItem(`$${key}`, `IF({f${i}}>0,$${key},0)*${mult(`r${i}`)}`)})` })),
  { i: 5, key: "salesRep.weeklyVisits", label: L("走访", "走訪", "visits"),
    f: `IF({f2}>0,0,${clampItem("$salesRep.weeklyVisits", `IF({f5}>=$salesRep.visitMissingZeroAt,$salesRep.weeklyVisits,{f5}*$salesRep.visitPerMissing)*${mult("r5")}`)})` },
  { i: 6, key: "salesRep.weeklyRecords", label: L("纪实", "紀實", "records"), f: `IF({f2}>0,0,${clampItem("$salesRep.weeklyRecords", `IF({f6}>0,$salesRep.weeklyRecords,0)*${mult("r6")}`)})` },
  ...([[7, "salesRep.market", L("市场", "市場", "market")], [8, "salesRep.quality", L("质量", "品質", "quality")], [12, "salesRep.vehicle", L("车辆", "車輛", "vehicle")]] as const).map(([i, key, label]) =>
    ({ i, key, label, f: clampItem(`$${key}`, `IF({f${i}}>0,$${key},0)*${mult(`r${i}`)}`) })),
  ...([[9, "salesRep.advertising", L("广告", "廣告", "advert.")], [10, "salesRep.promotionPlan", L("促销计划", "促銷計劃", "promo plan")], [11, "salesRep.promotionEval", L("促销评价", "促銷評價", "promo eval.")]] as const).map(([i, key, label]) =>
    ({ i, key, label, f: clampItem(`$${key}`, `{f${i}}*$salesRep.planPerFault*${mult(`r${i}`)}`) })),
].sort((a, b) => a.i - b.i);

const REPEATS = (n: number, group: Localized) => Array.from({ length: n }, (_, k): RosterColumn =>
  ({ key: `r${k + 1}`, group, header: L(`✓${k + 1}`, `✓${k + 1}`, `✓${k + 1}`), width: 2.5, kind: "input", rule: TICK, detail: true }));
const payGroupF10 = L("月度薪酬（F-10）", "月度薪酬（F-10）", "Monthly pay (F-10)");

export const salesMonthly: FormSpec = rosterForm({
  id: "salesMonthly", rules: ["F-3", "F-4", "F-6", "F-7", "F-8", "F-9", "F-10"],
  title: FORM_TITLES.salesMonthly,
  sheetName: L("业务员月度考核", "業務員月度考核", "Salesperson evaluation"),
  strings: {},
  columns: [
    ...employeeColumns(),
    { key: "daily", group: MONTHLY_GROUP, header: W.daily, width: 8.5, kind: "formula", f: "SUM({p1:p12})", fmt: "score",
      mirrors: { fn: "SALESREPSCORE", args: ["f1:f12", { cols: "r1:r12", as: "ticks" }] } },
    ...attendanceColumns("daily"),
    { key: "totalPay", group: payGroupF10, header: L("工资总额", "工資總額", "Total pay"), width: 9, kind: "input", rule: MONEY, fmt: "money" },
    { key: "completion", group: payGroupF10, header: L("计划完成率", "計劃完成率", "Plan done"), width: 6.5, kind: "input", rule: { kind: "decimal", min: 0, max: 5 }, fmt: "percent" },
    { key: "bonus", group: payGroupF10, header: L("超计划奖金", "超計劃獎金", "Over-plan bonus"), width: 8, kind: "input", rule: MONEY, fmt: "money" },
    { key: "pay", group: payGroupF10, header: L("月度薪酬", "月度薪酬", "Pay"), width: 10, kind: "formula",
      f: "IF(AND(ISNUMBER({totalPay}),ISNUMBER({completion})),ROUND({totalPay}*$salesPay.baseShare+{totalPay}*$salesPay.planShare*MIN({completion},$salesPay.completionCap)+{totalPay}*$salesPay.dailyShare*{daily}/$score.full+N({bonus}),2),\"\")", fmt: "money",
      mirrors: { fn: "SALESPAY", args: ["totalPay", "completion", "daily", "bonus"] } },
    ...SALES_FAULTS.map((h, k): RosterColumn => ({ key: `f${k + 1}`, group: L("失误次数（F-6）", "失誤次數（F-6）", "Faults (F-6)"), header: L(`${k + 1} ${h["zh-CN"]}`, `${k + 1} ${h["zh-TW"]}`, `${k + 1} ${h.en}`), width: 4.5, kind: "input",
      rule: k === 1 || k === 11 ? { kind: "whole", min: 0, max: 1 } : COUNT, fmt: "int" })),
    ...absenceColumns(),
    ...REPEATS(SALES_FAULTS.length, L("上月也未交（F-7，✓ 扣分加倍）", "上月也未交（F-7，✓ 扣分加倍）", "Also missed last month (F-7, ✓ doubles)")),
    ...SALES_POINTS.map((p): RosterColumn => ({ key: `p${p.i}`, group: L("各项得分（F-6、F-8；项号同失误次数，满分见规则表）", "各項得分（F-6、F-8；項號同失誤次數，滿分見規則表）", "Item points (F-6, F-8; numbered as the faults; maxima on the policy sheet)"),
      header: L(`${p.i}`, `${p.i}`, `${p.i}`), width: 3.5, kind: "formula", f: p.f, fmt: "int", detail: true })),
  ],
  totals: ["pay"],
  flags: [under60("daily"), under60("monthly"), tickFlag("r1", "r12"),
    { range: "roster:p1:p12", f: "{p1}=0", style: "muted", means: "limit" }],
  signOff: { roles: [
    role("考核人（区域经理，F-9）", "考核人（區域經理，F-9）", "Evaluator (regional manager, F-9)"),
    role("汇总（销售计划部）", "彙總（銷售計劃部）", "Compiled (sales planning)"),
    role("初审（销售副总）", "初審（銷售副總）", "First review (sales VP)"),
    role("复审（人事部）", "複審（人事部）", "Second review (HR)"),
  ] },
});

// ── Regional manager (F-5, F-7, F-4, F-3) ──────────────────────────────────────────────────
const REGIONAL: { key: string; label: Localized }[] = [
  { key: "regional.summary", label: L("月报总结", "月報總結", "summary") },
  { key: "regional.plan", label: L("月报计划", "月報計劃", "plan") },
  { key: "regional.proposal", label: L("市场建议", "市場建議", "proposal") },
  { key: "regional.review", label: L("周报审阅", "週報審閱", "weekly review") },
  { key: "regional.training", label: L("培训", "培訓", "training") },
  { key: "regional.reportOnTime", label: L("月报准时", "月報準時", "report on time") },
  { key: "regional.region", label: L("区域责任", "區域責任", "region") },
];

export const regionalMonthly: FormSpec = rosterForm({
  id: "regionalMonthly", rules: ["F-3", "F-4", "F-5", "F-7", "F-8", "F-9"],
  title: FORM_TITLES.regionalMonthly,
  sheetName: L("区域经理月度考核", "區域經理月度考核", "Regional manager evaluation"),
  strings: {},
  columns: [
    ...employeeColumns(),
    { key: "daily", group: MONTHLY_GROUP, header: W.daily, width: 8.5, kind: "formula", f: "SUM({p1:p7})", fmt: "score",
      mirrors: { fn: "REGIONALSCORE", args: ["d1:d7", { cols: "r1:r7", as: "ticks" }] } },
    ...attendanceColumns("daily"),
    ...REGIONAL.map((it, k): RosterColumn => ({ key: `d${k + 1}`, group: L("扣分（F-5，满分见规则表）", "扣分（F-5，滿分見規則表）", "Deductions (F-5; maxima on the policy sheet)"),
      header: L(`${k + 1} ${it.label["zh-CN"]}`, `${k + 1} ${it.label["zh-TW"]}`, `${k + 1} ${it.label.en}`), width: 7, kind: "input",
      rule: { kind: "decimal", min: 0, max: { policy: it.key as never } }, fmt: "general" })),
    ...absenceColumns(),
    ...REPEATS(REGIONAL.length, L("上月也未交（F-7）", "上月也未交（F-7）", "Missed last month (F-7)")),
    ...REGIONAL.map((it, k): RosterColumn => ({ key: `p${k + 1}`, group: L("各项得分（F-8）", "各項得分（F-8）", "Item points (F-8)"), header: L(`${k + 1}`, `${k + 1}`, `${k + 1}`), width: 3.5, kind: "formula",
      f: clampItem(`$${it.key}`, `N({d${k + 1}})*${mult(`r${k + 1}`)}`), fmt: "general", detail: true })),
  ],
  flags: [under60("daily"), under60("monthly"), tickFlag("r1", "r7")],
  signOff: { roles: [
    role("考核人（销售计划部负责人，F-9）", "考核人（銷售計劃部負責人，F-9）", "Evaluator (head of sales planning, F-9)"),
    role("审核（销售副总）", "審核（銷售副總）", "Review (sales VP)"),
    role("复核（人事部）", "複核（人事部）", "Check (HR)"),
  ] },
});

// ── Field service representative (G, G-1, G-2) ────────────────────────────────────────────
const FIELD_ITEMS = DEFAULT_POLICY.values["fieldRep.items"];
const allowedAt = (i: number) => `IFERROR(INDEX(${TABLE_NAMES.fieldAllowed},${i},{d${i}}+1),0)`;

export const fieldMonthly: FormSpec = rosterForm({
  id: "fieldMonthly", rules: ["G", "G-1", "G-2", "F-4"],
  title: FORM_TITLES.fieldMonthly,
  sheetName: L("服务代表月度考核", "服務代表月度考核", "Field service evaluation"),
  strings: {
    outOfBand: L("扣分不在标准内", "扣分不在標準內", "deduction out of band"),
    transfer: L("调离岗位", "調離崗位", "transfer"),
  },
  columns: [
    ...employeeColumns(),
    { key: "score", group: MONTHLY_GROUP, header: L("考核得分", "考核得分", "Score"), width: 7.5, kind: "formula",
      f: "IF({bad}>0,«outOfBand»,MAX(0,{subtotal}-{penalty}))", fmt: "score", mirrors: { fn: "FIELDREPSCORE", args: [`d1:d${FIELD_ITEMS.length}`, "claims"] } },
    ...attendanceColumns("score"),
    { key: "transfer", header: L("调岗（G-1）", "調崗（G-1）", "Transfer (G-1)"), width: 9, kind: "formula", f: "IF(N({claims})>=$fieldRep.falsifiedManyFrom,«transfer»,\"\")" },
    ...FIELD_ITEMS.map((it, k): RosterColumn => ({ key: `d${k + 1}`, group: L("各项扣分（G；允许的扣分见规则表）", "各項扣分（G；允許的扣分見規則表）", "Deductions per item (G; allowed values on the policy sheet)"),
      header: L(`${it.id} ${FIELD_ITEM_LABELS[it.id]["zh-CN"]}`, `${it.id} ${FIELD_ITEM_LABELS[it.id]["zh-TW"]}`, `${it.id} ${FIELD_ITEM_LABELS[it.id].en}`), width: 6, kind: "input",
      rule: { kind: "whole", min: 0, max: { formula: `INDEX(${TABLE_NAMES.fieldMax},${k + 1})` } }, fmt: "int" })),
    { key: "claims", header: L("10 虚报索赔次数", "10 虛報索賠次數", "10 falsified claims"), width: 7, kind: "input", rule: COUNT, fmt: "int" },
    ...absenceColumns(),
    { key: "bad", header: L("超标扣分项数", "超標扣分項數", "out-of-band items"), width: 7, kind: "formula",
      f: FIELD_ITEMS.map((_, k) => `(${allowedAt(k + 1)}=0)`).join("+"), fmt: "int", detail: true },
    { key: "subtotal", header: L("1–9 项小计", "1–9 項小計", "items 1–9"), width: 7, kind: "formula", f: `SUM(${TABLE_NAMES.fieldMax})-SUM({d1:d${FIELD_ITEMS.length}})`, fmt: "int", detail: true },
    { key: "penalty", header: L("虚报扣分（G-1）", "虛報扣分（G-1）", "falsified (G-1)"), width: 7, kind: "formula",
      f: "IF(N({claims})>=$fieldRep.falsifiedManyFrom,$fieldRep.falsifiedMany,IF(N({claims})>0,$fieldRep.falsifiedOne,0))", fmt: "int", detail: true },
  ],
  flags: [
    ...FIELD_ITEMS.map((_, k): FlagSpec => ({ range: `roster:d${k + 1}`, f: `${allowedAt(k + 1)}=0`, style: "flag", means: "outOfBand" })),
    { range: "roster:score", f: "{bad}>0", style: "flag", means: "outOfBand" },
    under60("score"), under60("monthly"),
    { range: "roster:transfer", f: "{transfer}<>\"\"", style: "flag", means: "limit" },
  ],
  signOff: { roles: [
    role("考核人（服务部门主管）", "考核人（服務部門主管）", "Evaluator (service supervisor)"),
    role("审核（部门经理）", "審核（部門經理）", "Review (department manager)"),
    role("复核（人事部）", "複核（人事部）", "Check (HR)"),
  ] },
});

// ── Customer service: review score, ranking, performance pay (H-3, H-4, H-5) ──────────────────
const csGroup: GroupHeader = { f: L(`"考评（H-3）= 自评 × "&$review.selfWeight*100&"% + 店长 × "&$review.managerWeight*100&"%"`,
  `"考評（H-3）= 自評 × "&$review.selfWeight*100&"% + 店長 × "&$review.managerWeight*100&"%"`,
  `"Review (H-3) = self × "&$review.selfWeight*100&"% + store manager × "&$review.managerWeight*100&"%"`) };
const rankGroup: GroupHeader = { f: L(`"月度排名（H-4）：首名 +"&$ranking.firstBonus&"，末名 −"&$ranking.lastPenalty&"，后 "&$ranking.improvementBottom&" 名一周内交整改方案"`,
  `"月度排名（H-4）：首名 +"&$ranking.firstBonus&"，末名 −"&$ranking.lastPenalty&"，後 "&$ranking.improvementBottom&" 名一週內交整改方案"`,
  `"Ranking (H-4): first +"&$ranking.firstBonus&", last −"&$ranking.lastPenalty&", bottom "&$ranking.improvementBottom&" submit a plan within a week"`) };
const perfGroup = L("绩效工资（H-5）", "績效工資（H-5）", "Performance pay (H-5)");
export const csMonthly: FormSpec = rosterForm({
  id: "csMonthly", rules: ["H-3", "H-4", "H-5", "L-6"],
  title: FORM_TITLES.csMonthly,
  sheetName: L("客服月度考核排名", "客服月度考核排名", "Customer service ranking"),
  strings: {},
  columns: [
    ...employeeColumns(L("店铺/组别", "店鋪/組別", "Store / team")),
    { key: "self", group: csGroup, header: L("自评分", "自評分", "Self-review"), width: 8, kind: "input", rule: SCORE, fmt: "score" },
    { key: "mgr", group: csGroup, header: L("店长评分", "店長評分", "Store manager"), width: 8, kind: "input", rule: SCORE, fmt: "score" },
    { key: "review", group: csGroup, header: L("考评得分", "考評得分", "Review score"), width: 8, kind: "formula",
      f: "IF(AND(ISNUMBER({self}),ISNUMBER({mgr})),ROUND({self}*$review.selfWeight+{mgr}*$review.managerWeight,9),\"\")", fmt: "score",
      mirrors: { fn: "REVIEWSCORE", args: ["self", "mgr"] } },
    { key: "rank", group: rankGroup, header: L("名次", "名次", "Place"), width: 6, kind: "formula", f: "IF(ISNUMBER({review}),RANK({review},{review:col}),\"\")", fmt: "int" },
    { key: "rankBonus", group: rankGroup, header: L("排名奖罚", "排名獎懲", "Ranking bonus"), width: 9, kind: "formula",
      f: "IF(ISNUMBER({review}),IF(MAX({review:col})=MIN({review:col}),0,IF({review}=MAX({review:col}),$ranking.firstBonus,IF({review}=MIN({review:col}),-$ranking.lastPenalty,0))),\"\")", fmt: "money",
      mirrors: { fn: "RANKBONUS", args: ["review", "review:col"] } },
    { key: "improve", group: rankGroup, header: L("交整改方案", "交整改方案", "Improvement plan"), width: 9, kind: "formula",
      f: "IF(AND(ISNUMBER({review}),MAX({review:col})>MIN({review:col}),COUNTIF({review:col},\"<\"&{review})<$ranking.improvementBottom),«tick»,\"\")" },
    { key: "perfBase", group: perfGroup, header: L("绩效基数", "績效基數", "Base"), width: 10, kind: "input", rule: MONEY, fmt: "money" },
    { key: "perfPay", group: perfGroup, header: L("绩效工资", "績效工資", "Performance pay"), width: 11, kind: "formula",
      f: "IF(AND(ISNUMBER({review}),ISNUMBER({perfBase})),ROUND({perfBase}*{review}/$score.full*IF({review}<$perfPay.passScore,1-$perfPay.failCut,1),2),\"\")", fmt: "money",
      mirrors: { fn: "PERFPAY", args: ["perfBase", "review"] } },
  ],
  totals: ["rankBonus", "perfPay"],
  flags: [under60("review"),
    { range: "roster:rankBonus", f: "AND(ISNUMBER({rankBonus}),{rankBonus}<0)", style: "flag", means: "bonus" },
    { range: "roster:rankBonus", f: "AND(ISNUMBER({rankBonus}),{rankBonus}>0)", style: "good", means: "bonus" },
    { range: "roster:improve", f: "{improve}<>\"\"", style: "warn", means: "limit" }],
  signOff: { roles: [
    role("考评（店长，H-3）", "考評（店長，H-3）", "Review (store manager, H-3)"),
    role("审核（客服部经理）", "審核（客服部經理）", "Check (customer service manager)"),
    role("复核（人事部）", "複核（人事部）", "Check (HR)"),
  ] },
});

// ── After-sales online service pay (E-1, E-2) ─────────────────────────────────────────────
const INDICATORS = Object.keys(DEFAULT_POLICY.values["csPay.indicatorTargets"]);
const target = (i: number) => `INDEX(${TABLE_NAMES.csTarget},${i})`;
const misses = (i: number, key: string) => `IF(INDEX(${TABLE_NAMES.csDirection},${i})="min",{${key}}<${target(i)},{${key}}>${target(i)})`;
const payGroup: GroupHeader = { f: L(`"月薪（E-1）= 成交额 × "&$csPay.commissionRate*1000&"‰ + 指标奖金 + 底薪"`, `"月薪（E-1）= 成交額 × "&$csPay.commissionRate*1000&"‰ + 指標獎金 + 底薪"`,
  `"Pay (E-1) = orders × "&$csPay.commissionRate*1000&"‰ + indicator bonus + base salary"`) };
const indicatorGroup = L("售后指标实际值（E-2，目标见规则表；任一未达标则指标奖金为 0）", "售後指標實際值（E-2，目標見規則表；任一未達標則指標獎金為 0）", "Indicators (E-2; targets on the policy sheet; one missed: no indicator bonus)");
export const csPay: FormSpec = rosterForm({
  id: "csPay", rules: ["E-1", "E-2"],
  title: FORM_TITLES.csPay,
  sheetName: L("售后客服薪酬", "售後客服薪酬", "Online service pay"),
  strings: { targetNotSet: L("目标未设定", "目標未設定", "target not set") },
  columns: [
    ...employeeColumns(L("店铺/组别", "店鋪/組別", "Store / team")),
    { key: "orders", group: payGroup, header: L("当月成交总额", "當月成交總額", "Closed orders"), width: 10, kind: "input", rule: MONEY, fmt: "money" },
    { key: "bonus", group: payGroup, header: L("指标奖金", "指標獎金", "Indicator bonus"), width: 9, kind: "input", rule: MONEY, fmt: "money" },
    { key: "base", group: payGroup, header: L("底薪", "底薪", "Base salary"), width: 9, kind: "input", rule: MONEY, fmt: "money" },
    { key: "commission", group: payGroup, header: L("提成", "提成", "Commission"), width: 9, kind: "formula",
      f: "IF(ISNUMBER({orders}),{orders}*$csPay.commissionRate,\"\")", fmt: "money" },
    { key: "pay", group: payGroup, header: L("月薪", "月薪", "Monthly pay"), width: 10, kind: "formula",
      f: `IF(AND(ISNUMBER({orders}),ISNUMBER({bonus}),ISNUMBER({base})),IF(COUNT(${TABLE_NAMES.csTarget})=0,«targetNotSet»,ROUND({orders}*$csPay.commissionRate+IF({missed}=0,{bonus},0)+{base},2)),"")`, fmt: "money",
      mirrors: { fn: "CSPAY", args: ["orders", "bonus", "base", { cols: `k1:k${INDICATORS.length}`, as: "indicators" }] } },
    ...INDICATORS.map((k, i): RosterColumn => ({ key: `k${i + 1}`, group: indicatorGroup, header: INDICATOR_LABELS[k], width: 7, kind: "input", rule: { kind: "decimal", min: 0 }, fmt: "general" })),
    { key: "missed", group: indicatorGroup, header: L("未达标指标数", "未達標指標數", "Indicators missed"), width: 7, kind: "formula",
      f: INDICATORS.map((_, i) => `IF(ISNUMBER(${target(i + 1)}),IF(ISNUMBER({k${i + 1}}),IF(${misses(i + 1, `k${i + 1}`)},1,0),1),0)`).join("+"), fmt: "int" },
  ],
  totals: ["pay"],
  flags: [
    ...INDICATORS.map((_, i): FlagSpec => ({ range: `roster:k${i + 1}`, f: `AND(ISNUMBER(${target(i + 1)}),ISNUMBER({k${i + 1}}),${misses(i + 1, `k${i + 1}`)})`, style: "flag", means: "limit" })),
    ...INDICATORS.map((_, i): FlagSpec => ({ range: `roster:k${i + 1}`, f: `NOT(ISNUMBER(${target(i + 1)}))`, style: "muted", means: "missing" })),
    { range: "roster:missed", f: "{missed}>0", style: "warn", means: "limit" },
  ],
  signOff: { roles: [
    role("制表", "製表", "Prepared by"),
    role("审核（客服部经理）", "審核（客服部經理）", "Check (customer service manager)"),
    role("复核（人事部）", "複核（人事部）", "Check (HR)"),
    role("付款（财务部）", "付款（財務部）", "Payment (finance)"),
  ] },
});

// ── Annual summary (F-1) ─────────────────────────────────────────────────────────────────
export const annualSummary: FormSpec = rosterForm({
  id: "annualSummary", rules: ["F-1"],
  title: FORM_TITLES.annualSummary,
  sheetName: L("年度考核汇总", "年度考核彙總", "Annual summary"),
  strings: { blankMonth: L("有空白月份", "有空白月份", "blank month") },
  period: L("考核年度", "考核年度", "Year"),
  columns: [
    ...employeeColumns(),
    { key: "annual", header: L("年度得分", "年度得分", "Annual score"), width: 8, kind: "formula",
      f: "IF({count}=0,\"\",IF(OR({count}=$annual.months,{prorate}=«tick»),ROUND(SUM({m1:m12})/{count},9),«blankMonth»))", fmt: "score",
      mirrors: { fn: "ANNUALSCORE", args: ["m1:m12", { cols: "prorate", as: "ticks" }] } },
    { key: "count", header: L("已填月数", "已填月數", "Months"), width: 5, kind: "formula", f: "COUNT({m1:m12})", fmt: "int" },
    ...Array.from({ length: 12 }, (_, k): RosterColumn => ({ key: `m${k + 1}`, group: L("月度得分", "月度得分", "Monthly scores"), header: L(`${k + 1}月`, `${k + 1}月`, `M${k + 1}`), width: 6, kind: "input", rule: SCORE, fmt: "score" })),
    { key: "prorate", header: L("年中入职（✓ 按已有月份平均）", "年中到職（✓ 按已有月份平均）", "Hired mid-year (✓ prorate)"), width: 8, kind: "input", rule: TICK },
  ],
  flags: [
    { range: "roster:m1:m12", f: "AND(ISBLANK({m1}),N({$count})>0,{$prorate}<>«tick»)", style: "warn", means: "missing" },
    under60("annual"),
    { range: "roster:annual", f: "AND(N({count})>0,NOT(ISNUMBER({annual})))", style: "flag", means: "missing" },
  ],
  signOff: { roles: [
    role("汇总（人事部）", "彙總（人事部）", "Compiled (HR)"),
    role("审核（部门负责人）", "審核（部門負責人）", "Check (head of department)"),
    role("批准（总经理）", "批准（總經理）", "Approval (general manager)"),
  ] },
});
