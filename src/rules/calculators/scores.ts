/** Score calculators: F-1, F-3, F-4, F-5, F-6, F-7, F-8, G, H-3, H-4, K-3. */
import { ceilToMultiple, clamp, dec, max, sum, toNumber, type Dec } from "../decimal";
import type { FieldItem, Policy, PolicyKey, PolicyValues } from "../policy/table";
import { Tracer } from "../trace";
import { fail, type CheckResult, type Finding, type Outcome } from "../types";

/** F-4: full marks less the per-day points for each absence, each rounded up to whole days (Decision); never below 0. */
export function attendanceScore(input: { absences: number[] }, policy: Policy): Outcome<number> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const unit = dec(v["attendance.dayUnit"]);
  const days = sum(input.absences.map((a) => ceilToMultiple(dec(a), unit)));
  t.step("F-4", "step.attendance.days", toNumber(days), { unit: v["attendance.dayUnit"] });
  const score = max(dec(v["score.full"]).minus(days.times(v["attendance.pointsPerDay"])), dec(0));
  return t.done(t.step("F-4", "step.attendance.score", toNumber(score), { full: v["score.full"], perDay: v["attendance.pointsPerDay"] }));
}

/** F-3 / G-2: daily-work score × daily weight + attendance score × attendance weight. */
export function monthlyScore(input: { dailyScore: number; attendanceScore: number }, policy: Policy): Outcome<number> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const daily = t.step("F-3", "step.monthly.daily", toNumber(dec(input.dailyScore).times(v["monthly.dailyWeight"])), { weight: v["monthly.dailyWeight"] });
  const att = t.step("F-3", "step.monthly.attendance", toNumber(dec(input.attendanceScore).times(v["monthly.attendanceWeight"])), { weight: v["monthly.attendanceWeight"] });
  return t.done(t.step("F-3", "step.monthly.total", toNumber(dec(daily).plus(att))));
}

/**
 * F-1: mean of the monthly scores. `months` has one entry per month (null = blank).
 * A blank month is an error naming it, unless prorate (Decision), which averages the months present.
 */
export function annualScore(input: { months: (number | null)[]; prorate: boolean }, _policy: Policy): Outcome<number> {
  const t = new Tracer({ ...input });
  const present = input.months.filter((m): m is number => m !== null);
  if (!input.prorate) {
    const blank = input.months.indexOf(null);
    if (blank >= 0) return fail({ code: "blankMonth", param: "monthlyScores", given: null, detail: { month: blank + 1 } });
  } else if (present.length === 0) {
    return fail({ code: "noValues", param: "monthlyScores", given: null });
  }
  const total = t.step("F-1", "step.annual.sum", toNumber(sum(present.map(dec))));
  t.step("F-1", "step.annual.count", present.length);
  return t.done(t.step("F-1", "step.annual.mean", toNumber(dec(total).div(present.length))));
}

/** H-3: self-review × self weight + manager review × manager weight. */
export function reviewScore(input: { selfScore: number; managerScore: number }, policy: Policy): Outcome<number> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const self = t.step("H-3", "step.review.self", toNumber(dec(input.selfScore).times(v["review.selfWeight"])), { weight: v["review.selfWeight"] });
  const mgr = t.step("H-3", "step.review.manager", toNumber(dec(input.managerScore).times(v["review.managerWeight"])), { weight: v["review.managerWeight"] });
  return t.done(t.step("H-3", "step.review.total", toNumber(dec(self).plus(mgr))));
}

/** An item's points after its deduction, doubled when repeated (F-7), kept within 0..max (F-8). */
function itemPoints(t: Tracer, rule: string, item: string, maxPoints: number, deduction: Dec, repeated: boolean, policy: Policy): Dec {
  const applied = repeated ? deduction.times(policy.values["repeat.multiplier"]) : deduction;
  if (repeated && deduction.gt(0)) t.step("F-7", "step.item.doubled", toNumber(applied), { item, multiplier: policy.values["repeat.multiplier"] });
  const points = clamp(dec(maxPoints).minus(applied), dec(0), dec(maxPoints));
  t.step(rule, "step.item.points", toNumber(points), { item, max: maxPoints });
  return points;
}

