/**
 * Loading a policy (P-1): defaults overridden by a workbook's policy sheet or a
 * policy file. Every value is checked against the bounds of its schema in the
 * policy table (meaning, not only type), then the rules between keys. A bad
 * policy is refused with every problem — key, where in the value, what was
 * given, what is allowed — and never half-applied. The same checks serve the
 * policy sheet (sheet.ts adds the cell), `--policy` files (file.ts: loadPolicy,
 * loadPolicyText) and the task pane's editor.
 *
 * A file may omit keys: an omitted key keeps its default. A file that changes
 * any value must carry its own `version` and `published` date (L-7: every form
 * prints the version, so a company policy cannot pass for the defaults).
 */
import { dec, sum } from "../decimal";
import { parseIsoDate } from "../dates";
import { display, format } from "../messages";
import type { Lang } from "../types";
import {
  MAX_VERSION_LENGTH, SHOWN_CHARS, SUGGEST_EDITS, FIELD_LIMITS, POLICY_GROUPS, POLICY_TABLE, clone, defaultValues,
  type FieldItem, type GroupRule, type Policy, type PolicyBound, type PolicyKey, type PolicyValue, type PolicyValues, type Schema,
} from "./table";

export type PolicyProblemCode =
  | "badJson" | "tooLarge" | "unknownKey" | "duplicate" | "missing" | "required" | "rows"
  | "notPolicySheet" | "blank" | "tooLong" | "notDate" | "notText"
  /** Kept for callers of earlier versions: version or published invalid (now "blank", "tooLong", "notDate"). */
  | "header"
  | "notNumber" | "notWhole" | "notShare" | "outOfRange" | "notBoolean" | "notInList"
  | "sum" | "order" | "notRising" | "falls" | "notFalling" | "firstBand" | "count" | "shape";

/**
 * One problem of a policy. `key` names the policy key (or "version",
 * "published", "(file)"); `path` where inside a table value ("[2].days",
 * ".dsr.target"); `cell` the sheet cell when read from a sheet ("规则!B17").
 */
export interface PolicyProblem {
  key: string;
  code: PolicyProblemCode;
  args?: Record<string, string | number>;
  path?: string;
  cell?: string;
  /** What was given (shown in the message). */
  given?: string | number | boolean | null;
  /** What is allowed, as shown ("0–100", "0–1", "≤ 64 characters"). */
  allowed?: string;
  /** Every key a rule between keys involves (sums, order). */
  keys?: readonly string[];
}

