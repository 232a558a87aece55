/**
 * The testable heart of `calc`: argument parsing, evaluation, output lines.
 * No process or file access here.
 */
import {
  arity, errorMessage, explainTrace, findFunction, formatStep, invoke,
  type CalcArg, type CellValue, type Lang, type Outcome, type Policy, type Raw,
} from "../rules";

/** FUNCTIONS.md: a number; TRUE/FALSE; a JSON array as a range (flat = one row); "" as blank; else text. */
export function parseCliArg(text: string): CalcArg {
  if (text === "") return null;
  if (/^(true|false)$/i.test(text)) return text.toUpperCase() === "TRUE";
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) return Number(text);
  if (text.trim().startsWith("[")) {
    try {
      const v: unknown = JSON.parse(text);
      if (Array.isArray(v)) return v as CalcArg[];
    } catch { /* not JSON: text */ }
  }
  return text;
}

/** A calc argument as Excel would pass it: arrays become rows of cells. */
export function toRaw(arg: CalcArg): Raw {
  if (!Array.isArray(arg)) return arg;
  const rows = arg.every(Array.isArray) && arg.length > 0 ? (arg as CalcArg[][]) : [arg];
  return rows.map((r) => r.map((c) => (Array.isArray(c) ? (c as unknown as Raw) : c))) as Raw[][];
}

/** An argument as an Excel formula writes it: arrays as array constants ({1,2;3,4}), text quoted. */
export function excelArg(a: CalcArg): string {
  if (a === null) return "";
  if (typeof a === "boolean") return a ? "TRUE" : "FALSE";
  if (typeof a === "number") return String(a);
  if (typeof a === "string") return `"${a.replace(/"/g, '""')}"`;
  const rows = a.every(Array.isArray) ? (a as CalcArg[][]) : [a];
  return `{${rows.map((r) => r.map(excelArg).join(",")).join(";")}}`;
}

export function formatValue(v: CellValue): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return Object.is(v, -0) ? "0" : String(v);
  return v;
}

export interface CalcResult {
  line: string;
  usage: boolean;
  outcome?: Outcome<CellValue>;
}

export function evaluateLine(name: string, args: readonly CalcArg[], policy: Policy, lang: Lang): CalcResult {
  const spec = findFunction(name);
  if (!spec) return { line: `#NAME? unknown function ${name}`, usage: true };
  const { min, max } = arity(spec);
  if (args.length < min || args.length > max) {
    const sig = spec.params.map((p) => (p.default === undefined ? p.name : `[${p.name}]`)).join(", ");
    return { line: `#N/A ${spec.id} takes ${min === max ? min : `${min}–${max}`} arguments (${sig}); got ${args.length}`, usage: true };
  }
  const outcome = invoke(spec, args.map(toRaw), policy, lang);
  const line = outcome.ok ? formatValue(outcome.value) : `#VALUE! ${errorMessage(spec, outcome.error, lang)}`;
  return { line, usage: false, outcome };
}

/** --explain: inputs, each step with its rule ID and figure, then warnings. */
export function explainLines(r: CalcResult, lang: Lang): string[] {
  if (!r.outcome?.ok) return [];
  const e = explainTrace(r.outcome.trace, lang);
  return [
    `${formatStep("explain.inputs", lang)}: ${e.inputs.map((i) => `${i.name}=${i.value}`).join(", ")}`,
    ...e.steps.map((s) => `${s.rule}  ${s.text} = ${s.value}`),
    ...e.warnings.map((w) => `⚠ ${w}`),
  ];
}
