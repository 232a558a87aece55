/**
 * Step 4, Review: the month's summary and score bands (the summary sheet gets a native
 * Excel chart of them), the ranking, and every flag with its rule ID — a flag selects
 * its cell in the sheet.
 */
import { Fragment, useState } from "react";
import { Badge, Body1, Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { cycleText } from "../../../cycle/messages";
import type { Ops } from "./load";
import type { MonthView } from "./ops";
import { stepText, type StepTextKey } from "./stepTexts";
import { useStepStyles } from "./steps.styles";
import type { Wizard } from "./wizard";

/** Ranking lines and flags shown before "show all". */
const RANKING_ROWS = 10;
const FLAG_ROWS = 50;

export interface ReviewProps {
  w: Wizard;
  ops: Ops;
  view: MonthView;
  done?: { sheet: string; replaced: boolean };
  onSummary(): void;
}

export function ReviewStep({ w, ops, view, done, onSummary }: ReviewProps) {
  const { lang } = w;
  const styles = { ...w.styles, ...useStepStyles() };
  const t = (key: StepTextKey, args: Record<string, unknown> = {}) => stepText(key, lang, args);
  const [all, setAll] = useState(false);
  const [allFlags, setAllFlags] = useState(false);
  const s = view.month.summary;
  const lines = ops.summaryLines(view, lang);
  const ranking = ops.rankingOf(view, lang);
  const flags = ops.flagsOf(view);
  const summarySheet = ops.summaryName(view);
  const exists = view.sheets.some((x) => x.toLowerCase() === summarySheet.toLowerCase());
  const most = Math.max(1, ...lines.bands.map((b) => b.count));
  const shown = ranking ? (all ? ranking.lines : ranking.lines.slice(0, RANKING_ROWS)) : [];
  return (
    <div className={styles.section}>
      <Body1 as="h4" className={styles.subheading}>{t("summary")}</Body1>
      <dl className={styles.pairs}>
        <dt className={styles.pairLabel}>{cycleText("summary.employees", lang)}</dt>
        <dd className={styles.pairValue}>{t("employeesValue", { total: s.employees, complete: s.complete, incomplete: s.incomplete })}</dd>
        {lines.figures.map((f) => <Fragment key={f.label}><dt className={styles.pairLabel}>{f.label}</dt><dd className={styles.pairValue}>{f.value}</dd></Fragment>)}
      </dl>
      {lines.bandsTitle && (
        <div className={styles.section} role="group" aria-label={lines.bandsTitle}>
          <Caption1 block>{lines.bandsTitle}</Caption1>
          {lines.bands.map((b) => (
            <div key={b.label} className={styles.band}>
              <Caption1>{b.label}</Caption1>
              <div className={styles.barTrack}><div className={styles.bar} style={{ width: `${(b.count / most) * 100}%` }} /></div>
              <Caption1 className={styles.count}>{b.count}</Caption1>
            </div>
          ))}
        </div>
      )}
      {exists && !done && <Caption1 block className={styles.muted}>{t("summaryExists", { sheet: summarySheet })}</Caption1>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!w.run || w.busy} onClick={onSummary}>{exists ? t("updateSummary") : lines.bandsTitle ? t("makeSummary") : t("makeSummaryPlain")}</Button>
      </div>
      <div aria-live="polite">
        {done && <MessageBar intent="success" layout="multiline"><MessageBarBody>{t(lines.bandsTitle ? (done.replaced ? "summaryReplaced" : "summaryDone") : "summaryPlainDone", { sheet: done.sheet })}</MessageBarBody></MessageBar>}
      </div>

      {ranking && (
        <>
          <Body1 as="h4" className={styles.subheading}>{t("ranking")}</Body1>
          <Caption1 block className={styles.muted}>{ranking.byDept ? t("rankingDept", { score: ranking.label }) : t("rankingBy", { score: ranking.label })}</Caption1>
          <table className={styles.table}>
            <tbody>
              {shown.map((r, i) => [
                // Ranked per department (H-4): each department under its own heading, so places restart visibly.
                ranking.byDept && r.dept !== shown[i - 1]?.dept && (
                  <tr key={`dept:${r.dept}`}><th colSpan={3} scope="colgroup" className={styles.rankGroup}>{r.dept}</th></tr>
                ),
                <tr key={r.id}>
                  <td>{t("place", { n: r.place })}</td>
                  <td>{r.id} {r.name}</td>
                  <td className={styles.count}>{r.score}</td>
                </tr>,
              ])}
            </tbody>
          </table>
          {!all && ranking.lines.length > RANKING_ROWS && (
            <div className={styles.row}><Button size="small" appearance="subtle" onClick={() => setAll(true)}>{t("showAll", { count: ranking.lines.length })}</Button></div>
          )}
        </>
      )}

      <Body1 as="h4" className={styles.subheading}>{t("flags", { count: flags.length })}</Body1>
      {flags.length === 0 && <Caption1 block>{t("noFlags")}</Caption1>}
      <ul className={styles.list}>
        {(allFlags ? flags : flags.slice(0, FLAG_ROWS)).map((f, k) => (
          <li key={k} className={styles.flag}>
            <Badge appearance="tint" shape="rounded" size="small" className={styles.rule}>{f.rule}</Badge>
            {f.cell ? (
              <Button size="small" appearance="transparent" className={styles.flagButton} onClick={() => w.select(f.sheet, f.cell!)}
                aria-label={t("flagLabel", { text: t("flagLine", { id: f.id, name: f.name, flag: f.detail }), cell: f.cell })}>{t("flagLine", { id: f.id, name: f.name, flag: f.detail })}</Button>
            ) : <Caption1>{t("flagLine", { id: f.id, name: f.name, flag: f.detail })}</Caption1>}
          </li>
        ))}
      </ul>
      {!allFlags && flags.length > FLAG_ROWS && (
        <div className={styles.row}><Button size="small" appearance="subtle" onClick={() => setAllFlags(true)}>{t("showAllFlags", { count: flags.length })}</Button></div>
      )}
    </div>
  );
}
