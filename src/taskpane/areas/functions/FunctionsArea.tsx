/**
 * The Functions area: every HR.* function, searchable in either language and grouped
 * by task; each opens to its description, parameters, worked example and an Insert
 * button that writes into the active cell only when it is empty (else asks first).
 */
import { useMemo, useState } from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody,
  SearchBox, Spinner, Subtitle2,
} from "@fluentui/react-components";
import { translate } from "../../../rules";
import { useHost, usePolicyState } from "../../host";
import { ErrorBar } from "../../shell/ErrorBar";
import { readActiveCell, writeFormula, type ActiveCell } from "./insert";
import { functionGroups, type FunctionRow } from "./model";
import { FUNCTIONS_TEXT } from "./texts";
import { useFunctionsAreaStyles } from "./FunctionsArea.styles";

type Status =
  | { kind: "idle" }
  | { kind: "busy"; id: string; text: string }
  | { kind: "confirm"; id: string; target: ActiveCell }
  | { kind: "done"; id: string; cell: string; formula: string }
  | { kind: "error"; id: string; error: unknown };

export default function FunctionsArea() {
  const styles = useFunctionsAreaStyles();
  const { lang, run, policy } = useHost();
  const state = usePolicyState(policy);
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const t = (key: keyof typeof FUNCTIONS_TEXT, args: Record<string, unknown> = {}) => translate(FUNCTIONS_TEXT, key, lang, args);
  const groups = useMemo(() => functionGroups(lang, query, state?.ok ? state.policy : undefined), [lang, query, state]);
  const count = groups.reduce((n, g) => n + g.rows.length, 0);
  const busy = status.kind === "busy";

  const write = async (row: FunctionRow, target: ActiveCell) => {
    setStatus({ kind: "busy", id: row.id, text: t("writing", { cell: target.cell }) });
    await writeFormula(run!, target, row.insert);
    setStatus({ kind: "done", id: row.id, cell: target.cell, formula: row.example.formula });
  };
  const guard = async (row: FunctionRow, f: () => Promise<void>) => {
    try {
      await f();
    } catch (error) {
      setStatus({ kind: "error", id: row.id, error });
    }
  };
  const onInsert = (row: FunctionRow) => guard(row, async () => {
    if (!run || busy) return;
    setStatus({ kind: "busy", id: row.id, text: t("reading") });
    const target = await readActiveCell(run);
    if (target.content === "") await write(row, target);
    else setStatus({ kind: "confirm", id: row.id, target });
  });

  const feedback = (row: FunctionRow) => {
    if (status.kind === "idle" || status.id !== row.id) return null;
    if (status.kind === "busy") return <Spinner size="tiny" label={status.text} />;
    if (status.kind === "error") return <ErrorBar lang={lang} error={status.error} template={(message) => t("failed", { message })} />;
    if (status.kind === "done") {
      return <MessageBar intent="success" layout="multiline"><MessageBarBody>{t("inserted", { cell: status.cell, formula: status.formula })}</MessageBarBody></MessageBar>;
    }
    const target = status.target;
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("occupied", { cell: target.cell, content: target.content, name: row.name })}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" onClick={() => void guard(row, () => write(row, target))}>{t("replace")}</Button>
          <Button size="small" onClick={() => setStatus({ kind: "idle" })}>{t("cancel")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  };

  return (
    <section className={styles.root} aria-labelledby="kaohe-functions">
      <Subtitle2 as="h2" id="kaohe-functions">{t("title")}</Subtitle2>
      <SearchBox className={styles.search} value={query} onChange={(_, d) => setQuery(d.value)}
        aria-label={t("search")} placeholder={t("searchHint")} />
      <Caption1 aria-live="polite">{count > 0 ? t("count", { count }) : t("none", { query })}</Caption1>
      {!run && <Caption1>{t("noExcel")}</Caption1>}
      {groups.map((g) => (
        <div key={g.id} className={styles.group}>
          <Body1 as="h3" className={styles.groupTitle}><strong>{g.title}</strong></Body1>
          <Accordion collapsible multiple>
            {g.rows.map((row) => (
              <AccordionItem key={row.id} value={row.id} data-function-id={row.id}>
                <AccordionHeader size="small" className={styles.header}>
                  <span className={styles.headerText}>
                    <span className={styles.name}>{row.name}</span>
                    <Caption1 className={styles.muted}>{row.description}</Caption1>
                  </span>
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <code className={styles.code}>{row.signature}</code>
                  <Caption1 className={styles.muted}>{t("rules", { rules: row.rules })}</Caption1>
                  <Body1 as="h4" className={styles.sub}>{t("parameters")}</Body1>
                  <dl className={styles.params}>
                    {row.params.map((p) => (
                      <div key={p.name}>
                        <dt className={styles.code}>{p.name}{p.optional ? (lang === "en" ? ` (${t("optional")})` : `（${t("optional")}）`) : ""}</dt>
                        <dd className={styles.dd}><Caption1>{p.description}</Caption1></dd>
                      </div>
                    ))}
                  </dl>
                  <Body1 as="h4" className={styles.sub}>{t("example")}</Body1>
                  <code className={styles.code}>{row.example.formula} → {row.example.result}</code>
                  <div className={styles.actions}>
                    <Button size="small" disabled={!run || busy} onClick={() => void onInsert(row)} aria-label={t("insertLabel", { name: row.name })}>
                      {t("insert")}
                    </Button>
                  </div>
                  <div aria-live="polite">{feedback(row)}</div>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </div>
      ))}
    </section>
  );
}