/**
 * The 12 SALESREPSCORE fault counts, in FUNCTIONS.md order, and how each costs points (F-6):
 * "perFault" takes `per` points a fault; "all" loses the whole item on any fault;
 * "visits" costs `per` each and the whole item from `zeroAt` missing entries;
 * "gate" (weekly report rejected) loses every item of the weekly report.
 */
type PolicyNumberKey = { [K in PolicyKey]: PolicyValues[K] extends number ? K : never }[PolicyKey];
type SalesRepItem =
  | { fault: string; kind: "perFault"; max: PolicyNumberKey; per: PolicyNumberKey; weekly?: boolean }
  | { fault: string; kind: "all"; max: PolicyNumberKey; weekly?: boolean }
  | { fault: string; kind: "visits"; max: PolicyNumberKey; per: PolicyNumberKey; zeroAt: PolicyNumberKey; weekly: true }
  | { fault: string; kind: "gate" };

export const SALES_REP_ITEMS: readonly SalesRepItem[] = [
  { fault: "dealer", kind: "perFault", max: "salesRep.dealer", per: "salesRep.dealerPerFault" },
  { fault: "weeklyRejected", kind: "gate" },
  { fault: "summaryUntrue", kind: "all", max: "salesRep.weeklySummary", weekly: true },
  { fault: "planUntrue", kind: "all", max: "salesRep.weeklyPlan", weekly: true },
  { fault: "visitsMissing", kind: "visits", max: "salesRep.weeklyVisits", per: "salesRep.visitPerMissing", zeroAt: "salesRep.visitMissingZeroAt", weekly: true },
  { fault: "recordsMissing", kind: "all", max: "salesRep.weeklyRecords", weekly: true },
  { fault: "marketUntrue", kind: "all", max: "salesRep.market" },
  { fault: "qualityMissing", kind: "all", max: "salesRep.quality" },
  { fault: "advertising", kind: "perFault", max: "salesRep.advertising", per: "salesRep.planPerFault" },
  { fault: "promotionPlan", kind: "perFault", max: "salesRep.promotionPlan", per: "salesRep.planPerFault" },
  { fault: "promotionEval", kind: "perFault", max: "salesRep.promotionEval", per: "salesRep.planPerFault" },
  { fault: "vehicle", kind: "all", max: "salesRep.vehicle" },
];

/** F-6 with F-7 doubling and F-8 bounds. `faults[i]` counts faults of item i+1; `repeated[i]` marks it missed last month too. */
export function salesRepScore(input: { faults: number[]; repeated: boolean[] }, policy: Policy): Outcome<number> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const weeklyLost = SALES_REP_ITEMS.some((item, i) => item.kind === "gate" && input.faults[i] > 0);
  if (weeklyLost) t.step("F-6", "step.salesRep.weeklyRejected", 0);
  const points: Dec[] = [];
  for (const [i, item] of SALES_REP_ITEMS.entries()) {
    if (item.kind === "gate") continue;
    const label = String(i + 1);
    if (item.weekly && weeklyLost) { points.push(dec(0)); continue; }
    const n = dec(input.faults[i]);
    const max = v[item.max];
    const deduction = item.kind === "all" ? (n.gt(0) ? dec(max) : dec(0))
      : item.kind === "visits" && n.gte(v[item.zeroAt]) ? dec(max)
      : n.times(v[item.per]);
    points.push(itemPoints(t, "F-6", label, max, deduction, input.repeated[i] === true, policy));
  }
  t.rule("F-8");
  return t.done(t.step("F-6", "step.score.total", toNumber(sum(points))));
}

/** The 7 REGIONALSCORE deductions, in FUNCTIONS.md order, with their policy maxima. */
export const REGIONAL_ITEMS = [
  "regional.summary", "regional.plan", "regional.proposal", "regional.review",
  "regional.training", "regional.reportOnTime", "regional.region",
] as const;

