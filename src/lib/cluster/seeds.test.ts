import { describe, expect, it } from 'vitest';
import { findNearDuplicates, isNearDuplicate, score, signature } from './index';
import { loadSeeds } from './test-fixtures';

const seeds = loadSeeds();
const byId = new Map(seeds.map((s) => [s.id, s]));
const only000and002 = new Map([
  ['000', ['002']],
  ['002', ['000']],
]);

describe('the five seed pages', () => {
  it('raw text (site chrome, related headlines, comments): only 000 and 002 are one story', () => {
    expect(findNearDuplicates(seeds.map((s) => ({ id: s.id, text: s.raw })))).toEqual(only000and002);
  });

  it('rough body slices: only 000 and 002 are one story', () => {
    expect(findNearDuplicates(seeds.map((s) => ({ id: s.id, text: s.body })))).toEqual(only000and002);
  });

  it('bodies flattened to one line, and mixed raw/body: still only 000 and 002', () => {
    const flat = seeds.map((s) => ({ id: s.id, text: s.body.replace(/\s+/g, ' ') }));
    expect(findNearDuplicates(flat)).toEqual(only000and002);
    const mixed = seeds.map((s, i) => ({ id: s.id, text: i % 2 ? s.raw : s.body }));
    expect(findNearDuplicates(mixed)).toEqual(only000and002);
  });

  it('keeps a wide margin: shared RT chrome does not bring 000 and 001 near the threshold', () => {
    const raw = (id: string) => signature({ id, text: byId.get(id)!.raw });
    const s01 = score(raw('000'), raw('001'));
    const s02 = score(raw('000'), raw('002'));
    expect(s01.containment).toBeLessThan(0.15);
    expect(s02.containment).toBeGreaterThan(0.6);
    for (const a of ['001', '003', '004'])
      for (const b of ['000', '001', '002', '003', '004'])
        if (a !== b) expect(score(raw(a), raw(b)).containment).toBeLessThan(0.2);
  });

  it('matches a short rewrite that is mostly inside the long article, by containment', () => {
    // The first two paragraphs of 002 (a fifth of it) against the whole RT page 000.
    const short = byId.get('002')!.body.split('\n').slice(0, 2).join('\n');
    const a = signature({ id: 'short', text: short });
    const b = signature({ id: '000', text: byId.get('000')!.raw });
    const s = score(a, b);
    expect(s.jaccard).toBeLessThan(0.3); // a Jaccard-only threshold would miss it
    expect(s.containment).toBeGreaterThan(0.5);
    expect(isNearDuplicate(a, b)).toBe(true);
    expect(isNearDuplicate(b, a)).toBe(true);
  });

  it('does not match a short unrelated excerpt sharing stock phrases', () => {
    const excerpt = byId.get('003')!.body.split('\n').slice(1, 4).join('\n');
    for (const id of ['000', '001', '002', '004']) {
      const a = signature({ id: 'x', text: excerpt });
      expect(isNearDuplicate(a, signature({ id, text: byId.get(id)!.raw }))).toBe(false);
    }
  });
});
