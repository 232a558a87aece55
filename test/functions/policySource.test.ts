/** The policy cache and its refresh/recalculate mechanism, against a fake workbook. */
import { excelPolicyHost } from "../../src/functions/excelHost";
import { DEFAULT_STATE, POLICY_SHEETS, PolicySource, policyProblemText, stateFromRead, stateFromReads, type PolicyHost, type PolicySheetRead } from "../../src/functions/policySource";
import { evaluate } from "../../src/functions/adapter";
import { DEFAULT_POLICY, POLICY_SHEET_NAMES, findFunction, policyToRows, rowKey } from "../../src/rules";
import { policyRowOf } from "../../src/forms";
import { policySheetRows, shuffled } from "../support/policyRows";

class FakeHost implements PolicyHost {
  sheet: PolicySheetRead | null = null;
  reads = 0;
  recalcs = 0;
  changed: (() => void) | null = null;
  failRead = false;
  async read() {
    this.reads++;
    if (this.failRead) throw new Error("Excel went away");
    return this.sheet ? [this.sheet] : [];
  }
  async watch(_names: readonly string[], changed: () => void) {
    this.changed = changed;
  }
  async recalculate() {
    this.recalcs++;
  }
}

/** The policy sheet (layout 2, zh-CN) as a workbook hands it back, edited. */
const rows = (edit: (r: (string | number | null)[][]) => void = () => {}) => {
  const r = policySheetRows(DEFAULT_POLICY, "zh-CN");
  edit(r);
  return r;
};
const setKey = (key: string, value: string | number | null) => (r: (string | number | null)[][]) => {
  r[policyRowOf(DEFAULT_POLICY, "zh-CN").get(key)! - 1][1] = value;
};
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("PolicySource", () => {
  test("no policy sheet: the defaults", async () => {
    const host = new FakeHost();
    const source = new PolicySource(host);
    expect(source.peek()).toBeUndefined();
    await expect(source.get()).resolves.toBe(DEFAULT_STATE);
    expect(source.peek()).toBe(DEFAULT_STATE);
  });

  test("no host at all (no Excel API): the defaults, and nothing to watch", async () => {
    await expect(new PolicySource(null).get()).resolves.toBe(DEFAULT_STATE);
  });

  test("reads the policy sheet once, under any of its names, then serves the cache", async () => {
    for (const name of Object.values(POLICY_SHEET_NAMES)) {
      const host = new FakeHost();
      host.sheet = { sheet: name, rows: rows(setKey("perfPay.passScore", 50)) };
      const source = new PolicySource(host);
      const [a, b] = await Promise.all([source.get(), source.get()]);
      expect(a).toBe(b);
      expect(a.ok && a.policy.values["perfPay.passScore"]).toBe(50);
      expect(a.ok && a.sheet).toBe(name);
      await source.get();
      expect(host.reads).toBe(1);
    }
    expect(POLICY_SHEETS).toEqual(["规则", "規則", "Rules"]);
  });

  test("a change re-reads the sheet, tells listeners and requests one full recalculation", async () => {
    const host = new FakeHost();
    host.sheet = { sheet: "规则", rows: rows() };
    const source = new PolicySource(host);
    await source.get();
    await flush();
    expect(host.changed).not.toBeNull();
    const heard: unknown[] = [];
    source.onChange((s) => heard.push(s));

    host.sheet = { sheet: "规则", rows: rows(setKey("perfPay.passScore", 55)) };
    host.changed!();
    const s = await source.refresh();
    expect(s.ok && s.policy.values["perfPay.passScore"]).toBe(55);
    expect(source.peek()).toBe(s);
    expect(heard).toEqual([s]);
    expect(host.recalcs).toBe(1);

    // An edit that leaves the policy as it was (a note, say) asks for no recalculation.
    host.changed!();
    await source.refresh();
    expect(host.recalcs).toBe(1);
  });

  test("the sheet deleted: back to the defaults; added again: the sheet", async () => {
    const host = new FakeHost();
    host.sheet = { sheet: "Rules", rows: rows(setKey("perfPay.passScore", 40)) };
    const source = new PolicySource(host);
    await source.get();
    host.sheet = null;
    await expect(source.refresh()).resolves.toBe(DEFAULT_STATE);
    host.sheet = { sheet: "規則", rows: rows(setKey("perfPay.passScore", 45)) };
    const s = await source.refresh();
    expect(s.ok && s.sheet).toBe("規則");
    expect(host.recalcs).toBe(2);
  });

  test("an invalid policy sheet is a state the functions report", async () => {
    const host = new FakeHost();
    host.sheet = { sheet: "规则", rows: rows(setKey("monthly.dailyWeight", 0.9)) };
    const s = await new PolicySource(host).get();
    expect(s.ok).toBe(false);
    if (s.ok) return;
    const a = policyRowOf(DEFAULT_POLICY, "zh-CN").get("monthly.dailyWeight");
    const b = policyRowOf(DEFAULT_POLICY, "zh-CN").get("monthly.attendanceWeight");
    expect(policyProblemText(s, "en")).toBe(`规则: 规则!B${a}, B${b} monthly.dailyWeight + monthly.attendanceWeight: must add up to 1; they add up to 1.2`);
    expect(policyProblemText(s, "zh-CN")).toBe(`规则: 规则!B${a}, B${b} monthly.dailyWeight + monthly.attendanceWeight：之和应为 1，现为 1.2`);
  });

  test("changes during a read fold into one more read", async () => {
    const host = new FakeHost();
    const source = new PolicySource(host);
    await source.get();
    host.reads = 0;
    const a = source.refresh();
    const b = source.refresh();
    const c = source.refresh();
    expect(b).toBe(a);
    expect(c).toBe(a);
    await a;
    expect(host.reads).toBe(2);
  });

  test("a failed read keeps the cached policy", async () => {
    const host = new FakeHost();
    host.sheet = { sheet: "规则", rows: rows(setKey("perfPay.passScore", 50)) };
    const source = new PolicySource(host);
    const before = await source.get();
    host.failRead = true;
    await expect(source.refresh()).resolves.toBe(before);
    await expect(new PolicySource(host).get()).resolves.toBe(DEFAULT_STATE);
  });

  test("an empty or unrelated sheet named Rules is not a policy: the defaults, and the state says which sheet was passed over", () => {
    expect(stateFromRead({ sheet: "Rules", rows: [] })).toEqual({ ok: true, policy: DEFAULT_POLICY, sheet: null, ignored: ["Rules"] });
    const office = [["Office rules"], [1, "No smoking"]];
    expect(stateFromRead({ sheet: "Rules", rows: office })).toEqual({ ok: true, policy: DEFAULT_POLICY, sheet: null, ignored: ["Rules"] });
    // With the policy created under another name, that one is used.
    const s = stateFromReads([{ sheet: "Rules", rows: office }, { sheet: "Rules (2)", rows: rows(setKey("perfPay.passScore", 50)) }]);
    expect(s.ok && [s.sheet, s.policy.values["perfPay.passScore"]]).toEqual(["Rules (2)", 50]);
  });

  test("an older policy sheet is read, and the state says so (the pane offers the upgrade)", () => {
    const s = stateFromRead({ sheet: "规则", rows: policyToRows(DEFAULT_POLICY, "zh-CN") });
    expect(s).toEqual({ ok: true, policy: DEFAULT_POLICY, sheet: "规则", layout: "older" });
  });
});

