/**
 * Blank means blank (issue 11), form and function agreeing: every roster form is filled
 * with a complete row, then with each input left blank in turn, and an employee with no
 * inputs; LibreOffice recalculates it, and every column that mirrors a worksheet
 * function (RosterColumn.mirrors) must show what the function gives on the same row:
 * its number, nothing where it refuses a blank required input ("必须填写"), no number
 * where it refuses anything else. The form marks those rows incomplete (a "missing"
 * flag on exactly the inputs the functions require). Optional inputs (a bonus, counts,
 * absences) stay blank = their default on both.
 * Without soffice the suite skips loudly, and fails when CI=true.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FORMS, planForm, requiredInputs, ROSTER_FORMS, type CellValue, type DocumentFormId, type MirrorArg, type SheetPlan } from "../../src/forms";
import { colLetter } from "../../src/forms/address";
import { DEFAULT_POLICY, findFunction, invoke, loadPolicy, type Policy, type Raw } from "../../src/rules";
import { formXlsxBuffer } from "../../src/workbook/xlsxWriter";
import { findSoffice, loProfile, readSheetValues, type SheetValue } from "../support/libreoffice";

const soffice = findSoffice();
const CI = process.env.CI === "true";
const TICK = "✓";

/** Targets for every E-2 indicator, so CSPAY has something to check (the defaults set none). */
const targeted = loadPolicy({ version: DEFAULT_POLICY.version, published: DEFAULT_POLICY.published, values: {
  "csPay.indicatorTargets": { refundRate: { direction: "max", target: 0.05 }, refundDuration: { direction: "max", target: 48 }, disputes: { direction: "max", target: 2 }, dsr: { direction: "min", target: 4.7 }, internalComplaints: { direction: "max", target: 1 } },
} });
if (!targeted.ok) throw new Error(JSON.stringify(targeted.problems));
const POLICY: Policy = targeted.policy;

/** A complete row of each roster form (inputs by column key). */
const COMPLETE: Partial<Record<DocumentFormId, Record<string, CellValue>>> = {
  salesMonthly: { f1: 2, f5: 1, f9: 1, r5: TICK, a1: 1, a2: 0.5, totalPay: 10000, completion: 0.8, bonus: 500 },
  regionalMonthly: { d1: 5, d2: 4, d5: 3, r2: TICK, a1: 1 },
  fieldMonthly: { d1: 2, d6: 5, d8: 3, claims: 1, a1: 0.5 },
  csMonthly: { self: 80, mgr: 90, perfBase: 2000 },
  csPay: { orders: 200000, bonus: 500, base: 3000, k1: 0.04, k2: 24, k3: 1, k4: 4.8, k5: 0 },
  annualSummary: { ...Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`m${k + 1}`, 80 + k])), prorate: null },
};
/** Scores of a few more employees, so a ranking has a first and a last. */
const OTHERS: Partial<Record<DocumentFormId, Record<string, CellValue>[]>> = {
  csMonthly: [{ self: 95, mgr: 95, perfBase: 3000 }, { self: 50, mgr: 55, perfBase: 1800 }],
};

interface Case { id: DocumentFormId; rows: { what: string; inputs: Record<string, CellValue> }[]; plan: SheetPlan }

const cases: Case[] = ROSTER_FORMS.map((id) => {
  const complete = COMPLETE[id]!;
  const inputKeys = FORMS[id].roster!.columns.filter((c) => c.kind === "input").map((c) => c.key);
  const rows = [
    { what: "complete", inputs: complete },
    ...inputKeys.filter((k) => complete[k] !== undefined && complete[k] !== null).map((k) => ({ what: `${k} blank`, inputs: { ...complete, [k]: null } })),
    { what: "an employee, no input", inputs: {} },
    ...(OTHERS[id] ?? []).map((inputs, i) => ({ what: `other ${i + 1}`, inputs })),
  ];
  return { id, rows, plan: planForm(id, { lang: "zh-CN", policy: POLICY, count: rows.length }) };
});

type Expected = { value: CellValue } | { error: string };

