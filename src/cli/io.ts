/**
 * File input and output for the command-line tools. Every failure is a
 * `CliError`: one line naming the file, exit code 2, never a Node stack trace,
 * in the language of the command line's --lang (rendered by `runCli`).
 *
 * Reading: the encoding is detected (UTF-8 with or without a BOM; UTF-16 as
 * Windows PowerShell's `>` writes it; GB18030 for legacy Chinese files).
 * Writing: nothing existing is replaced unless asked; each file is written to a
 * temporary file beside it and renamed into place, after every file is ready.
 */
import { closeSync, createWriteStream, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Lang } from "../rules";
import { escapeControl } from "../rules/messages";
import { decodeText } from "../shared/decodeText";
import { cliText, langOf, renderCli, type CliArg, type CliText } from "./messages";
export { decodeText, type TextEncodingName } from "../shared/decodeText";

const EXIT_USAGE = 2;

/**
 * A failure the user can act on: one line for stderr and the exit code. Its text
 * is rendered in the user's language at the edge (`failureLine`); a plain string
 * is already in it. `message` is the English text (logs, tests).
 */
export class CliError extends Error {
  readonly exitCode = EXIT_USAGE;
  constructor(readonly text: CliText | string) {
    super(renderCli(text, "en"));
    this.name = "CliError";
  }
}

/** A usage failure: its line, then the command's usage text (syntax, not translated). */
export class UsageError extends CliError {
  constructor(text: CliText | string, readonly usage: string) {
    super(text);
    this.name = "UsageError";
  }
}

/** A path as messages show it: quoted, control characters escaped. */
export function quotePath(path: string): string {
  return `"${escapeControl(path)}"`;
}

const FILE_ERRORS: Readonly<Record<string, CliText>> = {
  ENOENT: cliText("file.ENOENT"),
  EACCES: cliText("file.denied"),
  EPERM: cliText("file.denied"),
  EISDIR: cliText("file.isFolder"),
  ENOTDIR: cliText("file.ENOTDIR"),
  EROFS: cliText("file.EROFS"),
  ENOSPC: cliText("file.ENOSPC"),
  EDQUOT: cliText("file.EDQUOT"),
  ENAMETOOLONG: cliText("file.ENAMETOOLONG"),
  ELOOP: cliText("file.ELOOP"),
  EMFILE: cliText("file.EMFILE"),
  EEXIST: cliText("file.EEXIST"),
};

/** What went wrong with a file ("no such file or folder"), from a Node error; for an errno without words here, Node's own first line. */
export function fileProblem(e: unknown): CliText | string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && Object.prototype.hasOwnProperty.call(FILE_ERRORS, code)) return FILE_ERRORS[code];
  return escapeControl(e instanceof Error ? e.message : String(e)).split("\n")[0];
}

const cannotRead = (path: string, problem: CliArg) => new CliError(cliText("io.read", { path: quotePath(path), problem }));
const cannotWrite = (path: string, problem: CliArg) => new CliError(cliText("io.write", { path: quotePath(path), problem }));
const cannotWriteInto = (dir: string, problem: CliArg) => new CliError(cliText("io.writeInto", { path: quotePath(dir), problem }));

// ── Reading ─────────────────────────────────────────────────────────────────

/** Input files are read whole; larger ones are refused rather than exhausting memory. */
export const MAX_TEXT_FILE_BYTES = 128 * 1024 * 1024;

function tooLarge(path: string, bytes: number): CliError {
  const mb = (n: number) => Math.ceil(n / (1024 * 1024));
  return cannotRead(path, cliText("file.tooLarge", { size: mb(bytes), max: mb(MAX_TEXT_FILE_BYTES) }));
}

/** A file's bytes (`-` = standard input), at most MAX_TEXT_FILE_BYTES; a CliError when it cannot be read. */
export function readBytes(path: string): Uint8Array {
  if (path === "-") {
    let bytes: Buffer;
    try { bytes = readFileSync(0); } catch (e) { throw new CliError(cliText("io.readStdin", { problem: fileProblem(e) })); }
    if (bytes.length > MAX_TEXT_FILE_BYTES) throw tooLarge("-", bytes.length);
    return bytes;
  }
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw cannotRead(path, cliText("file.isFolder"));
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw cannotRead(path, fileProblem(e));
  }
  if (size > MAX_TEXT_FILE_BYTES) throw tooLarge(path, size);
  try {
    const bytes = readFileSync(path);
    if (bytes.length > MAX_TEXT_FILE_BYTES) throw tooLarge(path, bytes.length);
    return bytes;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw cannotRead(path, fileProblem(e));
  }
}

