/** The task pane: which policy the functions use, creating a form, and the HR.* functions. */
import { useEffect, useState } from "react";
import { Badge, Body1, Caption1, Card, FluentProvider, Subtitle2, Title3, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../rules";
import type { PolicySource, PolicyState } from "../functions/policySource";
import { FormsPanel, type CreateForm } from "./FormsPanel";
import { functionRows, policyLine, text } from "./model";

export interface AppProps {
  lang: Lang;
  /** The functions' policy source (shared runtime); absent when the task pane runs alone. */
  policy?: PolicySource;
  /** Creates a form in the open workbook; absent outside Excel. */
  createForm?: CreateForm;
}

export function App({ lang, policy, createForm }: AppProps) {
  const [state, setState] = useState<PolicyState | undefined>(() => policy?.peek());
  useEffect(() => {
    if (!policy) return undefined;
    let live = true;
    void policy.get().then((s) => { if (live) setState(s); });
    const off = policy.onChange((s) => setState(s));
    return () => { live = false; off(); };
  }, [policy]);

  const line = policyLine(state, lang);
  const rows = functionRows(lang, state);
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12, minHeight: "100vh", boxSizing: "border-box" }}>
      <header style={{ display: "flex", alignItems: "baseline", gap: 8, marginBottom: 8 }}>
        <Title3 as="h1">{text("title", lang)}</Title3>
      </header>
      <section aria-live="polite" style={{ marginBottom: 12 }}>
        <Badge appearance="tint" color={line.kind === "invalid" ? "danger" : line.kind === "ok" ? "success" : "informative"}>
          {line.text}
        </Badge>
        {line.problems.length > 0 && (
          <ul style={{ margin: "6px 0 0", paddingLeft: 18 }}>
            {line.problems.map((p) => <li key={p}><Caption1>{p}</Caption1></li>)}
          </ul>
        )}
      </section>
      <FormsPanel lang={lang} create={createForm} />
      <Subtitle2 as="h2">{text("functions", lang)}</Subtitle2>
      <div style={{ display: "grid", gap: 6, marginTop: 6 }}>
        {rows.map((r) => (
          <Card key={r.id} size="small" data-function-id={r.id}>
            <Body1><code>{r.signature}</code></Body1>
            <Caption1>{r.description}</Caption1>
          </Card>
        ))}
      </div>
    </FluentProvider>
  );
}
