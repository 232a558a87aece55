/**
 * The Evaluate area: the monthly wizard (EVALUATION.md) in five steps a person can go
 * back and forth between — Start, Create, Enter, Review, Finalize. One operation runs at a
 * time, with what it is doing on screen; every failure is a sentence in the user's
 * language. The step UI is this chunk; the cycle module, the forms library and the writers
 * load with the first operation (./load.ts). From Enter on, the pane reads the month's sheet
 * back (two syncs) and follows the workbook: cells typed into the sheet, the selection.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle2 } from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowRightRegular } from "@fluentui/react-icons";
import { MONTH_PATTERN, nextMonth, previousMonth } from "../../../cycle/contract";
import { monthSheetName, SCHEME_NAMES, type SchemeId } from "../../../cycle/ids";
import type { CreatedMonth } from "../../../workbook/month";
import type { Exclusion } from "../../../cycle/finalize";
import { splitAddress, topLeft } from "../../address";
import { useFollow } from "../../follow";
import { useHost, usePolicyState } from "../../host";
import { selectCell } from "../../select";
import { ErrorBar } from "../../shell/ErrorBar";
import { lookAround, type Around } from "./around";
import type { FinalizeResult } from "./FinalizeStep";
import { loadOps, type Ops } from "./load";
import type { FieldView, MonthView, RosterRead } from "./ops";
import { StartStep, type SourceKind } from "./StartStep";
import { evaluateText, type EvaluateTextKey } from "./texts";
import { STEPS, type Step, type Wizard } from "./wizard";
import { useEvaluateStyles } from "./EvaluateArea.styles";

const laterSteps = () => import(/* webpackChunkName: "evaluate-steps" */ "./laterSteps");
const CreateStep = lazy(() => laterSteps().then((m) => ({ default: m.CreateStep })));
const EnterStep = lazy(() => laterSteps().then((m) => ({ default: m.EnterStep })));
const ReviewStep = lazy(() => laterSteps().then((m) => ({ default: m.ReviewStep })));
const FinalizeStep = lazy(() => laterSteps().then((m) => ({ default: m.FinalizeStep })));

/** The month HR usually evaluates: last month. */
function lastMonth(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return previousMonth(`${now.getFullYear()}-${pad(now.getMonth() + 1)}`);
}

/** After the next paint: what is on screen says what a long computation is doing before it starts. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A failure while writing (MonthWriteError): what it could not remove, and a complete policy sheet it kept. */
const leftBehind = (e: unknown): { left: string[]; kept?: string } | undefined => ((e as { name?: string } | null)?.name === "MonthWriteError" ? (e as { left: string[]; kept?: string }) : undefined);

