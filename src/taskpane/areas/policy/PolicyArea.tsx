/**
 * The Policy area: which policy the functions use and why, and the policy editor.
 * - The default policy is explained with a way to create the policy sheet; a sheet
 *   named like the policy that is not one is said to be ignored; an invalid sheet is
 *   an error bar listing each problem with a button that selects its cell.
 * - An older policy sheet is offered its upgrade, listing the keys it would add;
 *   nothing is written without the user's click.
 * - The editor (./PolicyEditor.tsx): values by section, checked as typed, the changes,
 *   and Publish (the sheet and a change-log row in one sync after the reads); the
 *   functions' policy source reads the sheet again and Excel recalculates.
 * - A policy file (the `calc --policy` JSON) is imported into the editor or exported.
 * One workbook operation runs at a time, with what it is doing shown beside it.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import {
  Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Subtitle2,
} from "@fluentui/react-components";
import { CursorClickRegular } from "@fluentui/react-icons";
import { DEFAULT_POLICY, POLICY_SHEET_NAMES, translate, type Policy } from "../../../rules";
import { CHANGE_LOG_NAMES, pathLabel } from "../../../rules/policy/changes";
import { useHost, usePolicyState, type RunBatch } from "../../host";
import { selectCell, showSheet } from "../../select";
import { ErrorBar } from "../../shell/ErrorBar";
import { importDraft, isoDate, startDraft, valueChanges, type Draft } from "./editor";
import { keyLabel, problemView, problemViews } from "./model";
import type { UpgradeOffer } from "./ops";
import { PolicyEditor } from "./PolicyEditor";
import { PolicyFile } from "./PolicyFile";
import { POLICY_TEXT, type PolicyText } from "./texts";
import { usePolicyAreaStyles } from "./PolicyArea.styles";
import { loadFormsLibrary } from "../../formsLibrary";

/** Where an operation was started: its progress and failure are shown there. */
type Where = "sheet" | "upgrade" | "publish" | "file";
type Status = { kind: "idle" } | { kind: "busy"; where: Where; text: string } | { kind: "error"; where: Where; error: unknown };
type PublishNotice = { kind: "published"; version: string; sheet: string; log: string } | { kind: "refused"; title: string; lines: string[] };
type UpgradeNotice = { kind: "offer"; offer: UpgradeOffer; changed?: boolean } | { kind: "done"; sheet: string; count: number; companion: string };

/** The policy operations write sheets: they ride in the forms library's lazily loaded chunk (../../formsLibrary), which holds the writer. */
const ops = () => import(/* webpackChunkName: "forms-library" */ "./ops");