describe("a shuffled policy sheet gives the same HR.* results", () => {
  test("F-3, H-5, C-2, G and K-3 under a company policy, rows in order and shuffled", () => {
    const edit = (r: (string | number | null)[][]) => {
      setKey("monthly.dailyWeight", 0.6)(r);
      setKey("monthly.attendanceWeight", 0.4)(r);
      setKey("perfPay.passScore", 55)(r);
      setKey(rowKey("dismissal.noticeBands", 2), 15)(r);
      setKey(rowKey("survey.levelScores", 1), 5)(r);
    };
    const inOrder = rows(edit);
    const mixed = [...inOrder.slice(0, 6), ...shuffled(inOrder.slice(6))];
    const results = (r: (string | number | null)[][]) => {
      const state = stateFromRead({ sheet: "规则", rows: r });
      const call = (id: string, ...args: unknown[]) => evaluate(findFunction(id)!, args, state, "en");
      return [
        call("MONTHLYSCORE", 85, 88), // 85 × 0.6 + 88 × 0.4 = 51 + 35.2 = 86.2
        call("PERFPAY", 2000, 56), // 56 ≥ 55: 2000 × 0.56 = 1120
        call("NOTICEDAYS", "2024-03-15", "2025-03-14"), // 11 months: the second band, 15 days
        call("FIELDREPSCORE", [[2, 0, 0, 0, 0, 5, 0, 3, 0, 0]]), // 100 − 2 − 5 − 3 = 90
        call("SURVEYSCORE", [["非常满意", 3]]), // (5 + 3) ÷ 2 = 4
      ];
    };
    const want = [{ ok: true, value: 86.2 }, { ok: true, value: 1120 }, { ok: true, value: 15 }, { ok: true, value: 90 }, { ok: true, value: 4 }];
    expect(results(inOrder)).toEqual(want);
    expect(results(mixed)).toEqual(want);
  });
});

