/**
 * The forms as a list shows them: each form's title and which forms have a row per
 * employee. Apart from the specs (./specs, with their layout and the writers), so a list
 * of forms — the task pane's Forms area — loads without them; the specs take their
 * titles from here.
 */
import { L } from "../rules";
import type { FormId, Lang, Localized } from "./types";

export type DocumentFormId = Exclude<FormId, "policy">;

/** Every form's title (the heading of its sheet; the policy sheet's: 规则 / 規則 / Policy). */
export const FORM_TITLES: Readonly<Record<FormId, Localized>> = {
  weeklyReport: L("周工作汇报表", "週工作匯報表", "Weekly work report"),
  visitRecord: L("客户拜访纪实", "客戶拜訪紀實", "Customer visit record"),
  salesMonthly: L("业务员月度考核表", "業務員月度考核表", "Salesperson monthly evaluation"),
  regionalMonthly: L("区域经理月度考核表", "區域經理月度考核表", "Regional manager monthly evaluation"),
  fieldMonthly: L("现场服务代表月度考核表", "現場服務代表月度考核表", "Field service representative monthly evaluation"),
  csMonthly: L("客服人员月度考核与排名表", "客服人員月度考核與排名表", "Customer service monthly evaluation and ranking"),
  csPay: L("售后在线客服薪酬表", "售後線上客服薪酬表", "After-sales online service pay sheet"),
  annualSummary: L("年度考核汇总表（12 个月）", "年度考核彙總表（12 個月）", "Annual evaluation summary (12 months)"),
  overtimeLog: L("加班登记表", "加班登記表", "Overtime log"),
  dismissalReview: L("员工辞退审核表", "員工辭退審核表", "Dismissal review"),
  dismissalNotice: L("辞退通知书", "辭退通知書", "Notice of dismissal"),
  separation: L("员工离职通知单 / 移交清册", "員工離職通知單 / 移交清冊", "Separation notice and handover list"),
  complaint: L("客户投诉处理表", "客戶投訴處理表", "Complaint handling form"),
  survey: L("客户意见调查表", "客戶意見調查表", "Customer opinion survey"),
  serviceRegister: L("服务登记簿", "服務登記簿", "Service register"),
  policy: L("规则", "規則", "Policy"),
};

/** Forms with a row per employee (N employees). */
export const ROSTER_FORMS: readonly DocumentFormId[] = ["salesMonthly", "regionalMonthly", "fieldMonthly", "csMonthly", "csPay", "annualSummary"];
/** Forms whose rows are filled in one by one (registers): also tables, blank rows blank. */
export const REGISTER_FORMS: readonly DocumentFormId[] = ["visitRecord", "serviceRegister"];

export function formTitle(id: FormId, lang: Lang): string {
  return FORM_TITLES[id][lang];
}
