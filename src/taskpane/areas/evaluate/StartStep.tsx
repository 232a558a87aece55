/**
 * Step 1, Start: the scheme, the month (last month by default), and the roster — from a
 * range or table selected in the workbook (headers found by name), last month's sheet of
 * the scheme, or pasted text — previewed with its problems (blank and duplicate IDs with
 * their cells) before anything is written.
 */
import { lazy, Suspense } from "react";
import { Body1, Button, Caption1, Field, Input, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import { SCHEME_IDS, SCHEME_NAMES, type SchemeId } from "../../../cycle/ids";
import type { Around } from "./around";
import type { RosterRead } from "./ops";
import type { Wizard } from "./wizard";

/** The paste box (Fluent's Textarea) loads only when pasting is chosen. */
const PasteBox = lazy(() => import(/* webpackChunkName: "evaluate-paste" */ "./PasteBox"));

export type SourceKind = "selection" | "previous" | "paste";

/** How many employees the preview lists. */
const PREVIEW_ROWS = 5;

export interface StartProps {
  w: Wizard;
  scheme: SchemeId;
  month: string;
  monthValid: boolean;
  onScheme(s: SchemeId): void;
  onMonth(m: string): void;
  around?: Around;
  previousMonth?: string;
  source: SourceKind;
  onSource(s: SourceKind): void;
  pasted: string;
  onPasted(text: string): void;
  roster?: RosterRead;
  canRead: boolean;
  onRead(): void;
  onContinue(): void;
}

export function StartStep(p: StartProps) {
  const { w } = p;
  const { t, styles, lang } = w;
  const r = p.roster;
  return (
    <div className={styles.section}>
      <Field label={t("scheme")}>
        <RadioGroup layout="horizontal" className={styles.wrap} value={p.scheme} onChange={(_, d) => p.onScheme(d.value as SchemeId)}>
          {SCHEME_IDS.map((id) => <Radio key={id} value={id} label={SCHEME_NAMES[id][lang]} />)}
        </RadioGroup>
      </Field>
      <Field label={t("month")} hint={t("monthHint")} validationState={p.monthValid ? "none" : "error"}
        validationMessage={p.monthValid ? undefined : t("monthInvalid", { given: p.month })}>
        <Input value={p.month} onChange={(_, d) => p.onMonth(d.value.trim())} inputMode="numeric" />
      </Field>
      <div aria-live="polite" className={styles.section}>
        {p.around?.monthSheet && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("exists", { sheet: p.around.monthSheet })}</MessageBarBody>
            <MessageBarActions><Button size="small" disabled={w.busy} onClick={p.onContinue}>{t("continue")}</Button></MessageBarActions>
          </MessageBar>
        )}
        {p.around && !p.around.monthSheet && p.previousMonth && (
          <Caption1 block className={styles.muted}>
            {p.around.previousSheet ? t("hasPrevious", { sheet: p.around.previousSheet }) : t("noPrevious", { month: p.previousMonth })}
          </Caption1>
        )}
      </div>
      <Field label={t("source")}>
        <RadioGroup value={p.source} onChange={(_, d) => p.onSource(d.value as SourceKind)}>
          <Radio value="selection" label={<span className={styles.head}><span>{t("source.selection")}</span><Caption1 className={styles.muted}>{t("source.selectionHint")}</Caption1></span>} />
          <Radio value="previous" disabled={!p.around?.previousSheet}
            label={p.around?.previousSheet ? t("source.previous", { sheet: p.around.previousSheet }) : t("source.previousNone")} />
          <Radio value="paste" label={t("source.paste")} />
        </RadioGroup>
      </Field>
      {p.source === "paste" && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <PasteBox label={t("pasteLabel")} placeholder={t("pastePlaceholder")} value={p.pasted} onChange={p.onPasted} />
        </Suspense>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!p.canRead || w.busy} onClick={p.onRead}>{t("read")}</Button>
      </div>
      {r && (
        <div aria-live="polite" className={styles.section}>
          {r.employees.length === 0 && r.problems.length === 0 && <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t("readNone", { where: r.where })}</MessageBarBody></MessageBar>}
          {r.employees.length > 0 && <Body1 block>{t("readOk", { count: r.employees.length, where: r.where })}</Body1>}
          {r.problems.length > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {t("problems")}
                <ul className={styles.list}>
                  {r.problems.map((x, i) => (
                    <li key={i} className={mergeClasses(styles.flag, styles.flagWrap)}>
                      <span>{x.message}</span>
                      {x.sheet && x.cell && (
                        <Button size="small" appearance="transparent" className={styles.flagButton} onClick={() => w.select(x.sheet!, x.cell!)}
                          aria-label={t("selectCellOf", { sheet: x.sheet, cell: x.cell })}>{t("selectCell", { cell: x.cell })}</Button>
                      )}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {r.warnings.map((x, i) => <Caption1 key={i} block className={styles.muted}>{x}</Caption1>)}
          {r.inputColumns > 0 && <Caption1 block>{t("inputsToo", { count: r.inputColumns })}</Caption1>}
          {r.employees.length > 0 && (
            <table className={styles.table} aria-label={t("preview")}>
              <tbody>
                {r.employees.slice(0, PREVIEW_ROWS).map((e) => <tr key={e.id}><td>{e.id}</td><td>{e.name}</td><td>{e.dept}</td></tr>)}
                {r.employees.length > PREVIEW_ROWS && <tr><td colSpan={3} className={styles.muted}>{t("more", { count: r.employees.length - PREVIEW_ROWS })}</td></tr>}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
