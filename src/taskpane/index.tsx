/**
 * The task pane bundle (dist/taskpane.js). In the shared runtime page it loads
 * after functions.js, so the functions are registered first and their policy
 * source is already published for the UI to show.
 */
import { createRoot } from "react-dom/client";
import { PolicySource } from "../functions/policySource";
import { excelPolicyHost } from "../functions/excelHost";
import { officeLang } from "../shared/lang";
import { sharedRuntime } from "../shared/runtime";
import { App } from "./App";

interface OfficeLike {
  onReady(): Promise<unknown>;
}

function start(): void {
  const el = document.getElementById("root");
  if (!el) return;
  const g = globalThis as { Excel?: typeof Excel; Office?: OfficeLike };
  const ready = () => g.Office?.onReady() ?? Promise.resolve();
  // The functions' own source in the shared runtime; a reader of our own if the pane runs alone.
  const policy = sharedRuntime()?.policy ?? (g.Excel?.run ? new PolicySource(excelPolicyHost(g.Excel, ready)) : undefined);
  createRoot(el).render(<App lang={officeLang()} policy={policy} />);
}

const office = (globalThis as { Office?: OfficeLike }).Office;
if (office) void office.onReady().then(start, start);
else start();
