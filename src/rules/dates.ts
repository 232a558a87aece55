/**
 * Excel 1900-system date serials, civil dates only.
 *
 * Serial 1 = 1900-01-01. Excel counts a 1900-02-29 that never existed as
 * serial 60; it is refused here. Serials 61 and later are days since
 * 1899-12-30, which is the range HR data lives in. Time-of-day fractions are
 * dropped, as Excel's date functions do (INT).
 */
export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

// Calendar constants, not rulebook numbers.
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const FAKE_LEAP_DAY_SERIAL = 60;
const MONTHS_PER_YEAR = 12;
export const MIN_SERIAL = 1;
export const MAX_SERIAL = 2_958_465; // 9999-12-31

export function isValidSerial(serial: number): boolean {
  const whole = Math.trunc(serial);
  return Number.isFinite(serial) && whole >= MIN_SERIAL && whole <= MAX_SERIAL && whole !== FAKE_LEAP_DAY_SERIAL;
}

export function serialToCivil(serial: number): CivilDate {
  let whole = Math.trunc(serial);
  if (whole < FAKE_LEAP_DAY_SERIAL) whole += 1; // before Excel's phantom leap day
  const d = new Date(EXCEL_EPOCH_UTC + whole * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The serial of a civil date (any year: 0024 is the year 24, not 1924); outside 1900–9999 it is not a valid serial. */
export function civilToSerial({ year, month, day }: CivilDate): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  const whole = Math.round((d.getTime() - EXCEL_EPOCH_UTC) / MS_PER_DAY);
  return whole <= FAKE_LEAP_DAY_SERIAL ? whole - 1 : whole;
}

export function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** ISO text YYYY-MM-DD of a real calendar date, or undefined. */
export function parseIsoDate(text: string): CivilDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > MONTHS_PER_YEAR || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIso(serial: number): string {
  const { year, month, day } = serialToCivil(serial);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Excel DATEDIF(start, end, "m"): whole months completed. Requires start <= end. */
export function datedifMonths(startSerial: number, endSerial: number): number {
  const a = serialToCivil(startSerial);
  const b = serialToCivil(endSerial);
  const months = (b.year - a.year) * MONTHS_PER_YEAR + (b.month - a.month);
  return b.day < a.day ? months - 1 : months;
}

/** Excel EDATE(start, months): same day of month, clamped to the month's last day. */
export function edate(startSerial: number, months: number): number {
  const a = serialToCivil(startSerial);
  const index = a.year * MONTHS_PER_YEAR + (a.month - 1) + months;
  const year = Math.floor(index / MONTHS_PER_YEAR);
  const month = (index % MONTHS_PER_YEAR) + 1;
  return civilToSerial({ year, month, day: Math.min(a.day, daysInMonth(year, month)) });
}

/**
 * serial + days in civil days: Excel's phantom 1900-02-29 (serial 60) is
 * neither counted nor produced (1900-02-28 + 1 day = 1900-03-01 = 61).
 */
export function addDays(serial: number, days: number): number {
  const whole = Math.trunc(serial);
  const civilDay = (whole < FAKE_LEAP_DAY_SERIAL ? whole : whole - 1) + days;
  return civilDay < FAKE_LEAP_DAY_SERIAL ? civilDay : civilDay + 1;
}
