/**
 * The wizard's operations (./ops.ts with the cycle module, the forms library and the
 * writers) are their own chunk, loaded the first time the user starts an operation.
 */
export type Ops = typeof import("./ops");

let loading: Promise<Ops> | undefined;

export function loadOps(): Promise<Ops> {
  loading ??= import(/* webpackChunkName: "evaluate-ops" */ "./ops").catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
