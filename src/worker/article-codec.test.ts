import { describe, expect, it } from 'vitest';
import { MemoryKV } from '../lib/kv';
import type { Article } from '../lib/model/article';
import { serialize } from 'node:v8';
import {
  articleKV,
  bodyFromParts,
  bodyParts,
  packArticle,
  unpackArticle,
  type StoredArticle,
} from './article-codec';
import { createHandlers } from './handlers';
import { memoryStores, seeds } from './test-stores';

describe('stored articles', () => {
  it('leave out statement texts that are slices of their field, and read back identical', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    const res = await h.ingest({ files: seeds() }, () => {});
    for (const s of res.library.articles) {
      const a = (await stores.articles.get(s.id))!;
      expect(a.statements.length).toBeGreaterThan(0);
      const packed = packArticle(a);
      expect(packed.statements.every((st) => st.text === undefined)).toBe(true);
      const back = unpackArticle(structuredClone(packed));
      expect(back).toEqual(a);
      expect(JSON.stringify(back)).toBe(JSON.stringify(a)); // keys in the same order too
      // structured cloning (what IndexedDB writes) of the packed form is much smaller
      expect(serialize(packed).length).toBeLessThan(serialize(a).length * 0.8);
    }
  });

  it('keep a statement whose text is not its slice (headline field included) as it is', () => {
    const a = {
      id: 'a1',
      headline: 'لافروف: الحل سياسي',
      body: 'قال لافروف إن الحل سياسي.',
      statements: [
        { text: 'لافروف: الحل سياسي', start: 0, end: 18, field: 'headline' },
        { text: 'قال لافروف إن الحل سياسي.', start: 0, end: 25 },
        { text: 'نص آخر', start: 0, end: 5 },
      ],
    } as unknown as Article;
    const packed = packArticle(a);
    expect(packed.statements.map((s) => s.text)).toEqual([undefined, undefined, 'نص آخر']);
    expect(unpackArticle(packed)).toEqual(a);
  });

  it('the store wrapper writes the packed form and reads whole articles', async () => {
    const inner = new MemoryKV<StoredArticle>();
    const kv = articleKV(inner);
    const a = {
      id: 'a1',
      headline: null,
      body: 'قال لافروف إن الحل سياسي.',
      statements: [{ text: 'الحل سياسي', start: 14, end: 24 }],
    } as unknown as Article;
    await kv.setMany([['a1', a]]);
    expect((await inner.get('a1'))!.statements[0].text).toBeUndefined();
    expect(await kv.get('a1')).toEqual(a);
    expect(await kv.getMany(['a1', 'zz'])).toEqual([a, undefined]);
    expect(await kv.values()).toEqual([a]);
  });

  it('keep the body as offsets into raw where its paragraphs are found there, as text where not', () => {
    const raw = 'Menu\nHome\n\nLavrov said the talks would go on.\nShare\n\nThe meeting was in Moscow.';
    const body =
      'Lavrov said the talks would go on.\n\nA line made from &amp; HTML.\n\nThe meeting was in Moscow.';
    const parts = bodyParts(body, raw);
    expect(parts).toEqual([
      raw.indexOf('Lavrov'),
      raw.indexOf('Lavrov') + 34,
      'A line made from &amp; HTML.',
      raw.indexOf('The meeting'),
      raw.length,
    ]);
    expect(bodyFromParts(parts, raw)).toBe(body);
    // a paragraph found only before the previous one, and an empty one, still come back
    const odd = 'The meeting was in Moscow.\n\n\n\nLavrov said the talks would go on.';
    expect(bodyFromParts(bodyParts(odd, raw), raw)).toBe(odd);
    const a = { id: 'a', raw, body, headline: null, statements: [] } as unknown as Article;
    const packed = packArticle(a);
    expect(packed.body).toBe('');
    expect(unpackArticle(structuredClone(packed))).toEqual(a);
    // nothing found in raw: the body is kept as it is
    const html = { ...a, body: 'only decoded text' } as Article;
    expect(packArticle(html).body).toBe('only decoded text');
    expect(packArticle(html).bodyParts).toBeUndefined();
  });

  it('write a speaker shared by statements once and give each statement its own copy back', () => {
    const speaker = () => ({
      id: 'lavrov',
      nameEn: 'Sergei Lavrov',
      asWritten: 'لافروف',
      role: null,
      russianOfficial: true,
      institution: 'mfa',
      listed: true,
    });
    const other = { ...speaker(), asWritten: 'وزير الخارجية' };
    const body =
      'قال لافروف إن الحل سياسي. وأضاف لافروف أن الحوار مستمر. وقال وزير الخارجية إن الحوار مستمر.';
    const st = (start: number, end: number, sp: object) => ({
      speaker: sp,
      kind: 'reported',
      text: body.slice(start, end),
      start,
      end,
    });
    const a = {
      id: 'a',
      raw: '',
      headline: null,
      body,
      statements: [st(0, 25, speaker()), st(26, 55, speaker()), st(56, 93, other)],
    } as unknown as Article;
    const packed = packArticle(a);
    expect(packed.statements[0].speaker).toBe(packed.statements[1].speaker);
    expect(packed.statements[2].speaker).not.toBe(packed.statements[0].speaker);
    expect(serialize(packed).length).toBeLessThan(
      serialize({ ...packed, statements: JSON.parse(JSON.stringify(packed.statements)) }).length - 100,
    );
    const back = unpackArticle(structuredClone(packed));
    expect(back).toEqual(a);
    back.statements[0].speaker.role = 'changed';
    expect(back.statements[1].speaker.role).toBeNull();
  });
});
