/** The shell's pieces without a browser: texts, errors, theme, area memory, and a server render of the App. */
import { renderToString } from "react-dom/server";
import { createElement } from "react";
import { App } from "../../src/taskpane/App";
import { AREA_IDS, DEFAULT_AREA } from "../../src/taskpane/areaIds";
import { lastArea, rememberArea } from "../../src/taskpane/shell/areas";
import { officeErrorCode, readableError } from "../../src/taskpane/shell/errors";
import { SHELL } from "../../src/taskpane/shell/texts";
import { luminance, themeKind } from "../../src/taskpane/shell/theme";
import { EVALUATE } from "../../src/taskpane/areas/evaluate/texts";
import { STEP_TEXTS } from "../../src/taskpane/areas/evaluate/stepTexts";
import { EXPLAIN_TEXT } from "../../src/taskpane/areas/explain/texts";
import { FORMS_TEXT, FORM_LINES } from "../../src/taskpane/areas/forms/texts";
import { FUNCTIONS_TEXT } from "../../src/taskpane/areas/functions/texts";
import { POLICY_TEXT } from "../../src/taskpane/areas/policy/texts";
import { PolicySource } from "../../src/functions/policySource";
import { DEFAULT_POLICY, LANGS, type Localized } from "../../src/rules";
import { HostError } from "../support/memoryHost";

const CATALOGUES: Record<string, Readonly<Record<string, Localized>>> = { SHELL, EVALUATE, STEP_TEXTS, EXPLAIN_TEXT, FORMS_TEXT, FORM_LINES, FUNCTIONS_TEXT, POLICY_TEXT };

describe("pane texts", () => {
  test("every text exists in zh-CN, zh-TW and en, with the same placeholders", () => {
    for (const [name, cat] of Object.entries(CATALOGUES)) {
      for (const [key, t] of Object.entries(cat)) {
        const holes = LANGS.map((l) => [...t[l].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join());
        expect([name, key, LANGS.every((l) => t[l].trim() !== "")]).toEqual([name, key, true]);
        expect([name, key, new Set(holes).size]).toEqual([name, key, 1]);
      }
    }
  });

  test("zh-TW is Traditional and uses Taiwan wording; the policy is 规则 / 規則 / policy, never 策略", () => {
    const all = Object.values(CATALOGUES).flatMap((c) => Object.values(c));
    for (const t of all) {
      expect(t["zh-TW"]).not.toMatch(/[规则应设选数据软这个为么们时]|软件|信息|默认|文件/);
      expect(`${t["zh-CN"]}${t["zh-TW"]}`).not.toMatch(/策略/);
    }
    expect(SHELL["area.policy"]).toEqual({ "zh-CN": "规则", "zh-TW": "規則", en: "Policy" });
  });

  test("defect 4: the English title is English", () => {
    expect(SHELL.title.en).not.toMatch(/\p{Script=Han}/u);
  });
});

describe("Office errors are read, never shown raw (defect 5)", () => {
  test("an OfficeExtension error's code picks the sentence; the code goes in a details line", () => {
    const e = new HostError("InvalidOperationInCellEditMode", "RichApi.Error: the cell is being edited");
    const r = readableError(e, "zh-CN");
    expect(r.message).toBe(SHELL["error.InvalidOperationInCellEditMode"]["zh-CN"]);
    expect(r.detail).toBe("详细信息：InvalidOperationInCellEditMode");
    expect(`${r.message}${r.detail}`).not.toMatch(/RichApi/);
  });

  test("a raw 'RichApi.Error: …' message is mapped by its code; an unknown failure gets a plain sentence", () => {
    expect(officeErrorCode(new Error("RichApi.Error: ItemNotFound: The requested resource doesn't exist."))).toBe("ItemNotFound");
    expect(readableError(new Error("RichApi.Error: ItemNotFound"), "en").message).toBe(SHELL["error.ItemNotFound"].en);
    const odd = readableError(new TypeError("x is undefined"), "zh-TW");
    expect(odd.message).toBe(SHELL["error.unknown"]["zh-TW"]);
    expect(odd.detail).toBe("詳細資訊：TypeError");
  });
});

describe("theme follows Office", () => {
  test("high contrast wins; then Office's dark flag; then its body colour; then the system", () => {
    expect(themeKind({ isDarkTheme: false }, true, false)).toBe("contrast");
    expect(themeKind({ isDarkTheme: true }, false, false)).toBe("dark");
    expect(themeKind({ bodyBackgroundColor: "#262626" }, false, false)).toBe("dark"); // Office "Black"
    expect(themeKind({ bodyBackgroundColor: "#E6E6E6" }, false, true)).toBe("light"); // Office "Colorful"/"White" backgrounds
    expect(themeKind(undefined, false, true)).toBe("dark");
    expect(themeKind(undefined, false, false)).toBe("light");
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#000000")).toBe(0);
    expect(luminance("red")).toBeUndefined();
  });
});

describe("the last area is remembered", () => {
  const store = () => { const m = new Map<string, string>(); return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => { m.set(k, v); } }; };

  test("saved, read back, and the default for a first-time user or a bad value", () => {
    const s = store();
    expect(lastArea(s)).toBe(DEFAULT_AREA);
    rememberArea("policy", s);
    expect(lastArea(s)).toBe("policy");
    s.setItem("kaohe.pane.area", "nonsense");
    expect(lastArea(s)).toBe(DEFAULT_AREA);
  });

  test("a host whose storage throws (some Office webviews) still opens, on the default area", () => {
    const throwing = { getItem: () => { throw new Error("SecurityError"); }, setItem: () => { throw new Error("QuotaExceededError"); } };
    expect(lastArea(throwing)).toBe(DEFAULT_AREA);
    expect(() => rememberArea("forms", throwing)).not.toThrow();
  });
});

describe("the shell rendered on the server", () => {
  test("header (title, policy version, help link to help/<lang>/index.html) and one tab per area in the user's language", async () => {
    const policy = new PolicySource(null);
    await policy.get();
    const html = renderToString(createElement(App, { lang: "zh-TW", policy, area: "evaluate", followTheme: false }));
    expect(html).toContain("考核 Kaohe");
    expect(html).toContain(`規則 ${DEFAULT_POLICY.version} · 預設規則`);
    expect(html).toContain('href="help/zh-TW/index.html"');
    expect((html.match(/role="tab"/g) ?? []).length).toBe(AREA_IDS.length);
    for (const id of AREA_IDS) expect(html).toContain(`>${SHELL[`area.${id}`]["zh-TW"]}<`);
    expect(html).toMatch(/aria-selected="true"[^>]*id="kaohe-tab-evaluate"|id="kaohe-tab-evaluate"[^>]*aria-selected="true"/);
  });
});
