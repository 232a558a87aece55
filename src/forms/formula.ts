/**
 * Formula templates → Excel formulas, in A1 (at a given row) or R1C1 (one formula
 * for a whole roster column). See ./types.ts for the placeholders.
 */
import { definedNameOf, isScalarKey, POLICY_TABLE, type Lang, type Localized, type PolicyKey } from "../rules";
import { cellA1, colLetter } from "./address";

export interface RosterFrame {
  firstRow: number;
  lastRow: number;
  colOf(key: string): number | undefined;
  /** The roster as an Excel table: its name and each column's header (for structured references). */
  table?: { name: string; headerOf(key: string): string | undefined };
}

export interface TemplateContext {
  lang: Lang;
  strings: Readonly<Record<string, Localized>>;
  roster?: RosterFrame;
}

/**
 * A1 at a row, R1C1 at a cell, or "table": roster references become structured
 * references to the frame's table (Table[[#This Row],[Header]], Table[[Header]]),
 * the same text in every row — what a calculated column holds.
 */
export type Mode = { kind: "A1"; row: number } | { kind: "R1C1"; row: number; col: number } | { kind: "table" };

const POLICY_REF = /\$([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)/g;
const TEXT_REF = /«([A-Za-z0-9_.]+)»/g;
const ROSTER_REF = /\{(\$?)([A-Za-z0-9_]+)(?::([A-Za-z0-9_]+))?\}/g;

export function pickLang(f: string | Localized, lang: Lang): string {
  return typeof f === "string" ? f : f[lang];
}

/** A text as an Excel string literal. */
export function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The scalar policy keys a template refers to ($policy.key). */
export function policyRefs(template: string): string[] {
  return [...template.matchAll(POLICY_REF)].map((m) => m[1]);
}

/** The table names a template refers to (KH_… that are not scalar policy names). */
export function nameRefs(formula: string): string[] {
  const out = new Set<string>();
  for (const m of formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/\bKH_[A-Za-z0-9_]+/g)) out.add(m[0]);
  return [...out];
}

function policyName(key: string): string {
  if (!(key in POLICY_TABLE)) throw new Error(`unknown policy key in formula: ${key}`);
  if (!isScalarKey(key as PolicyKey)) throw new Error(`policy key ${key} is not scalar; use a policy-sheet table name`);
  return definedNameOf(key as PolicyKey);
}

/** A column header inside a structured reference: [ ] # ' are escaped with an apostrophe. */
export function structuredHeader(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

/** Render a template. The result starts with "=". */
export function render(template: string | Localized, ctx: TemplateContext, mode: Mode): string {
  let f = pickLang(template, ctx.lang);
  f = f.replace(TEXT_REF, (_, k: string) => {
    const s = ctx.strings[k];
    if (!s) throw new Error(`unknown text «${k}» in formula`);
    return quoteText(s[ctx.lang]);
  });
  // Protect string literals from the reference rewrites below.
  const literals: string[] = [];
  f = f.replace(/"(?:[^"]|"")*"/g, (s) => `\u0000${literals.push(s) - 1}\u0000`);
  f = f.replace(POLICY_REF, (_, k: string) => policyName(k));
  f = f.replace(ROSTER_REF, (_, abs: string, a: string, b: string | undefined) => {
    const r = ctx.roster;
    if (!r) throw new Error(`roster reference {${a}} outside a roster form`);
    const ca = r.colOf(a);
    if (ca === undefined) throw new Error(`unknown roster column {${a}}`);
    if (mode.kind === "table") {
      const t = r.table;
      if (!t) throw new Error("a table formula needs the roster's table");
      const h = (k: string) => {
        const header = t.headerOf(k);
        if (header === undefined) throw new Error(`roster column {${k}} has no table header`);
        return `[${structuredHeader(header)}]`;
      };
      if (b === "col") return `${t.name}[${h(a)}]`;
      return `${t.name}[[#This Row],${h(a)}${b === undefined ? "" : `:${h(b)}`}]`;
    }
    if (b === "col") {
      return mode.kind === "A1"
        ? `${cellA1({ row: r.firstRow, col: ca }, true)}:${cellA1({ row: r.lastRow, col: ca }, true)}`
        : `R${r.firstRow}C${ca}:R${r.lastRow}C${ca}`;
    }
    const one = (c: number) => mode.kind === "A1" ? `${abs}${colLetter(c)}${mode.row}`
      : abs ? `RC${c}` : c === mode.col ? "RC" : `RC[${c - mode.col}]`;
    if (b === undefined) return one(ca);
    const cb = r.colOf(b);
    if (cb === undefined) throw new Error(`unknown roster column {${b}}`);
    return `${one(ca)}:${one(cb)}`;
  });
  f = f.replace(/\u0000(\d+)\u0000/g, (_, i: string) => literals[Number(i)]);
  return f.startsWith("=") ? f : `=${f}`;
}
