/**
 * What the pane's areas get from the shell: the user's language, the functions' policy
 * source and a way to run a batch against the open workbook (Excel.run). Outside Excel
 * `run` is absent and the areas say so instead of offering actions that cannot work.
 */
import { createContext, useContext, useEffect, useState } from "react";
import type { PolicySource, PolicyState } from "../functions/policySource";
import type { Lang } from "../rules";
import type { PaneContext } from "./excel";

export type RunBatch = <T>(batch: (context: PaneContext) => Promise<T>) => Promise<T>;

export interface PaneHost {
  lang: Lang;
  /** The functions' policy source (shared with functions.js in the shared runtime). */
  policy?: PolicySource;
  /** Runs a batch against the open workbook; absent outside Excel. */
  run?: RunBatch;
  /** Show another area (a link from one area to another). */
  go(area: AreaId): void;
}

export { AREA_IDS, type AreaId } from "./areaIds";
import type { AreaId } from "./areaIds";

export const HostContext = createContext<PaneHost>({ lang: "en", go: () => undefined });

export function useHost(): PaneHost {
  return useContext(HostContext);
}

/** The policy the functions use, as it changes (the shared PolicySource). */
export function usePolicyState(policy: PolicySource | undefined): PolicyState | undefined {
  const [state, setState] = useState<PolicyState | undefined>(() => policy?.peek());
  useEffect(() => {
    if (!policy) return undefined;
    let live = true;
    void policy.get().then((s) => { if (live) setState(s); });
    const off = policy.onChange((s) => setState(s));
    return () => { live = false; off(); };
  }, [policy]);
  return state;
}
