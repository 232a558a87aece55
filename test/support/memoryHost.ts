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
 * - reading (the task pane's subset, src/taskpane/excel.ts): `load` then `sync`, then
 *   the loaded snapshot (values, formulas in A1, address with the sheet, rowIndex…);
 *   a response over 5 MB is ResponsePayloadSizeLimitExceeded; getItem of a missing
 *   sheet is ItemNotFound at sync; *OrNullObject gives a null object instead;
 * - a user at the keyboard: `select` (the active cell) and `edit` (typing), which fire
 *   the events Excel fires (worksheets.onSelectionChanged / onChanged, a sheet's
 *   onChanged, onAdded / onDeleted / onActivated), after the change, asynchronously;
 *   writes through the API fire onChanged / onAdded too, as in Excel;
 * - no calculation engine: a formula cell holds the value a test gives it (`setCells`);
 * - a protected sheet refuses writes to locked cells (every cell is locked until its
 *   range's format.protection.locked is set false, as in Excel);
 * - `failSync(n, after)` makes sync n fail after applying `after` of its operations,
 *   as Excel stops a batch at the operation that fails (what came before stays).
 * - Excel tables (the month writer, src/workbook/month.ts): `tables.add` over a range that
 *   overlaps no other table and no merged cell, names unique among tables and defined names,
 *   empty headers become Column1…; one formula set on a whole column's data body makes it a
 *   calculated column, which `rows.add` fills into added rows; a structured reference
 *   ([@…], Table[…]) is refused outside a table or to a table that does not exist;
 * - charts (`charts.add` over a range, title, legend, position), sheet protection
 *   (`protect` fails on a protected sheet; writing to a protected sheet is AccessDenied:
 *   every cell is locked), `worksheet.delete` (not the last sheet);
 * - `failWhen` makes an operation fail when it is applied (the operations before it in the
 *   request stay applied, as in Excel): a failure half-way through a write.
 * Only the subsets of the API the writer and the task pane use are implemented.
 */
import { colLetter, parseRange, type Rect } from "../../src/forms/address";
import type { XConditionalFormat, XContext, XRange, XRangeFormat, XUsedRange, XWorkbook, XWorksheet } from "../../src/workbook/officeWriter";
import type { PaneContext, PSelectionEvent } from "../../src/taskpane/excel";

export class HostError extends Error {
  constructor(readonly code: string, message: string) { super(`${code}: ${message}`); this.name = "OfficeExtension.Error"; }
}

const LIMIT = 5 * 1024 * 1024;
type Scalar = string | number | boolean;

export interface MemCell { value: Scalar | null; formula?: string; r1c1?: string; numberFormat: string }
export interface MemSheet {
  name: string;
  id: string;
  /** Sheet-scoped names: name → reference (="text" for a constant). */
  names: Map<string, string>;
  cells: Map<string, MemCell>;
  merges: string[];
  validations: { range: string; rule: unknown }[];
  conditionalFormats: { range: string; formula: string; fill?: string; font?: string }[];
  formats: { range: string; prop: string; value: unknown }[];
  pageLayout: Record<string, unknown>;
  frozen?: string;
  /** Hidden rows ("170:460") and columns ("G:G"), as set. */
  hidden: string[];
  /** Ranges unlocked for editing (format.protection.locked = false). */
  unlocked: string[];
  /** Sheet protection with its options; undefined: not protected. */
  protection?: Record<string, unknown>;
  /** Column groups (outline) and manual page breaks (before these cells), as set. */
  outline: string[];
  pageBreaks: string[];
  charts: MemChart[];
}

/** An Excel table: its rectangle (header row included) and its calculated columns (index → R1C1 or A1 formula). */
export interface MemTable {
  name: string;
  sheet: MemSheet;
  rect: Rect;
  style?: string;
  showBandedRows?: boolean;
  calculated: Map<number, { prop: "formulas" | "formulasR1C1"; formula: string }>;
}

export interface MemChart { type: string; source: string; seriesBy: string; name?: string; title?: string; legend?: boolean; position?: [string, string?] }

interface Op { target: string; op: string; args: unknown; apply(): void }

const key = (row: number, col: number) => `${row},${col}`;
/** A sheet name in a reference: plain ASCII names bare, others quoted ('My sheet'!A1, '规则'!B4). */
const refSheet = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
const a1Of = (r: Rect) => (r.top === r.bottom && r.left === r.right ? `${colLetter(r.left)}${r.top}` : `${colLetter(r.left)}${r.top}:${colLetter(r.right)}${r.bottom}`);

/** A cell as a test sets it up: a value, or a formula with the value Excel would show. */
export type CellSetup = Scalar | null | { formula?: string; value?: Scalar | null; numberFormat?: string };

/** The argument of a fired event (Excel's WorksheetSelectionChanged/Changed/Added… event args, the fields the add-in reads). */
export interface MemEvent extends PSelectionEvent { type: string; source: "Local" }

type Handler = (args: MemEvent) => Promise<unknown>;

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
  readonly tables: MemTable[] = [];
  /** Make an operation fail as Excel would, with this code, when it is applied (undefined: it runs). */
  failWhen: ((op: { t: string; o: string; a: unknown }) => string | undefined) | undefined;
  syncs = 0;
  readonly requestBytes: number[] = [];
  /** Bytes of the `values` payloads per sync (the employees' data, for the size test). */
  readonly valueBytes: number[] = [];
  /** Every request sent (operations as serialized), for comparisons in tests. */
  readonly requests: { t: string; o: string; a: unknown }[][] = [];
  /** Bytes of the loaded snapshots per sync (what Excel would send back). */
  readonly responseBytes: number[] = [];
  /** Full recalculations requested (application.calculate). */
  calculations = 0;
  /**
   * The value Excel would calculate for a formula written into a cell, when a test knows it
   * (the host has no calculation engine): sheet name and A1 → value, or undefined (blank).
   */
  calculator: ((sheet: string, a1: string) => Scalar | null | undefined) | undefined;
  /** Where the user is: the active sheet and the active cell (A1). */
  active: { sheet: string; cell: string } | undefined;
  /** A written formula's value: what the test's calculator says, blank otherwise. */
  calculated(sheet: string, row: number, col: number): Scalar | null {
    return this.calculator?.(sheet, `${colLetter(col)}${row}`) ?? null;
  }
  private queue: Op[] = [];
  private loads: (() => unknown)[] = [];
  private nextId = 1;
  private readonly handlers = new Map<string, Handler[]>();
  private pending: MemEvent[] = [];
  private readonly failing = new Map<number, number>();
  /** The context a batch gets: the writer's and the task pane's subsets. */
  readonly context: PaneContext & XContext;

  constructor() {
    const wb = this;
    this.context = { workbook: this.workbookProxy(), sync: () => wb.sync() } as unknown as PaneContext & XContext;
  }

  /** Test set-up: cells as the user left them (a formula cell with the value Excel shows for it). */
  setCells(sheet: string, cells: Record<string, CellSetup>): MemSheet {
    const s = this.sheet(sheet) ?? this.newSheet(sheet);
    for (const [a, c] of Object.entries(cells)) {
      const r = parseRange(a);
      const cell: MemCell = c !== null && typeof c === "object"
        ? { value: c.value ?? null, formula: c.formula, numberFormat: c.numberFormat ?? "General" }
        : { value: c, numberFormat: "General" };
      s.cells.set(key(r.top, r.left), cell);
    }
    return s;
  }

  /** What Excel calculated for formula cells (the host has no calculation engine): their values, formulas kept. */
  setValues(sheet: string, values: Record<string, Scalar | null>): void {
    const s = this.sheet(sheet);
    if (!s) throw new HostError("ItemNotFound", `no sheet ${sheet}`);
    for (const [a, v] of Object.entries(values)) {
      const r = parseRange(a);
      const cell = s.cells.get(key(r.top, r.left));
      if (!cell || (cell.formula === undefined && cell.r1c1 === undefined)) throw new Error(`${sheet}!${a} holds no formula`);
      cell.value = v;
    }
  }

  /** Test set-up: a sheet-scoped name (="salesMonthly" for a constant). */
  addSheetName(sheet: string, name: string, reference: string): void {
    const s = this.sheet(sheet);
    if (!s) throw new HostError("ItemNotFound", `no sheet ${sheet}`);
    s.names.set(name, reference);
  }

  /** The user clicks a cell: it becomes the active cell (its sheet the active sheet); Excel fires onSelectionChanged. */
  select(sheet: string, a1: string): void {
    const s = this.sheet(sheet);
    if (!s) throw new HostError("ItemNotFound", `no sheet ${sheet}`);
    const switched = this.active?.sheet !== s.name;
    this.active = { sheet: s.name, cell: a1.replace(/\$/g, "").toUpperCase() };
    if (switched) this.fire("worksheets.onActivated", { type: "WorksheetActivated", address: "", worksheetId: s.id, source: "Local" });
    this.fire("worksheets.onSelectionChanged", { type: "WorksheetSelectionChanged", address: this.active.cell, worksheetId: s.id, source: "Local" });
    this.flush();
  }

  /** The user types into cells (values, or "=…" formulas with the value to show); Excel fires onChanged. */
  edit(sheet: string, cells: Record<string, CellSetup>): void {
    const s = this.setCells(sheet, cells);
    for (const a of Object.keys(cells)) this.changed(s, a.toUpperCase());
    this.flush();
  }

  /** Every cell of a sheet that holds something, A1 → value / formula (for reading a workbook back in tests). */
  snapshot(sheet: string): Record<string, { value: Scalar | null; formula?: string }> {
    const s = this.sheet(sheet);
    if (!s) throw new HostError("ItemNotFound", `no sheet ${sheet}`);
    const out: Record<string, { value: Scalar | null; formula?: string }> = {};
    for (const [k, c] of s.cells) {
      const [row, col] = k.split(",").map(Number);
      const a1 = `${colLetter(col)}${row}`;
      const formula = this.formulaA1(s.name, a1);
      if (c.value === null && formula === undefined) continue;
      out[a1] = formula === undefined ? { value: c.value } : { value: c.value, formula };
    }
    return out;
  }

  /** How many handlers are registered for an event ("worksheets.onSelectionChanged", "sheet:<id>.onChanged" …). */
  listeners(event: string): number {
    return this.handlers.get(event)?.length ?? 0;
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
    const s: MemSheet = { name, id: `{sheet-${this.nextId++}}`, names: new Map(), cells: new Map(), merges: [], validations: [], conditionalFormats: [], formats: [], pageLayout: {}, hidden: [], unlocked: [], outline: [], pageBreaks: [], charts: [] };
    this.sheets.push(s);
    this.active ??= { sheet: name, cell: "A1" };
    return s;
  }

  // ── Events ─────────────────────────────────────────────────────────────────────────
  private on(event: string, handler: Handler): { remove(): void } {
    const added = { handler };
    this.enqueue("events", "add", event, () => { this.handlers.set(event, [...(this.handlers.get(event) ?? []), added.handler]); });
    return { remove: () => this.enqueue("events", "remove", event, () => { this.handlers.set(event, (this.handlers.get(event) ?? []).filter((h) => h !== added.handler)); }) };
  }

  private fire(event: string, args: MemEvent): void {
    this.pending.push({ ...args, type: `${event}|${args.type}` });
  }

  private changed(sheet: MemSheet, address: string): void {
    const args: MemEvent = { type: "WorksheetChanged", address, worksheetId: sheet.id, source: "Local" };
    this.fire(`sheet:${sheet.id}.onChanged`, args);
    this.fire("worksheets.onChanged", args);
  }

  /** Deliver the events raised so far, after the current task (Excel raises them asynchronously). */
  private flush(): void {
    const events = this.pending;
    this.pending = [];
    if (events.length === 0) return;
    setTimeout(() => {
      for (const e of events) {
        const [name, type] = e.type.split("|");
        for (const h of this.handlers.get(name) ?? []) void h({ ...e, type }).catch(() => undefined);
      }
    }, 0);
  }

  private enqueue(target: string, op: string, args: unknown, apply: () => void): void {
    this.queue.push({ target, op, args, apply: () => {
      const code = this.failWhen?.({ t: target, o: op, a: args });
      if (code) throw new HostError(code, `${target} ${op} failed`);
      apply();
    } });
  }

  /** The table whose rectangle holds this cell, if any. */
  tableAt(sheet: MemSheet, row: number, col: number): MemTable | undefined {
    return this.tables.find((t) => t.sheet === sheet && row >= t.rect.top && row <= t.rect.bottom && col >= t.rect.left && col <= t.rect.right);
  }

  table(name: string): MemTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Excel refuses changes to a protected sheet (every cell is locked). */
  private writable(sheet: MemSheet): void {
    if (sheet.protection) throw new HostError("AccessDenied", `the sheet ${sheet.name} is protected`);
  }

  /**
   * A formula's structured references: [@…] / [#This Row] only in a table's data rows,
   * Name[…] only to a table that exists (R1C1 references such as R[1]C are not table names).
   */
  private checkStructured(sheet: MemSheet, row: number, col: number, formula: string): void {
    const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
    const inTable = this.tableAt(sheet, row, col);
    if (/(^|[^A-Za-z0-9_.\]])\[(@|#This Row)/i.test(code) && (!inTable || row === inTable.rect.top)) {
      throw new HostError("InvalidArgument", `${formula}: a this-row reference outside a table's data rows`);
    }
    for (const m of code.matchAll(/([A-Za-z_\\][A-Za-z0-9_.]*)\[/g)) {
      if (/^R-?\d*C-?\d*$|^[RC]$/i.test(m[1])) continue;
      if (!this.table(m[1])) throw new HostError("InvalidArgument", `${formula}: no table ${m[1]}`);
    }
  }

  private deleteSheet(s: MemSheet): void {
    if (this.sheets.length === 1) throw new HostError("InvalidOperation", "a workbook must keep at least one sheet");
    this.sheets.splice(this.sheets.indexOf(s), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === s) this.tables.splice(i, 1);
    if (this.active?.sheet === s.name) this.active = { sheet: this.sheets[0].name, cell: "A1" };
    this.fire("worksheets.onDeleted", { type: "WorksheetDeleted", address: "", worksheetId: s.id, source: "Local" });
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
    try {
      const failing = this.failing.get(this.syncs);
      for (const [i, o] of ops.entries()) {
        if (i === failing) throw new HostError("GeneralException", `injected failure at operation ${i + 1} of sync ${this.syncs}`);
        o.apply();
      }
      if (failing !== undefined && failing >= ops.length) throw new HostError("GeneralException", `injected failure after the operations of sync ${this.syncs}`);
      const snapshots = loads.map((l) => l());
      const response = new TextEncoder().encode(JSON.stringify(snapshots.filter((x) => x !== undefined))).length;
      this.responseBytes.push(response);
      if (response > LIMIT) throw new HostError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes exceeds 5 MB`);
    } finally {
      this.flush();
    }
  }

  /** Queue a load: at sync, `snapshot` reads the host (or throws as Excel would) and `store` keeps what it read. */
  private queueLoad<T>(snapshot: () => T, store: (value: T) => void): void {
    this.loads.push(() => { const v = snapshot(); store(v); return v; });
  }

  /** One formula for a whole table column's data body: the column becomes a calculated column. */
  private calculatedColumn(sheet: MemSheet, rect: Rect, prop: "formulas" | "formulasR1C1", formula: string): void {
    const t = this.tableAt(sheet, rect.top, rect.left);
    if (!t || rect.left !== rect.right || rect.top !== t.rect.top + 1 || rect.bottom !== t.rect.bottom) return;
    if (formula.startsWith("=")) t.calculated.set(rect.left - t.rect.left, { prop, formula });
  }

  private addTable(sheet: MemSheet, address: string, hasHeaders: boolean): MemTable {
    this.writable(sheet);
    const rect = rectOf(address);
    if (!hasHeaders) throw new HostError("InvalidArgument", "the memory host adds tables with a header row only");
    if (rect.bottom === rect.top) throw new HostError("InvalidArgument", "a table needs a data row below its header");
    const overlaps = (o: Rect) => !(o.right < rect.left || o.left > rect.right || o.bottom < rect.top || o.top > rect.bottom);
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect))) throw new HostError("InvalidOperation", `a table over ${address} would overlap another table`);
    if (sheet.merges.some((m) => overlaps(rectOf(m)))) throw new HostError("InvalidOperation", `a table over ${address} would hold merged cells`);
    let n = 1;
    while (this.table(`Table${n}`)) n++;
    const t: MemTable = { name: `Table${n}`, sheet, rect, calculated: new Map() };
    this.tables.push(t);
    for (let c = rect.left; c <= rect.right; c++) {
      const k = key(rect.top, c);
      const cell = sheet.cells.get(k);
      if (!cell || cell.value === null || cell.value === "") sheet.cells.set(k, { value: `Column${c - rect.left + 1}`, numberFormat: cell?.numberFormat ?? "General" });
    }
    return t;
  }

  private renameTable(t: MemTable, name: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RC]$/i.test(name)) throw new HostError("InvalidArgument", `invalid table name ${name}`);
    const clash = this.tables.some((o) => o !== t && o.name.toLowerCase() === name.toLowerCase()) || [...this.names.keys()].some((k) => k.toLowerCase() === name.toLowerCase());
    if (clash) throw new HostError("ItemAlreadyExists", `the name ${name} already exists`);
    t.name = name;
  }

  /** Rows added at the end of a table: values written, calculated columns filled; the rows below must be empty (nothing is shifted here). */
  private addTableRows(t: MemTable, values: unknown[][]): void {
    this.writable(t.sheet);
    const width = t.rect.right - t.rect.left + 1;
    if (values.some((r) => !Array.isArray(r) || r.length !== width)) throw new HostError("InvalidArgument", `rows.add: each row needs ${width} values`);
    const first = t.rect.bottom + 1;
    for (let r = first; r < first + values.length; r++) {
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const cell = t.sheet.cells.get(key(r, c));
        if (cell && (cell.value !== null || cell.formula !== undefined || cell.r1c1 !== undefined)) throw new HostError("InvalidOperation", `rows.add: ${colLetter(c)}${r} below the table holds something`);
      }
    }
    t.rect = { ...t.rect, bottom: t.rect.bottom + values.length };
    values.forEach((line, i) => line.forEach((x, j) => {
      const row = first + i;
      const col = t.rect.left + j;
      const calc = t.calculated.get(j);
      const cell: MemCell = t.sheet.cells.get(key(row, col)) ?? { value: null, numberFormat: "General" };
      t.sheet.cells.set(key(row, col), cell);
      if (calc) {
        if (calc.prop === "formulas") cell.formula = calc.formula; else cell.r1c1 = calc.formula;
        cell.value = this.calculated(t.sheet.name, row, col);
      } else if (typeof x === "string" && x.startsWith("'")) {
        cell.value = x.slice(1);
      } else if (typeof x === "string" && /^[=+\-@]/.test(x) && cell.numberFormat !== "@") {
        cell.formula = x.startsWith("=") ? x : `=${x}`;
        cell.value = null;
      } else {
        cell.value = x === "" || x === null || x === undefined ? null : typeof x === "string" && cell.numberFormat !== "@" ? typedText(x) : (x as Scalar);
      }
    }));
    this.changed(t.sheet, `${colLetter(t.rect.left)}${first}:${colLetter(t.rect.right)}${t.rect.bottom}`);
  }

  /**
   * A table as Office.js hands it out (by name from the workbook, or just added on a sheet:
   * `pending` is its rectangle until the add is applied); a null object when missing.
   */
  private tableProxy(find: () => MemTable | undefined, orNull: boolean, label: string, pending?: { sheet: () => MemSheet; rect: Rect }) {
    const host = this;
    let loaded: Record<string, unknown> | undefined;
    const must = (): MemTable => {
      const t = find();
      if (!t) throw new HostError(orNull ? "InvalidOperation" : "ItemNotFound", `no table ${label}`);
      return t;
    };
    const part = (which: "all" | "header" | "body") => () => {
      const rectNow = (): Rect | null => {
        const all = find()?.rect ?? pending?.rect;
        if (!all) return null;
        return which === "all" ? all : which === "header" ? { ...all, bottom: all.top } : { ...all, top: all.top + 1 };
      };
      const r = rectNow();
      // Rows added later are not in a range taken now, as in Excel (a range is fixed once resolved).
      return r ? host.rangeProxy(() => find()?.sheet ?? pending?.sheet() ?? must().sheet, a1Of(r)) : host.readableRange(() => must().sheet, () => null, orNull);
    };
    const t = {
      get isNullObject() { if (!loaded || !("isNullObject" in loaded)) throw new HostError("PropertyNotLoaded", "table.isNullObject is not loaded"); return loaded.isNullObject; },
      get name() { if (!loaded || !("name" in loaded)) throw new HostError("PropertyNotLoaded", "table.name is not loaded"); return String(loaded.name); },
      set name(v: string) { host.enqueue("table", "name", v, () => host.renameTable(must(), v)); },
      set style(v: string) { host.enqueue("table", "style", v, () => { must().style = v; }); },
      set showBandedRows(v: boolean) { host.enqueue("table", "showBandedRows", v, () => { must().showBandedRows = v; }); },
      load(option: string) {
        const wanted = option.split(",").map((x) => x.trim()).filter(Boolean);
        for (const w of wanted) if (!["name", "isNullObject"].includes(w)) throw new HostError("InvalidArgument", `unsupported table load ${w}`);
        host.queueLoad(() => {
          const found = find();
          if (!found && !orNull) throw new HostError("ItemNotFound", `no table ${label}`);
          return Object.fromEntries(wanted.map((w) => [w, w === "isNullObject" ? !found : found?.name]));
        }, (v) => { loaded = { ...loaded, ...v }; });
        return t;
      },
      get worksheet() { return host.sheetProxy({ get sheet() { return find()?.sheet; } } as { sheet?: MemSheet }, false, orNull); },
      getRange: part("all"),
      getHeaderRowRange: part("header"),
      getDataBodyRange: part("body"),
      rows: { add(index: number | null | undefined, values: unknown[][]) {
        if (index !== null && index !== undefined) throw new HostError("InvalidArgument", "the memory host adds rows at the end only");
        host.enqueue("table", "rows.add", values, () => host.addTableRows(must(), values));
        return {};
      } },
    };
    return t;
  }

  // ── Proxies ────────────────────────────────────────────────────────────────────────
  private workbookProxy(): XWorkbook {
    const host = this;
    let sheetItems: XWorksheet[] | undefined;
    let nameItems: { name: string }[] | undefined;
    let tableItems: { name: string }[] | undefined;
    const located = (name: string | (() => string | undefined), orNull: boolean) => {
      const handle: { sheet?: MemSheet; find: () => MemSheet | undefined } = {
        find: () => { const n = typeof name === "string" ? name : name(); return n === undefined ? undefined : host.sheet(n); },
      };
      if (!orNull) host.enqueue("worksheets", "getItem", typeof name === "string" ? name : "(active)", () => {
        if (!handle.find()) throw new HostError("ItemNotFound", `the worksheet ${typeof name === "string" ? name : "(active)"} does not exist`);
      });
      Object.defineProperty(handle, "sheet", { get: () => handle.find() });
      return host.sheetProxy(handle, false, orNull);
    };
    const activeCell = () => {
      const a = host.active;
      if (!a) throw new HostError("ItemNotFound", "the workbook has no sheets");
      return host.rangeProxy(() => host.sheet(a.sheet)!, a.cell);
    };
    const workbook = {
      getActiveCell: activeCell,
      getSelectedRange: activeCell,
      application: { calculate(type: string) { host.enqueue("application", "calculate", type, () => { host.calculations++; }); } },
      onSelectionChanged: { add: (h: Handler) => host.on("workbook.onSelectionChanged", h) },
      worksheets: {
        getItem: (name: string) => located(name, false),
        getItemOrNullObject: (name: string) => located(name, true),
        getActiveWorksheet: () => located(() => host.active?.sheet, false),
        onSelectionChanged: { add: (h: Handler) => host.on("worksheets.onSelectionChanged", h) },
        onChanged: { add: (h: Handler) => host.on("worksheets.onChanged", h) },
        onAdded: { add: (h: Handler) => host.on("worksheets.onAdded", h) },
        onDeleted: { add: (h: Handler) => host.on("worksheets.onDeleted", h) },
        onActivated: { add: (h: Handler) => host.on("worksheets.onActivated", h) },
        onNameChanged: { add: (h: Handler) => host.on("worksheets.onNameChanged", h) },
        get items(): XWorksheet[] { if (!sheetItems) throw new HostError("PropertyNotLoaded", "worksheets.items is not loaded: call load() and sync()"); return sheetItems; },
        load(option: string) {
          for (const part of option.split(",").map((x) => x.trim())) {
            if (!["items", "items/name", "items/id", "name"].includes(part)) throw new HostError("InvalidArgument", `unsupported load ${option}`);
          }
          host.loads.push(() => { sheetItems = host.sheets.map((s) => host.sheetProxy({ sheet: s }, true)); });
          return this;
        },
        add(name?: string): XWorksheet {
          const handle: { sheet?: MemSheet } = {};
          host.enqueue("worksheets", "add", name, () => {
            handle.sheet = host.newSheet(name ?? `Sheet${host.sheets.length + 1}`);
            host.fire("worksheets.onAdded", { type: "WorksheetAdded", address: "", worksheetId: handle.sheet.id, source: "Local" });
          });
          return host.sheetProxy(handle, false);
        },
      },
      tables: {
        get items() { if (!tableItems) throw new HostError("PropertyNotLoaded", "tables.items is not loaded: call load() and sync()"); return tableItems; },
        load(option: string) {
          if (!/^items\/name$|^items$/.test(option)) throw new HostError("InvalidArgument", `unsupported load ${option}`);
          host.loads.push(() => { tableItems = host.tables.map((t) => ({ name: t.name })); });
          return this;
        },
        getItem: (name: string) => host.tableProxy(() => host.table(name), false, name),
        getItemOrNullObject: (name: string) => host.tableProxy(() => host.table(name), true, name),
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
    return workbook as unknown as XWorkbook;
  }

  private sheetProxy(handle: { sheet?: MemSheet }, loaded: boolean, orNull = false): XWorksheet {
    const host = this;
    const get = (): MemSheet => { if (!handle.sheet) throw new HostError("InvalidOperation", "the worksheet does not exist (yet)"); return handle.sheet; };
    let sheetTables: { name: string }[] | undefined;
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
    let props: Record<string, unknown> | undefined = loaded && handle.sheet ? { name: handle.sheet.name, id: handle.sheet.id, isNullObject: false } : undefined;
    const read = (p: string) => { if (!props || !(p in props)) throw new HostError("PropertyNotLoaded", `worksheet.${p} is not loaded`); return props[p]; };
    let protectedState: boolean | undefined;
    /** A null object answers isNullObject and nothing else (Excel: its other properties and methods throw). */
    const real = (): MemSheet => { if (orNull && !handle.sheet) throw new HostError("InvalidOperation", "the worksheet is a null object"); return get(); };
    const sheet = {
      get name(): string { return read("name") as string; },
      get id(): string { return read("id") as string; },
      get isNullObject(): boolean { return read("isNullObject") as boolean; },
      load(option: string) {
        const wanted = option.split(",").map((x) => x.trim()).filter(Boolean);
        for (const w of wanted) if (!["name", "id", "isNullObject"].includes(w)) throw new HostError("InvalidArgument", `unsupported worksheet load ${w}`);
        host.queueLoad(() => {
          const s = handle.sheet;
          if (!s && !orNull) throw new HostError("ItemNotFound", "the worksheet does not exist");
          return Object.fromEntries(wanted.map((w) => [w, w === "isNullObject" ? !s : s ? (s as unknown as Record<string, unknown>)[w] : undefined]));
        }, (v) => { props = { ...props, ...v }; });
        return sheet;
      },
      getRange(address?: string): XRange {
        // No address: the whole sheet (formats only here; a value over every cell is refused as too large).
        const a = address ?? "A1:XFD1048576";
        rectOf(a); // throws on a bad address
        return host.rangeProxy(real, a);
      },
      verticalPageBreaks: {
        add(at: string) { host.enqueue("verticalPageBreaks", "add", at, () => { rectOf(at); real().pageBreaks.push(at); }); return {}; },
      },
      activate() {
        host.enqueue("worksheet", "activate", null, () => {
          const s = real();
          if (host.active?.sheet !== s.name) {
            host.active = { sheet: s.name, cell: "A1" };
            host.fire("worksheets.onActivated", { type: "WorksheetActivated", address: "", worksheetId: s.id, source: "Local" });
          }
        });
      },
      onChanged: { add: (h: Handler) => { const id = handle.sheet?.id; if (!id) throw new HostError("InvalidOperation", "no such worksheet"); return host.on(`sheet:${id}.onChanged`, h); } },
      names: {
        add(name: string, reference: string) {
          host.enqueue("worksheet.names", "add", [name, reference], () => {
            const s = real();
            if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new HostError("InvalidArgument", `invalid name ${name}`);
            if ([...s.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new HostError("ItemAlreadyExists", `the name ${name} already exists on ${s.name}`);
            if (!/^="(?:[^"]|"")*"$/.test(reference) && !/^='((?:[^']|'')+)'!\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?$/.test(reference)) throw new HostError("InvalidArgument", `invalid reference ${reference}`);
            s.names.set(name, reference);
          });
          return {};
        },
        getItemOrNullObject(name: string) {
          let item: Record<string, unknown> | undefined;
          const itemRead = (p: string) => { if (!item || !(p in item)) throw new HostError("PropertyNotLoaded", `namedItem.${p} is not loaded`); return item[p]; };
          const named = {
            get isNullObject() { return itemRead("isNullObject") as boolean; },
            get value() { return itemRead("value"); },
            load(option: string) {
              const wanted = option.split(",").map((x) => x.trim()).filter(Boolean);
              for (const w of wanted) if (!["value", "isNullObject", "name"].includes(w)) throw new HostError("InvalidArgument", `unsupported namedItem load ${w}`);
              host.queueLoad(() => {
                const s = real();
                const hit = [...s.names.entries()].find(([n]) => n.toLowerCase() === name.toLowerCase());
                const constant = hit && /^="((?:[^"]|"")*)"$/.exec(hit[1]);
                const value = hit ? (constant ? constant[1].replace(/""/g, '"') : hit[1].replace(/^=/, "")) : undefined;
                return { isNullObject: !hit, value, name: hit?.[0] };
              }, (v) => { item = v; });
              return named;
            },
          };
          return named;
        },
      },
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
      tables: {
        get items() { if (!sheetTables) throw new HostError("PropertyNotLoaded", "worksheet.tables.items is not loaded: call load() and sync()"); return sheetTables; },
        load(option: string) {
          if (!/^items\/name$|^items$/.test(option)) throw new HostError("InvalidArgument", `unsupported load ${option}`);
          host.loads.push(() => { const s = real(); sheetTables = host.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name })); });
          return this;
        },
        add(address: string, hasHeaders: boolean) {
          const holder: { table?: MemTable } = {};
          host.enqueue("worksheet.tables", "add", [address, hasHeaders], () => { holder.table = host.addTable(real(), address, hasHeaders); });
          return host.tableProxy(() => (holder.table && host.tables.includes(holder.table) ? holder.table : undefined), false, address, { sheet: real, rect: rectOf(address) });
        },
      },
      charts: {
        add(type: string, source: unknown, seriesBy = "Auto") {
          const from = host.rangeAddresses.get(source as object);
          const chart: MemChart = { type, source: "", seriesBy };
          host.enqueue("worksheet.charts", "add", [type, from?.address, seriesBy], () => {
            const s = real();
            host.writable(s);
            if (!from) throw new HostError("InvalidArgument", "charts.add needs a range");
            if (!["Auto", "Columns", "Rows"].includes(seriesBy) || type === "" || type === "Invalid") throw new HostError("InvalidArgument", `chart ${type} by ${seriesBy}`);
            chart.source = `${from.sheet().name}!${from.address}`;
            s.charts.push(chart);
          });
          const set = (prop: string, f: (v: never) => void) => ({ set(v: never) { host.enqueue("chart", prop, v, () => f(v)); }, get() { throw new HostError("PropertyNotLoaded", `chart.${prop} is not loaded`); } });
          return Object.defineProperties({
            title: Object.defineProperties({}, { text: set("title.text", (v: string) => { chart.title = v; }) }),
            legend: Object.defineProperties({}, { visible: set("legend.visible", (v: boolean) => { chart.legend = v; }) }),
            setPosition(start: string, end?: string) { host.enqueue("chart", "setPosition", [start, end], () => { rectOf(start); if (end) rectOf(end); chart.position = [start, end]; }); },
          }, { name: set("name", (v: string) => { chart.name = v; }) });
        },
      },
      protection: Object.defineProperties({
        protect(options?: Record<string, unknown>) {
          host.enqueue("worksheet.protection", "protect", options ?? {}, () => {
            const s = real();
            if (s.protection) throw new HostError("AccessDenied", `the sheet ${s.name} is already protected`);
            s.protection = { ...options };
          });
        },
        unprotect() { host.enqueue("worksheet.protection", "unprotect", null, () => { real().protection = undefined; }); },
        load(option: string) {
          if (option.trim() !== "protected") throw new HostError("InvalidArgument", `unsupported protection load ${option}`);
          host.queueLoad(() => real().protection !== undefined, (v) => { protectedState = v; });
          return this;
        },
      }, { protected: { get() { if (protectedState === undefined) throw new HostError("PropertyNotLoaded", "protection.protected is not loaded"); return protectedState; } } }),
      delete() { host.enqueue("worksheet", "delete", null, () => host.deleteSheet(real())); },
      freezePanes: {
        freezeRows(count?: number) { host.enqueue("freezePanes", "freezeRows", count, () => { get().frozen = `rows:${count}`; }); },
        freezeAt(range: string) { host.enqueue("freezePanes", "freezeAt", range, () => { rectOf(range); get().frozen = range; }); },
      },
    };
    return sheet as unknown as XWorksheet;
  }

  /** Where each range proxy points (a chart's source is a range). */
  private readonly rangeAddresses = new WeakMap<object, { sheet: () => MemSheet; address: string }>();

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
    const assign = (prop: string, v: unknown, each: (cell: MemCell, x: unknown, row: number, col: number) => void) => {
      host.enqueue(`range ${address}`, prop, v, () => {
        editable();
        if ((prop === "formulas" || prop === "formulasR1C1") && !Array.isArray(v)) host.calculatedColumn(sheet(), rect, prop, String(v));
        if (Array.isArray(v)) {
          if (v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
            throw new HostError("InvalidArgument", `${prop}: the array's dimensions do not match the range ${address} (${rows}×${cols})`);
          }
          v.forEach((line: unknown[], i) => line.forEach((x, j) => each(cellAt(rect.top + i, rect.left + j), x, rect.top + i, rect.left + j)));
        } else {
          if (v === null || v === undefined || typeof v === "object") throw new HostError("InvalidArgument", `${prop}: not a value`);
          if (rows * cols > 2_000_000) throw new HostError("InvalidArgument", "range too large");
          for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) each(cellAt(r, c), v, r, c);
        }
        // Excel reports a change of content (not of a format) to onChanged handlers.
        if (prop !== "numberFormat") host.changed(sheet(), address.replace(/\$/g, ""));
      });
    };
    const notLoaded = (p: string) => () => { throw new HostError("PropertyNotLoaded", `range.${p} is not loaded`); };
    const formatProp = (path: string) => ({
      get: notLoaded(path),
      set(v: unknown) { host.enqueue(`range ${address}`, `format.${path}`, v, () => { host.writable(sheet()); sheet().formats.push({ range: address, prop: path, value: v }); }); },
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
          host.writable(s);
          if (host.tables.some((t) => t.sheet === s && !(t.rect.right < rect.left || t.rect.left > rect.right || t.rect.bottom < rect.top || t.rect.top > rect.bottom))) {
            throw new HostError("InvalidOperation", `merge ${address} reaches into a table`);
          }
          if (s.merges.some((m) => { const o = rectOf(m); return !(o.right < rect.left || o.left > rect.right || o.bottom < rect.top || o.top > rect.bottom); })) {
            throw new HostError("InvalidOperation", `merge ${address} overlaps a merged area`);
          }
          s.merges.push(address);
        });
      },
    };
    const reader = host.readable(sheet, () => rect);
    const proxied = Object.defineProperties(Object.assign(range, reader.methods), {
      ...reader.props,
      values: { get: reader.get("values"), set(v: unknown) { assign("values", v, ((cell, x) => {
        // A leading apostrophe is Excel's quote prefix: the rest is text, never a formula.
        if (typeof x === "string" && x.startsWith("'")) { cell.value = x.slice(1); cell.formula = undefined; cell.r1c1 = undefined; return; }
        if (typeof x === "string" && /^[=+\-@]/.test(x) && cell.numberFormat !== "@") { cell.formula = x.startsWith("=") ? x : `=${x}`; cell.r1c1 = undefined; cell.value = null; return; }
        let stored: Scalar | null = x === "" ? null : (x as Scalar);
        if (typeof x === "string" && cell.numberFormat !== "@") stored = typedText(x);
        cell.value = stored; cell.formula = undefined; cell.r1c1 = undefined;
      })); } },
      formulas: { get: reader.get("formulas"), set(v: unknown) { assign("formulas", v, ((cell, x, row, col) => {
        const f = String(x);
        if (f.startsWith("=") && !balanced(f)) throw new HostError("InvalidArgument", `the formula ${f} is not valid`);
        if (f.startsWith("=")) host.checkStructured(sheet(), row, col, f);
        if (f.startsWith("=")) { cell.formula = f; cell.r1c1 = undefined; cell.value = host.calculated(sheet().name, row, col); } else { cell.formula = undefined; cell.r1c1 = undefined; cell.value = x === "" || x === null ? null : (x as Scalar); }
      })); } },
      formulasR1C1: { get: notLoaded("formulasR1C1"), set(v: unknown) { assign("formulasR1C1", v, (cell, x, row, col) => { host.checkStructured(sheet(), row, col, String(x)); cell.r1c1 = String(x); cell.formula = undefined; cell.value = host.calculated(sheet().name, row, col); }); } },
      numberFormat: { get: reader.get("numberFormat"), set(v: unknown) { assign("numberFormat", v, (cell, x) => { cell.numberFormat = String(x); }); } },
      rowHidden: { get: notLoaded("rowHidden"), set(v: boolean) { host.enqueue(`range ${address}`, "rowHidden", v, () => { if (v) sheet().hidden.push(address); }); } },
      columnHidden: { get: notLoaded("columnHidden"), set(v: boolean) { host.enqueue(`range ${address}`, "columnHidden", v, () => { if (v) sheet().hidden.push(address); }); } },
    });
    this.rangeAddresses.set(proxied, { sheet, address });
    return proxied as unknown as XRange;
  }

  /**
   * The reading side of a range whose rectangle is known at sync time (a fixed address,
   * or a used range): load, the loaded properties, getUsedRangeOrNullObject, select.
   * `rect` returning null makes a null object.
   */
  private readable(sheet: () => MemSheet, rect: () => Rect | null, orNull = false) {
    const host = this;
    let props: Record<string, unknown> | undefined;
    const get = (p: string) => () => {
      if (!props || !(p in props)) throw new HostError("PropertyNotLoaded", `range.${p} is not loaded`);
      return props[p];
    };
    const live = (): { s: MemSheet; r: Rect | null } => { const s = sheet(); return { s, r: rect() }; };
    const LOADABLE = ["values", "formulas", "numberFormat", "text", "address", "rowIndex", "columnIndex", "rowCount", "columnCount", "isNullObject"];
    const methods = {
      load(option: string) {
        const wanted = option.split(",").map((x) => x.trim()).filter(Boolean);
        for (const w of wanted) if (!LOADABLE.includes(w)) throw new HostError("InvalidArgument", `unsupported range load ${w}`);
        host.queueLoad(() => {
          const { s, r } = live();
          if (!r) {
            if (!orNull) throw new HostError("ItemNotFound", "the range does not exist");
            return Object.fromEntries(wanted.map((w) => [w, w === "isNullObject" ? true : undefined]));
          }
          if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 2_000_000 && wanted.some((w) => ["values", "formulas", "numberFormat", "text"].includes(w))) {
            throw new HostError("ResponsePayloadSizeLimitExceeded", `reading ${a1Of(r)} would exceed the response limit`);
          }
          const grid = <T>(f: (cell: MemCell | undefined, a1: string) => T): T[][] =>
            Array.from({ length: r.bottom - r.top + 1 }, (_, i) => Array.from({ length: r.right - r.left + 1 }, (_, j) => {
              const a1 = `${colLetter(r.left + j)}${r.top + i}`;
              return f(s.cells.get(key(r.top + i, r.left + j)), a1);
            }));
          const out: Record<string, unknown> = {};
          for (const w of wanted) {
            if (w === "values") out.values = grid((c) => (c?.value ?? ""));
            else if (w === "formulas") out.formulas = grid((c, a1) => host.formulaA1(s.name, a1) ?? c?.value ?? "");
            else if (w === "numberFormat") out.numberFormat = grid((c) => c?.numberFormat ?? "General");
            else if (w === "text") out.text = grid((c) => shownText(c));
            else if (w === "address") out.address = `${refSheet(s.name)}!${a1Of(r)}`;
            else if (w === "rowIndex") out.rowIndex = r.top - 1;
            else if (w === "columnIndex") out.columnIndex = r.left - 1;
            else if (w === "rowCount") out.rowCount = r.bottom - r.top + 1;
            else if (w === "columnCount") out.columnCount = r.right - r.left + 1;
            else if (w === "isNullObject") out.isNullObject = false;
          }
          return out;
        }, (v) => { props = { ...props, ...v }; });
        return this;
      },
      getUsedRangeOrNullObject(valuesOnly = false) {
        return host.readableRange(sheet, () => {
          const r = rect();
          if (!r) return null;
          let box: Rect | null = null;
          for (const [k, c] of sheet().cells) {
            const [row, col] = k.split(",").map(Number);
            if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
            const used = c.value !== null || c.formula !== undefined || c.r1c1 !== undefined || (!valuesOnly && c.numberFormat !== "General");
            if (!used) continue;
            box = box ? { top: Math.min(box.top, row), bottom: Math.max(box.bottom, row), left: Math.min(box.left, col), right: Math.max(box.right, col) } : { top: row, bottom: row, left: col, right: col };
          }
          return box;
        }, true);
      },
      getCell(row: number, column: number) {
        return host.readableRange(sheet, () => { const r = rect(); return r && { top: r.top + row, bottom: r.top + row, left: r.left + column, right: r.left + column }; }, orNull);
      },
      select() {
        host.enqueue("range", "select", null, () => {
          const { s, r } = live();
          if (!r) throw new HostError("InvalidOperation", "a null object cannot be selected");
          host.select(s.name, a1Of(r));
        });
      },
    };
    const worksheet = { get: () => host.sheetProxy({ get sheet() { return sheet(); } } as { sheet?: MemSheet }, false) };
    const props_ = Object.fromEntries(LOADABLE.filter((p) => !["values", "formulas", "numberFormat"].includes(p)).map((p) => [p, { get: get(p) }]));
    return { methods, props: { ...props_, worksheet }, get };
  }

  /** A read-only range (a used range, a cell of a range): reading only; writing to it is not supported here. */
  private readableRange(sheet: () => MemSheet, rect: () => Rect | null, orNull: boolean) {
    const r = this.readable(sheet, rect, orNull);
    return Object.defineProperties(r.methods, { ...r.props, values: { get: r.get("values") }, formulas: { get: r.get("formulas") }, numberFormat: { get: r.get("numberFormat") } });
  }
}

