/** Single-record forms: weekly report, dismissal review and notice, separation, complaint, survey, overtime log. */
import { format } from "../../rules";
import { quoteText } from "../formula";
import { FORM_TITLES } from "../list";
import { TABLE_NAMES } from "../policySheet";
import type { CellSpec, FormSpec, Lang, Localized } from "../types";
import { COUNT, DATE, field, formula, input, L, label, MONEY, role, TEXT, TICK, W, withHead, YESNO } from "./common";

const WIDE = [7, 12, 12, 12, 12, 12, 11, 11] as const;
const perLang = (f: (l: Lang) => string): Localized => ({ "zh-CN": f("zh-CN"), "zh-TW": f("zh-TW"), en: f("en") });
const appr = (k: "salesManager" | "vicePresident" | "generalManager"): Localized =>
  ({ "zh-CN": format(`approver.${k}`, "zh-CN"), "zh-TW": format(`approver.${k}`, "zh-TW"), en: format(`approver.${k}`, "en") });

function textArea(row: number, rows: number, key: string): CellSpec {
  return { at: `A${row}`, to: `H${row + rows - 1}`, key, c: { t: "input", rule: TEXT } };
}

// ── Weekly work report 周工作汇报表 (F-6) ────────────────────────────────────────────────────
const visitRows = Array.from({ length: 5 }, (_, i) => 15 + i);
export const weeklyReport: FormSpec = withHead({
  id: "weeklyReport", rules: ["F-6"], orientation: "portrait", widths: [...WIDE],
  title: FORM_TITLES.weeklyReport,
  sheetName: L("周工作汇报表", "週工作匯報表", "Weekly report"),
  strings: {},
  cells: [
    ...field("A3", W.name, "B3", TEXT, "name", "C3"), ...field("D3", W.region, "E3", TEXT, "region"),
    ...field("F3", L("周起始日", "週起始日", "Week from"), "G3", DATE, "week", "H3"),
    label("A4", L("提交日期", "提交日期", "Submitted"), "label"), input("B4", DATE, "submitted", "C4"),
    formula("D4", L(`"周报（"&$salesRep.weeklySummary+$salesRep.weeklyPlan+$salesRep.weeklyVisits+$salesRep.weeklyRecords&"分）：未按时交付、字迹潦草、难以辨认，此项不得分"`,
      `"週報（"&$salesRep.weeklySummary+$salesRep.weeklyPlan+$salesRep.weeklyVisits+$salesRep.weeklyRecords&"分）：未按時交付、字跡潦草、難以辨認，此項不得分"`,
      `"Weekly report ("&$salesRep.weeklySummary+$salesRep.weeklyPlan+$salesRep.weeklyVisits+$salesRep.weeklyRecords&" points): late, careless or illegible scores 0"`), undefined, undefined, "H4", "note"),
    formula("A5", L(`"一、上周工作总结（"&$salesRep.weeklySummary&"分，须如实填写）"`, `"一、上週工作總結（"&$salesRep.weeklySummary&"分，須如實填寫）"`, `"1. Last week's summary ("&$salesRep.weeklySummary&" points; must be true)"`), undefined, undefined, "H5", "section"),
    textArea(6, 3, "summary"),
    formula("A9", L(`"二、下周工作计划（"&$salesRep.weeklyPlan&"分，须如实填写）"`, `"二、下週工作計劃（"&$salesRep.weeklyPlan&"分，須如實填寫）"`, `"2. Next week's plan ("&$salesRep.weeklyPlan&" points; must be true)"`), undefined, undefined, "H9", "section"),
    textArea(10, 3, "plan"),
    formula("A13", L(`"三、大客户走访情况（"&$salesRep.weeklyVisits&"分，每周至少走访"&$salesRep.visitsPerWeek&"家，每漏一项扣"&$salesRep.visitPerMissing&"分）"`,
      `"三、大客戶走訪情況（"&$salesRep.weeklyVisits&"分，每週至少走訪"&$salesRep.visitsPerWeek&"家，每漏一項扣"&$salesRep.visitPerMissing&"分）"`,
      `"3. Key-account visits ("&$salesRep.weeklyVisits&" points; at least "&$salesRep.visitsPerWeek&" a week; "&$salesRep.visitPerMissing&" off per missing entry)"`), undefined, undefined, "H13", "section"),
    label("A14", W.no, "header"), label("B14", W.date, "header"), label("C14", L("客户名称", "客戶名稱", "Customer"), "header"),
    label("D14", L("联系人", "聯絡人", "Contact"), "header"), label("E14", L("走访内容", "走訪內容", "What was discussed"), "header", "G14"),
    label("H14", L("附拜访纪实", "附拜訪紀實", "Visit record"), "header"),
    ...visitRows.flatMap((r, i): CellSpec[] => [
      { at: `A${r}`, c: { t: "formula", f: String(i + 1) }, style: "label", fmt: "int" },
      input(`B${r}`, DATE), input(`C${r}`, TEXT), input(`D${r}`, TEXT), input(`E${r}`, TEXT, undefined, `G${r}`), input(`H${r}`, TICK),
    ]),
    formula("A20", L(`"四、市场信息反馈（"&$salesRep.market&"分，须如实填写）"`, `"四、市場資訊回饋（"&$salesRep.market&"分，須如實填寫）"`, `"4. Market information ("&$salesRep.market&" points; must be true)"`), undefined, undefined, "H20", "section"),
    textArea(21, 2, "market"),
    formula("A23", L(`"五、产品质量问题反馈（"&$salesRep.quality&"分，及时有效）"`, `"五、產品品質問題回饋（"&$salesRep.quality&"分，及時有效）"`, `"5. Product quality feedback ("&$salesRep.quality&" points; on time)"`), undefined, undefined, "H23", "section"),
    textArea(24, 2, "quality"),
    label("A26", L("六、区域经理评分（F-6）", "六、區域經理評分（F-6）", "6. Regional manager's scoring (F-6)"), "section", "H26"),
    label("A27", L("项目", "項目", "Item"), "header", "D27"), label("E27", L("满分", "滿分", "Max"), "header"),
    label("F27", L("情况", "情況", "Finding"), "header"), label("G27", L("得分", "得分", "Points"), "header", "H27"),
    // 28 on time; 29 summary true; 30 plan true; 31 visits recorded (computed); 32 records; 33 market; 34 quality; 35 totals
    label("A28", L("按时交付、字迹清楚", "按時交付、字跡清楚", "On time and legible"), "label", "D28"), formula("E28", "$salesRep.weeklySummary+$salesRep.weeklyPlan+$salesRep.weeklyVisits+$salesRep.weeklyRecords", undefined, "int"),
    input("F28", YESNO, "onTime"), formula("G28", "IF(F28=«no»,0,\"\")", undefined, "int", "H28"),
    label("A29", L("上周工作总结属实", "上週工作總結屬實", "Summary true"), "label", "D29"), formula("E29", "$salesRep.weeklySummary", undefined, "int"),
    input("F29", YESNO, "summaryTrue"), formula("G29", "IF(F$28=\"\",\"\",IF(F$28=«no»,0,IF(F29=«no»,0,$salesRep.weeklySummary)))", "pSummary", "int", "H29"),
    label("A30", L("下周工作计划属实", "下週工作計劃屬實", "Plan true"), "label", "D30"), formula("E30", "$salesRep.weeklyPlan", undefined, "int"),
    input("F30", YESNO, "planTrue"), formula("G30", "IF(F$28=\"\",\"\",IF(F$28=«no»,0,IF(F30=«no»,0,$salesRep.weeklyPlan)))", "pPlan", "int", "H30"),
    label("A31", L("大客户走访漏项数（按上表自动计算）", "大客戶走訪漏項數（按上表自動計算）", "Missing visit entries (from the table)"), "label", "D31"), formula("E31", "$salesRep.weeklyVisits", undefined, "int"),
    formula("F31", "MAX(0,$salesRep.visitsPerWeek-COUNTA(C15:C19))", "visitsMissing", "int"),
    formula("G31", "IF(F$28=\"\",\"\",IF(F$28=«no»,0,IF(F31>=$salesRep.visitMissingZeroAt,0,MAX(0,$salesRep.weeklyVisits-F31*$salesRep.visitPerMissing))))", "pVisits", "int", "H31"),
    label("A32", L("客户拜访纪实齐全", "客戶拜訪紀實齊全", "Visit records complete"), "label", "D32"), formula("E32", "$salesRep.weeklyRecords", undefined, "int"),
    input("F32", YESNO, "recordsOk"), formula("G32", "IF(F$28=\"\",\"\",IF(F$28=«no»,0,IF(F32=«no»,0,$salesRep.weeklyRecords)))", "pRecords", "int", "H32"),
    label("A33", L("市场信息反馈属实", "市場資訊回饋屬實", "Market information true"), "label", "D33"), formula("E33", "$salesRep.market", undefined, "int"),
    input("F33", YESNO, "marketTrue"), formula("G33", "IF(F$28=\"\",\"\",IF(F33=«no»,0,$salesRep.market))", "pMarket", "int", "H33"),
    label("A34", L("质量问题反馈及时", "品質問題回饋及時", "Quality feedback on time"), "label", "D34"), formula("E34", "$salesRep.quality", undefined, "int"),
    input("F34", YESNO, "qualityOk"), formula("G34", "IF(F$28=\"\",\"\",IF(F34=«no»,0,$salesRep.quality))", "pQuality", "int", "H34"),
    label("A35", L("本周合计", "本週合計", "Week total"), "total", "D35"), formula("E35", "SUM(E29:E34)", undefined, "int", undefined, "total"),
    { at: "F35", c: { t: "blank" }, style: "total" }, formula("G35", "IF(F28=\"\",\"\",SUM(G29:G34))", "weekTotal", "int", "H35", "total"),
  ],
  signOff: { row: 37, roles: [
    role("填报（业务员）", "填報（業務員）", "Submitted (salesperson)"),
    role("评分（区域经理，F-9）", "評分（區域經理，F-9）", "Scored (regional manager, F-9)"),
    role("汇总（销售计划部）", "彙總（銷售計劃部）", "Compiled (sales planning)"),
  ] },
  flags: [
    { range: "F28:F34", f: "F28=«no»", style: "flag", means: "limit" },
    { range: "F31", f: "F31>0", style: "warn", means: "missing" },
  ],
  boxes: ["A3:H4", "A6:H8", "A10:H12", "A14:H19", "A21:H22", "A24:H25", "A27:H35"],
  titleRows: [1, 2],
});

