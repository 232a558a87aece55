/**
 * The help pages, generated from the function catalogue at build time (never
 * written per function): webpack's HelpPagesPlugin writes `helpFiles(...)`
 * into dist/help/.
 *
 *   help/index.html                 choose a language
 *   help/help.css                   the one stylesheet
 *   help/<lang>/index.html          every function, with links
 *   help/<lang>/<ID>.html           one page per function (FUNCTION_SECTIONS)
 *   help/<lang>/support.html        how to report a problem (the manifest's SupportUrl)
 *   help/<lang>/privacy.html        what leaves the workbook: nothing
 *
 * Examples, results, explain steps, policy keys and error messages are
 * computed by the rules core here, not copied. Pages load nothing but the
 * stylesheet and carry the build's Content-Security-Policy.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateLine, excelArg, explainLines, formatValue } from "../cli/calcCore";
import { functionName, parameterName } from "../functions/metadata";
import {
  CATALOGUE, DEFAULT_POLICY, LANGS, POLICY_TABLE, display, exampleOf, fill, fillTemplate, formatIso,
  functionDescription, paramDescription, resolveBound, rulesOf,
  type CalcArg, type FunctionSpec, type Lang, type Localized, type ParamSpec, type PolicyKey, type ValueType,
} from "../rules";
import { MAX_RATE } from "../rules/contract";
import { POLICY_NOTES } from "../rules/policy/notes";
import { colLetter } from "../forms/address";
import { helpPath } from "./paths";
import { errorsOf, policyKeysOf } from "./probe";
import { RULE_TEXTS } from "./ruleTexts";
import { ERROR_HELP, HELP_TEXTS } from "./texts";

/** What a build knows that the pages show: where they are served, the CSP, versions. */
export interface HelpBuild {
  /** The origin the build is served from, ending in "/". */
  origin: string;
  /** The Content-Security-Policy every page carries. */
  csp: string;
  /** manifest.xml's <Version>. */
  version: string;
  /** The Office.js URL the add-in's pages load (the privacy page names its host). */
  officeJs: string;
}

const PERCENT = 100;

// ── HTML ─────────────────────────────────────────────────────────────────────
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

type TextKey = { [K in keyof typeof HELP_TEXTS]: (typeof HELP_TEXTS)[K] extends Localized ? K : never }[keyof typeof HELP_TEXTS];
const t = (key: TextKey, lang: Lang, args: Record<string, unknown> = {}): string => fill(HELP_TEXTS[key][lang], lang, args);
const sep = (lang: Lang) => (lang === "en" ? "; " : "；");
const colon = (lang: Lang) => (lang === "en" ? ": " : "：");
const paren = (text: string, lang: Lang) => (lang === "en" ? ` (${text})` : `（${text}）`);
const code = (s: string) => `<code>${esc(s)}</code>`;
/** A table; on a narrow screen each row becomes a card whose cells carry their column's name (data-label, help.css). */
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  `<div class="scroll"><table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>`
  + `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td data-label="${esc(head[i])}">${c}</td>`).join("")}</tr>`).join("")}</tbody></table></div>`;

/** One page: the path it is written to (under dist/), and the file text. */
interface Page { path: string; html: string }

