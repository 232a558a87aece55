/**
 * Descriptions of the catalogue's functions and parameters, in three languages.
 * Templates over the policy ("{score.full}", "{monthly.dailyWeight|%}"): render
 * them with functionDescription / paramDescription. Kept apart from the
 * catalogue so the functions runtime does not carry them (only the metadata
 * build, the README and the task pane need them).
 */
import { L, type Localized } from "../types";


export interface FunctionTexts {
  description: Localized;
  params: Readonly<Record<string, Localized>>;
}

/** How a parameter takes a whole roster (the spill rule, ./types), put after its description. */
export const SPILL_NOTES = {
  cells: L("；或一列（每人一格），返回一列结果", "；或一欄（每人一格），傳回一欄結果", "; or a column, one cell per employee, for a column of results"),
  rows: L("；多行区域为每人一行，返回一列结果", "；多列範圍為每人一列，傳回一欄結果", "; a block of several rows is one employee a row, for a column of results"),
} as const;

export const TEXTS: Readonly<Record<string, FunctionTexts>> = {
  SALESPAY: {
    description: L("业务员月薪：基本工资 + 计划工资 + 日常工作工资 + 超计划奖金", "業務員月薪：基本工資 + 計劃工資 + 日常工作工資 + 超計劃獎金", "Salesperson's monthly pay: base + plan pay + daily-work pay + over-plan bonus"),
    params: {
      totalPay: L("当月工资总额（元）", "當月工資總額（元）", "the month's total pay (yuan)"),
      completionRate: L("计划完成率，如 80% 或 0.8", "計劃完成率，如 80% 或 0.8", "plan completion, e.g. 80% or 0.8"),
      dailyScore: L("日常工作考核得分（0–{score.full}）", "日常工作考核得分（0–{score.full}）", "daily-work score (0–{score.full})"),
      overPlanBonus: L("超计划奖金（元），默认 0", "超計劃獎金（元），預設 0", "over-plan bonus (yuan), default 0"),
    },
  },
  ATTENDANCESCORE: {
    description: L("出勤得分：满勤 {score.full}，每缺勤 1 天扣 {attendance.pointsPerDay} 分，不足 1 天按 1 天计", "出勤得分：滿勤 {score.full}，每缺勤 1 天扣 {attendance.pointsPerDay} 分，不足 1 天按 1 天計", "Attendance score: {score.full} for a full month, {attendance.pointsPerDay} off per day absent, a part day counts as a day"),
    params: {
      absences: L("缺勤天数，或每次缺勤一格的区域", "缺勤天數，或每次缺勤一格的範圍", "days absent, or a range with one cell per absence"),
    },
  },
  MONTHLYSCORE: {
    description: L("月度得分 = 日常工作 × {monthly.dailyWeight|%} + 出勤 × {monthly.attendanceWeight|%}", "月度得分 = 日常工作 × {monthly.dailyWeight|%} + 出勤 × {monthly.attendanceWeight|%}", "Monthly score = daily work × {monthly.dailyWeight|%} + attendance × {monthly.attendanceWeight|%}"),
    params: {
      dailyScore: L("日常工作考核得分（0–{score.full}）", "日常工作考核得分（0–{score.full}）", "daily-work score (0–{score.full})"),
      attendanceScore: L("出勤得分（0–{score.full}）", "出勤得分（0–{score.full}）", "attendance score (0–{score.full})"),
    },
  },
  ANNUALSCORE: {
    description: L("年度得分 = {annual.months} 个月得分之和 ÷ {annual.months}", "年度得分 = {annual.months} 個月得分之和 ÷ {annual.months}", "Annual score = sum of the {annual.months} monthly scores ÷ {annual.months}"),
    params: {
      monthlyScores: L("{annual.months} 个月的得分（{annual.months} 格）；空白月份为错误，除非按比例", "{annual.months} 個月的得分（{annual.months} 格）；空白月份為錯誤，除非按比例", "the {annual.months} monthly scores ({annual.months} cells); a blank month is an error unless prorate"),
      prorate: L("TRUE：只平均已填的月份（年中入职）", "TRUE：只平均已填的月份（年中到職）", "TRUE: average only the months present (hired mid-year)"),
    },
  },
  SALESREPSCORE: {
    description: L("业务员日常工作得分（{score.full} 分）：按 12 项失误扣分", "業務員日常工作得分（{score.full} 分）：按 12 項失誤扣分", "Salesperson's daily-work score ({score.full} points) from the 12 fault counts"),
    params: {
      faults: L("12 项失误次数的一行（TRUE = 1，空白 = 0）", "12 項失誤次數的一列（TRUE = 1，空白 = 0）", "a row of the 12 fault counts (TRUE = 1, blank = 0)"),
      repeated: L("与各项对应的一行 TRUE/FALSE；TRUE 的项扣分加倍（F-7）", "與各項對應的一列 TRUE/FALSE；TRUE 的項扣分加倍（F-7）", "a row of TRUE/FALSE, one per item; TRUE doubles that item's deduction (F-7)"),
    },
  },
  REGIONALSCORE: {
    description: L("区域经理日常工作得分（{score.full} 分）：7 项扣分", "區域經理日常工作得分（{score.full} 分）：7 項扣分", "Regional manager's daily-work score ({score.full} points) from the 7 item deductions"),
    params: {
      deductions: L("7 项扣分的一行：总结、计划、市场建议、周报审阅、培训、月报准时、区域责任", "7 項扣分的一列：總結、計劃、市場建議、週報審閱、培訓、月報準時、區域責任", "a row of the 7 deductions: summary, plan, market proposal, weekly-report review, training, monthly report on time, region"),
      repeated: L("与各项对应的一行 TRUE/FALSE；TRUE 的项扣分加倍（F-7）", "與各項對應的一列 TRUE/FALSE；TRUE 的項扣分加倍（F-7）", "a row of TRUE/FALSE, one per item; TRUE doubles that item's deduction (F-7)"),
    },
  },
  FIELDREPSCORE: {
    description: L("驻外服务代表得分（{score.full} 分）：第 1–9 项按扣分标准扣分，虚报索赔另扣", "駐外服務代表得分（{score.full} 分）：第 1–9 項按扣分標準扣分，虛報索賠另扣", "Field service representative's score ({score.full} points): items 1–9 by their deduction bands, less falsified claims"),
    params: {
      deductions: L("第 1、2、3、4a、4b、5、6、7、8、9 项扣分的一行", "第 1、2、3、4a、4b、5、6、7、8、9 項扣分的一列", "a row of the deductions of items 1, 2, 3, 4a, 4b, 5, 6, 7, 8, 9"),
      falsifiedClaims: L("发现的虚报索赔次数，默认 0", "發現的虛報索賠次數，預設 0", "falsified claims found, default 0"),
    },
  },
  PERFPAY: {
    description: L("绩效工资 = 绩效基数 × 得分 ÷ {score.full}；不满 {perfPay.passScore} 分扣减 {perfPay.failCut|%}", "績效工資 = 績效基數 × 得分 ÷ {score.full}；未滿 {perfPay.passScore} 分扣減 {perfPay.failCut|%}", "Performance pay = base × score ÷ {score.full}; under {perfPay.passScore} loses {perfPay.failCut|%}"),
    params: {
      performanceBase: L("绩效工资基数（元）", "績效工資基數（元）", "performance pay base (yuan)"),
      score: L("考核得分（0–{score.full}）", "考核得分（0–{score.full}）", "evaluation score (0–{score.full})"),
    },
  },
  CSPAY: {
    description: L("售后客服月薪 = 成交总额 × {csPay.commissionRate|‰} + 指标奖金（任一指标未达成则为 0）+ 底薪", "售後客服月薪 = 成交總額 × {csPay.commissionRate|‰} + 指標獎金（任一指標未達成則為 0）+ 底薪", "Online service pay = order total × {csPay.commissionRate|‰} + indicator bonus (0 if any indicator missed) + base salary"),
    params: {
      orderTotal: L("当月成交订单总额（元）", "當月成交訂單總額（元）", "the month's closed order total (yuan)"),
      indicatorBonus: L("售后指标奖金（元）", "售後指標獎金（元）", "after-sales indicator bonus (yuan)"),
      baseSalary: L("底薪（元）", "底薪（元）", "base salary (yuan)"),
      indicatorsMet: L("TRUE/FALSE，或每项指标一格的区域（空白 = 未设目标，不计）", "TRUE/FALSE，或每項指標一格的範圍（空白 = 未設目標，不計）", "TRUE/FALSE, or a range with one cell per indicator (blank = target not set, skipped)"),
    },
  },
  REVIEWSCORE: {
    description: L("考评得分 = 自评 × {review.selfWeight|%} + 店长评分 × {review.managerWeight|%}", "考評得分 = 自評 × {review.selfWeight|%} + 店長評分 × {review.managerWeight|%}", "Review score = self-review × {review.selfWeight|%} + store manager × {review.managerWeight|%}"),
    params: {
      selfScore: L("自评分（0–{score.full}）", "自評分（0–{score.full}）", "self-review score (0–{score.full})"),
      managerScore: L("店长评分（0–{score.full}）", "店長評分（0–{score.full}）", "store manager's score (0–{score.full})"),
    },
  },
  RANKBONUS: {
    description: L("月度排名奖罚：第一名 +{ranking.firstBonus}，最后一名 −{ranking.lastPenalty}，并列同名次；「得分」填整列可一次排出全组", "月度排名獎懲：第一名 +{ranking.firstBonus}，最後一名 −{ranking.lastPenalty}，並列同名次；「得分」填整欄可一次排出全組", "Monthly ranking: first place +{ranking.firstBonus}, last place −{ranking.lastPenalty}; ties share the place. Give score the whole column to rank the group in one call"),
    params: {
      score: L("本人的得分，须在全部得分之中", "本人的得分，須在全部得分之中", "this person's score; must be among allScores"),
      allScores: L("同组全部人员的得分", "同組全部人員的得分", "the scores of everyone in the group"),
    },
  },
  RANKCHECK: {
    description: L("排名后 {ranking.improvementBottom} 名须提交改进计划；连续 {ranking.transferAfterMonths} 个月最后一名考虑调岗；否则返回空文本；「得分」填整列可一次查全组", "排名後 {ranking.improvementBottom} 名須提交改進計劃；連續 {ranking.transferAfterMonths} 個月最後一名考慮調崗；否則傳回空字串；「得分」填整欄可一次查全組", "Bottom {ranking.improvementBottom} submit an improvement plan; last place {ranking.transferAfterMonths} months in a row is considered for transfer; empty text otherwise. Give score the whole column to check the group in one call"),
    params: {
      score: L("本人的得分，须在全部得分之中", "本人的得分，須在全部得分之中", "this person's score; must be among allScores"),
      allScores: L("同组全部人员的得分", "同組全部人員的得分", "the scores of everyone in the group"),
      previousMonthsLast: L("本月之前连续最后一名的月数，默认 0", "本月之前連續最後一名的月數，預設 0", "consecutive months in last place before this one, default 0"),
    },
  },
  INDICATORMET: {
    description: L("售后指标是否达成目标（规则表中的目标与方向）；未设目标时返回“未设目标”", "售後指標是否達成目標（規則表中的目標與方向）；未設目標時傳回「未設目標」", "Whether an after-sales indicator meets its policy target; \"target not set\" when it has none"),
    params: {
      indicator: L("退款率、退款时长、纠纷、DSR 或内部投诉", "退款率、退款時長、糾紛、DSR 或內部投訴", "refundRate, refundDuration, disputes, dsr or internalComplaints"),
      value: L("该指标本月的实际值", "該指標本月的實際值", "the indicator's figure this month"),
    },
  },
  NOTICEDAYS: {
    description: L("辞退预告期天数（按连续工作整月数）", "辭退預告期天數（按連續工作整月數）", "Days of notice before dismissal, by whole months of service"),
    params: {
      hireDate: L("入职日期", "到職日期", "date of hire"),
      noticeDate: L("发出辞退通知的日期", "發出辭退通知的日期", "date the dismissal notice is given"),
    },
  },
  LASTWORKDAY: {
    description: L("提出辞职后最早的最后工作日（提出日 + {resignation.workOnMonths} 个月）", "提出辭職後最早的最後工作日（提出日 + {resignation.workOnMonths} 個月）", "Earliest last working day after a resignation (submission + {resignation.workOnMonths} month(s))"),
    params: {
      resignationDate: L("提出辞职的日期", "提出辭職的日期", "date the resignation was handed in"),
    },
  },
  HANDOVERDUE: {
    description: L("移交手续的完成期限（离职日 + {separation.handoverDays} 天）", "移交手續的完成期限（離職日 + {separation.handoverDays} 天）", "Date the handover must be done by (separation + {separation.handoverDays} days)"),
    params: {
      separationDate: L("离职日期", "離職日期", "date of separation"),
    },
  },
  APPEALDEADLINE: {
    description: L("向劳动争议仲裁申诉的最后日期（收到辞退证明 + {dismissal.appealDays} 天）", "向勞動爭議仲裁申訴的最後日期（收到辭退證明 + {dismissal.appealDays} 天）", "Last day to appeal to labour arbitration (certificate received + {dismissal.appealDays} days)"),
    params: {
      certificateReceivedDate: L("收到辞退证明书的日期", "收到辭退證明書的日期", "date the dismissal certificate was received"),
    },
  },
  COMPLAINTDUE: {
    description: L("投诉结案期限（受理 + {complaint.closeDays} 天），或调查报告期限（+ {complaint.reportDays} 天）", "投訴結案期限（受理 + {complaint.closeDays} 天），或調查報告期限（+ {complaint.reportDays} 天）", "Complaint close-by date (accepted + {complaint.closeDays} days), or the investigation report's (+ {complaint.reportDays} days)"),
    params: {
      acceptedDate: L("投诉受理日期", "投訴受理日期", "date the complaint was accepted"),
      stage: L("\"close\"（结案，默认）或 \"report\"（调查报告）", "\"close\"（結案，預設）或 \"report\"（調查報告）", "\"close\" (default) or \"report\" (investigation report)"),
    },
  },
  APPROVER: {
    description: L("客户投诉金额的核决人", "客戶投訴金額的核決人", "Who approves a complaint settlement of this amount"),
    params: {
      amount: L("客户投诉金额（元）", "客戶投訴金額（元）", "complaint settlement amount (yuan)"),
      language: L("结果语言：zh-CN、zh-TW 或 en，默认为 Office 的语言", "結果語言：zh-CN、zh-TW 或 en，預設為 Office 的語言", "language of the result: zh-CN, zh-TW or en; default the Office language"),
    },
  },
  OVERTIMEHOURS: {
    description: L("当月加班小时数：每日超过 {workTime.standardDayHours} 小时的部分之和", "當月加班時數：每日超過 {workTime.standardDayHours} 小時的部分之和", "Overtime hours in a month: hours beyond {workTime.standardDayHours} a day, summed"),
    params: {
      dailyHours: L("当月每日工时（每天一格，空白 = 未上班）", "當月每日工時（每天一格，空白 = 未上班）", "the month's daily hours (a cell a day; blank = no work)"),
    },
  },
  OVERTIMECHECK: {
    description: L("检查当月工时是否超过公司规定与法定上限；无问题时返回 OK", "檢查當月工時是否超過公司規定與法定上限；無問題時傳回 OK", "Checks a month's hours against the company rules and the legal caps; OK when nothing is breached"),
    params: {
      dailyHours: L("当月每日工时（每天一格，空白 = 休息）", "當月每日工時（每天一格，空白 = 休息）", "the month's daily hours (a cell a day; blank = rest day)"),
    },
  },
  DISMISSALCHECK: {
    description: L("检查可计数的辞退条件；不符合任何条件时返回空文本", "檢查可計數的辭退條件；不符合任何條件時傳回空字串", "Checks the countable dismissal grounds; empty text when none applies"),
    params: {
      longestConsecutiveAbsence: L("本年最长连续旷工天数", "本年最長連續曠工天數", "longest run of consecutive days absent without leave this year"),
      absentDaysThisYear: L("本年旷工累计天数", "本年曠工累計天數", "days absent without leave this year"),
      demeritsThisYear: L("本年记过次数", "本年記過次數", "demerits (記過) this year"),
      failedYearEnd: L("年终考核不合格（默认 FALSE）", "年終考核不合格（預設 FALSE）", "failed the year-end evaluation (default FALSE)"),
      failedAfterTrial: L("经试用后仍不合格（默认 FALSE）", "經試用後仍不合格（預設 FALSE）", "failed again after a trial period (default FALSE)"),
      unfitInProbation: L("试用期内被证明不符合录用条件（默认 FALSE）", "試用期內被證明不符合錄用條件（預設 FALSE）", "found unfit during probation (default FALSE)"),
    },
  },
  PROMOTIONELIGIBLE: {
    description: L("本年有未抵消的处分则次年不能晋升", "本年有未抵消的處分則次年不能晉升", "An employee with a punishment not offset in the year cannot be promoted the next year"),
    params: {
      unoffsetPunishments: L("本年未抵消的处分次数", "本年未抵消的處分次數", "punishments not offset this year"),
    },
  },
  SURVEYSCORE: {
    description: L("客户意见调查平均分：非常满意/满意/一般/较差 = {survey.levelScores}", "客戶意見調查平均分：非常滿意/滿意/一般/較差 = {survey.levelScores}", "Customer survey average: very satisfied/satisfied/average/poor = {survey.levelScores}"),
    params: {
      ratings: L("评价等级（数字或等级文字）", "評價等級（數字或等級文字）", "rating levels (the level numbers or words)"),
    },
  },
  PROBATIONCHECK: {
    description: L("检查试用期是否超过法定上限；无问题时返回 OK", "檢查試用期是否超過法定上限；無問題時傳回 OK", "Checks a probation against the legal cap for the contract length; OK when within it"),
    params: {
      contractMonths: L("劳动合同期限（月）", "勞動合同期限（月）", "length of the labour contract in months"),
      probationMonths: L("约定的试用期（月）", "約定的試用期（月）", "agreed probation in months"),
    },
  },
  PAYFLOORCHECK: {
    description: L("检查扣款是否超过工资的 {law.lossDeductionMaxShare|%}、剩余是否低于最低工资；无问题时返回 OK", "檢查扣款是否超過工資的 {law.lossDeductionMaxShare|%}、剩餘是否低於最低工資；無問題時傳回 OK", "Checks a loss deduction is at most {law.lossDeductionMaxShare|%} of the wage and leaves at least the minimum wage; OK when so"),
    params: {
      wage: L("当月工资（元）", "當月工資（元）", "the month's wage (yuan)"),
      deduction: L("赔偿损失的扣款（元），默认 0", "賠償損失的扣款（元），預設 0", "deduction for losses (yuan), default 0"),
      minimumWage: L("当地最低工资；默认取规则表", "當地最低工資；預設取規則表", "local minimum wage; default from the policy"),
    },
  },
};
