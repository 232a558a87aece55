/** List forms: customer visit record (F-6), service register (K-1, K-2). */
import { FORM_TITLES } from "../list";
import type { FormSpec, Localized, RosterColumn } from "../types";
import { DATE, L, role, rowGuarded, TEXT, W, withHead } from "./common";

const plain = (key: string, header: Localized, width: number, rule: RosterColumn["rule"] = TEXT, fmt?: RosterColumn["fmt"]): RosterColumn =>
  ({ key, header, width, kind: "input", rule, fmt });
/** No.: set by rowGuarded (counts used rows only). */
const noCol: RosterColumn = { key: "no", header: W.no, width: 5, kind: "formula", fmt: "int" };

const VISIT_COLUMNS: RosterColumn[] = rowGuarded([
  noCol,
  plain("date", W.date, 11, DATE, "date"),
  plain("customer", L("客户名称", "客戶名稱", "Customer"), 14),
  plain("address", L("地址", "地址", "Address"), 14),
  plain("contact", L("联系人 / 电话", "聯絡人 / 電話", "Contact / phone"), 13),
  plain("purpose", L("拜访目的", "拜訪目的", "Purpose"), 12),
  plain("content", L("洽谈内容", "洽談內容", "What was discussed"), 20),
  plain("result", L("结果 / 客户意见", "結果 / 客戶意見", "Result / customer's view"), 16),
  plain("next", L("下一步", "下一步", "Next step"), 13),
  plain("sign", L("客户签字", "客戶簽字", "Customer's signature"), 10),
]);

export const visitRecord: FormSpec = withHead({
  id: "visitRecord", rules: ["F-6"], orientation: "landscape", widths: [],
  title: FORM_TITLES.visitRecord,
  sheetName: L("客户拜访纪实", "客戶拜訪紀實", "Visit record"),
  strings: {},
  cells: [
    { at: "A3", to: "B3", c: { t: "label", text: L("业务员", "業務員", "Salesperson") } },
    { at: "C3", key: "salesperson", c: { t: "input", rule: TEXT } },
    { at: "D3", c: { t: "label", text: W.region } }, { at: "E3", key: "region", c: { t: "input", rule: TEXT } },
    { at: "F3", c: { t: "label", text: L("周起始日", "週起始日", "Week from") } }, { at: "G3", key: "week", c: { t: "input", rule: DATE }, fmt: "date" },
    { at: "H3", c: { t: "label", text: L("本页拜访家数", "本頁拜訪家數", "Visits on this sheet") } },
    { at: "I3", key: "visits", c: { t: "formula", f: "COUNTA({customer:col})" }, fmt: "int", style: "total" },
    { at: "J3", key: "visitCheck", c: { t: "formula", f: L(`IF(I3<$salesRep.visitsPerWeek,"少于每周 "&$salesRep.visitsPerWeek&" 家","")`, `IF(I3<$salesRep.visitsPerWeek,"少於每週 "&$salesRep.visitsPerWeek&" 家","")`, `IF(I3<$salesRep.visitsPerWeek,"under "&$salesRep.visitsPerWeek&" a week","")`) } },
  ],
  roster: { groupRow: 5, headerRow: 5, firstRow: 6, defaultRows: 12, columns: VISIT_COLUMNS },
  flags: [{ range: "J3", f: "J3<>\"\"", style: "warn", means: "missing" }],
  boxes: ["A3:J3"], titleRows: [1, 5], freeze: { rows: 5, cols: 0 }, dataRowHeight: 24,
  signOff: { roles: [role("业务员", "業務員", "Salesperson"), role("审阅（区域经理）", "審閱（區域經理）", "Read (regional manager)")] },
});

const KIND_ITEMS = [L("A 有偿服务", "A 有償服務", "A paid"), L("B 合同服务", "B 合同服務", "B contract"), L("C 免费服务", "C 免費服務", "C free"), L("D 内务服务", "D 內務服務", "D internal")];
const REGISTER_COLUMNS: RosterColumn[] = rowGuarded([
  noCol,
  plain("date", W.date, 10, DATE, "date"),
  plain("kind", L("服务类别（K-1）", "服務類別（K-1）", "Kind (K-1)"), 10, { kind: "list", items: KIND_ITEMS }),
  plain("customer", L("客户名称", "客戶名稱", "Customer"), 11),
  plain("address", L("地址", "地址", "Address"), 12),
  plain("phone", L("电话", "電話", "Phone"), 10),
  plain("model", L("商品型号", "商品型號", "Model"), 8),
  plain("spec", L("规格", "規格", "Specification"), 7),
  plain("bought", L("购买日期", "購買日期", "Purchased"), 10, DATE, "date"),
  plain("place", L("购买地点", "購買地點", "Where bought"), 8),
  plain("content", L("服务内容", "服務內容", "Service given"), 13),
  plain("hours", L("服务时间（小时）", "服務時間（小時）", "Time (h)"), 6, { kind: "decimal", min: 0, max: 24 }, "hours"),
  plain("serviceman", L("服务人员", "服務人員", "Serviceman"), 7),
  plain("manager", L("经理核签", "經理核簽", "Manager"), 7),
]);
const kindCount = (letter: string) => `SUMPRODUCT(--(LEFT({kind:col},1)="${letter}"))`;

export const serviceRegister: FormSpec = withHead({
  id: "serviceRegister", rules: ["K-1", "K-2"], orientation: "landscape", widths: [],
  title: FORM_TITLES.serviceRegister,
  sheetName: L("服务登记簿", "服務登記簿", "Service register"),
  strings: {},
  cells: [
    ...KIND_ITEMS.flatMap((k, i) => [
      { at: `${"ACEG"[i]}3`, to: `${"BDFH"[i]}3`, c: { t: "label" as const, text: k } },
      { at: `${"ACEG"[i]}4`, to: `${"BDFH"[i]}4`, key: `count${"ABCD"[i]}`, c: { t: "formula" as const, f: kindCount("ABCD"[i]) }, fmt: "int" as const, style: "total" as const },
    ]),
    { at: "I3", to: "J3", c: { t: "label", text: L("服务时间合计（小时）", "服務時間合計（小時）", "Total time (h)") } },
    { at: "I4", to: "J4", key: "totalHours", c: { t: "formula", f: "IF(COUNT({hours:col})=0,\"\",SUM({hours:col}))" }, fmt: "hours", style: "total" },
  ],
  roster: { groupRow: 6, headerRow: 6, firstRow: 7, defaultRows: 20, columns: REGISTER_COLUMNS },
  flags: [{ range: "roster:hours", f: "AND({date}<>\"\",{hours}=\"\")", style: "warn", means: "missing" }],
  boxes: ["A3:J4"], titleRows: [1, 6], freeze: { rows: 6, cols: 0 }, dataRowHeight: 20,
  signOff: { roles: [role("登记（客户服务部）", "登記（客戶服務部）", "Kept by (customer service)"), role("审阅（部门经理）", "審閱（部門經理）", "Read (department manager)")] },
});
