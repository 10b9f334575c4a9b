import { describe, expect, it } from 'vitest';
import { MemoryKV } from '../kv';
import { SPEAKERS } from '../extract/speakers/speaker-list';
import { speakerSpellingsFrom } from './article-docs';
import { ENCODER_VERSION } from './encoder';
import { SearchEngine } from './engine';
import { META_KEY, openIndex, saveIndex } from './persist';
import { INDEX_SCHEMA_VERSION } from './schema';
import { articleFrom, seedArticles, statementOn } from './test-fixtures';
import { decodeChunk, encodeChunk, pack, unpack } from './chunk-codec';

const QUERIES = [
  'سوريا',
  'سورية',
  '"سيرجي لافروف"',
  'أنطونوف -بكين',
  'speaker:antonov',
  'kind:quote',
  'Antonov',
  'Антонов',
  'موسكو from:2016 to:2016',
  'outlet:rt official:yes',
  'الإرهاب',
  'lang:ar type:article',
];

function build(): SearchEngine {
  const e = new SearchEngine({ speakerSpellings: speakerSpellingsFrom(SPEAKERS) });
  for (const a of seedArticles()) e.add(a);
  return e;
}

const snapshot = (e: SearchEngine) => QUERIES.map((q) => e.search(q, { limit: 1000 }));