// ── Overtime log (A-1..A-4, L-1) ────────────────────────────────────────────────────────
const OT_FIRST = 6;
const otRow = (d: number) => OT_FIRST + d - 1;
const OT_LAST = otRow(31);
const WEEKDAYS: Localized = L(`"一","二","三","四","五","六","日"`, `"一","二","三","四","五","六","日"`, `"Mon","Tue","Wed","Thu","Fri","Sat","Sun"`);
export const overtimeLog: FormSpec = withHead({
  id: "overtimeLog", rules: ["A-1", "A-2", "A-3", "A-4", "L-1"], orientation: "portrait", widths: [6, 12, 6, 9, 9, 10, 10, 26],
  title: FORM_TITLES.overtimeLog,
  sheetName: L("加班登记表", "加班登記表", "Overtime log"),
  strings: { ok: L("OK", "OK", "OK") },
  cells: [
    ...field("A3", W.name, "B3", TEXT, "name"), ...field("C3", L("部门", "部門", "Dept."), "D3", TEXT, "dept", "E3"),
    ...field("F3", L("月份（1 日）", "月份（1 日）", "Month (1st)"), "G3", DATE, "month", "H3"),
    formula("A4", L(`"标准工时 "&$workTime.standardDayHours&" 小时/日；一般延长至 "&$workTime.ordinaryMaxDayHours&" 小时，特殊情形至 "&$workTime.exceptionalMaxDayHours&" 小时；每 7 天至多 "&$workTime.weekHours&" 小时并休息 "&$workTime.restDaysPerWindow&" 天；法定加班每日 ≤ "&$law.overtimeDayCapHours&"、每月 ≤ "&$law.overtimeMonthCapHours&" 小时（劳动法第41条）"`,
      `"標準工時 "&$workTime.standardDayHours&" 小時/日；一般延長至 "&$workTime.ordinaryMaxDayHours&" 小時，特殊情形至 "&$workTime.exceptionalMaxDayHours&" 小時；每 7 天至多 "&$workTime.weekHours&" 小時並休息 "&$workTime.restDaysPerWindow&" 天；法定加班每日 ≤ "&$law.overtimeDayCapHours&"、每月 ≤ "&$law.overtimeMonthCapHours&" 小時（勞動法第41條）"`,
      `"Standard day "&$workTime.standardDayHours&" h; ordinary extension to "&$workTime.ordinaryMaxDayHours&" h, exceptional to "&$workTime.exceptionalMaxDayHours&" h; at most "&$workTime.weekHours&" h and "&$workTime.restDaysPerWindow&" rest day per 7 days; legal overtime ≤ "&$law.overtimeDayCapHours&" h a day, ≤ "&$law.overtimeMonthCapHours&" h a month (Labour Law art. 41)"`),
      undefined, undefined, "H4", "note"),
    label("A5", L("日", "日", "Day"), "header"), label("B5", W.date, "header"), label("C5", L("星期", "星期", "Wkd"), "header"),
    label("D5", L("工时", "工時", "Hours"), "header"), label("E5", L("加班（A-1）", "加班（A-1）", "Overtime (A-1)"), "header"),
    label("F5", L("7 日工时", "7 日工時", "7-day hours"), "header"), label("G5", L("7 日休息天数", "7 日休息天數", "7-day rest days"), "header"),
    label("H5", L("检查", "檢查", "Check"), "header"),
    ...Array.from({ length: 31 }, (_, i): CellSpec[] => {
      const d = i + 1;
      const r = otRow(d);
      const from = Math.max(OT_FIRST, r - 6);
      const full = r - 6 >= OT_FIRST;
      return [
        { at: `A${r}`, c: { t: "formula", f: String(d) }, style: "label", fmt: "int" },
        formula(`B${r}`, `IF(OR($G$3="",A${r}>DAY(EOMONTH($G$3,0))),"",$G$3+A${r}-1)`, undefined, "date"),
        formula(`C${r}`, { "zh-CN": `IF(B${r}="","",CHOOSE(WEEKDAY(B${r},2),${WEEKDAYS["zh-CN"]}))`, "zh-TW": `IF(B${r}="","",CHOOSE(WEEKDAY(B${r},2),${WEEKDAYS["zh-TW"]}))`, en: `IF(B${r}="","",CHOOSE(WEEKDAY(B${r},2),${WEEKDAYS.en}))` }),
        input(`D${r}`, { kind: "decimal", min: 0, max: 24 }, `h${d}`, undefined, "hours"),
        formula(`E${r}`, `IF(D${r}="","",MAX(0,D${r}-$workTime.standardDayHours))`, undefined, "hours"),
        formula(`F${r}`, `IF(B${r}="","",SUM(D${from}:D${r}))`, undefined, "hours"),
        formula(`G${r}`, full ? `IF(B${r}="","",COUNTIF(D${from}:D${r},0)+COUNTBLANK(D${from}:D${r}))` : `""`, undefined, "int"),
        formula(`H${r}`, `TRIM(IF(N(D${r})>$workTime.exceptionalMaxDayHours,"A-3 ",IF(N(D${r})>$workTime.ordinaryMaxDayHours,"A-2 ",""))&IF(N(E${r})>$law.overtimeDayCapHours,"L-1 ","")&IF(N(F${r})>$workTime.weekHours,"A-4 ","")&IF(AND(ISNUMBER(G${r}),N(G${r})<$workTime.restDaysPerWindow),"A-4",""))`),
      ];
    }).flat(),
    label(`A${OT_LAST + 1}`, L("合计", "合計", "Total"), "total", `C${OT_LAST + 1}`),
    formula(`D${OT_LAST + 1}`, `IF(COUNT(D${OT_FIRST}:D${OT_LAST})=0,"",SUM(D${OT_FIRST}:D${OT_LAST}))`, "totalHours", "hours", undefined, "total"),
    formula(`E${OT_LAST + 1}`, `IF(COUNT(D${OT_FIRST}:D${OT_LAST})=0,"",SUM(E${OT_FIRST}:E${OT_LAST}))`, "overtime", "hours", undefined, "total"),
    { at: `F${OT_LAST + 1}`, to: `H${OT_LAST + 1}`, c: { t: "blank" }, style: "total" },
    label(`A${OT_LAST + 2}`, L("本月加班上限（A-3 公司）", "本月加班上限（A-3 公司）", "Month overtime cap (A-3, company)"), "label", `D${OT_LAST + 2}`),
    formula(`E${OT_LAST + 2}`, "$workTime.monthlyOvertimeCapHours", undefined, "hours"),
    formula(`F${OT_LAST + 2}`, `IF(E${OT_LAST + 1}>E${OT_LAST + 2},"A-3","")`, "monthCompany", undefined, `G${OT_LAST + 2}`),
    label(`A${OT_LAST + 3}`, L("法定每月加班上限（L-1）", "法定每月加班上限（L-1）", "Legal month cap (L-1)"), "label", `D${OT_LAST + 3}`),
    formula(`E${OT_LAST + 3}`, "$law.overtimeMonthCapHours", undefined, "hours"),
    formula(`F${OT_LAST + 3}`, `IF(E${OT_LAST + 1}>E${OT_LAST + 3},"L-1","")`, "monthLaw", undefined, `G${OT_LAST + 3}`),
    label(`A${OT_LAST + 4}`, L("结论（OK = 无违规）", "結論（OK = 無違規）", "Result (OK = nothing breached)"), "total", `D${OT_LAST + 4}`),
    formula(`E${OT_LAST + 4}`, `IF(COUNT(D${OT_FIRST}:D${OT_LAST})=0,"",IF(COUNTIF(H${OT_FIRST}:H${OT_LAST},"?*")+COUNTIF(F${OT_LAST + 2}:F${OT_LAST + 3},"?*")=0,«ok»,` +
      `TRIM(IF(COUNTIF(H${OT_FIRST}:H${OT_LAST},"*A-2*")>0,"A-2 ","")&IF(OR(COUNTIF(H${OT_FIRST}:H${OT_LAST},"*A-3*")>0,F${OT_LAST + 2}<>""),"A-3 ","")&IF(COUNTIF(H${OT_FIRST}:H${OT_LAST},"*A-4*")>0,"A-4 ","")&IF(OR(COUNTIF(H${OT_FIRST}:H${OT_LAST},"*L-1*")>0,F${OT_LAST + 3}<>""),"L-1",""))))`,
      "result", undefined, `H${OT_LAST + 4}`, "total"),
  ],
  signOff: { row: OT_LAST + 6, roles: [
    role("员工", "員工", "Employee"),
    role("部门主管", "部門主管", "Supervisor"),
    role("人事部门", "人事部門", "HR"),
  ] },
  flags: [
    { range: `D${OT_FIRST}:D${OT_LAST}`, f: `AND(B${OT_FIRST}="",D${OT_FIRST}<>"")`, style: "muted", means: "missing" },
    { range: `H${OT_FIRST}:H${OT_LAST}`, f: `ISNUMBER(SEARCH("L-1",H${OT_FIRST}))`, style: "flag", means: "lawWarning" },
    { range: `H${OT_FIRST}:H${OT_LAST}`, f: `H${OT_FIRST}<>""`, style: "warn", means: "limit" },
    { range: `F${OT_LAST + 2}:G${OT_LAST + 3}`, f: `$F${OT_LAST + 2}<>""`, style: "flag", means: "lawWarning" },
    { range: `E${OT_LAST + 4}`, f: `AND(E${OT_LAST + 4}<>"",E${OT_LAST + 4}<>«ok»)`, style: "flag", means: "limit" },
  ],
  boxes: ["A3:H3", `A5:H${OT_LAST + 4}`],
  titleRows: [1, 5],
});

