/**
 * Render every form to PNG for a visual check: .xlsx (with a few sample rows) →
 * LibreOffice → PDF → pdftoppm → renders/<form>.<lang>-<page>.png (git-ignored).
 *
 *   npx tsx scripts/render-forms.ts [--lang zh-CN|zh-TW|en|all] [FORM…]
 *
 * Needs soffice (libreoffice-calc, fonts-noto-cjk) and pdftoppm (poppler-utils).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { FORM_IDS, isFormId, ROSTER_FORMS, type FormId } from "../src/forms";
import { LANGS, type Lang } from "../src/rules";
import { buildFormWorkbook } from "../src/workbook/xlsxWriter";
import { convert, findSoffice, loProfile } from "../test/support/libreoffice";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "renders");
const SAMPLE_NAMES: Record<Lang, string[]> = {
  "zh-CN": ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"],
  "zh-TW": ["張偉", "王芳", "李娜", "劉洋", "陳靜", "楊磊"],
  en: ["Zhang Wei", "Wang Fang", "Li Na", "Liu Yang", "Chen Jing", "Yang Lei"],
};
const REGIONS: Record<Lang, string[]> = { "zh-CN": ["华东", "华南", "华北"], "zh-TW": ["華東", "華南", "華北"], en: ["East", "South", "North"] };

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const li = argv.indexOf("--lang");
  const langArg = li >= 0 ? argv.splice(li, 2)[1] : "zh-CN";
  const langs: Lang[] = langArg === "all" ? [...LANGS] : [langArg as Lang];
  const forms: FormId[] = argv.filter(isFormId);
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found: apt-get install libreoffice-calc fonts-noto-cjk poppler-utils");
  mkdirSync(OUT, { recursive: true });
  const work = join(OUT, ".work");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const profile = loProfile();
  for (const lang of langs) for (const id of forms.length ? forms : FORM_IDS) {
    const rows = (ROSTER_FORMS as readonly string[]).includes(id)
      ? SAMPLE_NAMES[lang].map((n, i) => [`E${1001 + i}`, n, REGIONS[lang][i % 3]]) : undefined;
    const wb = buildFormWorkbook(id, { lang, rows });
    if (id !== "policy") wb.worksheets[1].state = "hidden"; // print the form only; its formulas still read the policy sheet
    const xlsx = join(work, `${id}.${lang}.xlsx`);
    writeFileSync(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
    const pdf = convert(soffice, xlsx, work, "pdf", profile);
    for (const f of readdirSync(OUT)) if (f.startsWith(`${id}.${lang}-`)) rmSync(join(OUT, f));
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "2", pdf, join(OUT, `${id}.${lang}`)]);
    process.stdout.write(`${id}.${lang}\n`);
  }
}

main().catch((e: unknown) => { process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`); process.exit(1); });
