/** Form specs: every section-T form, three languages, formulas that only use names that exist, no HR.* calls. */
import { readSpec } from "../support/spec";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { FORM_IDS, FORMS, nameRefs, planForm, planFormulas, policyRefs, ROSTER_FORMS, type FormSpec } from "../../src/forms";
import { colLetter } from "../../src/forms/address";
import { fitsWidth } from "../../src/forms/print";
import { BASE_FONT_SIZE, LOOKS } from "../../src/forms/styles";
import { DEFAULT_POLICY, LANGS, POLICY_TABLE } from "../../src/rules";

const ROOT = resolve(__dirname, "../..");

/** RULEBOOK section T: form name → rules; mapped to the spec ids. */
const SECTION_T: Record<string, string> = {
  "weekly work report": "weeklyReport",
  "customer visit record": "visitRecord",
  "salesperson monthly evaluation": "salesMonthly",
  "regional manager monthly evaluation": "regionalMonthly",
  "field service representative monthly evaluation": "fieldMonthly",
  "customer service monthly evaluation and ranking": "csMonthly",
  "after-sales online service pay sheet": "csPay",
  "annual summary (12 months)": "annualSummary",
  "overtime log": "overtimeLog",
  // One rulebook row, two documents: HR's review (grounds, L-2, approval) and the notice to the employee.
  "dismissal notice": "dismissalReview+dismissalNotice",
  "separation notice and handover list": "separation",
  "complaint handling form": "complaint",
  "customer opinion survey": "survey",
  "service register": "serviceRegister",
  "policy sheet": "policy",
};

function sectionT(): { name: string; rules: string[] }[] {
  const md = readSpec("RULEBOOK.md").split("## T.")[1]?.split("\n## ")[0] ?? "";
  return [...md.matchAll(/^\| ([^|]+?) \| ([A-Z][^|]*?) \|$/gm)].filter((m) => m[1] !== "form").map((m) => ({ name: m[1].trim(), rules: m[2].trim().split(/\s+/) }));
}

function localizedIn(x: unknown, path: string, out: [string, Record<string, unknown>][]): void {
  if (x === null || typeof x !== "object") return;
  const o = x as Record<string, unknown>;
  if ("zh-CN" in o || "zh-TW" in o || "en" in o) { out.push([path, o]); return; }
  for (const [k, v] of Object.entries(o)) localizedIn(v, `${path}.${k}`, out);
}

describe("section T", () => {
  const rows = (() => { try { return sectionT(); } catch { return []; } })();

  test("every section-T form has a spec, and covers the rules the rulebook lists for it", () => {
    const expected = rows.length > 0 ? rows : Object.keys(SECTION_T).map((name) => ({ name, rules: [] as string[] }));
    for (const { name, rules } of expected) {
      const key = Object.keys(SECTION_T).find((k) => name.startsWith(k));
      expect(key).toBeDefined();
      const ids = SECTION_T[key!].split("+");
      for (const id of ids) expect(FORM_IDS).toContain(id);
      if (ids[0] === "policy") continue;
      const covered = ids.flatMap((id) => FORMS[id as keyof typeof FORMS].rules);
      for (const r of rules) {
        // "A" and "G" stand for their whole section.
        expect(covered.some((c) => c === r || c.startsWith(`${r}-`))).toBe(true);
      }
    }
    expect(Object.keys(FORMS).length + 1).toBe(FORM_IDS.length);
  });
});

