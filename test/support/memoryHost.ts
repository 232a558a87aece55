/**
 * An in-memory Excel host for the writer's tests. It behaves like Excel where it
 * matters to the writer, and refuses what Excel refuses:
 * - operations are queued and only applied at `context.sync()` (in order; the first
 *   failure rejects the sync with an Excel-style error code);
 * - reading a property that was not loaded (and synced) throws PropertyNotLoaded;
 * - a 2-D array whose shape differs from the range is InvalidArgument (a single
 *   value applies to every cell, as Office.js documents);
 * - sheet names follow Excel's rules (InvalidArgument) and are unique case-
 *   insensitively (ItemAlreadyExists); names.add refuses duplicates and references
 *   to sheets that do not exist;
 * - a string starting with = + - @ written with `values` into a cell not formatted
 *   as Text becomes a formula (as Excel does);
 * - it counts syncs and the request bytes of each sync (UTF-8 size of the JSON of
 *   the queued operations) and rejects a request over 5 MB;
 * - a protected sheet refuses writes to locked cells (every cell is locked until its
 *   range's format.protection.locked is set false, as in Excel);
 * - `failSync(n, after)` makes sync n fail after applying `after` of its operations,
 *   as Excel stops a batch at the operation that fails (what came before stays).
 * Only the subset of the API the writer uses is implemented.
 */
import { colLetter, parseRange, type Rect } from "../../src/forms/address";
import type { XConditionalFormat, XContext, XRange, XRangeFormat, XUsedRange, XWorkbook, XWorksheet } from "../../src/workbook/officeWriter";

export class HostError extends Error {
  constructor(readonly code: string, message: string) { super(`${code}: ${message}`); this.name = "OfficeExtension.Error"; }
}

const LIMIT = 5 * 1024 * 1024;
type Scalar = string | number | boolean;

export interface MemCell { value: Scalar | null; formula?: string; r1c1?: string; numberFormat: string }
export interface MemSheet {
  name: string;
  cells: Map<string, MemCell>;
  merges: string[];
  validations: { range: string; rule: unknown }[];
  conditionalFormats: { range: string; formula: string; fill?: string; font?: string }[];
  formats: { range: string; prop: string; value: unknown }[];
  pageLayout: Record<string, unknown>;
  frozen?: string;
  /** Hidden rows ("170:460") and columns ("G:G"), as set. */
  hidden: string[];
  /** Ranges unlocked for editing, and the protection once protected. */
  unlocked: string[];
  protection?: Record<string, unknown>;
  /** Column groups (outline) and manual page breaks (before these cells), as set. */
  outline: string[];
  pageBreaks: string[];
}

interface Op { target: string; op: string; args: unknown; apply(): void }

const key = (row: number, col: number) => `${row},${col}`;

/** Parse "A1", "A1:C3", "A:A", "1:1" into a rectangle. */
function rectOf(address: string): Rect {
  const a = address.replace(/\$/g, "");
  if (/^[A-Z]+:[A-Z]+$/i.test(a)) { const r = parseRange(`${a.split(":")[0]}1:${a.split(":")[1]}1048576`); return r; }
  if (/^\d+:\d+$/.test(a)) { const [x, y] = a.split(":"); return { top: Number(x), bottom: Number(y), left: 1, right: 16384 }; }
  return parseRange(a);
}

/** The smallest rectangle holding every cell with a value or a formula (none: an empty sheet). */
function usedRect(s: MemSheet): Rect | undefined {
  let r: Rect | undefined;
  for (const [k, c] of s.cells) {
    if ((c.value === null || c.value === "") && c.formula === undefined && c.r1c1 === undefined) continue;
    const [row, col] = k.split(",").map(Number);
    r = r ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) } : { top: row, left: col, bottom: row, right: col };
  }
  return r;
}

export function isValidSheetName(name: unknown): boolean {
  return typeof name === "string" && name.trim() !== "" && name.length <= 31 && !/[\\/?*:[\]]/.test(name)
    && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}

