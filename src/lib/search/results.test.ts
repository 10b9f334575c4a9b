import { describe, expect, it } from 'vitest';
import { dateKey } from './columns';
import { topRanked } from './results';

describe('topRanked', () => {
  it('equals the head of a full sort, ties included', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const dates = [null, '2015-01-01', '2016-05-05', '2016-05-06'];
    const n = 2000;
    const ids = Array.from({ length: n }, (_, i) => i + 1);
    const date = new Int32Array(n + 1);
    const score = new Float64Array(n + 1);
    for (const id of ids) {
      date[id] = dateKey(dates[Math.floor(rnd() * 4)]);
      score[id] = Math.floor(rnd() * 4) / 2; // few distinct scores
    }
    const full = ids
      .map((id) => ({ id, s: score[id], d: date[id] }))
      .sort((a, b) => b.s - a.s || b.d - a.d || a.id - b.id)
      .map((r) => r.id);
    for (const k of [1, 5, 20, 137, 2000, 5000]) {
      expect(topRanked(ids, ids.length, score, date, k)).toEqual(full.slice(0, k));
    }
    expect(topRanked(ids, ids.length, score, date, 0)).toEqual([]);
  });

  it('orders by date, newest first and undated last, when there are no scores', () => {
    const date = Int32Array.from([0, dateKey(null), dateKey('2014-01-01'), dateKey('2016-01-01'), dateKey('2016-01-01')]);
    expect(topRanked([1, 2, 3, 4], 4, null, date, 10)).toEqual([3, 4, 2, 1]);
  });
});
