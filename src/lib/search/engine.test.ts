import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../model/article';
import { SPEAKERS } from '../extract/speakers/speaker-list';
import { speakerSpellingsFrom } from './article-docs';
import { encodeQuery, tokenize, tokenTerms } from './encoder';
import { SearchEngine } from './engine';
import type { SearchHit } from './engine';
import { articleFrom, seedArticles, statementOn } from './test-fixtures';

const LAVROV = { id: 'lavrov', nameEn: 'Sergey Lavrov', institution: 'mfa', russianOfficial: true };

/** Synthetic articles next to the seeds: Lavrov in three languages, an unlisted non-official speaker. */
function extraArticles(): Article[] {
  const ar = 'وقال وزير الخارجية الروسي إن الحل في سوريا سياسي فقط. وأضاف أن موسكو تدعم الحوار.';
  const en = "Russia's Foreign Minister said the position on Syria is unchanged. Talks continue.";
  const ru = 'Министр заявил, что позиция по Сирии не изменилась. Переговоры продолжатся.';
  const op = 'قال متحدث باسم المعارضة السورية إن المفاوضات متعثرة.';
  return [
    articleFrom('lav-ar', ar, {
      outlet: 'RT Arabic',
      date: '2017-03-01',
      statements: [
        statementOn(ar, 'إن الحل في سوريا سياسي فقط', { ...LAVROV, asWritten: 'وزير الخارجية الروسي' }),
      ],
    }),
    articleFrom('lav-en', en, {
      language: 'en',
      outlet: 'TASS',
      date: '2018-05-05',
      statements: [
        statementOn(
          en,
          'the position on Syria is unchanged',
          { ...LAVROV, asWritten: 'Foreign Minister' },
          'quote',
        ),
      ],
    }),
    articleFrom('lav-ru', ru, {
      language: 'ru',
      outlet: 'РИА Новости',
      statements: [statementOn(ru, 'позиция по Сирии не изменилась', { ...LAVROV, asWritten: 'Министр' })],
    }),
    articleFrom('opp', op, {
      date: '2016-05-02',
      statements: [
        statementOn(op, 'إن المفاوضات متعثرة', {
          id: null,
          nameEn: 'Syrian opposition spokesman',
          asWritten: 'متحدث باسم المعارضة السورية',
          russianOfficial: false,
        }),
      ],
    }),
  ];
}

let articles: Article[];
let byId: Map<string, Article>;
let engine: SearchEngine;

function textOf(h: SearchHit): string {
  const a = byId.get(h.articleId)!;
  return h.statementIndex === null ? `${a.headline ?? ''}\n${a.body}` : a.statements[h.statementIndex].text;
}

function all(e: SearchEngine, q: string): SearchHit[] {
  const r = e.search(q, { limit: 1000 });
  expect(r.hits.length).toBe(r.total);
  return r.hits;
}

const key = (h: SearchHit) => `${h.articleId}/${h.statementIndex}`;

beforeAll(() => {
  articles = [...seedArticles(), ...extraArticles()];
  byId = new Map(articles.map((a) => [a.id, a]));
  engine = new SearchEngine({ speakerSpellings: speakerSpellingsFrom(SPEAKERS) });
  for (const a of articles) engine.add(a);
});

