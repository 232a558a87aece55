/**
 * What Explain shows, from what read.ts read: each HR call (or the function a form
 * column mirrors) run through the rules core as the worksheet function runs it
 * (`evaluate`'s argument handling, `invoke`), with its inputs and their cells, every
 * step with its rule ID and figure (`explainTrace`, as `calc --explain`), and warnings.
 * Pure: no Office, no React (tested in test/taskpane).
 */
import { toRawArg } from "../../../functions/adapter";
import type { PolicyState } from "../../../functions/policySource";
import { functionName } from "../../../functions/metadata";
import {
  BY_ID, display, errorMessage, explainTrace, formatIso, invoke, translate,
  type CellValue, type ExplainedStep, type FunctionSpec, type Lang, type ParamSpec, type Policy, type Raw,
} from "../../../rules";
import { colLetter, parseCell } from "../../../forms/address";
import { splitAddress, topLeft } from "../../address";
import type { FormulaArg, HrCall } from "./formula";
import { columnLabel, mirroredColumns, ROSTER_SPECS, tickValue, type MirrorRead, type RecognizedForm } from "./forms";
import { refKey, type RangeData, type ReadResult } from "./read";
import { EXPLAIN_TEXT, type ExplainTextKey } from "./texts";

export interface InputView {
  /** The parameter's label in the user's language. */
  label: string;
  /** Where the value came from: a cell address, "constant", "omitted", a nested call. */
  where: string;
  value: string;
  note?: string;
  /** A cell that can be explained in turn (its own HR formula, or a computed form column). */
  explain?: { sheet: string; cell: string };
}

export type CallResult =
  | { kind: "value"; value: string; raw: CellValue; steps: ExplainedStep[]; warnings: string[] }
  /** `form`: a form's or month sheet's own formula, not an HR call, is what the cell holds. */
  | { kind: "error"; message: string; form?: true }
  | { kind: "unresolved"; reasons: string[] };

export interface CallView {
  /** HR.<name> in the user's language. */
  name: string;
  inputs: InputView[];
  result: CallResult;
  nested: CallView[];
}

export type ExplainView =
  | { kind: "calls"; sheet: string; cell: string; formula?: string; shown: string; heading?: string; calls: CallView[]; differs?: string }
  | { kind: "none"; sheet: string; cell: string; text: string; formula?: string; covers: string }
  | { kind: "policy"; sheet: string };

const t = (key: ExplainTextKey, lang: Lang, args: Record<string, unknown> = {}) => translate(EXPLAIN_TEXT, key, lang, args);
function specOf(id: string): FunctionSpec {
  const spec = BY_ID.get(id);
  if (!spec) throw new Error(`no catalogue function ${id}`);
  return spec;
}
const hrName = (spec: FunctionSpec, lang: Lang) => `HR.${functionName(spec, lang)}`;
/** How many values of a range an input line shows before "…". */
const SHOWN_VALUES = 12;

/** A value as the pane shows it: dates of a date function also as YYYY-MM-DD. */
function shownValue(v: unknown, lang: Lang, spec?: FunctionSpec): string {
  if (spec?.result === "date" && typeof v === "number") return t("asDate", lang, { serial: v, date: formatIso(v) });
  return display(v, lang);
}

function shownRange(values: readonly (readonly unknown[])[], lang: Lang): string {
  const flat = values.flat();
  if (flat.length === 1) return display(flat[0], lang);
  const list = flat.slice(0, SHOWN_VALUES).map((v) => display(v, lang)).join(", ");
  return t("cells", lang, { count: flat.length, values: flat.length > SHOWN_VALUES ? `${list}, …` : list });
}

/** A range's values as the worksheet function receives them: one cell of a scalar parameter as the value itself. */
function rawOf(values: unknown[][], param: ParamSpec | undefined): Raw {
  const single = values.length === 1 && values[0].length === 1;
  return toRawArg(single && param?.shape.kind !== "range" ? values[0][0] : values);
}

function run(spec: FunctionSpec, raw: Raw[], reasons: string[], policy: Policy, lang: Lang, form = false): CallResult {
  if (reasons.length > 0) return { kind: "unresolved", reasons };
  const out = invoke(spec, raw, policy, lang);
  // An HR formula's error is the function's own #VALUE! message; on a form, the input is named as the form labels it.
  if (!out.ok) return form ? { kind: "error", message: errorMessage(spec, out.error, lang, "label"), form } : { kind: "error", message: errorMessage(spec, out.error, lang) };
  const e = explainTrace(out.trace, lang);
  return { kind: "value", value: shownValue(out.value, lang, spec), raw: out.value, steps: e.steps, warnings: e.warnings };
}

