/** The README's function table is generated from the catalogue; this fails when the checked-in table is stale. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluateLine } from "../../src/cli/calcCore";
import { functionTable, withTable } from "../../src/cli/docs";
import { CATALOGUE, exampleOf, DEFAULT_POLICY, FUNCTION_NAMES } from "../../src/rules";
import { ROOT } from "../support/spec";

test("README.md carries the current function table (run `npm run docs` to refresh it)", () => {
  const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
  expect(withTable(readme)).toBe(readme);
});

test("the table lists every catalogue function with its example", () => {
  const table = functionTable();
  for (const f of CATALOGUE) expect(table).toContain(`| \`HR.${f.id}\` | ${FUNCTION_NAMES[f.id]["zh-CN"]}`);
  expect(table).toContain("`=HR.SALESPAY(10000, 0.8, 90)` → `9150`");
  expect(table).toContain("`=HR.ATTENDANCESCORE({1,0.5,0.5})` → `88`");
});

test("every catalogue example gives its stated result through calc", () => {
  // The examples are the README's promises; each result is from the rulebook or computed by hand in examples.ts.
  for (const f of CATALOGUE) expect(`${f.id} → ${evaluateLine(f.id, exampleOf(f).args, DEFAULT_POLICY, "zh-CN").line}`).toBe(`${f.id} → ${exampleOf(f).result}`);
});
