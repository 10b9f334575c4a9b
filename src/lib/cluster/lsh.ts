/**
 * Locality-sensitive hashing over MinHash signatures (the "banding" scheme). A signature of K
 * slots is cut into b bands of r = ⌊K/b⌋ rows; two signatures become candidates when all r slots
 * of at least one band are equal, which happens with probability 1 − (1 − Jʳ)ᵇ for Jaccard J. Each
 * band is a hash table from a 32-bit hash of its r values to the entries holding them, in the
 * order they were added (a hash collision only adds a candidate, which the caller verifies).
 *
 * Articles on one subject share stock phrases ("نائب وزير الخارجية الروسي"), and a band made of
 * such common shingles puts thousands of unrelated articles in one bucket. So a lookup takes at
 * most `window` entries from each bucket — the most recently added ones. A true near-duplicate
 * almost always also shares bands with rare keys (small buckets), and a large family of copies of
 * one story stays linked because each copy meets the latest ones. This keeps a lookup O(b·window)
 * whatever the library holds. Entries are small integers chosen by the caller.
 */

export class LshTable {
  readonly bands: number;
  readonly rows: number;
  readonly window: number;
  private readonly tables: Map<number, number[]>[];

  constructor(numHashes: number, bands: number, window = Infinity) {
    if (!(bands >= 1 && bands <= numHashes)) throw new RangeError(`bands must be in 1..${numHashes}`);
    this.bands = bands;
    this.rows = Math.floor(numHashes / bands);
    this.window = window;
    this.tables = Array.from({ length: bands }, () => new Map<number, number[]>());
  }

  /** Probability that a pair with Jaccard j becomes a candidate (ignoring the window). */
  static candidateProbability(j: number, bands: number, rows: number): number {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  /** Hash of the band's r slot values of the signature starting at `offset` in `slots`. */
  private key(slots: Uint32Array, offset: number, band: number): number {
    let h = 0x2f0b3c1d ^ band;
    for (let i = offset + band * this.rows, end = i + this.rows; i < end; i++) {
      h = Math.imul(h ^ slots[i], 0xcc9e2d51);
      h = (h << 15) | (h >>> 17);
      h = Math.imul(h, 0x1b873593);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return h | 0;
  }

  /** Add an entry whose signature is slots[offset .. offset+K). */
  add(entry: number, slots: Uint32Array, offset = 0): void {
    for (let b = 0; b < this.bands; b++) {
      const t = this.tables[b];
      const k = this.key(slots, offset, b);
      const bucket = t.get(k);
      if (bucket) bucket.push(entry);
      else t.set(k, [entry]);
    }
  }

  remove(entry: number, slots: Uint32Array, offset = 0): void {
    for (let b = 0; b < this.bands; b++) {
      const t = this.tables[b];
      const k = this.key(slots, offset, b);
      const bucket = t.get(k);
      if (!bucket) continue;
      const i = bucket.lastIndexOf(entry);
      if (i < 0) continue;
      bucket.splice(i, 1);
      if (bucket.length === 0) t.delete(k);
    }
  }

  /**
   * Call `visit` for entries sharing at least one band with the signature (the last `window` of
   * each bucket). An entry may be visited once per shared band: callers deduplicate.
   */
  forEachCandidate(slots: Uint32Array, offset: number, visit: (entry: number) => void): void {
    const w = this.window;
    for (let b = 0; b < this.bands; b++) {
      const bucket = this.tables[b].get(this.key(slots, offset, b));
      if (!bucket) continue;
      for (let i = bucket.length - 1, stop = Math.max(0, bucket.length - w); i >= stop; i--) visit(bucket[i]);
    }
  }

  /** Distinct candidate entries of a signature (see forEachCandidate). */
  candidates(sig: Uint32Array): number[] {
    const seen = new Set<number>();
    this.forEachCandidate(sig, 0, (e) => seen.add(e));
    return [...seen];
  }
}
