/**
 * How persist.ts stores its chunks: gzip (CompressionStream, native in browsers, workers and
 * Node ≥ 18) of the chunk's UTF-8, packed two bytes per UTF-16 code unit into a string (the KV
 * stores strings; IndexedDB and structured clone keep every code unit, lone surrogates included).
 * The index of a 10,000-article library shrinks about five-fold, and reading the stored index
 * back — most of the time it takes to reopen the app — shrinks with it. Without
 * CompressionStream chunks are stored as they are (the meta record says which).
 *
 * Packed layout: code units 0–1 = byte length (low, high 16 bits), then the bytes, little end
 * first, the last unit zero-padded when the length is odd.
 */

export type ChunkCompression = 'gzip' | null;

export const CHUNK_COMPRESSION: ChunkCompression = typeof CompressionStream === 'function' ? 'gzip' : null;

async function through(bytes: Uint8Array, t: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(t);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function pack(bytes: Uint8Array): string {
  const n = bytes.length;
  const units = new Uint16Array(2 + Math.ceil(n / 2));
  units[0] = n & 0xffff;
  units[1] = n >>> 16;
  for (let i = 0; i < n; i += 2) units[2 + (i >> 1)] = bytes[i] | ((i + 1 < n ? bytes[i + 1] : 0) << 8);
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

export function unpack(s: string): Uint8Array {
  if (s.length < 2) throw new Error('packed chunk too short');
  const n = s.charCodeAt(0) | (s.charCodeAt(1) << 16);
  if (n < 0 || Math.ceil(n / 2) !== s.length - 2) throw new Error('packed chunk has the wrong length');
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = s.charCodeAt(2 + (i >> 1));
    out[i] = u & 0xff;
    if (i + 1 < n) out[i + 1] = u >> 8;
  }
  return out;
}

export async function encodeChunk(data: string, how: ChunkCompression): Promise<string> {
  if (!how) return data;
  return pack(await through(new TextEncoder().encode(data), new CompressionStream(how)));
}

export async function decodeChunk(stored: string, how: ChunkCompression): Promise<string> {
  if (!how) return stored;
  return new TextDecoder().decode(await through(unpack(stored), new DecompressionStream(how)));
}

/** Binary data as a stored string: gzip-compressed when `how` says so, then packed. */
export async function encodeBytes(bytes: Uint8Array, how: ChunkCompression): Promise<string> {
  return pack(how ? await through(bytes, new CompressionStream(how)) : bytes);
}

export async function decodeBytes(stored: string, how: ChunkCompression): Promise<Uint8Array> {
  const bytes = unpack(stored);
  return how ? through(bytes, new DecompressionStream(how)) : bytes;
}
