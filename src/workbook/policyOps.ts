/**
 * Office.js operations on the workbook's policy (P-1, L-7): find the policy
 * sheet, publish a new version (the sheet's changed cells and a change-log
 * row, in one sync), upgrade an older policy sheet with the user's consent.
 * The decisions are pure (src/rules/policy/sheet.ts, changes.ts); these only
 * read what is needed and place the result.
 */
import {
  CHANGE_LOG_HEADER, CHANGE_LOG_NAMES, changeLogRow, planPublish, planUpgrade, type CellWrite, type UpgradePlan,
} from "../rules/policy/changes";
import {
  DEFAULT_POLICY, choosePolicySheet, loadPolicy, policyCandidates, policyToJson,
  type Lang, type Policy, type PolicyProblem, type PolicySheetChoice,
} from "../rules";
import { colLetter, parseRange, quoteSheet } from "../forms/address";
import { policySheetPlan } from "../forms/policySheet";
import { queuePlan, readSheets, type XContext } from "./officeWriter";
import { uniqueSheetName } from "./names";

export interface WorkbookPolicy {
  sheetNames: string[];
  choice: PolicySheetChoice;
  /** The raw rows of the chosen policy sheet (empty when there is none). */
  rows: readonly (readonly unknown[])[];
  syncs: number;
}

/** Which sheet holds the workbook's policy, and its content: two syncs (sheet names, then the candidates' values). */
export async function readWorkbookPolicy(context: XContext, sheetNames?: readonly string[]): Promise<WorkbookPolicy> {
  let syncs = 0;
  let names = sheetNames ? [...sheetNames] : undefined;
  if (!names) {
    context.workbook.worksheets.load("items/name");
    await context.sync();
    syncs++;
    names = context.workbook.worksheets.items.map((w) => w.name);
  }
  const candidates = policyCandidates(names);
  if (candidates.length === 0) return { sheetNames: names, choice: { ignored: [] }, rows: [], syncs };
  const reads = await readSheets(context, candidates);
  syncs++;
  const choice = choosePolicySheet(reads);
  return { sheetNames: names, choice, rows: reads.find((r) => r.sheet === choice.found?.sheet)?.rows ?? [], syncs };
}

function queueWrites(context: XContext, sheet: string, writes: readonly CellWrite[]): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  for (const w of writes) {
    const r = ws.getRange(w.cell);
    if (w.numberFormat) r.numberFormat = [[w.numberFormat]];
    r.values = [[w.value ?? ""]];
  }
}

export interface PublishOptions {
  /** The new policy (its version and publication date included, L-7). */
  after: Policy;
  /** The policy published so far (the change log compares with it); default: the policy the sheet holds, or the defaults. */
  before?: Policy;
  /** Who publishes (the change log's "who"). */
  who: string;
  lang: Lang;
  /** What the caller already read (readWorkbookPolicy): saves the reading syncs. */
  read?: WorkbookPolicy;
}

export type PublishResult =
  | { ok: true; sheet: string; logSheet: string; writes: number; logRow: string[]; syncs: number }
  | { ok: false; reason: "invalid"; problems: PolicyProblem[]; syncs: number }
  | { ok: false; reason: "noPolicySheet" | "shape"; missing: string[]; syncs: number };

/**
 * Publish a policy: its changed values written on the policy sheet and a row
 * appended to the change log (规则变更记录 / 規則變更記錄 / Policy change log,
 * created when missing) — in one sync after the reads. An invalid policy is
 * refused before anything is written.
 */
