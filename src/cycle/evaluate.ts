/**
 * One month of one scheme, through the rules core: each employee's inputs are
 * read as FUNCTIONS.md says, every result comes from `invoke` on the catalogue
 * (exactly as `calc` does), the store ranking is per department, last month
 * carries forward (F-7 repeats proposed, H-4 last-place streak, last month's
 * score), and every flag starts with its rule ID. Pure: no Office.js, DOM or Node.
 */
import {
  BY_ID, DEFAULT_POLICY, errorMessage, formatWarning, invoke, invokeSpill,
  type CellValue, type FunctionSpec, type Lang, type Outcome, type Policy, type Raw, type RuleId, type Trace,
} from "../rules";
import { dec, toNumber } from "../rules/decimal";
import { SUMMARY_BAND_EDGES_ABOVE_PASS } from "./contract";
import type { Employee, GridCell } from "./grid";
import { cycleText, type CycleMessageKey } from "./messages";
import { INDICATORS, SCHEMES, type InputDef, type InputKind, type Scheme, type SchemeId } from "./schemes";

/** A flag: a text starting with its rule ID, in the user's language. */
export interface Flag {
  rule: RuleId;
  text: string;
  /** The input it is about (input problems and blanks). */
  key?: string;
}

/** An input that cannot be used: blank where required, or refused by the catalogue's bounds. */
export interface InputProblem {
  code: "missing" | "value" | "deptRequired";
  /** Input key (or "dept"). */
  key: string;
  rule: RuleId;
  /** Localized, naming the column, what was given and what is allowed. */
  message: string;
}

export type ResultValue = number | boolean | null;

export interface EmployeeResult {
  id: string;
  name: string | null;
  dept: string | null;
  /** The inputs as used: numbers, booleans, text that is not a number (a problem), null for blank. */
  inputs: Record<string, Raw>;
  /** F-7: repeat keys set from last month. */
  proposed: string[];
  results: Record<string, ResultValue>;
  /** Last month's main score (EVALUATION.md: shown beside this month's). */
  previousScore: number | null;
  /** Store: the streak of last places before this month. */
  previousLast: number | null;
  flags: Flag[];
  problems: InputProblem[];
  complete: boolean;
  /** With `explain`: every catalogue call made for this employee, with its trace (the pane shows the steps). */
  calls?: CoreCall[];
}

/** A call of a catalogue function for one employee, as the core answered it. */
export interface CoreCall { fn: string; value: CellValue; trace: Trace }

export interface Band { label: string; from: number | null; to: number | null; count: number }

export interface Summary {
  scheme: SchemeId;
  month: string;
  employees: number;
  complete: number;
  incomplete: number;
  average: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  bands: Band[];
  totalPay: number | null;
  flagged: string[];
}

export interface MonthResult {
  scheme: SchemeId;
  month: string;
  lang: Lang;
  policy: Policy;
  /** Store: ranked per department (the roster has departments) or over everyone. */
  rankedByDept: boolean;
  rows: EmployeeResult[];
  summary: Summary;
}

/** What last month left for each employee (by ID). */
export interface PreviousEmployee {
  /** Last month's inputs (F-7 proposals). */
  values?: Readonly<Record<string, Raw>>;
  mainScore?: number | null;
  lastPlaceMonths?: number | null;
}
export type Previous = ReadonlyMap<string, PreviousEmployee>;

export interface EvaluateOptions {
  scheme: SchemeId;
  /** YYYY-MM. */
  month: string;
  lang: Lang;
  policy?: Policy;
  previous?: Previous;
  /** Keep each employee's catalogue calls and traces (EmployeeResult.calls). */
  explain?: boolean;
}

// ── Reading values (FUNCTIONS.md) ─────────────────────────────────────────────────────────────
const TICK_WORDS: ReadonlyMap<string, boolean> = new Map([
  ["true", true], ["false", false], ["✓", true], ["✔", true], ["√", true],
  ["是", true], ["否", false], ["yes", true], ["no", false],
]);
const PERCENT = 100;
/** The median of an even count is the mean of the middle pair. */
const PAIR = 2;

