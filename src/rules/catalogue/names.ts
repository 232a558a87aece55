/**
 * The functions' localized Excel names (without the HR. namespace), by function id:
 * functions.zh-CN.json / functions.zh-TW.json register them, and the help pages and the
 * task pane show them. Kept apart from the catalogue: Excel calls a function by its id,
 * so the functions runtime does not carry the names (webpack.config.js, CHUNKS).
 */
import { L, type Localized } from "../types";

export const FUNCTION_NAMES: Readonly<Record<string, Localized>> = {
  SALESPAY: L("销售工资", "銷售薪資", "SALESPAY"),
  ATTENDANCESCORE: L("出勤得分", "出勤得分", "ATTENDANCESCORE"),
  MONTHLYSCORE: L("月度得分", "月度得分", "MONTHLYSCORE"),
  ANNUALSCORE: L("年度得分", "年度得分", "ANNUALSCORE"),
  SALESREPSCORE: L("业务员日常得分", "業務員日常得分", "SALESREPSCORE"),
  REGIONALSCORE: L("区域经理日常得分", "區域經理日常得分", "REGIONALSCORE"),
  FIELDREPSCORE: L("服务代表得分", "服務代表得分", "FIELDREPSCORE"),
  PERFPAY: L("绩效工资", "績效薪資", "PERFPAY"),
  CSPAY: L("客服工资", "客服薪資", "CSPAY"),
  REVIEWSCORE: L("考评得分", "考評得分", "REVIEWSCORE"),
  RANKBONUS: L("排名奖罚", "排名獎懲", "RANKBONUS"),
  RANKCHECK: L("排名提示", "排名提示", "RANKCHECK"),
  INDICATORMET: L("指标达成", "指標達成", "INDICATORMET"),
  NOTICEDAYS: L("辞退预告天数", "辭退預告天數", "NOTICEDAYS"),
  LASTWORKDAY: L("最后工作日", "最後工作日", "LASTWORKDAY"),
  HANDOVERDUE: L("移交期限", "移交期限", "HANDOVERDUE"),
  APPEALDEADLINE: L("申诉期限", "申訴期限", "APPEALDEADLINE"),
  COMPLAINTDUE: L("投诉处理期限", "投訴處理期限", "COMPLAINTDUE"),
  APPROVER: L("投诉核决人", "投訴核決人", "APPROVER"),
  OVERTIMEHOURS: L("加班小时", "加班時數", "OVERTIMEHOURS"),
  OVERTIMECHECK: L("加班检查", "加班檢查", "OVERTIMECHECK"),
  DISMISSALCHECK: L("辞退检查", "辭退檢查", "DISMISSALCHECK"),
  PROMOTIONELIGIBLE: L("可否晋升", "可否晉升", "PROMOTIONELIGIBLE"),
  SURVEYSCORE: L("满意度得分", "滿意度得分", "SURVEYSCORE"),
  PROBATIONCHECK: L("试用期检查", "試用期檢查", "PROBATIONCHECK"),
  PAYFLOORCHECK: L("扣款检查", "扣款檢查", "PAYFLOORCHECK"),
};
