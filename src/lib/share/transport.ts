/**
 * The byte layer of share links: UTF-8, raw DEFLATE (fflate) and base64url (RFC 4648 §5, no
 * padding), plus the guards the decoder needs before it trusts anything: an inflater that stops
 * as soon as its output passes a cap (a decompression bomb costs at most the cap plus one step's
 * output, never the whole expansion) and a linear scan of JSON nesting depth run before JSON.parse.
 *
 * Why fflate rather than CompressionStream: it is synchronous and identical in every browser and
 * in Node, so a link's bytes do not depend on the engine that made it; its streaming Inflate lets
 * us feed the input in small steps and stop mid-way, which bounds memory exactly; and it is
 * already a dependency (ingest unzips with it). The async API of codec.ts leaves room to move.
 */

import { deflateSync, Inflate } from 'fflate';

const utf8 = new TextEncoder();

export function utf8Bytes(s: string): Uint8Array {
  return utf8.encode(s);
}

/** The string, or null when the bytes are not valid UTF-8. */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Raw DEFLATE (no zlib or gzip header), best compression. Deterministic for a given fflate. */
export function deflateRaw(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9 });
}

/**
 * Compressed bytes fed to the inflater per step. DEFLATE expands at most ~1032:1, so one step
 * yields at most ~1 MB however hostile the input.
 */
const INFLATE_STEP = 1024;

export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt'; produced: number };

/**
 * Inflates raw DEFLATE data, giving up (without inflating the rest) as soon as the output passes
 * maxBytes. `produced` tells how much was inflated before it stopped.
 */
export function inflateBounded(data: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let over = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > maxBytes) over = true;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    if (data.length === 0) return { ok: false, reason: 'corrupt', produced };
    for (let at = 0; at < data.length && !over; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    return { ok: false, reason: 'corrupt', produced };
  }
  if (over) return { ok: false, reason: 'too-large', produced };
  if (!finished) return { ok: false, reason: 'corrupt', produced };
  const out = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function base64urlEncode(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    chunk += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (left > 1) chunk += ALPHABET[(n >> 6) & 63];
    if (left > 2) chunk += ALPHABET[n & 63];
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** The bytes, or null when s is not unpadded base64url. */
export function base64urlDecode(s: string): Uint8Array | null {
  if (s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    const len = Math.min(4, s.length - i);
    for (let j = 0; j < 4; j++) {
      const c = j < len ? s.charCodeAt(i + j) : 65; // pad with 'A' (0)
      const v = c < 128 ? VALUE[c] : -1;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    out[o++] = (n >> 16) & 255;
    if (len > 2) out[o++] = (n >> 8) & 255;
    if (len > 3) out[o++] = n & 255;
  }
  return out;
}

/**
 * True when the JSON text nests arrays/objects deeper than max. Linear, no recursion, counts
 * brackets outside strings only; it does not validate the JSON (JSON.parse does that after).
 */
export function jsonDeeperThan(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
