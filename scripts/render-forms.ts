/**
 * Render every form as it prints, with sample entries: .xlsx (the writer's) →
 * LibreOffice → PDF → pdftoppm.
 *
 *   npx tsx scripts/render-forms.ts                 # docs/forms/<form>.png: zh-CN, first page, 100 dpi (the README's gallery)
 *   npx tsx scripts/render-forms.ts --lang all [FORM…] [--paper A3]   # renders/<form>.<lang>-<page>.png, every page (git-ignored)
 *
 * Rosters show six employees, four with their inputs (two left incomplete) and blank
 * rows below; documents are filled in as HR would. Needs soffice (libreoffice-calc,
 * fonts-noto-cjk) and pdftoppm (poppler-utils).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { FORM_IDS, FORMS, isFormId, planForm, type CellValue, type FormId, type Paper } from "../src/forms";
import { parseRange } from "../src/forms/address";
import { civilToSerial, LANGS, type Lang } from "../src/rules";
import { buildFormWorkbook, xlsxBuffer } from "../src/workbook/xlsxWriter";
import { findSoffice } from "../test/support/libreoffice";
import { printForms } from "../test/support/formPdf";

const ROOT = resolve(__dirname, "..");
const GALLERY = join(ROOT, "docs", "forms");
const RENDERS = join(ROOT, "renders");
const DPI = "100";

const NAMES: Record<Lang, string[]> = {
  "zh-CN": ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"],
  "zh-TW": ["張偉", "王芳", "李娜", "劉洋", "陳靜", "楊磊"],
  en: ["Zhang Wei", "Wang Fang", "Li Na", "Liu Yang", "Chen Jing", "Yang Lei"],
};
const REGIONS: Record<Lang, string[]> = { "zh-CN": ["华东", "华南", "华北"], "zh-TW": ["華東", "華南", "華北"], en: ["East", "South", "North"] };
const BLANK_ROWS = 4;
const date = (iso: string) => { const [year, month, day] = iso.split("-").map(Number); return civilToSerial({ year, month, day }); };

/** Inputs of the first four employees (the last two are left incomplete). */
const ROSTER_INPUTS: Partial<Record<FormId, Record<string, CellValue>[]>> = {
  salesMonthly: [
    { totalPay: 10000, completion: 0.8, f1: 2, a1: 1, a2: 0.5, a3: 0.5 },
    { totalPay: 9000, completion: 1.15, bonus: 600, f9: 1 },
    { totalPay: 8500, completion: 0.92, f5: 1, r5: "✓" },
    { totalPay: 12000, completion: 1, f2: 1, a1: 2 },
  ],
  regionalMonthly: [{ d1: 5, d4: 2 }, { d2: 4, r2: "✓" }, { d5: 10 }, { a1: 1 }],
  fieldMonthly: [{ d1: 2, d6: 5 }, { claims: 1 }, { d8: 3, a1: 0.5 }, { claims: 2 }],
  csMonthly: [{ self: 95, mgr: 90, perfBase: 3000 }, { self: 80, mgr: 85, perfBase: 2500 }, { self: 59, mgr: 59, perfBase: 2000 }, { self: 70, mgr: 75, perfBase: 2000 }],
  csPay: [
    { orders: 200000, bonus: 500, base: 3000, k1: 0.04, k2: 24, k3: 1, k4: 4.8, k5: 0 },
    { orders: 156789.45, bonus: 300, base: 2800, k1: 0.06 },
    { orders: 98000, bonus: 300, base: 2800 }, { orders: 120000, bonus: 0, base: 3000 },
  ],
  annualSummary: [
    Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`m${k + 1}`, 80 + (k % 5) * 3])),
    Object.fromEntries(Array.from({ length: 11 }, (_, k) => [`m${k + 1}`, 70 + k])),
    { ...Object.fromEntries(Array.from({ length: 5 }, (_, k) => [`m${k + 8}`, 90])), prorate: "✓" },
    { m1: 55, m2: 58 },
  ],
  visitRecord: [
    { date: date("2026-11-02"), customer: "华东五金", address: "上海市浦东新区", contact: "周经理 138…", purpose: "回访", content: "新品试用反馈", result: "满意", next: "下周报价" },
    { date: date("2026-11-04"), customer: "南方建材", address: "广州市天河区", contact: "吴先生", purpose: "催款", content: "十月货款", result: "月底付清", next: "跟进" },
  ],
  serviceRegister: [
    { date: date("2026-11-03"), kind: "A 有偿服务", customer: "李先生", address: "杭州", phone: "0571-…", model: "KX-200", spec: "标准", bought: date("2025-06-01"), place: "门店", content: "更换滤芯", hours: 1.5, serviceman: "王强" },
    { date: date("2026-11-05"), kind: "B 合同服务", customer: "华东五金", address: "上海", phone: "021-…", model: "KX-500", spec: "加大", bought: date("2024-03-15"), place: "经销商", content: "年度保养", hours: 3, serviceman: "王强" },
  ],
};

