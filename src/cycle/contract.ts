/**
 * Reporting constants of EVALUATION.md (not rulebook numbers). The lowest band
 * edge of the summary is the policy's pass mark (perfPay.passScore, 60 by
 * default: F-3/G-2 "under 60", H-5); these are the edges above it.
 */
export const SUMMARY_BAND_EDGES_ABOVE_PASS: readonly number[] = [70, 80, 90];

/** A month is written YYYY-MM. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

const MONTHS = 12;

/** The month before a YYYY-MM month ("2026-01" → "2025-12"). */
export function previousMonth(month: string): string {
  const m = MONTH_PATTERN.exec(month);
  if (!m) throw new Error(`not a YYYY-MM month: ${month}`);
  const [year, mon] = [Number(m[1]), Number(m[2])];
  return mon === 1 ? `${year - 1}-${String(MONTHS)}` : `${year}-${String(mon - 1).padStart(2, "0")}`;
}

/** The month after a YYYY-MM month ("2026-12" → "2027-01"). */
export function nextMonth(month: string): string {
  const m = MONTH_PATTERN.exec(month);
  if (!m) throw new Error(`not a YYYY-MM month: ${month}`);
  const [year, mon] = [Number(m[1]), Number(m[2])];
  return mon === MONTHS ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, "0")}`;
}
