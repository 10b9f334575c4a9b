import { describe, expect, it } from 'vitest';
import { FacetGroups } from './facet-groups';
import type { FacetCounters } from './facet-groups';

interface Values {
  combo: number;
  year: number;
  outlet: number;
  spk: number[];
  inst: number[];
}

const code = (g: FacetGroups, v: Values) => [g.base(v.combo, v.year, v.outlet), g.people(v.spk, v.inst)];

const counters = (): FacetCounters => ({
  combo: new Uint32Array(128),
  year: new Uint32Array(400),
  outlet: new Uint32Array(8),
  spk: new Uint32Array(8),
  inst: new Uint32Array(8),
});

describe('FacetGroups', () => {
  it('gives equal values one group, and speaker sets in any order one people group', () => {
    const g = new FacetGroups();
    const a = code(g, { combo: 3, year: 216, outlet: 2, spk: [4, 1], inst: [2] });
    const b = code(g, { combo: 3, year: 216, outlet: 2, spk: [1, 4], inst: [2] });
    const c = code(g, { combo: 3, year: 217, outlet: 2, spk: [1], inst: [2] });
    expect(b).toEqual(a);
    expect(c[0]).not.toBe(a[0]);
    expect(c[1]).not.toBe(a[1]);
    expect(g.size).toEqual({ base: 2, people: 2 });
  });

  it('unfolds per-group document counts into exact per-value counts', () => {
    const g = new FacetGroups();
    const docs = [
      { combo: 1, year: 10, outlet: 1, spk: [1], inst: [1] },
      { combo: 1, year: 10, outlet: 1, spk: [1], inst: [1] },
      { combo: 0, year: 11, outlet: 2, spk: [1, 2, 3], inst: [1, 2] },
      { combo: 0, year: 0, outlet: 0, spk: [], inst: [] },
    ];
    const base = new Uint32Array(8);
    const people = new Uint32Array(8);
    for (const d of docs) {
      const [b, p] = code(g, d);
      base[b]++;
      people[p]++;
    }
    const out = counters();
    g.unfold(base, people, out);
    // the same counts as counting every document value by value
    const want = counters();
    for (const d of docs) {
      want.combo[d.combo]++;
      want.year[d.year]++;
      want.outlet[d.outlet]++;
      for (const s of d.spk) want.spk[s]++;
      for (const i of d.inst) want.inst[i]++;
    }
    expect(out).toEqual(want);
    expect(out.spk[1]).toBe(3);
    expect(out.inst[2]).toBe(1);
  });

  it('ignores groups with no documents and counts beyond the known groups', () => {
    const g = new FacetGroups();
    code(g, { combo: 5, year: 1, outlet: 1, spk: [2], inst: [] });
    const out = counters();
    g.unfold([0, 9], [0, 9], out);
    expect(out.combo[5]).toBe(0);
    expect(out.spk[2]).toBe(0);
  });
});
