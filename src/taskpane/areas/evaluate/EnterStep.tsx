/**
 * Step 3, Enter: how far the month is (complete / incomplete), one employee at a time
 * (previous / next; the sheet's selection follows), each input checked by the core as the
 * sheet checks it before it is written, the results and how the core reached them — or
 * typed straight into the sheet: the pane follows.
 */
import { Fragment, useEffect, useId, useState, type KeyboardEvent } from "react";
import { Badge, Body1, Button, Caption1, Checkbox, Input, MessageBar, MessageBarBody, ProgressBar, mergeClasses } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { RuleSteps } from "../../shell/RuleSteps";
import type { FieldView, MonthView } from "./ops";
import type { Ops } from "./load";
import { stepText, type StepTextKey } from "./stepTexts";
import { useStepStyles } from "./steps.styles";
import type { Wizard } from "./wizard";

export interface EnterProps {
  w: Wizard;
  ops: Ops;
  view: MonthView;
  index: number;
  onIndex(i: number): void;
  /** Write one input (the text as typed, or a tick); resolves to the core's objection, if any. */
  onCommit(id: string, field: FieldView, text: string | boolean): Promise<string | undefined>;
}

function FieldRow({ w, field, locked, onCommit }: { w: Wizard; field: FieldView; locked: boolean; onCommit(f: FieldView, v: string | boolean): Promise<string | undefined> }) {
  const { lang } = w;
  const styles = { ...w.styles, ...useStepStyles() };
  const t = (key: StepTextKey, args: Record<string, unknown> = {}) => stepText(key, lang, args);
  const id = useId();
  const [draft, setDraft] = useState(field.text);
  const [problem, setProblem] = useState<string>();
  useEffect(() => { setDraft(field.text); setProblem(undefined); }, [field.text, field.cell]);
  const commit = async () => {
    if (draft.trim() === field.text.trim()) return;
    setProblem(await onCommit(field, draft));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => { if (e.key === "Enter") void commit(); };
  const repeat = field.repeat;
  return (
    <div className={mergeClasses(styles.field, repeat && styles.fieldWithRepeat)}>
      <label htmlFor={id} className={styles.fieldLabel}>{field.label}{field.required ? " *" : ""}</label>
      <Input id={id} className={styles.number} value={draft} inputMode="decimal" disabled={locked || w.busy} aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined} onChange={(_, d) => setDraft(d.value)} onBlur={() => void commit()} onKeyDown={onKey} />
      {repeat && (
        <Checkbox checked={repeat.checked} disabled={locked || w.busy} label={t("repeated")} aria-label={t("repeatedOf", { field: field.label })}
          onChange={(_, d) => void onCommit(repeat, d.checked === true)} />
      )}
      {problem && <Caption1 id={`${id}-problem`} className={styles.fieldError}>{problem}</Caption1>}
    </div>
  );
}

export function EnterStep({ w, ops, view, index, onIndex, onCommit }: EnterProps) {
  const { lang } = w;
  const styles = { ...w.styles, ...useStepStyles() };
  const t = (key: StepTextKey, args: Record<string, unknown> = {}) => stepText(key, lang, args);
  const [explain, setExplain] = useState(false);
  const rows = view.month.rows;
  const total = rows.length;
  const complete = view.month.summary.complete;
  if (total === 0) return <Body1>{t("noEmployees")}</Body1>;
  const i = Math.min(index, total - 1);
  const e = ops.employeeOf(view, i, lang, [t("yes"), t("no")])!;
  const fields = ops.fieldsOf(view, e.id, lang);
  const nextIncomplete = [...rows.keys()].map((k) => (i + 1 + k) % total).find((k) => !rows[k].complete);
  const commit = (f: FieldView, v: string | boolean) => onCommit(e.id, f, v);
  return (
    <div className={styles.section}>
      <div className={styles.section}>
        <Body1 block>{t("progress", { complete, total })}</Body1>
        <ProgressBar value={total === 0 ? 0 : complete / total} thickness="large" aria-label={t("progress", { complete, total })} />
        {nextIncomplete !== undefined && (
          <div className={styles.row}><Button size="small" disabled={w.busy} onClick={() => onIndex(nextIncomplete)}>{t("nextIncomplete")}</Button></div>
        )}
      </div>
      {view.problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("sheetProblems")}<ul className={styles.messageList}>{view.problems.map((p, k) => <li key={k}>{p.message}</li>)}</ul></MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.person}>
        <div className={styles.personNav}>
          <Button size="small" icon={<ChevronLeftRegular />} disabled={i === 0} onClick={() => onIndex(i - 1)} aria-label={t("prevLabel")}>{t("prev")}</Button>
          <Caption1>{t("position", { n: i + 1, total })}</Caption1>
          <Button size="small" icon={<ChevronRightRegular />} iconPosition="after" disabled={i === total - 1} onClick={() => onIndex(i + 1)} aria-label={t("nextLabel")}>{t("nextPerson")}</Button>
        </div>
        <Body1 block><strong>{e.id} {e.name}</strong>{e.dept && <> · {e.dept}</>}</Body1>
      </div>
      {view.locked && <MessageBar intent="info" layout="multiline"><MessageBarBody>{t("locked")}</MessageBarBody></MessageBar>}
      <Body1 as="h4" className={styles.subheading}>{t("inputs")}</Body1>
      <div className={styles.section}>
        {fields.map((f) => <FieldRow key={`${e.id}:${f.key}`} w={w} field={f} locked={view.locked} onCommit={commit} />)}
      </div>
      <Body1 as="h4" className={styles.subheading}>{t("results")}</Body1>
      <dl className={styles.pairs} data-testid="enter-results">
        {e.results.map((r) => <Fragment key={r.label}><dt className={styles.pairLabel}>{r.label}</dt><dd className={styles.pairValue}>{r.value}</dd></Fragment>)}
        {e.previous !== undefined && <><dt className={styles.pairLabel}>{t("previousScore")}</dt><dd className={styles.pairValue}>{e.previous}</dd></>}
      </dl>
      {e.flags.length > 0 && (
        <ul className={styles.list}>
          {e.flags.map((f, k) => <li key={k} className={styles.flag}><Badge appearance="tint" shape="rounded" size="small" className={styles.rule}>{f.rule}</Badge><Caption1>{f.detail}</Caption1></li>)}
        </ul>
      )}
      <div className={styles.section}>
        <div className={styles.row}><Button size="small" appearance="subtle" aria-expanded={explain} onClick={() => setExplain(!explain)}>{t("explain")}</Button></div>
        {explain && ops.explanation(view, e.id, lang).map((c, k) => (
          <div key={k} className={styles.section}>
            <Body1 block><strong>{c.name}</strong> = {c.value}</Body1>
            <RuleSteps steps={c.steps} />
          </div>
        ))}
      </div>
      <Caption1 block className={styles.muted}>{t("inSheet")}</Caption1>
    </div>
  );
}
