/**
 * Independent recalculation check: every generated .xlsx is filled with sample
 * inputs, recalculated by LibreOffice headless, read back, and each total is
 * compared with the rules core (evaluateLine / invoke) on the same inputs.
 * Without soffice the suite skips loudly, and fails when CI=true.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateLine } from "../../src/cli/calcCore";
import { planForm, policyRowOf, type FormId, type SheetPlan } from "../../src/forms";
import { parseRange, colLetter } from "../../src/forms/address";
import { COLUMNS, DEFAULT_POLICY, loadPolicy, rowKey, rowsToPolicy, civilToSerial, type CalcArg, type Lang, type Policy } from "../../src/rules";
import { buildFormWorkbook } from "../../src/workbook/xlsxWriter";
import { findSoffice, loProfile, readSheetValues, type SheetValue } from "../support/libreoffice";

const soffice = findSoffice();
const CI = process.env.CI === "true";
const P = DEFAULT_POLICY.values;

// ── Seeded random sample data ──────────────────────────────────────────────────────────────
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0; return s / 2 ** 32; };
}
const rand = rng(20261127);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T,>(xs: readonly T[]) => xs[int(0, xs.length - 1)];
const chance = (p: number) => rand() < p;

const iso = (s: string) => { const [y, m, d] = s.split("-").map(Number); return civilToSerial({ year: y, month: m, day: d }); };
const serialToDate = (n: number) => new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);

/** The core's answer, as evaluateLine prints it (number, text or "#VALUE! …"). */
function core(name: string, args: CalcArg[], lang: Lang = "zh-CN", policy: Policy = DEFAULT_POLICY): number | string {
  const r = evaluateLine(name, args, policy, lang);
  if (r.usage) throw new Error(r.line);
  const o = r.outcome!;
  if (!o.ok) return `#VALUE! ${r.line}`;
  return typeof o.value === "boolean" ? String(o.value) : o.value;
}

// ── A case: one generated file, its inputs and the expected totals ─────────────────────────
type Cell = string | number | Date | null;
interface Expect { at: string; want: number | string; kind: "money" | "score" | "exact" | "text" | "error" | "date"; what: string }
interface Case { file: string; id: FormId; lang: Lang; plan: SheetPlan; inputs: Map<string, Cell>; policyInputs: Map<string, Cell>; expects: Expect[] }

function newCase(file: string, id: FormId, lang: Lang, n?: number): Case {
  return { file, id, lang, plan: planForm(id, { lang, count: n }), inputs: new Map(), policyInputs: new Map(), expects: [] };
}
const at = (c: Case, key: string, i = 0): string => {
  const ref = c.plan.keys[key];
  if (!ref) throw new Error(`${c.id}: no key ${key}`);
  const r = parseRange(ref);
  return `${colLetter(r.left)}${r.top + i}`;
};
const put = (c: Case, key: string, v: Cell, i = 0) => c.inputs.set(at(c, key, i), v);
const want = (c: Case, key: string, v: number | string, kind: Expect["kind"], what: string, i = 0) =>
  c.expects.push({ at: at(c, key, i), want: v, kind: typeof v === "string" && v.startsWith("#VALUE!") ? "error" : kind, what });

const cases: Case[] = [];
const TICK = "✓";

// F-3 F-4 F-6 F-7 F-10 — salesperson roster, worked examples first, then random rows.
{
  const rows = 14;
  const c = newCase("salesMonthly", "salesMonthly", "zh-CN", rows);
  for (let i = 0; i < rows; i++) {
    let faults = Array.from({ length: 12 }, (_, k) => (k === 1 || k === 11 ? (chance(0.1) ? 1 : 0) : chance(0.35) ? int(0, k === 0 ? 7 : 3) : 0));
    let repeated = Array.from({ length: 12 }, () => chance(0.15));
    let absences = Array.from({ length: 4 }, () => (chance(0.3) ? pick([0.5, 1, 1.5, 2, 3]) : null));
    let pay: [number, number, number | null] = [int(30, 150) * 100, int(50, 160) / 100, chance(0.3) ? int(1, 20) * 50 : null];
    if (i === 0) { faults = [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]; repeated = repeated.map(() => false); absences = [1, 0.5, 0.5, null]; pay = [10000, 0.8, null]; } // F-10: 9150; F-4: 88
    faults.forEach((v, k) => put(c, `f${k + 1}`, v === 0 && chance(0.5) ? null : v, i));
    repeated.forEach((v, k) => put(c, `r${k + 1}`, v ? TICK : null, i));
    absences.forEach((v, k) => put(c, `a${k + 1}`, v, i));
    put(c, "totalPay", pay[0], i); put(c, "completion", pay[1], i); put(c, "bonus", pay[2], i);
    const daily = core("SALESREPSCORE", [faults, repeated]) as number;
    const att = core("ATTENDANCESCORE", [absences.filter((a) => a !== null)]) as number;
    want(c, "daily", daily, "score", "SALESREPSCORE", i);
    want(c, "attendance", att, "score", "ATTENDANCESCORE", i);
    want(c, "monthly", core("MONTHLYSCORE", [daily, att]), "score", "MONTHLYSCORE", i);
    want(c, "pay", core("SALESPAY", [pay[0], pay[1], daily, pay[2] ?? 0]), "money", "SALESPAY", i);
    if (i === 0) { expect(core("SALESPAY", [10000, 0.8, 90])).toBe(9150); expect(att).toBe(88); }
  }
  cases.push(c);
}

