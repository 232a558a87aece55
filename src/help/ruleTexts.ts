/**
 * The words of each rule the worksheet functions cite (RULEBOOK.md), short, in
 * zh-CN, zh-TW and en, for the generated help pages only: never imported by the
 * functions, the task pane or the rules core, so no bundle carries them.
 *
 * Figures are templates over the policy ("{attendance.pointsPerDay}",
 * "{monthly.dailyWeight|%}", see fillTemplate), so a page shows the policy's
 * numbers and no number is written twice (P-1). Bands and tables (notice
 * days, probation caps, field-service items) are shown in the page's policy
 * section instead.
 */
import { L, type Localized, type RuleId } from "../rules";

export const RULE_TEXTS: Readonly<Record<RuleId, Localized>> = {
  "A-1": L(
    "标准工作日 {workTime.standardDayHours} 小时；一天中超过 {workTime.standardDayHours} 小时的部分为加班。",
    "標準工作日 {workTime.standardDayHours} 小時；一天中超過 {workTime.standardDayHours} 小時的部分為加班。",
    "A standard day is {workTime.standardDayHours} hours; hours beyond {workTime.standardDayHours} in a day are overtime."),
  "A-2": L(
    "一般延长：一天总工时最多 {workTime.ordinaryMaxDayHours} 小时。",
    "一般延長：一天總工時最多 {workTime.ordinaryMaxDayHours} 小時。",
    "Ordinary extension: a day may run to {workTime.ordinaryMaxDayHours} hours in total."),
  "A-3": L(
    "特殊延长（天灾、季节等）：一天总工时最多 {workTime.exceptionalMaxDayHours} 小时，绝不超过；一个月加班合计最多 {workTime.monthlyOvertimeCapHours} 小时。",
    "特殊延長（天災、季節等）：一天總工時最多 {workTime.exceptionalMaxDayHours} 小時，絕不超過；一個月加班合計最多 {workTime.monthlyOvertimeCapHours} 小時。",
    "Exceptional extension (disaster, season): a day may run to {workTime.exceptionalMaxDayHours} hours in total, never more; overtime in a month totals at most {workTime.monthlyOvertimeCapHours} hours."),
  "A-4": L(
    "任意连续七天最多 {workTime.weekHours} 小时；轮班部门每 {workTime.restWindowDays} 天给予 {workTime.restDaysPerWindow} 天休息。",
    "任意連續七天最多 {workTime.weekHours} 小時；輪班部門每 {workTime.restWindowDays} 天給予 {workTime.restDaysPerWindow} 天休息。",
    "At most {workTime.weekHours} hours in any seven days; a rotating department gives {workTime.restDaysPerWindow} rest day(s) in every {workTime.restWindowDays} days."),
  "B-6": L(
    "当年有未抵消的处分者，次年不得晋升。",
    "當年有未抵消的處分者，次年不得晉升。",
    "An employee with a punishment not offset in the year cannot be promoted the following year."),
  "C-1": L(
    "辞退条件中可以计数的几项由本产品自动检查（C-1.1、C-1.2、C-1.16、C-1.19）；其余各项列在辞退通知书上供勾选。",
    "辭退條件中可以計數的幾項由本產品自動檢查（C-1.1、C-1.2、C-1.16、C-1.19）；其餘各項列在辭退通知書上供勾選。",
    "Of the grounds for dismissal, the countable ones are checked automatically (C-1.1, C-1.2, C-1.16, C-1.19); the others are tick boxes on the dismissal notice."),
  "C-1.1": L(
    "一年内记过达到 {dismissal.demeritsPerYear} 次。",
    "一年內記過達到 {dismissal.demeritsPerYear} 次。",
    "{dismissal.demeritsPerYear} demerits (記過) within one year."),
  "C-1.2": L(
    "连续旷工 {dismissal.consecutiveAbsenceDays} 天，或一年内旷工累计超过 {dismissal.absentDaysPerYearMax} 天。",
    "連續曠工 {dismissal.consecutiveAbsenceDays} 天，或一年內曠工累計超過 {dismissal.absentDaysPerYearMax} 天。",
    "Absent without leave {dismissal.consecutiveAbsenceDays} consecutive days, or more than {dismissal.absentDaysPerYearMax} days in a year."),
  "C-1.16": L(
    "年终考核不合格，经试用后仍不合格。",
    "年終考核不合格，經試用後仍不合格。",
    "Failing the year-end evaluation, and failing again after a trial period."),
  "C-1.19": L(
    "试用期内被证明不符合录用条件。",
    "試用期內被證明不符合錄用條件。",
    "Found unfit during probation."),
  "C-2": L(
    "辞退前的预告天数按连续工作的整月数（DATEDIF 按月）分档，各档见下方“规则数值”。决定：不满首档为 0 天（试用期档）。",
    "辭退前的預告天數按連續工作的整月數（DATEDIF 按月）分檔，各檔見下方「規則數值」。決定：未滿首檔為 0 天（試用期檔）。",
    "Notice before dismissal goes by whole months of continuous service (DATEDIF in months), in the bands listed under Policy values below. Decision: none below the first band (the probation band)."),
  "C-3": L(
    "被辞退员工可在收到辞退证明后 {dismissal.appealDays} 天内申请劳动仲裁。",
    "被辭退員工可在收到辭退證明後 {dismissal.appealDays} 天內申請勞動仲裁。",
    "A dismissed employee may appeal to labour arbitration within {dismissal.appealDays} days of receiving the dismissal certificate."),
  "D-1": L(
    "提出辞职后须继续工作 {resignation.workOnMonths} 个月：最早的最后工作日 = 提出日 + {resignation.workOnMonths} 个日历月（EDATE）。",
    "提出辭職後須繼續工作 {resignation.workOnMonths} 個月：最早的最後工作日 = 提出日 + {resignation.workOnMonths} 個日曆月（EDATE）。",
    "After handing in a resignation the employee works on {resignation.workOnMonths} month(s): earliest last day = submission date + {resignation.workOnMonths} calendar month(s) (EDATE)."),
  "D-4": L(
    "移交手续在 {separation.handoverDays} 天内完成。决定：按日历日计。",
    "移交手續在 {separation.handoverDays} 天內完成。決定：按日曆日計。",
    "The handover is done within {separation.handoverDays} days. Decision: calendar days."),
  "E-1": L(
    "月薪 = 当月成交总额 × {csPay.commissionRate|‰} + 售后指标奖金 + 底薪。",
    "月薪 = 當月成交總額 × {csPay.commissionRate|‰} + 售後指標獎金 + 底薪。",
    "Monthly pay = the month's closed order total × {csPay.commissionRate|‰} + after-sales indicator bonus + base salary."),
  "E-2": L(
    "指标：退款率、退款时长、纠纷、DSR 评分、内部投诉；任一指标未达目标，指标奖金全部为 0。决定：来源未给目标值，未设目标的指标显示“未设目标”。",
    "指標：退款率、退款時長、糾紛、DSR 評分、內部投訴；任一指標未達目標，指標獎金全部為 0。決定：來源未給目標值，未設目標的指標顯示「未設目標」。",
    "Indicators: refund rate, refund duration, disputes, DSR score, internal complaints; if any one misses its target the whole indicator bonus is 0. Decision: the source gives no targets, so an indicator without one shows \"target not set\"."),
  "F-1": L(
    "按月考核；年度得分 = {annual.months} 个月得分之和 ÷ {annual.months}。决定：空白月份为错误，除非按比例计算（取已填月份的平均，用于年中入职者）。",
    "按月考核；年度得分 = {annual.months} 個月得分之和 ÷ {annual.months}。決定：空白月份為錯誤，除非按比例計算（取已填月份的平均，用於年中到職者）。",
    "Evaluated monthly; annual score = sum of the {annual.months} monthly scores ÷ {annual.months}. Decision: a blank month is an error unless pro-rating is asked for (the mean of the months present, for people hired mid-year)."),
  "F-3": L(
    "月度得分 = 日常工作得分 × {monthly.dailyWeight|%} + 出勤得分 × {monthly.attendanceWeight|%}。",
    "月度得分 = 日常工作得分 × {monthly.dailyWeight|%} + 出勤得分 × {monthly.attendanceWeight|%}。",
    "Monthly score = daily-work score × {monthly.dailyWeight|%} + attendance score × {monthly.attendanceWeight|%}."),
  "F-4": L(
    "出勤得分：满勤 {score.full} 分，每缺勤 1 天扣 {attendance.pointsPerDay} 分，半天按一天计。决定：每次缺勤单独向上取整为整天，最低 0 分。",
    "出勤得分：滿勤 {score.full} 分，每缺勤 1 天扣 {attendance.pointsPerDay} 分，半天按一天計。決定：每次缺勤單獨向上取整為整天，最低 0 分。",
    "Attendance score: {score.full} for a full month, {attendance.pointsPerDay} points off per day absent, a half day counts as a day. Decision: each absence rounds up to whole days on its own; never below 0."),
  "F-5": L(
    "区域经理日常工作 {score.full} 分：月报（工作总结 {regional.summary}、工作计划 {regional.plan}、市场建议 {regional.proposal}）、审阅业务员周报 {regional.review}、每月至少 {regional.trainingPerMonth} 次培训并有记录 {regional.training}、每月 {regional.reportDueDay} 日前交月报 {regional.reportOnTime}、区域业务员管理 {regional.region}。",
    "區域經理日常工作 {score.full} 分：月報（工作總結 {regional.summary}、工作計劃 {regional.plan}、市場建議 {regional.proposal}）、審閱業務員週報 {regional.review}、每月至少 {regional.trainingPerMonth} 次培訓並有記錄 {regional.training}、每月 {regional.reportDueDay} 日前交月報 {regional.reportOnTime}、區域業務員管理 {regional.region}。",
    "Regional manager's daily work, {score.full} points: monthly report (summary {regional.summary}, plan {regional.plan}, market proposal {regional.proposal}), review of salespeople's weekly reports {regional.review}, training at least {regional.trainingPerMonth} a month with records {regional.training}, monthly report before day {regional.reportDueDay} {regional.reportOnTime}, the region's salespeople {regional.region}."),
  "F-6": L(
    "业务员日常工作 {score.full} 分：经销商管理 {salesRep.dealer}（每项失误扣 {salesRep.dealerPerFault}）；周报迟交、潦草或难以辨认则周报部分全部为 0，否则上周总结 {salesRep.weeklySummary}、下周计划 {salesRep.weeklyPlan}、重点客户拜访 {salesRep.weeklyVisits}（每周至少 {salesRep.visitsPerWeek} 次，每缺一条扣 {salesRep.visitPerMissing}，缺 {salesRep.visitMissingZeroAt} 条以上为 0）、拜访记录 {salesRep.weeklyRecords}；市场信息反馈 {salesRep.market}、产品质量反馈 {salesRep.quality}；广告计划 {salesRep.advertising}、促销计划 {salesRep.promotionPlan}、促销评估 {salesRep.promotionEval}（每次失误扣 {salesRep.planPerFault}）；公车使用 {salesRep.vehicle}（违反即为 0）。",
    "業務員日常工作 {score.full} 分：經銷商管理 {salesRep.dealer}（每項失誤扣 {salesRep.dealerPerFault}）；週報遲交、潦草或難以辨認則週報部分全部為 0，否則上週總結 {salesRep.weeklySummary}、下週計劃 {salesRep.weeklyPlan}、重點客戶拜訪 {salesRep.weeklyVisits}（每週至少 {salesRep.visitsPerWeek} 次，每缺一條扣 {salesRep.visitPerMissing}，缺 {salesRep.visitMissingZeroAt} 條以上為 0）、拜訪記錄 {salesRep.weeklyRecords}；市場資訊回饋 {salesRep.market}、產品品質回饋 {salesRep.quality}；廣告計劃 {salesRep.advertising}、促銷計劃 {salesRep.promotionPlan}、促銷評估 {salesRep.promotionEval}（每次失誤扣 {salesRep.planPerFault}）；公車使用 {salesRep.vehicle}（違反即為 0）。",
    "Salesperson's daily work, {score.full} points: dealer management {salesRep.dealer} ({salesRep.dealerPerFault} off per fault); a weekly report that is late, careless or illegible loses the whole weekly part, otherwise last-week summary {salesRep.weeklySummary}, next-week plan {salesRep.weeklyPlan}, key-account visits {salesRep.weeklyVisits} (at least {salesRep.visitsPerWeek} a week, {salesRep.visitPerMissing} off per missing entry, 0 from {salesRep.visitMissingZeroAt} missing), visit records {salesRep.weeklyRecords}; market feedback {salesRep.market}, quality feedback {salesRep.quality}; advertising plan {salesRep.advertising}, promotion plan {salesRep.promotionPlan}, promotion evaluation {salesRep.promotionEval} ({salesRep.planPerFault} off per fault); pool-vehicle rules {salesRep.vehicle} (any breach: 0)."),
  "F-7": L(
    "连续未交：同一项上月也未交时，该项扣分乘以 {repeat.multiplier}（决定）；每项最低 0 分。",
    "連續未交：同一項上月也未交時，該項扣分乘以 {repeat.multiplier}（決定）；每項最低 0 分。",
    "Repeated non-submission: when the same item was also missed the month before, its deduction is multiplied by {repeat.multiplier} (Decision); an item never goes below 0."),
  "F-8": L(
    "任何一项都不低于 0 分，也不高于该项满分。",
    "任何一項都不低於 0 分，也不高於該項滿分。",
    "No item ever scores below 0 or above its maximum."),
  "F-10": L(
    "月薪 = 基本工资 + 计划工资 + 日常工作工资 + 超计划奖金；基本工资 = 工资总额 × {salesPay.baseShare|%}；计划工资 = 工资总额 × {salesPay.planShare|%} × 计划完成率；日常工作工资 = 工资总额 × {salesPay.dailyShare|%} × 日常得分 ÷ {score.full}。决定：计划工资中的完成率最多按 {salesPay.completionCap|%} 计，超出部分由超计划奖金奖励。",
    "月薪 = 基本工資 + 計劃工資 + 日常工作工資 + 超計劃獎金；基本工資 = 工資總額 × {salesPay.baseShare|%}；計劃工資 = 工資總額 × {salesPay.planShare|%} × 計劃完成率；日常工作工資 = 工資總額 × {salesPay.dailyShare|%} × 日常得分 ÷ {score.full}。決定：計劃工資中的完成率最多按 {salesPay.completionCap|%} 計，超出部分由超計劃獎金獎勵。",
    "Monthly pay = base + plan pay + daily-work pay + over-plan bonus, where base = total pay × {salesPay.baseShare|%}; plan pay = total pay × {salesPay.planShare|%} × completion rate; daily-work pay = total pay × {salesPay.dailyShare|%} × daily score ÷ {score.full}. Decision: the completion rate counts up to {salesPay.completionCap|%} in plan pay; the excess is rewarded by the over-plan bonus."),
  G: L(
    "驻外服务代表 {score.full} 分：第 1、2、3、4a、4b、5、6、7、8、9 项各有满分和各情形的扣分范围（见下方“规则数值”的 fieldRep.items）；扣分不在范围内为输入错误；同一项的扣分累加，但不低于 0。",
    "駐外服務代表 {score.full} 分：第 1、2、3、4a、4b、5、6、7、8、9 項各有滿分和各情形的扣分範圍（見下方「規則數值」的 fieldRep.items）；扣分不在範圍內為輸入錯誤；同一項的扣分累加，但不低於 0。",
    "Field service representative, {score.full} points: items 1, 2, 3, 4a, 4b, 5, 6, 7, 8 and 9 each have a maximum and a deduction band per case (fieldRep.items under Policy values below); a deduction outside its band is an input error; deductions add up within an item but never below 0."),
  "G-1": L(
    "第 1–9 项合计 {score.full} 分。决定：第 10 项（特别项）为纯扣分：发现 1 次虚报索赔扣 {fieldRep.falsifiedOne} 分，{fieldRep.falsifiedManyFrom} 次以上扣 {fieldRep.falsifiedMany} 分并建议调岗；总分不低于 0。",
    "第 1–9 項合計 {score.full} 分。決定：第 10 項（特別項）為純扣分：發現 1 次虛報索賠扣 {fieldRep.falsifiedOne} 分，{fieldRep.falsifiedManyFrom} 次以上扣 {fieldRep.falsifiedMany} 分並建議調崗；總分不低於 0。",
    "Items 1–9 sum to {score.full}. Decision: item 10 (special) is a pure deduction: one falsified claim found takes {fieldRep.falsifiedOne} off; {fieldRep.falsifiedManyFrom} or more take {fieldRep.falsifiedMany} off and flag the person for transfer; the total never goes below 0."),
  "G-2": L(
    "月度得分同 F-3：日常工作得分的权重为 {monthly.dailyWeight|%}。",
    "月度得分同 F-3：日常工作得分的權重為 {monthly.dailyWeight|%}。",
    "The monthly score is as in F-3: the daily-work score carries {monthly.dailyWeight|%}."),
  "H-3": L(
    "考评得分 = 自评 × {review.selfWeight|%} + 店长评分 × {review.managerWeight|%}。",
    "考評得分 = 自評 × {review.selfWeight|%} + 店長評分 × {review.managerWeight|%}。",
    "Review score = self-review × {review.selfWeight|%} + store manager × {review.managerWeight|%}."),
  "H-4": L(
    "月度排名：第一名奖励 {ranking.firstBonus} 元，最后一名从提成中扣 {ranking.lastPenalty} 元；后 {ranking.improvementBottom} 名须在通知后 {ranking.improvementDays} 天内提交改进计划；连续 {ranking.transferAfterMonths} 个月最后一名考虑调岗。决定：并列者同名次；一人一组或全部并列时不奖不罚。",
    "月度排名：第一名獎勵 {ranking.firstBonus} 元，最後一名從提成中扣 {ranking.lastPenalty} 元；後 {ranking.improvementBottom} 名須在通知後 {ranking.improvementDays} 天內提交改進計劃；連續 {ranking.transferAfterMonths} 個月最後一名考慮調崗。決定：並列者同名次；一人一組或全部並列時不獎不懲。",
    "Monthly ranking: first place +{ranking.firstBonus} (yuan), last place −{ranking.lastPenalty} from commission; the bottom {ranking.improvementBottom} submit an improvement plan within {ranking.improvementDays} days of the notice; last place {ranking.transferAfterMonths} months in a row is considered for transfer. Decision: ties share the place; a group of one, or one where everyone ties, gets neither."),
  "H-5": L(
    "绩效工资 = 绩效基数 × 得分 ÷ {score.full}；得分不满 {perfPay.passScore} 分者保留固定底薪，但绩效工资扣减 {perfPay.failCut|%}。",
    "績效工資 = 績效基數 × 得分 ÷ {score.full}；得分未滿 {perfPay.passScore} 分者保留固定底薪，但績效工資扣減 {perfPay.failCut|%}。",
    "Performance pay = performance base × score ÷ {score.full}; a score under {perfPay.passScore} keeps the fixed base salary but loses {perfPay.failCut|%} of the performance pay."),
  "K-3": L(
    "客户意见调查按服务态度、技术、到达时间、守约四方面评价，每方面四级：非常满意 / 满意 / 一般 / 较差。决定：分别计 {survey.levelScores} 分后取平均。",
    "客戶意見調查按服務態度、技術、到達時間、守約四方面評價，每方面四級：非常滿意 / 滿意 / 一般 / 較差。決定：分別計 {survey.levelScores} 分後取平均。",
    "The customer survey rates attitude, technique, arrival time and keeping promises on four levels: very satisfied / satisfied / average / poor. Decision: scored {survey.levelScores} and averaged."),
  "K-5": L(
    "调查报告在 {complaint.reportDays} 天内完成；投诉自受理起 {complaint.closeDays} 天内结案。决定：按日历日计。",
    "調查報告在 {complaint.reportDays} 天內完成；投訴自受理起 {complaint.closeDays} 天內結案。決定：按日曆日計。",
    "The investigation report is due within {complaint.reportDays} days; a complaint is closed within {complaint.closeDays} days of acceptance. Decision: calendar days."),
  "K-6": L(
    "投诉赔偿的核决人：{complaint.managerMaxAmount} 元以下（含）为销售部门经理；超过 {complaint.managerMaxAmount} 元、不满 {complaint.generalManagerMinAmount} 元为副总经理；{complaint.generalManagerMinAmount} 元以上（含）为总经理。",
    "投訴賠償的核決人：{complaint.managerMaxAmount} 元以下（含）為銷售部門經理；超過 {complaint.managerMaxAmount} 元、未滿 {complaint.generalManagerMinAmount} 元為副總經理；{complaint.generalManagerMinAmount} 元以上（含）為總經理。",
    "Who approves a complaint settlement: {complaint.managerMaxAmount} or less, the sales department manager; more than {complaint.managerMaxAmount} and less than {complaint.generalManagerMinAmount}, the vice-president; {complaint.generalManagerMinAmount} or more, the general manager."),
  "L-1": L(
    "劳动法第41条：延长工作时间一般每日不超过 {law.overtimeNormalDayHours} 小时，最多每日 {law.overtimeDayCapHours} 小时、每月 {law.overtimeMonthCapHours} 小时。超过硬上限时提示。",
    "勞動法第41條：延長工作時間一般每日不超過 {law.overtimeNormalDayHours} 小時，最多每日 {law.overtimeDayCapHours} 小時、每月 {law.overtimeMonthCapHours} 小時。超過硬上限時提示。",
    "Labour Law art. 41: overtime is normally at most {law.overtimeNormalDayHours} hour(s) a day, never more than {law.overtimeDayCapHours} hours a day and {law.overtimeMonthCapHours} hours a month. A warning shows above the hard caps."),
  "L-2": L(
    "劳动合同法第40条：提前 {law.dismissalNoticeDays} 日书面通知，或额外支付一个月工资；公司预告期更短时提示。",
    "勞動合同法第40條：提前 {law.dismissalNoticeDays} 日書面通知，或額外支付一個月工資；公司預告期更短時提示。",
    "Labour Contract Law art. 40: {law.dismissalNoticeDays} days' written notice or a month's pay in lieu; a shorter company notice shows a warning."),
  "L-3": L(
    "劳动合同法第37条：辞职须提前 {law.resignationNoticeDays} 日通知（试用期内 {law.probationResignationNoticeDays} 日）。",
    "勞動合同法第37條：辭職須提前 {law.resignationNoticeDays} 日通知（試用期內 {law.probationResignationNoticeDays} 日）。",
    "Labour Contract Law art. 37: a resignation needs {law.resignationNoticeDays} days' notice ({law.probationResignationNoticeDays} in probation)."),
  "L-4": L(
    "劳动合同法第19条：试用期上限按合同期限分档（见下方“规则数值”）；超过时提示。",
    "勞動合同法第19條：試用期上限按合同期限分檔（見下方「規則數值」）；超過時提示。",
    "Labour Contract Law art. 19: the probation cap goes by contract length (bands under Policy values below); a longer probation shows a warning."),
  "L-5": L(
    "工资支付暂行规定第16条：赔偿损失的扣款每月不超过工资的 {law.lossDeductionMaxShare|%}，扣款后不低于当地最低工资（规则数值，空白则不检查）。",
    "工資支付暫行規定第16條：賠償損失的扣款每月不超過工資的 {law.lossDeductionMaxShare|%}，扣款後不低於當地最低工資（規則數值，空白則不檢查）。",
    "Interim Provisions on Wage Payment art. 16: a deduction for losses is at most {law.lossDeductionMaxShare|%} of the month's wage, and what remains is not below the local minimum wage (a policy value; blank = not checked)."),
  "L-6": L(
    "排名靠后本身不能证明不胜任工作（最高人民法院指导案例第18号）：排名规则（H-4）从不用于辞退检查。",
    "排名靠後本身不能證明不勝任工作（最高人民法院指導案例第18號）：排名規則（H-4）從不用於辭退檢查。",
    "A bottom ranking is not by itself proof of incompetence (Supreme People's Court Guiding Case No. 18): the ranking rules (H-4) never feed the dismissal checks."),
};