/** F-5 with F-7 doubling and F-8 bounds. Each deduction must lie within 0..its item's max. */
export function regionalScore(input: { deductions: number[]; repeated: boolean[] }, policy: Policy): Outcome<number> {
  const t = new Tracer({ ...input });
  for (const [i, key] of REGIONAL_ITEMS.entries()) {
    const itemMax = policy.values[key];
    const d = input.deductions[i];
    if (d > itemMax) return fail({ code: "outOfRange", param: "deductions", given: d, allowed: `0–${itemMax}`, detail: { item: i + 1 } });
  }
  const items = REGIONAL_ITEMS.map((key, i) =>
    itemPoints(t, "F-5", String(i + 1), policy.values[key], dec(input.deductions[i]), input.repeated[i] === true, policy));
  t.rule("F-8");
  return t.done(t.step("F-5", "step.score.total", toNumber(sum(items))));
}

/**
 * The deductions a field-service item allows (rulebook G): sums of its cases, each
 * once (or any number of times when repeatable), capped at the item's max. Whole points.
 */
export function allowedDeductions(item: FieldItem): number[] {
  const reach = new Set<number>([0]);
  const add = (from: Set<number>, c: FieldItem["cases"][number]) => {
    const next = new Set(from);
    for (const base of from) for (let d = c.min; d <= c.max; d++) next.add(Math.min(base + d, item.max));
    return next;
  };
  if (item.exclusive) {
    for (const c of item.cases) for (let d = c.min; d <= c.max; d++) reach.add(Math.min(d, item.max));
  } else {
    let acc = reach;
    for (const c of item.cases) {
      acc = add(acc, c);
      if (c.repeatable) for (let grown = true; grown; ) {
        const next = add(acc, c);
        grown = next.size > acc.size;
        acc = next;
      }
    }
    return [...acc].sort((a, b) => a - b);
  }
  return [...reach].sort((a, b) => a - b);
}

/** Runs of at least this many consecutive values are shown as "a–b". */
const SHORTEST_RUN_AS_RANGE = 3;

/** "0, 2, 4–10": a sorted set of whole numbers with runs collapsed. */
export function describeSet(values: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === values[j] + 1) j++;
    parts.push(j - i + 1 >= SHORTEST_RUN_AS_RANGE ? `${values[i]}–${values[j]}` : values.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}

/** G: items 1–9 less their (band-checked) deductions, then G-1's falsified-claim deduction; never below 0. */
export function fieldRepScore(input: { deductions: number[]; falsifiedClaims: number }, policy: Policy): Outcome<number> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const items = v["fieldRep.items"];
  const points: Dec[] = [];
  for (const [i, item] of items.entries()) {
    const d = input.deductions[i];
    const allowed = allowedDeductions(item);
    if (!allowed.includes(d)) {
      return fail({ code: "bandNotAllowed", param: "deductions", given: d, allowed: describeSet(allowed), detail: { item: item.id } });
    }
    points.push(dec(item.max).minus(d));
    t.step("G", "step.item.points", item.max - d, { item: item.id, max: item.max });
  }
  const subtotal = t.step("G-1", "step.fieldRep.subtotal", toNumber(sum(points)));
  const n = input.falsifiedClaims;
  const penalty = n >= v["fieldRep.falsifiedManyFrom"] ? v["fieldRep.falsifiedMany"] : n > 0 ? v["fieldRep.falsifiedOne"] : 0;
  if (penalty > 0) t.step("G-1", "step.fieldRep.falsified", penalty, { claims: n });
  if (n >= v["fieldRep.falsifiedManyFrom"]) t.warn("G-1", "warn.transfer", { claims: n });
  return t.done(t.step("G-1", "step.score.total", toNumber(max(dec(subtotal).minus(penalty), dec(0)))));
}

/** K-3: each rating is a level index (0 = very satisfied … 3 = poor) scored by the policy; the mean. */
export function surveyScore(input: { levels: number[] }, policy: Policy): Outcome<number> {
  const scores = policy.values["survey.levelScores"];
  const t = new Tracer({ ...input });
  const total = t.step("K-3", "step.survey.sum", toNumber(sum(input.levels.map((l) => dec(scores[l])))));
  return t.done(t.step("K-3", "step.survey.mean", toNumber(dec(total).div(input.levels.length))));
}

/** What H-4 asks of a group of scores: its range, whether a score is in it, how many score below one. */
interface Group {
  top: number;
  bottom: number;
  has(score: number): boolean;
  below(score: number): number;
}