/** "1,234.5" → 1234.5; "80%" → 0.8 where a rate is expected; anything else stays text (the catalogue refuses it). */
function parseNumber(text: string, rate: boolean): number | undefined {
  let t = text.replace(/^([-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?)(%?)$/, (_, n: string, p: string) => n.replace(/,/g, "") + p);
  const percent = rate && t.endsWith("%");
  if (percent) t = t.slice(0, -1).trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  return percent ? toNumber(dec(t).div(PERCENT)) : Number(t);
}

/** A cell as the input it is: numbers stay numbers, numeric text is a number, ticks are booleans, blank is null. */
export function inputValue(cell: GridCell, kind: InputKind): Raw {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    const t = cell.trim();
    if (t === "") return null;
    if (kind === "tick") {
      const b = TICK_WORDS.get(t.toLowerCase());
      if (b !== undefined) return b;
    }
    return parseNumber(t, kind === "rate") ?? t;
  }
  return cell;
}

// ── Calling the core ──────────────────────────────────────────────────────────────────────────
/**
 * An argument: its raw value and the input keys it came from (a range: one key per cell).
 * `stand`: a stand-in for a blank required input or a result that could not be computed —
 * the call only checks the other arguments; its result is discarded and its warnings not flagged.
 */
interface Arg { raw: Raw; keys?: readonly string[]; stand?: boolean }

class Person {
  readonly flags: Flag[] = [];
  readonly problems: InputProblem[] = [];
  constructor(readonly scheme: Scheme, readonly inputs: Record<string, Raw>, readonly policy: Policy, readonly lang: Lang, readonly calls?: CoreCall[]) {}

  header(key: string): string {
    const def = this.scheme.inputs.find((i) => i.key === key);
    return def ? this.scheme.headers[def.column][this.lang] : key;
  }

  scalar(key: string): Arg { return { raw: this.inputs[key] ?? null, keys: [key] }; }
  /**
   * A required input: blank already makes the employee incomplete (results discarded), so
   * the call goes ahead with 0 in its place and still checks the other inputs' bounds.
   */
  required(key: string): Arg { return { raw: this.inputs[key] ?? 0, keys: [key], stand: this.inputs[key] === null }; }
  row(keys: readonly string[]): Arg { return { raw: [keys.map((k) => this.inputs[k] ?? null) as Raw[]], keys }; }

  flag(rule: RuleId, key: CycleMessageKey, args: Record<string, unknown> = {}, input?: string): void {
    this.flags.push({ rule, text: `${rule}: ${cycleText(key, this.lang, args)}`, key: input });
  }

  problem(code: InputProblem["code"], key: string, rule: RuleId, message: string): void {
    this.problems.push({ code, key, rule, message });
    this.flags.push({ rule, text: `${rule}: ${message}`, key });
  }

  /** Invoke a catalogue function; an input error becomes a problem on the input it came from. */
  call(id: string, args: readonly Arg[]): { value: CellValue; trace: Trace } | undefined {
    const spec = specOf(id);
    return this.answer(spec, args, invoke(spec, args.map((a) => a.raw), this.policy, this.lang));
  }

  /** What the core answered for this employee's call (an element of a spilled call, or a call of its own). */
  answer(spec: FunctionSpec, args: readonly Arg[], out: Outcome<CellValue>): { value: CellValue; trace: Trace } | undefined {
    const id = spec.id;
    if (!out.ok) {
      const arg = args[spec.params.findIndex((p) => p.name === out.error.param)];
      const keys = arg?.keys ?? [];
      const detail = out.error.detail ?? {};
      const items = this.policy.values["fieldRep.items"];
      const index = typeof detail.cell === "number" ? detail.cell - 1
        : detail.item !== undefined ? items.findIndex((it) => it.id === String(detail.item)) : 0;
      const located = keys[Math.max(0, index)];
      const key = located ?? keys[0] ?? id;
      const sep = this.lang === "en" ? ": " : "：";
      // The column's header names the input; the function's own key and cell number only where it cannot.
      this.problem("value", key, spec.rules[0], `${this.header(key)}${sep}${errorMessage(spec, out.error, this.lang, located === undefined ? "key" : "none")}`);
      return undefined;
    }
    if (!args.some((a) => a.stand)) {
      for (const w of out.trace.warnings) this.flags.push({ rule: w.rule, text: formatWarning(w, this.lang) });
      this.calls?.push({ fn: id, value: out.value, trace: out.trace });
    }
    return { value: out.value, trace: out.trace };
  }

