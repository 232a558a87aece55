/** Calculators return a trace: inputs, the rule IDs applied, each figure, and legal warnings (L-2, L-3, L-5, G-1). */
import { CATALOGUE, DEFAULT_POLICY, LANGS, MESSAGES, STEPS, WARNINGS, exampleOf, findFunction, formatWarning, invoke, loadPolicy } from "../../src/rules";
import { toRaw } from "../../src/cli/calcCore";
import type { CalcArg } from "../../src/rules";

function run(name: string, ...args: CalcArg[]) {
  const out = invoke(findFunction(name)!, args.map(toRaw), DEFAULT_POLICY, "en");
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return out.trace;
}

describe("traces", () => {
  test("F-10: each figure of 9,150 with its rule", () => {
    const t = run("SALESPAY", 10000, 0.8, 90);
    expect(t.inputs).toEqual({ totalPay: 10000, completionRate: 0.8, dailyScore: 90, overPlanBonus: 0 });
    expect(t.rules).toEqual(["F-10", "P-2"]);
    expect(t.steps.map((s) => s.value)).toEqual([5000, 0.8, 2800, 1350, 9150]);
  });

  test("C-2 with the L-2 warning: the company's 10/20 days are below the legal 30", () => {
    const t = run("NOTICEDAYS", "2024-03-15", "2025-03-15");
    expect(t.steps.map((s) => [s.rule, s.value])).toEqual([["C-2", 12], ["C-2", 20]]);
    expect(t.warnings.map((w) => formatWarning(w, "en"))).toEqual([
      "L-2: company notice of 20 days is below the legal 30 days' written notice or a month's pay in lieu (Labour Contract Law art. 40)",
    ]);
    expect(t.warnings.map((w) => formatWarning(w, "zh-TW"))).toEqual(["L-2: 公司預告期 20 天，少於法定的 30 天書面通知或一個月工資代通知金（勞動合同法第40條）"]);
  });

  test("D-1 with L-3: one month from 1 February is 28 days, under the legal 30 days' notice", () => {
    expect(run("LASTWORKDAY", "2025-02-01").warnings.map((w) => w.rule)).toEqual(["L-3"]);
    expect(run("LASTWORKDAY", "2025-03-01").warnings).toEqual([]); // 31 days
  });

  test("L-5: a pay result below the policy's minimum wage is warned about", () => {
    const load = loadPolicy({ version: "2027.1", published: "2027-01-01", values: { "law.minimumWage": 2500 } });
    if (!load.ok) throw new Error("policy");
    const out = invoke(findFunction("PERFPAY")!, [2000, 80], load.policy, "en");
    expect(out.ok && out.trace.warnings.map((w) => formatWarning(w, "en"))).toEqual([]);
    const pay = invoke(findFunction("SALESPAY")!, [2000, 0.8, 90], load.policy, "en");
    expect(pay.ok && pay.value).toBe(1830); // 1,000 + 560 + 270
    expect(pay.ok && pay.trace.warnings.map((w) => formatWarning(w, "en"))).toEqual([
      "L-5: pay 1830 is below the local minimum wage 2500 (Interim Provisions on Wage Payment art. 16)",
    ]);
  });

  test("G-1: two falsified claims flag a transfer", () => {
    expect(run("FIELDREPSCORE", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2).warnings.map((w) => formatWarning(w, "en"))).toEqual(["G-1: 2 falsified claims: flag for transfer"]);
  });

  test("L-6: the dismissal check never takes a ranking; it names L-6 in its trace", () => {
    expect(findFunction("DISMISSALCHECK")!.params.map((p) => p.name)).not.toContain("rank");
    expect(run("DISMISSALCHECK", 0, 0, 0).rules).toContain("L-6");
  });
});

describe("step labels", () => {
  test("every step label and warning key a calculator records is in the catalogues, in all three languages", () => {
    for (const f of CATALOGUE) {
      const out = invoke(f, exampleOf(f).args.map(toRaw), DEFAULT_POLICY, "en");
      if (!out.ok) throw new Error(f.id);
      for (const s of out.trace.steps) for (const lang of LANGS) expect(`${f.id} ${s.label} ${STEPS[s.label as keyof typeof STEPS]?.[lang] ?? "missing"}`).not.toMatch(/missing$/);
      for (const w of out.trace.warnings) expect({ ...MESSAGES, ...WARNINGS }).toHaveProperty([w.key]);
    }
  });
});
