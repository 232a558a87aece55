/**
 * The Policy area: which policy the functions use and why. The default policy is
 * explained with a way to create the policy sheet; an invalid sheet is an error bar
 * listing each problem with the cell it is in and a button that selects it.
 * (The policy editor — values, diff, publish, change log — grows here in its own round.)
 */
import { useState } from "react";
import {
  Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Subtitle2,
} from "@fluentui/react-components";
import { CursorClickRegular } from "@fluentui/react-icons";
import { translate } from "../../../rules";
import { useHost, usePolicyState, type RunBatch } from "../../host";
import { selectCell, showSheet } from "../../select";
import { ErrorBar } from "../../shell/ErrorBar";
import { problemViews } from "./model";
import { POLICY_TEXT } from "./texts";
import { usePolicyAreaStyles } from "./PolicyArea.styles";

type Status = { kind: "idle" } | { kind: "busy"; text: string } | { kind: "error"; error: unknown };

export default function PolicyArea() {
  const styles = usePolicyAreaStyles();
  const { lang, run, policy } = useHost();
  const state = usePolicyState(policy);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const t = (key: keyof typeof POLICY_TEXT, args: Record<string, unknown> = {}) => translate(POLICY_TEXT, key, lang, args);
  const busy = status.kind === "busy";

  /** Run one workbook action at a time, with what is happening shown next to it. */
  const act = async (text: string, action: (run: RunBatch) => Promise<unknown>) => {
    if (!run || busy) return;
    setStatus({ kind: "busy", text });
    try {
      await action(run);
      setStatus({ kind: "idle" });
    } catch (error) {
      setStatus({ kind: "error", error });
    }
  };
  const openSheet = (sheet: string) => act(t("open"), (r) => showSheet(r, sheet));
  // The writer loads only when the policy sheet is created (it is most of the Forms area's size).
  const createSheet = () => act(t("creating"), async (r) => (await import("../../actions")).createForm(r, policy, "policy", undefined, lang));

  let body;
  if (!state) {
    body = <Spinner size="tiny" label={t("loading")} />;
  } else if (!state.ok) {
    const problems = problemViews(state, lang);
    body = (
      <MessageBar intent="error" layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{t("invalidTitle", { sheet: state.sheet, count: problems.length })}</MessageBarTitle>
          {t("invalidBody")}
          <ol className={styles.problems}>
            {problems.map((p, i) => (
              <li key={i} className={styles.problem}>
                <span>{p.text}</span>
                {p.cells.map((c) => c.address ? (
                  <Button key={c.key} size="small" icon={<CursorClickRegular />} disabled={!run || busy} className={styles.cellButton}
                    aria-label={t("selectLabel", { sheet: state.sheet, cell: c.address, label: c.label })}
                    onClick={() => void act(t("select", { cell: c.address }), (r) => selectCell(r, state.sheet, c.address!))}>
                    {t("select", { cell: c.address })}
                  </Button>
                ) : <Caption1 key={c.key}>{c.label} {t("noCell")}</Caption1>)}
              </li>
            ))}
          </ol>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" disabled={!run || busy} onClick={() => void openSheet(state.sheet)}>{t("open")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else if (state.sheet === null) {
    body = (
      <MessageBar intent="info" layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{t("defaultTitle")}</MessageBarTitle>
          {t("defaultBody", { version: state.policy.version, published: state.policy.published })}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" disabled={!run || busy}
            onClick={() => void createSheet()}>{t("create")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else {
    const sheet = state.sheet;
    body = (
      <MessageBar intent="success" layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{t("sheetTitle", { sheet })}</MessageBarTitle>
          {t("sheetBody", { version: state.policy.version, published: state.policy.published })}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" disabled={!run || busy} onClick={() => void openSheet(sheet)}>{t("open")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  return (
    <section className={styles.root} aria-labelledby="kaohe-policy">
      <Subtitle2 as="h2" id="kaohe-policy">{t("title")}</Subtitle2>
      {body}
      <div aria-live="polite">
        {busy && <Spinner size="tiny" label={status.text} />}
        {status.kind === "error" && <ErrorBar lang={lang} error={status.error} template={(message) => t("failed", { message })} />}
        {!run && <Caption1>{t("noExcel")}</Caption1>}
      </div>
    </section>
  );
}
