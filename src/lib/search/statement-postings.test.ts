import { describe, expect, it } from 'vitest';
import { tokenize } from './encoder';
import { FlexIndex } from './flex-index';
import { slotOf, StatementPostings } from './statement-postings';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i % Math.ceil(n * 0.8)}`);

describe('statement postings', () => {
  it('puts a term in the slot flexsearch gives its first occurrence', () => {
    for (const n of [1, 5, 9, 10, 27, 140]) {
      const list = words(n);
      const flex = new FlexIndex();
      flex.add({ id: 7, text: '\u0001' + list.join(' ') });
      const p = new StatementPostings();
      const forms = list.map((w) => [w]);
      p.addForms(
        7,
        'text',
        Int32Array.from(list, (_, i) => i),
        0,
        n,
        forms,
      );
      for (const w of new Set(list)) {
        const fromFlex = flex.termSlots(w, 'text').findIndex((l) => l?.includes(7));
        const ours = p.termSlots(w, 'text').findIndex((l) => l?.includes(7));
        expect(ours, `${w} of ${n}`).toBe(fromFlex);
        expect(ours).toBe(slotOf(list.indexOf(w), n));
      }
    }
  });

  it('counts clitic alternatives as words and finds a term under any of them', () => {
    const p = new StatementPostings();
    const tokens = tokenize('وقال لافروف إن موسكو');
    p.addTokens(3, 'names', tokens);
    const alts = tokens.flatMap((t) => t.alts ?? []);
    expect(alts.length).toBeGreaterThan(0);
    for (const t of [...tokens.map((x) => x.term), ...alts])
      expect(p.termSlots(t, 'names').some((l) => l?.includes(3))).toBe(true);
    expect(p.termSlots('absent', 'names')).toEqual([]);
    expect(p.termSlots(tokens[0].term, 'text')).toEqual([]);
  });

  it('survives toChunk / fromChunk, decodes lazily and keeps growing after', () => {
    const p = new StatementPostings();
    const forms = [[], ['a'], ['b', 'bb'], ['c']];
    p.addForms(1, 'text', [1, 2, 3, 1], 0, 4, forms);
    p.addForms(2, 'text', [3, 3, 2], 0, 3, forms);
    p.addForms(300, 'quote', [2], 0, 1, forms);
    const { terms, postings } = p.toChunk();
    const q = StatementPostings.fromChunk(terms, postings);
    for (const t of ['a', 'b', 'bb', 'c'])
      for (const f of ['text', 'quote', 'names'] as const)
        expect(q.termSlots(t, f)).toEqual(p.termSlots(t, f));
    q.addForms(301, 'text', [1, 4], 0, 2, [...forms, ['d']]);
    expect(q.termSlots('a', 'text').flat()).toEqual([1, 301]);
    expect(q.termSlots('d', 'text').flat()).toEqual([301]);
    const again = q.toChunk();
    const r = StatementPostings.fromChunk(again.terms, again.postings);
    expect(r.termSlots('a', 'text')).toEqual(q.termSlots('a', 'text'));
    expect(r.termSlots('bb', 'quote').flat()).toEqual([300]);
  });

  it('rejects damaged data', () => {
    const p = new StatementPostings();
    p.addForms(1, 'text', [1, 2], 0, 2, [[], ['a'], ['b']]);
    const { terms, postings } = p.toChunk();
    expect(() => StatementPostings.fromChunk(terms, postings.subarray(0, postings.length - 1))).toThrow();
    expect(() => StatementPostings.fromChunk('["a"]', postings)).toThrow();
    expect(() => StatementPostings.fromChunk('{}', postings)).toThrow();
  });
});
