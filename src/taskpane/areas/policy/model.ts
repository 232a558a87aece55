/**
 * Policy problems as HR reads them (issue 9, defects 1 and 3): each key is named by
 * what it means (the first clause of its note, column E of the policy sheet), not by
 * its internal key, and carries the cell it is in so the pane can select it.
 */
import type { PolicyState } from "../../../functions/policySource";
import { POLICY_TABLE, problemMessage, type Lang, type PolicyKey, type PolicyProblem } from "../../../rules";
import { POLICY_NOTES } from "../../../rules/policy/notes";
import { translate } from "../../../rules";
import { POLICY_TEXT } from "./texts";

export interface ProblemCell {
  key: string;
  label: string;
  /** The key's value cell on the policy sheet (B27), when the sheet has the key. */
  address?: string;
}

export interface ProblemView {
  text: string;
  cells: ProblemCell[];
}

const isPolicyKey = (k: string): k is PolicyKey => Object.prototype.hasOwnProperty.call(POLICY_TABLE, k);

/** What a key means, briefly: its note up to the first clause break. Unknown keys stay as typed. */
export function keyLabel(key: string, lang: Lang): string {
  if (key === "version" || key === "published") return translate(POLICY_TEXT, key, lang);
  if (!isPolicyKey(key)) return key;
  return POLICY_NOTES[key][lang].split(/[；。;]/)[0].trim();
}

/**
 * What is wrong with a value, a bound set by another value named by what it means
 * ("7 超出范围，允许 8（每日标准工时）–24", not "workTime.standardDayHours (8)–24").
 */
export function readableMessage(p: PolicyProblem, lang: Lang): string {
  const allowed = p.allowed?.replace(/([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)(?: \(([^)]*)\))?/g, (m, key: string, v?: string) =>
    !isPolicyKey(key) ? m : v === undefined ? keyLabel(key, lang) : lang === "en" ? `${v} (${keyLabel(key, lang)})` : `${v}（${keyLabel(key, lang)}）`);
  return problemMessage({ ...p, allowed }, lang);
}

const quote = (s: string, lang: Lang) => (lang === "en" ? `“${s}”` : `「${s}」`);

/** A problem's cells without the sheet ("规则!B27, B28" → ["B27", "B28"]). */
function addresses(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell.slice(cell.lastIndexOf("!") + 1).split(/,\s*/).filter((a) => a !== "");
}

/**
 * A problem as HR reads it: the keys it concerns named by what they mean (a rule
 * between keys names each), then what was given and what is allowed; each key with
 * the cell it is in when the policy sheet has it.
 */
export function problemView(p: PolicyProblem, lang: Lang): ProblemView {
  const keys = p.keys && p.keys.length > 0 ? [...p.keys] : p.key.startsWith("(") ? [] : [p.key];
  const at = addresses(p.cell);
  const subject = keys.map((k) => quote(keyLabel(k, lang), lang)).join(lang === "en" ? " + " : "+") + (p.path ?? "");
  const text = keys.length > 0 ? `${subject}${lang === "en" ? ": " : "："}${readableMessage(p, lang)}` : readableMessage(p, lang);
  return { text, cells: keys.map((key, i) => ({ key, label: keyLabel(key, lang), address: at.length === keys.length ? at[i] : i === 0 ? at[0] : undefined })) };
}

export function problemViews(state: Extract<PolicyState, { ok: false }>, lang: Lang): ProblemView[] {
  return state.problems.map((p) => problemView(p, lang));
}
