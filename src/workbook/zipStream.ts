/**
 * A ZIP archive written as a stream (an .xlsx is one): each entry deflated as its bytes
 * come, sizes and CRC in a data descriptor after it, then the central directory. An
 * entry may be a generator of pieces, so a sheet of a million rows never sits in memory
 * whole. No ZIP64: an entry or the archive past 4 GiB is refused (Excel's sheet limit
 * keeps a form well below it). Node only (node:zlib).
 */
import { Readable } from "node:stream";
import { once } from "node:events";
import * as zlib from "node:zlib";

export interface ZipEntry {
  name: string;
  data: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
}

const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
/** Flags: sizes in a data descriptor (bit 3), UTF-8 names (bit 11). */
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;
/** 1980-01-01 00:00 in MS-DOS date and time. */
const DOS_DATE = 0x21;
const LIMIT = 0xffffffff;
const LEVEL = 6;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of `data` continuing from `crc` (zlib's own when Node has it: 20.15 and later). */
function crc32(data: Uint8Array, crc: number): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array, v: number) => number }).crc32;
  if (native) return native(data, crc);
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function header(fields: [number, 2 | 4][], name?: Buffer): Buffer {
  const size = fields.reduce((n, [, b]) => n + b, 0);
  const buf = Buffer.alloc(size + (name?.length ?? 0));
  let at = 0;
  for (const [v, b] of fields) { if (b === 2) buf.writeUInt16LE(v, at); else buf.writeUInt32LE(v >>> 0, at); at += b; }
  name?.copy(buf, at);
  return buf;
}

async function* pieces(data: ZipEntry["data"]): AsyncGenerator<Uint8Array> {
  if (data instanceof Uint8Array) { yield data; return; }
  for await (const piece of data as AsyncIterable<Uint8Array>) yield piece;
}

async function* archive(entries: readonly ZipEntry[]): AsyncGenerator<Buffer> {
  const central: Buffer[] = [];
  let offset = 0;
  const check = (n: number, what: string) => { if (n > LIMIT) throw new Error(`${what} passes 4 GiB: the archive would need ZIP64`); };
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = header([[SIG_LOCAL, 4], [VERSION, 2], [FLAGS, 2], [DEFLATE, 2], [0, 2], [DOS_DATE, 2], [0, 4], [0, 4], [0, 4], [name.length, 2], [0, 2]], name);
    const start = offset;
    yield local;
    offset += local.length;
    let crc = 0;
    let size = 0;
    let packed = 0;
    const deflate = zlib.createDeflateRaw({ level: LEVEL });
    const out: Buffer[] = [];
    deflate.on("data", (b: Buffer) => out.push(b));
    const drain = function* () { while (out.length > 0) { const b = out.shift()!; packed += b.length; yield b; } };
    for await (const piece of pieces(e.data)) {
      crc = crc32(piece, crc);
      size += piece.length;
      if (!deflate.write(piece)) await once(deflate, "drain");
      yield* drain();
    }
    const ended = once(deflate, "end");
    deflate.end();
    await ended;
    yield* drain();
    check(size, e.name);
    check(packed, e.name);
    const descriptor = header([[SIG_DESCRIPTOR, 4], [crc, 4], [packed, 4], [size, 4]]);
    yield descriptor;
    offset += packed + descriptor.length;
    check(offset, "the archive");
    central.push(header([[SIG_CENTRAL, 4], [VERSION, 2], [VERSION, 2], [FLAGS, 2], [DEFLATE, 2], [0, 2], [DOS_DATE, 2], [crc, 4], [packed, 4], [size, 4],
      [name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [start, 4]], name));
  }
  const directory = Buffer.concat(central);
  yield directory;
  yield header([[SIG_END, 4], [0, 2], [0, 2], [central.length, 2], [central.length, 2], [directory.length, 4], [offset, 4], [0, 2]]);
}

/** The entries as a ZIP archive, streamed. */
export function zipStream(entries: readonly ZipEntry[]): Readable {
  return Readable.from(archive(entries), { objectMode: false });
}
