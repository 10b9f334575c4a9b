import { describe, expect, it } from 'vitest';
import { UnionFind, components } from './clusters';
import { LshTable } from './lsh';

function sig(k: number, seed: number): Uint32Array {
  return Uint32Array.from(
    { length: k },
    (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(seed, 0x85ebca6b)) >>> 0,
  );
}

describe('LshTable', () => {
  it('has the banding S-curve', () => {
    expect(LshTable.candidateProbability(0.5, 64, 2)).toBeGreaterThan(0.999);
    expect(LshTable.candidateProbability(0.25, 64, 2)).toBeGreaterThan(0.97);
    expect(LshTable.candidateProbability(0.02, 64, 2)).toBeLessThan(0.03);
  });

  it('finds entries sharing one band, and forgets removed ones', () => {
    const t = new LshTable(8, 4);
    const a = sig(8, 1);
    const b = sig(8, 2);
    const c = Uint32Array.from(b);
    c[0] = a[0];
    c[1] = a[1]; // shares band 0 with a
    t.add(0, a);
    t.add(1, b);
    expect(t.candidates(a)).toEqual([0]);
    expect(t.candidates(c).sort()).toEqual([0, 1]);
    t.remove(0, a);
    expect(t.candidates(c)).toEqual([1]);
    expect(t.candidates(a)).toEqual([]);
  });

  it('reads buckets newest first, up to a limit', () => {
    const t = new LshTable(8, 4);
    const a = sig(8, 9);
    for (let e = 0; e < 10; e++) t.add(e, a);
    expect(t.candidates(a, 3).sort()).toEqual([7, 8, 9]);
    const out: number[] = [];
    expect(t.read(0, 0, 5, out)).toBe(0);
    t.remove(9, a);
    expect(t.candidates(a, 3).sort()).toEqual([6, 7, 8]);
    expect(t.candidates(a).length).toBe(9);
  });

  it('survives growth of its tables', () => {
    const t = new LshTable(4, 2);
    for (let e = 0; e < 5000; e++) t.add(e, sig(4, e));
    for (const e of [0, 1234, 4999]) expect(t.candidates(sig(4, e))).toContain(e);
  });
});

describe('union-find', () => {
  it('joins sets', () => {
    const uf = new UnionFind(5);
    expect(uf.union(0, 1)).toBe(true);
    expect(uf.union(1, 0)).toBe(false);
    uf.union(3, 4);
    expect(uf.find(0)).toBe(uf.find(1));
    expect(uf.find(2)).not.toBe(uf.find(1));
  });

  it('gives components of size ≥ 2, ordered', () => {
    expect(
      components(7, [
        [5, 6],
        [0, 3],
        [3, 1],
      ]),
    ).toEqual([
      [0, 1, 3],
      [5, 6],
    ]);
    expect(components(3, [])).toEqual([]);
  });
});
