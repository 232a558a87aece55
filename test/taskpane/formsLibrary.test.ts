/**
 * The Forms area in Chromium (the production build, test/support/browser.ts): the area
 * opens with the list of forms only; the forms library and the Office.js writer (the
 * "forms-library" chunk group, src/taskpane/formsLibrary.ts) load when the user clicks
 * Create, under the busy state, once; a failed load reads as a sentence and Create
 * works again afterwards.
 */
import type { Route } from "playwright-core";
import { chromiumAvailable, PaneHarness, type PanePage } from "../support/browser";

const available = chromiumAvailable("the forms library loading test");
const AREA_KEY = "kaohe.pane.area";
const LIBRARY = /\/forms-library\.[0-9a-f]+\.js$/;

/** Paths of the scripts the page requests from now on. */
function scripts(pane: PanePage): string[] {
  const seen: string[] = [];
  pane.page.on("request", (r) => { if (r.resourceType() === "script") seen.push(new URL(r.url()).pathname); });
  return seen;
}

(available ? describe : describe.skip)("the forms library loads on Create", () => {
  let harness: PaneHarness;
  beforeAll(async () => { harness = await PaneHarness.launch(); }, 300_000);
  afterAll(async () => { await harness?.close(); });

  test("the Forms area lists the forms without the library; Create loads it once, busy meanwhile, and writes the sheet", async () => {
    const pane = await harness.open({ lang: "zh-CN", storage: { [AREA_KEY]: "forms" } });
    const requested = scripts(pane);
    await pane.page.getByText("业务员月度考核表").first().waitFor();
    await pane.page.getByText("客户投诉处理表").first().waitFor(); // every title, from forms/list.ts
    expect(requested.filter((p) => LIBRARY.test(p))).toEqual([]);

    // Hold the library's script until the busy state has been seen.
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await pane.page.route(LIBRARY, async (route: Route) => { await held; await route.fallback(); });
    const create = pane.page.getByRole("button", { name: "生成工作表" });
    await pane.page.locator('input[data-form-id="complaint"]').check();
    await create.click();
    await pane.page.getByText("正在生成「客户投诉处理表」…").waitFor();
    expect(await create.isDisabled()).toBe(true);
    await create.click({ force: true }); // a second click while loading does nothing
    release();
    await pane.page.getByText("已生成工作表「客户投诉处理表」并切换到该表。").waitFor();
    expect(requested.filter((p) => LIBRARY.test(p))).toHaveLength(1);

    await pane.page.locator('input[data-form-id="survey"]').check();
    await create.click();
    await pane.page.getByText("已生成工作表「客户意见调查表」并切换到该表。").waitFor();
    expect(requested.filter((p) => LIBRARY.test(p))).toHaveLength(1); // loaded once
    expect(await pane.workbook((wb) => wb.sheets.map((s) => s.name))).toEqual(["规则", "客户投诉处理表", "客户意见调查表"]);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  test("a failed load reads as a sentence in the user's language, and Create works again", async () => {
    const pane = await harness.open({ lang: "en-US", storage: { [AREA_KEY]: "forms" } });
    await pane.page.route(LIBRARY, (route: Route) => route.abort("connectionfailed"));
    await pane.page.locator('input[data-form-id="complaint"]').check();
    const create = pane.page.getByRole("button", { name: "Create sheet" });
    await create.click();
    await pane.page.getByText("Could not create it: It did not finish; try again.").waitFor();
    await pane.page.getByText("Details: ChunkLoadError").waitFor();
    expect(await pane.workbook((wb) => wb.sheets.map((s) => s.name))).toEqual([]);

    await pane.page.unroute(LIBRARY);
    await create.click();
    await pane.page.getByText("Created sheet “Complaint form” and switched to it.").waitFor();
    await pane.close();
  });
});