export type PolicyLoad = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/** A JSON object (not null, not an array). */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** What a problem shows of a given value: JSON for tables, long text cut short. */
export function shownValue(x: unknown): string | number | boolean | null {
  if (x === undefined || x === null) return null;
  if (typeof x === "number" || typeof x === "boolean") return x;
  const text = typeof x === "string" ? x : JSON.stringify(x) ?? String(x);
  const chars = [...text];
  return chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS).join("")}…` : text;
}

/** The edit distance of two keys (a misspelled key gets the nearest known one suggested). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

export function unknownKeyProblem(key: string, known: readonly string[], path?: string, base = key): PolicyProblem {
  let best = "";
  let bestD = SUGGEST_EDITS + 1;
  const name = path ? path.replace(/^\./, "") : key;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestD) { best = k; bestD = d; }
  }
  return best ? { key: base, path, code: "unknownKey", given: shownValue(name), allowed: best, args: { suggest: best } } : { key: base, path, code: "unknownKey", given: shownValue(name) };
}

// ── Checking one value against its schema ───────────────────────────────────
type Resolve = (bound: PolicyBound) => number | undefined;

const range = (lo: number | undefined, hi: number | undefined, loKey?: string, hiKey?: string) => {
  const part = (v: number | undefined, k?: string) => (k ? `${k}${v === undefined ? "" : ` (${v})`}` : String(v));
  return `${part(lo, loKey)}–${part(hi, hiKey)}`;
};

class Checker {
  readonly problems: PolicyProblem[] = [];
  constructor(private readonly key: string, private readonly resolve: Resolve) {}

  add(code: PolicyProblemCode, path: string | undefined, given: unknown, allowed?: string, args?: PolicyProblem["args"]): false {
    this.problems.push({ key: this.key, code, path, given: shownValue(given), allowed, args });
    return false;
  }

  /** A number within [min, max] (bounds may name other keys), whole when asked. */
  number(value: unknown, min: PolicyBound, max: PolicyBound, whole: boolean, path?: string): boolean {
    const lo = this.resolve(min);
    const hi = this.resolve(max);
    const allowed = range(lo, hi, typeof min === "string" ? min : undefined, typeof max === "string" ? max : undefined);
    if (!isNum(value)) return this.add("notNumber", path, value, allowed);
    if (whole && !Number.isInteger(value)) return this.add("notWhole", path, value, allowed);
    if ((lo !== undefined && value < lo) || (hi !== undefined && value > hi)) return this.add("outOfRange", path, value, allowed);
    return true;
  }

  text(value: unknown, maxLength: number, path: string): boolean {
    if (typeof value !== "string") return this.add("notText", path, value);
    if (value.trim() === "") return this.add("blank", path, value);
    if ([...value].length > maxLength) return this.add("tooLong", path, [...value].length, String(maxLength));
    return true;
  }

  boolean(value: unknown, path: string): boolean {
    return typeof value === "boolean" ? true : this.add("notBoolean", path, value, "true, false");
  }

  /** Only the named fields, no others. */
  fields(value: Record<string, unknown>, allowed: readonly string[], path: string): boolean {
    let ok = true;
    for (const k of Object.keys(value)) {
      if (!allowed.includes(k)) { this.problems.push(unknownKeyProblem(k, allowed, `${path}.${k}`, this.key)); ok = false; }
    }
    return ok;
  }

  rows(value: unknown, maxRows: number, expected: string, path = ""): value is unknown[] {
    if (!Array.isArray(value) || value.length === 0) return this.add("shape", path || undefined, value, expected);
    if (value.length > maxRows) return this.add("count", path || undefined, value.length, `1–${maxRows}`);
    return true;
  }
}

/** 1-based row paths: "[2]" is the second band, as HR counts rows. */
const at = (i: number) => `[${i + 1}]`;

function checkValue(key: string, schema: Schema, value: unknown, resolve: Resolve): { problems: PolicyProblem[]; value: unknown } {
  const c = new Checker(key, resolve);
  let out: unknown = value;
  switch (schema.type) {
    case "number": c.number(value, schema.min, schema.max, schema.whole ?? false); break;
    case "share":
      if (!isNum(value) || value < 0 || value > 1) c.add(isNum(value) ? "notShare" : "notNumber", undefined, value, "0–1");
      break;
    case "optionalNumber": if (value !== null) c.number(value, schema.min, schema.max, false); break;
    case "noticeBands":
    case "probationCaps": {
      const { from, to } = schema;
      if (!c.rows(value, schema.maxRows, `[{ "${from}": n, "${to}": n }, …]`)) break;
      value.forEach((b, i) => {
        if (!isObject(b)) { c.add("shape", at(i), b, `{ "${from}": n, "${to}": n }`); return; }
        c.fields(b, [from, to], at(i));
        const fromOk = c.number(b[from], 0, schema.fromMax, true, `${at(i)}.${from}`);
        const toOk = c.number(b[to], 0, schema.toMax, true, `${at(i)}.${to}`);
        const prev = value[i - 1] as Record<string, unknown> | undefined;
        if (fromOk && i === 0 && b[from] !== 0) c.add("firstBand", `${at(i)}.${from}`, b[from], "0");
        if (fromOk && prev && isNum(prev[from]) && (b[from] as number) <= prev[from]) c.add("notRising", `${at(i)}.${from}`, b[from], `> ${prev[from]}`, { previous: prev[from] });
        if (toOk && prev && isNum(prev[to]) && (b[to] as number) < prev[to]) c.add("falls", `${at(i)}.${to}`, b[to], `≥ ${prev[to]}`, { previous: prev[to] });
      });
      break;
    }
    case "levelScores": {
      if (!Array.isArray(value) || value.length !== schema.count) {
        c.add("count", undefined, Array.isArray(value) ? value.length : value, String(schema.count));
        break;
      }
      value.forEach((v, i) => {
        if (!c.number(v, 0, schema.max, false, at(i))) return;
        const prev = value[i - 1];
        if (i > 0 && isNum(prev) && (v as number) >= prev) c.add("notFalling", at(i), v, `< ${prev}`, { previous: prev });
      });
      break;
    }
    case "indicatorTargets": {
      if (!isObject(value)) { c.add("shape", undefined, value, '{ "name": { "direction": "max" | "min", "target": n | null } }'); break; }
      const defaults = POLICY_TABLE["csPay.indicatorTargets"].value as Record<string, unknown>;
      const merged: Record<string, unknown> = {};
      for (const name of schema.names) merged[name] = clone(defaults[name] as PolicyValue);
      for (const [name, t] of Object.entries(value)) {
        if (!schema.names.includes(name)) { c.problems.push(unknownKeyProblem(name, schema.names, `.${name}`, key)); continue; }
        if (!isObject(t)) { c.add("shape", `.${name}`, t, '{ "direction": "max" | "min", "target": n | null }'); continue; }
        c.fields(t, ["direction", "target"], `.${name}`);
        if (t.direction !== "max" && t.direction !== "min") c.add("notInList", `.${name}.direction`, t.direction, "max, min");
        if (t.target !== null) c.number(t.target, 0, schema.max, false, `.${name}.target`);
        merged[name] = t;
      }
      out = merged;
      break;
    }
    case "fieldItems": {
      if (!c.rows(value, FIELD_LIMITS.items, '[{ "id", "max", "exclusive", "cases": [{ "key", "min", "max", "repeatable" }] }]')) break;
      const ids = new Set<string>();
      value.forEach((item, i) => {
        const p = at(i);
        if (!isObject(item)) { c.add("shape", p, item, '{ "id", "max", "exclusive", "cases" }'); return; }
        c.fields(item, ["id", "max", "exclusive", "cases"], p);
        if (c.text(item.id, FIELD_LIMITS.idLength, `${p}.id`)) {
          if (ids.has(item.id as string)) c.add("duplicate", `${p}.id`, item.id);
          ids.add(item.id as string);
        }
        const maxOk = c.number(item.max, 1, "score.full", true, `${p}.max`);
        c.boolean(item.exclusive, `${p}.exclusive`);
        if (!c.rows(item.cases, FIELD_LIMITS.cases, '[{ "key", "min", "max", "repeatable" }]', `${p}.cases`)) return;
        const keys = new Set<string>();
        item.cases.forEach((cs, j) => {
          const q = `${p}.cases${at(j)}`;
          if (!isObject(cs)) { c.add("shape", q, cs, '{ "key", "min", "max", "repeatable" }'); return; }
          c.fields(cs, ["key", "min", "max", "repeatable"], q);
          if (c.text(cs.key, FIELD_LIMITS.idLength, `${q}.key`)) {
            if (keys.has(cs.key as string)) c.add("duplicate", `${q}.key`, cs.key);
            keys.add(cs.key as string);
          }
          const itemMax = maxOk ? (item.max as number) : undefined;
          if (c.number(cs.min, 1, itemMax ?? "score.full", true, `${q}.min`)) c.number(cs.max, cs.min as number, itemMax ?? "score.full", true, `${q}.max`);
          c.boolean(cs.repeatable, `${q}.repeatable`);
        });
      });
      break;
    }
  }
  return { problems: c.problems, value: out };
}

// ── Rules between keys ─────────────────────────────────────────────────────
function checkGroup(rule: GroupRule, v: Record<string, unknown>, valid: (k: string) => boolean, resolve: Resolve): PolicyProblem[] {
  switch (rule.kind) {
    case "sum": {
      const total = resolve(rule.total);
      if (!rule.keys.every(valid) || total === undefined) return [];
      const got = sum(rule.keys.map((k) => dec(v[k] as number)));
      return got.eq(total) ? [] : [{ key: rule.keys.join(" + "), keys: rule.keys, code: "sum", given: Number(got.toString()), allowed: String(total), args: { total, sum: got.toString() } }];
    }
    case "fieldSum": {
      const total = resolve(rule.total);
      if (!valid("fieldRep.items") || total === undefined) return [];
      const got = (v["fieldRep.items"] as FieldItem[]).reduce((a, i) => a + i.max, 0);
      return got === total ? [] : [{ key: "fieldRep.items", path: "[*].max", keys: ["fieldRep.items"], code: "sum", given: got, allowed: String(total), args: { total, sum: got } }];
    }
    case "rising": {
      if (!rule.keys.every(valid)) return [];
      const out: PolicyProblem[] = [];
      rule.keys.forEach((k, i) => {
        const prev = rule.keys[i - 1];
        if (prev && (v[k] as number) <= (v[prev] as number)) {
          out.push({ key: prev, keys: [prev, k], code: "order", given: v[prev] as number, allowed: `< ${k} (${v[k] as number})`, args: { next: k } });
        }
      });
      return out;
    }
  }
}

/** The value of a bound: a figure, or the (valid) value of the scalar key it names. */
function resolver(values: Record<string, unknown>, valid: (k: string) => boolean): Resolve {
  return (b) => (typeof b === "number" ? b : valid(b) && isNum(values[b]) ? values[b] : undefined);
}

/**
 * Check and merge: `overrides` (key → value, in the order given) over the
 * defaults. Problems name the key; values that pass are copied.
 */
export function validateValues(overrides: Iterable<readonly [string, unknown]>): { values: PolicyValues; problems: PolicyProblem[] } {
  const values = defaultValues() as Record<string, unknown>;
  const given = new Map<string, unknown>();
  const problems: PolicyProblem[] = [];
  const known = Object.keys(POLICY_TABLE);
  for (const [key, value] of overrides) {
    if (!has(POLICY_TABLE, key)) { problems.push(unknownKeyProblem(key, known)); continue; }
    given.set(key, value);
    values[key] = value;
  }
  // Two passes: keys whose bounds name no other key first, so a bound like "score.full" is known valid.
  const bad = new Set<string>();
  const valid = (k: string) => !bad.has(k) && has(POLICY_TABLE, k);
  const resolve = resolver(values, valid);
  const keyBounds = (s: Schema) => (s.type === "number" && (typeof s.min === "string" || typeof s.max === "string")) || s.type === "levelScores" || s.type === "fieldItems";
  const order = Object.keys(POLICY_TABLE).sort((a, b) => Number(keyBounds(POLICY_TABLE[a as PolicyKey].schema)) - Number(keyBounds(POLICY_TABLE[b as PolicyKey].schema)));
  for (const key of order) {
    if (!given.has(key) && !keyBounds(POLICY_TABLE[key as PolicyKey].schema)) continue;
    const found = checkValue(key, POLICY_TABLE[key as PolicyKey].schema, values[key], resolve);
    if (found.problems.length > 0) { bad.add(key); problems.push(...found.problems); }
    else values[key] = clone(found.value as PolicyValue);
  }
  for (const rule of POLICY_GROUPS) problems.push(...checkGroup(rule, values, valid, resolve));
  return { values: values as PolicyValues, problems };
}

/** L-7 header: a version (non-blank, short text) and a publication date (YYYY-MM-DD). */
export function checkHeader(version: unknown, published: unknown): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const v = new Checker("version", () => undefined);
  v.text(version, MAX_VERSION_LENGTH, "");
  for (const p of v.problems) problems.push({ ...p, path: undefined, allowed: p.code === "tooLong" ? p.allowed : `1–${MAX_VERSION_LENGTH}` });
  if (typeof published !== "string" || !parseIsoDate(published)) problems.push({ key: "published", code: "notDate", given: shownValue(published), allowed: "YYYY-MM-DD" });
  return problems;
}

/** The body of a problem's message (what was given, what is allowed), without the key. */
export function problemMessage(p: PolicyProblem, lang: Lang): string {
  const code = p.code === "unknownKey" && p.args?.suggest ? "unknownKeySuggest" : p.code;
  const given = typeof p.given === "string" ? `"${p.given}"` : display(p.given, lang);
  return format(`policy.${code}`, lang, { ...p.args, given, allowed: p.allowed ?? "" });
}

/** "规则!B17 monthly.dailyWeight：1.2 超出范围，允许 0–1" (the cell when read from a sheet). */
export function formatProblem(p: PolicyProblem, lang: Lang): string {
  const subject = p.key === "(file)" ? format("policy.file", lang) : `${p.key}${p.path ?? ""}`;
  return `${p.cell ? `${p.cell} ` : ""}${subject}${lang === "en" ? ": " : "："}${problemMessage(p, lang)}`;
}
