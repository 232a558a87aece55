/** The functions bundle stays small and free of the task pane's UI libraries. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT, ensureFunctionsBundle } from "./ensureBuild";

export const FUNCTIONS_BUDGET_GZIP = 30 * 1024;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe("functions bundle budget", () => {
  test("dist/functions.js is at most 30 KB gzip", async () => {
    const file = await ensureFunctionsBundle();
    const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
    expect(gzip).toBeGreaterThan(1024); // it is the real bundle
    if (gzip > FUNCTIONS_BUDGET_GZIP) {
      throw new Error(`dist/functions.js is ${(gzip / 1024).toFixed(1)} KB gzip, over the ${FUNCTIONS_BUDGET_GZIP / 1024} KB budget`);
    }
  }, 180_000);

  test("the functions entry imports no React, Fluent UI or task-pane code", () => {
    const files = [...sources(join(ROOT, "src/functions")), ...sources(join(ROOT, "src/shared"))];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      const imports = [...text.matchAll(/(?:import|export)[^"']*from\s+["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]);
      for (const spec of imports) {
        expect([f, spec]).not.toEqual([f, expect.stringMatching(/^(react|react-dom|@fluentui)(\/|$)|taskpane|forms|workbook/)]);
      }
    }
  });
});
