/**
 * `npm run -s evaluate -- --scheme SCHEME --month YYYY-MM --roster FILE … --out FILE.xlsx [--json]`
 * `npm run -s evaluate -- --template SCHEME [--lang …]`
 * One month of one scheme from the shell (EVALUATION.md, "The evaluate command").
 * Any problem in the files exits 2 with FILE:ROW:COLUMN lines and writes nothing;
 * the workbook never replaces an existing file. Failures speak the --lang asked for.
 */
import { linkSync, unlinkSync, writeFileSync } from "node:fs";
import { EXIT_USAGE, parseEvaluateArgs, runEvaluate, USAGE } from "./evaluateCore";
import { fileProblem, runCli } from "./io";
import { renderCli } from "./messages";

/** Write bytes to a new file: a temporary file first, then linked in place (fails if the file appeared meanwhile). */
export function writeNew(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes, { flag: "wx" });
  try { linkSync(tmp, path); } finally { unlinkSync(tmp); }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseEvaluateArgs(argv);
  if ("usage" in args) { process.stderr.write(`${args.usage}\n${USAGE}\n`); return EXIT_USAGE; }
  const out = await runEvaluate(args, new Date());
  if (out.file) {
    try { writeNew(out.file.path, out.file.bytes); } catch (e) { process.stderr.write(`${out.file.path}: ${renderCli(fileProblem(e), args.lang)}\n`); return EXIT_USAGE; }
  }
  if (out.stderr.length > 0) process.stderr.write(`${out.stderr.join("\n")}\n`);
  if (out.stdout.length > 0) process.stdout.write(`${out.stdout.join("\n")}\n`);
  return out.code;
}

// An unexpected failure is one line too ("internal error (please report it): …", exit 2), as in the other tools.
if (process.argv[1] && /evaluate\.ts$/.test(process.argv[1])) {
  const [, , ...argv] = process.argv; // node, script, arguments…
  runCli("evaluate", argv, main);
}
