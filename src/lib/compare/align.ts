/**
 * Paragraph alignment of one version against the base. Each paragraph becomes a bag of content
 * words (match keys of tokens.ts, stopwords left out) and a set of word bigrams; two paragraphs
 * score 0.75 × Dice(bags) + 0.25 × Dice(bigrams). Pairs are then taken greedily, best score first,
 * each paragraph at most once, down to `minScore` — order plays no part, so a paragraph that moved
 * is found wherever it went. A link is `moved` when it is not on the longest chain of links whose
 * order agrees in both versions (longest increasing subsequence), so one moved paragraph does not
 * make every paragraph after it look moved.
 *
 * Splits and merges: a paragraph left unlinked whose content words lie mostly (≥ `minContainment`)
 * inside one paragraph of the other side joins that paragraph's link when that raises the link's
 * Dice score (one paragraph split in two, or two merged in one); with no link there yet, the two
 * form one. Whatever stays unlinked is only in its version.
 */

import type { ParaTokens } from './paragraphs';
import { isContent } from './tokens';

export interface AlignOptions {
  /** Lowest score for a one-to-one link (default 0.3). */
  minScore?: number;
  /** Share of a paragraph's content words found in the other paragraph to join it (default 0.6). */
  minContainment?: number;
}

export interface AlignLink {
  base: number[];
  other: number[];
  kind: 'match' | 'split' | 'merge';
  score: number;
  moved: boolean;
}

export interface Alignment {
  links: AlignLink[];
  onlyInBase: number[];
  onlyInOther: number[];
}

/** Interned match keys → bag and bigram ids (a bigram is prev × 2^26 + next, exact in a double). */
type Bag = Map<number, number>;

interface Features {
  bag: Bag;
  size: number;
  /** Bigram ids, each with count 1. */
  bigrams: Bag;
}

const ids = new Map<string, number>();
const ID_SPACE = 2 ** 26;

function idOf(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    if (ids.size >= ID_SPACE - 1) ids.clear(); // never in practice; keeps ids below 2^26
    ids.set(key, (id = ids.size));
  }
  return id;
}

/** Features per paragraph object: a base paragraph is aligned once per other version. */
const cache = new WeakMap<ParaTokens, Features>();

function features(p: ParaTokens): Features {
  const hit = cache.get(p);
  if (hit) return hit;
  const bag: Bag = new Map();
  const bigrams: Bag = new Map();
  let size = 0;
  let prev = -1;
  for (const t of p.words) {
    if (!isContent(t)) continue;
    const id = idOf(t.key);
    bag.set(id, (bag.get(id) ?? 0) + 1);
    size++;
    if (prev >= 0) bigrams.set(prev * ID_SPACE + id, 1);
    prev = id;
  }
  const f = { bag, size, bigrams };
  cache.set(p, f);
  return f;
}

function overlap(a: Bag, b: Bag): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, c] of small) {
    const d = large.get(k);
    if (d) n += Math.min(c, d);
  }
  return n;
}

function merge(fs: Features[]): Features {
  const bag: Bag = new Map();
  const bigrams: Bag = new Map();
  let size = 0;
  for (const f of fs) {
    for (const [k, c] of f.bag) bag.set(k, (bag.get(k) ?? 0) + c);
    for (const g of f.bigrams.keys()) bigrams.set(g, 1);
    size += f.size;
  }
  return { bag, size, bigrams };
}

function scoreOf(a: Features, b: Features, common: number, commonBigrams: number): number {
  if (a.size === 0 || b.size === 0) return 0;
  const uni = (2 * common) / (a.size + b.size);
  const nb = a.bigrams.size + b.bigrams.size;
  const bi = nb ? (2 * commonBigrams) / nb : uni;
  return 0.75 * uni + 0.25 * bi;
}

function score(a: Features, b: Features): number {
  return scoreOf(a, b, overlap(a.bag, b.bag), overlap(a.bigrams, b.bigrams));
}

/** Bag overlaps of every pair (row-major, xs × ys) through an inverted index of `ys`. */
function overlapMatrix(xs: Bag[], ys: Bag[]): Int32Array {
  const m = ys.length;
  const out = new Int32Array(xs.length * m);
  const postings = new Map<number, number[]>();
  ys.forEach((bag, j) => {
    for (const [k, c] of bag) {
      let p = postings.get(k);
      if (!p) postings.set(k, (p = []));
      p.push(j, c);
    }
  });
  xs.forEach((bag, i) => {
    for (const [k, c] of bag) {
      const p = postings.get(k);
      if (p) for (let q = 0; q < p.length; q += 2) out[i * m + p[q]] += Math.min(c, p[q + 1]);
    }
  });
  return out;
}