// ── Dismissal: the review for HR's file 辞退审核表 (C-1..C-4, L-2, L-6) ─────────────────────
export const DISMISSAL_GROUNDS: readonly Localized[] = [
  L("一年内记过 3 次者", "一年內記過 3 次者", "Three demerits within one year"),
  L("连续旷工 3 日或全年累计超过 6 日者", "連續曠工 3 日或全年累計超過 6 日者", "Absent without leave 3 consecutive days, or more than 6 days in a year"),
  L("营私舞弊、挪用公款、收受贿赂者", "營私舞弊、挪用公款、收受賄賂者", "Fraud, embezzlement or bribery"),
  L("工作疏忽、贻误要务，致使企业蒙受重大损失者", "工作疏忽、貽誤要務，致使企業蒙受重大損失者", "Negligence causing the company a major loss"),
  L("违抗命令或擅离职守，情节重大者", "違抗命令或擅離職守，情節重大者", "Serious disobedience or leaving one's post"),
  L("聚众罢工、怠工、造谣生事，破坏正常工作与生产秩序者", "聚眾罷工、怠工、造謠生事，破壞正常工作與生產秩序者", "Organising strikes or go-slows, spreading rumours, disrupting work"),
  L("仿效领导签字、盗用印信或涂改公司文件者", "仿效領導簽字、盜用印信或塗改公司文件者", "Forging a superior's signature, misusing seals or altering company documents"),
  L("破坏、窃取、毁弃、隐匿公司设施、资材、制品及文书，致使公司业务遭受损失者", "破壞、竊取、毀棄、隱匿公司設施、資材、製品及文書，致使公司業務遭受損失者", "Damaging, stealing, destroying or hiding company property or documents, causing a loss"),
  L("品行不端、行为不检，屡劝不改者", "品行不端、行為不檢，屢勸不改者", "Persistent misconduct despite warnings"),
  L("擅自离职为其他单位工作者", "擅自離職為其他單位工作者", "Leaving without permission to work for another employer"),
  L("违背国家法令或公司规章，情节严重者", "違背國家法令或公司規章，情節嚴重者", "Serious breach of the law or company rules"),
  L("泄漏业务上的秘密，情节严重者", "洩漏業務上的秘密，情節嚴重者", "Serious disclosure of business secrets"),
  L("办事不力、疏忽职守且有具体事实，情节重大者", "辦事不力、疏忽職守且有具體事實，情節重大者", "Serious, documented neglect of duty"),
  L("精神或机能障碍、体弱衰老残废等不能再从事工作，或虽无过失但不能胜任工作者", "精神或機能發生障礙、身體虛弱衰老殘廢等不能再從事工作，或雖無過失但不能勝任者", "Unable to work for reasons of health, or incompetent though not at fault"),
  L("为个人利益伪造证件、冒领各项费用者", "為個人利益偽造證件、冒領各項費用者", "Forging documents or claiming expenses falsely for personal gain"),
  L("年终考核成绩不及格，经考察试用仍不合格者", "年終考核成績不及格，經考察試用仍不合格者", "Failed the year-end evaluation and again after a trial period"),
  L("因公司业务紧缩须减少一部分员工时", "因公司業務緊縮須減少一部分員工時", "Staff reduction because business contracts"),
  L("工作期间因受刑事处分而经法院判刑确定者", "工作時期因受刑事處分而經法院判刑確定者", "Convicted of a criminal offence while employed"),
  L("试用期内经发现不符合录用条件者", "試用期內經發現不符合錄用條件者", "Found unfit for the post during probation"),
  L("由于其他类似原因或业务上之必要者", "由於其他類似原因或業務上之必要者", "Other similar reasons or business necessity"),
];
/** Grounds the form computes (C-1.1, C-1.2, C-1.16, C-1.19), with their formulas (row of the ground). */
const GROUND_FIRST = 11;
const COMPUTED_GROUNDS: Readonly<Record<number, string>> = {
  1: "IF(N($C$8)>=$dismissal.demeritsPerYear,«tick»,\"\")",
  2: "IF(OR(N($F$8)>=$dismissal.consecutiveAbsenceDays,N($H$8)>$dismissal.absentDaysPerYearMax),«tick»,\"\")",
  16: "IF(AND($C$9=«yes»,$F$9=«yes»),«tick»,\"\")",
  19: "IF($H$9=«yes»,«tick»,\"\")",
};
const GR_LAST = GROUND_FIRST + 19;
/** Grounds whose numbers are policy values: their text follows the policy sheet (a formula template). */
const GROUND_TEXT: Readonly<Record<number, Localized>> = {
  1: L(`"一年内记过 "&$dismissal.demeritsPerYear&" 次者"`, `"一年內記過 "&$dismissal.demeritsPerYear&" 次者"`, `$dismissal.demeritsPerYear&" demerits within one year"`),
  2: L(`"连续旷工 "&$dismissal.consecutiveAbsenceDays&" 日或全年累计超过 "&$dismissal.absentDaysPerYearMax&" 日者"`, `"連續曠工 "&$dismissal.consecutiveAbsenceDays&" 日或全年累計超過 "&$dismissal.absentDaysPerYearMax&" 日者"`,
    `"Absent without leave "&$dismissal.consecutiveAbsenceDays&" consecutive days, or more than "&$dismissal.absentDaysPerYearMax&" days in a year"`),
};
const groundText = (n: number): Localized => GROUND_TEXT[n] ?? perLang((l) => quoteText(DISMISSAL_GROUNDS[n - 1][l]));
const lawWarning = {
  lawWarn1: L("⚠ L-2 劳动合同法第40条：应提前 ", "⚠ L-2 勞動合同法第40條：應提前 ", "⚠ L-2 Labour Contract Law art. 40: "),
  lawWarn2: L(" 日书面通知或额外支付一个月工资；公司规定预告 ", " 日書面通知或額外支付一個月工資；公司規定預告 ", " days' written notice or a month's pay in lieu; the company rule gives "),
  days: L(" 日", " 日", " days"),
};
const GROUND_NUMBER = { kind: "list", items: DISMISSAL_GROUNDS.map((_, i) => L(`${i + 1}`, `${i + 1}`, `${i + 1}`)) } as const;
const R_AFTER = GR_LAST + 3;
export const dismissalReview: FormSpec = withHead({
  id: "dismissalReview", rules: ["C-1", "C-1.1", "C-1.2", "C-1.16", "C-1.19", "C-2", "C-3", "C-4", "L-2", "L-6"], orientation: "portrait", widths: [7, 12, 10, 12, 12, 11, 14, 11],
  title: FORM_TITLES.dismissalReview,
  sheetName: L("辞退审核表", "辭退審核表", "Dismissal review"),
  strings: lawWarning,
  cells: [
    ...field("A3", W.name, "B3", TEXT, "name", "C3"), ...field("D3", W.id, "E3", TEXT, "id"), ...field("F3", W.dept, "G3", TEXT, "dept", "H3"),
    ...field("A4", W.post, "B4", TEXT, "post", "C4"), ...field("D4", L("入职日期", "到職日期", "Hired"), "E4", DATE, "hired"),
    ...field("F4", L("通知日期", "通知日期", "Notice date"), "G4", DATE, "noticeDate", "H4"),
    label("A5", L("连续工作（月）", "連續工作（月）", "Service (months)"), "label", "B5"),
    formula("C5", "IF(AND(ISNUMBER(E4),ISNUMBER(G4)),DATEDIF(E4,G4,\"m\"),\"\")", "months", "int"),
    label("D5", L("预告期（日，C-2）", "預告期（日，C-2）", "Notice days (C-2)"), "label"),
    formula("E5", `IF(C5="","",LOOKUP(C5,${TABLE_NAMES.noticeFrom},${TABLE_NAMES.noticeDays}))`, "noticeDays", "int"),
    label("F5", L("最后工作日", "最後工作日", "Last day"), "label"),
    formula("G5", "IF(E5=\"\",\"\",G4+E5)", "lastDay", "date", "H5"),
    formula("A6", `IF(E5="","",IF(E5<$law.dismissalNoticeDays,«lawWarn1»&$law.dismissalNoticeDays&«lawWarn2»&E5&«days»,""))`, "lawWarning", undefined, "H6", "note"),
    label("A7", L("辞退事由（第四条，符合者打 ✓；1、2、16、19 条按下列数据自动判断）", "辭退事由（第四條，符合者打 ✓；1、2、16、19 條按下列數據自動判斷）", "Grounds (art. 4; tick those that apply — 1, 2, 16 and 19 are computed from the figures below)"), "section", "H7"),
    label("A8", L("本年记过次数", "本年記過次數", "Demerits this year"), "label", "B8"), input("C8", COUNT, "demerits"),
    label("D8", L("最长连续旷工（日）", "最長連續曠工（日）", "Longest absence run (days)"), "label", "E8"), input("F8", COUNT, "longestAbsence"),
    label("G8", L("本年旷工（日）", "本年曠工（日）", "Absent this year (days)"), "label"), input("H8", { kind: "decimal", min: 0, max: 366 }, "absentDays"),
    label("A9", L("年终考核不合格", "年終考核不合格", "Failed year-end evaluation"), "label", "B9"), input("C9", YESNO, "failedYearEnd"),
    label("D9", L("试用后仍不合格", "試用後仍不合格", "Failed again after trial"), "label", "E9"), input("F9", YESNO, "failedAfterTrial"),
    label("G9", L("试用期不符合录用条件", "試用期不符合錄用條件", "Unfit in probation"), "label"), input("H9", YESNO, "unfitInProbation"),
    label("A10", L("条", "條", "Art."), "header"), label("B10", L("符合", "符合", "Applies"), "header"), label("C10", L("事由", "事由", "Ground"), "header", "H10"),
    ...DISMISSAL_GROUNDS.flatMap((g, i): CellSpec[] => {
      const r = GROUND_FIRST + i;
      const n = i + 1;
      return [
        { at: `A${r}`, c: { t: "formula", f: String(n) }, style: "label", fmt: "int" },
        COMPUTED_GROUNDS[n] ? formula(`B${r}`, COMPUTED_GROUNDS[n], `ground${n}`) : input(`B${r}`, TICK, `ground${n}`),
        GROUND_TEXT[n] ? formula(`C${r}`, GROUND_TEXT[n], undefined, undefined, `H${r}`, "plain") : label(`C${r}`, g, "plain", `H${r}`),
      ];
    }),
    label(`A${GR_LAST + 1}`, L("符合条数", "符合條數", "Grounds ticked"), "total", "B" + (GR_LAST + 1)),
    formula(`C${GR_LAST + 1}`, `COUNTIF(B${GROUND_FIRST}:B${GR_LAST},«tick»)`, "groundCount", "int", undefined, "total"),
    label(`D${GR_LAST + 1}`, L("可计数条款（C-1）", "可計數條款（C-1）", "Countable grounds (C-1)"), "total", `E${GR_LAST + 1}`),
    formula(`F${GR_LAST + 1}`, `TRIM(IF(B${GROUND_FIRST}=«tick»,"C-1.1 ","")&IF(B${GROUND_FIRST + 1}=«tick»,"C-1.2 ","")&IF(B${GROUND_FIRST + 15}=«tick»,"C-1.16 ","")&IF(B${GROUND_FIRST + 18}=«tick»,"C-1.19",""))`, "computedGrounds", undefined, `H${GR_LAST + 1}`, "total"),
    label(`A${GR_LAST + 2}`, L("L-6：排名末位（H-4）本身不是不能胜任工作的证明（最高人民法院指导案例 18 号），不能单独作为辞退事由。", "L-6：排名末位（H-4）本身不是不能勝任工作的證明（最高人民法院指導案例 18 號），不能單獨作為辭退事由。", "L-6: a bottom ranking (H-4) is not by itself proof of incompetence (Supreme People's Court Guiding Case No. 18) and is never a dismissal ground on its own."), "note", `H${GR_LAST + 2}`),
    label(`A${R_AFTER}`, L("通知书引用的事由（条）", "通知書引用的事由（條）", "Ground cited in the notice (art.)"), "label", `C${R_AFTER}`),
    input(`D${R_AFTER}`, GROUND_NUMBER, "chosenGround"),
    formula(`E${R_AFTER}`, L(`IF(D${R_AFTER}="","",IF(INDEX(B${GROUND_FIRST}:B${GR_LAST},D${R_AFTER})=«tick»,"","⚠ 该条未勾选为符合"))`, `IF(D${R_AFTER}="","",IF(INDEX(B${GROUND_FIRST}:B${GR_LAST},D${R_AFTER})=«tick»,"","⚠ 該條未勾選為符合"))`, `IF(D${R_AFTER}="","",IF(INDEX(B${GROUND_FIRST}:B${GR_LAST},D${R_AFTER})=«tick»,"","⚠ that ground is not ticked above"))`), "chosenCheck", undefined, `H${R_AFTER}`, "note"),
    label(`A${R_AFTER + 1}`, L("收到辞退证明书日期", "收到辭退證明書日期", "Certificate received"), "label", `B${R_AFTER + 1}`),
    input(`C${R_AFTER + 1}`, DATE, "certificateReceived"),
    label(`D${R_AFTER + 1}`, L("劳动仲裁申诉截止（C-3）", "勞動仲裁申訴截止（C-3）", "Appeal deadline (C-3)"), "label", `E${R_AFTER + 1}`),
    formula(`F${R_AFTER + 1}`, `IF(ISNUMBER(C${R_AFTER + 1}),C${R_AFTER + 1}+$dismissal.appealDays,"")`, "appealBy", "date"),
    formula(`A${R_AFTER + 2}`, L(`"对辞退处理不服的，可在收到辞退证明书之日起 "&$dismissal.appealDays&" 日内向劳动争议仲裁部门申诉（C-3）；分部辞退员工须经人事副总裁审核批准（C-4）。"`,
      `"對辭退處理不服的，可在收到辭退證明書之日起 "&$dismissal.appealDays&" 日內向勞動爭議仲裁部門申訴（C-3）；分部辭退員工須經人事副總裁審核批准（C-4）。"`,
      `"The employee may appeal to labour arbitration within "&$dismissal.appealDays&" days of receiving the dismissal certificate (C-3). A branch's dismissal needs the HR vice-president's approval (C-4)."`), undefined, undefined, `H${R_AFTER + 2}`, "note"),
  ],
  flags: [
    { range: `A${GROUND_FIRST}:H${GR_LAST}`, f: `$B${GROUND_FIRST}=«tick»`, style: "flag", means: "dismissalGround" },
    { range: "A6", f: "A6<>\"\"", style: "warn", means: "lawWarning" },
    { range: `E${R_AFTER}`, f: `E${R_AFTER}<>""`, style: "warn", means: "limit" },
  ],
  boxes: ["A3:H5", "A8:H9", `A10:H${GR_LAST + 1}`, `A${R_AFTER}:H${R_AFTER}`, `A${R_AFTER + 1}:F${R_AFTER + 1}`],
  titleRows: [1, 2],
  signOff: { row: R_AFTER + 4, roles: [
    role("提出（直属主管）", "提出（直屬主管）", "Proposed (supervisor)"),
    role("审核（人事部门）", "審核（人事部門）", "Checked (HR)"),
    role("批准（人事副总裁；分部辞退必经，C-4）", "批准（人事副總裁；分部辭退必經，C-4）", "Approved (HR vice-president; required for a branch, C-4)"),
  ] },
});

