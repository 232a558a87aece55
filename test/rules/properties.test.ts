/**
 * Property tests (fast-check): scores stay within 0–100; one more fault never
 * raises a score; pay is never negative; notice days never fall as service
 * grows; every function returns a value or an error for any input.
 */
import fc from "fast-check";
import { toRaw } from "../../src/cli/calcCore";
import { CATALOGUE, DEFAULT_POLICY, LANGS, errorMessage, findFunction, invoke, type CalcArg, type Raw } from "../../src/rules";

const RUNS = { numRuns: 300 };
const value = (name: string, ...args: CalcArg[]) => {
  const out = invoke(findFunction(name)!, args.map(toRaw), DEFAULT_POLICY, "en");
  if (!out.ok) throw new Error(`${name}: ${JSON.stringify(out.error)}`);
  return out.value as number;
};

const score = fc.double({ min: 0, max: 100, noNaN: true });
const money = fc.double({ min: 0, max: 1e7, noNaN: true });
const count = fc.nat({ max: 8 });
const faults = fc.array(count, { minLength: 12, maxLength: 12 });
const flags = (n: number) => fc.array(fc.boolean(), { minLength: n, maxLength: n });
const regional = fc.tuple(...[20, 20, 20, 10, 10, 10, 10].map((max) => fc.integer({ min: 0, max })));
/** Allowed deductions per field-service item (rulebook G bands, as the policy computes them). */
const FIELD_ALLOWED = [[0, 2, 4, 5, 6, 7, 8, 9, 10], [...Array(11).keys()], [0, ...Array.from({ length: 9 }, (_, i) => i + 2)], [0, 1, 2, 5, 6, 7, 8, 9, 10],
  [...Array(11).keys()], [0, 5, 10], [0, 2, 3, 4, 5, 10], [0, 3, 6, 9, 10], [0, 1, 2, 3, 5, 6, 7, 8, 9, 10], [0, 1, 2, 3, 4, 5]];
const fieldRow = fc.tuple(...FIELD_ALLOWED.map((allowed) => fc.constantFrom(...allowed)));

const inScoreRange = (x: number) => x >= 0 && x <= 100;

describe("scores stay within 0–100", () => {
  test("SALESREPSCORE, REGIONALSCORE, FIELDREPSCORE, ATTENDANCESCORE, MONTHLYSCORE, REVIEWSCORE, ANNUALSCORE", () => {
    fc.assert(fc.property(faults, flags(12), (f, r) => inScoreRange(value("SALESREPSCORE", f, r))), RUNS);
    fc.assert(fc.property(regional, flags(7), (d, r) => inScoreRange(value("REGIONALSCORE", d, r))), RUNS);
    fc.assert(fc.property(fieldRow, fc.nat({ max: 5 }), (d, n) => inScoreRange(value("FIELDREPSCORE", d, n))), RUNS);
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { maxLength: 40 }), (a) => inScoreRange(value("ATTENDANCESCORE", [a]))), RUNS);
    fc.assert(fc.property(score, score, (a, b) => inScoreRange(value("MONTHLYSCORE", a, b)) && inScoreRange(value("REVIEWSCORE", a, b))), RUNS);
    fc.assert(fc.property(fc.array(score, { minLength: 12, maxLength: 12 }), (m) => inScoreRange(value("ANNUALSCORE", m))), RUNS);
  });
});

