/**
 * H-4 ranking as one call (issue 12): `=HR.RANKBONUS(B2:B10001, B2:B10001)` and
 * `=HR.RANKCHECK(B2:B10001, B2:B10001, C2:C10001)` give, row by row, what the per-row
 * formulas give — ties share the place, a group of one or all tied gets neither — and
 * read the group once per call, not once per employee.
 */
import fc from "fast-check";
import { formatValue } from "../../src/cli/calcCore";
import { DEFAULT_POLICY, errorMessage, findFunction, invoke, invokeSpill, type CellValue, type Outcome, type Raw } from "../../src/rules";

const rankBonus = findFunction("RANKBONUS")!;
const rankCheck = findFunction("RANKCHECK")!;
const column = (xs: readonly Raw[]): Raw[][] => xs.map((x) => [x]);
const shown = (o: Outcome<CellValue>) => (o.ok ? formatValue(o.value) : `#VALUE! ${errorMessage(rankCheck, o.error, "en")}`);

function spilled(spec = rankBonus, args: Raw[]): string[] {
  const out = invokeSpill(spec, args, DEFAULT_POLICY, "en");
  if (!out.spilled) throw new Error(`did not spill: ${shown(out.outcome)}`);
  return out.cells.map((row) => shown(row[0]));
}

/** Scores from a small set, so groups have ties, a shared first or last place, or all tie. */
const group = fc.array(fc.constantFrom(60, 70, 75, 80, 90, 95), { minLength: 2, maxLength: 40 });

describe("whole column = per row", () => {
  test("RANKBONUS on random groups with ties", () => {
    fc.assert(fc.property(group, (scores) => {
      const perRow = scores.map((s) => shown(invoke(rankBonus, [s, [scores]], DEFAULT_POLICY, "en")));
      expect(spilled(rankBonus, [column(scores), column(scores)])).toEqual(perRow);
    }), { seed: 7, numRuns: 300 });
  });

  test("RANKCHECK on random groups with ties and random streaks", () => {
    const rows = group.chain((scores) => fc.tuple(fc.constant(scores), fc.array(fc.nat({ max: 4 }), { minLength: scores.length, maxLength: scores.length })));
    fc.assert(fc.property(rows, ([scores, streaks]) => {
      const perRow = scores.map((s, i) => shown(invoke(rankCheck, [s, [scores], streaks[i]], DEFAULT_POLICY, "en")));
      expect(spilled(rankCheck, [column(scores), column(scores), column(streaks)])).toEqual(perRow);
    }), { seed: 11, numRuns: 300 });
  });

  test("a blank, text, or a score not in the group: that row's own #VALUE!; text in the group: every row's, as per row", () => {
    const group: Raw[] = [95, null, 70, 88]; // a blank in the group is skipped
    expect(spilled(rankBonus, [column([95, null, 70, "x", 88, 50]), column(group)])).toEqual([
      "100",
      "#VALUE! score: is required",
      "-100",
      '#VALUE! score: must be a number; got "x"',
      "0",
      "#VALUE! score: 50 is not among allScores",
    ]);
    const bad = '#VALUE! allScores (all scores): cell 2: must be a number; got "x"';
    expect(spilled(rankBonus, [column([95, 70]), column([95, "x", 70])])).toEqual([bad, bad]);
    expect(shown(invoke(rankBonus, [95, column([95, "x", 70])], DEFAULT_POLICY, "en"))).toBe(bad);
  });
});

describe("H-4's decisions hold in the whole-column form", () => {
  const improve = "H-4: in the bottom 2: submit an improvement plan within 7 days of the notice";
  const transfer = "H-4: last place 3 months in a row: consider a transfer (a ranking alone does not prove incompetence, L-6)";

  test("ties share the place: two firsts both get +100, two lasts both −100", () => {
    expect(spilled(rankBonus, [column([95, 95, 80, 70, 70]), column([95, 95, 80, 70, 70])])).toEqual(["100", "100", "0", "-100", "-100"]);
  });

  test("a group of one, or a group where all tie, gets neither", () => {
    expect(spilled(rankBonus, [column([80, 80, 80]), column([80, 80, 80])])).toEqual(["0", "0", "0"]);
    expect(spilled(rankCheck, [column([80, 80]), column([80, 80]), column([5, 5])])).toEqual(["", ""]);
    expect(shown(invoke(rankBonus, [80, [[80]]], DEFAULT_POLICY, "en"))).toBe("0");
  });

  test("RANKCHECK: the bottom two by place (ties share it) and last place three months running", () => {
    // Places from the bottom: 70 → 1, 70 → 1, 80 → 3 (two score below it), 95 → 4.
    // Streaks before this month: the first 70 was last twice → third month → transfer; the second was not.
    expect(spilled(rankCheck, [column([70, 70, 80, 95]), column([70, 70, 80, 95]), column([2, 0, 5, 5])])).toEqual([
      `${improve}; ${transfer}`, improve, "", "",
    ]);
    // With a distinct second-to-last, it is in the bottom 2 too; a streak only counts in last place.
    expect(spilled(rankCheck, [column([60, 70, 80]), column([60, 70, 80]), column([1, 9, 0])])).toEqual([improve, improve, ""]);
  });
});

describe("cost: the group is read once per call", () => {
  /** A column whose rows count how often they are read. */
  function counted(scores: readonly number[]): { rows: Raw[][]; reads: () => number } {
    let reads = 0;
    const rows = new Proxy(column(scores), {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    return { rows, reads: () => reads };
  }

  test("RANKBONUS over 2,000 employees reads the group's rows a few times, not 2,000 times each", () => {
    const n = 2000;
    const scores = Array.from({ length: n }, (_, i) => (i * 37) % 101);
    const group = counted(scores);
    const out = invokeSpill(rankBonus, [column(scores), group.rows], DEFAULT_POLICY, "en");
    expect(out.spilled).toBe(true);
    // Once-per-call reads are a small multiple of n; reading the group per employee would be n² = 4,000,000.
    expect(group.reads()).toBeLessThanOrEqual(4 * n);
    // The per-row form reads it once per call: n calls, n reads each.
    const one = counted(scores);
    invoke(rankBonus, [scores[0], one.rows], DEFAULT_POLICY, "en");
    expect(one.reads()).toBeGreaterThanOrEqual(n);
  });
});
