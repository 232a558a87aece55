/**
 * Spilled calls (issue 12): a whole roster in one call gives, element by element,
 * exactly what the single-cell call gives for that employee — values and #VALUE!
 * messages — under the spill rule written on ParamShape (src/rules/catalogue/types.ts).
 */
import fc from "fast-check";
import { formatValue } from "../../src/cli/calcCore";
import {
  CATALOGUE, DEFAULT_POLICY, LANGS, errorMessage, findFunction, invoke, invokeSpill, resolveBound, shownCells,
  type CellValue, type FunctionSpec, type Lang, type Outcome, type ParamSpec, type Raw, type ValueType,
} from "../../src/rules";

const SEED = 20240315;
const policy = DEFAULT_POLICY;

/** An outcome as calc prints it: the value, or #VALUE! and its message. */
function line(spec: FunctionSpec, o: Outcome<CellValue>, lang: Lang): string {
  return o.ok ? formatValue(o.value) : `#VALUE! ${errorMessage(spec, o.error, lang)}`;
}

/** Cells that no parameter accepts, or that it refuses: text, blanks, out of range, the wrong type. */
const BAD: fc.Arbitrary<Raw> = fc.constantFrom<Raw>("x", "", null, -1, 1e9, true, "2024-02-30", 0.5);

/** A cell a value type mostly accepts (and sometimes refuses: the bounds are wider than allowed). */
function good(v: ValueType): fc.Arbitrary<Raw> {
  switch (v.type) {
    case "number":
    case "whole": {
      const lo = v.min === undefined ? -5 : resolveBound(v.min, policy);
      const hi = v.max === undefined ? lo + 120 : resolveBound(v.max, policy);
      const n = v.type === "whole" ? fc.integer({ min: lo, max: Math.min(hi, lo + 6) }) : fc.double({ min: lo, max: hi, noNaN: true });
      return fc.oneof(n, fc.constantFrom(lo, hi, 0));
    }
    case "rate": return fc.double({ min: 0, max: 1.5, noNaN: true });
    case "date": return fc.oneof(fc.integer({ min: 40000, max: 50000 }), fc.constantFrom("2024-03-15", "2025-01-31", "2024-02-29"));
    case "boolean": return fc.boolean();
    case "choice": return fc.constantFrom(...Object.keys(v.choices));
    case "level": return fc.constantFrom<Raw>(1, 2, 3, 4, "满意", "poor", "一般");
  }
}

/** FIELDREPSCORE's deductions must match a band: mostly 0, some allowed, some not. */
const cellOf = (spec: FunctionSpec, p: ParamSpec): fc.Arbitrary<Raw> =>
  spec.id === "FIELDREPSCORE" && p.name === "deductions"
    ? fc.constantFrom<Raw>(0, 0, 0, 0, 2, 3, 5, 10)
    : fc.oneof({ weight: 5, arbitrary: good(p.value) }, { weight: 1, arbitrary: BAD });

/** One employee's row for a range parameter: its fixed size, or a few cells. */
function rowOf(spec: FunctionSpec, p: ParamSpec, width: number): fc.Arbitrary<Raw[]> {
  return fc.array(cellOf(spec, p), { minLength: width, maxLength: width });
}

function widthOf(p: ParamSpec): fc.Arbitrary<number> {
  if (p.shape.kind !== "range") return fc.constant(1);
  return p.shape.cells === undefined ? fc.integer({ min: 2, max: 5 }) : fc.constant(resolveBound(p.shape.cells, policy));
}

/**
 * An argument of a call over `n` employees, and what each employee's single-cell call gets:
 * a column (scalar parameter), a block of rows (byRow range), a single column beside the
 * others (byRow range without a fixed size), or one value or range shared by everyone.
 */
type Arg = { raw: Raw; each(row: number): Raw };

function argOf(spec: FunctionSpec, p: ParamSpec, n: number): fc.Arbitrary<Arg> {
  const shared = (raw: Raw): Arg => ({ raw, each: () => raw });
  if (p.shape.kind === "scalar") {
    const column = fc.array(cellOf(spec, p), { minLength: n, maxLength: n }).map((cells): Arg => ({ raw: cells.map((c) => [c]), each: (r) => cells[r] }));
    const omitted = p.default !== undefined ? [fc.constant(shared(undefined))] : [];
    return fc.oneof(column, column, cellOf(spec, p).map(shared), ...omitted);
  }
  const shape = p.shape;
  const options: fc.Arbitrary<Arg>[] = [widthOf(p).chain((w) => rowOf(spec, p, w)).map((row) => shared([row]))];
  if (shape.spill === "byRow") {
    const wide = shape.cells === undefined ? fc.integer({ min: 2, max: 5 }) : widthOf(p);
    options.push(wide.chain((w) => fc.array(rowOf(spec, p, w), { minLength: n, maxLength: n })).map((rows): Arg => ({ raw: rows, each: (r) => [rows[r]] })));
    if (shape.cells === undefined) {
      options.push(fc.array(cellOf(spec, p), { minLength: n, maxLength: n }).map((cells): Arg => ({ raw: cells.map((c) => [c]), each: (r) => [[cells[r]]] })));
    }
  }
  if (p.default !== undefined) options.push(fc.constant(shared(null)));
  return fc.oneof(...options);
}