// F-5 F-7 — regional manager roster.
{
  const rows = 10;
  const c = newCase("regionalMonthly", "regionalMonthly", "zh-TW", rows);
  const maxes = [P["regional.summary"], P["regional.plan"], P["regional.proposal"], P["regional.review"], P["regional.training"], P["regional.reportOnTime"], P["regional.region"]];
  for (let i = 0; i < rows; i++) {
    const d = maxes.map((m) => (chance(0.4) ? int(0, m * 2) / 2 : 0));
    const rep = maxes.map(() => chance(0.2));
    const abs = Array.from({ length: 4 }, () => (chance(0.2) ? pick([0.5, 1, 2]) : null));
    d.forEach((v, k) => put(c, `d${k + 1}`, v, i));
    rep.forEach((v, k) => put(c, `r${k + 1}`, v ? TICK : null, i));
    abs.forEach((v, k) => put(c, `a${k + 1}`, v, i));
    const daily = core("REGIONALSCORE", [d, rep], "zh-TW") as number;
    const att = core("ATTENDANCESCORE", [abs.filter((a) => a !== null)], "zh-TW") as number;
    want(c, "daily", daily, "score", "REGIONALSCORE", i);
    want(c, "monthly", core("MONTHLYSCORE", [daily, att], "zh-TW"), "score", "MONTHLYSCORE", i);
  }
  cases.push(c);
}

// G G-1 G-2 — field service roster, with out-of-band deductions and falsified claims.
{
  const rows = 12;
  const c = newCase("fieldMonthly", "fieldMonthly", "en", rows);
  const allowedSets: number[][] = [[0, 2, 4, 5, 6, 7, 8, 9, 10], [0, 1, 2, 3, 4, 5, 6], [0, 2, 3, 4, 5, 7], [0, 1, 2, 5, 6], [0, 1, 3, 4, 5], [0, 5, 10], [0, 2, 3, 10], [0, 3, 6, 9, 10], [0, 1, 3, 5], [0, 1, 2, 5]];
  for (let i = 0; i < rows; i++) {
    const d = allowedSets.map((s) => (chance(0.4) ? pick(s) : 0));
    if (i === 3) d[0] = 3; // not a case of item 1 (only 2 or 4–10)
    if (i === 4) d[5] = 4; // item 5 allows 0, 5, 10
    const claims = i === 5 ? 1 : i === 6 ? 2 : chance(0.15) ? int(0, 3) : 0;
    d.forEach((v, k) => put(c, `d${k + 1}`, v, i));
    put(c, "claims", claims, i);
    const abs = chance(0.3) ? [pick([0.5, 1, 2])] : [];
    abs.forEach((v, k) => put(c, `a${k + 1}`, v, i));
    const score = core("FIELDREPSCORE", [d, claims], "en");
    want(c, "score", score, "score", "FIELDREPSCORE", i);
    if (typeof score === "number") want(c, "monthly", core("MONTHLYSCORE", [score, core("ATTENDANCESCORE", [abs], "en")], "en"), "score", "MONTHLYSCORE", i);
  }
  cases.push(c);
}