/** An HR call of a formula, its references read from `refs`. */
export function explainCall(call: HrCall, refs: ReadonlyMap<string, RangeData | null>, sheet: string, policy: Policy, lang: Lang): CallView {
  const { spec } = call;
  const inputs: InputView[] = [];
  const raw: Raw[] = [];
  const reasons: string[] = [];
  const nested: CallView[] = [];
  if (call.args.length > spec.params.length) reasons.push(t("extraArgs", lang, { max: spec.params.length }));
  spec.params.forEach((param, i) => {
    const arg: FormulaArg = call.args[i] ?? { kind: "omitted", text: "" };
    const label = param.label[lang];
    switch (arg.kind) {
      case "omitted":
        raw.push(null);
        inputs.push({ label, where: t("omitted", lang), value: param.default === undefined ? "—" : t("defaultValue", lang, { value: display(param.default, lang) }) });
        return;
      case "value":
        raw.push(arg.value);
        inputs.push({ label, where: t("constant", lang), value: display(arg.value, lang) });
        return;
      case "array":
        raw.push(arg.rows);
        inputs.push({ label, where: t("constant", lang), value: arg.text });
        return;
      case "expression":
        raw.push(null);
        reasons.push(t("expression", lang, { text: arg.text }));
        inputs.push({ label, where: arg.text, value: "?" });
        return;
      case "call": {
        const inner = explainCall(arg.call, refs, sheet, policy, lang);
        nested.push(inner);
        if (inner.result.kind === "value") raw.push(inner.result.raw);
        else { raw.push(null); reasons.push(`${inner.name}: ${inner.result.kind === "error" ? inner.result.message : inner.result.reasons.join("; ")}`); }
        inputs.push({ label, where: t("nested", lang, { name: inner.name }), value: inner.result.kind === "value" ? inner.result.value : "?" });
        return;
      }
      case "ref": {
        const got = refs.get(refKey(arg));
        const values = got?.values ?? [[null]];
        raw.push(rawOf(values, param));
        const single = values.length === 1 && values[0].length === 1;
        const cellFormula = single ? got?.formulas[0]?.[0] : undefined;
        const holdsHr = typeof cellFormula === "string" && /\bHR\./i.test(cellFormula);
        const where = got ? splitAddress(got.address) : { sheet: arg.sheet, range: arg.range };
        const shownWhere = `${arg.sheet && arg.sheet !== sheet ? `${arg.sheet}!` : ""}${where.range}`;
        inputs.push({
          label, where: shownWhere, value: shownRange(values, lang),
          ...(holdsHr ? { note: t("holdsHr", lang), explain: { sheet: where.sheet ?? arg.sheet ?? sheet, cell: topLeft(where.range) } } : {}),
        });
        return;
      }
    }
  });
  return { name: hrName(spec, lang), inputs, result: run(spec, raw, reasons, policy, lang), nested };
}

/** The indicator figures of a csPay row as CSPAY takes them (E-2): met or not per target, blank where none is set. */
function indicatorsMet(values: readonly unknown[], policy: Policy, lang: Lang): (boolean | null)[] {
  const targets = policy.values["csPay.indicatorTargets"];
  const names = Object.keys(targets);
  return values.map((v, k) => {
    const name = names[k];
    if (name === undefined || targets[name].target === null) return null;
    if (v === null || v === undefined || v === "") return false; // a figure missing where a target is set counts as missed, as on the form
    const met = invoke(specOf("INDICATORMET"), [name, v as Raw], policy, lang);
    return met.ok && met.value === true;
  });
}

const blank = (v: unknown) => v === null || v === undefined || v === "";

/**
 * A whole column within this row's group (MirrorRead.within): the column's values on the
 * rows whose group equals this row's when any row has a group, else all of them; the
 * range they came from and the group, if any.
 */
function withinGroup(read: MirrorRead, data: RangeData | null): { values: unknown[][]; range: string; group?: string } {
  const w = read.within!;
  const rows = data?.values ?? [];
  const { range } = splitAddress(data?.address ?? read.range);
  const top = parseCell(topLeft(range)).row;
  const bottom = top + Math.max(rows.length, 1) - 1;
  const letter = colLetter(w.valueCol);
  const at = (r: readonly unknown[], col: number) => r[col - w.left];
  const own = rows[w.row - top] === undefined ? undefined : at(rows[w.row - top], w.groupCol);
  const grouped = rows.some((r) => !blank(at(r, w.groupCol)));
  const kept = grouped ? rows.filter((r) => at(r, w.groupCol) === own) : rows;
  return { values: kept.map((r) => [at(r, w.valueCol)]), range: `${letter}${top}:${letter}${bottom}`, group: grouped && !blank(own) ? String(own) : undefined };
}

function mirrorRaw(read: MirrorRead, data: RangeData | null, param: ParamSpec | undefined, policy: Policy, lang: Lang): Raw {
  const values = data?.values ?? [[null]];
  if (read.as === "ticks") return rawOf(values.map((r) => r.map(tickValue)), param);
  if (read.as === "indicators") return [indicatorsMet(values.flat(), policy, lang)];
  return rawOf(values, param);
}

function differs(excel: unknown, result: CallResult, lang: Lang): string | undefined {
  if (result.kind !== "value" || typeof excel !== "number" || typeof result.raw !== "number") return undefined;
  return Math.abs(excel - result.raw) > Number.EPSILON * Math.max(1, Math.abs(excel)) ? t("differs", lang, { excel: display(excel, lang), core: result.value }) : undefined;
}

