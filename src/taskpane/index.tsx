/**
 * The task pane bundle (dist/taskpane.js). In the shared runtime page it runs after
 * functions.js, so every function is registered first; with the page's single webpack
 * runtime the pane and the functions share one module registry, hence one PolicySource
 * (handed over through src/shared/runtime.ts, which also covers a pane running alone).
 */
import { createRoot } from "react-dom/client";
import { PolicySource } from "../functions/policySource";
import { excelPolicyHost } from "../functions/excelHost";
import { officeLang } from "../shared/lang";
import { sharedRuntime } from "../shared/runtime";
import { App } from "./App";
import { asPaneContext } from "./excel";
import type { RunBatch } from "./host";
import { currentThemeKind, loadTheme, type ThemeKind } from "./shell/theme";

interface OfficeLike {
  onReady(): Promise<unknown>;
}

async function start(): Promise<void> {
  const el = document.getElementById("root");
  if (!el) return;
  const g = globalThis as { Excel?: typeof Excel; Office?: OfficeLike };
  const excel = g.Excel?.run ? g.Excel : undefined;
  const ready = () => g.Office?.onReady() ?? Promise.resolve();
  const policy = sharedRuntime()?.policy ?? (excel ? new PolicySource(excelPolicyHost(excel, ready)) : undefined);
  const run: RunBatch | undefined = excel ? (batch) => excel.run((context) => batch(asPaneContext(context))) : undefined;
  // A dark or high-contrast Office gets its theme before the first paint (no flash of light).
  const kind: ThemeKind = currentThemeKind();
  const theme = await loadTheme(kind).catch(() => undefined);
  createRoot(el).render(<App lang={officeLang()} policy={policy} run={run} theme={theme && { kind, theme }} />);
}

const office = (globalThis as { Office?: OfficeLike }).Office;
const go = () => void start();
if (office) void office.onReady().then(go, go);
else go();