// H-3 H-4 H-5 — customer service ranking, with ties and the H-5 worked example.
{
  const selfMgr: [number, number, number][] = [[59, 59, 2000], [60, 60, 2000], [95, 90, 3000], [95, 90, 2500], [70.5, 80, 1800], [40, 50, 1500], [40, 50, 1500], [88, 77, 2200]];
  for (let k = 0; k < 4; k++) selfMgr.push([int(50, 100), int(40, 100), int(10, 40) * 100]);
  const c = newCase("csMonthly", "csMonthly", "zh-CN", selfMgr.length);
  const reviews = selfMgr.map(([s, m]) => core("REVIEWSCORE", [s, m]) as number);
  selfMgr.forEach(([s, m, base], i) => {
    put(c, "self", s, i); put(c, "mgr", m, i); put(c, "perfBase", base, i);
    want(c, "review", reviews[i], "score", "REVIEWSCORE", i);
    want(c, "rankBonus", core("RANKBONUS", [reviews[i], reviews]), "money", "RANKBONUS", i);
    want(c, "perfPay", core("PERFPAY", [base, reviews[i]]), "money", "PERFPAY", i);
  });
  expect(core("PERFPAY", [2000, 59])).toBe(826);
  cases.push(c);
}

// E-1 E-2 — online service pay, with targets set on the policy sheet (and a file without).
function csPayCase(file: string, targets: (number | null)[]): Case {
  const c = newCase(file, "csPay", "zh-CN", 8);
  // Targets are typed into the policy sheet's indicator table (column B of each indicator's row).
  const rowOf = policyRowOf(DEFAULT_POLICY, "zh-CN");
  const names = Object.keys(P["csPay.indicatorTargets"]);
  const dirs = Object.values(P["csPay.indicatorTargets"]).map((x) => x.direction);
  targets.forEach((v, k) => c.policyInputs.set(`B${rowOf.get(rowKey("csPay.indicatorTargets", k + 1, names[k]))}`, v));
  for (let i = 0; i < 8; i++) {
    const orders = i === 0 || i === 1 ? 200000 : int(1000, 400000) + int(0, 99) / 100;
    const bonus = i < 2 ? 500 : int(0, 10) * 100;
    const base = i < 2 ? 3000 : int(20, 50) * 100;
    const actual = targets.map((tv, k) => (tv === null ? (chance(0.5) ? int(0, 10) : null) : dirs[k] === "max" ? tv + (chance(0.25) ? 1 : -0.5) * (i === 1 && k === 0 ? -1 : 1) : tv + (chance(0.25) ? -0.2 : 0.1)));
    if (i === 0) targets.forEach((tv, k) => { if (tv !== null) actual[k] = dirs[k] === "max" ? tv : tv; }); // exactly at target: met (以内/以上)
    if (i === 1) { const k = targets.findIndex((x) => x !== null); if (k >= 0) actual[k] = dirs[k] === "max" ? targets[k]! + 1 : targets[k]! - 1; }
    put(c, "orders", orders, i); put(c, "bonus", bonus, i); put(c, "base", base, i);
    actual.forEach((v, k) => put(c, `k${k + 1}`, v, i));
    const met = targets.flatMap((tv, k) => (tv === null ? [] : [actual[k] !== null && (dirs[k] === "max" ? actual[k]! <= tv : actual[k]! >= tv)]));
    const expected = core("CSPAY", [orders, bonus, base, met.length === 0 ? [[null]] : [met]]);
    want(c, "pay", typeof expected === "string" ? "目标未设定" : expected, typeof expected === "string" ? "text" : "money", "CSPAY", i);
  }
  return c;
}
cases.push(csPayCase("csPay", [0.05, 3, 2, 4.7, null]));
cases.push(csPayCase("csPay-unset", [null, null, null, null, null]));

// F-1 — annual summary: full years, a blank month (error), prorated mid-year hires.
{
  const rows = 8;
  const c = newCase("annualSummary", "annualSummary", "zh-CN", rows);
  for (let i = 0; i < rows; i++) {
    const months: (number | null)[] = Array.from({ length: 12 }, () => int(4000, 10000) / 100);
    const prorate = i === 2 || i === 3;
    if (i === 1 || i === 2) months[4] = null;
    if (i === 3) for (let m = 0; m < 5; m++) months[m] = null;
    months.forEach((v, k) => put(c, `m${k + 1}`, v, i));
    put(c, "prorate", prorate ? TICK : null, i);
    const r = core("ANNUALSCORE", [months, prorate]);
    want(c, "annual", typeof r === "string" ? "有空白月份" : r, typeof r === "string" ? "text" : "score", "ANNUALSCORE", i);
  }
  cases.push(c);
}

