/** P-2 and FUNCTIONS.md rounding: Excel ROUND on the decimal value; exact score decimals. */
import { dec, roundMoney } from "../../src/rules/decimal";
import { calc } from "../support/calc";

describe("money rounding (P-2)", () => {
  test("924.345 → 924.35 and 70.195 → 70.2, where binary shortcuts go wrong", () => {
    // The traps this module avoids (924.345 happens to survive them; 70.195 and 1.005 do not):
    expect((70.195).toFixed(2)).toBe("70.19");
    expect(Math.round(70.195 * 100) / 100).toBe(70.19);
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundMoney(dec(924.345))).toBe(924.35);
    expect(roundMoney(dec(70.195))).toBe(70.2);
  });

  test("half away from zero, like Excel ROUND, on negatives too", () => {
    expect(roundMoney(dec(-924.345))).toBe(-924.35);
    expect(roundMoney(dec(0.005))).toBe(0.01);
    expect(roundMoney(dec(0.004999))).toBe(0);
    expect(roundMoney(dec(1.005))).toBe(1.01); // 1.005 is 1.00499999… as a double
  });

  test("through the functions: the same cases reach the cell rounded once, at the end", () => {
    expect(calc("SALESPAY", 0, 0, 0, 924.345)).toBe("924.35");
    expect(calc("SALESPAY", 0, 0, 0, 70.195)).toBe("70.2");
    // 1,234.5 × 77 ÷ 100 = 950.565 → 950.57 (the double product is 950.5649999…).
    expect(calc("PERFPAY", 1234.5, 77)).toBe("950.57");
    // 3‰ of 123,456.5 = 370.3695; + 0 + 0 → 370.37.
    expect(calc("CSPAY", 123456.5, 0, 0, true)).toBe("370.37");
    // F-10, no rounding in between: 3,333.33 × (0.5 + 0.35 × 0.333 + 0.15 × 0.777)
    // = 1,666.665 + 388.499… (1,166.6655 × 0.333 = 388.4996115) + 388.498… (499.9995 × 0.777 = 388.4996115) = 2,443.664223 → 2,443.66
    expect(calc("SALESPAY", 3333.33, 0.333, 77.7)).toBe("2443.66");
  });

  test("scores are exact decimals, never binary noise", () => {
    expect(0.7 * 85 + 0.3 * 88).not.toBe(85.9); // the noise
    expect(calc("MONTHLYSCORE", 85, 88)).toBe("85.9");
    expect(calc("REVIEWSCORE", 33.3, 66.6)).toBe("56.61"); // 9.99 + 46.62
    expect(calc("MONTHLYSCORE", 0.1, 0.2)).toBe("0.13"); // 0.07 + 0.06
  });
});
