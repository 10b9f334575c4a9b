import { describe, expect, it } from 'vitest';
import { unpackTimelineData } from '../lib/timeline/data-codec';
import { createHandlers } from './handlers';
import { memoryStores, seeds } from './test-stores';
import { isCurrentRecord } from '../lib/timeline';

const all = { query: '', officialsOnly: false, aboutSyriaOnly: false, speakers: [], institutions: [], outlets: [], languages: [], kinds: [] };

describe('timeline records', () => {
  it('are written for every stored article, and the timeline is built from them alone', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    await h.ingest({ files: seeds() }, () => {});
    const ids = await stores.summaries.keys();
    expect((await stores.timeline.keys()).sort()).toEqual([...ids].sort());
    expect((await stores.timeline.values()).every(isCurrentRecord)).toBe(true);
    const before = unpackTimelineData(await h.timeline(all, () => {}));
    expect(before.points.length).toBeGreaterThan(10);

    // A fresh worker over the same stores never reads the full articles.
    const reads: string[] = [];
    const { get, getMany } = stores.articles;
    stores.articles.get = (k) => (reads.push(k), get.call(stores.articles, k));
    stores.articles.getMany = (ks) => (reads.push(...ks), getMany.call(stores.articles, ks));
    const fresh = unpackTimelineData(await createHandlers(stores).timeline(all, () => {}));
    expect(reads).toEqual([]);
    expect(fresh).toEqual(before);
  });

  it('are built once from the articles for a library stored without them (or with old ones)', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    await h.ingest({ files: seeds() }, () => {});
    const expected = unpackTimelineData(await h.timeline(all, () => {}));
    const ids = (await stores.timeline.keys()).sort();
    const old = (await stores.timeline.get(ids[0]))!;
    await stores.timeline.clear();
    await stores.timeline.setMany([[ids[0], { ...old, v: 0 }]]);
    const again = unpackTimelineData(await createHandlers(stores).timeline(all, () => {}));
    expect(again).toEqual(expected);
    expect((await stores.timeline.keys()).sort()).toEqual(ids);
    expect((await stores.timeline.values()).every(isCurrentRecord)).toBe(true);
  });

  it('follow corrections, and go with the library when it is cleared', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    await h.ingest({ files: seeds() }, () => {});
    const putin = unpackTimelineData(await h.timeline(all, () => {})).points.filter((p) => p.speaker === 'putin');
    const p0 = putin[0];
    const art = (await h.article({ articleId: p0.articleId }, () => {}))!.article;
    const st = art.statements[p0.statementIndex];
    await h.correct(
      { articleId: art.id, correction: { kind: 'not-statement', at: 1, statement: { field: st.field ?? 'body', start: st.start, end: st.end, text: st.text } } },
      () => {},
    );
    const after = unpackTimelineData(await h.timeline(all, () => {}));
    expect(after.points.filter((p) => p.speaker === 'putin')).toHaveLength(putin.length - 1);
    // the record itself holds the correction: a fresh worker sees the same
    expect(unpackTimelineData(await createHandlers(stores).timeline(all, () => {})).points.filter((p) => p.speaker === 'putin')).toHaveLength(putin.length - 1);

    await h.clear({ forgetCorrections: true }, () => {});
    expect(await stores.timeline.keys()).toEqual([]);
    const empty = unpackTimelineData(await h.timeline(all, () => {}));
    expect(empty.points).toEqual([]);
    expect(empty.undated).toEqual([]);
  });

  it('carry the Arabic names of the listed speakers in the data', async () => {
    const h = createHandlers(memoryStores());
    await h.ingest({ files: seeds() }, () => {});
    const data = unpackTimelineData(await h.timeline(all, () => {}));
    expect(data.names?.putin).toMatchObject({ en: 'Vladimir Putin', ar: 'فلاديمير بوتين' });
    expect(data.names?.zakharova?.ar).toBe('ماريا زاخاروفا');
    const keys = new Set([...data.points, ...data.undated].map((p) => p.speaker));
    expect(Object.keys(data.names ?? {}).every((k) => keys.has(k))).toBe(true);
  });
});
