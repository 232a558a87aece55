/**
 * `npm run bench` stays runnable and its figures stay meaningful: the sections that
 * compute something are run small here and their findings checked. Times are not
 * asserted (they are printed by the bench); what each section compares is.
 */
import { SECTIONS, render, type BenchOptions } from "./bench";
import { CATALOGUE } from "../../src/rules";
import { FORM_IDS, REGISTER_FORMS, ROSTER_FORMS } from "../../src/forms";

const small: BenchOptions = { rows: 40, rankSizes: [12, 40], full: true };
const section = (id: string) => SECTIONS.find((s) => s.id === id)!;

describe("bench sections, run small", () => {
  test("the sections the issue asks for are there, and a later pass has one place to add its own", () => {
    expect(SECTIONS.map((s) => s.id)).toEqual(["functions", "ranking", "bundles", "hyperformula", "calc", "evaluate", "forms-ops", "forms-xlsx"]);
  });

  test("functions: every function but SURVEYSCORE takes a whole roster in one call, through the adapter", async () => {
    const t = await section("functions").run(small);
    expect(t.rows.map((r) => r[0])).toEqual(CATALOGUE.map((f) => f.id));
    expect(t.facts).toEqual({ spilled: CATALOGUE.length - 1, functions: CATALOGUE.length });
    expect(t.rows.find((r) => r[0] === "SURVEYSCORE")![3]).toBe("—");
  });

  test("ranking: both forms give the same results at every size", async () => {
    const t = await section("ranking").run(small);
    expect(t.rows).toHaveLength(4);
    for (const id of ["RANKBONUS", "RANKCHECK"]) for (const n of small.rankSizes) expect(t.facts![`${id}@${n} agree`]).toBe(true);
  });

  test("hyperformula: native formulas give our figures, but for half cents where floating point rounds down (P-2)", async () => {
    const t = await section("hyperformula").run(small);
    expect(t.rows.map((r) => r[0])).toEqual(["MONTHLYSCORE", "REVIEWSCORE", "PERFPAY", "SALESPAY", "RANKBONUS"]);
    expect(t.facts!.mismatches).toBe(0);
  });

  test("evaluate: the command writes the workbook and one JSON line per employee plus the summary", async () => {
    const t = await section("evaluate").run(small);
    expect(t.facts).toEqual({ lines: small.rows + 1 });
  });

  test("forms-ops: every form written at each size, within the layout budget", async () => {
    const t = await section("forms-ops").run(small);
    expect(t.rows.map((r) => r[0])).toEqual(FORM_IDS.filter((id) => id !== "policy"));
    expect(t.facts!.withinBudget).toBe(true);
  });

  test("forms-xlsx: every roster form at each size, and the forms command writes every form", async () => {
    const t = await section("forms-xlsx").run(small);
    expect(t.rows).toHaveLength(ROSTER_FORMS.length + REGISTER_FORMS.length + 1);
    expect(t.facts).toEqual({ files: FORM_IDS.length });
  }, 120_000);

  test("a table renders with aligned columns", () => {
    const text = render("t", { columns: ["a", "bb"], rows: [["xyz", "1"]], notes: ["n"] });
    expect(text.split("\n")).toEqual(["## t", "", "a    bb", "---  --", "xyz   1", "  n", ""]);
  });
});
