/**
 * The help generator (src/help), without a build: rule texts for every cited rule, policy keys
 * found by the recording Proxy, errors found by the probes, and pages whose links all resolve.
 */
import { evaluateLine } from "../../src/cli/calcCore";
import { errorsOf, policyKeysOf, probes } from "../../src/help/probe";
import { FUNCTION_SECTIONS, allowedText, helpFileNames, helpFiles, type HelpBuild } from "../../src/help/pages";
import { helpPath } from "../../src/help/paths";
import { RULE_TEXTS } from "../../src/help/ruleTexts";
import { ERROR_HELP, HELP_TEXTS } from "../../src/help/texts";
import { BY_ID, CATALOGUE, DEFAULT_POLICY, LANGS, POLICY_TABLE, exampleOf, fillTemplate, invoke, type Lang, type Localized } from "../../src/rules";
import { readSpec } from "../support/spec";

const BUILD: HelpBuild = {
  origin: "https://hr.example.com/kaohe/",
  csp: "default-src 'none'; style-src 'self'",
  version: "9.8.7.6",
  officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
};
const files = helpFiles(BUILD);
const spec = (id: string) => BY_ID.get(id)!;

/** Every Localized text of a module (arrays and records of them included). */
function texts(value: unknown): Localized[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return typeof o["zh-CN"] === "string" ? [o as Localized] : Object.values(o).flatMap(texts);
  }
  return [];
}
const ALL_TEXTS = [...texts(HELP_TEXTS), ...texts(ERROR_HELP), ...texts(RULE_TEXTS)];

describe("rule texts", () => {
  const cited = [...new Set(CATALOGUE.flatMap((f) => f.rules))];
  const rulebookIds = new Set([...readSpec("RULEBOOK.md").matchAll(/^\s*- \*\*([A-Z]-\d+(?:\.\d+)?)\*\*|^\s*- (C-1\.\d+) /gm)].map((m) => m[1] ?? m[2]));

  test("every rule a function cites has its words, and every text is a rule of the rulebook", () => {
    expect(cited.filter((id) => !RULE_TEXTS[id])).toEqual([]);
    expect(Object.keys(RULE_TEXTS).filter((id) => id !== "G" && !rulebookIds.has(id))).toEqual([]);
    expect(Object.keys(RULE_TEXTS).filter((id) => !cited.includes(id))).toEqual([]);
  });

  test("figures come from the policy: every placeholder names a policy key and is filled", () => {
    for (const [id, text] of Object.entries(RULE_TEXTS)) {
      for (const lang of LANGS) {
        for (const [, key] of text[lang].matchAll(/\{([\w.]+)(?:\|[%‰])?\}/g)) expect([id, key, key in POLICY_TABLE]).toEqual([id, key, true]);
        const filled = fillTemplate(text[lang], DEFAULT_POLICY);
        expect([id, lang, /[{}]|undefined|\[object/.test(filled)]).toEqual([id, lang, false]);
      }
      // The three languages carry the same figures.
      const figures = (lang: Lang) => [...text[lang].matchAll(/\{[^}]+\}/g)].map((m) => m[0]).sort();
      expect([id, figures("zh-TW"), figures("en")]).toEqual([id, figures("zh-CN"), figures("zh-CN")]);
    }
    expect(fillTemplate(RULE_TEXTS["F-3"].en, DEFAULT_POLICY)).toBe("Monthly score = daily-work score × 70% + attendance score × 30%.");
    expect(fillTemplate(RULE_TEXTS["K-6"]["zh-CN"], DEFAULT_POLICY)).toContain("1000 元以下（含）为销售部门经理");
  });
});