/** What Explain can explain: on a roster form its mirrored columns, elsewhere any HR formula and the forms' columns. */
export function coverage(form: RecognizedForm | undefined, lang: Lang): string {
  const sep = lang === "en" ? ", " : "、";
  if (form?.spec.roster) return t("canExplainHere", lang, { columns: mirroredColumns(form.spec).map((c) => columnLabel(c, lang)).join(sep) });
  const all = ROSTER_SPECS.flatMap((s) => mirroredColumns(s)).map((c) => columnLabel(c, lang));
  return t("canExplain", lang, { columns: [...new Set(all)].join(sep) });
}

export function explainView(read: ReadResult, state: PolicyState, lang: Lang): ExplainView {
  const { cell } = read;
  if (read.kind === "other") {
    const form = read.form;
    const base = { kind: "none" as const, sheet: cell.sheet, cell: cell.cell, formula: cell.formula ?? undefined, covers: coverage(form, lang) };
    if (read.unreadable) return { ...base, text: t("none.unreadable", lang, { cell: cell.cell }) };
    if (form) {
      const formTitle = form.spec.title[lang];
      if (!read.target) return { ...base, text: t("none.formHeader", lang, { cell: cell.cell, form: formTitle }) };
      const column = columnLabel(read.target.column, lang);
      if (read.target.column.kind !== "formula") return { ...base, text: t("none.formInput", lang, { cell: cell.cell, form: formTitle, column }) };
      if (cell.formula === null) return { ...base, text: t(blank(cell.value) ? "none.empty" : "none.value", lang, { cell: cell.cell }) }; // below the roster, or typed over
      return { ...base, text: t("none.formOther", lang, { cell: cell.cell, form: formTitle, column }) };
    }
    const key = cell.formula !== null ? "none.noHr" : cell.value === "" || cell.value === null || cell.value === undefined ? "none.empty" : "none.value";
    return { ...base, text: t(key, lang, { cell: cell.cell }) };
  }
  if (!state.ok) return { kind: "policy", sheet: state.sheet };
  const policy = state.policy;
  const shown = display(cell.value, lang);

  if (read.kind === "formula") {
    const calls = read.calls.map((c) => explainCall(c, read.refs, cell.sheet, policy, lang));
    const alone = read.calls.length === 1 && cell.formula?.replace(/^=\s*/, "").trim() === read.calls[0].text.trim();
    return { kind: "calls", sheet: cell.sheet, cell: cell.cell, formula: cell.formula ?? undefined, shown, calls, differs: alone ? differs(cell.value, calls[0].result, lang) : undefined };
  }

  const { target } = read;
  const mirror = target.column.mirrors!;
  const spec = specOf(mirror.fn);
  const formTitle = target.form.spec.title[lang];
  const inputs: InputView[] = [];
  const raw: Raw[] = [];
  const reasons: string[] = [];
  read.reads.forEach(({ read: r, data }, i) => {
    const param = spec.params[i];
    // E-2: with no target set, no indicator can be met or missed — the sheet says 目标未设定 and pays nothing.
    if (r.as === "indicators" && Object.values(policy.values["csPay.indicatorTargets"]).every((x) => x.target === null)) reasons.push(t("noTargets", lang));
    const group = r.within ? withinGroup(r, data) : undefined;
    const value = group ? rawOf(group.values, param) : mirrorRaw(r, data, param, policy, lang);
    raw.push(value);
    const key = typeof r.arg === "string" ? r.arg : r.arg.cols;
    const source = target.form.spec.roster!.columns.find((c) => c.key === key.split(":")[0]);
    const range = group?.range ?? (data ? splitAddress(data.address).range : r.range);
    const computed = !r.column && source?.kind === "formula";
    inputs.push({
      // One column of the row: named as its header says (what HR sees on the sheet); a span or a whole column by the function's word for it.
      label: source && !key.includes(":") ? columnLabel(source, lang) : param?.label[lang] ?? key, where: range,
      value: r.as && data ? shownRange(data.values, lang) : Array.isArray(value) ? shownRange(value as unknown[][], lang) : display(value, lang),
      ...(computed ? { note: t("holdsFormula", lang), explain: { sheet: cell.sheet, cell: topLeft(range) } } : {}),
      ...(group?.group !== undefined ? { note: t("withinGroup", lang, { group: group.group }) } : {}),
    });
  });
  const result = run(spec, raw, reasons, policy, lang, true);
  const heading = t("formRow", lang, { form: formTitle, row: target.row, column: columnLabel(target.column, lang), name: hrName(spec, lang) });
  return { kind: "calls", sheet: cell.sheet, cell: cell.cell, formula: cell.formula ?? undefined, shown, heading, calls: [{ name: hrName(spec, lang), inputs, result, nested: [] }], differs: differs(cell.value, result, lang) };
}