/** RANKBONUS / RANKCHECK: the group is most often the score column itself, as on a roster. */
function callOf(spec: FunctionSpec): fc.Arbitrary<{ n: number; args: Arg[] }> {
  return fc.integer({ min: 2, max: 7 }).chain((n) => fc.tuple(...spec.params.map((p) => argOf(spec, p, n))).chain((args) => {
    const score = spec.params.findIndex((p) => p.name === "score");
    const group = spec.params.findIndex((p) => p.name === "allScores");
    if (score < 0 || group < 0) return fc.constant({ n, args });
    return fc.boolean().map((same) => {
      if (!same || !Array.isArray(args[score].raw)) return { n, args };
      const raw = args[score].raw;
      const out = [...args];
      out[group] = { raw, each: () => raw };
      return { n, args: out };
    });
  }));
}

describe("a spilled call equals the single-cell calls, element by element", () => {
  test.each(CATALOGUE.map((f) => f.id))("%s (random rosters, blanks and bad values included)", (id) => {
    const spec = findFunction(id)!;
    let spilledCalls = 0;
    fc.assert(fc.property(callOf(spec), fc.constantFrom(...LANGS), ({ n, args }, lang) => {
      const out = invokeSpill(spec, args.map((a) => a.raw), policy, lang);
      if (!out.spilled) {
        // Nothing spilled (or the ranges did not line up): one result, the single-cell call's when the ranges are not at odds.
        if (!out.outcome.ok && out.outcome.error.code === "spillShape") return true;
        expect(line(spec, out.outcome, lang)).toBe(line(spec, invoke(spec, args.map((a) => a.raw), policy, lang), lang));
        return true;
      }
      spilledCalls++;
      expect(out.cells.length).toBe(n);
      const shown = shownCells(spec, out.cells, lang);
      for (let r = 0; r < n; r++) {
        expect(out.cells[r]).toHaveLength(1);
        const single = invoke(spec, args.map((a) => a.each(r)), policy, lang);
        expect([r, line(spec, out.cells[r][0], lang)]).toEqual([r, line(spec, single, lang)]);
        expect(shown[r][0]).toEqual(single.ok ? single.value : { error: "#VALUE!", message: errorMessage(spec, single.error, lang) });
      }
      return true;
    }), { seed: SEED, numRuns: 150 });
    if (spec.params.some((p) => p.shape.kind === "scalar" || (p.shape.kind === "range" && p.shape.spill === "byRow"))) {
      expect(spilledCalls).toBeGreaterThan(50);
    }
  });
});