  num(id: string, args: readonly Arg[]): number | undefined {
    const v = this.call(id, args)?.value;
    return typeof v === "number" ? v : undefined;
  }
}

const keysOf = (scheme: Scheme, prefix: string) => scheme.inputs.filter((i) => new RegExp(`^${prefix}\\d+$`).test(i.key)).map((i) => i.key);
const known = (x: number | undefined): x is number => x !== undefined;

/** Per scheme: the results of one employee (store's ranking comes after, over the group). */
const COMPUTE: Record<SchemeId, (e: Person, scheme: Scheme) => Record<string, ResultValue | undefined>> = {
  sales: (e, s) => {
    const daily = e.num("SALESREPSCORE", [e.row(keysOf(s, "fault")), e.row(keysOf(s, "repeated"))]);
    const attendance = e.num("ATTENDANCESCORE", [e.row(keysOf(s, "absence"))]);
    const monthly = known(daily) && known(attendance) ? e.num("MONTHLYSCORE", [{ raw: daily }, { raw: attendance }]) : undefined;
    // Without a daily score the employee has a problem already; the call still checks the pay inputs.
    const pay = e.num("SALESPAY", [e.required("totalPay"), e.required("completionRate"), { raw: daily ?? 0, stand: !known(daily) }, e.scalar("overPlanBonus")]);
    return { dailyScore: daily, attendanceScore: attendance, monthlyScore: monthly, pay };
  },
  regional: (e, s) => {
    const daily = e.num("REGIONALSCORE", [e.row(keysOf(s, "deduction")), e.row(keysOf(s, "repeated"))]);
    const attendance = e.num("ATTENDANCESCORE", [e.row(keysOf(s, "absence"))]);
    const monthly = known(daily) && known(attendance) ? e.num("MONTHLYSCORE", [{ raw: daily }, { raw: attendance }]) : undefined;
    return { dailyScore: daily, attendanceScore: attendance, monthlyScore: monthly };
  },
  field: (e, s) => {
    const out = e.call("FIELDREPSCORE", [e.row(keysOf(s, "deduction")), e.scalar("falsifiedClaims")]);
    const daily = typeof out?.value === "number" ? out.value : undefined;
    const attendance = e.num("ATTENDANCESCORE", [e.row(keysOf(s, "absence"))]);
    const monthly = known(daily) && known(attendance) ? e.num("MONTHLYSCORE", [{ raw: daily }, { raw: attendance }]) : undefined;
    // G-1: the transfer flag is the core's own warning.
    const transfer = out ? out.trace.warnings.some((w) => w.rule === "G-1") : undefined;
    return { dailyScore: daily, attendanceScore: attendance, monthlyScore: monthly, transfer };
  },
  store: (e) => {
    const review = e.num("REVIEWSCORE", [e.required("selfScore"), e.required("managerScore")]);
    const pay = e.num("PERFPAY", [e.required("performanceBase"), { raw: review ?? 0, stand: !known(review) }]);
    return { reviewScore: review, performancePay: pay };
  },
  online: (e) => {
    const targets = e.policy.values["csPay.indicatorTargets"];
    const met: boolean[] = [];
    for (const name of INDICATORS) {
      if (e.inputs[name] !== null) {
        const v = e.call("INDICATORMET", [{ raw: name }, e.scalar(name)])?.value;
        if (typeof v === "boolean") met.push(v);
      } else if (targets[name]?.target !== null && targets[name] !== undefined) {
        met.push(false);
        e.flag("E-2", "flag.indicatorBlank", { indicator: e.header(name) }, name);
      }
    }
    const anyTarget = Object.values(targets).some((t) => t.target !== null);
    if (!anyTarget) e.flag("E-2", "flag.noTargets");
    const pay = e.num("CSPAY", [e.required("orderTotal"), e.required("indicatorBonus"), e.required("baseSalary"), { raw: [met.length > 0 ? met : [true]], stand: met.length === 0 }]);
    return { indicatorsMissed: met.filter((m) => !m).length, pay: anyTarget ? pay : null };
  },
};

