/**
 * Word shingles: every run of k consecutive tokens inside one line (paragraph), hashed to 32 bits.
 * Shingles never cross a line break, and lines shorter than k tokens give none: site chrome
 * (menu items, "مباشر", share buttons, one-word section names) is made of short lines and so drops
 * out on its own, and paragraph order stops mattering except inside a paragraph. A text with no
 * line of k tokens (a bare headline) falls back to shingling all its tokens as one line, then to
 * single tokens. The result is the set of distinct shingle hashes, sorted ascending.
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

function sortedUnique(a: Uint32Array): Uint32Array {
  a.sort();
  let j = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[j - 1]) a[j++] = a[i];
  return a.slice(0, j);
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
    if (hashes.length >= k && lineEnds.length > 1) return shinglesOfTokens({ hashes, lineEnds: [hashes.length] }, k);
    return sortedUnique(new Uint32Array(hashes));
  }
  const out = new Uint32Array(total);
  let j = 0;
  start = 0;
  for (const end of lineEnds) {
    for (let i = start; i + k <= end; i++) out[j++] = hashRun(hashes, i, k);
    start = end;
  }
  return sortedUnique(out);
}

/** Distinct shingle hashes of a text, sorted ascending. */
export function shingles(text: string, opts: ShingleOptions = {}): Uint32Array {
  return shinglesOfTokens(tokenHashes(text, opts.dropStopwords ?? false), opts.k ?? DEFAULT_SHINGLE_K);
}
