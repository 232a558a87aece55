/** manifest.xml passes the offline checks, and broken copies of it do not. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureFullBuild } from "../build/ensureBuild";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, manifestVersion, OFFICEAPP_ORDER } = require("../../scripts/validate-manifest.js") as {
  validateManifest(text: string, opts?: { outputs?: string[] | null; distDir?: string | null }): string[];
  manifestVersion(text: string): string | null;
  OFFICEAPP_ORDER: string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildOutputs } = require("../../webpack.config.js") as { buildOutputs(): string[] };

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const outputs = buildOutputs();
const check = (text: string) => validateManifest(text, { outputs });

describe("offline manifest validation", () => {
  test("manifest.xml is valid against the build's declared outputs", () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  test("…and against a real production build (https://localhost:3000/X → dist/X)", async () => {
    const dir = await ensureFullBuild();
    expect(validateManifest(MANIFEST, { outputs, distDir: dir })).toEqual([]);
  }, 300_000);

  test("the schema order begins as the docs say", () => {
    expect(OFFICEAPP_ORDER.slice(0, 15)).toEqual(["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions"]);
    expect(manifestVersion(MANIFEST)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  const broken: [string, (m: string) => string, RegExp][] = [
    ["a missing resid", (m) => m.replace('<bt:String id="Group.Label" DefaultValue="Kaohe">', '<bt:String id="Group.Caption" DefaultValue="Kaohe">'), /resid="Group.Label">: no such resource|"Group.Caption" is never used/],
    ["an unused resource", (m) => m.replace("<bt:Images>", '<bt:Images><bt:Image id="Icon.Unused" DefaultValue="https://localhost:3000/assets/icon-16.png"/>'), /"Icon.Unused" is never used/],
    ["not well-formed", (m) => m.replace("</Permissions>", "</Permission>"), /not well-formed XML/],
    ["elements out of order", (m) => m.replace(/(\s*<Version>[^<]*<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"), /out of order/],
    ["a missing required element", (m) => m.replace(/\s*<Permissions>[^<]*<\/Permissions>/, ""), /<Permissions> is required/],
    ["an http URL", (m) => m.replace('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'), /must be https/],
    ["a file the build does not produce", (m) => m.replace("https://localhost:3000/functions.js", "https://localhost:3000/function.js"), /produces no function\.js/],
    ["a bad GUID", (m) => m.replace(/<Id>[^<]*<\/Id>/, "<Id>kaohe</Id>"), /not a GUID/],
    ["a display name over 125 characters", (m) => m.replace('DefaultValue="Kaohe HR rulebook"', `DefaultValue="${"K".repeat(126)}"`), /DisplayName \(default\): 126 characters/],
    ["a description over 250 characters", (m) => m.replace(/(<Description DefaultValue=")[^"]*"/, `$1${"d".repeat(251)}"`), /Description \(default\): 251 characters/],
    ["a long string over 250", (m) => m.replace('DefaultValue="Open the Kaohe task pane: the policy in use and the HR functions."', `DefaultValue="${"x".repeat(251)}"`), /"TaskpaneButton.Tooltip" \(default\): 251 characters/],
    ["a resource id over 32 characters", (m) => m.split("Functions.Metadata.Url").join("Functions.Metadata.Url.Localized.Json"), /at most 32/],
    ["a short-lived runtime", (m) => m.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    ["no SharedRuntime requirement", (m) => m.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), /SharedRuntime/],
    ["functions page not the shared page", (m) => m.replace(/(<Page>\s*<SourceLocation resid=")Taskpane.Url/, "$1GetStarted.LearnMoreUrl"), /CustomFunctions <Page> must be the shared runtime page/],
    ["another namespace", (m) => m.replace('DefaultValue="HR"', 'DefaultValue="KAOHE"'), /namespace must be HR/],
    ["no zh-TW metadata", (m) => m.replace(/\s*<bt:Override Locale="zh-TW" Value="https:\/\/localhost:3000\/functions.zh-TW.json"\/>/, ""), /no <bt:Override Locale="zh-TW">/],
    ["no zh-CN display name", (m) => m.replace(/\s*<Override Locale="zh-CN" Value="考核 · 人事制度"\/>/, ""), /DisplayName: no <Override Locale="zh-CN">/],
    ["not on the Home tab", (m) => m.replace('OfficeTab id="TabHome"', 'OfficeTab id="TabData"'), /TabHome/],
    ["a resid of the wrong kind", (m) => m.replace('<Label resid="Group.Label"/>', '<Label resid="GetStarted.Description"/>'), /needs a short resource/],
  ];

  test.each(broken)("refuses a copy with %s", (_what, breakIt, message) => {
    const copy = breakIt(MANIFEST);
    expect(copy).not.toBe(MANIFEST);
    const problems = check(copy);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(message);
  });
});