// A-1..A-4, L-1 — overtime logs: a clean month and a month with breaches.
function overtimeCase(file: string, month: string, hours: (number | null)[]): Case {
  const c = newCase(file, "overtimeLog", "zh-CN");
  put(c, "month", serialToDate(iso(month)));
  hours.forEach((h, d) => put(c, `h${d + 1}`, h));
  want(c, "overtime", core("OVERTIMEHOURS", [hours.map((h) => h)]), "score", "OVERTIMEHOURS");
  const check = core("OVERTIMECHECK", [hours.map((h) => h)]) as string;
  const rules = check === "OK" ? "OK" : [...new Set([...check.matchAll(/([AL]-\d):/g)].map((m) => m[1]))].sort().join(" ");
  want(c, "result", rules, "text", "OVERTIMECHECK (rule IDs)");
  return c;
}
cases.push(overtimeCase("overtimeLog-ok", "2026-03-01", Array.from({ length: 31 }, (_, d) => (d % 7 === 6 ? null : d % 5 === 0 ? 9 : 8))));
cases.push(overtimeCase("overtimeLog-breach", "2026-04-01", Array.from({ length: 30 }, (_, d) => (d === 3 ? 12.5 : d === 10 ? 11 : d === 20 ? 0 : d < 14 ? 10 : 8))));

// C-1 C-2 C-3 L-2 — dismissal notices.
function dismissalCase(file: string, lang: Lang, hire: string, notice: string, grounds: [number, number, number, boolean, boolean, boolean]): Case {
  const c = newCase(file, "dismissalReview", lang);
  const yes = { "zh-CN": "是", "zh-TW": "是", en: "Yes" }[lang];
  const no = { "zh-CN": "否", "zh-TW": "否", en: "No" }[lang];
  put(c, "hired", serialToDate(iso(hire))); put(c, "noticeDate", serialToDate(iso(notice)));
  put(c, "demerits", grounds[0]); put(c, "longestAbsence", grounds[1]); put(c, "absentDays", grounds[2]);
  put(c, "failedYearEnd", grounds[3] ? yes : no); put(c, "failedAfterTrial", grounds[4] ? yes : no); put(c, "unfitInProbation", grounds[5] ? yes : null);
  put(c, "certificateReceived", serialToDate(iso(notice)));
  const days = core("NOTICEDAYS", [hire, notice], lang) as number;
  want(c, "noticeDays", days, "exact", "NOTICEDAYS");
  want(c, "appealBy", core("APPEALDEADLINE", [notice], lang), "date", "APPEALDEADLINE");
  const check = core("DISMISSALCHECK", [grounds[1], grounds[2], grounds[0], grounds[3], grounds[4], grounds[5]], lang) as string;
  want(c, "computedGrounds", [...new Set([...check.matchAll(/(C-1\.\d+):/g)].map((m) => m[1]))].join(" "), "text", "DISMISSALCHECK (rule IDs)");
  return c;
}
cases.push(dismissalCase("dismissal-11m", "zh-CN", "2024-03-15", "2025-03-14", [3, 2, 7, true, false, false]));
cases.push(dismissalCase("dismissal-12m", "zh-TW", "2024-03-15", "2025-03-15", [2, 3, 6, true, true, true]));
cases.push(dismissalCase("dismissal-2m", "en", "2025-01-10", "2025-03-14", [0, 0, 0, false, false, false]));

// P-1 — HR edits a band in the policy sheet's table (3 months–1 year: 10 → 15 days): the form follows,
// and so do the add-in's functions, which read the same table.
const EDITED_NOTICE = loadPolicy({ version: DEFAULT_POLICY.version, published: DEFAULT_POLICY.published, values: { "dismissal.noticeBands": [{ fromMonths: 0, days: 0 }, { fromMonths: 3, days: 15 }, { fromMonths: 12, days: 20 }, { fromMonths: 36, days: 20 }] } });
if (!EDITED_NOTICE.ok) throw new Error("edited policy");
{
  const c = newCase("dismissal-edited-policy", "dismissalReview", "zh-CN");
  put(c, "hired", serialToDate(iso("2024-03-15"))); put(c, "noticeDate", serialToDate(iso("2025-03-14")));
  c.policyInputs.set(`B${policyRowOf(DEFAULT_POLICY, "zh-CN").get(rowKey("dismissal.noticeBands", 2))}`, 15);
  want(c, "noticeDays", core("NOTICEDAYS", ["2024-03-15", "2025-03-14"], "zh-CN", EDITED_NOTICE.policy), "exact", "NOTICEDAYS under the edited policy");
  cases.push(c);
}

