/**
 * The in-memory Excel host for the browser (entry of the bundle test/support/browser.ts
 * builds into node_modules/.cache; never part of dist/). Exposes the host's classes on
 * window.KaoheMemory for the office.js stand-in.
 */
import { HostError, MemoryWorkbook } from "./memoryHost";

(globalThis as Record<string, unknown>).KaoheMemory = { MemoryWorkbook, HostError };
