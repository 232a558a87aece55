/**
 * Dependency hygiene offline (issue 7): scripts/licenses.js over package-lock.json
 * refuses copyleft licences in shipped code, packages from outside the registry,
 * packages without integrity and versions with known advisories; it lists what is shipped.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/spec";

interface Shipped { name: string; version: string; license: string }
interface Advisory { package: string; versions: string; id: string; cve?: string; title: string }
type Lock = { packages: Record<string, Record<string, unknown>> };

const { checkLock, licenseAllowed, satisfies } = require("../../scripts/licenses.js") as {
  checkLock(lock: unknown, advisories: readonly Advisory[]): { problems: string[]; shipped: Shipped[] };
  licenseAllowed(license: unknown): boolean;
  satisfies(version: string, range: string): boolean;
};

const readLock = (): Lock => JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as Lock;
const ADVISORIES = (JSON.parse(readFileSync(join(ROOT, "scripts/advisories.json"), "utf8")) as { advisories: Advisory[] }).advisories;

/** The lockfile with one package's entry changed. */
function withPackage(key: string, change: (p: Record<string, unknown>) => void): Lock {
  const lock = readLock();
  change(lock.packages[key]);
  return lock;
}

describe("the project's own lockfile", () => {
  test("passes: no copyleft runtime licence, registry packages only, sha512 integrity everywhere, no known advisory", () => {
    expect(checkLock(readLock(), ADVISORIES).problems).toEqual([]);
  });

  test("lists what is shipped: the runtime dependencies, not the dev tools", () => {
    const shipped = checkLock(readLock(), ADVISORIES).shipped.map((s) => s.name);
    expect(shipped).toEqual(expect.arrayContaining(["react", "react-dom", "big.js", "@fluentui/react-components"]));
    expect(shipped).not.toContain("hyperformula");
    expect(shipped).not.toContain("exceljs");
    expect(shipped).not.toContain("jest");
  });

  test("`npm run licenses` prints the shipped packages and exits 0", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/licenses.js")], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^shipped \(runtime dependencies, \d+\):\n/);
    expect(r.stdout).toMatch(/\n {2}big\.js@\d+\.\d+\.\d+ {2}MIT\n/);
    expect(r.stdout).toMatch(/OK\n$/);
  });
});

describe("what it refuses", () => {
  test("HyperFormula (GPL-3.0) is a devDependency; as a runtime dependency it would be refused", () => {
    expect(readLock().packages["node_modules/hyperformula"]).toMatchObject({ dev: true, license: "GPL-3.0-only" });
    const lock = withPackage("node_modules/hyperformula", (p) => { delete p.dev; });
    const { problems } = checkLock(lock, ADVISORIES);
    expect(problems).toEqual([expect.stringMatching(/^hyperformula@[\d.]+: runtime dependency under GPL-3.0-only/)]);
  });

  test("licence expressions: a permissive alternative is fine, copyleft alone or required is not", () => {
    for (const ok of ["MIT", "(MIT OR GPL-3.0-or-later)", "(BSD-3-Clause OR GPL-2.0)", "(MIT AND Zlib)", "Apache-2.0 WITH LLVM-exception", "MIT/X11", { type: "MIT" }]) {
      expect([ok, licenseAllowed(ok)]).toEqual([ok, true]);
    }
    for (const bad of ["GPL-3.0-only", "GPL-2.0+", "AGPL-3.0", "LGPL-2.1-or-later", "(MIT AND GPL-3.0-only)", "(GPL-2.0 OR LGPL-3.0)", "", undefined, { type: "GPL-3.0" }]) {
      expect([bad, licenseAllowed(bad)]).toEqual([bad, false]);
    }
  });

  test("a runtime package without a licence", () => {
    const lock = withPackage("node_modules/big.js", (p) => { delete p.license; });
    expect(checkLock(lock, ADVISORIES).problems).toEqual([expect.stringMatching(/^big\.js@[\d.]+: runtime dependency under no declared licence/)]);
  });

  test.each([
    ["git", "git+ssh://git@github.com/MikeMcl/big.js.git#abc123"],
    ["a local file", "file:../big.js"],
    ["plain http", "http://registry.npmjs.org/big.js/-/big.js-7.0.1.tgz"],
    ["another host", "https://evil.example/big.js-7.0.1.tgz"],
  ])("a package resolved from %s", (_what, resolved) => {
    const lock = withPackage("node_modules/big.js", (p) => { p.resolved = resolved; });
    expect(checkLock(lock, ADVISORIES).problems).toEqual([`big.js@${String(readLock().packages["node_modules/big.js"].version)}: resolved from ${resolved}, not https://registry.npmjs.org/`]);
  });

  test("a registry URL is fine; a link is not", () => {
    expect(checkLock(withPackage("node_modules/big.js", (p) => { p.resolved = "https://registry.npmjs.org/big.js/-/big.js-7.0.1.tgz"; }), ADVISORIES).problems).toEqual([]);
    const linked = readLock();
    linked.packages["node_modules/local-thing"] = { resolved: "../local-thing", link: true };
    expect(checkLock(linked, ADVISORIES).problems).toEqual(["node_modules/local-thing: a link to ../local-thing, not a registry package"]);
  });

  test("missing or weak integrity", () => {
    expect(checkLock(withPackage("node_modules/react", (p) => { delete p.integrity; }), ADVISORIES).problems).toEqual([expect.stringMatching(/^react@[\d.]+: no sha512 integrity$/)]);
    expect(checkLock(withPackage("node_modules/jest", (p) => { p.integrity = "sha1-abc"; }), ADVISORIES).problems).toEqual([expect.stringMatching(/^jest@[\d.]+: no sha512 integrity$/)]);
  });

  test("a version with a known advisory, dev or runtime", () => {
    const lock = withPackage("node_modules/braces", (p) => { p.version = "3.0.2"; });
    expect(checkLock(lock, ADVISORIES).problems).toEqual(["braces@3.0.2: known advisory GHSA-grv7-fg5c-xmjg (CVE-2024-4068 Uncontrolled resource consumption; affected <3.0.3)"]);
  });

  test("version ranges", () => {
    const ws = ">=2.1.0 <5.2.4 || >=6.0.0 <6.2.3 || >=7.0.0 <7.5.10 || >=8.0.0 <8.17.1";
    expect(["5.2.3", "6.2.2", "7.5.9", "8.17.0", "8.0.0"].map((v) => satisfies(v, ws))).toEqual([true, true, true, true, true]);
    expect(["5.2.4", "6.2.3", "7.5.10", "8.17.1", "2.0.9", "9.0.0"].map((v) => satisfies(v, ws))).toEqual([false, false, false, false, false, false]);
    expect(satisfies("0.2.3", "<=0.2.3")).toBe(true);
    expect(satisfies("0.2.4", "<=0.2.3")).toBe(false);
    expect(() => satisfies("1.0.0", "<x")).toThrow(/cannot read the range/);
  });
});
