/**
 * The fuzz suite (issue 7), fixed seed: every function through the core, the
 * custom-function adapter and `calc --batch`, with random values, shapes and
 * bad inputs. The properties are in ./harness; `npm run fuzz -- --cases N`
 * runs the same ones for longer.
 */
import fc from "fast-check";
import { CATALOGUE } from "../../src/rules";
import { runTool } from "../cli/run";
import { DEFAULT_SEED, adapterProblems, batchLine, batchProblems, casesFor, coreProblems, expectNoProblems } from "./harness";

const CASES_PER_FUNCTION = 2000;
const BATCH_LINES = 6000;
const settings = (numRuns: number) => ({ seed: DEFAULT_SEED, numRuns, endOnFailure: true });

describe.each(CATALOGUE.map((s) => [s.id, s] as const))("%s", (_id, spec) => {
  test(`(a) core invoke: ${CASES_PER_FUNCTION} cases`, () => {
    fc.assert(fc.property(casesFor(spec), (c) => expectNoProblems(coreProblems, c)), settings(CASES_PER_FUNCTION));
  });

  test(`(b) custom-function adapter: ${CASES_PER_FUNCTION} cases`, () => {
    fc.assert(fc.property(casesFor(spec), (c) => expectNoProblems(adapterProblems, c)), settings(CASES_PER_FUNCTION));
  });
});

test(`(c) calc --batch: ${BATCH_LINES} random lines in one process, one result line each, in order`, () => {
  const lines = fc.sample(batchLine, { seed: DEFAULT_SEED, numRuns: BATCH_LINES });
  const run = runTool("calc", ["--lang", "en", "--batch", "-"], `${lines.join("\n")}\n`);
  expect(batchProblems(lines, run)).toEqual([]);
});
