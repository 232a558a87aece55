/**
 * Reading an Excel formula (as Range.formulas gives it: A1 references, "," between
 * arguments, ";" between the rows of an array constant) far enough to find its HR.*
 * calls and what each argument is: a reference, a range, a constant, a nested HR
 * call, an omitted argument, or an expression the pane does not evaluate (C2*2,
 * SUM(…), a defined name). HR functions are found under their id or their zh-CN /
 * zh-TW name (HR.SALESPAY, HR.销售工资, HR.銷售薪資), any case.
 */
import { CATALOGUE, FUNCTION_NAMES, LANGS, type FunctionSpec } from "../../../rules";

export type Constant = number | string | boolean;

export type FormulaArg =
  | { kind: "ref"; sheet?: string; range: string; text: string }
  | { kind: "value"; value: Constant; text: string }
  | { kind: "array"; rows: Constant[][]; text: string }
  | { kind: "call"; call: HrCall; text: string }
  | { kind: "omitted"; text: string }
  | { kind: "expression"; text: string };

export interface HrCall {
  spec: FunctionSpec;
  /** The name as the formula writes it ("HR.销售工资"). */
  name: string;
  args: FormulaArg[];
  text: string;
}

// ── A small expression tree ─────────────────────────────────────────────────────────
type Node = { from: number; to: number } & (
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err" }
  | { t: "array"; rows: Node[][] }
  | { t: "ref"; sheet?: string; range: string }
  | { t: "name" }
  | { t: "call"; name: string; args: (Node | null)[] }
  | { t: "unary"; op: string; x: Node }
  | { t: "percent"; x: Node }
  | { t: "binary"; l: Node; r: Node }
  | { t: "paren"; x: Node }
);

class Unreadable extends Error {}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const RANGE_AT = new RegExp(String.raw`^(?:${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_.(])`, "u");
const IDENT_AT = /^[\p{L}_\\][\p{L}\p{N}_.]*/u;
const NUMBER_AT = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const ERROR_AT = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i;
const BINARY = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">"];

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    this.i = this.s.startsWith("=") ? 1 : 0;
    const n = this.expr();
    this.space();
    if (this.i < this.s.length) throw new Unreadable(`unexpected ${this.s[this.i]}`);
    return n;
  }

  private space(): boolean {
    const start = this.i;
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
    return this.i > start;
  }

  private peek(): string {
    return this.s[this.i] ?? "";
  }

  private expr(): Node {
    let l = this.unary();
    for (;;) {
      const spaced = this.space();
      const op = BINARY.find((o) => this.s.startsWith(o, this.i));
      if (op) {
        this.i += op.length;
        const r = this.unary();
        l = { t: "binary", l, r, from: l.from, to: r.to };
      } else if (spaced && this.i < this.s.length && !",;)}".includes(this.peek())) {
        const r = this.unary(); // a space between references intersects them
        l = { t: "binary", l, r, from: l.from, to: r.to };
      } else return l;
    }
  }

  private unary(): Node {
    this.space();
    const from = this.i;
    if (this.peek() === "+" || this.peek() === "-") {
      const op = this.s[this.i++];
      const x = this.unary();
      return { t: "unary", op, x, from, to: x.to };
    }
    let x = this.primary();
    while (this.peek() === "%") { this.i++; x = { t: "percent", x, from, to: this.i }; }
    return x;
  }

  private primary(): Node {
    this.space();
    const from = this.i;
    const rest = this.s.slice(this.i);
    const c = this.peek();
    if (c === '"') {
      let v = "";
      this.i++;
      for (;;) {
        if (this.i >= this.s.length) throw new Unreadable("unterminated text");
        if (this.s[this.i] === '"') {
          if (this.s[this.i + 1] === '"') { v += '"'; this.i += 2; continue; }
          this.i++;
          break;
        }
        v += this.s[this.i++];
      }
      return { t: "str", v, from, to: this.i };
    }
    if (c === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(rest);
      if (!m) throw new Unreadable("a quoted name without !");
      this.i += m[0].length;
      return this.refAfterSheet(m[1].replace(/''/g, "'"), from);
    }
    if (c === "#") {
      const m = ERROR_AT.exec(rest);
      if (!m) throw new Unreadable("unknown error value");
      this.i += m[0].length;
      return { t: "err", from, to: this.i };
    }
    if (c === "{") return this.array();
    if (c === "(") {
      this.i++;
      const x = this.expr();
      this.space();
      if (this.peek() !== ")") throw new Unreadable("missing )");
      this.i++;
      return { t: "paren", x, from, to: this.i };
    }
    const range = RANGE_AT.exec(rest);
    if (range && !/^[\p{L}_\\][\p{L}\p{N}_.]*!/u.test(rest)) {
      this.i += range[0].length;
      return { t: "ref", range: range[0].replace(/\$/g, ""), from, to: this.i };
    }
    if (/[\d.]/.test(c)) {
      const m = NUMBER_AT.exec(rest);
      if (!m) throw new Unreadable("bad number");
      this.i += m[0].length;
      return { t: "num", v: Number(m[0]), from, to: this.i };
    }
    const id = IDENT_AT.exec(rest);
    if (!id) throw new Unreadable(`unexpected ${c || "end"}`);
    this.i += id[0].length;
    if (this.peek() === "!") {
      this.i++;
      return this.refAfterSheet(id[0], from);
    }
    if (this.peek() === "(") return this.call(id[0], from);
    if (/^(TRUE|FALSE)$/i.test(id[0])) return { t: "bool", v: id[0].toUpperCase() === "TRUE", from, to: this.i };
    return { t: "name", from, to: this.i };
  }

  private refAfterSheet(sheet: string, from: number): Node {
    const m = RANGE_AT.exec(this.s.slice(this.i));
    if (!m) throw new Unreadable("a sheet name without a reference");
    this.i += m[0].length;
    return { t: "ref", sheet, range: m[0].replace(/\$/g, ""), from, to: this.i };
  }

  private call(name: string, from: number): Node {
    this.i++; // (
    const args: (Node | null)[] = [];
    this.space();
    if (this.peek() === ")") { this.i++; return { t: "call", name, args, from, to: this.i }; }
    for (;;) {
      this.space();
      if (this.peek() === "," || this.peek() === ")") args.push(null);
      else args.push(this.expr());
      this.space();
      const sep = this.s[this.i++];
      if (sep === ")") return { t: "call", name, args, from, to: this.i };
      if (sep !== ",") throw new Unreadable("missing , or )");
    }
  }

  private array(): Node {
    const from = this.i;
    this.i++; // {
    const rows: Node[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.unary());
      this.space();
      const sep = this.s[this.i++];
      if (sep === "}") return { t: "array", rows, from, to: this.i };
      if (sep === ";") rows.push([]);
      else if (sep !== ",") throw new Unreadable("bad array constant");
    }
  }
}

