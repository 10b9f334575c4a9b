import { describe, expect, it } from 'vitest';
import { MemoryKV } from '../lib/kv';
import type { Article } from '../lib/model/article';
import { articleKV, packArticle, unpackArticle, type StoredArticle } from './article-codec';
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
      expect(unpackArticle(structuredClone(packed))).toEqual(a);
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(a).length * 0.85);
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
    const a = { id: 'a1', headline: null, body: 'قال لافروف إن الحل سياسي.', statements: [{ text: 'الحل سياسي', start: 14, end: 24 }] } as unknown as Article;
    await kv.setMany([['a1', a]]);
    expect((await inner.get('a1'))!.statements[0].text).toBeUndefined();
    expect(await kv.get('a1')).toEqual(a);
    expect(await kv.getMany(['a1', 'zz'])).toEqual([a, undefined]);
    expect(await kv.values()).toEqual([a]);
  });
});