describe("three languages", () => {
  /** Characters that only Simplified Chinese writes so (their Traditional forms differ). */
  const SIMPLIFIED = "这们个为时数规则计资页设关开发过还进与务员实际总单应项额费达选级结绩调议让证试该请读长门问间难题网络报错误据书车专业决权条满签称经载帮";
  /** Mainland words Taiwan says otherwise (默认 → 預設, 单元格 → 儲存格, 工作簿 → 活頁簿, 加载项 → 增益集, 信息 → 資訊, 数据 → 資料). */
  const MAINLAND = ["默認", "單元格", "工作簿", "加載項", "信息", "數據", "軟件", "網絡", "文件"];

  test("every text exists in zh-CN, zh-TW and en", () => {
    expect(ALL_TEXTS.length).toBeGreaterThan(100);
    for (const text of ALL_TEXTS) for (const lang of LANGS) expect([text.en, lang, text[lang].trim().length > 0]).toEqual([text.en, lang, true]);
  });

  test("zh-TW is Traditional, in Taiwan's words", () => {
    for (const text of ALL_TEXTS) {
      const tw = text["zh-TW"];
      expect([tw, [...tw].filter((c) => SIMPLIFIED.includes(c))]).toEqual([tw, []]);
      expect([tw, MAINLAND.filter((w) => tw.includes(w))]).toEqual([tw, []]);
    }
  });

  test("zh-CN is Simplified", () => {
    const TRADITIONAL = "這們個為時數規則計資頁設關開發過還進與務員實際總單應項額費達選級結績調議讓證試該請讀長門問間難題網絡報錯誤據書車專業決權條滿簽稱經載幫";
    for (const text of ALL_TEXTS) expect([text["zh-CN"], [...text["zh-CN"]].filter((c) => TRADITIONAL.includes(c))]).toEqual([text["zh-CN"], []]);
  });
});

describe("what the core tells the pages", () => {
  test("the policy keys a function reads, found by running it under a recording Proxy", () => {
    expect(policyKeysOf(spec("SALESPAY"))).toEqual(["score.full", "salesPay.baseShare", "salesPay.planShare", "salesPay.dailyShare", "salesPay.completionCap", "law.minimumWage"]);
    expect(policyKeysOf(spec("RANKBONUS"))).toEqual(["ranking.firstBonus", "ranking.lastPenalty"]); // last place needs a probe at the group's lowest score
    expect(policyKeysOf(spec("COMPLAINTDUE"))).toEqual(["complaint.reportDays", "complaint.closeDays"]); // stage "report"
    expect(policyKeysOf(spec("SALESREPSCORE"))).toContain("repeat.multiplier"); // a full row of `repeated`
    expect(policyKeysOf(spec("OVERTIMECHECK"))).toEqual(expect.arrayContaining(["workTime.weekHours", "law.overtimeMonthCapHours"]));
    expect(policyKeysOf(spec("PROMOTIONELIGIBLE"))).toEqual(["promotion.maxUnoffsetPunishments"]);
    for (const f of CATALOGUE) expect([f.id, policyKeysOf(f).length > 0]).toEqual([f.id, true]);
  });

  test("probes vary one argument of the worked example at a time", () => {
    for (const f of CATALOGUE) {
      const [example, ...rest] = probes(f);
      expect(invoke(f, example, DEFAULT_POLICY, "en").ok).toBe(true);
      for (const p of rest) expect(p.filter((a, i) => JSON.stringify(a) !== JSON.stringify(example[i])).length).toBeLessThanOrEqual(1);
    }
  });

  test("the errors a function gives, each with its real message and help; no probe meets an internal error", () => {
    for (const f of CATALOGUE) {
      for (const lang of LANGS) {
        const errors = errorsOf(f, lang);
        expect([f.id, errors.length > 0]).toEqual([f.id, true]);
        for (const e of errors) {
          expect([f.id, e.code]).not.toEqual([f.id, "internal"]);
          expect(e.message.startsWith(e.param)).toBe(true);
          expect(ERROR_HELP[e.code].fix[lang].length).toBeGreaterThan(0);
        }
      }
    }
    expect(errorsOf(spec("NOTICEDAYS"), "en").map((e) => e.code)).toContain("dateOrder");
    expect(errorsOf(spec("FIELDREPSCORE"), "en").find((e) => e.code === "bandNotAllowed")?.message).toBe("deductions: item 1: a deduction of 1 matches no case; allowed 0, 2, 4–10");
    expect(errorsOf(spec("ANNUALSCORE"), "zh-TW").map((e) => e.code)).toEqual(expect.arrayContaining(["blankMonth", "shape", "notBoolean"]));
    expect(errorsOf(spec("RANKBONUS"), "en").map((e) => e.code)).toContain("notAmong");
  });

  test("what a parameter allows, from its catalogue entry", () => {
    const p = (id: string, name: string) => spec(id).params.find((x) => x.name === name)!;
    expect(allowedText(p("SALESPAY", "dailyScore"), "en")).toBe("a number, 0–100");
    expect(allowedText(p("SALESPAY", "overPlanBonus"), "zh-CN")).toBe("数字，≥ 0；可省略，默认 0");
    expect(allowedText(p("SALESPAY", "completionRate"), "en")).toBe("a rate 0–5 (0%–500%), e.g. 80% or 0.8");
    expect(allowedText(p("ANNUALSCORE", "monthlyScores"), "en")).toBe("one row or column of 12 cells; each cell: a number, 0–100; blank cells are kept: see the description");
    expect(allowedText(p("SALESREPSCORE", "faults"), "zh-TW")).toBe("一列或一欄 12 格；每格：整數（TRUE = 1，FALSE = 0），≥ 0；空白格按 0 計");
    expect(allowedText(p("COMPLAINTDUE", "stage"), "en")).toBe("one of (any case): close, report, 结案, 結案, 报告, 報告; optional, default close");
  });
});