const DAY_MS = 86_400_000;
const serialOf = (y: number, m: number, d: number) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS);
/**
 * Text as Excel reads it when typed into a General cell: "2026.10" is the number 2026.1,
 * "2026-11-01" a date serial, "2026-11" the 1st of that month, "2026-12-01 09:30" a date-time.
 */
function typedText(x: string): Scalar {
  if (/^-?\d+(\.\d+)?$/.test(x)) return Number(x);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2}))?$/.exec(x);
  if (m) return serialOf(Number(m[1]), Number(m[2]), Number(m[3])) + (m[4] === undefined ? 0 : (Number(m[4]) * 60 + Number(m[5])) / (24 * 60));
  m = /^(\d{4})-(\d{1,2})$/.exec(x);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return serialOf(Number(m[1]), Number(m[2]), 1);
  return x;
}

/** Parentheses balance outside string literals (Excel refuses a formula where they do not). */
function balanced(formula: string): boolean {
  let depth = 0;
  for (const part of formula.split(/"(?:[^"]|"")*"/)) {
    if (part.includes('"')) return false;
    for (const ch of part) {
      if (ch === "(") depth++;
      else if (ch === ")" && --depth < 0) return false;
    }
  }
  return depth === 0;
}

/** A cell as Excel shows it, for the number formats the forms use (percent; otherwise the plain value). */
function shownText(cell: MemCell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  const pct = /^0(?:\.(0+))?%$/.exec(cell.numberFormat);
  if (typeof cell.value === "number" && pct) return `${(cell.value * 100).toFixed(pct[1]?.length ?? 0)}%`;
  return String(cell.value);
}
