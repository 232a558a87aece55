/**
 * The forms library and the Office.js writer (./actions: src/forms, src/workbook), loaded
 * when the user starts an operation that writes a sheet, not with the area that offers it.
 * Every area loads it through this one import, so it is one lazily loaded chunk group,
 * "forms-library" (test/build/budget.test.ts checks that no area loads it up front).
 */
export function loadFormsLibrary(): Promise<typeof import("./actions")> {
  return import(/* webpackChunkName: "forms-library" */ "./actions");
}