export async function publishPolicy(context: XContext, opts: PublishOptions): Promise<PublishResult> {
  const checked = loadPolicy(JSON.parse(policyToJson(opts.after)));
  if (!checked.ok) return { ok: false, reason: "invalid", problems: checked.problems, syncs: 0 };
  const read = opts.read ?? await readWorkbookPolicy(context);
  let syncs = opts.read ? 0 : read.syncs;
  const found = read.choice.found;
  if (!found) return { ok: false, reason: "noPolicySheet", missing: [], syncs };
  const plan = planPublish(read.rows, found.content, opts.after, opts.lang);
  if (!plan.ok) return { ok: false, reason: "shape", missing: plan.missing, syncs };
  const logName = read.sheetNames.find((n) => n === CHANGE_LOG_NAMES[opts.lang]) ?? read.sheetNames.find((n) => Object.values(CHANGE_LOG_NAMES).includes(n));
  let logRows = 0;
  if (logName) {
    const [log] = await readSheets(context, [logName]);
    syncs++;
    logRows = log.rows.length;
  }
  const before = opts.before ?? (found.content.load.ok ? found.content.load.policy : DEFAULT_POLICY);
  const row = changeLogRow(before, opts.after, opts.who, opts.lang);
  queueWrites(context, found.sheet, plan.writes);
  const logSheet = logName ?? uniqueSheetName(CHANGE_LOG_NAMES[opts.lang], read.sheetNames);
  const width = CHANGE_LOG_HEADER.length;
  const lines: string[][] = logName && logRows > 0 ? [row] : [CHANGE_LOG_HEADER.map((h) => h[opts.lang]), row];
  const top = logName && logRows > 0 ? logRows + 1 : 1;
  const ws = logName ? context.workbook.worksheets.getItem(logName) : context.workbook.worksheets.add(logSheet);
  const range = ws.getRange(`A${top}:${colLetter(width)}${top + lines.length - 1}`);
  range.numberFormat = lines.map((l) => l.map(() => "@"));
  range.values = lines;
  range.format.wrapText = true;
  if (!logName) {
    ws.getRange(`A1:${colLetter(width)}1`).format.font.bold = true;
    ws.getRange(`${colLetter(width)}:${colLetter(width)}`).format.columnWidth = LOG_TEXT_WIDTH;
  }
  await context.sync();
  syncs++;
  return { ok: true, sheet: found.sheet, logSheet, writes: plan.writes.length, logRow: row, syncs };
}

/** Points of the change log's "changes" column. */
const LOG_TEXT_WIDTH = 480;

export type UpgradeResult =
  | { ok: true; sheet: string; plan: UpgradePlan; companion: string; rebound: number; syncs: number }
  | { ok: false; reason: "noOlderSheet"; syncs: number };

/**
 * The plan of an upgrade, for the user to consent to: which keys an older
 * policy sheet lacks (added with their defaults, after its last row).
 */
export async function planPolicyUpgrade(context: XContext, lang: Lang): Promise<{ read: WorkbookPolicy; plan?: UpgradePlan }> {
  const read = await readWorkbookPolicy(context);
  const found = read.choice.found;
  return { read, plan: found?.content.layout === "older" ? planUpgrade(found.content, lang) : undefined };
}

/**
 * Upgrade an older (layout-1) policy sheet in place, with the user's consent:
 * the keys it lacks are appended with their defaults (no row moved or
 * changed), and every KH_ name is bound by key through a companion sheet
 * (tables and checks), so forms made before keep working and no longer
 * depend on row positions. One sync after the reads (names included).
 */
export async function upgradePolicySheet(context: XContext, opts: { lang: Lang; policy?: Policy; read?: WorkbookPolicy }): Promise<UpgradeResult> {
  const read = opts.read ?? await readWorkbookPolicy(context);
  let syncs = opts.read ? 0 : read.syncs;
  const found = read.choice.found;
  if (!found || found.content.layout !== "older") return { ok: false, reason: "noOlderSheet", syncs };
  const wb = context.workbook;
  wb.names.load("items/name");
  await context.sync();
  syncs++;
  const names = new Set(wb.names.items.map((n) => n.name.toLowerCase()));
  const plan = planUpgrade(found.content, opts.lang);
  const ws = wb.worksheets.getItem(found.sheet);
  if (plan.rows.length > 0) {
    const top = parseRange(plan.at).top;
    const range = ws.getRange(`A${top}:${colLetter(plan.rows[0].length)}${top + plan.rows.length - 1}`);
    range.numberFormat = plan.rows.map((r) => r.map((v) => (typeof v === "string" ? "@" : "General")));
    range.values = plan.rows.map((r) => r.map((v) => v ?? ""));
  }
  const policy = opts.policy ?? (found.content.load.ok ? found.content.load.policy : DEFAULT_POLICY);
  const companionPlan = policySheetPlan(policy, opts.lang, { scalarsFrom: found.sheet });
  const companion = uniqueSheetName(companionPlan.name, read.sheetNames);
  queuePlan(wb.worksheets.add(companion), companionPlan, opts.lang);
  let rebound = 0;
  for (const n of companionPlan.names) {
    const ref = `=${quoteSheet(companion)}!${n.ref}`;
    if (names.has(n.name.toLowerCase())) { wb.names.getItem(n.name).formula = ref; rebound++; }
    else wb.names.add(n.name, ref);
  }
  await context.sync();
  syncs++;
  return { ok: true, sheet: found.sheet, plan, companion, rebound, syncs };
}
