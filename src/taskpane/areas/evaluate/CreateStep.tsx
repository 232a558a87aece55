/**
 * Step 2, Create: what will be written (the month's sheet, its employees, what carries
 * forward, the policy sheet), then the sheet — or, when the month exists, that sheet opened.
 */
import { Body1, Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { CreatedMonth } from "../../../workbook/month";
import type { RosterRead } from "./ops";
import { stepText, type StepTextKey } from "./stepTexts";
import { useStepStyles } from "./steps.styles";
import type { Wizard } from "./wizard";

export interface CreateProps {
  w: Wizard;
  sheet: string;
  /** The month's sheet exists already. */
  existing?: string;
  roster?: RosterRead;
  /** The policy sheet the functions use; null: none (it is created too). */
  policySheet: string | null;
  created?: CreatedMonth;
  onCreate(): void;
}

export function CreateStep({ w, sheet, existing, roster, policySheet, created, onCreate }: CreateProps) {
  const { lang } = w;
  const styles = { ...w.styles, ...useStepStyles() };
  const t = (key: StepTextKey, args: Record<string, unknown> = {}) => stepText(key, lang, args);
  const ready = existing !== undefined || (roster !== undefined && roster.employees.length > 0 && roster.problems.length === 0);
  return (
    <div className={styles.section}>
      {!ready && <Body1 block>{t("needRoster")}</Body1>}
      {ready && (
        <dl className={styles.pairs}>
          <dt className={styles.pairLabel}>{t("sheet")}</dt><dd className={styles.pairValue}>{existing ?? sheet}</dd>
          {roster && !existing && <><dt className={styles.pairLabel}>{t("employees")}</dt><dd className={styles.pairValue}>{t("count", { count: roster.employees.length })}</dd></>}
          {!existing && <><dt className={styles.pairLabel}>{t("carried")}</dt><dd className={styles.pairValue}>{roster?.previousSheet ?? t("none")}</dd></>}
          <dt className={styles.pairLabel}>{t("policy")}</dt><dd className={styles.pairValue}>{policySheet === null ? t("policyNew") : t("policySheet", { sheet: policySheet })}</dd>
        </dl>
      )}
      {ready && !existing && <Caption1 block className={styles.muted}>{t("createHint")}</Caption1>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!ready || !w.run || w.busy} onClick={onCreate}>{existing ? t("open") : t("create")}</Button>
      </div>
      <div aria-live="polite">
        {created && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {created.created ? t("created", { sheet: created.sheet }) : t("opened", { sheet: created.sheet })}
              {created.policySheet && <Caption1 block>{t("createdPolicy", { sheet: created.policySheet })}</Caption1>}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