describe("the spill rule", () => {
  const run = (id: string, args: Raw[], lang: Lang = "en") => {
    const spec = findFunction(id)!;
    const out = invokeSpill(spec, args, policy, lang);
    return out.spilled ? formatValue(shownCells(spec, out.cells, lang)) : line(spec, out.outcome, lang);
  };

  test("a scalar parameter spills over a column, a row or a block; a single value counts for every element", () => {
    // MONTHLYSCORE = daily × 0.7 + attendance × 0.3 (F-3): 85 → 59.5 + 26.4 = 85.9; 80 → 56 + 26.4 = 82.4.
    expect(run("MONTHLYSCORE", [[[85], [80]], 88])).toBe("[[85.9],[82.4]]");
    expect(run("MONTHLYSCORE", [[[85, 80]], 88])).toBe("[[85.9,82.4]]");
    // A column against a row spreads both ways, as Excel's built-ins do: 85 × 0.7 + 100 × 0.3 = 89.5, 80 × 0.7 + 30 = 86.
    expect(run("MONTHLYSCORE", [[[85], [80]], [[88, 100]]])).toBe("[[85.9,89.5],[82.4,86]]");
    expect(run("MONTHLYSCORE", [[[85]], 88])).toBe("85.9"); // one cell: the single-cell call
  });

  test("a fixed-size row parameter spills down a block of full rows; one row, or one column, is one employee", () => {
    const clean = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const worked = [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]; // RULEBOOK F-6 worked example: 90
    expect(run("SALESREPSCORE", [[worked, clean]])).toBe("[[90],[100]]");
    expect(run("SALESREPSCORE", [[worked]])).toBe("90");
    expect(run("SALESREPSCORE", [worked.map((f) => [f])])).toBe("90");
    // repeated: one shared row, or a row per employee (F-7 doubles item 1's 5 points: 25 − 5 = 20 → 85).
    const twice = [true, false, false, false, false, false, false, false, false, false, false, false];
    expect(run("SALESREPSCORE", [[worked, clean], [twice]])).toBe("[[85],[100]]");
    expect(run("SALESREPSCORE", [[worked, clean], [twice.map(() => false), twice]])).toBe("[[90],[100]]");
    // A block whose rows are not 12 wide is refused as in a single-cell call.
    expect(run("SALESREPSCORE", [[[0, 0, 0], [0, 0, 0]]])).toBe("#VALUE! faults: is a 2×3 range; must be 1×12");
  });

  test("a row parameter without a fixed size: a block is one employee a row; alone, a single column is one employee", () => {
    // F-4: 4 points a day, a part day counts as a day: [1, 0.5] → 2 days → 92; [0.5, blank] → 1 day → 96.
    expect(run("ATTENDANCESCORE", [[[1, 0.5], [0.5, null]]])).toBe("[[92],[96]]");
    expect(run("ATTENDANCESCORE", [[[1], [0.5], [0.5]]])).toBe("88"); // one employee's column, as before
    expect(run("ATTENDANCESCORE", [[[1, 0.5, 0.5]]])).toBe("88");
    // OVERTIMEHOURS: hours beyond 8 a day: [8, 10, 12] → 6; [9, 9, blank] → 2.
    expect(run("OVERTIMEHOURS", [[[8, 10, 12], [9, 9, null]]])).toBe("[[6],[2]]");
  });

  test("beside other columns, a single column of CSPAY's indicatorsMet is one flag per employee; one row is shared", () => {
    // E-1: 200,000 × 3‰ = 600 + bonus 500 (kept when every indicator is met) + 3,000; 100,000 → 300 + 3,000.
    expect(run("CSPAY", [[[200000], [100000]], 500, 3000, [[true], [false]]])).toBe("[[4100],[3300]]");
    expect(run("CSPAY", [[[200000], [100000]], 500, 3000, [[true, true]]])).toBe("[[4100],[3800]]");
    expect(run("CSPAY", [[[200000], [100000]], 500, 3000, [[true, false], [true, true]]])).toBe("[[3600],[3800]]");
    // Alone, a column of indicators is one employee's, as before: one missed → no bonus.
    expect(run("CSPAY", [200000, 500, 3000, [[true], [false]]])).toBe("3600");
  });

  test("errors are per element, with the single-cell message", () => {
    expect(run("SALESPAY", [[[10000], [8000], [9000]], 0.8, [[90], [105], [null]]], "zh-CN")).toBe(JSON.stringify([
      [9150],
      [{ error: "#VALUE!", message: "dailyScore（日常工作得分）：105 超出范围，允许 0–100" }],
      [{ error: "#VALUE!", message: "dailyScore（日常工作得分）：必须填写" }],
    ]));
  });

  test("ranges that do not line up are one error naming both, in three languages", () => {
    const args: Raw[] = [[[85], [80], [70]], [[88], [90]]];
    expect(run("MONTHLYSCORE", args, "zh-CN")).toBe("#VALUE! attendanceScore（出勤得分）：为 2×1 区域，而 dailyScore 为 3×1 区域：同一次调用中的区域须大小一致（每位员工一行），或为单个值");
    expect(run("MONTHLYSCORE", args, "zh-TW")).toBe("#VALUE! attendanceScore（出勤得分）：為 2×1 範圍，而 dailyScore 為 3×1 範圍：同一次呼叫中的範圍須大小一致（每位員工一列），或為單一值");
    expect(run("MONTHLYSCORE", args, "en")).toBe("#VALUE! attendanceScore (attendance score): is a 2×1 range but dailyScore is a 3×1 range: the ranges of one call must be the same size (a row per employee), or single values");
    // A block of fault rows against a column of another length: the block's own size is named.
    expect(run("FIELDREPSCORE", [[Array(10).fill(0), Array(10).fill(0)], [[0], [1], [2]]])).toBe(
      "#VALUE! falsifiedClaims (falsified claims): is a 3×1 range but deductions is a 2×10 range: the ranges of one call must be the same size (a row per employee), or single values");
  });
});
