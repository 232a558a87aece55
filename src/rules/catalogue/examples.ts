/**
 * One worked example per catalogue function, in calc syntax, with its result.
 * Results come from RULEBOOK.md's worked examples or are computed by hand in
 * the note. README and the tests (calc, adapter, metadata) use these.
 */
import type { Example, FunctionSpec } from "./types";

export const EXAMPLES: Readonly<Record<string, Example>> = {
  SALESPAY: { args: [10000, 0.8, 90], result: "9150", note: "5,000 + 2,800 + 1,350" },
  ATTENDANCESCORE: { args: [[1, 0.5, 0.5]], result: "88", note: "3 days → 100 − 12" },
  MONTHLYSCORE: { args: [85, 88], result: "85.9", note: "59.5 + 26.4" },
  ANNUALSCORE: { args: [[80, 82, 84, 86, 88, 90, 80, 82, 84, 86, 88, 90]], result: "85", note: "1,020 ÷ 12" },
  SALESREPSCORE: { args: [[1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]], result: "90", note: "25 + 37 + 10 + 3 + 5 + 5 + 5" },
  REGIONALSCORE: { args: [[5, 0, 0, 2, 0, 0, 0]], result: "93", note: "100 − 5 − 2" },
  FIELDREPSCORE: { args: [[2, 0, 0, 0, 0, 5, 0, 3, 0, 0]], result: "90", note: "100 − 2 − 5 − 3" },
  PERFPAY: { args: [2000, 59], result: "826", note: "2,000 × 0.59 × 0.7" },
  CSPAY: { args: [200000, 500, 3000, true], result: "4100", note: "600 + 500 + 3,000" },
  REVIEWSCORE: { args: [80, 90], result: "87", note: "24 + 63" },
  RANKBONUS: { args: [95, [95, 88, 70]], result: "100" },
  RANKCHECK: { args: [70, [95, 88, 70], 2], result: "H-4: 排名后 2 名：须在通知后 7 天内提交改进计划；H-4: 连续 3 个月最后一名：考虑调岗（排名本身不能证明不胜任工作，L-6）" },
  INDICATORMET: { args: ["dsr", 4.8], result: "未设目标", note: "E-2 Decision: no default targets" },
  NOTICEDAYS: { args: ["2024-03-15", "2025-03-15"], result: "20", note: "12 months" },
  LASTWORKDAY: { args: ["2024-01-31"], result: "45351", note: "2024-02-29" },
  HANDOVERDUE: { args: ["2025-03-01"], result: "45722", note: "2025-03-06" },
  APPEALDEADLINE: { args: ["2025-03-01"], result: "45732", note: "2025-03-16" },
  COMPLAINTDUE: { args: ["2025-03-01"], result: "45723", note: "2025-03-07" },
  APPROVER: { args: [5000], result: "总经理" },
  OVERTIMEHOURS: { args: [[8, 10, 12, 9]], result: "7", note: "0 + 2 + 4 + 1" },
  OVERTIMECHECK: { args: [[8, 8, 8, 8]], result: "OK" },
  DISMISSALCHECK: { args: [2, 6, 2], result: "" },
  PROMOTIONELIGIBLE: { args: [0], result: "TRUE" },
  SURVEYSCORE: { args: [["非常满意", "满意", 2, 1]], result: "2.5", note: "(4 + 3 + 2 + 1) ÷ 4" },
  PROBATIONCHECK: { args: [36, 6], result: "OK" },
  PAYFLOORCHECK: { args: [3000, 600], result: "OK" },
};

/** The worked example of a catalogue function. */
export function exampleOf(spec: FunctionSpec): Example {
  return EXAMPLES[spec.id];
}
