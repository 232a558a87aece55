/**
 * LibreOffice headless as an independent recalculation engine for the generated
 * .xlsx files: load (recalculating every formula), save as .xlsx, read back.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** The soffice binary; SOFFICE=/path overrides, SOFFICE=none pretends there is none. */
export function findSoffice(): string | undefined {
  const forced = process.env.SOFFICE;
  if (forced !== undefined && forced !== "") return forced === "none" ? undefined : forced;
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

/**
 * Values of one worksheet of an .xlsx as saved (cached formula results included),
 * read straight from the XML: ExcelJS drops a formula's cached result when it is 0.
 * Numbers stay numbers (dates are serials), text is text, errors are { error }.
 */
export type SheetValue = number | string | boolean | { error: string };

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export async function readSheetValues(file: string, sheetIndex = 1): Promise<Map<string, SheetValue>> {
  const { default: JSZip } = await import("jszip");
  const { readFileSync } = await import("node:fs");
  const zip = await JSZip.loadAsync(readFileSync(file));
  const shared: string[] = [];
  const sst = await zip.file("xl/sharedStrings.xml")?.async("string");
  if (sst) for (const si of sst.matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push(decode([...si[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")));
  const xml = await zip.file(`xl/worksheets/sheet${sheetIndex}.xml`)!.async("string");
  const out = new Map<string, SheetValue>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, inner] = m;
    if (!inner) continue;
    const t = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
    const inline = /<is>([\s\S]*?)<\/is>/.exec(inner);
    if (inline) { out.set(ref, decode([...inline[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((x) => x[1]).join(""))); continue; }
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    if (v === undefined) { if (t === "str") out.set(ref, ""); continue; }
    if (t === "s") out.set(ref, shared[Number(v)]);
    else if (t === "str" || t === "inlineStr") out.set(ref, decode(v));
    else if (t === "b") out.set(ref, v === "1");
    else if (t === "e") out.set(ref, { error: decode(v) });
    else out.set(ref, Number(v));
  }
  return out;
}