export default function PolicyArea() {
  const styles = usePolicyAreaStyles();
  const { lang, run, policy } = useHost();
  const state = usePolicyState(policy);
  const t = (key: PolicyText, args: Record<string, unknown> = {}) => translate(POLICY_TEXT, key, lang, args);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const running = useRef(false);
  const busy = status.kind === "busy";

  /** Run one operation at a time (a second click while one runs does nothing), with what is happening shown where it started. */
  const act = async (where: Where, text: string, action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setStatus({ kind: "busy", where, text });
    try {
      await action();
      setStatus({ kind: "idle" });
    } catch (error) {
      setStatus({ kind: "error", where, error });
    } finally {
      running.current = false;
    }
  };
  const withRun = (where: Where, text: string, action: (r: RunBatch) => Promise<void>) => { if (run) void act(where, text, () => action(run)); };
  const statusAt = (where: Where) => (
    <>
      {status.kind === "busy" && status.where === where && <Spinner size="tiny" labelPosition="after" label={status.text} />}
      {status.kind === "error" && status.where === where && <ErrorBar lang={lang} error={status.error} template={(message) => t("failed", { message })} />}
    </>
  );

  // ── The draft: the published policy with the user's edits, or an imported file ──
  const [today] = useState(() => isoDate(new Date()));
  const published = state?.ok ? state.policy : undefined;
  const [draft, setDraft] = useState<Draft | null>(null);
  const fresh = useMemo(() => (published ? startDraft(published, today) : undefined), [published, today]);
  // A draft over the published policy lapses while the sheet's policy cannot be read (an imported one stays).
  const editing = draft && (draft.from || published) ? draft : fresh;
  const [publishNotice, setPublishNotice] = useState<PublishNotice | null>(null);

  const onPublish = (after: Policy, who: string) => withRun("publish", t("publishing", { version: after.version }), async (r) => {
    setPublishNotice(null);
    const result = await (await ops()).publishFromPane(r, { after, who, lang });
    if (result.ok) {
      setDraft(null);
      setPublishNotice({ kind: "published", version: after.version, sheet: result.sheet, log: result.logSheet });
      await policy?.refresh();
    } else if (result.reason === "invalid") {
      setPublishNotice({ kind: "refused", title: t("refusedInvalid", { count: result.problems.length }), lines: result.problems.map((p) => problemView(p, lang).text) });
    } else if (result.reason === "shape") {
      setPublishNotice({ kind: "refused", title: t("refusedShape", { sheet: state?.sheet ?? "" }), lines: result.missing.map((p) => pathLabel(p, lang, after)) });
    } else {
      setPublishNotice({ kind: "refused", title: t("refusedNoSheet"), lines: [] });
    }
  });

  // ── An older policy sheet: what its upgrade would add, read as soon as it is seen ──
  const [upgrade, setUpgrade] = useState<UpgradeNotice | null>(null);
  const older = state?.layout === "older" ? state.sheet : null;
  useEffect(() => {
    if (!older || !run) return;
    void act("upgrade", t("checkingUpgrade", { sheet: older }), async () => {
      const offer = await (await ops()).planUpgradeFromPane(run, lang);
      setUpgrade((u) => (offer?.needed ? { kind: "offer", offer } : u?.kind === "done" ? u : null));
    });
    // Read again whenever the policy state changes (an upgrade, an edit of the sheet).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [older, run, lang, state]);
  const onUpgrade = (offer: UpgradeOffer) => withRun("upgrade", t("upgrading", { sheet: offer.sheet }), async (r) => {
    const result = await (await ops()).upgradeFromPane(r, lang, offer.added);
    if (result.ok) {
      setUpgrade({ kind: "done", sheet: result.sheet, count: result.added.length, companion: result.companion });
      await policy?.refresh();
    } else {
      setUpgrade(result.offer?.needed ? { kind: "offer", offer: result.offer, changed: true } : null);
    }
  });

  const openSheet = (sheet: string) => withRun("sheet", t("open"), (r) => showSheet(r, sheet));
  // The writer loads only when the policy sheet is created (it is most of the Forms area's size).
  const createSheet = () => withRun("sheet", t("creating"), async (r) => { await (await loadFormsLibrary()).createForm(r, policy, "policy", undefined, lang); });

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
                    onClick={() => withRun("sheet", t("select", { cell: c.address }), (r) => selectCell(r, state.sheet, c.address!))}>
                    {t("select", { cell: c.address })}
                  </Button>
                ) : <Caption1 key={c.key}>{c.label} {t("noCell")}</Caption1>)}
              </li>
            ))}
          </ol>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" disabled={!run || busy} onClick={() => openSheet(state.sheet)}>{t("open")}</Button>
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
          <Button size="small" appearance="primary" disabled={!run || busy} onClick={createSheet}>{t("create")}</Button>
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
          <Button size="small" disabled={!run || busy} onClick={() => openSheet(sheet)}>{t("open")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const ignored = state?.ok ? state.ignored ?? [] : [];
  const quote = (s: string) => (lang === "en" ? `“${s}”` : `「${s}」`);
  const offer = upgrade?.kind === "offer" ? upgrade : undefined;
  const target = { sheet: state?.sheet ?? POLICY_SHEET_NAMES[lang], exists: state?.sheet != null, log: CHANGE_LOG_NAMES[lang] };

  return (
    <section className={styles.root} aria-labelledby="kaohe-policy">
      <Subtitle2 as="h2" id="kaohe-policy">{t("title")}</Subtitle2>
      {body}
      <div aria-live="polite" className={styles.live}>{statusAt("sheet")}</div>

      {ignored.length > 0 && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>{t("ignoredTitle", { sheets: ignored.map(quote).join(lang === "en" ? ", " : "、") })}</MessageBarTitle>
            {t("ignoredBody")}
          </MessageBarBody>
        </MessageBar>
      )}

      {offer && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>{t("olderTitle", { sheet: offer.offer.sheet })}</MessageBarTitle>
            {offer.changed && <span className={styles.block}>{t("upgradeChanged", { sheet: offer.offer.sheet })}</span>}
            <span className={styles.block}>{t("olderBody")}</span>
            {offer.offer.added.length > 0 ? (
              <>
                <span className={styles.block}>{t("olderAdds", { count: offer.offer.added.length })}</span>
                <ul className={styles.problems}>{offer.offer.added.map((k) => <li key={k}>{lang === "en" ? `${keyLabel(k, lang)} (${k})` : `${keyLabel(k, lang)}（${k}）`}</li>)}</ul>
              </>
            ) : <span className={styles.block}>{t("olderAddsNone")}</span>}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={!run || busy} onClick={() => onUpgrade(offer.offer)}>{t("upgrade")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div aria-live="polite" className={styles.live}>
        {statusAt("upgrade")}
        {upgrade?.kind === "done" && (
          <MessageBar intent="success" layout="multiline" className={styles.bar}>
            <MessageBarBody>{t("upgraded", { sheet: upgrade.sheet, count: upgrade.count, companion: upgrade.companion })}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {editing ? (
        <PolicyEditor lang={lang} published={published} draft={editing} onDraft={(d) => { setDraft(d); setPublishNotice(null); }}
          onDiscard={() => { setDraft(null); setPublishNotice(null); }} canRun={run !== undefined} busy={busy} target={target} onPublish={onPublish}
          status={(
            <>
              {statusAt("publish")}
              {publishNotice?.kind === "published" && (
                <MessageBar intent="success" layout="multiline" className={styles.bar}>
                  <MessageBarBody>
                    <MessageBarTitle>{t("publishedTitle", { version: publishNotice.version })}</MessageBarTitle>
                    {t("publishedBody", { sheet: publishNotice.sheet, log: publishNotice.log })}
                  </MessageBarBody>
                  <MessageBarActions>
                    <Button size="small" disabled={!run || busy} onClick={() => openSheet(publishNotice.log)}>{t("openLog")}</Button>
                  </MessageBarActions>
                </MessageBar>
              )}
              {publishNotice?.kind === "refused" && (
                <MessageBar intent="error" layout="multiline" className={styles.bar}>
                  <MessageBarBody>
                    <MessageBarTitle>{publishNotice.title}</MessageBarTitle>
                    {publishNotice.lines.length > 0 && <ul className={styles.problems}>{publishNotice.lines.map((l, i) => <li key={i}>{l}</li>)}</ul>}
                  </MessageBarBody>
                </MessageBar>
              )}
            </>
          )} />
      ) : state && !state.ok && <Caption1 block>{t("invalidEditor")}</Caption1>}

      <PolicyFile lang={lang} inUse={published} busy={busy} status={statusAt("file")}
        act={(text, action) => void act("file", text, action)}
        onImported={(p, fileName) => { setDraft(importDraft(p, fileName)); setPublishNotice(null); return valueChanges(published ?? DEFAULT_POLICY, p).length; }} />

      {!run && <Caption1>{t("noExcel")}</Caption1>}
    </section>
  );
}
