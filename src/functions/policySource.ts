/**
 * Where the worksheet functions get their policy (P-1): the workbook's policy
 * sheet when it has one — the sheet that carries the policy marker (or an
 * older policy sheet), not merely one named 规则 / 規則 / Rules — the defaults
 * otherwise. The policy is read once and
 * cached; when the host reports a change (the policy sheet edited, a sheet
 * added or deleted) it is read again and, if it differs, Excel is asked for a
 * full recalculation so every HR.* formula picks up the new figures.
 *
 * Office-free: the workbook is reached through a PolicyHost (see excelHost.ts
 * for the Office.js one, the tests use a fake).
 */
import { DEFAULT_POLICY, POLICY_SHEET_NAMES, choosePolicySheet, formatProblem, LANGS, type Lang, type Policy, type PolicyProblem } from "../rules";

/**
 * The policy the functions compute with, or why there is none. `sheet` is null
 * for the defaults; `ignored` names sheets called like a policy sheet that are
 * not one (the task pane says so). `layout` "older": an older policy sheet,
 * which an upgrade can bring up to date.
 */
export type PolicyState =
  | { ok: true; policy: Policy; sheet: string | null; ignored?: readonly string[]; layout?: "current" | "older" }
  | { ok: false; sheet: string; problems: readonly PolicyProblem[]; layout?: "current" | "older" };

/** What a host reads from a sheet that may hold the policy: its name and its rows from A1. */
export interface PolicySheetRead {
  sheet: string;
  rows: readonly (readonly unknown[])[];
}

export interface PolicyHost {
  /** Every sheet that may hold the policy (its name contains one of `names`), most likely first. */
  read(names: readonly string[]): Promise<readonly PolicySheetRead[]>;
  /** Start reporting changes that may affect the policy (policy sheet edited, sheets added/deleted/renamed). */
  watch(names: readonly string[], changed: () => void): Promise<void>;
  /** Ask the spreadsheet for a full recalculation. */
  recalculate(): Promise<void>;
}

/** Policy sheet names to look for, in order: zh-CN, zh-TW, en. */
export const POLICY_SHEETS: readonly string[] = LANGS.map((l) => POLICY_SHEET_NAMES[l]);

export const DEFAULT_STATE: PolicyState = Object.freeze({ ok: true, policy: DEFAULT_POLICY, sheet: null });

/** The policy state from the sheets read: the policy sheet's policy or problems; the defaults when there is none. */
export function stateFromReads(reads: readonly PolicySheetRead[]): PolicyState {
  const { found, ignored } = choosePolicySheet(reads);
  if (!found) return ignored.length > 0 ? { ok: true, policy: DEFAULT_POLICY, sheet: null, ignored } : DEFAULT_STATE;
  const layout = found.content.layout === "older" ? "older" : "current";
  const loaded = found.content.load;
  return loaded.ok ? { ok: true, policy: loaded.policy, sheet: found.sheet, layout } : { ok: false, sheet: found.sheet, problems: loaded.problems, layout };
}

/** One sheet read (or none): as stateFromReads. */
export function stateFromRead(read: PolicySheetRead | null): PolicyState {
  return stateFromReads(read ? [read] : []);
}

/** The #VALUE! message for an invalid policy sheet: "规则: <problem>; <problem>". */
export function policyProblemText(state: Extract<PolicyState, { ok: false }>, lang: Lang): string {
  const separator = lang === "en" ? "; " : "；";
  return `${state.sheet}: ${state.problems.map((p) => formatProblem(p, lang)).join(separator)}`;
}

function fingerprint(state: PolicyState): string {
  return JSON.stringify(state.ok ? [state.sheet, state.policy] : [state.sheet, state.problems]);
}

export class PolicySource {
  private state: PolicyState | undefined;
  private first: Promise<PolicyState> | undefined;
  private running: Promise<PolicyState> | undefined;
  private again = false;
  private readonly listeners = new Set<(state: PolicyState) => void>();

  constructor(private readonly host: PolicyHost | null, private readonly names: readonly string[] = POLICY_SHEETS) {}

  /** The cached state, if the policy has been read. */
  peek(): PolicyState | undefined {
    return this.state;
  }

  /** The policy state: read once (and change watching started), then served from the cache. */
  get(): Promise<PolicyState> {
    if (this.state) return Promise.resolve(this.state);
    if (!this.first) {
      this.first = this.load().then((state) => {
        this.state ??= state;
        void this.startWatching();
        return this.state;
      });
    }
    return this.first;
  }

  /**
   * Read the policy again (called on every reported change). Calls that arrive
   * while a read is under way are folded into one more read. When the state
   * differs from the cache, listeners hear of it and a full recalculation is requested.
   */
  refresh(): Promise<PolicyState> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let next: PolicyState;
      do {
        this.again = false;
        next = await this.load();
      } while (this.again);
      const before = this.state;
      this.state = next;
      if (before === undefined || fingerprint(before) !== fingerprint(next)) {
        for (const listener of this.listeners) {
          try { listener(next); } catch { /* a listener's failure is its own */ }
        }
        if (before !== undefined && this.host) {
          try { await this.host.recalculate(); } catch { /* recalculation is best effort */ }
        }
      }
      return next;
    })().finally(() => { this.running = undefined; });
    return this.running;
  }

  /** Hear of every change of the policy state. Returns the unsubscribe function. */
  onChange(listener: (state: PolicyState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async load(): Promise<PolicyState> {
    if (!this.host) return DEFAULT_STATE;
    try {
      return stateFromReads(await this.host.read(this.names));
    } catch {
      // The workbook could not be read (no Excel API here, or a passing failure): keep what we had.
      return this.state ?? DEFAULT_STATE;
    }
  }

  private async startWatching(): Promise<void> {
    if (!this.host) return;
    try {
      await this.host.watch(this.names, () => { void this.refresh(); });
    } catch { /* without events the cached policy stays until the add-in reloads */ }
  }
}