// D-1 D-4 — separation.
{
  const c = newCase("separation", "separation", "zh-CN");
  put(c, "resignationDate", serialToDate(iso("2025-01-31"))); put(c, "separationDate", serialToDate(iso("2025-02-28")));
  want(c, "lastWorkDay", core("LASTWORKDAY", ["2025-01-31"]), "date", "LASTWORKDAY");
  want(c, "handoverDue", core("HANDOVERDUE", ["2025-02-28"]), "date", "HANDOVERDUE");
  cases.push(c);
}

// K-5 K-6 — complaints in three languages at the approval boundaries.
([["complaint-1000", "zh-CN", 1000], ["complaint-100001", "zh-TW", 1000.01], ["complaint-5000", "en", 5000]] as const).forEach(([file, lang, amount]) => {
  const c = newCase(file, "complaint", lang);
  put(c, "accepted", serialToDate(iso("2025-12-29"))); put(c, "amount", amount);
  want(c, "reportDue", core("COMPLAINTDUE", ["2025-12-29", "report"], lang), "date", "COMPLAINTDUE report");
  want(c, "closeDue", core("COMPLAINTDUE", ["2025-12-29"], lang), "date", "COMPLAINTDUE close");
  want(c, "approver", core("APPROVER", [amount], lang), "text", "APPROVER");
  cases.push(c);
});

// K-3 — survey.
(["zh-CN", "zh-TW", "en"] as const).forEach((lang, j) => {
  const c = newCase(`survey-${lang}`, "survey", lang);
  const words = { "zh-CN": ["非常满意", "满意", "一般", "较差"], "zh-TW": ["非常滿意", "滿意", "一般", "較差"], en: ["very satisfied", "satisfied", "average", "poor"] }[lang];
  const ratings = [words[0], words[j + 1], words[1], j === 2 ? null : words[3]];
  ratings.forEach((w, k) => put(c, `rating${k + 1}`, w));
  want(c, "average", core("SURVEYSCORE", [[ratings]], lang), "score", "SURVEYSCORE");
  cases.push(c);
});

// F-6 — weekly report: the weekly items of SALESREPSCORE.
{
  const c = newCase("weeklyReport", "weeklyReport", "zh-CN");
  const rest = P["salesRep.dealer"] + P["salesRep.advertising"] + P["salesRep.promotionPlan"] + P["salesRep.promotionEval"] + P["salesRep.vehicle"];
  put(c, "onTime", "是"); put(c, "summaryTrue", "否"); put(c, "planTrue", "是"); put(c, "recordsOk", "是"); put(c, "marketTrue", "是"); put(c, "qualityOk", "否");
  c.inputs.set("C15", "客户甲");
  const total = core("SALESREPSCORE", [[0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0]]) as number;
  want(c, "weekTotal", total - rest, "exact", "SALESREPSCORE − non-weekly items");
  want(c, "visitsMissing", 1, "exact", "missing visit entries");
  cases.push(c);
}

// K-1 K-2 — service register counts; F-6 visit record count.
{
  const c = newCase("serviceRegister", "serviceRegister", "zh-CN", 10);
  const kinds = ["A 有偿服务", "B 合同服务", "C 免费服务", "D 内务服务"];
  const counts = [0, 0, 0, 0];
  let hours = 0;
  for (let i = 0; i < 10; i++) {
    const k = int(0, 3); counts[k]++;
    const h = int(1, 16) / 2; hours += h;
    put(c, "kind", kinds[k], i); put(c, "hours", h, i); put(c, "customer", `=客户${i}`, i);
  }
  "ABCD".split("").forEach((l, k) => want(c, `count${l}`, counts[k], "exact", `count of kind ${l}`));
  want(c, "totalHours", hours, "score", "total service time");
  cases.push(c);
}

