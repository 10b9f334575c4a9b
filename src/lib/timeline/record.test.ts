import { describe, expect, it } from 'vitest';
import { timelinePoints } from './points';
import { isCurrentRecord, toTimelineRecord } from './record';
import { makeArticle, seedArticles } from './test-fixtures';

const long = Array.from({ length: 60 }, (_, i) => `كلمة${i}`).join(' ');

const articles = () => [
  ...seedArticles(),
  makeArticle({
    id: 'long',
    date: '2017-01-05',
    statements: [
      { speaker: 'putin', text: long },
      { speaker: 'lavrov', text: '  قال   لافروف  ' },
    ],
  }),
];

describe('timeline records', () => {
  it('give the same points and undated items as the full articles, under every filter', () => {
    const full = articles();
    const light = full.map(toTimelineRecord);
    for (const opts of [
      {},
      { officialsOnly: false, aboutSyriaOnly: false },
      { speakers: new Set(['putin']) },
      { outlets: new Set(['SANA']) },
    ]) {
      expect(timelinePoints(light, opts)).toEqual(timelinePoints(full, opts));
    }
  });

  it('keep no body, raw text, statement text or date evidence', () => {
    const a = articles().at(-1)!;
    const r = toTimelineRecord(a);
    const json = JSON.stringify(r);
    expect(json).not.toContain('كلمة40');
    expect(r.statements[0].firstWords.endsWith('…')).toBe(true);
    expect(r.statements[1].firstWords).toBe('قال لافروف');
    expect(Object.keys(r).sort()).toEqual([
      'date',
      'headline',
      'id',
      'language',
      'outlet',
      'statements',
      'v',
    ]);
    expect(Object.keys(r.date!).sort()).toEqual(['date', 'precision', 'window']);
    expect(json.length).toBeLessThan(JSON.stringify(a).length / 2);
  });

  it('keep the index of a statement without a speaker (left out of the points)', () => {
    const a = makeArticle({
      id: 'x',
      date: '2016-01-01',
      statements: [{ speaker: 'putin' }, { speaker: 'lavrov' }],
    });
    (a.statements[0] as { speaker: unknown }).speaker = null;
    const r = toTimelineRecord(a);
    expect(r.statements[0].speaker).toBeNull();
    expect(timelinePoints([r]).points.map((p) => p.key)).toEqual(['x:1']);
    expect(timelinePoints([r])).toEqual(timelinePoints([a]));
  });

  it('share one speaker object among statements by the same speaker (stored once)', () => {
    const a = makeArticle({
      id: 's',
      date: '2016-01-01',
      statements: [{ speaker: 'putin' }, { speaker: 'lavrov' }, { speaker: 'putin' }],
    });
    const r = toTimelineRecord(a);
    expect(r.statements[0].speaker).toBe(r.statements[2].speaker);
    expect(r.statements[0].speaker).not.toBe(r.statements[1].speaker);
    expect(r.statements[0].speaker).toEqual({ ...r.statements[2].speaker });
    expect(r.statements[1].speaker?.id).toBe('lavrov');
  });

  it('are recognised by version', () => {
    expect(isCurrentRecord(toTimelineRecord(articles()[0]))).toBe(true);
    expect(isCurrentRecord({ ...toTimelineRecord(articles()[0]), v: 0 })).toBe(false);
    expect(isCurrentRecord(articles()[0])).toBe(false);
    expect(isCurrentRecord(undefined)).toBe(false);
  });
});
