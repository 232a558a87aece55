/** The .xlsx writer and the forms CLI: files that open, names that resolve, print setup, validation, flags. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FORM_IDS, FORMS, planForm } from "../../src/forms";
import { colLetter, parseRange } from "../../src/forms/address";
import { parseArgs } from "../../src/cli/forms";
import { DEFAULT_POLICY, LANGS, POLICY_SHEET_NAMES, loadPolicy, readPolicySheet } from "../../src/rules";
import { workbookPolicySheets } from "../../src/cli/policy";
import { buildFormWorkbook, formXlsxBuffer, xlsxBuffer } from "../../src/workbook/xlsxWriter";

const ROOT = resolve(__dirname, "../..");

async function reopen(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe.each(LANGS.map((l) => [l]))("%s", (lang) => {
  test.each(Object.keys(FORMS).map((id) => [id]))("%s: form sheet + policy sheet, names, print setup, validation, flags", async (id) => {
    const form = FORMS[id as keyof typeof FORMS];
    const wb = await reopen(await formXlsxBuffer(form.id, { lang, count: 5 }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([form.sheetName[lang], POLICY_SHEET_NAMES[lang]]);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe(form.title[lang]);
    const plan = planForm(form.id, { lang, count: 5 });
    expect(ws.pageSetup.paperSize).toBe(9); // A4
    expect(ws.pageSetup.orientation).toBe(form.orientation);
    // Fitted to the page width, or (a roster across pages) a fixed scale that keeps text legible.
    if (plan.print.scale === undefined) expect(ws.pageSetup.fitToWidth).toBe(1);
    else expect([ws.pageSetup.fitToPage, ws.pageSetup.scale]).toEqual([false, plan.print.scale]);
    expect(ws.pageSetup.printTitlesRow).toBe(`${plan.print.titleRows[0]}:${plan.print.titleRows[1]}`);
    const names = planForm("policy", { lang }).names;
    for (const n of names.slice(0, 5)) expect(wb.definedNames.getRanges(n.name).ranges.length).toBe(1);
    let formulas = 0;
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) { formulas++; expect(cell.formula).not.toMatch(/\bHR\./i); }
    }));
    expect(formulas).toBeGreaterThan(0);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(dv).length).toBeGreaterThan(0);
    expect(plan.flags.length > 0 || form.id === "dismissalNotice").toBe(true); // the notice to the employee flags nothing
  });
});

test("roster data is written as text; defined names point into the policy sheet", async () => {
  const wb = buildFormWorkbook("csMonthly", { lang: "zh-CN", rows: [["=1+1", "@张三", "-门店"]] });
  const ws = wb.worksheets[0];
  const first = planForm("csMonthly", { lang: "zh-CN", count: 1 }).roster!.firstRow;
  expect(ws.getCell(`B${first}`).value).toBe("=1+1");
  expect(ws.getCell(`B${first}`).numFmt).toBe("@");
  const back = await reopen(Buffer.from(await wb.xlsx.writeBuffer()));
  expect(back.worksheets[0].getCell(`B${first}`).value).toBe("=1+1");
  // Bound by key: the name points at a hidden lookup of the policy sheet.
  const ref = back.definedNames.getRanges("KH_review_selfWeight").ranges[0];
  expect(ref).toMatch(/^'?规则'?!\$J\$\d+$/);
  const lookup = back.getWorksheet("规则")!.getCell(ref.replace(/^.*!/, "").replace(/\$/g, "")).value as ExcelJS.CellFormulaValue;
  expect(lookup.formula).toContain('MATCH("review.selfWeight",$G:$G,0)');
});

describe.each(LANGS.map((l) => [l]))("%s: a policy written to .xlsx", (lang) => {
  test("reads back (ExcelJS, as a file is opened) with every key equal", async () => {
    const items = structuredClone(DEFAULT_POLICY.values["fieldRep.items"]);
    items[1].cases[1].max = 8;
    const l = loadPolicy({ version: "2027.4", published: "2027-04-01", values: {
      "complaint.closeDays": 7, "survey.levelScores": [9, 6, 3, 1], "csPay.indicatorTargets": { disputes: { direction: "max", target: 2 } },
      "dismissal.noticeBands": [{ fromMonths: 0, days: 1 }, { fromMonths: 6, days: 14 }], "fieldRep.items": items,
    } });
    if (!l.ok) throw new Error(JSON.stringify(l.problems));
    const wb = await reopen(await formXlsxBuffer("policy", { lang, policy: l.policy }));
    const [found] = await workbookPolicySheets(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(found.sheet).toBe(POLICY_SHEET_NAMES[lang]);
    expect(readPolicySheet(found.rows, found.sheet).load).toEqual({ ok: true, policy: l.policy });
    const ws = wb.getWorksheet(POLICY_SHEET_NAMES[lang])!;
    expect(ws.getColumn(7).hidden).toBe(true);
    expect(ws.pageSetup.printArea).toMatch(/^A\$?1:F\$?\d+$/);
    expect(ws.pageSetup.orientation).toBe("landscape");
  });
});

describe("forms CLI", () => {
  test("arguments", () => {
    expect(parseArgs(["--lang", "en", "--out", "x", "survey"])).toMatchObject({ lang: "en", out: "x", forms: ["survey"] });
    expect(parseArgs([]).forms).toEqual([...FORM_IDS]);
  });

  test("npm run forms writes one .xlsx per form, each with the policy sheet", async () => {
    const out = mkdtempSync(join(tmpdir(), "kaohe-forms-"));
    execFileSync(process.execPath, [resolve(ROOT, "node_modules/tsx/dist/cli.mjs"), "src/cli/forms.ts", "--lang", "zh-TW", "--out", out, "survey", "complaint", "policy"], { cwd: ROOT, stdio: "pipe" });
    expect(readdirSync(out).sort()).toEqual(["complaint.zh-TW.xlsx", "policy.zh-TW.xlsx", "survey.zh-TW.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "survey.zh-TW.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["客戶意見調查表", "規則"]);
    expect(existsSync(join(out, "policy.zh-TW.xlsx"))).toBe(true);
  });
});

// ── The sheet as written: cells with their formulas, values and resolved styles (read from the XML) ──
interface XmlCell { formula?: string; value?: string; style: string }

async function sheetCells(buf: Buffer, index = 1): Promise<{ cells: Map<string, XmlCell>; xml: string }> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)!.async("string");
  const stylesXml = await zip.file("xl/styles.xml")!.async("string");
  const list = (tag: string) => [...(new RegExp(`<${tag}s[^>]*>([\\s\\S]*?)</${tag}s>`).exec(stylesXml)?.[1] ?? "").matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, "g"))].map((m) => m[0]);
  const fonts = list("font");
  const fills = list("fill");
  const borders = list("border");
  const numFmts = new Map([...stylesXml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)![1]).matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => {
    const x = m[0];
    const attr = (a: string) => new RegExp(`\\b${a}="(\\d+)"`).exec(x)?.[1] ?? "0";
    return JSON.stringify([numFmts.get(attr("numFmtId")) ?? attr("numFmtId"), fonts[Number(attr("fontId"))], fills[Number(attr("fillId"))], borders[Number(attr("borderId"))],
      /<alignment[^>]*\/>/.exec(x)?.[0] ?? "", /<protection[^>]*\/>/.exec(x)?.[0] ?? ""]);
  });
  const sst = await zip.file("xl/sharedStrings.xml")?.async("string");
  const strings = sst ? [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")) : [];
  const masters = new Map<string, string>();
  const cells = new Map<string, XmlCell>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, inner = ""] = m;
    const s = /\bs="(\d+)"/.exec(attrs)?.[1] ?? "0";
    const t = /\bt="(\w+)"/.exec(attrs)?.[1];
    const f = /<f([^>]*)>([\s\S]*?)<\/f>|<f([^>]*)\/>/.exec(inner);
    let formula: string | undefined;
    if (f) {
      const si = /\bsi="(\d+)"/.exec(f[1] ?? f[3] ?? "")?.[1];
      if (f[2] !== undefined) { formula = f[2]; if (si !== undefined) masters.set(si, f[2]); }
      else formula = masters.get(si!);
    }
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    const value = t === "s" ? strings[Number(v)] : t === "inlineStr" ? /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] : f ? undefined : v;
    cells.set(ref, { formula, value, style: xfs[Number(s)] });
  }
  return { cells, xml };
}

describe("framed rosters (the fast path) write what the complete model writes", () => {
  test.each([["salesMonthly"], ["serviceRegister"], ["csPay"]] as const)("%s with employees and inputs: every cell's formula, value and look", async (id) => {
    const rows = Array.from({ length: 7 }, (_, i) => [`E${i + 1}`, `员工${i + 1}`, "华东"]);
    const inputs = rows.map((_, i): Record<string, string | number | null> => (id === "salesMonthly" ? { totalPay: 9000 + i, completion: 0.9, f1: i % 3, r1: i === 2 ? "✓" : null } : id === "csPay" ? { orders: 1000 * i, bonus: 100, base: 2800 } : { date: 46000 + i, hours: i / 2, customer: `=客户${i}` }));
    const opts = { lang: "zh-CN" as const, rows, inputs };
    const framed = await sheetCells(await formXlsxBuffer(id, opts));
    const complete = await sheetCells(await xlsxBuffer(buildFormWorkbook(id, opts)));
    const diff: string[] = [];
    for (const [ref, want] of complete.cells) {
      const got = framed.cells.get(ref) ?? { style: "(missing)" };
      if (JSON.stringify(got) !== JSON.stringify(want)) diff.push(`${ref}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(diff.slice(0, 5)).toEqual([]);
    expect(framed.cells.size).toBe(complete.cells.size);
    const { firstRow, lastRow } = planForm(id, opts).roster!;
    expect(framed.xml).toMatch(new RegExp(`<f t="shared" ref="[A-Z]+${firstRow}:[A-Z]+${lastRow}" si="\\d+">`));
  });
});

describe("tables, protection, validations (issue 7 row 14)", () => {
  test("a roster is a table over its header and rows, with calculated columns and a totals row summing the pay", async () => {
    const buf = await formXlsxBuffer("salesMonthly", { lang: "zh-CN", count: 4 });
    const zip = await JSZip.loadAsync(buf);
    const table = await zip.file("xl/tables/table1.xml")!.async("string");
    const plan = planForm("salesMonthly", { lang: "zh-CN", count: 4 });
    expect(table).toMatch(new RegExp(`ref="${plan.table!.range}"`));
    expect(plan.table!.range).toBe(`A5:AX${plan.roster!.lastRow + 1}`);
    expect(table).toMatch(/totalsRowCount="1"/);
    expect(table).toMatch(new RegExp(`<autoFilter ref="A5:AX${plan.roster!.lastRow}"`));
    expect(table).toMatch(/<tableColumn id="1" name="序号" totalsRowLabel="合计">/);
    const sum = "IF(KH_policyOk,SUBTOTAL(109,salesMonthly[[月度薪酬]]),&quot;&quot;)";
    expect(table).toMatch(/<tableColumn id="\d+" name="月度薪酬" totalsRowFunction="custom"><calculatedColumnFormula>IF\(KH_policyOk,IF\(salesMonthly\[\[#This Row\],\[序号\]\]=&quot;&quot;/);
    expect(table).toContain(`<totalsRowFormula>${sum}</totalsRowFormula></tableColumn>`);
    const { cells } = await sheetCells(buf);
    const pay = colLetter(plan.roster!.colOf.pay);
    expect(cells.get(`${pay}${plan.roster!.lastRow + 1}`)?.formula).toBe(sum);
  });

  test.each(FORM_IDS.map((id) => [id]))("%s: formulas locked, inputs open, the sheet protected without a password (sorting and filtering allowed); one validation per range", async (id) => {
    const buf = await formXlsxBuffer(id, { lang: "en", count: 6 });
    const { cells, xml } = await sheetCells(buf);
    const plan = planForm(id, { lang: "en", count: 6 });
    if (id === "policy") {
      expect(xml).not.toContain("<sheetProtection");
    } else {
      expect(xml).toMatch(/<sheetProtection sheet="1" (?![^>]*password)[^>]*sort="0" autoFilter="0"[^>]*\/>|<sheetProtection sheet="1" [^>]*autoFilter="0"[^>]*sort="0"/);
      const unlocked = (ref: string) => cells.get(ref)?.style.includes('locked=\\"0\\"') ?? false;
      for (const u of plan.protect!.unlocked) expect([u, unlocked(u.split(":")[0])]).toEqual([u, true]);
      for (const c of plan.cells.filter((x) => x.formula)) { const ref = `${colLetter(c.col)}${c.row}`; expect([ref, unlocked(ref)]).toEqual([ref, false]); }
      for (const f of plan.columnFormulas) { const ref = `${colLetter(f.col)}${f.firstRow}`; expect([ref, unlocked(ref)]).toEqual([ref, false]); }
    }
    const covered = new Map<string, string>();
    for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)) {
      for (const part of m[1].split(" ")) {
        const r = parseRange(part);
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) {
          const key = `${colLetter(col)}${row}`;
          expect([key, covered.get(key)]).toEqual([key, undefined]);
          covered.set(key, part);
        }
      }
    }
  });

  test("A3 on request, a wide roster's title columns, page breaks and expanded outline", async () => {
    const buf = await formXlsxBuffer("salesMonthly", { lang: "zh-CN", count: 4, paper: "A3" });
    const zip = await JSZip.loadAsync(buf);
    const { xml } = await sheetCells(buf);
    const plan = planForm("salesMonthly", { lang: "zh-CN", count: 4, paper: "A3" });
    expect(xml).toMatch(new RegExp(`<pageSetup paperSize="8" orientation="landscape"[^>]*scale="${plan.print.scale}"`));
    expect(xml).toContain(`<colBreaks count="1" manualBreakCount="1"><brk id="${plan.print.colBreaks![0]}" max="1048575" man="1"/></colBreaks>`);
    expect(xml).toMatch(/<col min="\d+" max="\d+" width="[\d.]+" outlineLevel="1" customWidth="1"\/>/);
    expect(xml).not.toMatch(/collapsed="1"/);
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'业务员月度考核'!$A$1:$${plan.printArea!.split(",")[0].split(":")[1].replace(/(\d+)/, "$$$1")},'业务员月度考核'!`);
    expect(book).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;业务员月度考核&apos;!\$A:\$C,&apos;业务员月度考核&apos;!\$4:\$5<\/definedName>/);
  });
});
