/**
 * The task pane shell: header (name, policy version, help), navigation between the
 * areas, and the shown area (loaded on first use). Follows Office's theme.
 */
import { Component, Suspense, useCallback, useEffect, useMemo, useState, type KeyboardEvent, type ReactElement, type ReactNode } from "react";
import {
  Button, Caption1, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle1, mergeClasses, type Theme,
} from "@fluentui/react-components";
import {
  BookRegular, CheckmarkCircleRegular, ClipboardTaskListLtrRegular, DocumentTableRegular, LightbulbRegular, MathFormulaRegular, QuestionCircleRegular,
} from "@fluentui/react-icons";
import type { PolicySource, PolicyState } from "../functions/policySource";
import type { Lang } from "../rules";
import { AREA_IDS, HostContext, usePolicyState, type AreaId, type PaneHost, type RunBatch } from "./host";
import { useAppStyles } from "./App.styles";
import { areaComponent, lastArea, rememberArea } from "./shell/areas";
import { readableError } from "./shell/errors";
import { shellText } from "./shell/texts";
import { currentThemeKind, LIGHT_THEME, loadTheme, watchTheme, type ThemeKind } from "./shell/theme";

export interface AppProps {
  lang: Lang;
  /** The functions' policy source (shared runtime); absent when the task pane runs alone. */
  policy?: PolicySource;
  /** Runs a batch against the open workbook; absent outside Excel. */
  run?: RunBatch;
  /** The area to open on; default: the one shown last. */
  area?: AreaId;
  /** The theme to start with (index.tsx loads it before the first render); default: Office's, light until it loads. */
  theme?: { kind: ThemeKind; theme: Theme };
  /** Follow Office's theme changes (off for tests that fix a theme). */
  followTheme?: boolean;
}

const ICONS: Readonly<Record<AreaId, ReactElement>> = {
  evaluate: <ClipboardTaskListLtrRegular />,
  forms: <DocumentTableRegular />,
  explain: <LightbulbRegular />,
  policy: <BookRegular />,
  functions: <MathFormulaRegular />,
};

/** A failed area load (a lost connection) shows a readable message and a way to try again. */
class AreaBoundary extends Component<{ lang: Lang; onRetry: () => void; children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error === undefined) return this.props.children;
    const { message, detail } = readableError(this.state.error, this.props.lang);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{shellText("areaFailed", this.props.lang, { message })}{detail && <Caption1 block>{detail}</Caption1>}</MessageBarBody>
        <MessageBarActions><Button onClick={() => { this.setState({ error: undefined }); this.props.onRetry(); }}>{shellText("retry", this.props.lang)}</Button></MessageBarActions>
      </MessageBar>
    );
  }
}

function PolicyLine({ lang, state, onShow }: { lang: Lang; state: PolicyState | undefined; onShow: () => void }) {
  const styles = useAppStyles();
  if (state && !state.ok) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{shellText("policyInvalid", lang, { sheet: state.sheet })}</MessageBarBody>
        <MessageBarActions><Button size="small" onClick={onShow}>{shellText("showProblems", lang)}</Button></MessageBarActions>
      </MessageBar>
    );
  }
  const text = !state ? shellText("policyLoading", lang)
    : state.sheet === null ? shellText("policyDefault", lang, { version: state.policy.version })
    : shellText("policySheet", lang, { version: state.policy.version, sheet: state.sheet });
  return (
    <div className={styles.policyLine} aria-live="polite">
      {state ? <CheckmarkCircleRegular className={styles.ok} aria-hidden /> : <Spinner size="extra-tiny" aria-hidden />}
      <Caption1>{text}</Caption1>
    </div>
  );
}

/**
 * The area tabs (WAI-ARIA tabs: the selected tab in the tab order, arrow keys, Home and
 * End move and select). Fluent Buttons rather than Fluent's TabList, which alone would
 * cost a seventh of the pane's startup budget (test/build/budget.test.ts).
 */
function AreaTabs({ lang, area, onSelect }: { lang: Lang; area: AreaId; onSelect: (area: AreaId) => void }) {
  const styles = useAppStyles();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = AREA_IDS.indexOf(area);
    const last = AREA_IDS.length - 1;
    const next = e.key === "ArrowRight" ? (i === last ? 0 : i + 1) : e.key === "ArrowLeft" ? (i === 0 ? last : i - 1)
      : e.key === "Home" ? 0 : e.key === "End" ? last : undefined;
    if (next === undefined) return;
    e.preventDefault();
    onSelect(AREA_IDS[next]);
    document.getElementById(`kaohe-tab-${AREA_IDS[next]}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={shellText("nav", lang)} className={styles.tabList} onKeyDown={onKeyDown}>
      {AREA_IDS.map((id) => (
        <Button key={id} role="tab" id={`kaohe-tab-${id}`} aria-selected={id === area} aria-controls="kaohe-area" tabIndex={id === area ? 0 : -1}
          appearance="transparent" icon={ICONS[id]} className={mergeClasses(styles.tab, id === area && styles.selected)} onClick={() => onSelect(id)}>
          {shellText(`area.${id}`, lang)}
        </Button>
      ))}
    </div>
  );
}

export function App({ lang, policy, run, area: initialArea, theme: initialTheme, followTheme = true }: AppProps) {
  const styles = useAppStyles();
  const [area, setArea] = useState<AreaId>(() => initialArea ?? lastArea());
  const [attempt, setAttempt] = useState(0);
  const [theme, setTheme] = useState<{ kind: ThemeKind; theme: Theme }>(() => initialTheme ?? { kind: "light", theme: LIGHT_THEME });
  const state = usePolicyState(policy);

  useEffect(() => {
    if (!followTheme) return undefined;
    let live = true;
    const apply = (kind: ThemeKind) => { void loadTheme(kind).then((t) => { if (live) setTheme({ kind, theme: t }); }, () => undefined); };
    watchTheme(apply);
    if (!initialTheme) apply(currentThemeKind());
    return () => { live = false; };
  }, [followTheme, initialTheme]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = shellText("title", lang);
  }, [lang]);

  const go = useCallback((next: AreaId) => {
    setArea(next);
    rememberArea(next);
  }, []);
  const host = useMemo<PaneHost>(() => ({ lang, policy, run, go }), [lang, policy, run, go]);
  const Area = areaComponent(area, attempt);
  const help = `help/${lang}/index.html`;

  return (
    <FluentProvider theme={theme.theme} className={styles.root} data-theme={theme.kind}>
      <HostContext.Provider value={host}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <Subtitle1 as="h1" className={styles.title}>{shellText("title", lang)}</Subtitle1>
            <Button as="a" href={help} target="_blank" rel="noopener" appearance="subtle" size="small" icon={<QuestionCircleRegular />} className={styles.help} aria-label={shellText("helpLabel", lang)}>
              {shellText("help", lang)}
            </Button>
          </div>
          <PolicyLine lang={lang} state={state} onShow={() => go("policy")} />
        </header>
        <nav className={styles.nav}>
          <AreaTabs lang={lang} area={area} onSelect={go} />
        </nav>
        <main id="kaohe-area" role="tabpanel" aria-labelledby={`kaohe-tab-${area}`} className={styles.main} data-area={area}>
          <AreaBoundary key={`${area}:${attempt}`} lang={lang} onRetry={() => setAttempt((n) => n + 1)}>
            <Suspense fallback={<Spinner size="small" label={shellText("loadingArea", lang)} />}>
              <Area />
            </Suspense>
          </AreaBoundary>
        </main>
      </HostContext.Provider>
    </FluentProvider>
  );
}