/** The required inputs of a scheme (EVALUATION.md: a score, a pay base, an order total). */
export function requiredInputs(scheme: Scheme): InputDef[] {
  return scheme.inputs.filter((i) => i.required);
}

/** The function whose parameter an input is (the rule a blank is flagged under). */
const RULE_OF_REQUIRED: Readonly<Record<string, RuleId>> = {
  totalPay: "F-10", completionRate: "F-10", selfScore: "H-3", managerScore: "H-3", performanceBase: "H-5", orderTotal: "E-1", indicatorBonus: "E-1", baseSalary: "E-1",
};

function evaluateOne(emp: Employee, scheme: Scheme, policy: Policy, lang: Lang, previous: PreviousEmployee | undefined, explain: boolean): EmployeeResult {
  const inputs: Record<string, Raw> = {};
  for (const def of scheme.inputs) inputs[def.key] = inputValue(emp.values[def.key], def.kind);
  const proposed: string[] = [];
  if (scheme.repeats && previous?.values) {
    for (let k = 1; k <= scheme.repeats.count; k++) {
      const was = previous.values[`${scheme.repeats.from}${k}`];
      if (inputs[`repeated${k}`] === null && typeof was === "number" && was > 0) {
        inputs[`repeated${k}`] = true;
        proposed.push(`repeated${k}`);
      }
    }
  }
  const e = new Person(scheme, inputs, policy, lang, explain ? [] : undefined);
  for (const def of requiredInputs(scheme)) {
    if (inputs[def.key] === null) e.problem("missing", def.key, RULE_OF_REQUIRED[def.key], cycleText("flag.missing", lang, { field: e.header(def.key) }));
  }
  const computed = COMPUTE[scheme.id](e, scheme);
  const complete = e.problems.length === 0;
  const results: Record<string, ResultValue> = {};
  for (const r of scheme.results) results[r.key] = complete ? computed[r.key] ?? null : null;
  return {
    id: emp.id, name: emp.name, dept: emp.dept, inputs, proposed, results,
    previousScore: previous?.mainScore ?? null,
    previousLast: scheme.id === "store" ? previousLast(emp, previous) : null,
    flags: e.flags, problems: e.problems, complete, ...(e.calls ? { calls: e.calls } : {}),
  };
}

