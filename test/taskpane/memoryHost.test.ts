/** The memory host's reading, selection and event side (what the task pane and the browser harness use) behaves like Excel. */
import { HostError, MemoryWorkbook, type MemEvent } from "../support/memoryHost";

describe("reading", () => {
  test("a load is served at sync, not before; what was not loaded throws PropertyNotLoaded", async () => {
    const wb = new MemoryWorkbook();
    wb.setCells("Data", { A1: 1, B1: { formula: "=A1*2", value: 2 }, A2: "x" });
    const r = wb.context.workbook.worksheets.getItem("Data").getRange("A1:B2");
    r.load("values, formulas, address");
    expect(() => r.values).toThrow(/PropertyNotLoaded/);
    await wb.context.sync();
    expect(r.values).toEqual([[1, 2], ["x", ""]]);
    expect(r.formulas).toEqual([[1, "=A1*2"], ["x", ""]]);
    expect(r.address).toBe("Data!A1:B2");
    expect(() => r.rowIndex).toThrow(/PropertyNotLoaded/);
    expect(wb.responseBytes.at(-1)).toBeGreaterThan(0);
  });

  test("getItem of a missing sheet fails the sync (ItemNotFound); getItemOrNullObject answers isNullObject", async () => {
    const wb = new MemoryWorkbook();
    wb.context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    const s = wb.context.workbook.worksheets.getItemOrNullObject("Nope");
    s.load("isNullObject, name");
    await wb.context.sync();
    expect(s.isNullObject).toBe(true);
  });

  test("a used range is the box of the cells that hold something, a null object when there are none; whole columns are not read whole", async () => {
    const wb = new MemoryWorkbook();
    wb.setCells("S", { B3: 1, C7: "x" });
    const ws = wb.context.workbook.worksheets.getItem("S");
    const used = ws.getRange("A:D").getUsedRangeOrNullObject(true);
    used.load("isNullObject, address, rowIndex, columnIndex");
    const none = ws.getRange("F:F").getUsedRangeOrNullObject(true);
    none.load("isNullObject");
    await wb.context.sync();
    expect([used.isNullObject, used.address, used.rowIndex, used.columnIndex]).toEqual([false, "S!B3:C7", 2, 1]);
    expect(none.isNullObject).toBe(true);
    ws.getRange("A:D").load("values");
    await expect(wb.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("a sheet-scoped constant name reads as its text; a formula Excel would refuse is InvalidArgument", async () => {
    const wb = new MemoryWorkbook();
    wb.setCells("S", {});
    const ws = wb.context.workbook.worksheets.getItem("S");
    (ws as unknown as { names: { add(n: string, r: string): unknown } }).names.add("KH_form", '="salesMonthly"');
    await wb.context.sync();
    const item = ws.names.getItemOrNullObject("KH_form");
    item.load("isNullObject, value");
    await wb.context.sync();
    expect([item.isNullObject, item.value]).toEqual([false, "salesMonthly"]);
    ws.getRange("A1").formulas = [["=HR.SALESPAY("]];
    await expect(wb.context.sync()).rejects.toBeInstanceOf(HostError);
  });

  test("a formula's value is what the test's calculator says (the host does not calculate); setValues sets it later", async () => {
    const wb = new MemoryWorkbook();
    wb.setCells("S", {});
    wb.calculator = (sheet, a1) => (a1 === "A1" ? 42 : undefined);
    wb.context.workbook.worksheets.getItem("S").getRange("A1:A2").formulas = [["=6*7"], ["=1+1"]];
    await wb.context.sync();
    expect(wb.snapshot("S")).toEqual({ A1: { value: 42, formula: "=6*7" }, A2: { value: null, formula: "=1+1" } });
    wb.setValues("S", { A2: 2 });
    expect(wb.cell("S", "A2")?.value).toBe(2);
    expect(() => wb.setValues("S", { B9: 1 })).toThrow(/holds no formula/);
  });
});

describe("the user and the events", () => {
  test("select makes the active cell and fires onSelectionChanged after the current task; edit fires onChanged", async () => {
    const wb = new MemoryWorkbook();
    wb.setCells("S", { A1: 1 });
    const seen: string[] = [];
    const ws = wb.context.workbook.worksheets;
    ws.onSelectionChanged.add(async (e) => { seen.push(`select ${(e as MemEvent).address}`); });
    ws.onChanged.add(async (e) => { seen.push(`change ${(e as MemEvent).address}`); });
    expect(wb.listeners("worksheets.onSelectionChanged")).toBe(0); // registered at sync
    await wb.context.sync();
    wb.select("S", "$B$2");
    wb.edit("S", { C3: 5 });
    expect(seen).toEqual([]); // not synchronously
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["select B2", "change C3"]);
    const cell = wb.context.workbook.getActiveCell();
    cell.load("address");
    await wb.context.sync();
    expect(cell.address).toBe("S!B2");
  });

  test("writes through the API fire onChanged, a new sheet onAdded; select() and activate() move the user", async () => {
    const wb = new MemoryWorkbook();
    wb.setCells("S", {});
    const seen: string[] = [];
    const ws = wb.context.workbook.worksheets;
    ws.onChanged.add(async (e) => { seen.push(`change ${(e as MemEvent).address}`); });
    (ws as unknown as { onAdded: { add(h: () => Promise<void>): unknown } }).onAdded.add(async () => { seen.push("added"); });
    await wb.context.sync();
    ws.getItem("S").getRange("D4").formulas = [["=1+1"]];
    (ws as unknown as { add(n: string): unknown }).add("T");
    await wb.context.sync();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["change D4", "added"]);
    ws.getItem("T").getRange("E5").select();
    await wb.context.sync();
    expect(wb.active).toEqual({ sheet: "T", cell: "E5" });
    ws.getItem("S").activate();
    await wb.context.sync();
    expect(wb.active).toEqual({ sheet: "S", cell: "A1" });
  });
});
