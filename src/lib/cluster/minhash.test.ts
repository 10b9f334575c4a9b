import { describe, expect, it } from 'vitest';
import { estimateContainment, estimateJaccard, minhash, mulberry32 } from './minhash';
import { shingles } from './shingles';
import { fmix32 } from './tokens';

/** A set of n distinct well-mixed 32-bit values numbered from `from`, under a salt. */
function set(from: number, n: number, salt: number): Uint32Array {
  const a = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = fmix32((from + i) ^ Math.imul(salt, 0x9e3779b1));
  return a;
}

describe('minhash', () => {
  it('is deterministic and ignores order and repeats', () => {
    const s = set(0, 300, 1);
    const shuffled = Uint32Array.from([...s].reverse().concat([...s].slice(0, 50)));
    expect(minhash(s)).toEqual(minhash(s));
    expect(minhash(shuffled)).toEqual(minhash(s));
  });

  it('estimates Jaccard without bias and with the expected spread', () => {
    // 60 pairs at each of three true similarities, sets of 400 elements.
    for (const overlap of [100, 200, 300]) {
      const j = overlap / (800 - overlap);
      let sum = 0;
      let sq = 0;
      for (let t = 0; t < 60; t++) {
        const a = set(0, 400, t + 7);
        const b = set(400 - overlap, 400, t + 7);
        const e = estimateJaccard(minhash(a), minhash(b)) - j;
        sum += e;
        sq += e * e;
      }
      const se = Math.sqrt((j * (1 - j)) / 128);
      expect(Math.abs(sum / 60)).toBeLessThan(0.02);
      expect(Math.sqrt(sq / 60)).toBeLessThan(1.5 * se);
    }
  });

  it('densifies short sets consistently', () => {
    const a = set(0, 5, 3);
    expect(estimateJaccard(minhash(a), minhash(Uint32Array.from(a)))).toBe(1);
    expect(estimateJaccard(minhash(a), minhash(set(100, 5, 3)))).toBeLessThan(0.2);
    expect(minhash(a).every((v) => v !== 0xffffffff)).toBe(true);
  });

  it('gives the empty set only empty slots', () => {
    expect(minhash(new Uint32Array(0), 64).every((v) => v === 0xffffffff)).toBe(true);
  });

  it('estimates containment from Jaccard and sizes', () => {
    // |A| = |B| = 1000, |A∩B| = 500: J = 1/3, C = 0.5.
    expect(estimateContainment(1 / 3, 1000, 1000)).toBeCloseTo(0.5, 10);
    // |A| = 100 inside |B| = 1000: J = 0.1, C = 1.
    expect(estimateContainment(0.1, 100, 1000)).toBeCloseTo(1, 10);
    expect(estimateContainment(0.5, 0, 10)).toBe(0);
  });

  it('mulberry32 is deterministic', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('shingles', () => {
  it('do not cross line breaks and skip short lines', () => {
    expect(shingles('أ ب ج\nد').length).toBe(2);
    expect(shingles('أ ب ج د').length).toBe(3);
    expect(shingles('مباشر\nفيديوهات\nأ ب').length).toBe(1);
  });

  it('fall back to all tokens when no line is long enough', () => {
    expect(shingles('موسكو\nواشنطن').length).toBe(1);
    expect(shingles('موسكو').length).toBe(1);
    expect(shingles('').length).toBe(0);
  });

  it('are a set', () => {
    expect(shingles('أ ب أ ب أ ب').length).toBe(2);
    expect(shingles('أ ب ج', { k: 3 }).length).toBe(1);
  });
});
