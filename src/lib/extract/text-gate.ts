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

/** Index work (text length × lookups) below which plain string search answers the lookups. */
const PLAIN_BUDGET = 24_000;

/** A cache of factors looked up by string (has, occurrences), so their hashes are computed once. */
const stringFactors = new Map<string, Factor>();

function factorOfString(f: string): Factor {
  let fa = stringFactors.get(f);
  if (fa === undefined) {
    fa = factor(f);
    if (stringFactors.size >= 10_000) stringFactors.clear();
    stringFactors.set(f, fa);
  }
  return fa;
}

/**
 * The gate keeps an index of the text's trigrams: for each hash bucket, the chain of positions
 * whose trigram falls in it (latest first) and how many there are. A factor is looked up through
 * its rarest trigram and each candidate position checked with startsWith. The index is built only
 * once the lookups would cost more by plain string search (a short text, or a text asked about
 * only a few factors, is searched directly): the answers are the same either way.
 */
export class TextGate {
  /** Per bucket: 1 + the latest position whose trigram falls in it (0: none). */
  private head: Int32Array | null = null;
  private count: Uint16Array | null = null;
  /** Per position: 1 + the previous position in its bucket (0: none). */
  private next: Int32Array | null = null;
  /** Characters searched by plain lookups so far. */
  private spent = 0;

  constructor(readonly text: string) {}

  /** Whether the index should answer the next lookup (built on first need). */
  private indexed(): boolean {
    if (this.head !== null) return true;
    this.spent += this.text.length;
    if (this.spent <= PLAIN_BUDGET) return false;
    this.build();
    return true;
  }

  private build(): void {
    const text = this.text;
    const n = text.length;
    const head = (this.head = new Int32Array(BUCKETS));
    const count = (this.count = new Uint16Array(BUCKETS));
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
    return this.hasFactor(factorOfString(f));
  }

  /** Every offset where `f` occurs, in order. */
  occurrences(f: string): number[] {
    const fa = factorOfString(f);
    const out: number[] = [];
    if (fa.hashes.length === 0 || !this.indexed()) {
      for (let at = this.text.indexOf(f); at >= 0; at = this.text.indexOf(f, at + 1)) out.push(at);
      return out;
    }
    const k = this.rarest(fa);
    const head = this.head as Int32Array;
    const next = this.next as Int32Array;
    for (let p1 = head[fa.hashes[k]]; p1 > 0; p1 = next[p1 - 1]) {
      const s = p1 - 1 - k;
      if (s >= 0 && this.text.startsWith(f, s)) out.push(s);
    }
    return out.reverse();
  }

  /** Index of the factor's trigram with the fewest positions (counts may wrap on huge texts: only the choice suffers). */
  private rarest(f: Factor): number {
    const count = this.count as Uint16Array;
    let k = 0;
    let best = Infinity;
    for (let i = 0; i < f.hashes.length; i++) {
      const c = count[f.hashes[i]];
      if (c < best) {
        best = c;
        k = i;
        if (c === 0) break;
      }
    }
    return k;
  }

  private hasFactor(f: Factor): boolean {
    if (f.hashes.length === 0 || !this.indexed()) return this.text.includes(f.text);
    const k = this.rarest(f);
    const head = this.head as Int32Array;
    const next = this.next as Int32Array;
    for (let p1 = head[f.hashes[k]]; p1 > 0; p1 = next[p1 - 1]) {
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
