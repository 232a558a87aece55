/**
 * The Forms area: every section-T form and the policy sheet, grouped by purpose with a
 * line each; pick one, set the employee rows of a roster, create it (src/taskpane/actions.ts,
 * loaded on Create with the forms library: ../../formsLibrary.ts).
 */
import { useState } from "react";
import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { FormId } from "../../../forms";
import { translate } from "../../../rules";
import type { Created } from "../../actions";
import { loadFormsLibrary } from "../../formsLibrary";
import { showSheet } from "../../select";
import { useHost, usePolicyState } from "../../host";
import { ErrorBar } from "../../shell/ErrorBar";
import { RuleIds } from "../../shell/RuleIds";
import { formGroups, parseRowCount, ROSTER_ROWS } from "./model";
import { FORMS_TEXT } from "./texts";
import { useFormsAreaStyles } from "./FormsArea.styles";

type Status = { kind: "idle" } | { kind: "busy"; text: string } | { kind: "done"; result: Created } | { kind: "error"; error: unknown };

export default function FormsArea() {
  const styles = useFormsAreaStyles();
  const { lang, run, policy } = useHost();
  const policyState = usePolicyState(policy);
  const t = (key: keyof typeof FORMS_TEXT, args: Record<string, unknown> = {}) => translate(FORMS_TEXT, key, lang, args);
  const groups = formGroups(lang);
  const all = groups.flatMap((g) => g.forms);
  const [id, setId] = useState<FormId>(all[0].id);
  const [rows, setRows] = useState(String(ROSTER_ROWS.initial));
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const chosen = all.find((f) => f.id === id) ?? all[0];
  const count = chosen.roster ? parseRowCount(rows) : undefined;
  const busy = status.kind === "busy";
  const policySheet = id === "policy" && policyState?.sheet ? policyState.sheet : undefined;

  const onCreate = async () => {
    if (!run || busy) return;
    setStatus({ kind: "busy", text: count === undefined ? t("creating", { form: chosen.title }) : t("creatingRoster", { form: chosen.title, count }) });
    try {
      let result: Created;
      if (policySheet) {
        await showSheet(run, policySheet);
        result = { sheet: policySheet, created: false };
      } else {
        const { createForm } = await loadFormsLibrary();
        result = await createForm(run, policy, id, count, lang);
      }
      setStatus({ kind: "done", result });
    } catch (error) {
      setStatus({ kind: "error", error });
    }
  };

  return (
    <section className={styles.root} aria-labelledby="kaohe-forms">
      <div>
        <Subtitle2 as="h2" id="kaohe-forms" block>{t("title")}</Subtitle2>
        <Caption1 block>{t("hint")}</Caption1>
      </div>
      {groups.map((g) => (
        <div key={g.id} className={styles.group}>
          <Body1 as="h3" id={`kaohe-forms-${g.id}`} className={styles.groupTitle}><strong>{g.title}</strong></Body1>
          <RadioGroup className={styles.radios} aria-labelledby={`kaohe-forms-${g.id}`} value={g.forms.some((f) => f.id === id) ? id : ""}
            onChange={(_, d) => { setId(d.value as FormId); if (!busy) setStatus({ kind: "idle" }); }}>
            {g.forms.map((f) => (
              <Radio key={f.id} value={f.id} data-form-id={f.id} label={
                <span className={styles.option}><span><RuleIds text={f.title} /></span><Caption1 className={styles.line}><RuleIds text={f.line} /></Caption1></span>
              } />
            ))}
          </RadioGroup>
        </div>
      ))}
      <div className={styles.footer}>
        <Caption1 block><strong><RuleIds text={chosen.title} /></strong></Caption1>
        <div className={styles.actions}>
          {chosen.roster && (
            <Field label={t("employees")} className={styles.rows}
              validationState={count === undefined ? "error" : "none"}
              validationMessage={count === undefined ? t("rowsInvalid", { max: ROSTER_ROWS.max, given: rows }) : undefined}>
              <Input type="number" min={1} max={ROSTER_ROWS.max} value={rows} onChange={(_, d) => setRows(d.value)} />
            </Field>
          )}
          <Button appearance="primary" disabled={!run || busy || (chosen.roster && count === undefined)} onClick={() => void onCreate()}>
            {policySheet ? t("openPolicy") : t("create")}
          </Button>
        </div>
        {busy && <Spinner size="tiny" labelPosition="after" label={status.text} />}
        <div aria-live="polite">
          {!run && <Caption1>{t("noExcel")}</Caption1>}
          {status.kind === "done" && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{status.result.created ? t("created", { sheet: status.result.sheet }) : t("opened", { sheet: status.result.sheet })}</MessageBarBody>
            </MessageBar>
          )}
          {status.kind === "error" && <ErrorBar lang={lang} error={status.error} template={(message) => t("failed", { message })} />}
        </div>
      </div>
    </section>
  );
}