/** The text of a file (`-` = standard input), in whichever encoding `decodeText` finds; a CliError when it cannot be read. */
export function readTextFile(path: string): string {
  return decodeText(readBytes(path)).text;
}

// ── Writing ─────────────────────────────────────────────────────────────────

export interface OutFile {
  /** A file name (no folder part). */
  name: string;
  bytes: Uint8Array;
}

/** Whether `dir` exists as a folder (false: it does not exist yet); a CliError when it is a file or cannot be looked at. */
function isFolder(dir: string): boolean {
  try {
    if (statSync(dir).isDirectory()) return true;
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return false;
    throw cannotWriteInto(dir, fileProblem(e));
  }
  throw cannotWriteInto(dir, cliText("file.isFile"));
}

/**
 * Make `dir` and any missing parents, one level at a time (Node's recursive
 * mkdirSync never returns where mkdir keeps failing with ENOENT, as under /proc).
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !isFolder(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try { mkdirSync(d); } catch (e) {
      if (!((e as { code?: string }).code === "EEXIST" && isFolder(d))) throw new CliError(cliText("io.createFolder", { path: quotePath(dir), problem: fileProblem(e) }));
    }
  }
}

function exists(path: string): boolean {
  try { lstatSync(path); return true; } catch { return false; }
}

/** A new temporary file beside `name` in `dir`, opened exclusively (never through a link someone left at that name). */
function openTemp(dir: string, name: string): { tmp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const tmp = join(dir, `.${name}.${process.pid}.${attempt}.tmp`);
    try {
      return { tmp, fd: openSync(tmp, "wx") };
    } catch (e) {
      if ((e as { code?: string }).code === "EEXIST") continue;
      throw cannotWriteInto(dir, fileProblem(e));
    }
  }
}

function writeTemp(dir: string, file: OutFile): string {
  const { tmp, fd } = openTemp(dir, file.name);
  let problem: CliArg | undefined;
  try {
    for (let off = 0; off < file.bytes.length; ) off += writeSync(fd, file.bytes, off);
    if (fstatSync(fd).size !== file.bytes.length) problem = cliText("file.shortWrite");
  } catch (e) {
    problem = fileProblem(e);
  }
  closeSync(fd);
  if (problem === undefined) return tmp;
  unlinkSync(tmp);
  throw cannotWrite(join(dir, file.name), problem);
}

/** Put a finished temporary file at `target`: without `force`, never over an existing name (link fails when it exists). */
function place(tmp: string, target: string, force: boolean): void {
  if (force) { renameSync(tmp, target); return; }
  try {
    linkSync(tmp, target);
    unlinkSync(tmp);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "EEXIST") throw new CliError(cliText("io.existsMeanwhile", { path: quotePath(target) }));
    if (exists(target)) throw new CliError(cliText("io.existsNow", { path: quotePath(target) }));
    renameSync(tmp, target); // a file system without hard links
  }
}

/**
 * Check that `names` can be written into `dir` without writing anything: `dir`
 * is a folder or can be made; no name is taken unless `force`, and never by a folder.
 */
export function checkTargets(dir: string, names: readonly string[], opts: { force: boolean }): void {
  for (const name of names) {
    if (basename(name) !== name || dirname(name) !== ".") throw cannotWrite(name, cliText("file.notPlainName"));
  }
  if (!isFolder(dir)) return;
  const taken = names.map((n) => join(dir, n)).filter(exists);
  const folders = taken.filter((t) => lstatSync(t).isDirectory());
  if (folders.length > 0) throw new CliError(cliText("io.replaceFolder", { paths: folders.map(quotePath).join(", ") }));
  if (taken.length > 0 && !opts.force) {
    const paths = taken.map(quotePath).join(", ");
    throw new CliError(taken.length === 1 ? cliText("io.fileExists", { paths }) : cliText("io.filesExist", { count: taken.length, paths }));
  }
}