/** Documents filled in as HR would (form key → value). */
const DOCUMENT_INPUTS: Partial<Record<FormId, Record<string, CellValue>>> = {
  weeklyReport: { name: "张伟", region: "华东", week: date("2026-11-02"), submitted: date("2026-11-09"), onTime: "是", summaryTrue: "是", planTrue: "否", recordsOk: "是", marketTrue: "是", qualityOk: "是" },
  overtimeLog: { name: "王强", dept: "售后服务部", month: date("2026-11-01"), h1: 8, h2: 9, h3: 10, h4: 8, h5: 12.5, h6: 0, h8: 8, h9: 8 },
  dismissalReview: { name: "刘洋", id: "E1004", dept: "华北区", post: "业务员", hired: date("2024-03-15"), noticeDate: date("2025-03-14"), demerits: 3, longestAbsence: 1, absentDays: 2, failedYearEnd: "否", chosenGround: 1 },
  dismissalNotice: { docNo: "HR-2025-017", noticeDate: date("2025-03-14"), name: "刘洋", id: "E1004", dept: "华北区", post: "业务员", hired: date("2024-03-15"), ground: 1, delivered: date("2025-03-15") },
  separation: { name: "陈静", id: "E1005", dept: "华南区", post: "业务员", kind: "自请辞职", resignationDate: date("2026-10-31"), separationDate: date("2026-11-30"), clothesIssued: date("2026-02-01") },
  complaint: { caseNo: "KS-2611-03", customer: "南方建材", accepted: date("2026-11-03"), order: "SO-88213", product: "KX-500", defects: 12, kind: "质量异常", amount: 3200 },
  survey: { customer: "华东五金", serviceDate: date("2026-11-05"), jobNo: "FW-1105", serviceman: "王强", rating1: "非常满意", rating2: "满意", rating3: "满意", rating4: "一般" },
};

async function formBytes(id: FormId, lang: Lang, paper: Paper): Promise<Uint8Array> {
  const spec = id === "policy" ? undefined : FORMS[id];
  if (spec?.roster) {
    const dataCols = spec.roster.columns.filter((c) => c.kind === "data").length;
    const people = NAMES[lang].map((n, i) => [`E${1001 + i}`, n, REGIONS[lang][i % 3]].slice(0, dataCols));
    const rows = [...(dataCols > 0 ? people : NAMES[lang].map(() => [])), ...Array.from({ length: BLANK_ROWS }, () => [])];
    const inputs = ROSTER_INPUTS[id] ?? [];
    return xlsxBuffer(buildFormWorkbook(id, { lang, rows, inputs: rows.map((_, i) => inputs[i] ?? {}), paper }));
  }
  const wb = buildFormWorkbook(id, { lang, paper });
  if (id !== "policy" && lang === "zh-CN") {
    const keys = planForm(id, { lang }).keys;
    for (const [k, v] of Object.entries(DOCUMENT_INPUTS[id] ?? {})) {
      const at = parseRange(keys[k].split(":")[0]);
      wb.worksheets[0].getCell(at.top, at.left).value = v;
    }
  }
  return xlsxBuffer(wb);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv.splice(i, 2)[1] : undefined; };
  const langArg = option("--lang");
  const paper = (option("--paper") ?? "A4") as Paper;
  const gallery = langArg === undefined && paper === "A4";
  const langs: Lang[] = langArg === "all" ? [...LANGS] : [(langArg ?? "zh-CN") as Lang];
  const forms: FormId[] = argv.filter(isFormId);
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found: apt-get install libreoffice-calc fonts-noto-cjk poppler-utils");
  const out = gallery ? GALLERY : RENDERS;
  const work = join(RENDERS, ".work");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = new Map<string, Uint8Array>();
  for (const lang of langs) for (const id of forms.length ? forms : FORM_IDS) files.set(`${id}.${lang}`, await formBytes(id, lang, paper));
  const pdfs = await printForms(soffice, files, work);
  for (const [name, pdf] of pdfs) {
    const id = name.split(".")[0];
    for (const f of readdirSync(out)) if (f.startsWith(gallery ? `${id}.png` : `${name}-`)) rmSync(join(out, f));
    if (gallery) execFileSync("pdftoppm", ["-png", "-r", DPI, "-f", "1", "-l", "1", "-singlefile", pdf, join(out, id)]);
    else execFileSync("pdftoppm", ["-png", "-r", DPI, pdf, join(out, name)]);
    process.stdout.write(`${gallery ? join("docs/forms", `${id}.png`) : name}\n`);
  }
}

main().catch((e: unknown) => { process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`); process.exit(1); });
