/**
 * Import and export of a policy file (the `calc --policy` JSON) in the pane.
 * Import reads a chosen file (any encoding calc reads, at most the policy file
 * size limit), validates it with the same loader as `--policy`, and hands the
 * policy to the editor: nothing is written until Publish. Export downloads the
 * policy in use as a Blob through a link with `download` — Office on the web and
 * Excel on Windows (WebView2) save it; Excel for Mac's WKWebView ignores add-in
 * downloads (OfficeDev/office-js#2700, by design), so the text is also shown to
 * copy.
 */
import { useRef, useState, type ReactNode } from "react";
import { Button, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Textarea } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowUploadRegular, CopyRegular } from "@fluentui/react-icons";
import { policyToJson, translate, type Lang, type Policy } from "../../../rules";
import { exportFileName, readPolicyFile } from "./editor";
import { problemView } from "./model";
import { POLICY_TEXT, type PolicyText } from "./texts";
import { usePolicyFileStyles } from "./PolicyFile.styles";

/** Start the download of a text file from the pane (a Blob URL, revoked once the download has had time to start). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
const REVOKE_AFTER_MS = 60_000;

export type FileNotice =
  | { kind: "imported"; file: string; version: string; count: number }
  | { kind: "importFailed"; file: string; texts: string[] }
  | { kind: "exported"; file: string; json: string };

export interface PolicyFileProps {
  lang: Lang;
  /** The policy in use (what Export writes); undefined while the sheet's policy cannot be read. */
  inUse: Policy | undefined;
  busy: boolean;
  /** Run the reading as the area's one operation at a time (progress shown, never twice). */
  act(text: string, action: () => Promise<void>): void;
  /** A valid file's policy, for the editor; returns how many values differ from the published ones. */
  onImported(policy: Policy, fileName: string): number;
  /** What the area shows about this panel's last operation (a spinner, an error). */
  status?: ReactNode;
}

export function PolicyFile({ lang, inUse, busy, act, onImported, status }: PolicyFileProps) {
  const styles = usePolicyFileStyles();
  const t = (key: PolicyText, args: Record<string, unknown> = {}) => translate(POLICY_TEXT, key, lang, args);
  const picker = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<FileNotice | null>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);

  const onFile = (file: File | undefined) => {
    if (!file) return;
    act(t("importing", { file: file.name }), async () => {
      setNotice(null);
      const loaded = await readPolicyFile(file);
      if (!loaded.ok) { setNotice({ kind: "importFailed", file: file.name, texts: loaded.problems.map((p) => problemView(p, lang).text) }); return; }
      setNotice({ kind: "imported", file: file.name, version: loaded.policy.version, count: onImported(loaded.policy, file.name) });
    });
  };

  const onExport = () => {
    if (!inUse) return;
    const json = policyToJson(inUse);
    const file = exportFileName(inUse);
    download(json, file);
    setCopied(null);
    setNotice({ kind: "exported", file, json });
  };

  const onCopy = async (json: string) => {
    try {
      await navigator.clipboard.writeText(json);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };

  return (
    <section className={styles.root} aria-labelledby="kaohe-policy-file">
      <div>
        <Subtitle2 as="h3" id="kaohe-policy-file" block>{t("fileHeading")}</Subtitle2>
        <Caption1 block>{t("fileHint")}</Caption1>
      </div>
      <div className={styles.actions}>
        <Button icon={<ArrowUploadRegular />} disabled={busy} onClick={() => picker.current?.click()}>{t("import")}</Button>
        <Button icon={<ArrowDownloadRegular />} disabled={busy || !inUse} onClick={onExport}>{t("export")}</Button>
      </div>
      <input ref={picker} type="file" accept=".json,application/json" aria-label={t("importLabel")} className={styles.picker} tabIndex={-1}
        onChange={(e) => { const file = e.currentTarget.files?.[0]; e.currentTarget.value = ""; onFile(file); }} />
      <Caption1 block>{inUse ? t("exportHint", { version: inUse.version }) : t("exportInvalid")}</Caption1>
      <div aria-live="polite" className={styles.live}>
        {status}
        {notice?.kind === "imported" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t("imported", { file: notice.file, version: notice.version, count: notice.count })}</MessageBarBody>
          </MessageBar>
        )}
        {notice?.kind === "importFailed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("importFailed", { file: notice.file, count: notice.texts.length })}</MessageBarTitle>
              <ul className={styles.list}>{notice.texts.map((x, i) => <li key={i}>{x}</li>)}</ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {notice?.kind === "exported" && (
          <div className={styles.exported}>
            <Caption1 block>{t("exported", { file: notice.file })}</Caption1>
            <Field label={t("json")}>
              <Textarea readOnly value={notice.json} resize="vertical" className={styles.json} onFocus={(e) => e.currentTarget.select()} />
            </Field>
            <div className={styles.actions}>
              <Button size="small" icon={<CopyRegular />} onClick={() => void onCopy(notice.json)}>{t("copy")}</Button>
            </div>
            {copied && <Caption1 block>{t(copied === "yes" ? "copied" : "copyFailed")}</Caption1>}
          </div>
        )}
      </div>
    </section>
  );
}
