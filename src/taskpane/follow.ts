/**
 * Following the workbook: the selection moving (and cells being edited) anywhere in the
 * workbook reaches the areas that follow it (Explain, the Evaluate wizard), debounced,
 * one read at a time. The Excel handlers are registered once for the life of the pane
 * (worksheets.onSelectionChanged and onChanged, ExcelApi 1.9; the workbook's
 * onSelectionChanged, 1.2, where 1.9 is missing) and call whoever listens at the moment.
 */
import { useEffect, useRef } from "react";
import type { RunBatch } from "./host";

/** What happened: the selection moved, or cells changed. */
export type WorkbookEvent = "selection" | "change";

const listeners = new Set<(event: WorkbookEvent) => void>();
let registered: Promise<void> | undefined;

async function register(run: RunBatch): Promise<void> {
  const notify = (event: WorkbookEvent) => async () => { for (const l of listeners) l(event); };
  try {
    await run(async (context) => {
      context.workbook.worksheets.onSelectionChanged.add(notify("selection"));
      context.workbook.worksheets.onChanged.add(notify("change"));
      await context.sync();
    });
  } catch {
    await run(async (context) => {
      context.workbook.onSelectionChanged.add(notify("selection"));
      await context.sync();
    });
  }
}

/** Hear of workbook changes until the returned function is called. */
export function onWorkbookChange(run: RunBatch, listener: (event: WorkbookEvent) => void): () => void {
  listeners.add(listener);
  registered ??= register(run).catch(() => { registered = undefined; });
  return () => { listeners.delete(listener); };
}

/** Quiet time after the last selection change before the pane reads (arrow keys held down move fast). */
export const FOLLOW_DEBOUNCE_MS = 250;

/**
 * Call `read` now and after every workbook change (debounced); a change arriving while a
 * read runs leads to one more read when it ends, never to two at once. `read` hears what
 * happened since the last read (nothing on the first).
 */
export function useFollow(run: RunBatch | undefined, read: (events: ReadonlySet<WorkbookEvent>) => Promise<void>): void {
  const latest = useRef(read);
  latest.current = read;
  useEffect(() => {
    if (!run) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let again = false;
    let live = true;
    let heard = new Set<WorkbookEvent>();
    const go = async () => {
      if (running) { again = true; return; }
      running = true;
      try {
        do {
          again = false;
          const events = heard;
          heard = new Set();
          await latest.current(events);
        } while (again && live);
      } finally {
        running = false;
      }
    };
    void go();
    const off = onWorkbookChange(run, (event) => {
      heard.add(event);
      clearTimeout(timer);
      timer = setTimeout(() => void go(), FOLLOW_DEBOUNCE_MS);
    });
    return () => { live = false; clearTimeout(timer); off(); };
  }, [run]);
}
