/** Excel 1900-system serials, DATEDIF(…,"m") and EDATE, at every edge. */
import { civilToSerial, datedifMonths, edate, formatIso, isValidSerial, parseIsoDate, serialToCivil } from "../../src/rules/dates";

const s = (iso: string) => civilToSerial(parseIsoDate(iso)!);

describe("serials", () => {
  test("45366 is 2024-03-15 (FUNCTIONS.md); 1 is 1900-01-01; 61 is 1900-03-01; 59 is 1900-02-28", () => {
    expect(formatIso(45366)).toBe("2024-03-15");
    expect(s("2024-03-15")).toBe(45366);
    expect(formatIso(1)).toBe("1900-01-01");
    expect(formatIso(59)).toBe("1900-02-28");
    expect(formatIso(61)).toBe("1900-03-01");
    expect(s("1900-03-01")).toBe(61);
    expect(s("9999-12-31")).toBe(2958465);
  });

  test("Excel's phantom 1900-02-29 (serial 60), 0 and beyond 9999 are not civil dates", () => {
    expect(isValidSerial(60)).toBe(false);
    expect(isValidSerial(0)).toBe(false);
    expect(isValidSerial(2958466)).toBe(false);
    expect(isValidSerial(45366.5)).toBe(true);
    expect(serialToCivil(45366.99)).toEqual({ year: 2024, month: 3, day: 15 });
  });

  test("ISO text: real dates only", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2023-02-29")).toBeUndefined();
    expect(parseIsoDate("2024-13-01")).toBeUndefined();
    expect(parseIsoDate("2024-3-1")).toBeUndefined();
  });

  test("round trip over every day of 1900–2100", () => {
    for (let serial = 1; serial <= s("2100-12-31"); serial++) {
      if (serial === 60) continue;
      expect(civilToSerial(serialToCivil(serial))).toBe(serial);
    }
  });
});

describe("DATEDIF m", () => {
  test.each([
    ["2024-03-15", "2025-03-14", 11],
    ["2024-03-15", "2025-03-15", 12],
    ["2024-01-31", "2024-02-29", 0],
    ["2024-01-31", "2024-03-30", 1],
    ["2024-01-31", "2024-03-31", 2],
    ["2024-02-29", "2025-02-28", 11],
    ["2024-02-29", "2025-03-01", 12],
    ["2024-12-31", "2025-01-01", 0],
    ["2024-03-15", "2024-03-15", 0],
  ])("%s → %s = %i", (a, b, m) => {
    expect(datedifMonths(s(a), s(b))).toBe(m);
  });
});

describe("EDATE", () => {
  test.each([
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-12-15", 1, "2025-01-15"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-03-31", -1, "2024-02-29"],
  ])("%s + %i month = %s", (a, n, b) => {
    expect(formatIso(edate(s(a), n))).toBe(b);
  });
});
