/** The policy sheet as the rows a reader gets from a workbook (values from A1; formula cells read as blank). */
import { planForm } from "../../src/forms";
import type { Lang, Policy } from "../../src/rules";

export function policySheetRows(policy: Policy, lang: Lang): (string | number | null)[][] {
  const plan = planForm("policy", { lang, policy });
  const rows: (string | number | null)[][] = [];
  for (const c of plan.cells) {
    const row = (rows[c.row - 1] ??= []);
    row[c.col - 1] = c.formula !== undefined ? null : c.value ?? null;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (x) => x ?? null));
}

/** A seeded shuffle (the same order every run). */
export function shuffled<T>(items: readonly T[], seed = 20261128): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const next = () => { s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0; return s / 2 ** 32; };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