describe("recalculation by LibreOffice matches the rules core", () => {
  if (!soffice) {
    const msg = "LibreOffice (soffice) not found: the recalculation check of the generated forms did NOT run. Install libreoffice-calc (apt) to run it.";
    if (CI) {
      test("LibreOffice is required when CI=true", () => { throw new Error(msg); });
    } else {
      console.warn(`⚠ ${msg}`);
      test.skip("recalculation check (no soffice)", () => undefined);
    }
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), "kaohe-recalc-"));
  const results = new Map<string, ExcelJS.Workbook>();
  const sheets = new Map<string, Map<string, SheetValue>[]>();

  beforeAll(async () => {
    const inputs: string[] = [];
    for (const c of cases) {
      const wb = buildFormWorkbook(c.id, { lang: c.lang, count: c.plan.roster ? c.plan.roster.lastRow - c.plan.roster.firstRow + 1 : undefined });
      const ws = wb.worksheets[0];
      for (const [a, v] of c.inputs) ws.getCell(a).value = v;
      for (const [a, v] of c.policyInputs) wb.worksheets[1].getCell(a).value = v;
      const file = join(dir, `${c.file}.xlsx`);
      writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      inputs.push(file);
    }
    // One LibreOffice run for all files.
    const out = join(dir, "out");
    const profile = loProfile();
    const { execFileSync } = await import("node:child_process");
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out, ...inputs], { stdio: "pipe", timeout: 300_000 });
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, `${c.file}.xlsx`));
      results.set(c.file, wb);
      sheets.set(c.file, [await readSheetValues(join(out, `${c.file}.xlsx`), 1), await readSheetValues(join(out, `${c.file}.xlsx`), 2)]);
    }
  }, 300_000);

  const valueOf = (v: ExcelJS.CellValue): unknown => (v && typeof v === "object" && "formula" in v ? (v as ExcelJS.CellFormulaValue).result : v);

  test.each(cases.map((c) => [c.file, c] as const))("%s: every total equals the rules core", (_, c) => {
    const values = sheets.get(c.file)![0];
    const problems: string[] = [];
    for (const e of c.expects) {
      const got = values.get(e.at);
      const show = `${e.at} (${e.what}) got ${JSON.stringify(got)} want ${JSON.stringify(e.want)}`;
      if (e.kind === "money") { if (typeof got !== "number" || Math.round(got * 100) !== Math.round((e.want as number) * 100) || Math.abs(got - (e.want as number)) > 0.004) problems.push(show); }
      else if (e.kind === "score") { if (typeof got !== "number" || Math.abs(got - (e.want as number)) > 1e-9) problems.push(show); }
      else if (e.kind === "exact" || e.kind === "date") { if (got !== e.want) problems.push(show); }
      else if (e.kind === "error") { if (typeof got === "number") problems.push(`${show} (the core refuses these inputs; the form must not show a number)`); }
      else if ((got ?? "") !== e.want) problems.push(show);
    }
    expect(problems).toEqual([]);
    expect(c.expects.length).toBeGreaterThan(0);
  });

  test.each(cases.map((c) => [c.file, c] as const))("%s: no formula evaluates to an error", (_, c) => {
    const errors: string[] = [];
    sheets.get(c.file)!.forEach((values, i) => values.forEach((v, ref) => {
      if (typeof v === "object") errors.push(`sheet ${i + 1}!${ref}: ${v.error}`);
    }));
    expect(errors).toEqual([]);
  });

  test("the policy sheet survives the round trip (version stays text, values load back)", () => {
    const ws = results.get("salesMonthly")!.worksheets[1];
    const rows: unknown[][] = [];
    ws.eachRow((row, r) => { rows[r - 1] = COLUMNS.map((_, col) => valueOf(row.getCell(col + 1).value) ?? null); });
    const loaded = rowsToPolicy(rows);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.policy.version).toBe(DEFAULT_POLICY.version);
      expect(loaded.policy.values).toEqual(DEFAULT_POLICY.values);
    }
  });

  test("an edited policy table is what the add-in's functions read too: forms and functions use the same policy", () => {
    const ws = results.get("dismissal-edited-policy")!.worksheets[1];
    const rows: unknown[][] = [];
    ws.eachRow((row, r) => { rows[r - 1] = COLUMNS.map((_, col) => valueOf(row.getCell(col + 1).value) ?? null); });
    const loaded = rowsToPolicy(rows);
    expect(loaded.ok && loaded.policy.values).toEqual(EDITED_NOTICE.policy.values);
  });

  test("text that starts with = stays text", () => {
    const c = cases.find((x) => x.id === "serviceRegister")!;
    const ws = results.get(c.file)!.worksheets[0];
    expect(sheets.get(c.file)![0].get(at(c, "customer", 0))).toBe("=客户0");
    expect(ws.getCell(at(c, "customer", 0)).formula).toBeUndefined();
  });
});

