/**
 * The Explain area: the active cell's value and every step the rules core took to
 * reach it, following the selection as it moves (read.ts: at most two syncs a cell).
 */
import { useState } from "react";
import {
  Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle2,
} from "@fluentui/react-components";
import { translate, type Lang } from "../../../rules";
import { DEFAULT_STATE } from "../../../functions/policySource";
import { useFollow } from "../../follow";
import { useHost } from "../../host";
import { selectCell } from "../../select";
import { ErrorBar } from "../../shell/ErrorBar";
import { RuleSteps } from "../../shell/RuleSteps";
import { explainView, type CallView, type ExplainView } from "./model";
import { readExplain } from "./read";
import { EXPLAIN_TEXT, type ExplainTextKey } from "./texts";
import { useExplainAreaStyles } from "./ExplainArea.styles";

type Status = { kind: "reading" } | { kind: "shown"; view: ExplainView } | { kind: "error"; error: unknown };

function Call({ call, lang, onExplain }: { call: CallView; lang: Lang; onExplain: (sheet: string, cell: string) => void }) {
  const styles = useExplainAreaStyles();
  const t = (key: ExplainTextKey, args: Record<string, unknown> = {}) => translate(EXPLAIN_TEXT, key, lang, args);
  const r = call.result;
  return (
    <section className={styles.call} aria-label={call.name}>
      <Body1 as="h3" className={styles.callTitle}>
        <span className={styles.code}>{call.name}</span>
        {r.kind === "value" && <> = <strong data-testid="explain-value">{r.value}</strong></>}
      </Body1>
      <Body1 as="h4" className={styles.sub}>{t("inputs")}</Body1>
      <dl className={styles.inputs}>
        {call.inputs.map((input, i) => (
          <div key={i} className={styles.input}>
            <dt>{input.label} <Caption1 className={styles.where}>{input.where}</Caption1></dt>
            <dd className={styles.dd}>
              {input.value}
              {input.note && <Caption1 block className={styles.muted}>{input.note}</Caption1>}
              {input.explain && (
                <Button size="small" appearance="subtle" className={styles.link} aria-label={t("explainThatLabel", { cell: input.explain.cell })}
                  onClick={() => onExplain(input.explain!.sheet, input.explain!.cell)}>{t("explainThat", { cell: input.explain.cell })}</Button>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {call.nested.map((n, i) => <div key={i} className={styles.nested}><Call call={n} lang={lang} onExplain={onExplain} /></div>)}
      {r.kind === "value" && (
        <>
          <Body1 as="h4" className={styles.sub}>{t("steps")}</Body1>
          <RuleSteps steps={r.steps} />
          {r.warnings.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody><ul className={styles.warnings}>{r.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul></MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {r.kind === "error" && <MessageBar intent="error" layout="multiline"><MessageBarBody>{t(r.form ? "formError" : "error", { message: r.message })}</MessageBarBody></MessageBar>}
      {r.kind === "unresolved" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("unresolved")}<ul className={styles.warnings}>{r.reasons.map((x, i) => <li key={i}>{x}</li>)}</ul></MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** Formulas longer than this (a form's or a month table's native formulas) start folded: the explanation comes first. */
const FOLD_FORMULA = 80;

function Formula({ formula, lang }: { formula: string; lang: Lang }) {
  const styles = useExplainAreaStyles();
  const code = <code className={styles.code}>{formula}</code>;
  if (formula.length <= FOLD_FORMULA) return code;
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{translate(EXPLAIN_TEXT, "formula", lang)}</summary>
      {code}
    </details>
  );
}

export default function ExplainArea() {
  const styles = useExplainAreaStyles();
  const { lang, run, policy, go } = useHost();
  const [status, setStatus] = useState<Status>({ kind: "reading" });
  const t = (key: ExplainTextKey, args: Record<string, unknown> = {}) => translate(EXPLAIN_TEXT, key, lang, args);

  useFollow(run, async () => {
    if (!run) return;
    setStatus((s) => (s.kind === "shown" ? s : { kind: "reading" }));
    try {
      const read = await run(readExplain);
      const state = policy ? await policy.get() : DEFAULT_STATE;
      setStatus({ kind: "shown", view: explainView(read, state, lang) });
    } catch (error) {
      setStatus({ kind: "error", error });
    }
  });

  const onExplain = (sheet: string, cell: string) => { if (run) void selectCell(run, sheet, cell).catch((error: unknown) => setStatus({ kind: "error", error })); };
  const view = status.kind === "shown" ? status.view : undefined;

  return (
    <section className={styles.root} aria-labelledby="kaohe-explain">
      <Subtitle2 as="h2" id="kaohe-explain">{t("title")}</Subtitle2>
      {!run && <Body1>{t("noExcel")}</Body1>}
      <div aria-live="polite" className={styles.live}>
        {run && status.kind === "reading" && <Spinner size="tiny" label={t("readingSelection")} />}
        {status.kind === "error" && <ErrorBar lang={lang} error={status.error} template={(message) => t("failed", { message })} />}
        {view?.kind === "policy" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t("policyInvalid", { sheet: view.sheet })}</MessageBarBody>
            <MessageBarActions><Button size="small" onClick={() => go("policy")}>{t("toPolicy")}</Button></MessageBarActions>
          </MessageBar>
        )}
        {view?.kind === "none" && (
          <div className={styles.block}>
            <Body1 block>{view.text}</Body1>
            {view.formula && <Formula formula={view.formula} lang={lang} />}
            <Caption1 block className={styles.muted}>{view.covers}</Caption1>
            <Caption1 block className={styles.muted}>{t("intro")}</Caption1>
          </div>
        )}
        {view?.kind === "calls" && (
          <div className={styles.block} data-explained-cell={`${view.sheet}!${view.cell}`}>
            <Body1 block><strong>{t("cell", { cell: view.cell })}</strong> · {view.sheet}</Body1>
            {view.heading && <Caption1 block>{view.heading}</Caption1>}
            {view.formula && <Formula formula={view.formula} lang={lang} />}
            <Caption1 block className={styles.muted}>{t("shows", { value: view.shown })}</Caption1>
            {view.differs && <MessageBar intent="warning" layout="multiline"><MessageBarBody>{view.differs}</MessageBarBody></MessageBar>}
            {view.calls.map((c, i) => <Call key={i} call={c} lang={lang} onExplain={onExplain} />)}
          </div>
        )}
      </div>
    </section>
  );
}