describe("the pages", () => {
  const page = (lang: Lang, name: string) => files[helpPath(lang, name)];

  test("one page per function and language, an index, support and privacy per language, a chooser and one stylesheet", () => {
    expect(Object.keys(files).sort()).toEqual(helpFileNames().sort());
    expect(Object.keys(files).length).toBe(2 + LANGS.length * (CATALOGUE.length + 3));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["help/index.html", "help/help.css", "help/zh-CN/SALESPAY.html", "help/zh-TW/SALESPAY.html", "help/en/SALESPAY.html", "help/zh-CN/index.html"]));
  });

  test("every page: the build's CSP first, the one stylesheet, nothing from elsewhere, every link to a page that exists", () => {
    for (const [path, html] of Object.entries(files)) {
      if (!path.endsWith(".html")) continue;
      expect(html.indexOf(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;self&#39;">`)).toBeGreaterThan(0);
      expect([path, /<script|<style|style=|<img|<iframe|https?:\/\/[^"<\s]*"/.test(html)]).toEqual([path, false]);
      const links = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const target = new URL(link, `https://x/${path}`).pathname.slice(1);
        expect([path, link, target in files]).toEqual([path, link, true]);
      }
    }
  });

  test("a function page: its sections, the example computed by the core, the rule's words, the policy and the errors", () => {
    expect(FUNCTION_SECTIONS.length).toBeGreaterThanOrEqual(7);
    const html = page("zh-CN", "SALESPAY");
    for (const id of ["what", "syntax", "parameters", "example", "rules", "policy", "errors"]) expect(html).toContain(`<section id="${id}">`);
    expect(html).toContain("=HR.销售工资(工资总额, 计划完成率, 日常工作得分, [超计划奖金])");
    expect(html).toContain("=HR.销售工资(10000, 0.8, 90)");
    expect(html).toContain('<strong class="result">9150</strong>');
    expect(html).toContain("<li>F-10  计划工资 = 工资总额 × 0.35 × 完成率 = 2800</li>");
    expect(html).toContain("基本工资 = 工资总额 × 50%");
    expect(html).toContain("<code>salesPay.baseShare</code>");
    expect(html).toContain("#VALUE! completionRate（计划完成率）：6 大于 5（500%），疑似输入错误：请输入 80% 或 0.8");
    expect(page("en", "LASTWORKDAY")).toContain("date serial 45351, that is 2024-02-29");
    expect(page("zh-TW", "DISMISSALCHECK")).toContain("空字串（儲存格顯示為空白）");
    expect(page("en", "APPROVER")).toContain('<strong class="result">General manager</strong>');
    expect(page("zh-TW", "APPROVER")).toContain('<strong class="result">總經理</strong>');
  });

  test("each example's result is the worked example's (README), computed by the core", () => {
    for (const f of CATALOGUE) {
      const line = evaluateLine(f.id, exampleOf(f).args as never[], DEFAULT_POLICY, "zh-CN").line;
      expect([f.id, line]).toEqual([f.id, exampleOf(f).result]);
      const shown = line === "" ? '""' : line;
      expect(page("zh-CN", f.id)).toContain(`<strong class="result">${shown.replace(/"/g, "&quot;")}</strong>`);
    }
  });

  test("support names what to include; privacy names the origin and the Office CDN, and only them", () => {
    const support = page("en", "support");
    expect(support).toContain("The add-in version 9.8.7.6");
    expect(support).toContain("$ npm run -s calc -- --lang en --explain SALESPAY 10000 0.8 90\n9150\ninputs: totalPay=10000");
    expect(page("zh-CN", "support")).toContain("规则版本");
    const privacy = page("zh-TW", "privacy");
    expect(privacy).toContain("https://hr.example.com/kaohe/");
    expect(privacy).toContain("appsforoffice.microsoft.com");
    expect(privacy).toContain("hr.example.com");
  });
});
