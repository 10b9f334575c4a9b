import { describe, expect, it } from 'vitest';
import type { DocMeta } from './doc-table';
import { topRanked } from './results';

function meta(id: number, date: string | null): DocMeta {
  return {
    id,
    type: 'article',
    articleId: 'a' + id,
    si: -1,
    date,
    lang: 'ar',
    outlet: null,
    spk: [],
    inst: [],
    kind: null,
    official: null,
    names: '',
  };
}

describe('topRanked', () => {
  it('equals the head of a full sort, ties included', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const dates = [null, '2015-01-01', '2016-05-05', '2016-05-06'];
    const metas = Array.from({ length: 2000 }, (_, i) => meta(i + 1, dates[Math.floor(rnd() * 4)]));
    const scores = new Map(metas.map((m) => [m.id, Math.floor(rnd() * 4) / 2])); // few distinct scores
    const full = metas
      .map((m) => ({ id: m.id, s: scores.get(m.id)!, d: m.date ?? '' }))
      .sort((a, b) => b.s - a.s || (a.d < b.d ? 1 : a.d > b.d ? -1 : 0) || a.id - b.id)
      .map((r) => r.id);
    for (const k of [1, 5, 20, 137, 2000, 5000]) {
      expect(topRanked(metas, scores, k).map((r) => r.m.id)).toEqual(full.slice(0, k));
    }
    expect(topRanked(metas, scores, 0)).toEqual([]);
  });

  it('orders by date, newest first and undated last, when there are no scores', () => {
    const metas = [meta(1, null), meta(2, '2014-01-01'), meta(3, '2016-01-01'), meta(4, '2016-01-01')];
    expect(topRanked(metas, null, 10).map((r) => r.m.id)).toEqual([3, 4, 2, 1]);
  });
});
