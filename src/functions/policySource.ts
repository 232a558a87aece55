/**
 * Where the worksheet functions get their policy (P-1): the workbook's policy
 * sheet when it has one, the defaults otherwise. The policy is read once and
 * cached; when the host reports a change (the policy sheet edited, a sheet
 * added or deleted) it is read again and, if it differs, Excel is asked for a
 * full recalculation so every HR.* formula picks up the new figures.
 *
 * Office-free: the workbook is reached through a PolicyHost (see excelHost.ts
 * for the Office.js one, the tests use a fake).
 */
import { DEFAULT_POLICY, POLICY_SHEET_NAMES, formatProblem, rowsToPolicy, LANGS, type Lang, type Policy, type PolicyProblem } from "../rules";

/**
 * The policy the functions compute with, or why there is none. `sheet` is null for the defaults.
 * `cells`: the value cell (A1, column B) of each key the policy sheet holds, so a problem can point at it.
 */
export type PolicyState =
  | { ok: true; policy: Policy; sheet: string | null }
  | { ok: false; sheet: string; problems: readonly PolicyProblem[]; cells?: Readonly<Record<string, string>> };

/** What a host reads from the policy sheet: its name and its A:B rows, header first. */
export interface PolicySheetRead {
  sheet: string;
  rows: readonly (readonly unknown[])[];
}

export interface PolicyHost {
  /** The first sheet named one of `names` (in that order), or null when the workbook has none. */
  read(names: readonly string[]): Promise<PolicySheetRead | null>;
  /** Start reporting changes that may affect the policy (policy sheet edited, sheets added/deleted/renamed). */
  watch(names: readonly string[], changed: () => void): Promise<void>;
  /** Ask the spreadsheet for a full recalculation. */
  recalculate(): Promise<void>;
}

/** Policy sheet names to look for, in order: zh-CN, zh-TW, en. */
export const POLICY_SHEETS: readonly string[] = LANGS.map((l) => POLICY_SHEET_NAMES[l]);

export const DEFAULT_STATE: PolicyState = Object.freeze({ ok: true, policy: DEFAULT_POLICY, sheet: null });

/** Key (column A) → its value cell in column B; the rows start at row 1 (see alignUsedRange). */
export function keyCells(rows: readonly (readonly unknown[])[]): Record<string, string> {
  const cells: Record<string, string> = {};
  rows.forEach((row, i) => {
    const key = row[0];
    if (typeof key === "string" && key.trim() !== "" && !(key.trim() in cells)) cells[key.trim()] = `B${i + 1}`;
  });
  return cells;
}

export function stateFromRead(read: PolicySheetRead | null): PolicyState {
  if (read === null) return DEFAULT_STATE;
  const loaded = rowsToPolicy(read.rows);
  return loaded.ok ? { ok: true, policy: loaded.policy, sheet: read.sheet } : { ok: false, sheet: read.sheet, problems: loaded.problems, cells: keyCells(read.rows) };
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
      return stateFromRead(await this.host.read(this.names));
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
