/**
 * LibreOffice headless as an independent recalculation engine for the generated
 * .xlsx files: load (recalculating every formula), save as .xlsx, read back.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export function findSoffice(): string | undefined {
  for (const p of ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"]) {
    if (existsSync(p)) return p;
  }
  try {
    const out = execFileSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).trim();
    return out || undefined;
  } catch { return undefined; }
}

/** A fresh user profile that always recalculates OOXML files on load. */
export function loProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-lo-"));
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, "registrymodifications.xcu"), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  return dir;
}

/** Convert `input` with LibreOffice into `outDir` (format "xlsx", "pdf", …); returns the output path. */
export function convert(soffice: string, input: string, outDir: string, format: string, profile = loProfile()): string {
  mkdirSync(outDir, { recursive: true });
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, input],
    { stdio: "pipe", timeout: 180_000 });
  const out = join(outDir, basename(input).replace(/\.[^.]+$/, `.${format.split(":")[0]}`));
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}
