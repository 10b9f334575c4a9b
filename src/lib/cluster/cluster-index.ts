/**
 * The incremental near-duplicate index of the library. Signatures are added one by one as files
 * are dropped (and removed when articles are deleted); each addition looks up candidates in the
 * LSH tables (lsh.ts), verifies them (verify.ts) and records the verified links. Clusters are the
 * connected components of those links (clusters.ts), computed on demand. Signatures are kept in
 * one flat typed array, so verifying a candidate is a tight loop over 2×K integers that stops
 * as soon as too many slots differ.
 *
 * Candidate generation and verification are symmetric and deterministic, so with
 * window: Infinity the links — and so the clusters — do not depend on the order of additions or
 * on removals in between: the index always holds what a batch run over its signatures gives. The
 * default window trades a little of that for speed on large libraries: a lookup reads only the
 * newest `window` entries of each LSH bucket, and candidates met only in large buckets must turn
 * up twice (see matches), so where buckets outgrow the window, which pairs get compared can depend
 * on the order (on the generated test corpora: 2 runs in 20 differ by a pair or so).
 * Removed entries leave a hole in the typed arrays (a few hundred bytes each).
 */
import { components } from './clusters';
import { LshTable } from './lsh';
import type { Signature } from './signature';
import { DEFAULT_VERIFY, requiredMatches, withDefaults, type VerifyOptions } from './verify';

export interface ClusterIndexOptions extends VerifyOptions {
  /** LSH bands (rows = numHashes / bands). Default 64 (2 rows for 128 slots). */
  bands?: number;
  /** Entries read from each LSH bucket per lookup, the most recent first. Default 4. */
  window?: number;
}

export const DEFAULT_BANDS = 64;
export const DEFAULT_WINDOW = 4;

/** The signature's slots as signed integers (a view, no copy; a copy if it is not a typed array). */
function int32(minhash: Uint32Array): Int32Array {
  return ArrayBuffer.isView(minhash)
    ? new Int32Array(minhash.buffer, minhash.byteOffset, minhash.length)
    : Int32Array.from(minhash as ArrayLike<number>, (x) => x | 0);
}

export class ClusterIndex {
  private readonly opts: Required<ClusterIndexOptions>;
  private lsh: LshTable | null = null;
  private k = 0;
  /** Entry number per id; entries are never reused, so removed ones leave holes. */
  private readonly entryOf = new Map<string, number>();
  private ids: (string | null)[] = [];
  private sizes = new Int32Array(64);
  private slots = new Int32Array(0);
  private keys = new Int32Array(0);
  /** Scratch buffer for one bucket. */
  private readonly bucket: number[] = [];
  private stamp = new Int32Array(64);
  /** Per-lookup state of an entry: large-bucket hits so far, or −1 once decided. */
  private hits = new Int32Array(64);
  private query = 0;
  /** Verified links, both directions. */
  private readonly links = new Map<number, Set<number>>();

  constructor(opts: ClusterIndexOptions = {}) {
    this.opts = withDefaults(opts, { bands: DEFAULT_BANDS, window: DEFAULT_WINDOW, ...DEFAULT_VERIFY });
  }

  /** Number of signatures in the index. */
  get size(): number {
    return this.entryOf.size;
  }

  has(id: string): boolean {
    return this.entryOf.has(id);
  }

  private table(sig: Signature): LshTable {
    if (this.lsh === null) {
      this.k = sig.minhash.length;
      if (this.k === 0) throw new Error('empty MinHash signature');
      this.lsh = new LshTable(this.k, Math.min(this.opts.bands, this.k));
      this.slots = new Int32Array(64 * this.k);
      this.keys = new Int32Array(this.lsh.bands);
    }
    if (sig.minhash.length !== this.k) {
      throw new Error(`signature ${sig.id} has ${sig.minhash.length} slots, the index ${this.k}`);
    }
    return this.lsh;
  }

  /** Whether entry e is a verified near-duplicate of the signature `mh` (Int32 view) of this size. */
  private verify(mh: Int32Array, size: number, e: number): boolean {
    const k = this.k;
    const need = requiredMatches(size, this.sizes[e], k, this.opts);
    if (need > k) return false;
    const slots = this.slots;
    const base = e * k;
    let eq = 0;
    let miss = k - need; // mismatches still allowed
    for (let i = 0; i < k; i++) {
      if (mh[i] === slots[base + i]) eq++;
      else if (--miss < 0) return false;
    }
    return eq >= need;
  }