/** Catalogue lookup by id or localized name, any case. */
function lookup(catalogue: readonly FunctionSpec[]): Map<string, FunctionSpec> {
  const m = new Map<string, FunctionSpec>();
  for (const spec of catalogue) for (const n of [spec.id, ...LANGS.map((l) => FUNCTION_NAMES[spec.id][l])]) m.set(`HR.${n}`.toUpperCase(), spec);
  return m;
}

/** A constant the parse tree holds (a number, -number, number%, text, TRUE/FALSE), or undefined. */
function constant(n: Node): Constant | undefined {
  switch (n.t) {
    case "num": case "str": case "bool": return n.v;
    case "paren": return constant(n.x);
    case "unary": { const v = constant(n.x); return typeof v === "number" ? (n.op === "-" ? -v : v) : undefined; }
    case "percent": { const v = constant(n.x); return typeof v === "number" ? v / 100 : undefined; }
    default: return undefined;
  }
}

function toArg(n: Node | null, src: string, names: Map<string, FunctionSpec>): FormulaArg {
  if (n === null) return { kind: "omitted", text: "" };
  const text = src.slice(n.from, n.to).trim();
  if (n.t === "ref") return { kind: "ref", sheet: n.sheet, range: n.range, text };
  if (n.t === "call" && names.has(n.name.toUpperCase())) return { kind: "call", call: toCall(n, src, names), text };
  if (n.t === "array") {
    const rows = n.rows.map((r) => r.map(constant));
    if (rows.every((r) => r.every((v) => v !== undefined))) return { kind: "array", rows: rows as Constant[][], text };
    return { kind: "expression", text };
  }
  const v = constant(n);
  return v === undefined ? { kind: "expression", text } : { kind: "value", value: v, text };
}

function toCall(n: Extract<Node, { t: "call" }>, src: string, names: Map<string, FunctionSpec>): HrCall {
  return { spec: names.get(n.name.toUpperCase())!, name: n.name, args: n.args.map((a) => toArg(a, src, names)), text: src.slice(n.from, n.to) };
}

/**
 * The outermost HR.* calls of a formula, in order (an HR call inside another is that
 * call's argument). An empty list when the formula calls none; undefined when the
 * formula cannot be read.
 */
export function hrCalls(formula: string, catalogue: readonly FunctionSpec[] = CATALOGUE): HrCall[] | undefined {
  let tree: Node;
  try {
    tree = new Parser(formula).parse();
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
  const names = lookup(catalogue);
  const found: HrCall[] = [];
  const walk = (n: Node | null): void => {
    if (!n) return;
    switch (n.t) {
      case "call": if (names.has(n.name.toUpperCase())) found.push(toCall(n, formula, names)); else n.args.forEach(walk); return;
      case "unary": case "percent": case "paren": walk(n.x); return;
      case "binary": walk(n.l); walk(n.r); return;
      case "array": n.rows.flat().forEach(walk); return;
      default: return;
    }
  };
  walk(tree);
  return found;
}

/** Every reference an HR call reads, nested calls included (what the second sync loads). */
export function callRefs(call: HrCall): Extract<FormulaArg, { kind: "ref" }>[] {
  return call.args.flatMap((a) => (a.kind === "ref" ? [a] : a.kind === "call" ? callRefs(a.call) : []));
}