/**
 * Write `files` into `dir` (made when missing), all or nothing as far as a file
 * system allows: `checkTargets` first; every file is written to a temporary
 * file in `dir`, and only when all are complete are they renamed into place
 * (a symbolic link at a name is replaced itself, never followed). Returns the paths written.
 */
export function writeFiles(dir: string, files: readonly OutFile[], opts: { force: boolean }): string[] {
  checkTargets(dir, files.map((f) => f.name), opts);
  makeFolder(dir);
  const temps: string[] = [];
  try {
    for (const f of files) temps.push(writeTemp(dir, f));
  } catch (e) {
    for (const t of temps) { try { unlinkSync(t); } catch { /* already gone */ } }
    throw e;
  }
  return placeAll(dir, files.map((f) => f.name), temps, opts.force);
}

/** A file made by a stream: large output that never sits in memory whole. */
export interface StreamedFile {
  name: string;
  stream(): Promise<Readable>;
}

/** writeFiles for streamed files: each streamed into its temporary file in turn, then all renamed into place. */
export async function writeStreamedFiles(dir: string, files: readonly StreamedFile[], opts: { force: boolean }): Promise<string[]> {
  checkTargets(dir, files.map((f) => f.name), opts);
  makeFolder(dir);
  const temps: string[] = [];
  try {
    for (const f of files) {
      const { tmp, fd } = openTemp(dir, f.name);
      temps.push(tmp);
      try {
        await pipeline(await f.stream(), createWriteStream("", { fd }));
      } catch (e) {
        throw e instanceof CliError ? e : cannotWrite(join(dir, f.name), fileProblem(e));
      }
    }
  } catch (e) {
    for (const t of temps) { try { unlinkSync(t); } catch { /* already gone */ } }
    throw e;
  }
  return placeAll(dir, files.map((f) => f.name), temps, opts.force);
}

/** Rename finished temporary files into place, in order; a failure names what was already written. */
function placeAll(dir: string, names: readonly string[], temps: readonly string[], force: boolean): string[] {
  const written: string[] = [];
  for (const [i, tmp] of temps.entries()) {
    const target = join(dir, names[i]);
    try {
      place(tmp, target, force);
      written.push(target);
    } catch (e) {
      for (const t of temps.slice(i)) { try { unlinkSync(t); } catch { /* already gone */ } }
      const failure = e instanceof CliError ? e : cannotWrite(target, fileProblem(e));
      if (written.length === 0) throw failure;
      throw new CliError(cliText("io.alreadyWritten", { problem: failure.text, paths: written.map(quotePath).join(", ") }));
    }
  }
  return written;
}

// ── Running ─────────────────────────────────────────────────────────────────

/** The one stderr line for a failure in `lang`: a CliError's own text, anything else as an internal error. */
export function failureLine(e: unknown, lang: Lang): string {
  if (e instanceof CliError) return escapeControl(renderCli(e.text, lang));
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return renderCli(cliText("io.internal", { error: escapeControl(text) }), lang);
}

/** What stderr gets for a failure: `program: line`; for a usage error its line (no prefix, as ever) and the usage text. */
export function failureText(program: string, e: unknown, lang: Lang): string {
  if (e instanceof UsageError) return `${failureLine(e, lang)}\n${e.usage}\n`;
  return `${program}: ${failureLine(e, lang)}\n`;
}

/**
 * Run a command's main on its arguments: its exit code, or on any failure one
 * line on stderr, in the language `langOf(argv)` (./messages), and exit code 2.
 * A closed stdout (`| head`) ends the command quietly.
 */
export function runCli(program: string, argv: readonly string[], main: (argv: readonly string[]) => number | Promise<number>): void {
  const lang = langOf(argv);
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(failureText(program, e, lang));
    process.exit(EXIT_USAGE);
  });
  const fail = (e: unknown) => {
    process.stderr.write(failureText(program, e, lang));
    process.exitCode = e instanceof CliError ? e.exitCode : EXIT_USAGE;
  };
  try {
    const r = main(argv);
    if (typeof r === "number") process.exitCode = r;
    else r.then((code) => { process.exitCode = code; }, fail);
  } catch (e) {
    fail(e);
  }
}
