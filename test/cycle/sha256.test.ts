/**
 * The pure SHA-256 against the FIPS 180-4 / NIST test vectors and Node's own
 * implementation, and the canonical input record of a month written out by hand.
 */
import { createHash } from "node:crypto";
import { canonicalRecord, evaluateMonth, inputsSha256, sha256Hex, utf8Bytes, type Employee } from "../../src/cycle";

const node = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("SHA-256", () => {
  test.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
    ["abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"],
  ])("NIST vector %#", (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  test("one million 'a' (NIST long message)", () => {
    expect(sha256Hex("a".repeat(1_000_000))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  test("every padding boundary (55, 56, 63, 64, 65 bytes) and non-ASCII text agree with node:crypto", () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120, 128]) expect(sha256Hex("x".repeat(n))).toBe(node("x".repeat(n)));
    for (const s of ["考核 2026-11", "業務員考核", "✓ 😀 €", "\u0000", "\ud800 lone surrogate"]) expect(sha256Hex(s)).toBe(node(s));
  });

  test("UTF-8 bytes as the standard encodes them", () => {
    expect([...utf8Bytes("A考😀")]).toEqual([0x41, 0xe8, 0x80, 0x83, 0xf0, 0x9f, 0x98, 0x80]);
    expect([...utf8Bytes("\ud800")]).toEqual([0xef, 0xbf, 0xbd]);
  });
});

describe("the canonical input record (EVALUATION.md, Finalizing a month)", () => {
  test("store: [id, selfScore, managerScore, performanceBase] in roster order, blanks null, numbers shortest, no spaces", () => {
    const employees: Employee[] = [
      { id: "C02", name: "Ben", dept: null, values: { selfScore: 59.5, managerScore: "", performanceBase: "1,500" } },
      { id: "C01", name: "Amy", dept: null, values: { selfScore: "80", managerScore: 90.0, performanceBase: 2000 } },
    ];
    const month = evaluateMonth(employees, { scheme: "store", month: "2026-11", lang: "zh-CN" });
    // Written by hand: roster order (C02 first), "80" read as 80, "1,500" as 1500, the blank as null.
    const byHand = '[["C02",59.5,null,1500],["C01",80,90,2000]]';
    expect(canonicalRecord(month)).toBe(byHand);
    expect(inputsSha256(month)).toBe(node(byHand));
    // sha256sum of the 43 bytes above (printf '%s' '…' | sha256sum).
    expect(inputsSha256(month)).toBe("b5f9c90b2c6d7fa736e96e2c18db72d9ab8ae195d0dd3825d2861b0212b6de1a");
  });

  test("sales: ticks are booleans (blank = FALSE), rates as fractions, 32 inputs per employee", () => {
    const month = evaluateMonth([{ id: "S1", name: null, dept: null, values: { fault1: 2, repeated1: "✓", absence1: 0.5, totalPay: 10000, completionRate: "80%" } }],
      { scheme: "sales", month: "2026-11", lang: "en" });
    const faults = [2, ...Array(11).fill(null)];
    const repeats = [true, ...Array(11).fill(false)];
    const byHand = JSON.stringify([["S1", ...faults, ...repeats, 0.5, null, null, null, 10000, 0.8, null]]);
    expect(byHand).toBe('[["S1",2,null,null,null,null,null,null,null,null,null,null,null,true,false,false,false,false,false,false,false,false,false,false,false,0.5,null,null,null,10000,0.8,null]]');
    expect(canonicalRecord(month)).toBe(byHand);
    expect(inputsSha256(month)).toBe(node(byHand));
  });
});
