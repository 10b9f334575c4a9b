import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../model/article';
import { articleId } from '../model/ids';
import { extractArticle } from './extract-article';
import { clustersOf, extractBatch } from './extract-batch';

const rec = (text: string, record = 0, meta: RawRecord['meta'] = { format: 'txt' }): RawRecord => ({
  text,
  meta,
  record,
  entry: null,
});

const EN_WIRE = `Home | World | Politics
Lavrov says Moscow ready to resume Syria talks
MOSCOW, Oct 11 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday, October 11, 2016, that Moscow was ready to resume talks with Washington on a ceasefire in Syria.
"We have never refused dialogue with the United States," Lavrov told reporters in Moscow.
Lavrov added that the Russian air force would continue to strike terrorist positions near Aleppo.
A U.S. State Department spokesman, John Kirby, said Washington had suspended bilateral contacts with Russia on Syria.
Follow us on Twitter
Comments (1)
Bob -Nothing will change, as usual, in this endless war.`;

const EN_REWRITE = `Lavrov: Moscow ready to resume Syria talks
Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow was ready to resume talks with Washington on a ceasefire in Syria.
"We have never refused dialogue with the United States," Lavrov told reporters in Moscow.
Lavrov added that the Russian air force would continue to strike terrorist positions near Aleppo.
A U.S. State Department spokesman, John Kirby, said Washington had suspended bilateral contacts with Russia on Syria.`;

describe('extractArticle', () => {
  it('uses the record metadata: title, URL, date, language hint', () => {
    const x = extractArticle(
      rec(
        'Путин провел переговоры с Асадом\nПрезидент России Владимир Путин провел в Кремле переговоры с президентом Сирии Башаром Асадом, сообщает ТАСС.',
        0,
        {
          format: 'json',
          title: 'Путин провел переговоры с Асадом — РИА Новости',
          url: 'https://ria.ru/20151021/1305347.html',
          date: '2015-10-21T10:00:00+03:00',
          dateField: 'field published',
          lang: 'en',
        },
      ),
    );
    expect(x.language).toBe('ru');
    expect(x.headline).toBe('Путин провел переговоры с Асадом');
    expect(x.body.startsWith('Президент России')).toBe(true);
    expect(x.outlet).toBe('RIA Novosti');
    expect(x.outletEvidence?.basis).toBe('url domain');
    expect(x.url).toBe('https://ria.ru/20151021/1305347.html');
    expect(x.creditedSource).toBe('ТАСС');
    expect(x.date.date).toBe('2015-10-21');
    expect(x.date.source).toBe('meta');
    for (const s of x.statements) {
      expect(s.date).toBe('2015-10-21');
      if (s.field !== 'headline') expect(x.body.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('extractBatch', () => {
  it('links near-duplicates, lends the dated one its date, and keeps chrome out', async () => {
    const records = [rec(EN_WIRE, 0), rec(EN_REWRITE, 1)];
    const { articles, chrome } = await extractBatch(records);
    const [wire, rewrite] = articles;
    expect(wire.id).toBe(await articleId(EN_WIRE));
    expect(wire.nearDuplicates).toEqual([rewrite.id]);
    expect(rewrite.nearDuplicates).toEqual([wire.id]);

    expect(wire.extraction.language).toBe('en');
    expect(wire.extraction.outlet).toBe('Reuters');
    expect(wire.extraction.creditedSource).toBeNull();
    expect(wire.extraction.headline).toBe('Lavrov says Moscow ready to resume Syria talks');
    expect(wire.extraction.body).not.toMatch(/Home \||Follow us|Comments|Bob/);
    expect(wire.extraction.date.date).toBe('2016-10-11');

    expect(rewrite.extraction.outlet).toBeNull();
    expect(rewrite.extraction.date.date).toBe('2016-10-11');
    expect(rewrite.extraction.date.source).toBe('cluster');
    expect(rewrite.extraction.statements.length).toBeGreaterThan(0);
    expect(rewrite.extraction.statements.every((s) => s.date === '2016-10-11')).toBe(true);

    const lavrov = rewrite.extraction.statements.filter((s) => s.speaker.nameEn === 'Sergey Lavrov');
    expect(
      lavrov.some(
        (s) => s.kind === 'quote' && s.quote === 'We have never refused dialogue with the United States',
      ),
    ).toBe(true);
    const kirby = rewrite.extraction.statements.filter((s) => s.text.includes('Kirby'));
    expect(kirby.length).toBeGreaterThan(0);
    expect(kirby.every((s) => !s.speaker.russianOfficial)).toBe(true);
    expect(chrome.docs).toHaveLength(2);
  });

  it('gives one id to the same text read twice and does not link it to itself', async () => {
    const { articles } = await extractBatch([rec(EN_REWRITE, 0), rec(EN_REWRITE, 1)]);
    expect(articles[0].id).toBe(articles[1].id);
    expect(articles[0].nearDuplicates).toEqual([]);
  });

  it('groups link maps into clusters once', () => {
    const links = new Map([
      ['b', ['a', 'c']],
      ['a', ['b', 'c']],
      ['c', ['a', 'b']],
      ['x', ['y']],
      ['y', ['x']],
    ]);
    expect(clustersOf(links)).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ]);
  });
});
