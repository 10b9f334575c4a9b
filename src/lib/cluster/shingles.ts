/**
 * Word shingles: every run of k consecutive tokens inside one line (paragraph), hashed to 32 bits.
 * Shingles never cross a line break, and lines shorter than k tokens give none: site chrome
 * (menu items, "مباشر", share buttons, one-word section names) is made of short lines and so drops
 * out on its own, and paragraph order stops mattering except inside a paragraph. A text with no
 * line of k tokens (a bare headline) falls back to shingling all its tokens as one line, then to
 * single tokens. The result is the set of distinct shingle hashes (in first-seen order).
 *
 * A shingle hash chains its tokens' hashes (tokens.ts) through a murmur-style multiply-rotate step
 * and the murmur3 finaliser. 32-bit collisions (≈ n²/2³³ inside one article) are harmless here.
 */
import { fmix32, tokenHashes, type TokenHashes } from './tokens';

export interface ShingleOptions {
  /** Tokens per shingle. Default 2. */
  k?: number;
  /** Drop stopwords before shingling. Default false. */
  dropStopwords?: boolean;
}

export const DEFAULT_SHINGLE_K = 2;

function hashRun(hashes: Int32Array, from: number, k: number): number {
  let h = 0x9747b28c ^ k;
  for (let i = from; i < from + k; i++) {
    h = Math.imul(h ^ hashes[i], 0xcc9e2d51);
    h = (h << 15) | (h >>> 17);
    h = Math.imul(h, 0x1b873593);
  }
  return fmix32(h) | 0;
}

/** Open-addressing table reused across calls (the signature path runs on one thread). */
let seen = new Int32Array(1024);

/** The distinct values of `a`, in first-seen order, in O(n). */
export function distinct(a: Uint32Array): Uint32Array {
  const n = a.length;
  let cap = seen.length;
  while (cap < 2 * n) cap *= 2;
  if (cap !== seen.length) seen = new Int32Array(cap);
  else seen.fill(0, 0, cap);
  const mask = cap - 1;
  const out = new Uint32Array(n);
  let j = 0;
  let zero = false;
  for (let i = 0; i < n; i++) {
    const v = a[i] | 0;
    if (v === 0) {
      // 0 marks an empty cell; track the value 0 apart.
      if (!zero) out[j++] = 0;
      zero = true;
      continue;
    }
    let p = v & mask; // v is already a well-mixed hash
    while (seen[p] !== 0 && seen[p] !== v) p = (p + 1) & mask;
    if (seen[p] === 0) {
      seen[p] = v;
      out[j++] = v;
    }
  }
  return out.slice(0, j);
}

/** Shingle hashes of a token stream (tokenHashes). */
export function shinglesOfTokens(tokens: TokenHashes, k = DEFAULT_SHINGLE_K): Uint32Array {
  const { hashes, lineEnds } = tokens;
  let total = 0;
  let start = 0;
  for (const end of lineEnds) {
    if (end - start >= k) total += end - start - k + 1;
    start = end;
  }
  if (total === 0) {
    // No line of k tokens: all tokens as one line, or the tokens themselves.
    if (hashes.length >= k && lineEnds.length > 1)
      return shinglesOfTokens({ hashes, lineEnds: [hashes.length] }, k);
    return distinct(new Uint32Array(hashes.buffer, hashes.byteOffset, hashes.length));
  }
  const out = new Uint32Array(total);
  let j = 0;
  start = 0;
  for (const end of lineEnds) {
    for (let i = start; i + k <= end; i++) out[j++] = hashRun(hashes, i, k);
    start = end;
  }
  return distinct(out);
}

/** Distinct shingle hashes of a text. */
export function shingles(text: string, opts: ShingleOptions = {}): Uint32Array {
  return shinglesOfTokens(tokenHashes(text, opts.dropStopwords ?? false), opts.k ?? DEFAULT_SHINGLE_K);
}
