/**
 * The BUILT functions bundle in a simulated Office runtime: dist/functions.js
 * runs in a node `vm` context with stub CustomFunctions and Office objects;
 * every registered function, called as Excel calls it, gives what `calc` gives.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { evaluateLine, formatValue, toRaw } from "../../src/cli/calcCore";
import { CATALOGUE, exampleOf, DEFAULT_POLICY, LANGS, type CalcArg, type Lang } from "../../src/rules";
import { ensureFunctionsBundle } from "../build/ensureBuild";

class StubError {
  constructor(public code: string, public message?: string) {}
}

interface Loaded {
  registered: Map<string, (...args: unknown[]) => unknown>;
  context: Record<string, unknown>;
}

function load(code: string, displayLanguage: string): Loaded {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        if (registered.has(id)) throw new Error(`${id} registered twice`);
        registered.set(id, fn);
      },
      Error: StubError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
    Office: {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: { displayLanguage },
    },
    console,
    setTimeout,
    clearTimeout,
    Promise,
  };
  sandbox.globalThis = sandbox;
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = createContext(sandbox);
  runInContext(code, context, { filename: "dist/functions.js" });
  return { registered, context: sandbox };
}

async function callLine(fn: (...args: unknown[]) => unknown, args: readonly CalcArg[], arity: number): Promise<string> {
  const invocation = { address: "Sheet1!A1", functionName: "HR.X" }; // Excel appends one
  const padded: CalcArg[] = [...args];
  while (padded.length < arity) padded.push(null); // Excel passes an omitted optional argument as null
  const result = await fn(...padded.map(toRaw), invocation);
  // The result dimensionality is "matrix": a single-cell call returns a 1×1 array, Excel shows its one value.
  expect(result).toEqual([[expect.anything()]]);
  const out = (result as unknown[][])[0][0];
  if (out instanceof StubError || (out && typeof out === "object" && "code" in out)) {
    const e = out as StubError;
    expect(e.code).toBe("#VALUE!");
    return `#VALUE! ${e.message}`;
  }
  return formatValue(out as number | string | boolean);
}

/** The scripts functions.html loads after office.js (the webpack runtime, the rules core, functions.js), in order, as one program. */
let code = "";
beforeAll(async () => {
  const dir = dirname(await ensureFunctionsBundle());
  const page = readFileSync(join(dir, "functions.html"), "utf8");
  const scripts = [...page.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]).filter((src) => !/^https?:/.test(src));
  expect(scripts).toEqual(["runtime.js", "core.js", "functions.js"]);
  code = scripts.map((f) => readFileSync(join(dir, f), "utf8")).join(";\n");
}, 180_000);

const DISPLAY: Record<Lang, string> = { "zh-CN": "zh-CN", "zh-TW": "zh-TW", en: "en-US" };

describe("built functions bundle in a simulated runtime", () => {
  test("registers every catalogue id, once, and nothing else; no React in the bundle", () => {
    const { registered } = load(code, "zh-CN");
    expect([...registered.keys()].sort()).toEqual(CATALOGUE.map((s) => s.id).sort());
    expect(code).not.toMatch(/react-dom|@fluentui|__SECRET_INTERNALS|useState/);
  });

  test.each(LANGS)("every function's worked example, %s display language", async (lang) => {
    const { registered } = load(code, DISPLAY[lang]);
    for (const spec of CATALOGUE) {
      const fn = registered.get(spec.id)!;
      const want = evaluateLine(spec.id, exampleOf(spec).args, DEFAULT_POLICY, lang).line;
      expect([spec.id, await callLine(fn, exampleOf(spec).args, spec.params.length)]).toEqual([spec.id, want]);
    }
  });

  test("errors: #VALUE! with calc's message in the display language (zh-HK → zh-TW, fr-FR → en)", async () => {
    const cases: [string, CalcArg[]][] = [
      ["SALESPAY", [10000, 8, 90]],
      ["SALESPAY", [10000, "abc", 90]],
      ["ATTENDANCESCORE", [-1]],
      ["FIELDREPSCORE", [[3, 0, 0, 0, 0, 0, 0, 0, 0, 0]]],
      ["ANNUALSCORE", [[1, 2, 3]]],
      ["RANKBONUS", [50, [95, 88, 70]]],
      ["APPROVER", [-5]],
    ];
    for (const [display, lang] of [["zh-HK", "zh-TW"], ["fr-FR", "en"], ["zh-SG", "zh-CN"]] as const) {
      const { registered } = load(code, display);
      for (const [id, args] of cases) {
        const want = evaluateLine(id, args, DEFAULT_POLICY, lang).line;
        expect(want.startsWith("#VALUE! ")).toBe(true);
        const arity = CATALOGUE.find((s) => s.id === id)!.params.length;
        expect(await callLine(registered.get(id)!, args, arity)).toBe(want);
      }
    }
  });

  test("a whole column in one call spills: values, and each bad row's own #VALUE!", async () => {
    const { registered } = load(code, "en");
    const result = await registered.get("RANKBONUS")!([[95], [88], [70], ["x"]], [[95], [88], [70]], { address: "Sheet1!C2" }) as unknown[][];
    expect(result.slice(0, 3)).toEqual([[100], [0], [-100]]);
    expect(result[3][0]).toBeInstanceOf(StubError);
    expect(result[3][0]).toMatchObject({ code: "#VALUE!", message: 'score: must be a number; got "x"' });
  });

  test("no Excel API in this runtime: the functions use the default policy and publish their policy source", async () => {
    const { context } = load(code, "en");
    const rt = context.__kaoheRuntime as { policy: { get(): Promise<{ ok: boolean; sheet: string | null }> }; registered: string[] };
    expect(rt.registered).toHaveLength(CATALOGUE.length);
    await expect(rt.policy.get()).resolves.toMatchObject({ ok: true, sheet: null });
  });
});