/** H-4 streak before this month: last month's result, else the sheet's own carry-forward column. */
function previousLast(emp: Employee, previous?: PreviousEmployee): number {
  if (previous?.lastPlaceMonths !== undefined && previous.lastPlaceMonths !== null) return previous.lastPlaceMonths;
  const v = emp.previousLast;
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : 0;
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** H-4: places, bonuses, notices and streaks per group (department, or everyone). */
function specOf(id: string): FunctionSpec {
  const spec = BY_ID.get(id);
  if (!spec) throw new Error(`no catalogue function ${id}`);
  return spec;
}

/**
 * One call for a whole group, spilled over its members (`column`: one value per member):
 * the group's scores are read once, not once per member. Each element is the member's own
 * call (the single-cell `invoke`), in member order.
 */
function spilledOver(id: string, args: readonly Raw[], members: number, policy: Policy, lang: Lang): Outcome<CellValue>[] {
  const out = invokeSpill(specOf(id), args, policy, lang);
  const cells = out.spilled ? out.cells.map((row) => row[0]) : [out.outcome];
  if (cells.length !== members) throw new Error(`${id}: ${cells.length} results for ${members} members`);
  return cells;
}
const column = (xs: readonly number[]): Raw => (xs.length === 1 ? xs[0] : xs.map((x) => [x]));

function rankStore(rows: EmployeeResult[], policy: Policy, lang: Lang): boolean {
  const byDept = rows.some((r) => r.dept !== null);
  const scheme = SCHEMES.store;
  if (byDept) {
    for (const r of rows) {
      if (r.dept !== null) continue;
      const message = cycleText("flag.deptRequired", lang);
      r.problems.push({ code: "deptRequired", key: "dept", rule: "H-4", message });
      r.flags.push({ rule: "H-4", text: `H-4: ${message}`, key: "dept" });
      r.complete = false;
      for (const k of Object.keys(r.results)) r.results[k] = null;
    }
  }
  const groups = new Map<string, EmployeeResult[]>();
  for (const r of rows) {
    if (!r.complete || typeof r.results.reviewScore !== "number") continue;
    const g = byDept ? r.dept ?? "" : "";
    const group = groups.get(g);
    if (group) group.push(r);
    else groups.set(g, [r]);
  }
  for (const members of groups.values()) {
    const scores = members.map((m) => m.results.reviewScore as number);
    const streaks = members.map((m) => m.previousLast ?? 0);
    const bonuses = spilledOver("RANKBONUS", [column(scores), [scores]], members.length, policy, lang);
    const checks = spilledOver("RANKCHECK", [column(scores), [scores], column(streaks)], members.length, policy, lang);
    const higher = placesAbove(scores);
    members.forEach((m, i) => {
      const e = new Person(scheme, m.inputs, policy, lang, m.calls);
      const score = scores[i];
      const answered = e.answer(specOf("RANKBONUS"), [{ raw: score }, { raw: [scores] }], bonuses[i])?.value;
      const bonus = typeof answered === "number" ? answered : undefined;
      e.answer(specOf("RANKCHECK"), [{ raw: score }, { raw: [scores] }, { raw: streaks[i] }], checks[i]);
      m.results.rank = higher(score) + 1;
      m.results.rankBonus = bonus ?? null;
      m.results.lastPlaceMonths = bonus !== undefined && bonus < 0 ? (m.previousLast ?? 0) + 1 : 0;
      if (bonus !== undefined && bonus > 0) e.flag("H-4", "flag.first", { bonus });
      if (bonus !== undefined && bonus < 0) e.flag("H-4", "flag.last", { penalty: -bonus });
      m.flags.push(...e.flags);
    });
  }
  return byDept;
}

/** How many of the scores are above a given one (binary search over the scores sorted once). */
function placesAbove(scores: readonly number[]): (score: number) => number {
  const sorted = [...scores].sort((a, b) => a - b);
  return (score) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= score) lo = mid + 1;
      else hi = mid;
    }
    return sorted.length - lo;
  };
}

/** Flags on the main score: under the pass mark (F-3 / G-2 monthly; H-5 with its cut). */
function passFlags(r: EmployeeResult, scheme: Scheme, policy: Policy, lang: Lang): void {
  const score = scheme.mainScore ? r.results[scheme.mainScore] : null;
  const pass = policy.values["perfPay.passScore"];
  if (typeof score !== "number" || score >= pass || !scheme.passRule) return;
  const key: CycleMessageKey = scheme.id === "store" ? "flag.reviewUnderPass" : "flag.monthlyUnderPass";
  const cut = `${toNumber(dec(policy.values["perfPay.failCut"]).times(PERCENT))}%`;
  r.flags.unshift({ rule: scheme.passRule, text: `${scheme.passRule}: ${cycleText(key, lang, { score, pass, cut })}` });
}

