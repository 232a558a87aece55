/**
 * The Policy area's workbook operations: publish a policy, plan and make the
 * upgrade of an older policy sheet. Each is one Excel.run over the workbook
 * operations of src/workbook/policyOps.ts, which read first and then write in one
 * sync. Loaded only when used (it brings the writer, most of the Forms area's size).
 */
import { DEFAULT_POLICY, type Lang, type Policy, type PolicyKey } from "../../../rules";
import { writeForm } from "../../../workbook/officeWriter";
import { planPolicyUpgrade, publishPolicy, readWorkbookPolicy, upgradePolicySheet, type PublishResult } from "../../../workbook/policyOps";
import type { RunBatch } from "../../host";

export type PanePublishResult = PublishResult & { created?: string };

/**
 * Publish `after` (validated again by publishPolicy: an invalid policy writes
 * nothing): the changed cells on the policy sheet and a change-log row, in one
 * sync after the reads. A workbook without a policy sheet gets one, holding
 * `after`, and the change log compares it with the defaults.
 */
export async function publishFromPane(run: RunBatch, opts: { after: Policy; who: string; lang: Lang }): Promise<PanePublishResult> {
  return run(async (context) => {
    const read = await readWorkbookPolicy(context);
    if (read.choice.found) return publishPolicy(context, { ...opts, read });
    const written = await writeForm(context, "policy", { lang: opts.lang, policy: opts.after });
    const result = await publishPolicy(context, { ...opts, before: DEFAULT_POLICY });
    return { ...result, created: written.policySheetName };
  });
}

export interface UpgradeOffer {
  sheet: string;
  /** The keys the older sheet lacks, added with their defaults. */
  added: PolicyKey[];
  /** False when there is nothing to do: no key missing and the names already bound by key (a companion sheet). */
  needed: boolean;
}

const companionOf = (sheet: string, sheetNames: readonly string[]) => sheetNames.some((n) => n.startsWith(`${sheet} KH`));

/** What upgrading the older policy sheet would do (nothing is written), for the user's consent. Two syncs. */
export async function planUpgradeFromPane(run: RunBatch, lang: Lang): Promise<UpgradeOffer | undefined> {
  return run(async (context) => {
    const { read, plan } = await planPolicyUpgrade(context, lang);
    const sheet = read.choice.found?.sheet;
    if (!plan || !sheet) return undefined;
    return { sheet, added: plan.added, needed: plan.added.length > 0 || !companionOf(sheet, read.sheetNames) };
  });
}

export type PaneUpgradeResult =
  | { ok: true; sheet: string; added: PolicyKey[]; companion: string }
  /** The sheet changed since the user consented: here is what an upgrade would do now. */
  | { ok: false; offer: UpgradeOffer | undefined };

/**
 * Upgrade the older policy sheet, only as consented: the plan is read again and
 * the sheet is written only when it adds exactly the keys the user saw.
 */
export async function upgradeFromPane(run: RunBatch, lang: Lang, consented: readonly string[]): Promise<PaneUpgradeResult> {
  return run(async (context) => {
    const { read, plan } = await planPolicyUpgrade(context, lang);
    const sheet = read.choice.found?.sheet;
    const same = plan !== undefined && plan.added.length === consented.length && plan.added.every((k, i) => k === consented[i]);
    if (!plan || !sheet || !same) {
      return { ok: false, offer: plan && sheet ? { sheet, added: plan.added, needed: plan.added.length > 0 || !companionOf(sheet, read.sheetNames) } : undefined };
    }
    const r = await upgradePolicySheet(context, { lang, read });
    return r.ok ? { ok: true, sheet: r.sheet, added: r.plan.added, companion: r.companion } : { ok: false, offer: undefined };
  });
}
