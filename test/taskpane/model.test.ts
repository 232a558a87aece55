/** The task pane's content, and a server-side render of the real component. */
import { renderToString } from "react-dom/server";
import { createElement } from "react";
import { formOptions, functionRows, parseRowCount, policyLine } from "../../src/taskpane/model";
import { App } from "../../src/taskpane/App";
import { DEFAULT_STATE, PolicySource, type PolicyState } from "../../src/functions/policySource";
import { CATALOGUE, DEFAULT_POLICY } from "../../src/rules";

describe("task pane model", () => {
  test("lists every HR function with its localized name and filled description", () => {
    const zh = functionRows("zh-CN", DEFAULT_STATE);
    expect(zh).toHaveLength(CATALOGUE.length);
    expect(zh[0]).toMatchObject({ id: "SALESPAY", formula: "HR.销售工资" });
    expect(zh[0].signature).toBe("HR.销售工资(工资总额, 计划完成率, 日常工作得分, [超计划奖金])");
    expect(functionRows("en", DEFAULT_STATE)[0].signature).toBe("HR.SALESPAY(totalPay, completionRate, dailyScore, [overPlanBonus])");
    for (const r of functionRows("zh-TW", DEFAULT_STATE)) expect(r.description).not.toMatch(/\{[\w.]+/);
    for (const r of functionRows("en", undefined)) expect(r.description).not.toMatch(/\{[\w.]+/);
  });

  test("shows the policy version in use, or why there is none", () => {
    expect(policyLine(undefined, "en").kind).toBe("loading");
    expect(policyLine(DEFAULT_STATE, "en").text).toBe(`Policy version ${DEFAULT_POLICY.version} (${DEFAULT_POLICY.published}, default policy)`);
    expect(policyLine({ ok: true, policy: DEFAULT_POLICY, sheet: "规则" }, "zh-CN").text).toContain("工作表「规则」");
    const bad: PolicyState = { ok: false, sheet: "Rules", problems: [{ key: "x.y", code: "unknownKey" }] };
    expect(policyLine(bad, "en")).toMatchObject({ kind: "invalid", problems: ["x.y: unknown policy key"] });
  });

  test("the App renders the header, the policy version and the functions", async () => {
    const policy = new PolicySource(null);
    await policy.get();
    const html = renderToString(createElement(App, { lang: "zh-TW", policy }));
    expect(html).toContain("考核 Kaohe");
    expect(html).toContain(DEFAULT_POLICY.version);
    expect(html).toContain("HR.銷售薪資");
    expect((html.match(/data-function-id=/g) ?? []).length).toBe(CATALOGUE.length);
  });
});

describe("forms panel model", () => {
  test("offers every section-T form (not the policy sheet) with its title in the user's language; rosters are marked", () => {
    const zh = formOptions("zh-CN");
    expect(zh).toHaveLength(15);
    expect(zh.find((o) => o.id === "salesMonthly")).toEqual({ id: "salesMonthly", title: "业务员月度考核表", roster: true });
    expect(zh.find((o) => o.id === "dismissalNotice")).toEqual({ id: "dismissalNotice", title: "辞退通知书", roster: false });
    expect(zh.find((o) => o.id === "dismissalReview")).toEqual({ id: "dismissalReview", title: "员工辞退审核表", roster: false });
    expect(formOptions("zh-TW").find((o) => o.id === "salesMonthly")?.title).toBe("業務員月度考核表");
    expect(zh.map((o) => o.id)).not.toContain("policy");
  });

  test("employee rows: a whole number from 1 to 10,000", () => {
    expect(["1", " 25 ", "10000"].map(parseRowCount)).toEqual([1, 25, 10000]);
    expect(["0", "-3", "2.5", "10001", "", "abc"].map(parseRowCount)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
