/** The policy cache and its refresh/recalculate mechanism, against a fake workbook. */
import { alignUsedRange, excelPolicyHost } from "../../src/functions/excelHost";
import { DEFAULT_STATE, POLICY_SHEETS, PolicySource, policyProblemText, stateFromRead, type PolicyHost, type PolicySheetRead } from "../../src/functions/policySource";
import { DEFAULT_POLICY, POLICY_SHEET_NAMES, policyToRows } from "../../src/rules";

class FakeHost implements PolicyHost {
  sheet: PolicySheetRead | null = null;
  reads = 0;
  recalcs = 0;
  changed: (() => void) | null = null;
  failRead = false;
  async read(names: readonly string[]) {
    this.reads++;
    if (this.failRead) throw new Error("Excel went away");
    return this.sheet && names.includes(this.sheet.sheet) ? this.sheet : null;
  }
  async watch(_names: readonly string[], changed: () => void) {
    this.changed = changed;
  }
  async recalculate() {
    this.recalcs++;
  }
}

const rows = (edit: (r: (string | number | null)[][]) => void = () => {}) => {
  const r = policyToRows(DEFAULT_POLICY, "zh-CN");
  edit(r);
  return r;
};
const setKey = (key: string, value: string | number | null) => (r: (string | number | null)[][]) => {
  const row = r.find((x) => x[0] === key)!;
  row[1] = value;
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
    expect(policyProblemText(s, "en")).toMatch(/^规则: policy keys monthly\.dailyWeight \+ monthly\.attendanceWeight must add up to 1/);
    expect(policyProblemText(s, "zh-CN")).toMatch(/^规则: 规则项/);
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

  test("stateFromRead: empty sheet = defaults merged with nothing", () => {
    const s = stateFromRead({ sheet: "Rules", rows: [] });
    expect(s.ok && s.policy.values).toEqual(DEFAULT_POLICY.values);
  });
});

describe("Excel host", () => {
  test("alignUsedRange puts the header on row 1 and keys in column A", () => {
    expect(alignUsedRange([["k", 1]], 0, 0)).toEqual([["k", 1]]);
    expect(alignUsedRange([["k", 1]], 2, 0)).toEqual([[null, null], [null, null], ["k", 1]]);
    expect(alignUsedRange([[1]], 1, 1)).toEqual([[null, null], [null, 1]]);
  });

  /** A just-big-enough fake of Excel.run for one policy sheet. */
  function fakeExcel(sheets: Record<string, { id: string; values: unknown[][]; rowIndex?: number; columnIndex?: number }>) {
    const log: string[] = [];
    const handlers: Record<string, ((e: { worksheetId: string }) => unknown)[]> = {};
    const on = (key: string) => ({ add: (h: (e: { worksheetId: string }) => unknown) => { (handlers[key] ??= []).push(h); log.push(`on ${key}`); } });
    const context = {
      sync: async () => {},
      workbook: {
        application: { calculate: (t: string) => log.push(`calculate ${t}`) },
        worksheets: {
          onAdded: on("added"), onDeleted: on("deleted"), onNameChanged: on("renamed"),
          getItemOrNullObject: (name: string) => {
            const s = sheets[name];
            return {
              isNullObject: !s, id: s?.id, name, load: () => {},
              onChanged: on(`changed:${s?.id}`),
              getRange: (address: string) => {
                log.push(`range ${address}`);
                return { getUsedRangeOrNullObject: () => ({ isNullObject: !s || s.values.length === 0, values: s?.values, rowIndex: s?.rowIndex ?? 0, columnIndex: s?.columnIndex ?? 0, load: () => {} }) };
              },
            };
          },
        },
      },
    };
    const excel = { run: async <T>(f: (c: typeof context) => Promise<T>) => f(context), CalculationType: { full: "Full" } };
    return { excel: excel as unknown as Pick<typeof Excel, "run" | "CalculationType">, log, handlers };
  }

  test("reads A:B of the policy sheet, watches it, recalculates fully", async () => {
    const { excel, log, handlers } = fakeExcel({ "規則": { id: "S2", values: rows(setKey("perfPay.passScore", 52)).map((r) => r.slice(0, 2)) } });
    const host = excelPolicyHost(excel);
    const source = new PolicySource(host);
    const s = await source.get();
    expect(s.ok && s.sheet).toBe("規則");
    expect(s.ok && s.policy.values["perfPay.passScore"]).toBe(52);
    expect(log).toContain("range A:B");
    await flush();
    expect(Object.keys(handlers).sort()).toEqual(["added", "changed:S2", "deleted", "renamed"]);
    let changes = 0;
    await host.watch(POLICY_SHEETS, () => changes++);
    await handlers["changed:S2"][0]({ worksheetId: "S2" });
    await handlers["changed:S2"][0]({ worksheetId: "S9" });
    expect(changes).toBe(1);
    await host.recalculate();
    expect(log).toContain("calculate Full");
  });

  test("no policy sheet: null", async () => {
    const { excel } = fakeExcel({});
    await expect(excelPolicyHost(excel).read(POLICY_SHEETS)).resolves.toBeNull();
  });
});
