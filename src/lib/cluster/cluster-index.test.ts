import { describe, expect, it } from 'vitest';
import {
  ClusterIndex,
  findNearDuplicates,
  signature,
  type ClusterIndexOptions,
  type Signature,
} from './index';
import { mulberry32 } from './minhash';
import { poolSentences, syntheticCorpus } from './synthetic-corpus';
import { loadSeeds } from './test-fixtures';

const pool = poolSentences(loadSeeds().map((s) => s.body));
const corpus = syntheticCorpus(pool, { seed: 5 });
const sigs = corpus.map((a) => signature(a));
const strict: ClusterIndexOptions = { window: Infinity };

function shuffled<T>(items: T[], seed: number): T[] {
  const r = mulberry32(seed);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = r() % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function build(list: Signature[], opts?: ClusterIndexOptions): ClusterIndex {
  const index = new ClusterIndex(opts);
  for (const s of list) index.add(s);
  return index;
}

/** Clusters as findNearDuplicates would give them for these signatures' documents. */
function batchClusters(ids: Set<string>, opts?: ClusterIndexOptions): string[][] {
  const docs = corpus.filter((a) => ids.has(a.id)).map((a) => ({ id: a.id, text: a.text }));
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const [id, others] of findNearDuplicates(docs, opts)) {
    if (seen.has(id)) continue;
    const c = [id, ...others].sort();
    c.forEach((x) => seen.add(x));
    out.push(c);
  }
  return out.sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

describe('ClusterIndex', () => {
  it('added one by one in any order, gives the batch clusters (window: Infinity)', () => {
    const batch = batchClusters(new Set(corpus.map((a) => a.id)), strict);
    expect(batch.length).toBeGreaterThan(40);
    for (const seed of [1, 2, 3]) expect(build(shuffled(sigs, seed), strict).clusters()).toEqual(batch);
  });

  it('with the default window, agrees with batch on all but a few pairs in any order', () => {
    const pairs = (cs: string[][]) =>
      new Set(cs.flatMap((c) => c.flatMap((a) => c.filter((b) => a < b).map((b) => a + '|' + b))));
    const batch = pairs(batchClusters(new Set(corpus.map((a) => a.id))));
    const inc = pairs(build(shuffled(sigs, 9)).clusters());
    const common = [...inc].filter((p) => batch.has(p)).length;
    expect(common / Math.max(batch.size, inc.size)).toBeGreaterThan(0.97);
  });

  it('after removals and re-additions, gives the batch clusters of what it holds', () => {
    const index = build(sigs, strict);
    const removed = shuffled(sigs, 4).slice(0, 60);
    for (const s of removed) index.remove(s.id);
    expect(index.size).toBe(sigs.length - 60);
    const kept = new Set(sigs.map((s) => s.id));
    removed.forEach((s) => kept.delete(s.id));
    expect(index.clusters()).toEqual(batchClusters(kept, strict));
    for (const s of removed) index.add(s);
    expect(index.size).toBe(sigs.length);
    expect(index.clusters()).toEqual(batchClusters(new Set(sigs.map((s) => s.id)), strict));
  });

  it('restored from its saved links (in any order), holds the same clusters and goes on matching', () => {
    const half = Math.floor(sigs.length / 2);
    const original = build(sigs.slice(0, half));
    const saved = sigs.slice(0, half).map((s) => ({ sig: s, links: original.linked(s.id) }));
    expect(saved.some((x) => x.links.length > 0)).toBe(true);
    const restored = new ClusterIndex();
    for (const { sig, links } of shuffled(saved, 3)) restored.restore(sig, links);
    expect(restored.clusters()).toEqual(original.clusters());
    for (const s of sigs.slice(half)) {
      original.add(s);
      restored.add(s);
    }
    expect(restored.clusters()).toEqual(original.clusters());
  });

  it('near() names the indexed near-duplicates of a new signature, without adding it', () => {
    const rewrite = corpus.find((a) => a.kind === 'rewrite' && a.id.endsWith('-r1'))!;
    const rest = sigs.filter((s) => s.id !== rewrite.id);
    const index = build(rest);
    const near = index.near(signature(rewrite));
    expect(near).toContain(`s${rewrite.story}-o`);
    expect(near.every((id) => id.startsWith(`s${rewrite.story}-`))).toBe(true);
    expect(index.size).toBe(rest.length);
    expect(index.has(rewrite.id)).toBe(false);
  });

  it('replaces a signature added twice under the same id, and ignores unknown removals', () => {
    const index = new ClusterIndex();
    const [a, b] = [
      signature({ id: 'a', text: pool.slice(0, 8).join('\n') }),
      signature({ id: 'b', text: pool.slice(0, 8).join('\n') }),
    ];
    index.add(a);
    index.add(b);
    expect(index.clusters()).toEqual([['a', 'b']]);
    index.add(signature({ id: 'b', text: pool.slice(20, 28).join('\n') }));
    expect(index.size).toBe(2);
    expect(index.clusters()).toEqual([]);
    index.remove('nope');
    expect(index.size).toBe(2);
  });

  it('never clusters texts too short to judge (bare headlines)', () => {
    const index = new ClusterIndex();
    index.add(signature({ id: 'h1', text: 'بوتين يلتقي الأسد في موسكو' }));
    index.add(signature({ id: 'h2', text: 'بوتين يلتقي الأسد في موسكو' }));
    expect(index.clusters()).toEqual([]);
  });

  it('rejects signatures of another length', () => {
    const index = new ClusterIndex();
    index.add(sigs[0]);
    expect(() => index.add(signature({ id: 'x', text: corpus[1].text }, { numHashes: 64 }))).toThrow(/slots/);
  });
});

describe('findNearDuplicates', () => {
  it('maps every clustered id to the other members of its cluster', () => {
    const seeds = loadSeeds();
    const docs = [
      { id: 'a', text: seeds[3].body },
      { id: 'b', text: seeds[3].body.replace(/سورية/g, 'سوريا') },
      { id: 'c', text: seeds[4].body },
    ];
    expect(findNearDuplicates(docs)).toEqual(
      new Map([
        ['a', ['b']],
        ['b', ['a']],
      ]),
    );
    expect(findNearDuplicates([])).toEqual(new Map());
  });
});
