/**
 * The production build (webpack's Node API via scripts/build.js): every output,
 * and the shared runtime page loading office.js, then the functions, then the UI.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureFullBuild } from "./ensureBuild";
import { METADATA_FILES, metadataFiles } from "../../src/functions/metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as { buildOutputs(): string[]; METADATA_FILES: string[]; OFFICE_JS: string };

let out = "";
beforeAll(async () => {
  out = await ensureFullBuild();
}, 300_000);

/** The script tags of a (minified: attributes may be unquoted) page, in document order. */
const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))[^>]*>/g)].map((m) => ({ src: m[1] ?? m[2], tag: m[0] }));

describe("production build", () => {
  test("writes every declared output", () => {
    for (const f of webpackConfig.buildOutputs()) expect([f, existsSync(join(out, f))]).toEqual([f, true]);
  });

  test("the metadata files are the generator's output, byte for byte", () => {
    expect([...webpackConfig.METADATA_FILES].sort()).toEqual(Object.values(METADATA_FILES).sort());
    for (const [name, text] of Object.entries(metadataFiles())) expect(readFileSync(join(out, name), "utf8")).toBe(text);
  });

  test("taskpane.html (the shared runtime page) loads office.js, then the runtime and the rules core, functions.js, commands.js, and taskpane.js last", () => {
    const s = scripts(readFileSync(join(out, "taskpane.html"), "utf8"));
    expect(s.map((x) => x.src.replace(/^.*\//, ""))).toEqual(["office.js", "runtime.js", "core.js", "functions.js", "commands.js", "taskpane.js"]);
    expect(s[0].src).toBe(webpackConfig.OFFICE_JS);
    expect(s[0].tag).not.toMatch(/\b(defer|async)\b/); // office.js runs first, synchronously
    for (const x of s.slice(1)) expect(x.tag).toMatch(/\bdefer\b/); // the rest in document order
  });

  test("functions.html loads office.js from the CDN, then the runtime, the rules core and functions.js", () => {
    const s = scripts(readFileSync(join(out, "functions.html"), "utf8"));
    expect(s.map((x) => x.src)).toEqual([webpackConfig.OFFICE_JS, "runtime.js", "core.js", "functions.js"]);
  });

  test("the task pane bundle carries the UI; the functions bundle does not", () => {
    const ui = readFileSync(join(out, "taskpane.js"), "utf8");
    expect(ui).toContain("考核 Kaohe");
    expect(readFileSync(join(out, "functions.js"), "utf8")).not.toContain("考核 Kaohe");
  });
});