/** One pass per question: the cheapest for a single call. */
function scannedGroup(all: readonly number[]): Group {
  return {
    top: all.reduce((a, b) => (b > a ? b : a)),
    bottom: all.reduce((a, b) => (b < a ? b : a)),
    has: (score) => all.includes(score),
    below: (score) => all.filter((s) => s < score).length,
  };
}

/** Sorted once, then a binary search per question. */
function sortedGroup(all: readonly number[]): Group {
  const sorted = Float64Array.from(all).sort();
  const firstAtLeast = (score: number) => {
    let lo = 0;
    for (let hi = sorted.length; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < score) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    top: sorted[sorted.length - 1],
    bottom: sorted[0],
    has: (score) => sorted[firstAtLeast(score)] === score,
    below: firstAtLeast,
  };
}

/**
 * The group behind a score array. A spilled call (catalogue/spill) hands every employee the
 * same array: the first ask scans it, the second sorts it once for the rest, so a whole
 * column costs O(N log N) where a formula per row costs O(N) each, O(N²) in all.
 */
const asked = new WeakMap<readonly number[], Group | null>();
function groupOf(all: readonly number[]): Group {
  const known = asked.get(all);
  if (known) return known;
  if (known === null) {
    const sorted = sortedGroup(all);
    asked.set(all, sorted);
    return sorted;
  }
  asked.set(all, null);
  return scannedGroup(all);
}

/** H-4 (Decision): ties share the place; a group of one, or where all tie, gets neither. Never used by dismissal checks (L-6). */
export function rankBonus(input: { score: number; allScores: number[] }, policy: Policy): Outcome<number> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const group = groupOf(input.allScores);
  if (!group.has(input.score)) {
    return fail({ code: "notAmong", param: "score", given: input.score, allowed: "allScores" });
  }
  const { top, bottom } = group;
  t.step("H-4", "step.rank.range", `${bottom}–${top}`);
  if (top === bottom) return t.done(t.step("H-4", "step.rank.noRanking", 0));
  if (input.score === top) return t.done(t.step("H-4", "step.rank.first", v["ranking.firstBonus"]));
  if (input.score === bottom) return t.done(t.step("H-4", "step.rank.last", -v["ranking.lastPenalty"]));
  return t.done(t.step("H-4", "step.rank.middle", 0));
}

/**
 * H-4 notices (Decision: ties share the place): the bottom N submit an improvement plan within the
 * policy's days; last place for the policy's months in a row is considered for transfer.
 * `previousMonthsLast` counts the consecutive months before this one spent in last place.
 * A ranking never feeds the dismissal checks (L-6).
 */
export function rankCheck(input: { score: number; allScores: number[]; previousMonthsLast: number }, policy: Policy): Outcome<CheckResult> {
  const v = policy.values;
  const t = new Tracer({ ...input });
  const group = groupOf(input.allScores);
  if (!group.has(input.score)) return fail({ code: "notAmong", param: "score", given: input.score, allowed: "allScores" });
  const findings: Finding[] = [];
  if (group.top !== group.bottom) {
    const placeFromBottom = t.step("H-4", "step.rank.fromBottom", group.below(input.score) + 1);
    const bottom = v["ranking.improvementBottom"];
    if (placeFromBottom <= bottom) findings.push({ rule: "H-4", key: "check.improvementPlan", args: { bottom, days: v["ranking.improvementDays"] } });
    const monthsLast = input.score === group.bottom ? input.previousMonthsLast + 1 : 0;
    if (monthsLast >= v["ranking.transferAfterMonths"]) findings.push({ rule: "H-4", key: "check.rankTransfer", args: { months: monthsLast } });
  }
  t.rule("L-6");
  for (const f of findings) t.warn(f.rule, f.key, f.args);
  return t.done({ findings });
}

/** E-2: an indicator's figure against its policy target and direction; null when the target is not set (Decision). */
export function indicatorMet(input: { indicator: string; value: number }, policy: Policy): Outcome<boolean | null> {
  const t = new Tracer({ ...input });
  const target = policy.values["csPay.indicatorTargets"][input.indicator];
  if (!target || target.target === null) {
    t.step("E-2", "step.indicator.notSet", false);
    return t.done(null);
  }
  const met = target.direction === "max" ? input.value <= target.target : input.value >= target.target;
  return t.done(t.step("E-2", `step.indicator.${target.direction}`, met, { target: target.target }));
}
