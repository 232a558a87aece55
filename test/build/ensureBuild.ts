/**
 * A fresh dist/functions.js for the tests that need the built bundle. Builds
 * (functions entry only, via scripts/build.js and webpack's Node API, in a
 * child process) when it is missing or older than the sources; a lock keeps
 * two test files from running webpack at once.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
const LOCK = join(ROOT, "node_modules", ".cache", "kaohe-build.lock");
const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The environment of the tests' builds: a KAOHE_ORIGIN in the shell must not turn them into production builds. */
const DEV_BUILD_ENV = { ...process.env, KAOHE_ORIGIN: "", KAOHE_CLOUD: "", KAOHE_DEPLOY_CONFIG: "" };

const SOURCES = ["src/functions", "src/rules", "src/shared", "src/help", "webpack.config.js", "manifest.xml", "scripts"];

export function isFresh(file: string): boolean {
  if (!existsSync(file)) return false;
  const built = statSync(file).mtimeMs;
  return SOURCES.every((s) => !existsSync(join(ROOT, s)) || newestMtime(join(ROOT, s)) <= built);
}

async function withLock<T>(f: () => T): Promise<T> {
  mkdirSync(join(LOCK, ".."), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch { /* gone meanwhile */ }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return f();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Path of a fresh dist/functions.js (and the metadata files next to it). */
export async function ensureFunctionsBundle(): Promise<string> {
  const file = join(DIST, "functions.js");
  const metadata = ["functions.json", "functions.zh-CN.json", "functions.zh-TW.json"].map((f) => join(DIST, f));
  if (isFresh(file) && metadata.every(existsSync)) return file;
  return withLock(() => {
    if (!(isFresh(file) && metadata.every(existsSync))) {
      execFileSync(process.execPath, [join(ROOT, "scripts", "build.js"), "--only", "functions", "--quiet"], { cwd: ROOT, stdio: "pipe", env: DEV_BUILD_ENV });
    }
    return file;
  });
}

/** This checkout's own folder under the temp dir (node_modules may be shared by several checkouts). */
const CHECKOUT_TMP = join(tmpdir(), `kaohe-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}`);

/** A cache directory of this checkout (in its own temp folder: node_modules may be shared by several checkouts). */
export function cacheDir(name: string): string {
  return join(CHECKOUT_TMP, name);
}

/** A full production build (every entry and page) in a directory of its own, so it never races dist/. */
export const FULL_BUILD = cacheDir("full-build");
const FULL_SOURCES = ["src", "assets", "webpack.config.js", "manifest.xml", "scripts"];

/** The full build's report (scripts/build.js --report): assets with gzip sizes, chunks' modules, entrypoints, areas. */
export const FULL_REPORT = join(FULL_BUILD, "build-report.json");

export async function ensureFullBuild(): Promise<string> {
  const stamp = FULL_REPORT;
  const fresh = () => existsSync(stamp) && FULL_SOURCES.every((s) => !existsSync(join(ROOT, s)) || newestMtime(join(ROOT, s)) <= statSync(stamp).mtimeMs);
  if (fresh()) return FULL_BUILD;
  return withLock(() => {
    if (!fresh()) execFileSync(process.execPath, [join(ROOT, "scripts", "build.js"), "--out", FULL_BUILD, "--report", FULL_REPORT, "--quiet"], { cwd: ROOT, stdio: "pipe", env: DEV_BUILD_ENV });
    return FULL_BUILD;
  });
}

/** The origin the tests' production build is made for. */
export const PRODUCTION_ORIGIN = "https://hr.example.com/kaohe/";

/**
 * A production build for PRODUCTION_ORIGIN (scripts/build.js --origin), made once per change of
 * the sources and kept in the temp folder of this checkout, so test files share it. Its
 * deployment config (the add-in Id) is a file of its own next to it, never kaohe.deploy.json.
 */
export async function ensureProductionBuild(): Promise<{ dir: string; deployConfig: string }> {
  const base = join(CHECKOUT_TMP, "production");
  const dir = join(base, "dist");
  const deployConfig = join(base, "kaohe.deploy.json");
  const stamp = join(dir, "manifest.xml");
  const fresh = () => existsSync(stamp) && FULL_SOURCES.every((s) => !existsSync(join(ROOT, s)) || newestMtime(join(ROOT, s)) <= statSync(stamp).mtimeMs);
  if (!fresh()) {
    await withLock(() => {
      if (fresh()) return;
      mkdirSync(base, { recursive: true });
      execFileSync(process.execPath, [join(ROOT, "scripts", "build.js"), "--out", dir, "--origin", PRODUCTION_ORIGIN, "--deploy-config", deployConfig, "--quiet"], { cwd: ROOT, stdio: "pipe", env: DEV_BUILD_ENV });
    });
  }
  return { dir, deployConfig };
}
