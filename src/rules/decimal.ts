/**
 * Exact decimal arithmetic for scores and money (P-2).
 *
 * Every figure enters as the decimal its shortest JavaScript form shows
 * (0.1 is 0.1, not 0.1000000000000000055…), so results match what an HR user
 * sees in the cell. Money is rounded once, at the end, half away from zero on
 * that decimal value: Excel's ROUND (924.345 → 924.35, 70.195 → 70.20).
 */
import Big from "big.js";

export type Dec = Big;

/** Big.roundHalfUp: "rounds towards nearest neighbour; if equidistant, away from zero". */
const HALF_AWAY_FROM_ZERO = 1;
const CENT_PLACES = 2;

export function dec(x: number | string | Big): Big {
  return new Big(x);
}

export function sum(values: readonly Big[]): Big {
  return values.reduce((acc, v) => acc.plus(v), new Big(0));
}

export function max(a: Big, b: Big): Big {
  return a.gte(b) ? a : b;
}

export function min(a: Big, b: Big): Big {
  return a.lte(b) ? a : b;
}

/** Clamp into [lo, hi] (F-8: an item never leaves its 0..max range). */
export function clamp(x: Big, lo: Big, hi: Big): Big {
  return min(max(x, lo), hi);
}

/**
 * Round a non-negative x up to a whole multiple of unit (F-4: any part of a day is a day).
 * Exact at any scale: no division (big.js rounds a quotient to Big.DP places, so 1e-300 ÷ 1 would be 0).
 */
export function ceilToMultiple(x: Big, unit: Big): Big {
  const rest = x.mod(unit);
  return rest.gt(0) ? x.minus(rest).plus(unit) : x;
}

/** Excel ROUND(x, 2) on the decimal value. */
export function roundMoney(x: Big): number {
  return toNumber(x.round(CENT_PLACES, HALF_AWAY_FROM_ZERO));
}

/** A decimal as the nearest double; -0 becomes 0. */
export function toNumber(x: Big): number {
  const n = Number(x.toString());
  return n === 0 ? 0 : n;
}
