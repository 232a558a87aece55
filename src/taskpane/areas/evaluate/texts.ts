/** The Evaluate area's texts. */
import { L, type Localized } from "../../../rules";

export const EVALUATE = {
  title: L("月度考核", "月度考核", "Monthly evaluation"),
  soon: L(
    "这里将有月度考核向导：一步步带你填好本月的考核表、核对得分与工资并生成结果。向导完成前，请先在「表单」中生成本月的考核表。",
    "這裡將有月度考核精靈：一步步帶你填好本月的考核表、核對得分與薪資並產生結果。精靈完成前，請先在「表單」中產生本月的考核表。",
    "This is where the monthly evaluation wizard will be: step by step through the month's evaluation sheets, checking scores and pay, to the results. Until it arrives, create the month's sheets under Forms.",
  ),
  toForms: L("前往表单", "前往表單", "Go to Forms"),
} as const satisfies Record<string, Localized>;
