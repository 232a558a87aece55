/**
 * Size budgets on the production build (gzip bytes, level 9; scripts/build.js BUDGETS):
 * what functions.html loads ≤ 32 KB; the pane's first screen ≤ 150 KB; everything
 * taskpane.html loads at startup ≤ 175 KB; every other area ≤ 55 KB more. The rules core
 * is one chunk that functions.js and the pane share; no module is in two chunks; the
 * areas are split off the pane's startup bundle.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ensureFullBuild, FULL_REPORT, ROOT } from "./ensureBuild";
import { AREA_IDS, DEFAULT_AREA } from "../../src/taskpane/areaIds";

interface Report {
  assets: Record<string, { bytes: number; gzip: number }>;
  /** Modules of each named chunk. */
  modules: Record<string, string[]>;
  files: Record<string, string[]>;
  entrypoints: Record<string, string[]>;
  areas: Record<string, string[]>;
}
interface Figure { files: string[]; gzip: number; area?: string }
interface Startup { functionsPage: Figure; paneInitial: Figure; taskpanePage: Figure; areas: Record<string, Figure> }

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require("../../scripts/build.js") as {
  BUDGETS: { functionsPage: number; paneInitial: number; taskpanePage: number; area: number };
  FUNCTIONS_BUDGET_GZIP: number;
  startup(report: Report): Startup;
  printSizes(report: Report & { outDir: string }, out: { write(s: string): void }): void;
};

export const FUNCTIONS_BUDGET_GZIP = build.FUNCTIONS_BUDGET_GZIP;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

let report: Report;
let figures: Startup;
beforeAll(async () => {
  await ensureFullBuild();
  report = JSON.parse(readFileSync(FULL_REPORT, "utf8")) as Report;
  figures = build.startup(report);
}, 300_000);

describe("startup budgets", () => {
  test("functions.html (runtime, core, functions) is at most 32 KB gzip", () => {
    expect(figures.functionsPage.files).toEqual(["runtime.js", "core.js", "functions.js"]);
    expect(figures.functionsPage.gzip).toBeGreaterThan(1024); // the real bundle
    if (figures.functionsPage.gzip > build.BUDGETS.functionsPage) throw new Error(`functions.html loads ${kb(figures.functionsPage.gzip)} gzip, over ${kb(build.BUDGETS.functionsPage)}`);
  });

  test("the pane's first screen (its startup bundle and the area a new user lands on) is at most 150 KB gzip", () => {
    expect(figures.paneInitial.area).toBe(`area-${DEFAULT_AREA}`);
    expect(figures.paneInitial.files).toContain("taskpane.js");
    if (figures.paneInitial.gzip > build.BUDGETS.paneInitial) throw new Error(`the pane's first screen is ${kb(figures.paneInitial.gzip)} gzip, over 150 KB: ${figures.paneInitial.files.join(" + ")}`);
  });

  test("everything taskpane.html loads at startup (functions, commands, pane, first area) is at most 175 KB gzip", () => {
    expect(figures.taskpanePage.files.slice(0, 5)).toEqual(["runtime.js", "core.js", "functions.js", "commands.js", "taskpane.js"]);
    if (figures.taskpanePage.gzip > build.BUDGETS.taskpanePage) throw new Error(`taskpane.html loads ${kb(figures.taskpanePage.gzip)} gzip at startup, over 175 KB`);
  });

  test("every area is its own lazily loaded chunk group, each within 55 KB gzip beyond the page", () => {
    expect(Object.keys(figures.areas).sort()).toEqual(AREA_IDS.map((a) => `area-${a}`).sort());
    for (const [name, a] of Object.entries(figures.areas)) {
      expect([name, a.files.length > 0]).toEqual([name, true]);
      if (a.gzip > build.BUDGETS.area) throw new Error(`${name} adds ${kb(a.gzip)} gzip, over 55 KB`);
    }
  });

  test("the build prints every chunk's gzip size and the startup figures against their budgets", () => {
    let printed = "";
    build.printSizes({ ...report, outDir: ROOT }, { write: (s: string) => { printed += s; } });
    for (const file of Object.keys(report.assets).filter((f) => f.endsWith(".js"))) expect(printed).toMatch(new RegExp(`^${file.replace(/\./g, "\\.")}\\s+[\\d.]+ KB\\s+[\\d.]+ KB$`, "m"));
    expect(printed).toMatch(/^functions\.html\s+[\d.]+ KB gzip of 32\.0 KB/m);
    expect(printed).toMatch(/^pane initial \(\+ area-\w+\)\s+[\d.]+ KB gzip of 150\.0 KB/m);
    expect(printed).toMatch(/^taskpane\.html \(\+ area-\w+\)\s+[\d.]+ KB gzip of 175\.0 KB/m);
  });
});

describe("chunks", () => {
  const modulesOf = (file: string) => report.files[file] ?? [];

  test("the rules core is one chunk, shared: core.js holds what the functions run, functions.js and taskpane.js none of it", () => {
    const core = modulesOf("core.js");
    for (const m of ["./src/rules/catalogue/functions.ts", "./src/rules/catalogue/invoke.ts", "./src/rules/policy/table.ts", "./src/rules/policy/load.ts", "./src/functions/policySource.ts", "./src/functions/adapter.ts"]) expect(core).toContain(m);
    expect(core.some((m) => m.includes("big.js"))).toBe(true);
    expect(report.entrypoints.functions).toEqual(["runtime.js", "core.js", "functions.js"]);
    expect(report.entrypoints.taskpane).toEqual(["runtime.js", "core.js", "taskpane.js"]);
    for (const f of ["functions.js", "taskpane.js"]) expect([f, modulesOf(f).filter((m) => m.startsWith("./src/rules/"))]).toEqual([f, []]);
    expect(core.filter((m) => /react|@fluentui|src\/taskpane|src\/forms|src\/workbook/.test(m))).toEqual([]);
  });

  test("no module is in two chunks", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, modules] of Object.entries(report.files)) {
      for (const m of modules) {
        if (seen.has(m)) twice.push(`${m}: ${seen.get(m)} and ${file}`);
        seen.set(m, file);
      }
    }
    expect(twice).toEqual([]);
  });

  test("the pane's startup bundle carries the shell only: no area, no forms library, no writer", () => {
    const pane = modulesOf("taskpane.js");
    expect(pane).toContain("./src/taskpane/App.tsx");
    expect(pane.filter((m) => /src\/taskpane\/areas\/|src\/forms\/|src\/workbook\//.test(m))).toEqual([]);
  });

  test("the forms library and the Office.js writer are one lazily loaded chunk, forms-library, that no area loads up front", () => {
    const library = report.modules["forms-library"] ?? [];
    for (const m of ["./src/taskpane/actions.ts", "./src/workbook/officeWriter.ts", "./src/forms/index.ts", "./src/forms/specs/documents.ts"]) expect(library).toContain(m);
    expect(Object.values(report.entrypoints).flat().filter((f) => f.startsWith("forms-library"))).toEqual([]);
    for (const [area, files] of Object.entries(report.areas)) {
      const loaded = files.flatMap(modulesOf);
      expect([area, loaded.filter((m) => /src\/workbook\/|src\/taskpane\/actions\.ts|src\/forms\/index\.ts/.test(m))]).toEqual([area, []]);
    }
    // The Forms area lists the forms (forms/list.ts) without their specs.
    const forms = report.areas["area-forms"].flatMap(modulesOf);
    expect(forms).toContain("./src/forms/list.ts");
    expect(forms.filter((m) => m.startsWith("./src/forms/") && m !== "./src/forms/list.ts")).toEqual([]);
  });

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
