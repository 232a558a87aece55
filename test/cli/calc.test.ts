/** The `calc` command as a user runs it: `npm run -s calc -- …` (FUNCTIONS.md "The calc command"). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/spec";

function calc(args: string[], input?: string) {
  const r = spawnSync("npm", ["run", "-s", "calc", "--", ...args], { cwd: ROOT, encoding: "utf8", input });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

describe("npm run -s calc", () => {
  test("the issue's done-when lines", () => {
    expect(calc(["SALESPAY", "10000", "0.8", "90"])).toMatchObject({ out: "9150\n", code: 0 });
    expect(calc(["--lang", "en", "APPROVER", "5000"])).toMatchObject({ out: "General manager\n", code: 0 });
    const bad = calc(["SALESPAY", "10000", "0.8", "105"]);
    expect(bad.code).toBe(0);
    expect(bad.out).toMatch(/^#VALUE! .*dailyScore.*0–100/);
  });

  test("arguments: JSON ranges, TRUE/FALSE, empty string as blank, text", () => {
    expect(calc(["ATTENDANCESCORE", "[[1,0.5,0.5]]"]).out).toBe("88\n");
    expect(calc(["CSPAY", "200000", "500", "3000", "[true,true,false]"]).out).toBe("3600\n");
    expect(calc(["--lang", "en", "SALESPAY", "", "0.8", "90"]).out).toBe("#VALUE! totalPay (total pay): is required\n");
    expect(calc(["NOTICEDAYS", "2024-03-15", "2025-03-14"]).out).toBe("10\n");
    expect(calc(["PROMOTIONELIGIBLE", "FALSE"]).out).toBe("TRUE\n");
  });

  test("unknown function or wrong number of arguments: exit 2 with a usage line", () => {
    const unknown = calc(["NOSUCH", "1"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^#NAME\? 未知的函数 NOSUCH\nusage: npm run -s calc --/);
    const arity = calc(["--lang", "en", "SALESPAY", "1"]);
    expect(arity.code).toBe(2);
    expect(arity.err).toMatch(/SALESPAY takes 3–4 arguments \(totalPay, completionRate, dailyScore, \[overPlanBonus\]\); got 1/);
  });

  test("--explain prints each input, each rule with its ID and each figure", () => {
    const r = calc(["--lang", "en", "--explain", "SALESPAY", "10000", "0.8", "90"]);
    expect(r.out.split("\n")).toEqual([
      "9150",
      "  inputs: totalPay=10000, completionRate=0.8, dailyScore=90, overPlanBonus=0",
      "  F-10  base = total pay × 0.5 = 5000",
      "  F-10  completion counted (capped at 1) = 0.8",
      "  F-10  plan pay = total pay × 0.35 × completion = 2800",
      "  F-10  daily-work pay = total pay × 0.15 × score ÷ 100 = 1350",
      "  P-2  money rounded to the cent, half away from zero = 9150",
      "",
    ]);
  });

  test("--batch reads one JSON array per line and prints one result per line", () => {
    const input = ['["SALESPAY", 10000, 0.8, 90]', '["APPROVER", 1000.01]', '["ANNUALSCORE", [80,80,80,80,80,80,80,80,80,80,80,null]]', '["MONTHLYSCORE", 85, 88]'].join("\n");
    const r = calc(["--batch", "-"], input);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("9150");
    expect(lines[1]).toBe("副总经理");
    expect(lines[2]).toMatch(/^#VALUE! monthlyScores（月度得分）：第 12 个月为空白/);
    expect(lines[3]).toBe("85.9");
    const dir = mkdtempSync(join(tmpdir(), "kaohe-"));
    writeFileSync(join(dir, "in.jsonl"), '["NOSUCH"]\n["PERFPAY", 2000, 59]\n');
    const f = calc(["--lang", "en", "--batch", join(dir, "in.jsonl")]);
    expect(f.out).toBe("#NAME? unknown function NOSUCH\n826\n");
    expect(f.code).toBe(2);
  });

  test("--policy uses a policy file; a bad one is refused naming the key", () => {
    const dir = mkdtempSync(join(tmpdir(), "kaohe-"));
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ version: "2027.1", published: "2027-01-01", values: { "monthly.dailyWeight": 0.6, "monthly.attendanceWeight": 0.4 } }));
    expect(calc(["--policy", good, "MONTHLYSCORE", "85", "88"]).out).toBe("86.2\n"); // 51 + 35.2
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ values: { "monthly.dailyWeight": 0.6 } }));
    const r = calc(["--lang", "en", "--policy", bad, "MONTHLYSCORE", "85", "88"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/monthly.dailyWeight \+ monthly.attendanceWeight: must add up to 1/);
  });

  test("a spilled result prints as one line of JSON, an element's error as {error, message} (README: a whole roster in one call)", () => {
    const pay = calc(["SALESPAY", "[[10000],[8000]]", "0.8", "[[90],[105]]"]);
    expect(pay.code).toBe(0);
    expect(pay.out).toBe('[[9150],[{"error":"#VALUE!","message":"dailyScore（日常工作得分）：105 超出范围，允许 0–100"}]]\n');
    expect(JSON.parse(pay.out)[1][0]).toEqual({ error: "#VALUE!", message: "dailyScore（日常工作得分）：105 超出范围，允许 0–100" });
    expect(calc(["--lang", "en", "RANKBONUS", "[[95],[88],[70]]", "[[95],[88],[70]]"]).out).toBe("[[100],[0],[-100]]\n");
    // --batch: one line per input line, a spilled one included; --explain: each element under its [row,column].
    const batch = calc(["--lang", "en", "--batch", "-"], '["MONTHLYSCORE", [[85],[80]], 88]\n["MONTHLYSCORE", 85, 88]\n');
    expect(batch.out).toBe("[[85.9],[82.4]]\n85.9\n"); // 59.5 + 26.4; 56 + 26.4
    const explained = calc(["--lang", "en", "--explain", "PERFPAY", "[[2000,1000]]", "59"]).out.split("\n");
    expect(explained.slice(0, 3)).toEqual(["[[826,413]]", "  [1,1]", "    inputs: performanceBase=2000, score=59"]); // H-5: 1,180 × 0.7; 590 × 0.7
    expect(explained).toContain("  [1,2]");
  });

  test("--lang zh-TW", () => {
    expect(calc(["--lang", "zh-TW", "APPROVER", "1000"]).out).toBe("銷售部門經理\n");
  });
});
