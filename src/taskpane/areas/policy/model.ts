/**
 * Policy problems as HR reads them (issue 9, defects 1 and 3): each key is named by
 * what it means (the first clause of its note, column E of the policy sheet), not by
 * its internal key, and carries the cell it is in so the pane can select it.
 */
import type { PolicyState } from "../../../functions/policySource";
import { POLICY_TABLE, format, type Lang, type PolicyKey, type PolicyProblem } from "../../../rules";
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

/** A dotted key (monthly.dailyWeight) or a header key (version, published) inside a problem's key or arguments. */
const KEY = /\b[a-z][A-Za-z]*(?:\.[A-Za-z]+)+\b|^(?:version|published)$/g;

/** What a key means, briefly: its note up to the first clause break. Unknown keys stay as typed. */
export function keyLabel(key: string, lang: Lang): string {
  if (key === "version" || key === "published") return translate(POLICY_TEXT, key, lang);
  if (!isPolicyKey(key)) return key;
  return POLICY_NOTES[key][lang].split(/[；。;]/)[0].trim();
}

const quote = (s: string, lang: Lang) => (lang === "en" ? `“${s}”` : `「${s}」`);

export function problemView(p: PolicyProblem, cells: Readonly<Record<string, string>>, lang: Lang): ProblemView {
  const keys: string[] = [];
  const named = (text: string) => text.replace(KEY, (k) => {
    if (!keys.includes(k)) keys.push(k);
    return quote(keyLabel(k, lang), lang);
  });
  const args = Object.fromEntries(Object.entries(p.args ?? {}).map(([k, v]) => [k, typeof v === "string" ? named(v) : v]));
  const filled = format(`policy.${p.code}`, lang, { ...args, key: named(p.key) });
  // The templates put spaces around a key; Chinese corner brackets need none.
  const text = lang === "en" ? filled : filled.replace(/\s*「/g, "「").replace(/」\s*/g, "」");
  if (keys.length === 0 && p.key !== "(file)") keys.push(p.key);
  return { text, cells: keys.map((key) => ({ key, label: keyLabel(key, lang), address: cells[key] })) };
}

export function problemViews(state: Extract<PolicyState, { ok: false }>, lang: Lang): ProblemView[] {
  return state.problems.map((p) => problemView(p, state.cells ?? {}, lang));
}
