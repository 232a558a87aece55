/**
 * The policy editor (issue 8): the values grouped by rulebook section as on the
 * policy sheet, each with its label, unit, rule ID, source clause and legal note;
 * the tables as small tables; every value checked as it is typed by the one
 * validator (./editor.ts); the changes against the published version and the
 * defaults as the change log words them; and Publish (a new version number, the
 * publication date, who publishes; L-7), refused while anything is invalid and
 * confirmed before the workbook is written.
 */
import { useMemo, useState, type ReactNode } from "react";
import {
  Body1, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Subtitle2, mergeClasses,
} from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { DEFAULT_POLICY, directionWord, translate, type Lang, type Policy, type PolicyProblem } from "../../../rules";
import { pathLabel } from "../../../rules/policy/changes";
import {
  changeLines, changesFromDefaults, checkDraft, draftBase, draftTexts, editField, editorSections, headerRows, proposeVersion, valueChanges,
  type Draft, type FieldKind, type SectionView, type TableView,
} from "./editor";
import { problemView, readableMessage } from "./model";
import { POLICY_TEXT, type PolicyText } from "./texts";
import { usePolicyEditorStyles } from "./PolicyEditor.styles";

/** The change log's "who" at most this many characters (a name, not a paragraph). */
export const WHO_MAX_LENGTH = 64;