describe.each(Object.values(FORMS).map((f) => [f.id, f] as const))("%s", (_, spec: FormSpec) => {
  test("every text exists in zh-CN, zh-TW and en", () => {
    const found: [string, Record<string, unknown>][] = [];
    localizedIn(spec, spec.id, found);
    expect(found.length).toBeGreaterThan(3);
    for (const [path, l] of found) for (const lang of LANGS) {
      expect([path, lang, typeof l[lang] === "string" && (l[lang] as string).trim() !== ""]).toEqual([path, lang, true]);
    }
    // the Chinese forms are Chinese, the English one English
    expect(spec.title["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    expect(spec.title["zh-TW"]).toMatch(/[\u4e00-\u9fff]/);
    expect(spec.title.en).toMatch(/^[\x20-\x7e()]+$/);
  });

  test.each(LANGS.map((l) => [l]))("%s: formulas use only names the policy sheet defines; no HR.* call", (lang) => {
    const names = new Set(planForm("policy", { lang }).names.map((n) => n.name));
    const plan = planForm(spec.id, { lang, count: 3 });
    const formulas = planFormulas(plan);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) {
      expect(f).not.toMatch(/\bHR\./i);
      expect(f).not.toMatch(/[«»{}$][a-z]/); // every placeholder resolved
      for (const n of nameRefs(f)) expect([f, names.has(n)]).toEqual([f, true]);
    }
  });

  test("policy numbers are referenced by key, and every key is a scalar policy value", () => {
    const templates = JSON.stringify(spec);
    for (const k of policyRefs(templates)) expect(Object.keys(POLICY_TABLE)).toContain(k);
  });

  test("prints the policy version (L-7), A4 print setup with title rows (a roster across pages repeats its header rows)", () => {
    const plan = planForm(spec.id, { lang: "zh-CN" });
    expect(plan.cells.some((c) => typeof c.value === "string" && c.value.includes(DEFAULT_POLICY.version))).toBe(true);
    expect(plan.cells.some((c) => c.formula?.includes("KH_version"))).toBe(true);
    expect(plan.print.titleRows[0]).toBe(plan.print.colBreaks?.length ? spec.roster!.groupRow : 1);
    expect(plan.print.titleRows[1]).toBeGreaterThanOrEqual(2);
    expect(plan.print.paper).toBe("A4");
    expect(["portrait", "landscape"]).toContain(plan.print.orientation);
  });

  test("every input cell has validation, a list, or is free text", () => {
    const plan = planForm(spec.id, { lang: "en", count: 2 });
    const inputs = spec.cells.filter((c) => c.c.t === "input");
    for (const c of inputs) {
      const rule = (c.c as { rule: { kind: string } }).rule;
      if (rule.kind === "text") continue;
      expect([c.at, plan.validations.some((v) => v.range.split(":")[0] === c.at)]).toEqual([c.at, true]);
    }
  });
});

describe("flags", () => {
  const means = (id: keyof typeof FORMS) => FORMS[id].flags.map((f) => f.means);
  test("a dismissal ground, a score under 60, an out-of-band deduction are flagged", () => {
    expect(means("dismissalReview")).toContain("dismissalGround");
    for (const id of ["salesMonthly", "regionalMonthly", "fieldMonthly", "csMonthly", "annualSummary"] as const) expect(means(id)).toContain("under60");
    expect(means("fieldMonthly")).toContain("outOfBand");
    expect(means("dismissalReview")).toContain("lawWarning");
    expect(means("overtimeLog")).toContain("lawWarning");
  });
});

describe("roster forms", () => {
  test.each(ROSTER_FORMS.map((id) => [id]))("%s: one formula per column whatever N is", (id) => {
    const a = planForm(id, { lang: "zh-CN", count: 10 });
    const b = planForm(id, { lang: "zh-CN", count: 10_000 });
    expect(b.columnFormulas.length).toBe(a.columnFormulas.length);
    expect(b.columnFormulas.map((c) => c.r1c1.replace(/R(15|10005)C/g, "RLASTC"))).toEqual(a.columnFormulas.map((c) => c.r1c1.replace(/R(15|10005)C/g, "RLASTC")));
    expect(b.validations.length).toBe(a.validations.length);
    expect(b.flags.length).toBe(a.flags.length);
  });
});

describe("purity", () => {
  test("src/forms has no Office.js or ExcelJS", () => {
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    for (const f of walk(resolve(ROOT, "src/forms"))) {
      const src = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect([f, /from "exceljs"|\bExcel\.[A-Z]|\bOffice\.[a-z]/.test(src)]).toEqual([f, false]);
    }
  });
});

describe("print (issue 11): legible, summary first, sign-off last", () => {
  const documents = Object.values(FORMS).filter((f) => !f.roster);
  test.each(documents.map((f) => [f.id, f] as const))("%s: fits its page width at the legible minimum (8 pt on paper), in every language", (_, spec) => {
    for (const lang of LANGS) {
      const plan = planForm(spec.id, { lang });
      const smallestFont = Math.min(...plan.cells.map((c) => LOOKS[c.style].size ?? BASE_FONT_SIZE));
      expect(smallestFont).toBeGreaterThanOrEqual(10);
      expect(fitsWidth({ widths: plan.widths, orientation: plan.print.orientation, paper: "A4", smallestFont })).toBe(true);
      expect(plan.print.scale).toBeUndefined(); // fitted to the page width
    }
  });

  test.each(ROSTER_FORMS.map((id) => [id]))("%s: across pages, the first holds the employee and every summary result; title columns repeat; details outlined, last", (id) => {
    for (const paper of ["A4", "A3"] as const) {
      const plan = planForm(id, { lang: "zh-CN", paper });
      const columns = FORMS[id].roster!.columns;
      if (!plan.print.colBreaks?.length) { expect(plan.print.scale).toBeUndefined(); continue; }
      expect(plan.print.scale).toBeGreaterThanOrEqual(80);
      expect(plan.print.titleCols).toEqual([1, plan.roster!.colOf.name]);
      const firstPage = plan.print.colBreaks[0];
      const summary = columns.filter((c) => c.mirrors && !c.detail).map((c) => plan.roster!.colOf[c.key]);
      expect(Math.max(...summary)).toBeLessThanOrEqual(firstPage);
      const details = columns.filter((c) => c.detail).map((c) => plan.roster!.colOf[c.key]);
      if (details.length > 0) {
        expect(Math.min(...details)).toBeGreaterThan(firstPage);
        expect(plan.outline!.cols.flatMap((g) => Array.from({ length: g.to - g.from + 1 }, (_, k) => g.from + k))).toEqual(details);
      }
      // The print area: the first page's columns down to the sign-off, then the others' table only.
      expect(plan.printArea!.split(",")).toHaveLength(2);
    }
  });

  test.each(Object.values(FORMS).map((f) => [f.id, f] as const))("%s: signed by the roles of its rulebook chain, after everything else", (_, spec) => {
    const plan = planForm(spec.id, { lang: "zh-CN", count: 4 });
    if (!spec.signOff) {
      expect(spec.id).toBe("dismissalNotice"); // the notice carries the company's seal and the employee's receipt instead
      expect(plan.cells.some((c) => c.value === "（公司盖章）")).toBe(true);
      return;
    }
    const heading = plan.cells.filter((c) => c.value === "职责");
    expect(heading).toHaveLength(1);
    const bottom = Math.max(...plan.cells.map((c) => c.row));
    expect(bottom).toBe(heading[0].row + spec.signOff.roles.length);
    for (const [i, role] of spec.signOff.roles.entries()) expect(plan.cells.find((c) => c.row === heading[0].row + 1 + i && c.col === 1)?.value).toBe(role["zh-CN"]);
    expect(Number(plan.printArea!.split(",")[0].replace(/^.*[A-Z]/, ""))).toBe(bottom);
  });

  test("the sales chain is F-9's: regional manager, sales planning, sales VP, HR", () => {
    expect(FORMS.salesMonthly.signOff!.roles.map((r) => r["zh-CN"])).toEqual(["考核人（区域经理，F-9）", "汇总（销售计划部）", "初审（销售副总）", "复审（人事部）"]);
  });
});

describe("roster tables", () => {
  test.each(ROSTER_FORMS.map((id) => [id]))("%s: constant, unique headers; a formula only in group headers (the policy's live numbers)", (id) => {
    for (const lang of LANGS) {
      const plan = planForm(id, { lang });
      const headerRow = FORMS[id].roster!.headerRow;
      const headers = plan.cells.filter((c) => c.row === headerRow).sort((a, b) => a.col - b.col);
      expect(headers.map((c) => c.value)).toEqual(plan.table!.columns.map((c) => c.header));
      expect(headers.every((c) => c.formula === undefined && typeof c.value === "string")).toBe(true);
      expect(new Set(headers.map((c) => (c.value as string).toLowerCase())).size).toBe(headers.length);
    }
  });

  test("csMonthly: the ranking bonus header has no bracket to break; the month/department/evaluator row reaches the table's last column", () => {
    const plan = planForm("csMonthly", { lang: "zh-CN" });
    expect(plan.table!.columns.map((c) => c.header)).toContain("排名奖罚");
    const last = plan.widths.length;
    expect(plan.merges.some((m) => /^[A-Z]+3:([A-Z]+)3$/.exec(m)?.[1] === colLetter(last))).toBe(true);
  });
});

describe("blank means blank", () => {
  test.each([...ROSTER_FORMS, "visitRecord", "serviceRegister"].map((id) => [id]))("%s: No. counts used rows only; every other formula column and every flag over the rows waits for No.", (id) => {
    const plan = planForm(id as keyof typeof FORMS, { lang: "zh-CN", count: 5 });
    const no = plan.roster!.colOf.no;
    const first = plan.roster!.firstRow;
    for (const f of plan.columnFormulas) {
      const plain = f.plainR1C1!.replace(/^=IF\(KH_policyOk,/, "=");
      if (f.col === no) expect(plain).toMatch(/^=IF\(COUNTA\(.*\)=0,"",ROW\(\)-ROW\(INDEX\(/);
      else expect(plain).toMatch(new RegExp(`^=IF\\(RC${no === f.col ? "" : `\\[${no - f.col}\\]`}="","",`));
    }
    for (const fl of plan.flags.filter((x) => Number(/\d+/.exec(x.range)![0]) === first)) expect(fl.formula).toMatch(new RegExp(`^=AND\\(\\$A${first}<>"",`));
  });
});