// ── Dismissal: the notice to the employee 辞退通知书 (C-1, C-2, C-3, D-4, D-5, D-6) ─────────────────
/** Row of the notice's ground line. */
const N_GROUND = 9;
const dateText = (cell: string) => `IF(ISNUMBER(${cell}),TEXT(${cell},"yyyy-mm-dd"),"")`;
/** The chosen ground only: its article, its rule and its text (the other grounds never reach the page). */
const chosenGround = (lang: Lang) => {
  const cite = { "zh-CN": [`"第四条第 "&C${N_GROUND}&" 项（C-1."&C${N_GROUND}&"）："`], "zh-TW": [`"第四條第 "&C${N_GROUND}&" 項（C-1."&C${N_GROUND}&"）："`], en: [`"Art. 4, ground "&C${N_GROUND}&" (C-1."&C${N_GROUND}&"): "`] }[lang][0];
  const texts = DISMISSAL_GROUNDS.map((_, i) => groundText(i + 1)[lang]).join(",");
  return `IF(C${N_GROUND}="","",${cite}&CHOOSE(C${N_GROUND},${texts}))`;
};
export const dismissalNotice: FormSpec = withHead({
  id: "dismissalNotice", rules: ["C-1", "C-2", "C-3", "D-4", "D-5", "D-6"], orientation: "portrait", widths: [10, 11, 9, 11, 11, 10, 12, 11],
  title: FORM_TITLES.dismissalNotice,
  sheetName: L("辞退通知书", "辭退通知書", "Dismissal notice"),
  strings: {},
  cells: [
    label("A3", L("编号", "編號", "No."), "label"), input("B3", TEXT, "docNo", "C3"),
    label("F3", L("通知日期", "通知日期", "Date"), "label"), input("G3", DATE, "noticeDate", "H3", "date"),
    ...field("A5", L("员工姓名", "員工姓名", "Employee"), "B5", TEXT, "name", "C5"), ...field("D5", W.id, "E5", TEXT, "id"), ...field("F5", W.dept, "G5", TEXT, "dept", "H5"),
    ...field("A6", W.post, "B6", TEXT, "post", "C6"), ...field("D6", L("入职日期", "到職日期", "Hired"), "E6", DATE, "hired"),
    label("F6", L("连续工作（月）", "連續工作（月）", "Service (months)"), "label"),
    formula("G6", "IF(AND(ISNUMBER(E6),ISNUMBER(G3)),DATEDIF(E6,G3,\"m\"),\"\")", "months", "int", "H6"),
    formula("A7", L(`IF(B5="","","致 "&B5&"：")`, `IF(B5="","","致 "&B5&"：")`, `IF(B5="","","Dear "&B5&",")`), "addressee", undefined, "H7", "plain"),
    label("A8", L("经公司审核批准，决定与您解除劳动合同，事由如下：", "經公司審核批准，決定與您解除勞動合同，事由如下：", "With the company's approval, your employment contract is terminated on the following ground:"), "text", "H8"),
    label("A9", L("事由（条）", "事由（條）", "Ground (art.)"), "label", "B9"), input(`C${N_GROUND}`, GROUND_NUMBER, "ground"),
    { at: `D${N_GROUND}`, to: `H${N_GROUND}`, key: "groundText", style: "text", c: { t: "formula", f: perLang(chosenGround), display: perLang((l) => `第四条第 20 项（C-1.20）：${DISMISSAL_GROUNDS.reduce((a, g) => (g[l].length > a.length ? g[l] : a), "")}`) } },
    label("A11", L("预告期（C-2）", "預告期（C-2）", "Notice (C-2)"), "label", "B11"),
    formula("C11", `IF(G6="","",LOOKUP(G6,${TABLE_NAMES.noticeFrom},${TABLE_NAMES.noticeDays}))`, "noticeDays", "int"),
    label("D11", L("日", "日", "days"), "label"),
    label("E11", L("最后工作日", "最後工作日", "Last working day"), "label", "F11"),
    formula("G11", "IF(OR(C11=\"\",NOT(ISNUMBER(G3))),\"\",G3+C11)", "lastDay", "date", "H11"),
    formula("A12", L(`"请于最后工作日后 "&$separation.handoverDays&" 日内（D-4）办妥工作移交："`, `"請於最後工作日後 "&$separation.handoverDays&" 日內（D-4）辦妥工作移交："`, `"Hand over your work within "&$separation.handoverDays&" days after your last working day (D-4):"`), undefined, undefined, "E12", "text"),
    label("F12", L("移交截止", "移交截止", "Handover by"), "label"),
    formula("G12", "IF(ISNUMBER(G11),G11+$separation.handoverDays,\"\")", "handoverDue", "date", "H12"),
    formula("A13", L(`"账册文件、技术资料图样、经管财物、未结事项及工具文具（消耗品除外）交还原单位；领用未满 "&$separation.clothesKeepAfterYears&" 年的工作服交还总务科（D-5）。离职证明于移交手续办妥后发给（D-6）。"`,
      `"賬冊文件、技術資料圖樣、經管財物、未結事項及工具文具（消耗品除外）交還原單位；領用未滿 "&$separation.clothesKeepAfterYears&" 年的工作服交還總務科（D-5）。離職證明於移交手續辦妥後發給（D-6）。"`,
      `"Return books and files, technical documents, property in your care, open matters and tools (not consumables) to your unit; work clothes issued less than "&$separation.clothesKeepAfterYears&" year(s) ago go back to General Affairs (D-5). The separation certificate is issued once the handover is complete (D-6)."`), undefined, undefined, "H13", "text"),
    formula("A15", L(`"如对本决定不服，可自收到本通知书之日起 "&$dismissal.appealDays&" 日内向劳动争议仲裁委员会申请仲裁（C-3）。"`, `"如對本決定不服，可自收到本通知書之日起 "&$dismissal.appealDays&" 日內向勞動爭議仲裁委員會申請仲裁（C-3）。"`,
      `"If you disagree with this decision, you may apply to the labour dispute arbitration committee within "&$dismissal.appealDays&" days of receiving this notice (C-3)."`), undefined, undefined, "H15", "text"),
    label("A16", L("送达日期", "送達日期", "Delivered on"), "label", "B16"), input("C16", DATE, "delivered", "D16"),
    label("E16", L("申诉截止（C-3）", "申訴截止（C-3）", "Appeal by (C-3)"), "label", "F16"),
    formula("G16", "IF(ISNUMBER(C16),C16+$dismissal.appealDays,\"\")", "appealBy", "date", "H16"),
    label("E18", L("（公司盖章）", "（公司蓋章）", "(Company seal)"), "sign", "H21"),
    label("E22", L("日期", "日期", "Date"), "label", "F22"), formula("G22", "IF(ISNUMBER(G3),G3,\"\")", undefined, "date", "H22"),
    label("A24", L("✂ ……………………………… 沿此线剪下，回执交人事部门 ………………………………", "✂ ……………………………… 沿此線剪下，回執交人事部門 ………………………………", "✂ ……………… cut here; the receipt goes back to HR ………………"), "note", "H24"),
    label("A25", L("回执", "回執", "Receipt"), "section", "H25"),
    formula("A26", L(`"本人 "&IF(B5="","＿＿＿＿",B5)&"（工号 "&IF(E5="","＿＿＿",E5)&"）已收到公司于 "&IF(ISNUMBER(G3),${dateText("G3")},"＿＿＿＿")&" 发出的辞退通知书"&IF(B3="","","（编号 "&B3&"）")&"。"`,
      `"本人 "&IF(B5="","＿＿＿＿",B5)&"（工號 "&IF(E5="","＿＿＿",E5)&"）已收到公司於 "&IF(ISNUMBER(G3),${dateText("G3")},"＿＿＿＿")&" 發出的辭退通知書"&IF(B3="","","（編號 "&B3&"）")&"。"`,
      `"I, "&IF(B5="","________",B5)&" (ID "&IF(E5="","_____",E5)&"), received the company's notice of dismissal of "&IF(ISNUMBER(G3),${dateText("G3")},"________")&IF(B3="","",", no. "&B3)&"."`), "receiptText", undefined, "H26", "text"),
    label("A28", L("员工签名", "員工簽名", "Employee's signature"), "label", "B28"), { at: "C28", to: "E28", c: { t: "blank" }, style: "sign" },
    label("F28", L("签收日期", "簽收日期", "Date received"), "label"), { at: "G28", to: "H28", c: { t: "blank" }, style: "sign" },
  ],
  flags: [],
  boxes: ["A3:C3", "F3:H3", "A5:H6", "A9:H9", "A11:H11", "F12:H12", "A16:H16", "E18:H22", "A28:H28"],
  titleRows: [1, 2],
  rowHeight: 20,
  minHeights: { 9: 34, 28: 30 },
});

