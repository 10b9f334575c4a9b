import { describe, expect, it } from 'vitest';
import { SPEAKERS } from '../extract/speakers/speaker-list';
import { speakerSpellingsFrom } from './article-docs';
import { encodeQuery } from './encoder';
import { SearchEngine } from './engine';
import { NameVariants } from './name-variants';
import { articleFrom, statementOn } from './test-fixtures';

const ANTONOV = { id: 'antonov', nameEn: 'Anatoly Antonov', institution: 'mod', russianOfficial: true };
const enc = (w: string) => encodeQuery(w)[0];

describe('NameVariants', () => {
  const nv = new NameVariants(speakerSpellingsFrom(SPEAKERS));

  it('groups the one-word spellings of a person across scripts', () => {
    const lavrov = nv.of(enc('Lavrov'));
    expect(lavrov[0]).toBe(enc('Lavrov'));
    expect(lavrov).toEqual(expect.arrayContaining([enc('Лавров'), enc('لافروف')]));
    expect(nv.of(enc('لافروف'))).toEqual(expect.arrayContaining([enc('Lavrov'), enc('Лавров')]));
  });

  it('leaves institutions and unknown words alone', () => {
    expect(nv.of(enc('Moscow'))).not.toContain(enc('Russia'));
    expect(nv.of('zzzz')).toEqual(['zzzz']);
    expect(new NameVariants().of(enc('Lavrov'))).toEqual([enc('Lavrov')]);
  });
});

describe('cross-script name search', () => {
  // Antonov speaks; Lavrov is only mentioned, in Arabic or in an inflected Russian form
  const ar = 'وقال نائب وزير الدفاع أناتولي أنطونوف إن وزير الخارجية سيرغي لافروف سيزور جنيف الأسبوع المقبل.';
  const ru = 'Антонов сообщил, что встреча Сергея Лаврова с коллегами пройдет в Женеве.';
  const articles = [
    articleFrom('ant-ar', ar, {
      date: '2016-02-01',
      statements: [statementOn(ar, 'إن وزير الخارجية سيرغي لافروف سيزور جنيف الأسبوع المقبل', { ...ANTONOV, asWritten: 'أنطونوف' })],
    }),
    articleFrom('ant-ru', ru, {
      language: 'ru',
      date: '2016-02-02',
      statements: [statementOn(ru, 'встреча Сергея Лаврова с коллегами пройдет в Женеве', { ...ANTONOV, asWritten: 'Антонов' })],
    }),
  ];
  const engine = new SearchEngine({ speakerSpellings: speakerSpellingsFrom(SPEAKERS) });
  for (const a of articles) engine.add(a);
  const statements = (q: string) =>
    engine
      .search(q, { limit: 100 })
      .hits.filter((h) => h.type === 'statement')
      .map((h) => h.articleId)
      .sort();

  it('finds a statement whose text writes the name in another script', () => {
    for (const q of ['Lavrov', 'Лавров', 'لافروف', 'لاڤروف']) expect(statements(q), q).toEqual(['ant-ar', 'ant-ru']);
  });

  it('highlights the spelling the text uses', () => {
    const hit = engine.search('Lavrov', { limit: 100 }).hits.find((h) => h.articleId === 'ant-ar' && h.type === 'statement')!;
    const text = articles[0].statements[0].text;
    const [s, e] = hit.highlights.find((h) => h.part === 'statement')!.ranges[0];
    expect(text.slice(s, e)).toBe('لافروف');
  });

  it('still needs every word, and needs the speaker list for other scripts', () => {
    expect(statements('Lavrov جنيف')).toEqual(['ant-ar']);
    expect(statements('Lavrov -جنيف')).toEqual(['ant-ru']);
    const bare = new SearchEngine();
    for (const a of articles) bare.add(a);
    expect(bare.search('Lavrov').total).toBe(0);
    bare.setSpeakerSpellings(speakerSpellingsFrom(SPEAKERS));
    expect(bare.search('Lavrov').total).toBeGreaterThan(0);
  });
});
