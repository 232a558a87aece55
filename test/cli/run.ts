/** Run a command-line tool as `npm run -s <tool>` does (tsx on the source), without npm's own start-up. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../support/spec";

const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");

export interface Run { out: string; err: string; code: number | null }

export function runTool(tool: "calc" | "forms" | "policy" | "evaluate", args: readonly string[], input?: string | Uint8Array, cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [TSX, join(ROOT, "src/cli", `${tool}.ts`), ...args], {
    cwd, input, encoding: "utf8", maxBuffer: 1 << 30,
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}