// ── Separation notice and handover list 离职通知单 / 移交清册 (D-1..D-6, L-3) ──────────────────
const KINDS: readonly Localized[] = [L("自请辞职", "自請辭職", "Resignation"), L("职务调动", "職務調動", "Transfer"), L("退休", "退休", "Retirement"), L("解雇", "解僱", "Dismissal"), L("其他", "其他", "Other")];
const HANDOVER_KINDS: readonly Localized[] = [L("账册文件", "賬冊文件", "Books & files"), L("技术资料图样", "技術資料圖樣", "Technical documents"), L("财物", "財物", "Property"), L("未结事项", "未結事項", "Open matters"), L("工具文具", "工具文具", "Tools & stationery"), L("其他", "其他", "Other")];
const HO_FIRST = 11;
const HO_LAST = HO_FIRST + 14;
export const separation: FormSpec = withHead({
  id: "separation", rules: ["D-1", "D-2", "D-3", "D-4", "D-5", "D-6", "L-3"], orientation: "portrait", widths: [11, 12, 13, 11, 11, 11, 10, 10],
  title: FORM_TITLES.separation,
  sheetName: L("离职通知单移交清册", "離職通知單移交清冊", "Separation & handover"),
  strings: {
    keep: L("免交还（领用满期）", "免交還（領用滿期）", "kept (issued long enough ago)"),
    give: L("须交还总务科", "須交還總務科", "return to General Affairs"),
  },
  cells: [
    ...field("A3", W.name, "B3", TEXT, "name"), ...field("C3", W.id, "D3", TEXT, "id"), ...field("E3", W.dept, "F3", TEXT, "dept"), ...field("G3", W.post, "H3", TEXT, "post"),
    ...field("A4", L("离职类别", "離職類別", "Kind"), "B4", { kind: "list", items: KINDS }, "kind"),
    ...field("C4", L("提出辞职日期", "提出辭職日期", "Resignation handed in"), "D4", DATE, "resignationDate"),
    label("E4", L("最早最后工作日（D-1）", "最早最後工作日（D-1）", "Earliest last day (D-1)"), "label", "F4"),
    formula("G4", "IF(ISNUMBER(D4),EDATE(D4,$resignation.workOnMonths),\"\")", "lastWorkDay", "date", "H4"),
    ...field("A5", L("离职日期", "離職日期", "Separation date"), "B5", DATE, "separationDate"),
    label("C5", L("移交期限（D-4）", "移交期限（D-4）", "Handover by (D-4)"), "label"),
    formula("D5", "IF(ISNUMBER(B5),B5+$separation.handoverDays,\"\")", "handoverDue", "date"),
    label("E5", L("移交完成日期", "移交完成日期", "Handover done"), "label", "F5"), input("G5", DATE, "handoverDone", "H5"),
    ...field("A6", L("工作服领用日期", "工作服領用日期", "Clothes issued"), "B6", DATE, "clothesIssued"),
    label("C6", L("工作服（D-5）", "工作服（D-5）", "Work clothes (D-5)"), "label"),
    formula("D6", "IF(AND(ISNUMBER(B6),ISNUMBER(B5)),IF(B5>EDATE(B6,12*$separation.clothesKeepAfterYears),«keep»,«give»),\"\")", "clothes", undefined, "F6"),
    label("G6", L("工具文具（消耗品免）交还", "工具文具（消耗品免）交還", "Return tools (not consumables)"), "note", "H6"),
    formula("A7", L(`"L-3 劳动合同法第37条：辞职提前 "&$law.resignationNoticeDays&" 日书面通知（试用期 "&$law.probationResignationNoticeDays&" 日）。离职证明于移交手续办妥后发给（D-6）。"`,
      `"L-3 勞動合同法第37條：辭職提前 "&$law.resignationNoticeDays&" 日書面通知（試用期 "&$law.probationResignationNoticeDays&" 日）。離職證明於移交手續辦妥後發給（D-6）。"`,
      `"L-3 Labour Contract Law art. 37: "&$law.resignationNoticeDays&" days' written notice to resign ("&$law.probationResignationNoticeDays&" in probation). The separation certificate is issued only after the handover (D-6)."`), undefined, undefined, "H7", "note"),
    formula("A9", L(`"移交清册（一式 "&$separation.handoverCopies&" 份：原单位、离职人、人事单位各一份；人事单位一份随离职通知单及工作时间卡）"`,
      `"移交清冊（一式 "&$separation.handoverCopies&" 份：原單位、離職人、人事單位各一份；人事單位一份隨離職通知單及工作時間卡）"`,
      `"Handover list ("&$separation.handoverCopies&" copies: unit, leaver, HR; HR's copy goes with the separation notice and the time card)"`), undefined, undefined, "H9", "section"),
    label("A10", W.no, "header"), label("B10", L("类别", "類別", "Kind"), "header"), label("C10", L("名称 / 内容", "名稱 / 內容", "Item"), "header", "D10"),
    label("E10", L("数量", "數量", "Qty"), "header"), label("F10", L("接收人", "接收人", "Received by"), "header"), label("G10", W.remarks, "header", "H10"),
    ...Array.from({ length: HO_LAST - HO_FIRST + 1 }, (_, i): CellSpec[] => {
      const r = HO_FIRST + i;
      return [{ at: `A${r}`, c: { t: "formula", f: String(i + 1) }, style: "label", fmt: "int" }, input(`B${r}`, { kind: "list", items: HANDOVER_KINDS }),
        input(`C${r}`, TEXT, undefined, `D${r}`), input(`E${r}`, { kind: "whole", min: 0, max: 100000 }, undefined, undefined, "int"), input(`F${r}`, TEXT), input(`G${r}`, TEXT, undefined, `H${r}`)];
    }).flat(),
    label(`A${HO_LAST + 1}`, L("合计", "合計", "Total"), "total", `D${HO_LAST + 1}`),
    formula(`E${HO_LAST + 1}`, `IF(COUNT(E${HO_FIRST}:E${HO_LAST})=0,"",SUM(E${HO_FIRST}:E${HO_LAST}))`, "totalQty", "int", undefined, "total"),
    formula(`F${HO_LAST + 1}`, L(`IF(COUNTA(C${HO_FIRST}:C${HO_LAST})=0,"",COUNTA(C${HO_FIRST}:C${HO_LAST})&" 项")`, `IF(COUNTA(C${HO_FIRST}:C${HO_LAST})=0,"",COUNTA(C${HO_FIRST}:C${HO_LAST})&" 項")`, `IF(COUNTA(C${HO_FIRST}:C${HO_LAST})=0,"",COUNTA(C${HO_FIRST}:C${HO_LAST})&" items")`), "itemCount", undefined, `H${HO_LAST + 1}`, "total"),
  ],
  signOff: { row: HO_LAST + 3, roles: [
    role("移交人（D-3）", "移交人（D-3）", "Leaver (D-3)"),
    role("接收人", "接收人", "Receiver"),
    role("监交人", "監交人", "Witness"),
    role("人事单位", "人事單位", "HR"),
  ] },
  flags: [
    { range: "G5", f: "AND(ISNUMBER(G5),ISNUMBER(D5),G5>D5)", style: "flag", means: "overdue" },
    { range: "D6", f: "D6=«give»", style: "warn", means: "limit" },
  ],
  boxes: ["A3:H6", `A10:H${HO_LAST + 1}`],
  titleRows: [1, 2],
});

