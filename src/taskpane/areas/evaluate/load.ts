/**
 * The wizard's operations (./ops.ts with the cycle module, the forms library and the
 * writers) load the first time the user starts an operation. They join the forms
 * library's chunk (../../formsLibrary), which holds the writers, so the writers are
 * one lazily loaded chunk whichever area loads them first.
 */
export type Ops = typeof import("./ops");

let loading: Promise<Ops> | undefined;

export function loadOps(): Promise<Ops> {
  loading ??= import(/* webpackChunkName: "forms-library" */ "./ops").catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
