/**
 * Forms as LibreOffice prints them: an .xlsx from the writer becomes a PDF of the form
 * alone (the policy sheet is hidden in the copy printed: LibreOffice prints every
 * visible sheet, Excel the active one), and the PDF's words with their boxes.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { loProfile } from "./libreoffice";

/**
 * The workbook with every sheet but the first hidden, and without their print areas and
 * titles (LibreOffice prints a hidden sheet that has a print area).
 */
export async function onlyFirstSheet(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const book = await zip.file("xl/workbook.xml")!.async("string");
  let n = 0;
  zip.file("xl/workbook.xml", book
    .replace(/<sheet ([^>]*?)\/>/g, (m, attrs: string) => (n++ === 0 ? m : `<sheet ${attrs.replace(/\s*state="[^"]*"/, "")} state="hidden"/>`))
    .replace(/<definedName name="_xlnm\.Print_(Area|Titles)" localSheetId="([1-9]\d*)">[^<]*<\/definedName>/g, ""));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Print forms to PDF with one LibreOffice run: name → .xlsx bytes; returns name → PDF path. */
export async function printForms(soffice: string, files: ReadonlyMap<string, Uint8Array>, dir: string): Promise<Map<string, string>> {
  mkdirSync(dir, { recursive: true });
  const inputs: string[] = [];
  for (const [name, bytes] of files) {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await onlyFirstSheet(bytes));
    inputs.push(file);
  }
  execFileSync(soffice, [`-env:UserInstallation=file://${loProfile()}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, ...inputs], { stdio: "pipe", timeout: 600_000 });
  return new Map([...files.keys()].map((name) => [name, join(dir, `${name}.pdf`)]));
}

export interface PdfWord { page: number; text: string; x: number; y: number; width: number; height: number }

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** Every word of a PDF with its box in points (pdftotext -bbox). */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const out: PdfWord[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0].startsWith("<page")) { page++; continue; }
    const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number);
    out.push({ page, text: decode(m[5]), x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return out;
}

/** The PDF's pages as text (pdftotext -layout), one string per page. */
export function pdfPages(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }).split("\f").slice(0, -1);
}