export class MemoryWorkbook {
  readonly sheets: MemSheet[] = [];
  readonly names = new Map<string, string>();
  syncs = 0;
  readonly requestBytes: number[] = [];
  /** Bytes of the `values` payloads per sync (the employees' data, for the size test). */
  readonly valueBytes: number[] = [];
  /** Every request sent (operations as serialized), for comparisons in tests. */
  readonly requests: { t: string; o: string; a: unknown }[][] = [];
  private queue: Op[] = [];
  private loads: (() => void)[] = [];
  private readonly failing = new Map<number, number>();
  readonly context: XContext;

  constructor() {
    const wb = this;
    this.context = { workbook: this.workbookProxy(), sync: () => wb.sync() };
  }

  /** Test set-up: a sheet with some values, as if the user had it already. */
  addSheet(name: string, values: Record<string, Scalar> = {}): MemSheet {
    const s = this.newSheet(name);
    for (const [a, v] of Object.entries(values)) { const r = parseRange(a); s.cells.set(key(r.top, r.left), { value: v, numberFormat: "General" }); }
    return s;
  }

  sheet(name: string): MemSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: string, a1: string): MemCell | undefined {
    const r = parseRange(a1);
    return this.sheet(sheet)?.cells.get(key(r.top, r.left));
  }

  /**
   * A sheet's values from A1 to its last used cell, as `values` gives them (formula
   * cells have no computed value here: they read as ""), for tests that read a sheet.
   */
  values(sheet: string): (string | number | boolean)[][] {
    const s = this.sheet(sheet);
    if (!s) return [];
    const used = usedRect(s);
    if (!used) return [];
    return Array.from({ length: used.bottom }, (_, r) => Array.from({ length: used.right }, (_, c) => s.cells.get(key(r + 1, c + 1))?.value ?? ""));
  }

  /** A cell's formula in A1 notation (R1C1 formulas converted for the cell's position). */
  formulaA1(sheet: string, a1: string): string | undefined {
    const c = this.cell(sheet, a1);
    if (!c) return undefined;
    if (c.r1c1 === undefined) return c.formula;
    const at = parseRange(a1);
    return c.r1c1.replace(/"(?:[^"]|"")*"|\bR(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z_(])/g, (m, r?: string, cc?: string) => {
      if (m.startsWith('"')) return m;
      const row = r === undefined ? `${at.top}` : r.startsWith("[") ? `${at.top + Number(r.slice(1, -1))}` : `$${r}`;
      const col = cc === undefined ? colLetter(at.left) : cc.startsWith("[") ? colLetter(at.left + Number(cc.slice(1, -1))) : `$${colLetter(Number(cc))}`;
      return row.startsWith("$") ? `${col}${row}` : `${col}${row}`;
    });
  }

  /** Make sync number `sync` (counting from 1) fail after applying `after` of its operations. */
  failSync(sync: number, after: number): void {
    this.failing.set(sync, after);
  }

  /** Operations of every request sent, for budgets. */
  get operations(): number {
    return this.requests.reduce((n, r) => n + r.length, 0);
  }

  private newSheet(name: string): MemSheet {
    if (!isValidSheetName(name)) throw new HostError("InvalidArgument", `invalid worksheet name ${JSON.stringify(name)}`);
    if (this.sheet(name)) throw new HostError("ItemAlreadyExists", `a worksheet named ${name} already exists`);
    const s: MemSheet = { name, cells: new Map(), merges: [], validations: [], conditionalFormats: [], formats: [], pageLayout: {}, hidden: [], unlocked: [], outline: [], pageBreaks: [] };
    this.sheets.push(s);
    return s;
  }

  private enqueue(target: string, op: string, args: unknown, apply: () => void): void {
    this.queue.push({ target, op, args, apply });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const loads = this.loads;
    this.loads = [];
    this.syncs++;
    const request = ops.map((o) => ({ t: o.target, o: o.op, a: o.args }));
    this.requests.push(request);
    const size = new TextEncoder().encode(JSON.stringify(request)).length;
    this.requestBytes.push(size);
    this.valueBytes.push(ops.filter((o) => o.op === "values").reduce((n, o) => n + new TextEncoder().encode(JSON.stringify(o.args)).length, 0));
    if (size > LIMIT) throw new HostError("RequestPayloadSizeLimitExceeded", `request of ${size} bytes exceeds 5 MB`);
    const failing = this.failing.get(this.syncs);
    for (const [i, o] of ops.entries()) {
      if (i === failing) throw new HostError("GeneralException", `injected failure at operation ${i + 1} of sync ${this.syncs}`);
      o.apply();
    }
    if (failing !== undefined && failing >= ops.length) throw new HostError("GeneralException", `injected failure after the operations of sync ${this.syncs}`);
    for (const l of loads) l();
  }

  // ── Proxies ────────────────────────────────────────────────────────────────────────
  private workbookProxy(): XWorkbook {
    const host = this;
    let sheetItems: XWorksheet[] | undefined;
    let nameItems: { name: string }[] | undefined;
    return {
      worksheets: {
        get items(): XWorksheet[] { if (!sheetItems) throw new HostError("PropertyNotLoaded", "worksheets.items is not loaded: call load() and sync()"); return sheetItems; },
        load(option: string) {
          if (!/^items\/name$|^items$|^name$/.test(option)) throw new HostError("InvalidArgument", `unsupported load ${option}`);
          host.loads.push(() => { sheetItems = host.sheets.map((s) => host.sheetProxy({ sheet: s }, true)); });
          return this;
        },
        add(name?: string): XWorksheet {
          const handle: { sheet?: MemSheet } = {};
          host.enqueue("worksheets", "add", name, () => { handle.sheet = host.newSheet(name ?? `Sheet${host.sheets.length + 1}`); });
          return host.sheetProxy(handle, false);
        },
        getItem(name: string): XWorksheet {
          const handle: { sheet?: MemSheet } = {};
          host.enqueue("worksheets", "getItem", name, () => {
            handle.sheet = host.sheet(name);
            if (!handle.sheet) throw new HostError("ItemNotFound", `no worksheet named ${name}`);
          });
          handle.sheet = host.sheet(name);
          return host.sheetProxy(handle, false);
        },
      },
      names: {
        get items() { if (!nameItems) throw new HostError("PropertyNotLoaded", "names.items is not loaded: call load() and sync()"); return nameItems; },
        load(option: string) {
          if (!/^items\/name$|^items$/.test(option)) throw new HostError("InvalidArgument", `unsupported load ${option}`);
          host.loads.push(() => { nameItems = [...host.names.keys()].map((name) => ({ name })); });
          return this;
        },
        add(name: string, reference: string) {
          host.enqueue("names", "add", [name, reference], () => {
            if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new HostError("InvalidArgument", `invalid name ${name}`);
            if ([...host.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new HostError("ItemAlreadyExists", `the name ${name} already exists`);
            const m = /^='((?:[^']|'')+)'!(\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?)$/.exec(reference);
            if (!m || !host.sheet(m[1].replace(/''/g, "'"))) throw new HostError("InvalidArgument", `invalid reference ${reference}`);
            host.names.set(name, reference);
          });
          return {};
        },
        getItem(name: string) {
          return Object.defineProperties({
            delete() {
              host.enqueue("names", "delete", name, () => {
                const k = [...host.names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
                if (!k) throw new HostError("ItemNotFound", `no name ${name}`);
                host.names.delete(k);
              });
            },
          }, { formula: {
            get() { throw new HostError("PropertyNotLoaded", "namedItem.formula is not loaded"); },
            set(f: string) {
              host.enqueue("names", "formula", [name, f], () => {
                const k = [...host.names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
                if (!k) throw new HostError("ItemNotFound", `no name ${name}`);
                host.names.set(k, f);
              });
            },
          } }) as { formula: string; delete(): void };
        },
      },
    };
  }

  private sheetProxy(handle: { sheet?: MemSheet }, loaded: boolean): XWorksheet {
    const host = this;
    const get = (): MemSheet => { if (!handle.sheet) throw new HostError("InvalidOperation", "the worksheet does not exist (yet)"); return handle.sheet; };
    const layout = (prop: string) => ({
      set(v: unknown) { host.enqueue("pageLayout", prop, v, () => { get().pageLayout[prop] = v; }); },
      get() { throw new HostError("PropertyNotLoaded", `pageLayout.${prop} is not loaded`); },
    });
    const pageLayout = Object.defineProperties({
      setPrintTitleRows(rows: string) {
        host.enqueue("pageLayout", "setPrintTitleRows", rows, () => {
          if (!/^\$\d+:\$\d+$/.test(rows)) throw new HostError("InvalidArgument", `print title rows ${rows}`);
          get().pageLayout.printTitleRows = rows;
        });
      },
      setPrintArea(area: string) {
        host.enqueue("pageLayout", "setPrintArea", area, () => { for (const a of area.split(",")) rectOf(a); get().pageLayout.printArea = area; });
      },
      setPrintTitleColumns(cols: string) {
        host.enqueue("pageLayout", "setPrintTitleColumns", cols, () => {
          if (!/^\$[A-Z]+:\$[A-Z]+$/.test(cols)) throw new HostError("InvalidArgument", `print title columns ${cols}`);
          get().pageLayout.printTitleColumns = cols;
        });
      },
    }, { orientation: layout("orientation"), paperSize: layout("paperSize"), zoom: layout("zoom"), centerHorizontally: layout("centerHorizontally") }) as XWorksheet["pageLayout"];
    const snapshot = loaded ? handle.sheet?.name : undefined;
    return {
      get name(): string { if (snapshot === undefined) throw new HostError("PropertyNotLoaded", "worksheet.name is not loaded"); return snapshot; },
      getRange(address?: string): XRange {
        // No address: the whole sheet (formats only here; a value over every cell is refused as too large).
        const a = address ?? "A1:XFD1048576";
        rectOf(a); // throws on a bad address
        return host.rangeProxy(get, a);
      },
      verticalPageBreaks: {
        add(at: string) { host.enqueue("verticalPageBreaks", "add", at, () => { rectOf(at); get().pageBreaks.push(at); }); return {}; },
      },
      protection: {
        protect(options?: Record<string, unknown>) { host.enqueue("protection", "protect", options ?? {}, () => { get().protection = options ?? {}; }); },
      },
      delete() { host.enqueue("worksheet", "delete", handle.sheet?.name ?? "", () => { const s = get(); host.sheets.splice(host.sheets.indexOf(s), 1); }); },
      pageLayout,
      getUsedRangeOrNullObject(): XUsedRange {
        const out = { isNullObject: true, values: [] as unknown[][], rowIndex: 0, columnIndex: 0, loaded: false };
        const proxy = {
          get isNullObject() { if (!out.loaded) throw new HostError("PropertyNotLoaded", "usedRange is not loaded"); return out.isNullObject; },
          get values() { if (!out.loaded) throw new HostError("PropertyNotLoaded", "usedRange.values is not loaded"); return out.values; },
          get rowIndex() { if (!out.loaded) throw new HostError("PropertyNotLoaded", "usedRange.rowIndex is not loaded"); return out.rowIndex; },
          get columnIndex() { if (!out.loaded) throw new HostError("PropertyNotLoaded", "usedRange.columnIndex is not loaded"); return out.columnIndex; },
          load() {
            host.loads.push(() => {
              const s = get();
              const r = usedRect(s);
              out.loaded = true;
              out.isNullObject = r === undefined;
              if (!r) return;
              out.rowIndex = r.top - 1;
              out.columnIndex = r.left - 1;
              out.values = Array.from({ length: r.bottom - r.top + 1 }, (_, i) => Array.from({ length: r.right - r.left + 1 }, (_, j) => s.cells.get(key(r.top + i, r.left + j))?.value ?? ""));
            });
            return proxy;
          },
        };
        return proxy;
      },
      freezePanes: {
        freezeRows(count?: number) { host.enqueue("freezePanes", "freezeRows", count, () => { get().frozen = `rows:${count}`; }); },
        freezeAt(range: string) { host.enqueue("freezePanes", "freezeAt", range, () => { rectOf(range); get().frozen = range; }); },
      },
    };
  }

  private rangeProxy(sheet: () => MemSheet, address: string): XRange {
    const host = this;
    const rect = rectOf(address);
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const cellAt = (r: number, c: number): MemCell => {
      const s = sheet();
      let cell = s.cells.get(key(r, c));
      if (!cell) { cell = { value: null, numberFormat: "General" }; s.cells.set(key(r, c), cell); }
      return cell;
    };
    /** A protected sheet refuses changes to its locked cells. */
    const editable = () => {
      const s = sheet();
      if (!s.protection) return;
      const open = s.unlocked.map(rectOf);
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) {
        if (!open.some((o) => r >= o.top && r <= o.bottom && c >= o.left && c <= o.right)) throw new HostError("AccessDenied", `${address}: the cell ${colLetter(c)}${r} is locked on a protected sheet`);
      }
    };
    /** Check a 2-D array (or single value) against the range and apply it cell by cell. */
    const assign = (prop: string, v: unknown, each: (cell: MemCell, x: unknown) => void) => {
      host.enqueue(`range ${address}`, prop, v, () => {
        editable();
        if (Array.isArray(v)) {
          if (v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
            throw new HostError("InvalidArgument", `${prop}: the array's dimensions do not match the range ${address} (${rows}×${cols})`);
          }
          v.forEach((line: unknown[], i) => line.forEach((x, j) => each(cellAt(rect.top + i, rect.left + j), x)));
        } else {
          if (v === null || v === undefined || typeof v === "object") throw new HostError("InvalidArgument", `${prop}: not a value`);
          if (rows * cols > 2_000_000) throw new HostError("InvalidArgument", "range too large");
          for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) each(cellAt(r, c), v);
        }
      });
    };
    const notLoaded = (p: string) => () => { throw new HostError("PropertyNotLoaded", `range.${p} is not loaded`); };
    const formatProp = (path: string) => ({
      get: notLoaded(path),
      set(v: unknown) { host.enqueue(`range ${address}`, `format.${path}`, v, () => { sheet().formats.push({ range: address, prop: path, value: v }); }); },
    });
    const font = Object.defineProperties({}, Object.fromEntries(["bold", "italic", "size", "color", "name"].map((p) => [p, formatProp(`font.${p}`)]))) as XRangeFormat["font"];
    const protection = Object.defineProperties({}, { locked: {
      get: notLoaded("format.protection.locked"),
      set(v: boolean) {
        host.enqueue(`range ${address}`, "format.protection.locked", v, () => {
          const s = sheet();
          if (s.protection) throw new HostError("InvalidOperation", "cannot change locking on a protected sheet");
          s.formats.push({ range: address, prop: "protection.locked", value: v });
          if (!v) s.unlocked.push(address);
        });
      },
    } }) as XRangeFormat["protection"];
    const format = Object.defineProperties({
      font, protection, fill: Object.defineProperties({}, { color: formatProp("fill.color") }),
      borders: { getItem: (edge: string) => Object.defineProperties({}, { style: formatProp(`borders.${edge}`) }) },
    }, Object.fromEntries(["horizontalAlignment", "verticalAlignment", "wrapText", "shrinkToFit", "columnWidth", "rowHeight"].map((p) => [p, formatProp(p)]))) as XRangeFormat;
    const range = {
      format,
      dataValidation: Object.defineProperties({}, { rule: {
        get: notLoaded("dataValidation.rule"),
        set(rule: unknown) {
          host.enqueue(`range ${address}`, "dataValidation.rule", rule, () => {
            const kinds = Object.keys(rule as object);
            if (kinds.length !== 1 || !["wholeNumber", "decimal", "list", "date", "custom", "textLength", "time"].includes(kinds[0])) throw new HostError("InvalidArgument", "a data validation rule has exactly one kind");
            sheet().validations.push({ range: address, rule });
          });
        },
      } }) as XRange["dataValidation"],
      conditionalFormats: {
        add(type: "Custom"): XConditionalFormat {
          const entry: MemSheet["conditionalFormats"][number] = { range: address, formula: "" };
          host.enqueue(`range ${address}`, "conditionalFormats.add", type, () => { sheet().conditionalFormats.push(entry); });
          const prop = (k: "formula" | "fill" | "font") => ({
            get: notLoaded(k),
            set(v: string) { host.enqueue("conditionalFormat", k, v, () => { if (k === "formula" && !String(v).startsWith("=")) throw new HostError("InvalidArgument", "a rule formula starts with ="); entry[k] = v; }); },
          });
          return { custom: {
            rule: Object.defineProperties({}, { formula: prop("formula") }) as { formula: string },
            format: { fill: Object.defineProperties({}, { color: prop("fill") }) as { color: string }, font: Object.defineProperties({}, { color: prop("font") }) as { color: string } },
          } };
        },
      },
      group(option: string) {
        host.enqueue(`range ${address}`, "group", option, () => {
          if (option !== "ByColumns" && option !== "ByRows") throw new HostError("InvalidArgument", `group ${option}`);
          sheet().outline.push(address);
        });
      },
      merge(across?: boolean) {
        host.enqueue(`range ${address}`, "merge", across ?? false, () => {
          const s = sheet();
          if (s.merges.some((m) => { const o = rectOf(m); return !(o.right < rect.left || o.left > rect.right || o.bottom < rect.top || o.top > rect.bottom); })) {
            throw new HostError("InvalidOperation", `merge ${address} overlaps a merged area`);
          }
          s.merges.push(address);
        });
      },
    };
    return Object.defineProperties(range, {
      values: { get: notLoaded("values"), set(v: unknown) { assign("values", v, (cell, x) => {
        if (typeof x === "string" && /^[=+\-@]/.test(x) && cell.numberFormat !== "@") { cell.formula = x.startsWith("=") ? x : `=${x}`; cell.r1c1 = undefined; cell.value = null; return; }
        let stored: Scalar | null = x === "" ? null : (x as Scalar);
        // Excel parses typed-looking text in a General cell: "2026.10" becomes the number 2026.1, an ISO date a date serial.
        if (typeof x === "string" && cell.numberFormat !== "@") {
          if (/^-?\d+(\.\d+)?$/.test(x)) stored = Number(x);
          else if (/^\d{4}-\d{2}-\d{2}$/.test(x)) stored = Math.round((Date.parse(`${x}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
        }
        cell.value = stored; cell.formula = undefined; cell.r1c1 = undefined;
      }); } },
      formulas: { get: notLoaded("formulas"), set(v: unknown) { assign("formulas", v, (cell, x) => {
        // As in Excel: text starting with "=" is a formula; anything else is a constant.
        if (typeof x === "string" && x.startsWith("=")) { cell.formula = x; cell.value = null; } else { cell.formula = undefined; cell.value = x === "" ? null : (x as Scalar); }
        cell.r1c1 = undefined;
      }); } },
      formulasR1C1: { get: notLoaded("formulasR1C1"), set(v: unknown) { assign("formulasR1C1", v, (cell, x) => { cell.r1c1 = String(x); cell.formula = undefined; cell.value = null; }); } },
      numberFormat: { get: notLoaded("numberFormat"), set(v: unknown) { assign("numberFormat", v, (cell, x) => { cell.numberFormat = String(x); }); } },
      rowHidden: { get: notLoaded("rowHidden"), set(v: boolean) { host.enqueue(`range ${address}`, "rowHidden", v, () => { if (v) sheet().hidden.push(address); }); } },
      columnHidden: { get: notLoaded("columnHidden"), set(v: boolean) { host.enqueue(`range ${address}`, "columnHidden", v, () => { if (v) sheet().hidden.push(address); }); } },
    }) as unknown as XRange;
  }
}
