/**
 * Step 5, Finalize (EVALUATION.md): refused while an employee is incomplete or has an
 * input problem, unless excluded with a reason; finalizing locks the sheet, logs the month
 * (考核记录) and writes the pay list. A finalized month can be reopened with a reason.
 */
import { useState } from "react";
import { Body1, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Exclusion, FinalizeProblem } from "../../../cycle/finalize";
import type { Ops } from "./load";
import type { MonthView } from "./ops";
import { stepText, type StepTextKey } from "./stepTexts";
import { useStepStyles } from "./steps.styles";
import type { Wizard } from "./wizard";

export type FinalizeResult =
  | { kind: "finalized"; sheet: string; payList?: string }
  | { kind: "reopened"; sheet: string }
  | { kind: "refused" | "reopenRefused"; problems: FinalizeProblem[] };

export interface FinalizeProps {
  w: Wizard;
  ops: Ops;
  view: MonthView;
  result?: FinalizeResult;
  nextMonth: string;
  /** Who finalizes or reopens: kept by the wizard, so going back a step does not lose it. */
  by: string;
  onBy(by: string): void;
  onFinalize(by: string, excluded: Exclusion[]): void;
  onReopen(by: string, reason: string): void;
  onNextMonth(): void;
}

export function FinalizeStep({ w, ops, view, result, nextMonth, by, onBy: setBy, onFinalize, onReopen, onNextMonth }: FinalizeProps) {
  const { lang } = w;
  const styles = { ...w.styles, ...useStepStyles() };
  const t = (key: StepTextKey, args: Record<string, unknown> = {}) => stepText(key, lang, args);
  const [excluded, setExcluded] = useState<Record<string, string | undefined>>({});
  const [reason, setReason] = useState("");
  const log = view.log;
  const open = ops.blockers(view, []);
  const ids = [...new Set(open.map((p) => p.id).filter((id): id is string => id !== undefined))];
  const exclusions: Exclusion[] = Object.entries(excluded).filter((e): e is [string, string] => e[1] !== undefined).map(([id, r]) => ({ id, reason: r }));
  const refusal = (title: "refused" | "reopenRefused", problems: readonly FinalizeProblem[]) => (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{t(title)}<ul className={styles.messageList}>{problems.map((p, k) => <li key={k}>{p.message}</li>)}</ul></MessageBarBody>
    </MessageBar>
  );
  const messages = (
    <div aria-live="polite" className={styles.section}>
      {result?.kind === "refused" && refusal("refused", result.problems)}
      {result?.kind === "finalized" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("finalized", { sheet: result.sheet })}
            {result.payList && <Caption1 block>{t("payListMade", { sheet: result.payList })}</Caption1>}
          </MessageBarBody>
          <MessageBarActions>
            {result.payList && <Button size="small" onClick={() => w.select(result.payList!, "A1")}>{t("showPayList")}</Button>}
          </MessageBarActions>
        </MessageBar>
      )}
      {result?.kind === "reopened" && <MessageBar intent="success" layout="multiline"><MessageBarBody>{t("reopened", { sheet: result.sheet })}</MessageBarBody></MessageBar>}
    </div>
  );

  if (view.locked) {
    return (
      <div className={styles.section}>
        {messages}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{log?.action === "finalize" ? t("finalizedBy", { at: log.at, by: log.by }) : t("finalizedLocked")}</MessageBarBody>
        </MessageBar>
        <div className={styles.row}><Button appearance="primary" disabled={w.busy} onClick={onNextMonth}>{t("nextMonth", { month: nextMonth })}</Button></div>
        <Body1 as="h4" className={styles.subheading}>{t("reopenTitle")}</Body1>
        <Field label={t("reopenReason")} required><Input value={reason} onChange={(_, d) => setReason(d.value)} /></Field>
        <Field label={t("reopenBy")} required><Input value={by} onChange={(_, d) => setBy(d.value)} /></Field>
        {result?.kind === "reopenRefused" && <div aria-live="polite">{refusal("reopenRefused", result.problems)}</div>}
        <div className={styles.row}><Button disabled={!w.run || w.busy} onClick={() => onReopen(by, reason)}>{t("reopen")}</Button></div>
      </div>
    );
  }

  return (
    <div className={styles.section}>
      {log?.action === "reopen" && <Caption1 block className={styles.muted}>{t("reopenedBy", { at: log.at, by: log.by, reason: log.reason })}</Caption1>}
      {ids.length === 0 && open.length === 0 && <Body1 block>{t("ready", { count: view.month.rows.length })}</Body1>}
      {ids.length > 0 && (
        <div className={styles.section}>
          <Body1 block>{t("blockers")}</Body1>
          {ids.map((id) => {
            const on = excluded[id] !== undefined;
            return (
              <div key={id} className={styles.blocker}>
                <ul className={styles.messageList}>
                  {open.filter((p) => p.id === id).map((p, k) => (
                    <li key={k}>
                      {p.cell ? (
                        <Button size="small" appearance="transparent" className={styles.flagButton} onClick={() => w.select(view.sheet, p.cell!)}
                          aria-label={t("flagLabel", { text: p.message, cell: p.cell })}>{p.message}</Button>
                      ) : p.message}
                    </li>
                  ))}
                </ul>
                <Checkbox checked={on} label={t("exclude", { id: `${id} ${ops.nameOf(view, id)}`.trim() })}
                  onChange={(_, d) => setExcluded({ ...excluded, [id]: d.checked === true ? "" : undefined })} />
                {on && <Field label={t("reasonFor", { id })} required><Input value={excluded[id]} onChange={(_, d) => setExcluded({ ...excluded, [id]: d.value })} /></Field>}
              </div>
            );
          })}
        </div>
      )}
      <Field label={t("by")} required><Input value={by} onChange={(_, d) => setBy(d.value)} /></Field>
      <Caption1 block className={styles.muted}>{t("finalizeHint")}</Caption1>
      <div className={styles.row}><Button appearance="primary" disabled={!w.run || w.busy} onClick={() => onFinalize(by, exclusions)}>{t("finalize")}</Button></div>
      {messages}
    </div>
  );
}
