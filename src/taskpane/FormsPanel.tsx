/**
 * Create a section-T form as a new worksheet (issue 4, through the add-in).
 * The writing itself is `writeFormInExcel` (src/workbook/officeWriter.ts); this
 * panel only picks the form and the number of employee rows and reports back.
 */
import { useState } from "react";
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2 } from "@fluentui/react-components";
import type { DocumentFormId } from "../forms";
import type { Lang } from "../rules";
import { formOptions, parseRowCount, ROSTER_ROWS, text } from "./model";
import { useFormsPanelStyles } from "./FormsPanel.styles";

/** Writes the form and resolves to the new sheet's name. */
export type CreateForm = (id: DocumentFormId, count: number | undefined) => Promise<string>;

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done"; sheet: string } | { kind: "error"; message: string };

export function FormsPanel({ lang, create }: { lang: Lang; create?: CreateForm }) {
  const styles = useFormsPanelStyles();
  const options = formOptions(lang);
  const [id, setId] = useState<DocumentFormId>(options[0].id);
  const [rows, setRows] = useState(String(ROSTER_ROWS.initial));
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const roster = options.find((o) => o.id === id)?.roster ?? false;
  const count = roster ? parseRowCount(rows) : undefined;
  const canCreate = create !== undefined && status.kind !== "busy" && (!roster || count !== undefined);

  const onCreate = async () => {
    if (!create) return;
    setStatus({ kind: "busy" });
    try {
      setStatus({ kind: "done", sheet: await create(id, count) });
    } catch (e) {
      setStatus({ kind: "error", message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className={styles.root} aria-labelledby="kaohe-forms">
      <Subtitle2 as="h2" id="kaohe-forms">{text("forms", lang)}</Subtitle2>
      <Caption1>{text("formsHint", lang)}</Caption1>
      <Field label={text("form", lang)}>
        <Select value={id} onChange={(_, d) => { setId(d.value as DocumentFormId); setStatus({ kind: "idle" }); }}>
          {options.map((o) => <option key={o.id} value={o.id}>{o.title}</option>)}
        </Select>
      </Field>
      {roster && (
        <Field label={text("employees", lang)} validationState={count === undefined ? "error" : "none"}
          validationMessage={count === undefined ? `1–${ROSTER_ROWS.max}` : undefined}>
          <Input type="number" min={1} max={ROSTER_ROWS.max} value={rows} onChange={(_, d) => setRows(d.value)} />
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canCreate} onClick={() => void onCreate()}>
          {status.kind === "busy" ? text("creating", lang) : text("create", lang)}
        </Button>
      </div>
      <div aria-live="polite">
        {create === undefined && <Caption1>{text("noExcel", lang)}</Caption1>}
        {status.kind === "done" && <MessageBar intent="success"><MessageBarBody>{text("created", lang, { sheet: status.sheet })}</MessageBarBody></MessageBar>}
        {status.kind === "error" && <MessageBar intent="error"><MessageBarBody>{text("failed", lang, { message: status.message })}</MessageBarBody></MessageBar>}
      </div>
    </section>
  );
}
