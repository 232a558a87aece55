/**
 * What the functions bundle shares with the task pane in the shared runtime.
 * The bundles are separate webpack entries (separate module instances) that
 * run in one page, so the one PolicySource is handed over on globalThis.
 */
import type { PolicySource } from "../functions/policySource";

export const RUNTIME_KEY = "__kaoheRuntime";

export interface KaoheRuntime {
  policy: PolicySource;
  /** Ids passed to CustomFunctions.associate. */
  registered: readonly string[];
}

export function publishRuntime(runtime: KaoheRuntime): void {
  (globalThis as Record<string, unknown>)[RUNTIME_KEY] = runtime;
}

export function sharedRuntime(): KaoheRuntime | undefined {
  return (globalThis as Record<string, unknown>)[RUNTIME_KEY] as KaoheRuntime | undefined;
}
