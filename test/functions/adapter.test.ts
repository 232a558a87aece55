/**
 * The adapter gives what `calc` gives: every catalogue function's worked
 * example, and a set of bad inputs, in every language.
 */
import { evaluateLine, formatValue, toRaw } from "../../src/cli/calcCore";
import { evaluate, excelFunction, toRawArg, type Evaluation, type FunctionRuntime } from "../../src/functions/adapter";
import { DEFAULT_STATE, type PolicyState } from "../../src/functions/policySource";
import { CATALOGUE, exampleOf, DEFAULT_POLICY, LANGS, type CalcArg, type FunctionSpec, type Lang } from "../../src/rules";

const line = (e: Evaluation) => (e.ok ? formatValue(e.value) : `#VALUE! ${e.message}`);

function viaAdapter(spec: FunctionSpec, args: readonly CalcArg[], lang: Lang): string {
  return line(evaluate(spec, args.map(toRaw), DEFAULT_STATE, lang));
}

/** Bad or odd values put in place of each argument in turn. */
const PROBES: CalcArg[] = ["abc", -1, 0, null, true, false, 1e9, 0.5, "2024-13-45", [[1, 2], [3, 4]], [[null]], [["x", 1]], [[true, false]]];

function errorCases(spec: FunctionSpec): CalcArg[][] {
  const base = [...exampleOf(spec).args];
  const cases: CalcArg[][] = [];
  for (let i = 0; i < spec.params.length; i++) {
    for (const probe of PROBES) {
      const args = [...base];
      while (args.length <= i) args.push(null);
      args[i] = probe;
      cases.push(args);
    }
  }
  return cases;
}

describe("adapter = calc", () => {
  test.each(CATALOGUE.map((s) => [s.id, s] as const))("%s: worked example in every language", (_id, spec) => {
    for (const lang of LANGS) {
      const want = evaluateLine(spec.id, exampleOf(spec).args, DEFAULT_POLICY, lang).line;
      expect(viaAdapter(spec, exampleOf(spec).args, lang)).toBe(want);
    }
    expect(viaAdapter(spec, exampleOf(spec).args, "zh-CN")).toBe(exampleOf(spec).result);
  });

  test.each(CATALOGUE.map((s) => [s.id, s] as const))("%s: bad inputs give calc's #VALUE! lines", (_id, spec) => {
    let errors = 0;
    for (const args of errorCases(spec)) {
      for (const lang of LANGS) {
        const want = evaluateLine(spec.id, args, DEFAULT_POLICY, lang).line;
        const got = viaAdapter(spec, args, lang);
        expect(got).toBe(want);
        if (got.startsWith("#VALUE!")) errors++;
      }
    }
    expect(errors).toBeGreaterThan(0);
  });

  test("specific refusals keep their messages", () => {
    const cases: [string, CalcArg[]][] = [
      ["SALESPAY", [10000, 8, 90]], // rate typo
      ["SALESPAY", [10000, "80%", 90]], // text in a number parameter
      ["FIELDREPSCORE", [[3, 0, 0, 0, 0, 0, 0, 0, 0, 0]]], // band no case allows
      ["ANNUALSCORE", [[80, 82, 84, 86, 88, 90, 80, 82, 84, 86, 88, null]]], // blank month
      ["RANKBONUS", [50, [95, 88, 70]]], // not among
      ["NOTICEDAYS", ["2025-03-15", "2024-03-15"]], // date order
      ["SURVEYSCORE", [["great"]]],
    ];
    for (const [id, args] of cases) {
      const spec = CATALOGUE.find((s) => s.id === id)!;
      for (const lang of LANGS) {
        const want = evaluateLine(id, args, DEFAULT_POLICY, lang).line;
        expect(want.startsWith("#VALUE! ")).toBe(true);
        expect(viaAdapter(spec, args, lang)).toBe(want);
      }
    }
  });
});