// ── Complaint handling form 客户投诉处理表 (K-4..K-7) ─────────────────────────────────────────
export const complaint: FormSpec = withHead({
  id: "complaint", rules: ["K-4", "K-5", "K-6", "K-7"], orientation: "portrait", widths: [13, 12, 13, 11, 9, 13, 10, 8],
  title: FORM_TITLES.complaint,
  sheetName: L("客户投诉处理表", "客戶投訴處理表", "Complaint form"),
  strings: {
    sm: appr("salesManager"), vp: appr("vicePresident"), gm: appr("generalManager"),
    overdue: L("逾期", "逾期", "overdue"), onTime: L("按期", "按期", "on time"),
  },
  cells: [
    ...field("A3", L("编号", "編號", "No."), "B3", TEXT, "caseNo"), ...field("C3", L("客户名称", "客戶名稱", "Customer"), "D3", TEXT, "customer", "E3"),
    ...field("F3", L("受理日期", "受理日期", "Accepted"), "G3", DATE, "accepted", "H3"),
    ...field("A4", L("订单编号", "訂單編號", "Order no."), "B4", TEXT, "order"), ...field("C4", L("批号", "批號", "Batch"), "D4", TEXT, "batch", "E4"),
    ...field("F4", L("交运日期", "交運日期", "Shipped"), "G4", DATE, "shipped", "H4"),
    ...field("A5", L("产品规格", "產品規格", "Product"), "B5", TEXT, "product"), ...field("C5", L("不良数量", "不良數量", "Defective qty"), "D5", { kind: "whole", min: 0, max: 10000000 }, "defects", "E5"),
    ...field("F5", L("投诉类别（K-4）", "投訴類別（K-4）", "Kind (K-4)"), "G5", { kind: "list", items: [L("质量异常", "品質異常", "Quality"), L("非质量异常", "非品質異常", "Non-quality")] }, "kind", "H5"),
    ...field("A6", L("客户要求", "客戶要求", "Customer asks"), "B6", TEXT, "asks", "H6"),
    label("A7", L("投诉内容", "投訴內容", "Complaint"), "label", "A8"), input("B7", TEXT, "content", "H8"),
    label("A9", L("调查报告期限", "調查報告期限", "Report by"), "label"), formula("B9", "IF(ISNUMBER(G3),G3+$complaint.reportDays,\"\")", "reportDue", "date"),
    label("C9", L("结案期限（K-5）", "結案期限（K-5）", "Close by (K-5)"), "label"), formula("D9", "IF(ISNUMBER(G3),G3+$complaint.closeDays,\"\")", "closeDue", "date", "E9"),
    label("F9", L("实际结案日期", "實際結案日期", "Closed on"), "label"), input("G9", DATE, "closed"),
    formula("H9", "IF(AND(ISNUMBER(G9),ISNUMBER(D9)),IF(G9>D9,«overdue»,«onTime»),\"\")", "closeStatus"),
    label("A10", L("原因分析", "原因分析", "Cause"), "label", "A11"), input("B10", TEXT, "cause", "H11"),
    ...field("A12", L("处理方式", "處理方式", "Settlement"), "B12", { kind: "list", items: [L("折扣", "折扣", "Discount"), L("赔款", "賠款", "Compensation"), L("退货", "退貨", "Return"), L("重处理", "重處理", "Rework"), L("其他", "其他", "Other")] }, "settlement", "C12"),
    ...field("D12", L("责任部门", "責任部門", "Responsible unit"), "E12", TEXT, "unit", "F12"),
    ...field("G12", L("个人处分", "個人處分", "Punishment"), "H12", TEXT, "punishment"),
    label("A13", L("投诉金额（元）", "投訴金額（元）", "Amount (yuan)"), "label"), input("B13", MONEY, "amount", "C13", "money"),
    label("D13", L("核决权限（K-6）", "核決權限（K-6）", "Approved by (K-6)"), "label", "E13"),
    formula("F13", "IF(ISNUMBER(B13),IF(B13<=$complaint.managerMaxAmount,«sm»,IF(B13>=$complaint.generalManagerMinAmount,«gm»,«vp»)),\"\")", "approver", undefined, "H13"),
    formula("A14", L(`"核决权限：≤ "&$complaint.managerMaxAmount&" 元 销售部门经理；> "&$complaint.managerMaxAmount&" 且 < "&$complaint.generalManagerMinAmount&" 元 副总经理；≥ "&$complaint.generalManagerMinAmount&" 元 总经理。调查报告于受理后 "&$complaint.reportDays&" 日内提出，"&$complaint.closeDays&" 日内结案；处分于每月 "&$complaint.reviewByDay&" 日前审视（K-7）。"`,
      `"核決權限：≤ "&$complaint.managerMaxAmount&" 元 銷售部門經理；> "&$complaint.managerMaxAmount&" 且 < "&$complaint.generalManagerMinAmount&" 元 副總經理；≥ "&$complaint.generalManagerMinAmount&" 元 總經理。調查報告於受理後 "&$complaint.reportDays&" 日內提出，"&$complaint.closeDays&" 日內結案；處分於每月 "&$complaint.reviewByDay&" 日前審視（K-7）。"`,
      `"Approval: ≤ "&$complaint.managerMaxAmount&" sales department manager; > "&$complaint.managerMaxAmount&" and < "&$complaint.generalManagerMinAmount&" vice-president; ≥ "&$complaint.generalManagerMinAmount&" general manager. Report within "&$complaint.reportDays&" days, close within "&$complaint.closeDays&" days; punishments reviewed by day "&$complaint.reviewByDay&" of each month (K-7)."`),
      undefined, undefined, "H14", "note"),
  ],
  signOff: { row: 16, roles: [
    role("受理（客户服务部）", "受理（客戶服務部）", "Accepted (customer service)"),
    role("调查（责任部门）", "調查（責任部門）", "Investigated (responsible unit)"),
    role("会签（营销部）", "會簽（營銷部）", "Countersigned (sales)"),
    role("核决（按金额，K-6）", "核決（按金額，K-6）", "Approved (by amount, K-6)"),
  ] },
  flags: [
    { range: "H9", f: "H9=«overdue»", style: "flag", means: "overdue" },
    { range: "F13", f: "F13=«gm»", style: "warn", means: "limit" },
  ],
  boxes: ["A3:H13"],
  titleRows: [1, 2],
});

