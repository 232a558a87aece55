/**
 * The specification files. CI and sessions have ../shared beside the clone;
 * a bare clone elsewhere falls back to the snapshot in test/fixtures, which a
 * test keeps equal to ../shared whenever that exists.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
export const SHARED = resolve(ROOT, "../shared");

export function specPath(name: "RULEBOOK.md" | "FUNCTIONS.md"): string {
  const shared = resolve(SHARED, name);
  return existsSync(shared) ? shared : resolve(ROOT, "test/fixtures", name);
}

export function readSpec(name: "RULEBOOK.md" | "FUNCTIONS.md"): string {
  return readFileSync(specPath(name), "utf8");
}