  /**
   * Entries of verified near-duplicates of `sig` (excluding the entry with the same id). Each
   * bucket is read up to window + 1 entries. A candidate from a small bucket (≤ window entries: a
   * rare band value) is verified at once; one met only among the newest `window` entries of large
   * buckets (common phrases) is verified when it turns up in two or more of them — a copy of a
   * much-republished story does, unrelated articles that share a stock phrase mostly do not. This
   * bounds the work per lookup whatever the library holds.
   */
  private matches(sig: Signature): number[] {
    const out: number[] = [];
    if (sig.size < this.opts.minSize) return out;
    const table = this.table(sig);
    const { stamp, hits, keys, bucket } = this;
    const self = this.entryOf.get(sig.id) ?? -1;
    const q = ++this.query;
    const mh = int32(sig.minhash);
    const w = this.opts.window;
    table.keys(mh, 0, keys);
    for (let b = 0; b < table.bands; b++) {
      const n = table.read(b, keys[b], w + 1, bucket);
      const small = n <= w;
      for (let i = 0, end = Math.min(n, w); i < end; i++) {
        const e = bucket[i];
        if (e === self) continue;
        if (stamp[e] !== q) {
          stamp[e] = q;
          hits[e] = 0;
        } else if (hits[e] < 0) continue; // already decided
        if (small || ++hits[e] >= 2) {
          hits[e] = -1;
          if (this.verify(mh, sig.size, e)) out.push(e);
        }
      }
    }
    return out;
  }

  private grow(e: number): void {
    if (e < this.sizes.length) return;
    const cap = Math.max(64, this.sizes.length * 2);
    const sizes = new Int32Array(cap);
    sizes.set(this.sizes);
    this.sizes = sizes;
    const stamp = new Int32Array(cap);
    stamp.set(this.stamp);
    this.stamp = stamp;
    this.hits = new Int32Array(cap);
    const slots = new Int32Array(cap * this.k);
    slots.set(this.slots);
    this.slots = slots;
  }

  /** Add (or replace) a signature, linking it to its verified near-duplicates already in the index. */
  add(sig: Signature): void {
    if (this.entryOf.has(sig.id)) this.remove(sig.id);
    const found = this.matches(sig);
    const e = this.insert(sig);
    for (const o of found) this.link(e, o);
  }

  /**
   * Add a signature with links found earlier (see linked), without looking for matches: reloading
   * a saved index costs the LSH insertions only. A link to an id not yet present is made when that
   * id is restored with its own links (links are saved on both sides).
   */
  restore(sig: Signature, links: readonly string[]): void {
    if (this.entryOf.has(sig.id)) this.remove(sig.id);
    const e = this.insert(sig);
    for (const id of links) {
      const o = this.entryOf.get(id);
      if (o !== undefined && o !== e) this.link(e, o);
    }
  }

  private insert(sig: Signature): number {
    const table = this.table(sig);
    const e = this.ids.length;
    this.grow(e);
    this.ids.push(sig.id);
    this.entryOf.set(sig.id, e);
    this.sizes[e] = sig.size;
    this.slots.set(int32(sig.minhash), e * this.k);
    if (sig.size >= this.opts.minSize) table.add(e, this.slots, e * this.k);
    return e;
  }

  private link(a: number, b: number): void {
    let s = this.links.get(a);
    if (!s) this.links.set(a, (s = new Set()));
    s.add(b);
    let t = this.links.get(b);
    if (!t) this.links.set(b, (t = new Set()));
    t.add(a);
  }

  /** Remove a signature and its links. Unknown ids are ignored. */
  remove(id: string): void {
    const e = this.entryOf.get(id);
    if (e === undefined) return;
    if (this.lsh && this.sizes[e] >= this.opts.minSize) this.lsh.remove(e, this.slots, e * this.k);
    for (const o of this.links.get(e) ?? []) {
      const s = this.links.get(o);
      s?.delete(e);
      if (s && s.size === 0) this.links.delete(o);
    }
    this.links.delete(e);
    this.ids[e] = null;
    this.entryOf.delete(id);
  }

  /** Ids of the near-duplicates of this signature already in the index (direct links only). */
  near(sig: Signature): string[] {
    if (this.entryOf.size === 0) return [];
    return this.matches(sig)
      .map((e) => this.ids[e]!)
      .sort();
  }

  /** Ids directly linked to an indexed id. */
  linked(id: string): string[] {
    const e = this.entryOf.get(id);
    if (e === undefined) return [];
    return [...(this.links.get(e) ?? [])].map((o) => this.ids[o]!).sort();
  }

  /** All clusters of size ≥ 2: ids sorted, clusters ordered by their first id. */
  clusters(): string[][] {
    const edges: [number, number][] = [];
    for (const [a, set] of this.links) for (const b of set) if (a < b) edges.push([a, b]);
    return components(this.ids.length, edges)
      .map((g) => g.map((e) => this.ids[e]!).sort())
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  }
}
