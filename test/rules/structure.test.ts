/**
 * Standing checks on the rules core:
 * - src/rules is a pure library (no Office.js, React or DOM) — compiled without DOM types;
 * - no file outside the policy table holds a rulebook number (P-1);
 * - every rule of RULEBOOK.md A–L that carries a number is in the policy table and named by a test.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { POLICY_TABLE, rulesOf } from "../../src/rules";
import { ROOT, SHARED, readSpec } from "../support/spec";

function filesUnder(dir: string, ext = /\.tsx?$/): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, ext) : ext.test(name) ? [full] : [];
  });
}

describe("src/rules is pure", () => {
  const files = filesUnder(resolve(ROOT, "src/rules"));

  test("imports only itself and big.js", () => {
    for (const file of files) {
      const imports = [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s+["']([^"']+)["']/g)].map((m) => m[1]);
      for (const spec of imports) expect(`${relative(ROOT, file)} → ${spec}`).toMatch(/ → (\.{1,2}\/[\w./]+|big\.js)$/);
    }
  });

  test("type-checks with no DOM, Office.js or React types available", () => {
    const program = ts.createProgram(files, {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts"], types: [], esModuleInterop: true, skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });
});

/**
 * Numeric literals allowed outside the policy table: 0 and 1, and these named
 * constants (units and exit codes, not rulebook numbers).
 */
const NAMED_CONSTANTS: Record<string, number> = { PERCENT: 100, PER_MILLE: 1000, EXIT_USAGE: 2, FLUSH_LINES: 1024, SHORTEST_RUN_AS_RANGE: 3, HEX: 16, HEX_DIGITS: 4 };
/** Files whose numbers are not rulebook numbers, and why. */
const EXEMPT: Record<string, string> = {
  "src/rules/policy/table.ts": "the policy table itself",
  "src/rules/dates.ts": "calendar arithmetic (Excel epoch, months per year)",
  "src/rules/decimal.ts": "big.js rounding-mode codes and cent places",
  "src/rules/contract.ts": "FUNCTIONS.md input contract (rate typo limit, hours in a day)",
  "src/rules/catalogue/examples.ts": "worked examples (documentation and test data)",
  "src/functions/names.ts": "Excel's own limits (name length, grid size, column letters)",
  "src/cli/io.ts": "byte-order marks, byte sizes and the UTF-16 NUL-byte test (file encodings, not rulebook numbers)",
};

describe("P-1: no rulebook number outside the policy table", () => {
  const scanned = ["src/rules", "src/cli", "src/functions"].flatMap((d) => filesUnder(resolve(ROOT, d)))
    .filter((f) => !(relative(ROOT, f) in EXEMPT));

  test("numeric literals in src/rules, src/cli and src/functions are 0, 1 or named unit constants", () => {
    const offenders: string[] = [];
    for (const file of scanned) {
      const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        if (ts.isNumericLiteral(node)) {
          const value = Number(node.text);
          const parent = node.parent;
          const named = ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && NAMED_CONSTANTS[parent.name.text] === value;
          if (value !== 0 && value !== 1 && !named) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            offenders.push(`${relative(ROOT, file)}:${line + 1}: ${node.text}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  });
});

/** Rules whose digits are not figures the product computes, and why. */
const NOT_A_POLICY_NUMBER: Record<string, string> = {
  "F-8": "0 is the floor of every item (a bound, not a setting)",
  "H-6": "360° names the evaluation method",
};

interface RuleText { id: string; section: string; text: string }

function rulesOfRulebook(markdown: string): RuleText[] {
  const out: RuleText[] = [];
  let section = "";
  let current: RuleText | undefined;
  for (const line of markdown.split("\n")) {
    const heading = /^## ([A-Z])\. /.exec(line);
    if (heading || line.startsWith("## ")) { section = heading?.[1] ?? ""; current = undefined; continue; }
    const rule = /^- \*\*([A-Z]-\d+(?:\.\d+)?)\*\*(.*)$/.exec(line);
    if (rule) { current = { id: rule[1], section, text: rule[2] }; out.push(current); continue; }
    if (current && /^\s+\S/.test(line)) current.text += ` ${line.trim()}`;
    else if (line.trim() === "") continue;
    else current = undefined;
  }
  return out;
}

/** Digits that are citations, not figures: article numbers, clause marks, case numbers, rule IDs. */
function carriesNumber(text: string): boolean {
  const stripped = text
    .replace(/\b[A-Z]-\d+(\.\d+)?\b/g, "")
    .replace(/art\. \d+/g, "")
    .replace(/Case No\. \d+/g, "")
    .replace(/[（(][^)）]*第[^)）]*條[^)）]*[)）]/g, "")
    .replace(/第[一二三四五六七八九十\d]+條/g, "")
    .replace(/[❶-❿](\([一二三四五六七八九十]+\))?\d*/g, "")
    .replace(/[一二三四五六七八九十]、/g, "");
  return /\d/.test(stripped);
}

describe("rulebook coverage", () => {
  const rulebook = readSpec("RULEBOOK.md");
  const rules = rulesOfRulebook(rulebook).filter((r) => r.section >= "A" && r.section <= "L");
  const withNumbers = rules.filter((r) => carriesNumber(r.text) && !(r.id in NOT_A_POLICY_NUMBER));
  const policyRules = new Set(Object.values(POLICY_TABLE).flatMap((e) => rulesOf(e)));
  const testText = filesUnder(resolve(ROOT, "test")).map((f) => readFileSync(f, "utf8")).join("\n");

  test("the rulebook parses into rules of sections A–L", () => {
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(["A-1", "C-2", "F-10", "H-5", "K-6", "L-7"]));
    expect(withNumbers.length).toBeGreaterThan(30);
  });

  test("every rule that carries a number has an entry in the policy table", () => {
    expect(withNumbers.map((r) => r.id).filter((id) => !policyRules.has(id))).toEqual([]);
  });

  test("every rule that carries a number is named in at least one test", () => {
    const unnamed = withNumbers.map((r) => r.id).filter((id) => !new RegExp(`${id.replace(".", "\\.")}(?![\\d.])`).test(testText.replace(/NOT_A_POLICY_NUMBER[\s\S]*?\n};/, "")));
    expect(unnamed).toEqual([]);
  });

  test("the snapshot in test/fixtures matches ../shared when present", () => {
    for (const name of ["RULEBOOK.md", "FUNCTIONS.md"]) {
      const shared = resolve(SHARED, name);
      if (existsSync(shared)) expect(readFileSync(resolve(ROOT, "test/fixtures", name), "utf8")).toBe(readFileSync(shared, "utf8"));
    }
  });
});