describe("Excel argument shapes", () => {
  const salesPay = CATALOGUE.find((s) => s.id === "SALESPAY")!;
  const attendance = CATALOGUE.find((s) => s.id === "ATTENDANCESCORE")!;

  test("omitted optional (undefined or null) takes its default; Excel's trailing invocation object is ignored", () => {
    const invocation = { address: "Sheet1!A1", functionName: "HR.SALESPAY" };
    expect(line(evaluate(salesPay, [10000, 0.8, 90], DEFAULT_STATE, "en"))).toBe("9150");
    expect(line(evaluate(salesPay, [10000, 0.8, 90, null], DEFAULT_STATE, "en"))).toBe("9150");
    expect(line(evaluate(salesPay, [10000, 0.8, 90, undefined, invocation], DEFAULT_STATE, "en"))).toBe("9150");
    expect(line(evaluate(salesPay, [10000, 0.8, 90, ""], DEFAULT_STATE, "en"))).toBe("9150");
    expect(line(evaluate(salesPay, [10000, 0.8, 90, invocation], DEFAULT_STATE, "en"))).toBe("9150");
  });

  test("a range arrives as rows of cells; blank cells as null or \"\"", () => {
    expect(line(evaluate(attendance, [[[1], [0.5], [null], [""], [0.5]]], DEFAULT_STATE, "en"))).toBe("88");
    expect(line(evaluate(attendance, [[[1, 0.5, 0.5]]], DEFAULT_STATE, "en"))).toBe("88");
  });

  test("odd values never throw", () => {
    expect(toRawArg({ address: "A1" })).toBeUndefined();
    expect(toRawArg(Symbol.iterator)).toBe("Symbol(Symbol.iterator)");
    expect(toRawArg([1, 2])).toEqual([[1], [2]]);
    for (const spec of CATALOGUE) {
      for (const odd of [Symbol.iterator, () => 1, { a: 1 }, [[{}]], NaN, Infinity, -0]) {
        const r = evaluate(spec, spec.params.map(() => odd), DEFAULT_STATE, "en");
        if (r.ok) expect(typeof r.value === "number" ? Number.isFinite(r.value) : true).toBe(true);
        else expect(r.message.length).toBeGreaterThan(0);
      }
    }
  });

  test("-0 comes out as 0", () => {
    for (const spec of CATALOGUE) {
      const r = evaluate(spec, exampleOf(spec).args.map(toRaw), DEFAULT_STATE, "en");
      if (r.ok && typeof r.value === "number") expect(Object.is(r.value, -0)).toBe(false);
    }
  });
});

describe("excelFunction", () => {
  class FakeError {
    constructor(public code: string, public message: string) {}
  }
  const rt = (over: Partial<FunctionRuntime> = {}): FunctionRuntime => ({
    policy: () => DEFAULT_STATE,
    lang: () => "en",
    error: (m) => new FakeError("#VALUE!", m),
    ...over,
  });
  const spec = CATALOGUE.find((s) => s.id === "SALESPAY")!;

  test("values, and errors as the runtime's error value", () => {
    const fn = excelFunction(spec, rt());
    expect(fn(10000, 0.8, 90)).toBe(9150);
    const e = fn(10000, "x", 90) as FakeError;
    expect(e).toBeInstanceOf(FakeError);
    expect(e.message).toBe(evaluateLine("SALESPAY", [10000, "x", 90], DEFAULT_POLICY, "en").line.replace("#VALUE! ", ""));
  });

  test("waits for the policy while it is first read", async () => {
    const fn = excelFunction(spec, rt({ policy: () => Promise.resolve(DEFAULT_STATE) }));
    await expect(fn(10000, 0.8, 90)).resolves.toBe(9150);
  });

  test("an invalid policy sheet makes every function #VALUE! with the problem", () => {
    const bad: PolicyState = { ok: false, sheet: "规则", problems: [{ key: "score.full", code: "notNumber", args: { range: "≥ 1" } }] };
    const e = excelFunction(spec, rt({ policy: () => bad, lang: () => "zh-CN" }))(10000, 0.8, 90) as FakeError;
    expect(e.message).toBe("规则: 规则项 score.full 应为 ≥ 1 的数字");
  });

  test("nothing throws or rejects, whatever fails", async () => {
    const boom = () => { throw new Error("boom"); };
    expect(excelFunction(spec, rt({ policy: boom }))(1, 0.5, 1)).toBeInstanceOf(FakeError);
    expect(excelFunction(spec, rt({ lang: boom }))(10000, 0.8, 90)).toBe(9150);
    expect(excelFunction(spec, rt({ policy: boom, error: boom }))(1)).toMatch(/^#VALUE! /);
    await expect(excelFunction(spec, rt({ policy: () => Promise.reject(new Error("gone")) }))(1)).resolves.toBeInstanceOf(FakeError);
  });
});
