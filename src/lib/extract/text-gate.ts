/**
 * A cheap, exact pre-check before a regex scans a text: the regex's required literal factors
 * (regex-factors.ts: for each set, one of its strings) must occur in the text, or the scan cannot
 * find anything and is skipped. The gate indexes the text's trigrams once; a factor is found
 * through its rarest trigram and checked in place, so a skipped scan is always one that would
 * have found nothing, and the places a factor occurs come for free (dates/line-scan.ts).
 */
import { requiredFactors } from './regex-factors';

/** Buckets of the trigram index (a power of two). */
const BUCKETS = 1 << 12;

/** A factor with its trigram hashes, computed once per regex. */
interface Factor {
  text: string;
  hashes: Int32Array;
}

const factorCache = new WeakMap<RegExp, Factor[][] | null>();

/** The required factor sets of a compiled regex (cached per RegExp object). */
export function factorsOf(re: RegExp): string[][] | null {
  return gateFactors(re)?.map((set) => set.map((f) => f.text)) ?? null;
}

function gateFactors(re: RegExp): Factor[][] | null {
  let f = factorCache.get(re);
  if (f === undefined) {
    const sets = requiredFactors(re.source, re.flags);
    f = sets ? sets.map((set) => set.map(factor)) : null;
    factorCache.set(re, f);
  }
  return f;
}

function factor(text: string): Factor {
  const hashes = new Int32Array(Math.max(0, text.length - 2));
  for (let i = 2; i < text.length; i++)
    hashes[i - 2] = trigramHash(text.charCodeAt(i - 2), text.charCodeAt(i - 1), text.charCodeAt(i));
  return { text, hashes };
}

function trigramHash(c0: number, c1: number, c2: number): number {
  return (
    ((Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca6b) ^ Math.imul(c2, 0xc2b2ae35)) >>> 20) &
    (BUCKETS - 1)
  );
}

/**
 * The gate keeps an index of the text's trigrams: for each hash bucket, the chain of positions
 * whose trigram falls in it (latest first) and how many there are. A factor is looked up through
 * its rarest trigram and each candidate position checked with startsWith.
 */
export class TextGate {
  /** Per bucket: 1 + the latest position whose trigram falls in it (0: none). */
  private readonly head = new Int32Array(BUCKETS);
  private readonly count = new Uint16Array(BUCKETS);
  /** Per position: 1 + the previous position in its bucket (0: none). */
  private readonly next: Int32Array;

  constructor(readonly text: string) {
    const n = text.length;
    const head = this.head;
    const count = this.count;
    const next = (this.next = new Int32Array(Math.max(0, n - 2)));
    let c0 = text.charCodeAt(0);
    let c1 = text.charCodeAt(1);
    for (let i = 2; i < n; i++) {
      const c2 = text.charCodeAt(i);
      const h = trigramHash(c0, c1, c2);
      next[i - 2] = head[h];
      head[h] = i - 1;
      count[h]++;
      c0 = c1;
      c1 = c2;
    }
  }

  /** Whether the text contains `f`. */
  has(f: string): boolean {
    return this.hasFactor(factor(f));
  }

  /** Every offset where `f` occurs, in order. */
  occurrences(f: string): number[] {
    const fa = factor(f);
    const out: number[] = [];
    if (fa.hashes.length === 0) {
      for (let at = this.text.indexOf(f); at >= 0; at = this.text.indexOf(f, at + 1)) out.push(at);
      return out;
    }
    const k = this.rarest(fa);
    for (let p1 = this.head[fa.hashes[k]]; p1 > 0; p1 = this.next[p1 - 1]) {
      const s = p1 - 1 - k;
      if (s >= 0 && this.text.startsWith(f, s)) out.push(s);
    }
    return out.reverse();
  }

  /** Index of the factor's trigram with the fewest positions (counts may wrap on huge texts: only the choice suffers). */
  private rarest(f: Factor): number {
    let k = 0;
    let best = Infinity;
    for (let i = 0; i < f.hashes.length; i++) {
      const c = this.count[f.hashes[i]];
      if (c < best) {
        best = c;
        k = i;
        if (c === 0) break;
      }
    }
    return k;
  }

  private hasFactor(f: Factor): boolean {
    if (f.hashes.length === 0) return this.text.includes(f.text);
    const k = this.rarest(f);
    for (let p1 = this.head[f.hashes[k]]; p1 > 0; p1 = this.next[p1 - 1]) {
      const s = p1 - 1 - k;
      if (s >= 0 && this.text.startsWith(f.text, s)) return true;
    }
    return false;
  }

  /** False only when `re` certainly finds nothing in the text. */
  mayMatch(re: RegExp): boolean {
    const sets = gateFactors(re);
    if (sets === null) return true;
    for (const set of sets) {
      let any = false;
      for (const f of set) {
        if (this.hasFactor(f)) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }
}