export default function EvaluateArea() {
  const styles = useEvaluateStyles();
  const { lang, run, policy, go } = useHost();
  const policyState = usePolicyState(policy);
  const t = useCallback((key: EvaluateTextKey, args: Record<string, unknown> = {}) => evaluateText(key, lang, args), [lang]);

  const [step, setStep] = useState<Step>("start");
  const [scheme, setScheme] = useState<SchemeId>("sales");
  const [month, setMonth] = useState(() => lastMonth(new Date()));
  const [around, setAround] = useState<Around>();
  const [source, setSource] = useState<SourceKind>("selection");
  const [by, setBy] = useState("");
  const [pasted, setPasted] = useState("");
  const [roster, setRoster] = useState<RosterRead>();
  const [created, setCreated] = useState<CreatedMonth>();
  const [view, setView] = useState<MonthView | null>();
  const [index, setIndex] = useState(0);
  const [summary, setSummary] = useState<{ sheet: string; replaced: boolean }>();
  const [final, setFinal] = useState<FinalizeResult>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [ops, setOps] = useState<Ops>();
  const running = useRef(false);
  // Keyboard users keep their place: a new step, or an operation whose button went away or was
  // disabled while it ran, puts the focus on the step's heading instead of losing it to the page.
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const focusLost = () => document.activeElement === null || document.activeElement === document.body;
  const refocus = useCallback(() => requestAnimationFrame(() => { if (focusLost()) stepHeading.current?.focus(); }), []);

  const monthValid = MONTH_PATTERN.test(month);
  const key = useMemo(() => (policyState?.ok && monthValid ? { scheme, month, lang, policy: policyState.policy } : undefined), [policyState, monthValid, scheme, month, lang]);
  const sheetName = monthSheetName(scheme, monthValid ? month : "", lang);
  const monthExists = around?.monthSheet !== undefined || created !== undefined;

  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return; // not on first showing the area: the user did not move
    shownStep.current = step;
    stepHeading.current?.focus();
  }, [step]);

  const act = useCallback(async <T,>(text: string, f: (o: Ops, stage: (s: string) => void) => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(text);
    setError(undefined);
    try {
      const o = await loadOps();
      setOps(o);
      return await f(o, setBusy);
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      running.current = false;
      setBusy(undefined);
      refocus();
    }
  }, [refocus]);

  const select = useCallback((sheet: string, cell: string) => {
    if (run) void selectCell(run, sheet, cell).catch((e: unknown) => setError(e));
  }, [run]);

  const w: Wizard = { lang, t, run, styles, busy: busy !== undefined, act, select };

  // A new scheme or month starts over: nothing read for it yet.
  useEffect(() => {
    setAround(undefined); setRoster(undefined); setCreated(undefined); setView(undefined); setSummary(undefined); setFinal(undefined); setIndex(0);
    if (!run || !monthValid) return undefined;
    let live = true;
    lookAround(run, scheme, month).then((a) => { if (live) setAround(a); }, (e: unknown) => { if (live) setError(e); });
    return () => { live = false; };
  }, [run, scheme, month, monthValid]);
  // No last month to start from: back to the selection — judged on this month's answer, not the one before "next month".
  useEffect(() => { if (around?.month === month && !around.previousSheet && source === "previous") setSource("selection"); }, [around, month, source]);

  // From Enter on: the month's sheet read back, again whenever the workbook changes; in Enter the shown employee follows the selection.
  const following = step !== "start" && step !== "create" && monthExists && key !== undefined;
  // A new function for each month followed: useFollow starts over (and reads at once) when it changes.
  const followRun = useMemo(() => (following && run && key ? ((batch) => run(batch)) as typeof run : undefined), [following, run, key]);
  useFollow(followRun, async (events) => {
    if (!run || !key) return;
    try {
      if (events.size === 0 || events.has("change")) {
        const o = await loadOps();
        setOps(o);
        setView(await o.readMonth(run, key));
      }
      if (events.has("selection") && step === "enter" && view && ops) {
        const address = await run(async (context) => {
          const cell = context.workbook.getActiveCell();
          cell.load("address");
          await context.sync();
          return cell.address;
        });
        const at = splitAddress(address);
        const row = Number(/\d+$/.exec(topLeft(at.range))?.[0]);
        const i = at.sheet === view.sheet ? ops.indexOfRow(view, row) : undefined;
        if (i !== undefined) setIndex(i);
      }
    } catch (e) {
      setError(e);
    }
  });

  const stepReachable = (s: Step): boolean => {
    if (s === "start") return true;
    if (s === "create") return monthExists || (roster !== undefined && roster.employees.length > 0 && roster.problems.length === 0);
    return monthExists;
  };
  const at = STEPS.indexOf(step);

  // ── Operations ─────────────────────────────────────────────────────────────────────────────
  const onRead = (kind: SourceKind = source, forMonth = month) => {
    if (!key) return;
    void act(t("reading"), async (o) => {
      const src = kind === "paste" ? { kind, text: pasted } as const : { kind } as const;
      setRoster(await o.readRoster(run, { ...key, month: forMonth }, src, { pasted: t("pasted"), selection: t("selection") }));
    });
  };
  const onCreate = () => {
    if (!run || !key) return;
    const count = roster?.employees.length ?? 0;
    void act(t("evaluating", { count }), async (o, stage) => {
      if (around?.monthSheet || !roster) {
        setCreated(await o.openMonth(run, key));
        return;
      }
      await painted();
      const month = o.evaluateRoster(key, roster);
      stage(t("creating", { sheet: sheetName, count }));
      const place = policyState?.ok && policyState.sheet !== null ? { name: policyState.sheet, layout: policyState.layout ?? "current" } : null;
      setCreated(await o.createMonth(run, month, place));
    });
  };
  const onCommit = async (id: string, field: FieldView, value: string | boolean): Promise<string | undefined> => {
    if (!run || !view || !ops || !field.cell) return undefined;
    const check = ops.checkInput(view, id, field.key, typeof value === "boolean" ? (value ? "TRUE" : "") : value);
    if (check.problem) return check.problem;
    await act(t("saving", { cell: field.cell }), (o) => o.saveInput(run, view, field.cell!, check.value));
    return undefined;
  };
  const onIndex = (i: number) => {
    setIndex(i);
    const cell = view && ops ? ops.employeeOf(view, i, lang, ["", ""])?.cell : undefined;
    if (view && cell) select(view.sheet, cell);
  };
  const onSummary = () => {
    if (!run || !view) return;
    void act(t("makingSummary"), async (o) => setSummary(await o.makeSummary(run, view, new Date())));
  };
  const onFinalize = (by: string, excluded: Exclusion[]) => {
    if (!run || !view) return;
    void act(t("finalizing"), async (o) => {
      const r = await o.finalize(run, view, by, excluded, new Date());
      setFinal(r.ok ? { kind: "finalized", sheet: view.sheet, payList: r.payList } : { kind: "refused", problems: r.problems });
      if (r.ok) setView(await o.readMonth(run, view.key));
    });
  };
  const onReopen = (by: string, reason: string) => {
    if (!run || !view) return;
    void act(t("reopening"), async (o) => {
      const r = await o.reopen(run, view, by, reason, new Date());
      setFinal(r.ok ? { kind: "reopened", sheet: view.sheet } : { kind: "reopenRefused", problems: r.problems });
      if (r.ok) setView(await o.readMonth(run, view.key));
    });
  };
  const onNextMonth = () => {
    const next = nextMonth(month);
    setMonth(next);
    setSource("previous");
    setStep("start");
    onRead("previous", next);
  };

  // ── Layout ─────────────────────────────────────────────────────────────────────────────────
  const left = leftBehind(error);
  const needsView = step === "enter" || step === "review" || step === "finalize";
  return (
    <section className={styles.root} aria-labelledby="kaohe-evaluate" data-step={step}>
      <div className={styles.head}>
        <Subtitle2 as="h2" id="kaohe-evaluate">{t("title")}</Subtitle2>
        <Caption1 block className={styles.muted}>{monthValid ? t("context", { scheme: SCHEME_NAMES[scheme][lang], month }) : t("intro")}</Caption1>
      </div>
      {!run && <Body1 block>{t("noExcel")}</Body1>}
      {policyState && !policyState.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("policyInvalid")}</MessageBarBody>
          <MessageBarActions><Button size="small" onClick={() => go("policy")}>{t("toPolicy")}</Button></MessageBarActions>
        </MessageBar>
      )}
      <nav aria-label={t("steps")}>
        <ol className={styles.steps}>
          {STEPS.map((s, i) => (
            <li key={s}>
              <Button size="small" className={styles.stepButton} appearance={s === step ? "primary" : "subtle"} aria-current={s === step ? "step" : undefined}
                disabled={!stepReachable(s)} onClick={() => setStep(s)} data-step-button={s}>
                {`${i + 1} ${t(`step.${s}`)}`}
              </Button>
            </li>
          ))}
        </ol>
      </nav>
      <section className={styles.section} aria-labelledby="kaohe-evaluate-step">
        <h3 id="kaohe-evaluate-step" className={styles.heading} ref={stepHeading} tabIndex={-1}><Body1><strong>{t("stepOf", { n: at + 1, name: t(`step.${step}`) })}</strong></Body1></h3>
        <div aria-live="polite" className={styles.section}>
          {busy !== undefined && (
            <Spinner size="tiny" labelPosition="after" label={busy} />
          )}
          {error !== undefined && (
            <>
              <ErrorBar lang={lang} error={error} template={(message) => t("failed", { message })} />
              {left && <Caption1 block>{left.left.length > 0 ? t("left", { sheets: left.left.join(lang === "en" ? ", " : "、") }) : left.kept ? t("removedKept", { sheet: left.kept }) : t("removed")}</Caption1>}
            </>
          )}
        </div>
        {step === "start" && (
          <StartStep w={w} scheme={scheme} month={month} monthValid={monthValid} onScheme={setScheme} onMonth={setMonth} around={around}
            previousMonth={monthValid ? previousMonth(month) : undefined} source={source} onSource={setSource} pasted={pasted} onPasted={setPasted}
            roster={roster} canRead={key !== undefined && (source === "paste" ? pasted.trim() !== "" : run !== undefined)} onRead={() => onRead()}
            onContinue={() => setStep("enter")} />
        )}
        {needsView && view === undefined && <Caption1 block>{t("readingMonth")}</Caption1>}
        {needsView && view === null && <Body1 block>{t("noMonth")}</Body1>}
        <Suspense fallback={<Spinner size="tiny" label={t("loading")} />}>
          {step === "create" && (
            <CreateStep w={w} sheet={sheetName} existing={around?.monthSheet} roster={roster} created={created} onCreate={onCreate}
              policySheet={policyState?.ok ? policyState.sheet : null} />
          )}
          {step === "enter" && view && ops && <EnterStep w={w} ops={ops} view={view} index={index} onIndex={onIndex} onCommit={onCommit} />}
          {step === "review" && view && ops && <ReviewStep w={w} ops={ops} view={view} done={summary} onSummary={onSummary} />}
          {step === "finalize" && view && ops && (
            <FinalizeStep w={w} ops={ops} view={view} result={final} nextMonth={monthValid ? nextMonth(month) : month} by={by} onBy={setBy}
              onFinalize={onFinalize} onReopen={onReopen} onNextMonth={onNextMonth} />
          )}
        </Suspense>
      </section>
      <div className={styles.nav}>
        <Button icon={<ArrowLeftRegular />} disabled={at === 0} onClick={() => setStep(STEPS[at - 1])}>{t("back")}</Button>
        <Button icon={<ArrowRightRegular />} iconPosition="after" disabled={at === STEPS.length - 1 || !stepReachable(STEPS[at + 1])} onClick={() => setStep(STEPS[at + 1])}>{t("next")}</Button>
      </div>
    </section>
  );
}
