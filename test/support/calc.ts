/** Test helper: evaluate a catalogue function as `calc` would and return its printed line. */
import { evaluateLine } from "../../src/cli/calcCore";
import { DEFAULT_POLICY, type CalcArg, type Lang, type Policy } from "../../src/rules";

export function calc(name: string, ...args: CalcArg[]): string {
  return evaluateLine(name, args, DEFAULT_POLICY, "zh-CN").line;
}

export function calcIn(lang: Lang, name: string, ...args: CalcArg[]): string {
  return evaluateLine(name, args, DEFAULT_POLICY, lang).line;
}

export function calcWith(policy: Policy, name: string, ...args: CalcArg[]): string {
  return evaluateLine(name, args, policy, "en").line;
}

/** The numeric result of a call; fails the test with the printed line if it is not a number. */
export function calcNumber(name: string, ...args: CalcArg[]): number {
  const line = calc(name, ...args);
  const n = Number(line);
  if (line === "" || !Number.isFinite(n)) throw new Error(`${name}(${JSON.stringify(args)}) printed ${line}`);
  return n;
}