/** Indexes (into `seq`) of one longest strictly increasing subsequence. */
export function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

/** Aligns the paragraphs of `other` with those of `base`. */
export function alignParagraphs(base: ParaTokens[], other: ParaTokens[], opts: AlignOptions = {}): Alignment {
  const minScore = opts.minScore ?? 0.3;
  const minContainment = opts.minContainment ?? 0.6;
  const fb = base.map(features);
  const fo = other.map(features);
  const m = fo.length;
  const uni = overlapMatrix(
    fb.map((f) => f.bag),
    fo.map((f) => f.bag),
  );
  const bi = overlapMatrix(
    fb.map((f) => f.bigrams),
    fo.map((f) => f.bigrams),
  );
  const pairScore = (i: number, j: number) => scoreOf(fb[i], fo[j], uni[i * m + j], bi[i * m + j]);

  const cand: [number, number, number][] = [];
  for (let i = 0; i < fb.length; i++)
    for (let j = 0; j < m; j++) {
      if (uni[i * m + j] === 0) continue;
      const s = pairScore(i, j);
      if (s >= minScore) cand.push([s, i, j]);
    }
  cand.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);

  const links: AlignLink[] = [];
  const linkOfBase = new Array<AlignLink | null>(fb.length).fill(null);
  const linkOfOther = new Array<AlignLink | null>(fo.length).fill(null);
  for (const [s, i, j] of cand) {
    if (linkOfBase[i] || linkOfOther[j]) continue;
    const l: AlignLink = { base: [i], other: [j], kind: 'match', score: s, moved: false };
    links.push(l);
    linkOfBase[i] = linkOfOther[j] = l;
  }

  // Splits (an other paragraph joins a base paragraph's link) and merges (the reverse).
  const join = (side: 'base' | 'other') => {
    const [mine, theirs] = side === 'other' ? [fo, fb] : [fb, fo];
    const [myLinks, theirLinks] = side === 'other' ? [linkOfOther, linkOfBase] : [linkOfBase, linkOfOther];
    const order = mine.map((_, i) => i).filter((i) => !myLinks[i] && mine[i].size >= 3);
    order.sort((x, y) => mine[y].size - mine[x].size || x - y);
    for (const i of order) {
      let best = -1;
      let bestC = 0;
      for (let j = 0; j < theirs.length; j++) {
        const c = (side === 'other' ? uni[j * m + i] : uni[i * m + j]) / mine[i].size;
        if (c > bestC) [best, bestC] = [j, c];
      }
      if (best < 0 || bestC < minContainment) continue;
      const l = theirLinks[best];
      if (l === null) {
        const s = score(mine[i], theirs[best]);
        const nl: AlignLink =
          side === 'other'
            ? { base: [best], other: [i], kind: 'match', score: s, moved: false }
            : { base: [i], other: [best], kind: 'match', score: s, moved: false };
        links.push(nl);
        myLinks[i] = theirLinks[best] = nl;
        continue;
      }
      const mineNow = side === 'other' ? l.other : l.base;
      const theirNow = side === 'other' ? l.base : l.other;
      const grown = score(merge([...mineNow, i].map((k) => mine[k])), merge(theirNow.map((k) => theirs[k])));
      if (grown <= l.score + 0.02) continue;
      mineNow.push(i);
      mineNow.sort((x, y) => x - y);
      l.score = grown;
      myLinks[i] = l;
    }
  };
  join('other');
  join('base');

  for (const l of links) l.kind = l.other.length > 1 ? 'split' : l.base.length > 1 ? 'merge' : 'match';
  links.sort((x, y) => x.base[0] - y.base[0]);
  const inOrder = longestIncreasing(links.map((l) => l.other[0]));
  links.forEach((l, k) => (l.moved = !inOrder.has(k)));

  return {
    links,
    onlyInBase: fb.map((_, i) => i).filter((i) => !linkOfBase[i]),
    onlyInOther: fo.map((_, j) => j).filter((j) => !linkOfOther[j]),
  };
}