/** What each mirrored column of each row should show: the function on that row (columns in order; a column's result feeds the next). */
function expectations(c: Case): Map<string, Expected>[] {
  const columns = FORMS[c.id].roster!.columns;
  const out: Map<string, Expected>[] = c.rows.map(() => new Map());
  const valueOf = (row: number, key: string): CellValue => {
    const got = out[row].get(key);
    if (got) return "value" in got ? got.value : null;
    const v = c.rows[row].inputs[key];
    return v === undefined ? null : v;
  };
  const keysBetween = (span: string) => {
    const [a, b] = span.split(":");
    const ia = columns.findIndex((x) => x.key === a);
    const ib = columns.findIndex((x) => x.key === b);
    return columns.slice(ia, ib + 1).map((x) => x.key);
  };
  const arg = (row: number, a: MirrorArg): Raw => {
    if (typeof a !== "string") {
      if ("within" in a) throw new Error(`${a.cols}: the forms rank the whole column; only month sheets rank within a group`);
      const keys = keysBetween(a.cols.includes(":") ? a.cols : `${a.cols}:${a.cols}`);
      if (a.as === "ticks") return [keys.map((k) => valueOf(row, k) === TICK)];
      const targets = POLICY.values["csPay.indicatorTargets"];
      const names = Object.keys(targets);
      const met = keys.flatMap((k, i) => {
        const v = valueOf(row, k);
        if (targets[names[i]].target === null) return [];
        if (v === null) return [false];
        const r = invoke(findFunction("INDICATORMET")!, [names[i], v], POLICY, "zh-CN");
        return [r.ok ? r.value : false];
      });
      return met.length === 0 ? [[null]] : [met];
    }
    if (a.endsWith(":col")) return c.rows.map((_, r) => [valueOf(r, a.slice(0, -4))]).filter(([v]) => typeof v === "number");
    if (a.includes(":")) return [keysBetween(a).map((k) => valueOf(row, k))];
    return valueOf(row, a);
  };
  for (const col of columns) {
    if (!col.mirrors) continue;
    const fn = findFunction(col.mirrors.fn)!;
    c.rows.forEach((_, row) => {
      const r = invoke(fn, col.mirrors!.args.map((a) => arg(row, a)), POLICY, "zh-CN");
      out[row].set(col.key, r.ok ? { value: r.value as CellValue } : { error: r.error.code });
    });
  }
  return out;
}

describe("form and function agree on blanks (LibreOffice recalculates the forms)", () => {
  test.each(cases.map((c) => [c.id, c] as const))("%s: the form marks incomplete exactly the inputs its functions require", (_, c) => {
    const required = requiredInputs(FORMS[c.id].roster!);
    const missing = c.plan.flags.filter((f) => f.means === "missing" && /^=AND\(\$A\d+<>"",ISBLANK\([A-Z]+\d+\)\)$/.test(f.formula));
    expect(missing.map((f) => c.plan.roster!.colOf[Object.entries(c.plan.roster!.colOf).find(([, col]) => `${colLetter(col)}${c.plan.roster!.firstRow}` === f.range.split(":")[0])![0]])).toEqual(required.map((k) => c.plan.roster!.colOf[k]));
    // …and those are the inputs whose blank the function refuses as required.
    const refused = new Set<string>();
    expectations(c).forEach((row, i) => { for (const e of row.values()) if ("error" in e && e.error === "required" && c.rows[i].what.endsWith(" blank")) refused.add(c.rows[i].what.replace(/ blank$/, "")); });
    expect([...refused].filter((k) => FORMS[c.id].roster!.columns.find((x) => x.key === k)?.kind === "input").sort()).toEqual([...required].sort());
  });

  if (!soffice) {
    const msg = "LibreOffice (soffice) not found: the blank-agreement check of the forms did NOT run. Install libreoffice-calc (apt) to run it.";
    if (CI) test("LibreOffice is required when CI=true", () => { throw new Error(msg); });
    else { console.warn(`⚠ ${msg}`); test.skip("blank agreement (no soffice)", () => undefined); }
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), "kaohe-blank-"));
  const values = new Map<string, Map<string, SheetValue>>();
  beforeAll(async () => {
    const files: string[] = [];
    for (const c of cases) {
      const rows = c.rows.map((_, i) => [`E${i + 1}`, `员工${i + 1}`, "华东"]);
      const file = join(dir, `${c.id}.xlsx`);
      writeFileSync(file, await formXlsxBuffer(c.id, { lang: "zh-CN", policy: POLICY, rows, inputs: c.rows.map((r) => r.inputs) }));
      files.push(file);
    }
    execFileSync(soffice, [`-env:UserInstallation=file://${loProfile()}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", join(dir, "out"), ...files], { stdio: "pipe", timeout: 600_000 });
    for (const c of cases) values.set(c.id, await readSheetValues(join(dir, "out", `${c.id}.xlsx`), 1));
  }, 600_000);

  test.each(cases.map((c) => [c.id, c] as const))("%s: every mirrored column shows what its function gives, row by row", (_, c) => {
    const got = values.get(c.id)!;
    const problems: string[] = [];
    let compared = 0;
    expectations(c).forEach((row, i) => {
      for (const [key, e] of row) {
        const at = `${colLetter(c.plan.roster!.colOf[key])}${c.plan.roster!.firstRow + i}`;
        const v = got.get(at);
        const show = `${c.rows[i].what}: ${key} at ${at} shows ${JSON.stringify(v)}, the function ${JSON.stringify(e)}`;
        compared++;
        if ("value" in e) {
          if (typeof e.value === "number" ? typeof v !== "number" || Math.abs(v - e.value) > 1e-9 : v !== e.value) problems.push(show);
        } else if (e.error === "required") {
          if (v !== undefined && v !== "") problems.push(show);
        } else if (typeof v === "number") problems.push(show);
      }
    });
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(c.rows.length);
  });
});
