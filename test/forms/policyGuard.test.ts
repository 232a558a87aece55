/** 5. Forms see an invalid policy: the header shows the policy's validity; results that depend on the policy are guarded. */
import { FORMS, planForm, planFormulas } from "../../src/forms";
import { LANGS } from "../../src/rules";

const balanced = (f: string) => {
  let depth = 0;
  for (const ch of f.replace(/"(?:[^"]|"")*"/g, '""')) {
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
};

describe.each(Object.keys(FORMS).map((id) => [id]))("%s", (id) => {
  const plan = planForm(id as keyof typeof FORMS, { lang: "zh-CN", count: 2 });

  test("every formula's parentheses balance (a guard wraps it whole)", () => {
    for (const f of planFormulas(plan)) expect([f, balanced(f)]).toEqual([f, true]);
  });

  test("the header's policy check shows the policy's validity, then whether its version changed", () => {
    const check = plan.cells.find((c) => c.row === 2 && c.formula?.includes("KH_policyOk"));
    expect(check?.formula).toMatch(/^=IF\(KH_policyOk,IF\(KH_version="[^"]+","","⚠ 规则已更新为版本 "&KH_version\),"✗ 规则无效，结果暂不显示："&KH_policyProblem\)$/);
  });

  test("every result that uses the policy is empty while the policy is invalid; counters and dates that need none are not guarded", () => {
    const results = [
      ...plan.cells.filter((c) => c.formula && (c.style === "output" || c.style === "total")).map((c) => c.formula!),
      ...plan.columnFormulas.map((f) => f.a1At(f.firstRow)),
    ];
    for (const f of results) {
      if (/\bKH_/.test(f)) expect(f).toMatch(/^=IF\(KH_policyOk,.*,""\)$/);
    }
    for (const f of plan.columnFormulas) if (/^=ROW\(\)-ROW\(/.test(f.a1At(f.firstRow))) expect(f.r1c1).not.toContain("KH_policyOk");
  });
});

test.each(LANGS.map((l) => [l]))("%s: the guard's words are in the form's language", (lang) => {
  const f = planForm("salesMonthly", { lang, count: 1 }).cells.find((c) => c.formula?.includes("KH_policyProblem"))!.formula!;
  expect(f).toContain({ "zh-CN": "规则无效", "zh-TW": "規則無效", en: "the policy is invalid" }[lang]);
});

test("a result that uses a guarded cell is guarded too (complaint: overdue compares with a date the policy sets)", () => {
  const plan = planForm("complaint", { lang: "en" });
  const overdue = plan.cells.find((c) => c.formula?.includes('"overdue"'))!;
  expect(overdue.formula).toMatch(/^=IF\(KH_policyOk,/);
});