describe('persist', () => {
  it('gives identical results after export and import', async () => {
    const engine = build();
    const kv = new MemoryKV<string>();
    const meta = await saveIndex(engine, kv);
    expect(meta.flexKeys.length).toBeGreaterThan(1);
    const opened = await openIndex(kv, { speakerSpellings: speakerSpellingsFrom(SPEAKERS) });
    expect(opened.needsRebuild).toBe(false);
    expect(opened.engine.size).toEqual(engine.size);
    await opened.loadTexts();
    expect(opened.engine.textsComplete).toBe(true);
    const before = snapshot(engine);
    expect(before.every((r) => r.total > 0)).toBe(true);
    expect(snapshot(opened.engine)).toEqual(before);
  });

  it('keeps working after import: add, remove, save again', async () => {
    const kv = new MemoryKV<string>();
    await saveIndex(build(), kv);
    const { engine, loadTexts } = await openIndex(kv);
    await loadTexts();
    const body = 'أكد لافروف أن موسكو تدعم الحل السياسي في سورية.';
    engine.add(
      articleFrom('new', body, {
        statements: [statementOn(body, 'أن موسكو تدعم الحل السياسي في سورية', { id: 'lavrov' })],
      }),
    );
    const newIds = engine.table.articles.get('new')!.docs.map((d) => d.id);
    const oldIds = [...engine.table.docs.keys()].filter((id) => !newIds.includes(id));
    expect(Math.min(...newIds)).toBeGreaterThan(Math.max(...oldIds)); // ids are not reused after import
    expect(engine.search('الحل السياسي').hits.map((h) => h.articleId)).toContain('new');
    engine.remove('seed-3');
    expect(engine.search('سوريا', { limit: 1000 }).hits.some((h) => h.articleId === 'seed-3')).toBe(false);
    await saveIndex(engine, kv);
    const again = await openIndex(kv);
    await again.loadTexts();
    expect(snapshot(again.engine)).toEqual(snapshot(engine));
    expect(again.engine.garbage).toBe(engine.garbage);
    expect(engine.garbage).toBeGreaterThan(0);
    again.engine.compact();
    expect(snapshot(again.engine)).toEqual(snapshot(engine));
  });

  it('answers word searches before its texts arrive, phrases and highlights after', async () => {
    const engine = build();
    const kv = new MemoryKV<string>();
    await saveIndex(engine, kv);
    const { engine: opened, loadTexts } = await openIndex(kv, { speakerSpellings: speakerSpellingsFrom(SPEAKERS) });
    expect(opened.textsComplete).toBe(false);
    const words = ['سوريا', 'speaker:antonov', 'Antonov', 'موسكو from:2016 to:2016', 'أنطونوف -بكين'];
    for (const q of words) {
      const early = opened.search(q, { limit: 1000 });
      const full = engine.search(q, { limit: 1000 });
      expect(early.total, q).toBe(full.total);
      expect(early.facets, q).toEqual(full.facets);
      expect(early.hits.map((h) => [h.articleId, h.statementIndex, h.score]), q).toEqual(
        full.hits.map((h) => [h.articleId, h.statementIndex, h.score]),
      );
      expect(early.hits.every((h) => h.highlights.length === 0)).toBe(true);
    }
    expect(() => opened.search('"سيرجي لافروف"')).toThrow(/texts/);
    expect(() => saveIndex(opened, new MemoryKV<string>())).rejects.toThrow(/texts/);
    // one article's texts, handed over ahead of the rest, give its hits their highlights
    const top = engine.search('سوريا').hits[0];
    expect(opened.missingTexts([top.articleId])).toEqual([top.articleId]);
    const src = seedArticles().find((a) => a.id === top.articleId)!;
    opened.supplyTexts(src);
    expect(opened.missingTexts([top.articleId])).toEqual([]);
    expect(opened.search('سوريا').hits[0]).toEqual(top);
    await loadTexts();
    expect(opened.textsComplete).toBe(true);
    expect(snapshot(opened)).toEqual(snapshot(engine));
  });

  it('rejects loadTexts when the stored texts are missing or damaged', async () => {
    const kv = new MemoryKV<string>();
    await saveIndex(build(), kv);
    const how = JSON.parse((await kv.get(META_KEY))!).compression ?? null;
    await kv.setMany([['texts:0', await encodeChunk('[["x", null]]', how)]]);
    const damaged = await openIndex(kv);
    expect(damaged.needsRebuild).toBe(false);
    await expect(damaged.loadTexts()).rejects.toThrow(/malformed/);
    await kv.delMany(['texts:0']);
    await expect((await openIndex(kv)).loadTexts()).rejects.toThrow(/incomplete/);
  });

  it('drops chunk keys a smaller save no longer uses', async () => {
    const kv = new MemoryKV<string>();
    await saveIndex(build(), kv);
    const many = (await kv.keys()).length;
    await saveIndex(new SearchEngine(), kv);
    const keys = await kv.keys();
    expect(keys.length).toBeLessThan(many);
    const { engine, needsRebuild } = await openIndex(kv);
    expect(needsRebuild).toBe(false);
    expect(engine.size).toEqual({ articles: 0, docs: 0 });
  });

  it('reports needsRebuild when the stored versions differ', async () => {
    for (const field of ['schema', 'encoder'] as const) {
      const kv = new MemoryKV<string>();
      await saveIndex(build(), kv);
      const meta = JSON.parse((await kv.get(META_KEY))!);
      meta[field] = (field === 'schema' ? INDEX_SCHEMA_VERSION : ENCODER_VERSION) + 1;
      await kv.setMany([[META_KEY, JSON.stringify(meta)]]);
      const r = await openIndex(kv);
      expect(r.needsRebuild).toBe(true);
      expect(r.reason).toContain(field === 'schema' ? 'schema' : 'encoder');
      expect(r.engine.size.articles).toBe(0);
    }
  });

  it('reports needsRebuild for a missing, partial or corrupt index', async () => {
    expect((await openIndex(new MemoryKV<string>())).reason).toBe('no stored index');
    const kv = new MemoryKV<string>();
    await saveIndex(build(), kv);
    await kv.delMany(['flex:1']);
    expect((await openIndex(kv)).reason).toBe('stored index is incomplete');
    await saveIndex(build(), kv);
    await kv.setMany([['table:0', '{not json']]);
    const r = await openIndex(kv);
    expect(r.needsRebuild).toBe(true);
    expect(r.reason).toMatch(/could not be read/);
    await saveIndex(build(), kv);
    const how = JSON.parse((await kv.get(META_KEY))!).compression ?? null;
    const chunk = JSON.parse(await decodeChunk((await kv.get('table:0'))!, how));
    chunk[1][0][4][0][4] = 9; // the article document has a kind code that does not exist
    await kv.setMany([['table:0', await encodeChunk(JSON.stringify(chunk), how)]]);
    expect((await openIndex(kv)).reason).toMatch(/malformed side table entry/);
    await kv.setMany([[META_KEY, 'garbage']]);
    expect((await openIndex(kv)).reason).toBe('stored index metadata is unreadable');
  });

  it('stores chunks compressed, and packs bytes into strings losslessly', async () => {
    const kv = new MemoryKV<string>();
    await saveIndex(build(), kv);
    const meta = JSON.parse((await kv.get(META_KEY))!);
    expect(meta.compression).toBe('gzip');
    const table = await decodeChunk((await kv.get('table:0'))!, 'gzip');
    expect(Array.isArray(JSON.parse(table))).toBe(true);
    for (const n of [0, 1, 2, 3, 1000, 70001]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 7919) & 0xff);
      expect(unpack(structuredClone(pack(bytes)))).toEqual(bytes);
    }
    expect(() => unpack('x')).toThrow();
  });
});
