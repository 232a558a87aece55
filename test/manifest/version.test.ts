/** The version rule: manifest <Version> goes up whenever the generated functions metadata changes. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { metadataFiles } from "../../src/functions/metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { hashFiles, checkLock, readLock } = require("../../scripts/metadata-lock.js") as {
  hashFiles(files: Record<string, string>): string;
  checkLock(lock: { manifestVersion: string; sha256: string } | null, version: string | null, hash: string): string[];
  readLock(): { manifestVersion: string; sha256: string } | null;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestVersion } = require("../../scripts/validate-manifest.js") as { manifestVersion(text: string): string | null };

describe("manifest version and functions metadata", () => {
  const version = manifestVersion(readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8"));

  test("scripts/metadata.lock.json matches the current metadata and manifest version (bump <Version> when metadata changes)", () => {
    expect(checkLock(readLock(), version, hashFiles(metadataFiles()))).toEqual([]);
  });

  test("the rule itself", () => {
    const lock = { manifestVersion: "1.0.0.0", sha256: "aaa" };
    expect(checkLock(lock, "1.0.0.0", "aaa")).toEqual([]);
    expect(checkLock(lock, "1.0.0.0", "bbb").join()).toMatch(/bump <Version>/);
    expect(checkLock(lock, "1.0.1.0", "bbb").join()).toMatch(/--write/);
    expect(checkLock(null, "1.0.0.0", "aaa").join()).toMatch(/missing/);
  });
});
