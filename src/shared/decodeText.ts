/**
 * The text of a file's bytes, in whatever encoding an HR user's tools wrote it:
 * UTF-8 with or without a BOM; UTF-16 as Windows PowerShell's `>` writes it (by
 * its BOM, or by the NUL-byte pattern without one); GB18030 for legacy Chinese
 * files. Pure (TextDecoder only): the command-line tools (src/cli/io.ts) and the
 * task pane's policy import read files through it.
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** Without a BOM, UTF-16 is taken when at least this share of the byte pairs have one NUL byte (ASCII-range text). */
const UTF16_NUL_PAIR_SHARE = 0.25;
/** The number of leading bytes looked at for that NUL pattern. */
const SNIFF_BYTES = 4096;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (!bigEndian) return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(even);
  const swapped = new Uint8Array(even.length);
  for (let i = 0; i < even.length; i += 2) { swapped[i] = even[i + 1]; swapped[i + 1] = even[i]; }
  return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(swapped);
}

/** UTF-16 without a BOM: NUL in the high (LE) or low (BE) byte of enough pairs. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) - (Math.min(bytes.length, SNIFF_BYTES) % 2);
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] !== 0 && bytes[i + 1] === 0) le++;
    else if (bytes[i] === 0 && bytes[i + 1] !== 0) be++;
  }
  const enough = Math.max(1, (n / 2) * UTF16_NUL_PAIR_SHARE);
  if (le >= enough && le > be) return "utf-16le";
  if (be >= enough && be > le) return "utf-16be";
  return undefined;
}

/**
 * The text of a file's bytes and the encoding it was read in: a UTF-8 BOM is
 * stripped; UTF-16 is taken by its BOM, or by the NUL-byte pattern without one;
 * bytes that are not valid UTF-8 are read as GB18030.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (startsWith(bytes, UTF8_BOM)) return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(UTF8_BOM.length)), encoding: "utf-8" };
  if (startsWith(bytes, UTF16LE_BOM)) return { text: utf16(bytes.subarray(UTF16LE_BOM.length), false), encoding: "utf-16le" };
  if (startsWith(bytes, UTF16BE_BOM)) return { text: utf16(bytes.subarray(UTF16BE_BOM.length), true), encoding: "utf-16be" };
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return { text: utf16(bytes, sniffed === "utf-16be"), encoding: sniffed };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