/** `to` relative to the folder of `from` (both dist/ paths, "/"-separated). */
function relative(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

const CSS_PATH = "help/help.css";
const ROOT_INDEX = "help/index.html";

function layout(build: HelpBuild, lang: Lang | null, path: string, title: string, main: string, page?: string): string {
  const link = (to: string) => esc(relative(path, to));
  const langs = page === undefined ? "" : `<nav class="langs" aria-label="${esc(t("languages", lang ?? "en"))}">${LANGS.map((l) => l === lang
    ? `<span aria-current="page" lang="${l}">${esc(HELP_TEXTS.langName[l])}</span>`
    : `<a href="${link(helpPath(l, page))}" hreflang="${l}" lang="${l}">${esc(HELP_TEXTS.langName[l])}</a>`).join("")}</nav>`;
  const l = lang ?? "en";
  const pages: [string, TextKey][] = [["index", "allFunctions"], ["support", "support"], ["privacy", "privacy"]];
  const footer = lang === null ? "" : `<footer><nav>${pages.map(([p, k]) => `<a href="${link(helpPath(lang, p))}">${esc(t(k, lang))}</a>`).join(" · ")}</nav>`
    + `<p>${esc(t("footer", lang, { version: build.version, policy: DEFAULT_POLICY.version }))}</p></footer>`;
  return `<!doctype html>
<html lang="${lang ?? "mul"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(build.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — ${esc(HELP_TEXTS.site[l])}</title>
<link rel="stylesheet" href="${link(CSS_PATH)}">
</head>
<body>
<header><a class="site" href="${link(lang === null ? ROOT_INDEX : helpPath(lang, "index"))}">${esc(lang === null ? "考核 Kaohe" : HELP_TEXTS.site[lang])}</a>${langs}</header>
<main>
${main}
</main>
${footer}
</body>
</html>
`;
}

// ── Function pages ───────────────────────────────────────────────────────────

/** What a section of a function page gets. */
export interface FunctionPage {
  spec: FunctionSpec;
  lang: Lang;
  build: HelpBuild;
}

/** A section of a function page: its HTML, or null when it has nothing to say for this function. */
export type Section = (page: FunctionPage) => string | null;

const section = (id: string, heading: string, body: string) => `<section id="${id}"><h2>${esc(heading)}</h2>\n${body}\n</section>`;

const formulaName = (spec: FunctionSpec, lang: Lang) => `HR.${functionName(spec, lang)}`;

function valueText(v: ValueType, lang: Lang): string {
  const bound = (b: number | PolicyKey | undefined) => (b === undefined ? undefined : resolveBound(b, DEFAULT_POLICY));
  switch (v.type) {
    case "number":
    case "whole": {
      const lo = bound(v.min);
      const hi = bound(v.max);
      const range = lo !== undefined && hi !== undefined ? t("between", lang, { lo, hi })
        : lo !== undefined ? t("atLeast", lang, { lo }) : hi !== undefined ? t("atMost", lang, { hi }) : "";
      return [t(v.type, lang), range].filter(Boolean).join(lang === "en" ? ", " : "，");
    }
    case "rate": return t("rate", lang, { max: MAX_RATE, percent: `${MAX_RATE * PERCENT}%` });
    case "date": return t("date", lang);
    case "boolean": return t("boolean", lang);
    case "choice": return t("choice", lang, { list: Object.keys(v.choices).join(", ") });
    case "level": return t("level", lang, { best: DEFAULT_POLICY.values["survey.levelScores"].length });
  }
}

/** What a parameter accepts, from its catalogue entry: value type, bounds under the default policy, shape, blanks, default. */
export function allowedText(p: ParamSpec, lang: Lang): string {
  const what = valueText(p.value, lang);
  const parts: string[] = [];
  if (p.shape.kind === "scalar") parts.push(what);
  else {
    const s = p.shape;
    parts.push(s.cells !== undefined ? t("rangeOf", lang, { count: resolveBound(s.cells, DEFAULT_POLICY) }) : s.scalarOk ? t("valueOrRange", lang) : t("range", lang));
    parts.push(t("each", lang, { what }));
    parts.push(s.blanks === "skip" ? t("blanksSkip", lang) : s.blanks === "keep" ? t("blanksKeep", lang) : t("blanksDefault", lang, { value: display(p.cellDefault, lang) }));
  }
  if (p.default !== undefined) parts.push(p.default === null ? t("optional", lang) : t("optionalDefault", lang, { value: display(p.default, lang) }));
  return parts.join(sep(lang));
}

const whatSection: Section = ({ spec, lang }) =>
  section("what", t("what", lang), `<p>${esc(functionDescription(spec, lang, DEFAULT_POLICY))}</p>`);

const syntaxSection: Section = ({ spec, lang }) => {
  const params = spec.params.map((p) => (p.default === undefined ? parameterName(p, lang) : `[${parameterName(p, lang)}]`));
  const others = LANGS.filter((l) => l !== lang && formulaName(spec, l) !== formulaName(spec, lang))
    .map((l) => `${formulaName(spec, l)}${paren(HELP_TEXTS.langName[l], lang)}`);
  const notes = [
    ...(others.length > 0 ? [t("otherNames", lang, { names: others.join(lang === "en" ? ", " : "、") })] : []),
    ...(spec.params.some((p) => p.default !== undefined) ? [t("optionalNote", lang)] : []),
  ];
  return section("syntax", t("syntax", lang), `<pre class="formula">=${esc(formulaName(spec, lang))}(${esc(params.join(", "))})</pre>\n${notes.map((n) => `<p>${esc(n)}</p>`).join("\n")}`);
};

const parametersSection: Section = ({ spec, lang }) => section("parameters", t("parameters", lang), table(
  [t("parameter", lang), t("description", lang), t("allowed", lang)],
  spec.params.map((p) => [
    `${code(parameterName(p, lang))}${lang === "en" ? "" : `<br><small>${code(p.name)}</small>`}`,
    esc(paramDescription(spec, p, lang, DEFAULT_POLICY)),
    esc(allowedText(p, lang)),
  ]),
));

/** The worked example, evaluated here by the core as calc does. */
function exampleResult(spec: FunctionSpec, lang: Lang) {
  const args = exampleOf(spec).args as CalcArg[];
  const result = evaluateLine(spec.id, args, DEFAULT_POLICY, lang);
  return { args, result, steps: explainLines(result, lang) };
}

const exampleSection: Section = ({ spec, lang }) => {
  const { args, result, steps } = exampleResult(spec, lang);
  const formula = `=${formulaName(spec, lang)}(${args.map(excelArg).join(", ")})`;
  const value = result.outcome?.ok ? result.outcome.value : undefined;
  const shown = value === undefined ? result.line : value === "" ? '""' : formatValue(value);
  const note = value === "" ? t("emptyText", lang)
    : spec.result === "date" && typeof value === "number" ? t("dateResult", lang, { serial: value, date: formatIso(value) }) : null;
  const body = `<pre class="formula">${esc(formula)}</pre>\n<p>${esc(t("result", lang))}${colon(lang)}<strong class="result">${esc(shown)}</strong>${note === null ? "" : ` — ${esc(note)}`}</p>`
    + (steps.length > 0 ? `\n<h3>${esc(t("steps", lang))}</h3>\n<ol class="steps">${steps.map((s) => `<li>${esc(s)}</li>`).join("")}</ol>` : "");
  return section("example", t("example", lang), body);
};

const rulesSection: Section = ({ spec, lang }) => section("rules", t("rules", lang),
  `<dl class="rules">${spec.rules.map((id) => `<dt id="rule-${esc(id)}">${esc(id)}</dt><dd>${esc(RULE_TEXTS[id] ? fillTemplate(RULE_TEXTS[id][lang], DEFAULT_POLICY) : "")}</dd>`).join("\n")}</dl>`);

/** A policy value as HR reads it on the policy sheet: numbers as they are (shares also as %), tables as JSON. */
function policyValue(key: PolicyKey, lang: Lang): string {
  const value = DEFAULT_POLICY.values[key];
  if (value === null) return esc(t("policyBlank", lang));
  if (typeof value === "number") {
    return POLICY_TABLE[key].schema.type === "share" ? `${code(String(value))}${esc(paren(fillTemplate(`{${key}|%}`, DEFAULT_POLICY), lang))}` : code(String(value));
  }
  const lines = Array.isArray(value) ? value.map((v) => `  ${JSON.stringify(v)}`) : Object.entries(value).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `<details><summary>${esc(t("policyTable", lang))}</summary><pre>${esc(`${open}\n${lines.join(",\n")}\n${close}`)}</pre></details>`;
}

const policySection: Section = ({ spec, lang }) => {
  const keys = policyKeysOf(spec);
  if (keys.length === 0) return null;
  return section("policy", t("policy", lang), `<p>${esc(t("policyIntro", lang))}</p>\n` + table(
    [t("policyKey", lang), t("policyDefault", lang), t("description", lang), t("policyRule", lang)],
    keys.map((k) => [code(k), policyValue(k, lang), esc(POLICY_NOTES[k][lang]), esc(rulesOf(POLICY_TABLE[k]).join(" "))]),
  ));
};

const errorsSection: Section = ({ spec, lang }) => {
  const errors = errorsOf(spec, lang).filter((e) => e.code !== "internal");
  if (errors.length === 0) return null;
  return section("errors", t("errors", lang), `<p>${esc(t("errorsIntro", lang))}</p>\n` + table(
    [t("error", lang), t("message", lang), t("whatToDo", lang)],
    errors.map((e) => [esc(ERROR_HELP[e.code].title[lang]), `<code class="message">#VALUE! ${esc(e.message)}</code>`, esc(ERROR_HELP[e.code].fix[lang])]),
  ));
};

/** How each parameter takes a roster (the spill rule, src/rules/catalogue/types.ts), or null when nothing spills. */
function spillOf(p: ParamSpec): "column" | "rows" | null {
  if (p.shape.kind === "scalar") return "column";
  return p.shape.spill === "byRow" ? "rows" : null;
}

/** Cells in one employee's row: the parameter's fixed size, else as many as the worked example's row (a single column would be one employee). */
function rowWidth(spec: FunctionSpec, p: ParamSpec): number {
  if (p.shape.kind === "range" && p.shape.cells !== undefined) return resolveBound(p.shape.cells, DEFAULT_POLICY);
  const arg = exampleOf(spec).args[spec.params.indexOf(p)];
  const row = Array.isArray(arg) ? (Array.isArray(arg[0]) ? arg[0] : arg) : [];
  return Math.max(2, row.length);
}

/** A spilled call for rows 2–101: a column (or a block of `cells` columns) per spilling parameter; a shared range points at the first column, absolute. */
function spilledFormula(spec: FunctionSpec, lang: Lang): string {
  const LAST_ROW = 101;
  let col = 2; // column B
  let first: string | undefined;
  const args = spec.params.filter((p) => p.default === undefined || spillOf(p) !== null).map((p) => {
    const kind = spillOf(p);
    if (kind === null) return first ? first.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2") : "$B$2:$B$101";
    const width = kind === "rows" ? rowWidth(spec, p) : 1;
    const range = `${colLetter(col)}2:${colLetter(col + width - 1)}${LAST_ROW}`;
    first ??= range;
    col += width;
    return range;
  });
  return `=${formulaName(spec, lang)}(${args.join(", ")})`;
}

const spilledSection: Section = ({ spec, lang }) => {
  if (!spec.params.some((p) => spillOf(p) !== null)) return null;
  const how = (p: ParamSpec) => { const k = spillOf(p); return k === "column" ? t("spilledColumn", lang) : k === "rows" ? t("spilledRows", lang) : t("spilledShared", lang); };
  const ranking = spec.id === "RANKBONUS" || spec.id === "RANKCHECK";
  return section("spilled", t("spilled", lang), `<p>${esc(t("spilledIntro", lang))}</p>\n<pre class="formula">${esc(spilledFormula(spec, lang))}</pre>\n`
    + table([t("parameter", lang), t("spilledHow", lang)], spec.params.map((p) => [code(parameterName(p, lang)), esc(how(p))]))
    + `\n<p>${esc(t("spilledErrors", lang))}</p>` + (ranking ? `\n<p>${esc(t("spilledRanking", lang))}</p>` : ""));
};

/** The sections of a function page, in page order. A new kind of section is one more function here. */
export const FUNCTION_SECTIONS: Section[] = [whatSection, syntaxSection, parametersSection, exampleSection, spilledSection, rulesSection, policySection, errorsSection];

function functionPage(build: HelpBuild, spec: FunctionSpec, lang: Lang): Page {
  const path = helpPath(lang, spec.id);
  const title = formulaName(spec, lang);
  const sub = lang === "en" ? functionName(spec, "zh-CN") : `HR.${spec.id}`;
  const main = `<h1>${esc(title)} <small>${esc(sub)}</small></h1>\n`
    + FUNCTION_SECTIONS.map((s) => s({ spec, lang, build })).filter((s): s is string => s !== null).join("\n");
  return { path, html: layout(build, lang, path, title, main, spec.id) };
}

// ── Other pages ──────────────────────────────────────────────────────────────

function indexPage(build: HelpBuild, lang: Lang): Page {
  const path = helpPath(lang, "index");
  const rows = CATALOGUE.map((spec) => [
    `<a href="${esc(relative(path, helpPath(lang, spec.id)))}">${esc(formulaName(spec, lang))}</a><br><small>${esc(lang === "en" ? `${functionName(spec, "zh-CN")} · ${functionName(spec, "zh-TW")}` : `HR.${spec.id}`)}</small>`,
    esc(functionDescription(spec, lang, DEFAULT_POLICY)),
  ]);
  const main = `<h1>${esc(t("indexTitle", lang))}</h1>\n<p>${esc(t("indexIntro", lang))}</p>\n<p>${esc(t("indexPane", lang))}</p>\n`
    + table([t("indexFunction", lang), t("indexWhat", lang)], rows);
  return { path, html: layout(build, lang, path, t("indexTitle", lang), main, "index") };
}

/** A calc argument as a shell word (POSIX quoting). */
function shellArg(a: CalcArg): string {
  if (typeof a === "number") return String(a);
  if (typeof a === "boolean") return a ? "TRUE" : "FALSE";
  const text = a === null ? "" : typeof a === "string" ? a : JSON.stringify(a);
  return /^[\w.-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

function supportPage(build: HelpBuild, lang: Lang): Page {
  const path = helpPath(lang, "support");
  const spec = CATALOGUE[0];
  const { args, result, steps } = exampleResult(spec, lang);
  const command = `npm run -s calc -- --lang ${lang} --explain ${spec.id} ${args.map(shellArg).join(" ")}`;
  const list = (items: readonly Localized[], tag: "ul" | "ol") => `<${tag}>${items.map((i) => `<li>${esc(fill(i[lang], lang, { version: build.version }))}</li>`).join("")}</${tag}>`;
  const main = `<h1>${esc(t("supportTitle", lang))}</h1>\n<p>${esc(t("supportWho", lang))}</p>\n`
    + `<h2>${esc(t("supportCheckFirst", lang))}</h2>\n${list(HELP_TEXTS.supportChecks, "ul")}\n`
    + `<h2>${esc(t("supportInclude", lang))}</h2>\n${list(HELP_TEXTS.supportItems, "ol")}\n`
    + `<p>${esc(t("supportCalc", lang))}</p>\n<pre>${esc(`$ ${command}\n${[result.line, ...steps].join("\n")}`)}</pre>\n`
    + `<p>${esc(t("supportPolicyFile", lang))}</p>\n<p class="note">${esc(t("supportPrivacy", lang))}</p>`;
  return { path, html: layout(build, lang, path, t("supportTitle", lang), main, "support") };
}

function privacyPage(build: HelpBuild, lang: Lang): Page {
  const path = helpPath(lang, "privacy");
  const host = new URL(build.origin).host;
  const cdn = new URL(build.officeJs).host;
  const main = `<h1>${esc(t("privacyTitle", lang))}</h1>\n<p>${esc(t("privacyData", lang))}</p>\n`
    + `<h2>${esc(t("privacyNetwork", lang))}</h2>\n<ol><li>${esc(t("privacyOwn", lang, { origin: build.origin }))}</li><li>${esc(t("privacyOffice", lang, { cdn }))}</li></ol>\n`
    + `<p>${esc(t("privacyNothingElse", lang))}</p>\n<p>${esc(t("privacyState", lang))}</p>\n<p>${esc(t("privacyServer", lang, { host }))}</p>`;
  return { path, html: layout(build, lang, path, t("privacyTitle", lang), main, "privacy") };
}

function rootIndex(build: HelpBuild): Page {
  const main = `<h1>考核 Kaohe</h1>\n<ul class="choose">${LANGS.map((l) =>
    `<li lang="${l}"><a href="${esc(relative(ROOT_INDEX, helpPath(l, "index")))}" hreflang="${l}">${esc(HELP_TEXTS.langName[l])}</a> — ${esc(t("indexTitle", l))}</li>`).join("")}</ul>`;
  return { path: ROOT_INDEX, html: layout(build, null, ROOT_INDEX, LANGS.map((l) => t("chooseLanguage", l)).join(" · "), main) };
}

const STYLESHEET = join(__dirname, "help.css");

/** Every help file of a build: dist/ path → text. */
export function helpFiles(build: HelpBuild): Record<string, string> {
  const pages: Page[] = [rootIndex(build)];
  for (const lang of LANGS) {
    pages.push(indexPage(build, lang), supportPage(build, lang), privacyPage(build, lang));
    for (const spec of CATALOGUE) pages.push(functionPage(build, spec, lang));
  }
  return { [CSS_PATH]: readFileSync(STYLESHEET, "utf8"), ...Object.fromEntries(pages.map((p) => [p.path, p.html])) };
}

/** The paths helpFiles writes, without generating them (webpack.config.js buildOutputs). */
export function helpFileNames(): string[] {
  const names = [CSS_PATH, ROOT_INDEX];
  for (const lang of LANGS) names.push(...["index", "support", "privacy", ...CATALOGUE.map((s) => s.id)].map((p) => helpPath(lang, p)));
  return names;
}
