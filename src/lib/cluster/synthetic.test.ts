import { describe, expect, it } from 'vitest';
import { findNearDuplicates, type ClusterIndexOptions } from './index';
import { goldPairs, poolSentences, syntheticCorpus, type SyntheticArticle } from './synthetic-corpus';
import { loadSeeds } from './test-fixtures';

const pool = poolSentences(loadSeeds().map((s) => s.body));

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Pair precision and recall of findNearDuplicates against the generator's labels. */
function evaluate(corpus: SyntheticArticle[], opts: ClusterIndexOptions = {}) {
  const gold = goldPairs(corpus);
  const found = findNearDuplicates(
    corpus.map((a) => ({ id: a.id, text: a.text })),
    opts,
  );
  const predicted = new Set<string>();
  for (const [a, others] of found) for (const b of others) predicted.add(pairKey(a, b));
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  return {
    precision: predicted.size ? tp / predicted.size : 1,
    recall: tp / gold.size,
    predicted: predicted.size,
    gold: gold.size,
  };
}

describe('generated corpus (seeded)', () => {
  it('is the corpus the test claims: ~300 articles, real rewrites, real distractors', () => {
    const corpus = syntheticCorpus(pool, { seed: 1 });
    expect(corpus.length).toBeGreaterThan(250);
    expect(corpus.length).toBeLessThan(350);
    expect(corpus.filter((a) => a.kind === 'unrelated').length).toBe(120);
    expect(goldPairs(corpus).size).toBeGreaterThan(150);
    // Rewrites really differ from their originals: word-level overlap well below 1.
    const byId = new Map(corpus.map((a) => [a.id, a]));
    for (const r of corpus.filter((a) => a.kind === 'rewrite').slice(0, 30)) {
      const o = byId.get(`s${r.story}-o`)!;
      const words = new Set(o.text.split(/\s+/));
      const rw = r.text.split(/\s+/);
      const kept = rw.filter((w) => words.has(w)).length / rw.length;
      expect(kept).toBeLessThan(0.92);
    }
    // Deterministic.
    expect(syntheticCorpus(pool, { seed: 1 })).toEqual(corpus);
  });

  for (const seed of [1, 2, 3]) {
    it(`finds same-story pairs with precision and recall ≥ 0.9 (seed ${seed})`, () => {
      const r = evaluate(syntheticCorpus(pool, { seed }));
      expect(r.precision).toBeGreaterThanOrEqual(0.9);
      expect(r.recall).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('the check has teeth: a loose or a strict threshold fails it', () => {
    const corpus = syntheticCorpus(pool, { seed: 1 });
    const loose = evaluate(corpus, { containment: 0.05, minJaccard: 0.02 });
    expect(loose.precision).toBeLessThan(0.9);
    const strict = evaluate(corpus, { containment: 0.8 });
    expect(strict.recall).toBeLessThan(0.9);
  });

  it('still holds without line breaks (one-paragraph texts)', () => {
    const corpus = syntheticCorpus(pool, { seed: 4 }).map((a) => ({
      ...a,
      text: a.text.replace(/\s+/g, ' '),
    }));
    const r = evaluate(corpus);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });
});