/** Evaluate a month: one result per employee, in roster order, and the summary. */
export function evaluateMonth(employees: readonly Employee[], opts: EvaluateOptions): MonthResult {
  const scheme = SCHEMES[opts.scheme];
  const policy = opts.policy ?? DEFAULT_POLICY;
  const rows = employees.map((emp) => evaluateOne(emp, scheme, policy, opts.lang, opts.previous?.get(emp.id), opts.explain ?? false));
  const rankedByDept = scheme.id === "store" ? rankStore(rows, policy, opts.lang) : false;
  for (const r of rows) passFlags(r, scheme, policy, opts.lang);
  const month = { scheme: scheme.id, month: opts.month, lang: opts.lang, policy };
  return { ...month, rankedByDept, rows, summary: summaryOf(rows, month) };
}

/** What this month leaves for the next (carry-forward). */
export function carryForward(month: MonthResult): Previous {
  const main = SCHEMES[month.scheme].mainScore;
  return new Map(month.rows.map((r) => [r.id, {
    values: r.inputs,
    mainScore: main && typeof r.results[main] === "number" ? (r.results[main] as number) : null,
    lastPlaceMonths: typeof r.results.lastPlaceMonths === "number" ? r.results.lastPlaceMonths : null,
  }]));
}

// ── Summary ───────────────────────────────────────────────────────────────────────────────────
/** Band edges: the pass mark, then the contract's edges above it. */
export function bandEdges(policy: Policy): number[] {
  const pass = policy.values["perfPay.passScore"];
  return [pass, ...SUMMARY_BAND_EDGES_ABOVE_PASS.filter((e) => e > pass)];
}

export function bandsOf(scores: readonly number[], policy: Policy, lang: Lang): Band[] {
  const edges = bandEdges(policy);
  const bands: Band[] = [
    { label: cycleText("band.below", lang, { to: edges[0] }), from: null, to: edges[0], count: 0 },
    ...edges.slice(0, -1).map((from, i) => ({ label: cycleText("band.between", lang, { from, to: edges[i + 1] - 1 }), from, to: edges[i + 1], count: 0 })),
    { label: cycleText("band.from", lang, { from: edges[edges.length - 1] }), from: edges[edges.length - 1], to: null, count: 0 },
  ];
  for (const s of scores) {
    const b = bands.find((x) => (x.from === null || s >= x.from) && (x.to === null || s < x.to));
    if (b) b.count++;
  }
  return bands;
}

/** The summary of some rows of a month (all of them, or those a finalize keeps). */
export function summaryOf(rows: readonly EmployeeResult[], of: Pick<MonthResult, "scheme" | "month" | "policy" | "lang">): Summary {
  const { month, policy, lang } = of;
  const scheme = SCHEMES[of.scheme];
  const done = rows.filter((r) => r.complete);
  const scores = scheme.mainScore ? done.map((r) => r.results[scheme.mainScore!]).filter((s): s is number => typeof s === "number") : [];
  const sorted = [...scores].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / PAIR);
  const median = sorted.length === 0 ? null
    : sorted.length % PAIR === 1 ? sorted[half] : toNumber(dec(sorted[half - 1]).plus(sorted[half]).div(PAIR));
  const money = done.flatMap((r) => scheme.money.map((k) => r.results[k])).filter((v): v is number => typeof v === "number");
  return {
    scheme: scheme.id, month,
    employees: rows.length, complete: done.length, incomplete: rows.length - done.length,
    average: scores.length === 0 ? null : toNumber(scores.reduce((a, s) => a.plus(s), dec(0)).div(scores.length)),
    median,
    min: sorted.length === 0 ? null : sorted[0],
    max: sorted.length === 0 ? null : sorted[sorted.length - 1],
    bands: scheme.mainScore ? bandsOf(scores, policy, lang) : [],
    totalPay: money.length === 0 ? null : toNumber(money.reduce((a, v) => a.plus(v), dec(0))),
    flagged: rows.filter((r) => r.flags.length > 0).map((r) => r.id),
  };
}
