/**
 * The testable heart of `calc`: argument parsing, evaluation, output lines.
 * No process or file access here.
 */
import {
  arity, errorMessage, escapeControl, explainTrace, findFunction, formatError, formatStep, invokeSpill, shownCells, typedText,
  type CalcArg, type CellValue, type Lang, type Outcome, type Policy, type Raw, type ShownCell,
} from "../rules";
import { cliText, renderCli } from "./messages";

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

/**
 * A result as calc prints it: a number in JavaScript's shortest form, TRUE/FALSE, text as
 * it is; a spilled result as one line of JSON, rows of cells, an element's error as
 * {"error":"#VALUE!","message":"…"} (`[[9150],[{"error":"#VALUE!","message":"dailyScore…"}]]`).
 */
export function formatValue(v: CellValue | readonly (readonly ShownCell[])[]): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return Object.is(v, -0) ? "0" : String(v);
  return JSON.stringify(v);
}

export interface CalcResult {
  line: string;
  usage: boolean;
  /** A single result's outcome. */
  outcome?: Outcome<CellValue>;
  /** A spilled result's outcomes, one per element. */
  cells?: Outcome<CellValue>[][];
}

export function evaluateLine(name: string, args: readonly CalcArg[], policy: Policy, lang: Lang): CalcResult {
  const spec = findFunction(name);
  if (!spec) return { line: `#NAME? ${renderCli(cliText("calc.unknownFunction", { name: typedText(name, lang, false) }), lang)}`, usage: true };
  const { min, max } = arity(spec);
  if (args.length < min || args.length > max) {
    const sig = spec.params.map((p) => (p.default === undefined ? p.name : `[${p.name}]`)).join(", ");
    const count = min === max ? min : `${min}–${max}`;
    return { line: `#N/A ${renderCli(cliText("calc.arity", { name: spec.id, count, signature: sig, given: args.length }), lang)}`, usage: true };
  }
  const result = invokeSpill(spec, args.map(toRaw), policy, lang);
  if (result.spilled) return { line: formatValue(shownCells(spec, result.cells, lang)), usage: false, cells: result.cells };
  const { outcome } = result;
  const line = outcome.ok ? formatValue(outcome.value) : `#VALUE! ${errorMessage(spec, outcome.error, lang)}`;
  return { line: escapeControl(line), usage: false, outcome };
}

/** The lines of a batch text: a final newline ends the last line rather than starting an empty one. */
function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * `calc --batch`: one result per input line, in order (FUNCTIONS.md): a blank
 * line gives an empty line; a line that is not `["NAME", arg, …]` gives `#N/A`
 * echoing it (escaped, cut); nothing a line holds can stop the lines after it.
 */
export function* batchLines(text: string, policy: Policy, lang: Lang): Generator<CalcResult> {
  for (const raw of splitLines(text)) {
    if (raw.trim() === "") { yield { line: "", usage: false }; continue; }
    let parsed: unknown;
    try { parsed = JSON.parse(raw); } catch { parsed = undefined; }
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string") {
      yield { line: `#N/A ${renderCli(cliText("calc.notArray", { line: typedText(raw, lang, false) }), lang)}`, usage: true };
      continue;
    }
    try {
      yield evaluateLine(parsed[0], parsed.slice(1) as CalcArg[], policy, lang);
    } catch (e) {
      const given = e instanceof Error ? e.message : String(e);
      yield { line: escapeControl(`#VALUE! ${formatError({ kind: "input", code: "internal", param: parsed[0], given }, lang)}`), usage: false };
    }
  }
}

function outcomeLines(outcome: Outcome<CellValue> | undefined, lang: Lang): string[] {
  if (!outcome?.ok) return [];
  const e = explainTrace(outcome.trace, lang);
  return [
    `${formatStep("explain.inputs", lang)}: ${e.inputs.map((i) => `${i.name}=${i.value}`).join(", ")}`,
    ...e.steps.map((s) => `${s.rule}  ${s.text} = ${s.value}`),
    ...e.warnings.map((w) => `⚠ ${w}`),
  ];
}

/** --explain: inputs, each step with its rule ID and figure, then warnings; a spilled result's, element by element under its [row,column]. */
export function explainLines(r: CalcResult, lang: Lang): string[] {
  if (!r.cells) return outcomeLines(r.outcome, lang);
  return r.cells.flatMap((row, i) => row.flatMap((o, j) => {
    const lines = outcomeLines(o, lang);
    return lines.length > 0 ? [`[${i + 1},${j + 1}]`, ...lines.map((l) => `  ${l}`)] : [];
  }));
}
