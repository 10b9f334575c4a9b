/**
 * Locality-sensitive hashing over MinHash signatures (the "banding" scheme). A signature of K
 * slots is cut into b bands of r = ⌊K/b⌋ rows; two signatures become candidates when all r slots
 * of at least one band are equal, which happens with probability 1 − (1 − Jʳ)ᵇ for Jaccard J.
 * Each band is a hash table from a 30-bit hash of its r values to a bucket: a linked list of the
 * entries holding that key, newest first (a hash collision only adds a candidate, which the caller
 * verifies). Tables and lists live in typed arrays (open addressing with linear probing; a cell
 * is key and list head side by side), so 50,000 articles × 64 bands make no per-bucket objects
 * and little garbage: about 8 + 8 bytes per entry and band at most.
 *
 * Articles on one subject share stock phrases ("نائب وزير الخارجية الروسي"), and a band made of
 * such common shingles puts thousands of unrelated articles in one bucket. So callers read a
 * bounded number of the newest entries of a bucket (see read and cluster-index.ts). Entries are
 * small non-negative integers chosen by the caller.
 */

const EMPTY = -1;

/** One band: key → head node of its list, open addressing with linear probing. */
class BandTable {
  /** cells[2p] = key (EMPTY when free), cells[2p+1] = head node (EMPTY when the list is empty). */
  cells: Int32Array;
  cap: number;
  used = 0;

  constructor(cap: number) {
    this.cap = cap;
    this.cells = new Int32Array(cap * 2).fill(EMPTY);
  }

  /** Cell offset (2p) of a key, or −(offset + 1) when absent (where it would go). */
  find(key: number): number {
    const mask = this.cap - 1;
    const cells = this.cells;
    let p = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const k = cells[p * 2];
      if (k === key) return p * 2;
      if (k === EMPTY) return -p * 2 - 1;
      p = (p + 1) & mask;
    }
  }

  /** Offset of a new cell for an absent key. */
  insert(key: number): number {
    if ((this.used + 1) * 2 > this.cap) this.rehash(this.cap * 2);
    const o = -this.find(key) - 1;
    this.cells[o] = key;
    this.used++;
    return o;
  }

  private rehash(cap: number): void {
    const old = this.cells;
    this.cap = cap;
    this.cells = new Int32Array(cap * 2).fill(EMPTY);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === EMPTY) continue;
      const o = -this.find(old[i]) - 1;
      this.cells[o] = old[i];
      this.cells[o + 1] = old[i + 1];
    }
  }
}

export class LshTable {
  readonly bands: number;
  readonly rows: number;
  private readonly tables: BandTable[];
  /** Node pool shared by all bands: entry and next node of each list cell. */
  private nodeEntry = new Int32Array(1024);
  private nodeNext = new Int32Array(1024);
  private nodes = 0;
  private free = EMPTY;

  constructor(numHashes: number, bands: number) {
    if (!(bands >= 1 && bands <= numHashes)) throw new RangeError(`bands must be in 1..${numHashes}`);
    this.bands = bands;
    this.rows = Math.floor(numHashes / bands);
    this.tables = Array.from({ length: bands }, () => new BandTable(256));
  }

  /** Probability that a pair with Jaccard j becomes a candidate. */
  static candidateProbability(j: number, bands: number, rows: number): number {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  /** Hash of the band's r slot values of the signature starting at `offset` in `slots`. */
  private key(slots: Uint32Array | Int32Array, offset: number, band: number): number {
    let h = 0x2f0b3c1d ^ band;
    for (let i = offset + band * this.rows, end = i + this.rows; i < end; i++) {
      h = Math.imul(h ^ slots[i], 0xcc9e2d51);
      h = (h << 15) | (h >>> 17);
      h = Math.imul(h, 0x1b873593);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return h >>> 2; // 30 bits: never EMPTY, and a small integer
  }

  /** The band keys of a signature, into `out` (length ≥ bands). */
  keys(slots: Uint32Array | Int32Array, offset: number, out: Int32Array): void {
    for (let b = 0; b < this.bands; b++) out[b] = this.key(slots, offset, b);
  }

  private newNode(entry: number, next: number): number {
    let n = this.free;
    if (n !== EMPTY) this.free = this.nodeNext[n];
    else {
      if (this.nodes === this.nodeEntry.length) {
        const e = new Int32Array(this.nodes * 2);
        e.set(this.nodeEntry);
        this.nodeEntry = e;
        const x = new Int32Array(this.nodes * 2);
        x.set(this.nodeNext);
        this.nodeNext = x;
      }
      n = this.nodes++;
    }
    this.nodeEntry[n] = entry;
    this.nodeNext[n] = next;
    return n;
  }

  /** Add an entry whose signature is slots[offset .. offset+K). */
  add(entry: number, slots: Uint32Array | Int32Array, offset = 0): void {
    for (let b = 0; b < this.bands; b++) {
      const t = this.tables[b];
      const key = this.key(slots, offset, b);
      let o = t.find(key);
      if (o < 0) o = t.insert(key);
      t.cells[o + 1] = this.newNode(entry, t.cells[o + 1]);
    }
  }

  /** Remove an entry (its signature must be the one it was added with). */
  remove(entry: number, slots: Uint32Array | Int32Array, offset = 0): void {
    for (let b = 0; b < this.bands; b++) {
      const t = this.tables[b];
      const o = t.find(this.key(slots, offset, b));
      if (o < 0) continue;
      let prev = EMPTY;
      for (let n = t.cells[o + 1]; n !== EMPTY; prev = n, n = this.nodeNext[n]) {
        if (this.nodeEntry[n] !== entry) continue;
        if (prev === EMPTY) t.cells[o + 1] = this.nodeNext[n];
        else this.nodeNext[prev] = this.nodeNext[n];
        this.nodeNext[n] = this.free;
        this.free = n;
        break;
      }
    }
  }

  /**
   * Read up to `max` entries of the bucket of `key` in `band`, newest first, into `out` (cleared
   * first). Returns the number read.
   */
  read(band: number, key: number, max: number, out: number[]): number {
    out.length = 0;
    const t = this.tables[band];
    const o = t.find(key);
    if (o < 0) return 0;
    for (let node = t.cells[o + 1]; node !== EMPTY && out.length < max; node = this.nodeNext[node]) {
      out.push(this.nodeEntry[node]);
    }
    return out.length;
  }

  /** Distinct entries sharing at least one band with the signature, reading up to `max` per bucket. */
  candidates(sig: Uint32Array, max = Infinity): number[] {
    const seen = new Set<number>();
    const buf: number[] = [];
    for (let b = 0; b < this.bands; b++) {
      this.read(b, this.key(sig, 0, b), max, buf);
      for (const e of buf) seen.add(e);
    }
    return [...seen];
  }
}