describe("one more fault never raises a score", () => {
  test("SALESREPSCORE: adding one fault to any item", () => {
    fc.assert(fc.property(faults, flags(12), fc.nat({ max: 11 }), (f, r, i) => {
      const more = [...f];
      more[i] += 1;
      return value("SALESREPSCORE", more, r) <= value("SALESREPSCORE", f, r);
    }), RUNS);
  });

  test("SALESREPSCORE: marking an item as repeated (F-7)", () => {
    fc.assert(fc.property(faults, flags(12), fc.nat({ max: 11 }), (f, r, i) => {
      const more = [...r];
      more[i] = true;
      return value("SALESREPSCORE", f, more) <= value("SALESREPSCORE", f, r);
    }), RUNS);
  });

  test("ATTENDANCESCORE: one more absence; FIELDREPSCORE: one more falsified claim; REGIONALSCORE: one more point off", () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { maxLength: 10 }), fc.double({ min: 0.01, max: 3, noNaN: true }),
      (a, extra) => value("ATTENDANCESCORE", [[...a, extra]]) <= value("ATTENDANCESCORE", [a.length ? a : [0]])), RUNS);
    fc.assert(fc.property(fieldRow, fc.nat({ max: 4 }), (d, n) => value("FIELDREPSCORE", d, n + 1) <= value("FIELDREPSCORE", d, n)), RUNS);
    fc.assert(fc.property(regional, fc.nat({ max: 6 }), (d, i) => {
      const max = [20, 20, 20, 10, 10, 10, 10][i];
      if (d[i] >= max) return true;
      const more = [...d];
      more[i] += 1;
      return value("REGIONALSCORE", more) <= value("REGIONALSCORE", d);
    }), RUNS);
  });
});

describe("pay is never negative", () => {
  test("SALESPAY, PERFPAY, CSPAY", () => {
    fc.assert(fc.property(money, fc.double({ min: 0, max: 5, noNaN: true }), score, money, (t, c, s, b) => value("SALESPAY", t, c, s, b) >= 0), RUNS);
    fc.assert(fc.property(money, score, (b, s) => value("PERFPAY", b, s) >= 0), RUNS);
    fc.assert(fc.property(money, money, money, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (o, b, s, met) => value("CSPAY", o, b, s, [met]) >= 0), RUNS);
  });

  test("money results have at most 2 decimals", () => {
    fc.assert(fc.property(money, fc.double({ min: 0, max: 5, noNaN: true }), score, (t, c, s) => {
      const pay = value("SALESPAY", t, c, s);
      return Math.abs(pay * 100 - Math.round(pay * 100)) < 1e-6 * Math.max(1, pay);
    }), RUNS);
  });
});

describe("notice days never fall as service grows (C-2)", () => {
  test("a later notice date never gives fewer days", () => {
    const serial = fc.integer({ min: 36526, max: 54788 }); // 2000-01-01 … 2049-12-31
    fc.assert(fc.property(serial, fc.nat({ max: 5000 }), fc.nat({ max: 400 }), (hire, service, more) =>
      value("NOTICEDAYS", hire, hire + service + more) >= value("NOTICEDAYS", hire, hire + service)), RUNS);
  });
});

describe("every function returns a value or an error for any input", () => {
  const cell: fc.Arbitrary<Raw> = fc.oneof(
    fc.double(), fc.integer(), fc.constantFrom(0, -1, 1e308, 60, 45366, 0.5, Number.NaN, Number.POSITIVE_INFINITY),
    fc.string(), fc.constantFrom("", "TRUE", "2024-02-30", "2024-03-15", "满意", "report", "en", "=1+1"),
    fc.boolean(), fc.constant(null), fc.constant(undefined),
  );
  const range: fc.Arbitrary<Raw> = fc.integer({ min: 1, max: 13 }).chain((cols) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 3 }));
  const arg = fc.oneof(cell, range);

  test.each(CATALOGUE.map((f) => f.id))("%s never throws, never NaN or Infinity", (id) => {
    const spec = findFunction(id)!;
    fc.assert(fc.property(fc.array(arg, { minLength: 0, maxLength: spec.params.length }), fc.constantFrom(...LANGS), (args, lang) => {
      const out = invoke(spec, args, DEFAULT_POLICY, lang);
      if (out.ok) {
        if (typeof out.value === "number") return Number.isFinite(out.value);
        return typeof out.value === "string" || typeof out.value === "boolean";
      }
      const message = errorMessage(spec, out.error, lang);
      const given = out.error.given;
      const ours = typeof given === "string" && given !== "" ? message.split(given).join("") : message; // the user's own text may hold anything
      return message.startsWith(out.error.param) && !/NaN|undefined|\{\w+\}/.test(ours);
    }), { numRuns: 200 });
  });
});