describe("Excel host", () => {
  /** A just-big-enough fake of Excel.run: worksheets with ids and used ranges; counts syncs. */
  function fakeExcel(sheets: Record<string, { id: string; values: unknown[][]; rowIndex?: number; columnIndex?: number }>) {
    const log: string[] = [];
    const handlers: Record<string, ((e: { worksheetId: string }) => unknown)[]> = {};
    const on = (key: string) => ({ add: (h: (e: { worksheetId: string }) => unknown) => { (handlers[key] ??= []).push(h); log.push(`on ${key}`); } });
    const sheet = (name: string) => {
      const s = sheets[name];
      return {
        id: s.id, name,
        onChanged: on(`changed:${s.id}`),
        getUsedRangeOrNullObject: () => {
          log.push(`used ${name}`);
          return { isNullObject: s.values.length === 0, values: s.values, rowIndex: s.rowIndex ?? 0, columnIndex: s.columnIndex ?? 0, load: () => {} };
        },
      };
    };
    const context = {
      sync: async () => { log.push("sync"); },
      workbook: {
        application: { calculate: (t: string) => log.push(`calculate ${t}`) },
        worksheets: {
          onAdded: on("added"), onDeleted: on("deleted"), onNameChanged: on("renamed"),
          load: () => {},
          get items() { return Object.keys(sheets).map(sheet); },
        },
      },
    };
    const excel = { run: async <T>(f: (c: typeof context) => Promise<T>) => f(context), CalculationType: { full: "Full" } };
    return { excel: excel as unknown as Pick<typeof Excel, "run" | "CalculationType">, log, handlers };
  }

  test("reads the sheets named like a policy sheet in two syncs, chooses by marker, watches them, recalculates fully", async () => {
    const { excel, log, handlers } = fakeExcel({
      "Sheet1": { id: "S1", values: [[1]] },
      "Rules": { id: "S2", values: [["Office rules"], ["No smoking"]] },
      "規則": { id: "S3", values: rows(setKey("perfPay.passScore", 52)) },
    });
    const host = excelPolicyHost(excel);
    const reads = await host.read(POLICY_SHEETS);
    expect(log.filter((l) => l === "sync")).toHaveLength(2);
    expect(log.filter((l) => l.startsWith("used"))).toEqual(["used 規則", "used Rules"]);
    expect(reads.map((r) => r.sheet)).toEqual(["規則", "Rules"]);
    const source = new PolicySource(host);
    const s = await source.get();
    expect(s.ok && s.sheet).toBe("規則");
    expect(s.ok && s.policy.values["perfPay.passScore"]).toBe(52);
    await flush();
    expect(Object.keys(handlers).sort()).toEqual(["added", "changed:S2", "changed:S3", "deleted", "renamed"]);
    let changes = 0;
    await host.watch(POLICY_SHEETS, () => changes++);
    await handlers["changed:S3"][0]({ worksheetId: "S3" });
    await handlers["changed:S3"][0]({ worksheetId: "S1" });
    expect(changes).toBe(1);
    await host.recalculate();
    expect(log).toContain("calculate Full");
  });

  test("a sheet shifted by a row inserted above and a column inserted left is still read (from A1, by its marker)", async () => {
    const values = rows(setKey("perfPay.passScore", 53));
    const { excel } = fakeExcel({ "规则": { id: "S4", values, rowIndex: 1, columnIndex: 1 } });
    const s = await new PolicySource(excelPolicyHost(excel)).get();
    expect(s.ok && [s.sheet, s.policy.values["perfPay.passScore"]]).toEqual(["规则", 53]);
  });

  test("no sheet named like a policy sheet: nothing read, the defaults", async () => {
    const { excel, log } = fakeExcel({ "Sheet1": { id: "S1", values: [[1]] } });
    await expect(excelPolicyHost(excel).read(POLICY_SHEETS)).resolves.toEqual([]);
    expect(log.filter((l) => l === "sync")).toHaveLength(1);
  });
});