/** The id of a value's input ("kaohe-pv-" and the path with every other character spelled out). */
export const inputId = (path: string) => `kaohe-pv-${path.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

export interface PolicyEditorProps {
  lang: Lang;
  /** The published policy (the sheet's, or the defaults); undefined while the sheet's policy cannot be read. */
  published: Policy | undefined;
  draft: Draft;
  onDraft(draft: Draft): void;
  onDiscard(): void;
  /** In Excel (the workbook can be written). */
  canRun: boolean;
  /** Something is being done to the workbook: nothing else may start. */
  busy: boolean;
  /** The confirmation's words: which sheet is written (null: one is created with this name) and which log gets the row. */
  target: { sheet: string; exists: boolean; log: string };
  onPublish(after: Policy, who: string): void;
  /** What publishing is doing or did (a spinner, a result), shown under the button. */
  status?: ReactNode;
}

export function PolicyEditor({ lang, published, draft, onDraft, onDiscard, canRun, busy, target, onPublish, status }: PolicyEditorProps) {
  const styles = usePolicyEditorStyles();
  const t = (key: PolicyText, args: Record<string, unknown> = {}) => translate(POLICY_TEXT, key, lang, args);
  // The area shows the editor only with a published policy or an imported file to start from.
  const base = draftBase(draft, published ?? DEFAULT_POLICY);
  const texts = useMemo(() => draftTexts(draft, base), [draft, base]);
  const checked = useMemo(() => checkDraft(draft, base), [draft, base]);
  const sections = useMemo(() => editorSections(base, lang), [base, lang]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [who, setWho] = useState("");
  const [confirming, setConfirming] = useState(false);

  const changed = useMemo(() => new Set(published ? valueChanges(published, checked.shown).map((c) => c.path) : []), [published, checked.shown]);
  const againstPublished = published ? changeLines(published, checked.shown, lang) : [];
  const againstDefaults = changesFromDefaults(checked.shown, lang);
  const allProblems = useMemo(() => [...new Set([...checked.at.values()].flat()), ...checked.general], [checked]);
  const version = texts.get("version") ?? "";
  const sameVersion = published !== undefined && version.trim() === published.version;
  const whoProblem = who.trim() === "" ? t("whoBlank") : [...who].length > WHO_MAX_LENGTH ? t("whoTooLong", { max: WHO_MAX_LENGTH }) : undefined;
  const valueCount = published ? changed.size : againstDefaults.length;
  const blocked = allProblems.length > 0 || sameVersion ? t("publishBlockedProblems")
    : published && changed.size === 0 ? t("publishBlockedNoChange")
    : whoProblem ? t("publishBlockedWho") : undefined;

  const set = (path: string, text: string) => { setConfirming(false); onDraft(editField(draft, base, path, text)); };
  const problemsAt = (place: string) => checked.at.get(place) ?? [];
  const sep = lang === "en" ? ": " : "：";
  /** A problem under its value: what is wrong (a rule between values names them all). */
  const problemText = (p: PolicyProblem) => (p.keys && p.keys.length > 1 ? problemView(p, lang).text : readableMessage(p, lang));
  /** A problem in the list before Publish: the value it concerns by name (a table cell by table, row and column), then what is wrong. */
  const problemLine = (p: PolicyProblem) => {
    const exact = `${p.key}${p.path ?? ""}`;
    return p.path && texts.has(exact) ? `${pathLabel(exact, lang, base)}${sep}${readableMessage(p, lang)}` : problemView(p, lang).text;
  };
  const sectionOfPlace = (place: string) => sections.find((s) => s.places.includes(place))?.id;
  const goTo = (place: string) => {
    const s = sectionOfPlace(place);
    if (s) setOpen((o) => new Set([...o, s]));
    requestAnimationFrame(() => document.getElementById(inputId(place))?.focus());
  };

  const control = (path: string, kind: FieldKind, label: string, extra: { unit?: string; describedBy?: string } = {}) => {
    const value = texts.get(path) ?? "";
    const id = inputId(path);
    if (kind === "yesNo") {
      return <Checkbox id={id} aria-label={label} aria-describedby={extra.describedBy} checked={value === "true"} onChange={(_, d) => set(path, d.checked ? "true" : "false")} />;
    }
    if (kind === "direction") {
      return (
        <Select id={id} aria-label={label} aria-describedby={extra.describedBy} value={value} onChange={(_, d) => set(path, d.value)} className={styles.cellControl}>
          {(["max", "min"] as const).map((d) => <option key={d} value={d}>{directionWord(d, lang)}</option>)}
        </Select>
      );
    }
    return (
      <Input id={id} aria-label={label} aria-describedby={extra.describedBy} value={value} type={kind === "date" ? "date" : "text"}
        inputMode={kind === "number" || kind === "percent" ? "decimal" : undefined} className={styles.input}
        contentAfter={extra.unit ? <Caption1 className={styles.unit}>{extra.unit}</Caption1> : undefined}
        onChange={(_, d) => set(path, d.value)} />
    );
  };

  const hint = (rule: string, source: string, legal?: string) => (
    <span className={styles.hint}>
      <span>{t("ruleLine", { rule, source })}</span>
      {legal && <span>{legal}</span>}
    </span>
  );

  const table = (view: TableView) => {
    const cellProblems = view.rows.flatMap((r) => r.cells.flatMap((c) => problemsAt(c.path).map((p) => ({ cell: c, p }))));
    const tableProblems = problemsAt(view.key).filter((p) => !cellProblems.some((x) => x.p === p));
    const labelled = view.rows.some((r) => r.label !== undefined);
    const messages = `${inputId(view.id)}-problems`;
    return (
      <div key={view.id} id={inputId(view.id)} tabIndex={-1} className={styles.table}>
        <Body1 as="h4" id={`${inputId(view.id)}-title`} className={styles.tableTitle}><strong>{view.title}</strong></Body1>
        {view.note && <Caption1 block>{view.note}</Caption1>}
        <table className={styles.grid} aria-labelledby={`${inputId(view.id)}-title`}>
          <colgroup>{columnWidths(view).map((w, i) => <col key={i} style={{ width: w }} />)}</colgroup>
          <thead>
            <tr>{view.head.map((h, i) => <th key={i} scope="col" className={styles.th}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {view.rows.map((r, i) => (
              <tr key={i}>
                {labelled && <th scope="row" className={styles.rowHead}>{r.label}</th>}
                {r.cells.map((c) => {
                  const bad = problemsAt(c.path).length > 0;
                  return (
                    <td key={c.path} className={mergeClasses(styles.td, changed.has(c.path) && styles.changedCell)}>
                      <Field validationState={bad ? "error" : "none"} className={styles.cellField}>
                        {control(c.path, c.kind, c.name, { describedBy: bad ? messages : undefined })}
                      </Field>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {(cellProblems.length > 0 || tableProblems.length > 0) && (
          <ul id={messages} className={styles.tableProblems}>
            {tableProblems.map((p, i) => <li key={`t${i}`}>{problemText(p)}</li>)}
            {cellProblems.map(({ cell, p }, i) => <li key={i}>{`${cell.short}${sep}${readableMessage(p, lang)}`}</li>)}
          </ul>
        )}
        <Caption1 block className={styles.tableHint}>{hint(view.rule, view.source, view.legal)}</Caption1>
      </div>
    );
  };

  const section = (s: SectionView) => {
    const problems = new Set(s.places.flatMap(problemsAt)).size;
    const changes = s.places.filter((p) => changed.has(p)).length;
    const isOpen = open.has(s.id);
    return (
      <details key={s.id} className={styles.section} open={isOpen}
        onToggle={(e) => { const now = (e.currentTarget as HTMLDetailsElement).open; if (now !== isOpen) setOpen((o) => { const n = new Set(o); if (now) n.add(s.id); else n.delete(s.id); return n; }); }}>
        <summary className={styles.summary}>
          <Chevron open={isOpen} />
          <span className={styles.summaryTitle}>{s.title}</span>
          {(changes > 0 || problems > 0) && (
            <span className={styles.summaryCounts}>
              {changes > 0 && <Caption1 className={styles.changedText}>{t("sectionChanges", { count: changes })}</Caption1>}
              {problems > 0 && <Caption1 className={styles.problemText}>{t("sectionProblems", { count: problems })}</Caption1>}
            </span>
          )}
        </summary>
        {isOpen && (
          <div className={styles.sectionBody}>
            {s.values.map((v) => {
              const ps = problemsAt(v.path);
              return (
                <Field key={v.path} label={v.label} className={mergeClasses(styles.value, changed.has(v.path) && styles.changedValue)}
                  validationState={ps.length > 0 ? "error" : "none"} validationMessage={ps.length > 0 ? ps.map(problemText).join(lang === "en" ? "; " : "；") : undefined}
                  hint={hint(v.rule, v.source, v.legal)}>
                  {control(v.path, v.kind, v.label, { unit: v.unit })}
                </Field>
              );
            })}
            {s.tables.map(table)}
          </div>
        )}
      </details>
    );
  };

  const header = headerRows(lang);
  const headerField = (path: "version" | "published") => {
    const row = header.find((h) => h.path === path)!;
    const ps = problemsAt(path).map((p) => readableMessage(p, lang));
    if (path === "version" && sameVersion) ps.push(t("versionSame", { version: published!.version }));
    return (
      <Field key={path} label={row.label} className={styles.value} validationState={ps.length > 0 ? "error" : "none"}
        validationMessage={ps.length > 0 ? ps.join(lang === "en" ? "; " : "；") : undefined}
        hint={path === "version" && published ? t("versionHint", { proposed: proposeVersion(published.version) }) : row.legal}>
        {control(path, row.kind, row.label)}
      </Field>
    );
  };

  return (
    <section className={styles.root} aria-labelledby="kaohe-policy-editor">
      <div>
        <Subtitle2 as="h3" id="kaohe-policy-editor" block>{t("editorTitle")}</Subtitle2>
        <Caption1 block>{draft.fileName ? t("editingFile", { file: draft.fileName }) : t("editorHint")}</Caption1>
      </div>
      <div className={styles.sections}>{sections.map(section)}</div>

      <div className={styles.changes}>
        {published && (
          <Disclosure initiallyOpen title={t("changesPublished", { version: published.version, count: changed.size })}>
            <ChangeList lines={againstPublished} empty={t("noChanges")} />
          </Disclosure>
        )}
        <Disclosure title={t("changesDefaults", { count: againstDefaults.length })}>
          <ChangeList lines={againstDefaults} empty={t("noChanges")} />
        </Disclosure>
      </div>

      <div className={styles.publish} role="group" aria-labelledby="kaohe-policy-publish">
        <Body1 as="h4" id="kaohe-policy-publish" className={styles.tableTitle}><strong>{t("publishHeading")}</strong></Body1>
        {allProblems.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("problemsTitle", { count: allProblems.length })}</MessageBarTitle>
              <ul className={styles.problemList}>
                {allProblems.map((p, i) => {
                  const place = [`${p.key}${p.path ?? ""}`, ...(p.keys ?? []), p.key].find((x) => texts.has(x) || sectionOfPlace(x));
                  return (
                    <li key={i}>
                      {place ? <Button appearance="transparent" size="small" className={styles.goTo} onClick={() => goTo(place)}>{problemLine(p)}</Button> : problemLine(p)}
                    </li>
                  );
                })}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {headerField("version")}
        {headerField("published")}
        <Field label={t("who")} className={styles.value} required validationState={whoProblem && who !== "" ? "error" : "none"}
          validationMessage={whoProblem && who !== "" ? whoProblem : undefined} hint={t("whoHint")}>
          <Input value={who} onChange={(_, d) => { setWho(d.value); setConfirming(false); }} className={styles.input} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!canRun || busy || blocked !== undefined} onClick={() => setConfirming(true)}>{t("publish", { version: version.trim() })}</Button>
          <Button disabled={busy} onClick={() => { setConfirming(false); onDiscard(); }}>{t("discard")}</Button>
        </div>
        {blocked && <Caption1 block>{blocked}</Caption1>}
        {confirming && blocked === undefined && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("confirmTitle", { version: version.trim() })}</MessageBarTitle>
              {t(target.exists ? "confirmBody" : "confirmBodyNew", { count: valueCount, sheet: target.sheet, log: target.log })}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" disabled={!canRun || busy}
                onClick={() => { setConfirming(false); if (checked.load.ok) onPublish(checked.load.policy, who.trim()); }}>{t("confirm")}</Button>
              <Button size="small" onClick={() => setConfirming(false)}>{t("cancel")}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <div aria-live="polite">{status}</div>
      </div>
    </section>
  );
}

/** Relative widths of a table's inputs: a direction needs its words, a yes/no box its heading ("repeatable"). */
const WEIGHT: Partial<Record<FieldKind, number>> = { direction: 1.6, yesNo: 1.6 };
const PERCENT = 100;
/** Row labels take this share of a table's width: less beside a direction (its words need room) or three inputs. */
const LABEL_SHARE = { plain: 42, beside: 30, many: 36 };
const MANY_INPUTS = 3;

/** The columns' widths (CSS percentages): the row label's share, the rest by the inputs' weights. */
function columnWidths(view: TableView): string[] {
  const kinds = view.rows[0]?.cells.map((c) => c.kind) ?? [];
  const labelled = view.rows.some((r) => r.label !== undefined);
  const label = !labelled ? 0 : kinds.includes("direction") ? LABEL_SHARE.beside : kinds.length >= MANY_INPUTS ? LABEL_SHARE.many : LABEL_SHARE.plain;
  const weights = kinds.map((k) => WEIGHT[k] ?? 1);
  const total = weights.reduce((a, w) => a + w, 0);
  return [...(labelled ? [`${label}%`] : []), ...weights.map((w) => `${((PERCENT - label) * w) / total}%`)];
}

function Chevron({ open }: { open: boolean }) {
  const styles = usePolicyEditorStyles();
  return open ? <ChevronDownRegular aria-hidden className={styles.chevron} /> : <ChevronRightRegular aria-hidden className={styles.chevron} />;
}

/** A disclosure (details/summary) whose chevron follows it. */
function Disclosure({ title, initiallyOpen = false, children }: { title: string; initiallyOpen?: boolean; children: ReactNode }) {
  const styles = usePolicyEditorStyles();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className={styles.section} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className={styles.summary}><Chevron open={open} /><span className={styles.summaryTitle}>{title}</span></summary>
      {children}
    </details>
  );
}

function ChangeList({ lines, empty }: { lines: readonly string[]; empty: string }) {
  const styles = usePolicyEditorStyles();
  if (lines.length === 0) return <Caption1 block className={styles.changeList}>{empty}</Caption1>;
  return <ul className={styles.changeList}>{lines.map((l, i) => <li key={i}>{l}</li>)}</ul>;
}