// ── Customer opinion survey 客户意见调查表 (K-3) ────────────────────────────────────────────
const SURVEY_ITEMS: readonly Localized[] = [L("服务态度", "服務態度", "Attitude"), L("服务技术", "服務技術", "Technique"), L("到达时间", "到達時間", "Arrival time"), L("答应事项的办理", "答應事項的辦理", "Keeping promises")];
export const survey: FormSpec = withHead({
  id: "survey", rules: ["K-3"], orientation: "portrait", widths: [...WIDE],
  title: FORM_TITLES.survey,
  sheetName: L("客户意见调查表", "客戶意見調查表", "Customer survey"),
  strings: {},
  cells: [
    ...field("A3", L("客户名称", "客戶名稱", "Customer"), "B3", TEXT, "customer", "D3"), ...field("E3", L("服务日期", "服務日期", "Service date"), "F3", DATE, "serviceDate"),
    ...field("G3", L("服务单号", "服務單號", "Job no."), "H3", TEXT, "jobNo"),
    ...field("A4", L("服务人员", "服務人員", "Serviceman"), "B4", TEXT, "serviceman", "D4"), ...field("E4", L("电话", "電話", "Phone"), "F4", TEXT, "phone", "H4"),
    label("A6", L("项目", "項目", "Item"), "header", "C6"), label("D6", L("评价（非常满意 / 满意 / 一般 / 较差）", "評價（非常滿意 / 滿意 / 一般 / 較差）", "Rating (very satisfied / satisfied / average / poor)"), "header", "G6"),
    label("H6", L("得分", "得分", "Score"), "header"),
    ...SURVEY_ITEMS.flatMap((it, i): CellSpec[] => {
      const r = 7 + i;
      return [label(`A${r}`, it, "label", `C${r}`), input(`D${r}`, { kind: "listName", name: "KH_survey_words_{lang}" }, `rating${i + 1}`, `G${r}`),
        formula(`H${r}`, perLang((l) => `IF(D${r}="","",INDEX(${TABLE_NAMES.surveyScores},MATCH(D${r},${TABLE_NAMES.surveyWords(l)},0)))`), `score${i + 1}`, "int")];
    }),
    label("A11", L("平均分（K-3，计入服务人员月度考核）", "平均分（K-3，計入服務人員月度考核）", "Average (K-3; feeds the monthly evaluation)"), "total", "G11"),
    formula("H11", "IF(COUNT(H7:H10)=0,\"\",ROUND(AVERAGE(H7:H10),9))", "average", "score", undefined, "total"),
    label("A13", L("建议或抱怨", "建議或抱怨", "Suggestions or complaints"), "section", "H13"),
    input("A14", TEXT, "remarks", "H17"),
    label("A18", L("特别严重的抱怨即呈副总经理处理，并将处理情况函告客户。", "特別嚴重的抱怨即呈副總經理處理，並將處理情況函告客戶。", "Serious complaints go to the vice-president at once; the customer is told the outcome in writing."), "note", "H18"),
  ],
  signOff: { row: 20, roles: [
    role("客户", "客戶", "Customer"),
    role("客户服务部", "客戶服務部", "Customer service"),
    role("部门经理", "部門經理", "Manager"),
  ] },
  flags: [
    { range: "H7:H10", f: "AND(ISNUMBER(H7),H7<=MIN(KH_survey_scores))", style: "flag", means: "limit" },
    { range: "H11", f: "AND(ISNUMBER(H11),H11<INDEX(KH_survey_scores,2))", style: "warn", means: "limit" },
  ],
  boxes: ["A3:H4", "A6:H11"],
  titleRows: [1, 2],
});