describe('SearchEngine on the seeds', () => {
  it('finds سوريا and سورية whichever way the page spells it', () => {
    const sana = byId.get('seed-3')!;
    expect(sana.body).not.toContain('سوريا');
    const a = all(engine, 'سوريا');
    expect(a.map(key)).toContain('seed-3/null');
    const b = all(engine, 'سورية');
    expect(b.map(key)).toEqual(a.map(key));
    expect(
      b.some((h) => h.statementIndex !== null && textOf(h).includes('سوريا') && !textOf(h).includes('سورية')),
    ).toBe(true);
  });

  it('highlights the Syria spellings in the original body', () => {
    const hit = all(engine, 'سورية').find((h) => h.articleId === 'seed-0' && h.statementIndex === null)!;
    const body = hit.highlights.find((x) => x.part === 'body')!;
    expect(body.ranges.length).toBeGreaterThan(5);
    const want = encodeQuery('سوريا')[0];
    for (const [s, e] of body.ranges) {
      const tokens = tokenize(byId.get('seed-0')!.body.slice(s, e));
      expect(tokens).toHaveLength(1);
      expect(tokenTerms(tokens[0])).toContain(want);
    }
  });

  it('matches سيرغي and سيرجي, and checks phrases for order', () => {
    const hits = all(engine, '"سيرجي لافروف"');
    expect(hits.map((h) => h.articleId)).toEqual(expect.arrayContaining(['seed-0', 'seed-2']));
    expect(byId.get('seed-0')!.body).not.toContain('سيرجي');
    expect(all(engine, '"لافروف سيرجي"')).toEqual([]);
  });

  it('finds a speaker across scripts through the speaker names', () => {
    for (const q of [
      'Lavrov',
      'Лавров',
      'لافروف',
      'speaker:lavrov',
      'speaker:Лавров',
      'speaker:"سيرغي لافروف"',
    ]) {
      const statements = all(engine, q).filter(
        (h) => h.type === 'statement' && h.articleId.startsWith('lav-'),
      );
      expect(statements.map((h) => h.articleId).sort(), q).toEqual(['lav-ar', 'lav-en', 'lav-ru']);
    }
    // without the speaker list only the spellings on the statement itself are known
    const bare = new SearchEngine();
    for (const a of articles) bare.add(a);
    expect(all(bare, 'Лавров').filter((h) => h.articleId === 'lav-ar')).toEqual([]);
    expect(all(bare, 'Lavrov').filter((h) => h.articleId === 'lav-ar').length).toBeGreaterThan(0);
    bare.setSpeakerSpellings(speakerSpellingsFrom(SPEAKERS));
    expect(all(bare, 'Лавров').map(key)).toEqual(expect.arrayContaining(['lav-ar/0', 'lav-ar/null']));
  });

  it('finds statements of other speakers that mention a speaker in another script', () => {
    // the seeds: Lavrov never speaks, but Antonov's and Syromolotov's Arabic statements name him
    const mentions = articles.flatMap((a) =>
      a.statements.flatMap((s, i) => (s.speaker.id !== 'lavrov' && s.text.includes('لافروف') ? [`${a.id}/${i}`] : [])),
    );
    expect(mentions.length).toBeGreaterThan(0);
    for (const q of ['Lavrov', 'Лавров']) expect(all(engine, q).map(key), q).toEqual(expect.arrayContaining(mentions));
  });

  it('needs every word, in any field', () => {
    const hits = all(engine, 'Lavrov سياسي');
    expect(hits.map(key)).toEqual(expect.arrayContaining(['lav-ar/0', 'lav-ar/null']));
    // the other hits write لافروف (Lavrov's Arabic spelling) and سياسي in their text
    for (const h of hits.filter((x) => x.articleId !== 'lav-ar')) {
      const text = byId.get(h.articleId)!.body;
      expect(text).toContain('لافروف');
      expect(text).toMatch(/سياسي/);
    }
  });

  it('filters and counts facets over the whole match set', () => {
    const r = engine.search('سوريا', { limit: 5 });
    const full = all(engine, 'سوريا');
    expect(r.total).toBe(full.length);
    expect(r.hits.length).toBe(5);
    expect((r.facets.type.article ?? 0) + (r.facets.type.statement ?? 0)).toBe(r.total);

    const ant = engine.search('speaker:antonov', { limit: 1000 });
    expect(ant.total).toBeGreaterThan(3);
    expect(ant.facets.speaker.antonov).toBe(ant.total);
    for (const h of ant.hits) {
      const a = byId.get(h.articleId)!;
      if (h.statementIndex !== null) expect(a.statements[h.statementIndex].speaker.id).toBe('antonov');
      else expect(a.statements.some((s) => s.speaker.id === 'antonov')).toBe(true);
    }

    const quotes = all(engine, 'kind:quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const h of quotes) expect(byId.get(h.articleId)!.statements[h.statementIndex!].kind).toBe('quote');

    const notOfficial = all(engine, 'official:no type:statement');
    expect(
      notOfficial.map((h) => byId.get(h.articleId)!.statements[h.statementIndex!].speaker.russianOfficial),
    ).not.toContain(true);
    expect(notOfficial.map(key)).toContain('opp/0');

    expect(all(engine, 'lang:en').map(key).sort()).toEqual(['lav-en/0', 'lav-en/null']);
    const rt = engine.search('outlet:rt', { limit: 1000 });
    expect(Object.keys(rt.facets.outlet)).toEqual(['RT Arabic']);
    expect(engine.search('outlet:nowhere').total).toBe(0);
    expect(engine.search('outlet:nowhere').notes).toEqual(['outlet:nowhere: no such outlet']);
  });

  it('filters by date and counts the undated it dropped', () => {
    const any = all(engine, 'سوريا');
    const undated = any.filter((h) => !h.date).length;
    expect(undated).toBeGreaterThan(0);
    const r = engine.search('سوريا from:2016 to:2016', { limit: 1000 });
    expect(r.undatedExcluded).toBe(undated);
    expect(r.total).toBeGreaterThan(0);
    for (const h of r.hits) expect(h.date!.startsWith('2016')).toBe(true);
    expect(r.total).toBe(any.filter((h) => h.date?.startsWith('2016')).length);
  });

  it('drops documents with an excluded word or phrase', () => {
    const with_ = all(engine, 'أنطونوف');
    const without = all(engine, 'أنطونوف -بكين');
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(with_.length);
    for (const h of without) expect(textOf(h)).not.toContain('بكين');
    const phrase = all(engine, 'سوريا -"جبهة النصرة"');
    for (const h of phrase) expect(textOf(h)).not.toContain('جبهة النصرة');
    expect(phrase.length).toBeLessThan(all(engine, 'سوريا').length);
  });

  it('pages through results best first', () => {
    const full = all(engine, 'موسكو');
    const p1 = engine.search('موسكو', { limit: 4 }).hits;
    const p2 = engine.search('موسكو', { limit: 4, offset: 4 }).hits;
    expect([...p1, ...p2].map(key)).toEqual(full.slice(0, 8).map(key));
    for (let i = 1; i < full.length; i++) expect(full[i - 1].score).toBeGreaterThanOrEqual(full[i].score);
  });

  it('removes and re-adds articles', () => {
    const e = new SearchEngine();
    for (const a of articles) e.add(a);
    expect(e.remove('seed-3')).toBe(true);
    expect(all(e, 'سوريا').some((h) => h.articleId === 'seed-3')).toBe(false);
    e.add(byId.get('seed-3')!);
    e.add(byId.get('seed-3')!); // replacing, not duplicating
    expect(all(e, 'سوريا').filter((h) => h.articleId === 'seed-3' && h.statementIndex === null)).toHaveLength(
      1,
    );
  });

  it('gives the same results as a fresh index after removeMany, before and after compact()', () => {
    const e = new SearchEngine();
    for (const a of articles) e.add(a);
    const gone = ['seed-0', 'seed-1', 'seed-2', 'seed-4', 'nope'];
    expect(e.removeMany(gone)).toBe(4);
    expect(e.garbage).toBeGreaterThan(0.5);
    const fresh = new SearchEngine();
    for (const a of articles) if (!gone.includes(a.id)) fresh.add(a);
    const queries = ['سوريا', 'لافروف', 'speaker:syromolotov', 'kind:quote', '"جبهة النصرة"', ''];
    for (const q of queries) expect(all(e, q).map(key)).toEqual(all(fresh, q).map(key));
    e.compact();
    expect(e.garbage).toBe(0);
    for (const q of queries) expect(all(e, q).map(key)).toEqual(all(fresh, q).map(key));
  });

  it('highlights statement hits in the statement text, and checks phrases in texts that are no body slice', () => {
    const hit = all(engine, '"جبهة النصرة"').find((h) => h.type === 'statement')!;
    const text = byId.get(hit.articleId)!.statements[hit.statementIndex!].text;
    const ranges = hit.highlights.find((x) => x.part === 'statement')!.ranges;
    expect(ranges.length).toBeGreaterThan(0);
    for (const [s, e] of ranges) expect(text.slice(s, e)).toMatch(/^و?جبهة النصرة$/);

    const body = 'نص المقال.';
    const own = { ...statementOn(body, 'نص المقال', { id: 'lavrov' }), text: 'الحل السياسي في سوريا وحده' };
    const e = new SearchEngine();
    e.add(articleFrom('own', body, { statements: [own] }));
    expect(all(e, '"الحل السياسي"').map(key)).toEqual(['own/0']);
    expect(all(e, '"المقال نص"')).toEqual([]);
    expect(all(e, '"نص المقال"').map(key)).toEqual(['own/null']);
  });

  it('says what in the query had no effect', () => {
    const r = engine.search('؟ speaker:nobody lang:xx');
    expect(r.notes).toEqual(['lang:xx', '؟: nothing searchable', 'speaker:nobody: no such speaker']);
    expect(r.total).toBe(0);
  });
});
