import { INDEX_DIRTY_KEY } from './search-service';
import { unpackTimelineData } from '../lib/timeline/data-codec';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHandlers } from './handlers';
import { memoryStores, seedPaths, seeds } from './test-stores';
import type { IngestProgress } from '../protocol';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('worker handlers over Map-backed stores', () => {
  it('adds the seeds, reports progress, and keeps them', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    const progress: IngestProgress[] = [];
    const res = await h.ingest({ files: seeds() }, (p) => progress.push(p));
    expect(res.added).toBe(5);
    expect(res.outcomes.map((o) => o.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
    expect(res.library.articles).toHaveLength(5);
    expect(progress[0]).toMatchObject({ phase: 'reading', current: seeds()[0].path, filesTotal: 5 });
    expect(progress.some((p) => p.phase === 'extracting' && p.current !== null)).toBe(true);
    expect(progress.at(-1)!.phase).toBe('storing');
    // A fresh set of handlers over the same stores (a reload) sees the same library.
    const again = await createHandlers(stores).library({}, () => {});
    expect(again.articles.map((a) => a.id).sort()).toEqual(res.library.articles.map((a) => a.id).sort());
    const one = await h.article({ articleId: res.library.articles[0].id }, () => {});
    expect(one?.article.raw.length).toBeGreaterThan(1000);
  });

  it('skips files and articles already in the library, rejects bad files, goes on with the rest', async () => {
    const h = createHandlers(memoryStores());
    await h.ingest({ files: seeds() }, () => {});
    const seed0 = readFileSync(seedPaths()[0]);
    const res = await h.ingest(
      {
        files: [
          ...seeds().slice(0, 2),
          { path: 'photo.txt', file: new Blob([PNG]) },
          { path: 'empty.txt', file: new Blob([]) },
          { path: 'copy-with-crlf.txt', file: new Blob([seed0.toString('utf8').replace(/\n/g, '\r\n')]) },
          { path: 'new.txt', file: new Blob(['قال سيرغي لافروف إن موسكو تدعم الحوار السوري.']) },
        ],
      },
      () => {},
    );
    expect(res.outcomes.map((o) => o.status)).toEqual(['duplicate', 'duplicate', 'rejected', 'rejected', 'duplicate', 'added']);
    expect(res.outcomes[2]).toMatchObject({ reason: 'binary file (PNG image)' });
    expect(res.outcomes[3]).toMatchObject({ reason: 'empty file' });
    expect(res.outcomes[4]).toMatchObject({ reason: 'same articles', articles: 1 });
    expect(res.added).toBe(1);
    expect(res.library.articles).toHaveLength(6);
  });

  it('rejects a file over the size limit without reading it', async () => {
    const h = createHandlers(memoryStores(), {
      maxFileBytes: 10,
      maxEntryExpandedBytes: 1e6,
      maxTotalExpandedBytes: 1e6,
      maxZipRatio: 100,
      maxZipDepth: 2,
    });
    const res = await h.ingest({ files: [{ path: 'big.txt', file: new Blob(['x'.repeat(11)]) }] }, () => {});
    expect(res.outcomes[0]).toMatchObject({ status: 'rejected', reason: 'larger than the 10 bytes limit' });
  });

  it('lists the library in pages cut from one listing', async () => {
    const h = createHandlers(memoryStores());
    await h.ingest({ files: seeds() }, () => {});
    const whole = await h.library({}, () => {});
    expect(whole).toMatchObject({ offset: 0, total: 5 });
    const first = await h.library({ offset: 0, limit: 2 }, () => {});
    const second = await h.library({ offset: 2, limit: 2 }, () => {});
    const third = await h.library({ offset: 4, limit: 2 }, () => {});
    expect([first, second, third].map((p) => [p.offset, p.total, p.articles.length])).toEqual([
      [0, 5, 2],
      [2, 5, 2],
      [4, 5, 1],
    ]);
    expect([...first.articles, ...second.articles, ...third.articles].map((a) => a.id)).toEqual(whole.articles.map((a) => a.id));
  });

  it('clear empties every store', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    await h.ingest({ files: seeds() }, () => {});
    const lib = await h.clear({ forgetCorrections: true }, () => {});
    expect(lib.articles).toHaveLength(0);
    expect(await stores.articles.keys()).toHaveLength(0);
    expect(await stores.files.keys()).toHaveLength(0);
  });
});

describe('corrections', () => {
  it('persist, change the summary, survive clearing and re-ingest of the same file, and can be taken back', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    const res = await h.ingest({ files: seeds() }, () => {});
    const id = res.library.articles[0].id;
    const at = Date.now();
    await h.correct({ articleId: id, correction: { kind: 'outlet', at, outlet: 'My outlet' } }, () => {});
    const served = await h.correct(
      { articleId: id, correction: { kind: 'date', at, date: '2016-10-11', precision: 'day' } },
      () => {},
    );
    expect(served.article.outlet).toBe('My outlet');
    expect(served.article.date.date).toBe('2016-10-11');
    expect(served.corrections).toHaveLength(2);
    expect(new Set(served.corrections.map((c) => c.at)).size).toBe(2);
    let summary = (await h.library({}, () => {})).articles.find((a) => a.id === id)!;
    expect(summary.outlet).toBe('My outlet');

    await h.clear({ forgetCorrections: false }, () => {});
    await h.ingest({ files: seeds() }, () => {});
    summary = (await h.library({}, () => {})).articles.find((a) => a.id === id)!;
    expect(summary.outlet).toBe('My outlet');
    expect(summary.date.date).toBe('2016-10-11');

    const undone = await h.uncorrect({ articleId: id, at: served.corrections[0].at }, () => {});
    expect(undone.corrections).toHaveLength(1);
    expect(undone.article.outlet).not.toBe('My outlet');
    await h.clear({ forgetCorrections: true }, () => {});
    expect(await stores.corrections.keys()).toEqual([]);
  });
});

describe('stories across drops', () => {
  it('links a rewrite dropped later to its original and lends it the date', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    const [s0, , s2] = seeds();
    await h.ingest({ files: [s2] }, () => {});
    let lib = await h.library({}, () => {});
    expect(lib.articles[0].story).toBeUndefined(); // a story of one
    expect(lib.articles[0].date.date).toBeNull();

    // A new session (fresh handlers over the same stores) drops the original.
    await createHandlers(stores).ingest({ files: [s0, ...seeds().slice(3)] }, () => {});
    lib = await createHandlers(stores).library({}, () => {});
    const rewrite = lib.articles.find((a) => a.file === s2.path)!;
    const original = lib.articles.find((a) => a.file === s0.path)!;
    expect(rewrite.story).toEqual({ versions: 2, outlets: 1, earliest: original.id });
    expect(original.story).toEqual(rewrite.story);
    expect(rewrite.date).toMatchObject({ date: '2016-10-11', source: 'cluster' });
    const full = await createHandlers(stores).article({ articleId: rewrite.id }, () => {});
    expect(full!.story).toEqual([original.id]);
    expect(full!.article.date).toMatchObject({ date: '2016-10-11', source: 'cluster' });
    expect(lib.articles.filter((a) => a.story)).toHaveLength(2);
  });
});

describe('user lists and re-extraction', () => {
  const page = 'قال المسؤول الروسي إيفان تيستوف اليوم إن روسيا ستواصل دعم الحل السياسي في سوريا.';

  it('re-extracts every article with the new lists, keeping ids and corrections, and is stale until then', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    const res = await h.ingest({ files: [{ path: 'p.txt', file: new Blob([page]) }, ...seeds()] }, () => {});
    const id = res.outcomes[0].status === 'added' ? res.library.articles.find((a) => a.file === 'p.txt')!.id : '';
    await h.correct({ articleId: id, correction: { kind: 'outlet', at: 1, outlet: 'Mine' } }, () => {});
    const before = (await h.article({ articleId: id }, () => {}))!.article.statements;
    expect(before.some((s) => s.speaker.nameEn === 'Ivan Testov')).toBe(false);
    expect(res.library.stale).toBe(false);

    const progress: string[] = [];
    const lib = await h.setLists(
      {
        lists: {
          speakers: [
            {
              id: 'user:ivan-testov',
              nameEn: 'Ivan Testov',
              kind: 'person',
              gender: 'm',
              russianOfficial: true,
              institution: null,
              names: { ar: ['إيفان تيستوف', 'تيستوف'], en: [], ru: [] },
              roles: [],
            },
          ],
          fingerprints: [],
        },
      },
      (p) => progress.push(p.phase),
    );
    expect(progress).toContain('reextracting');
    expect(lib.articles).toHaveLength(6);
    expect(lib.stale).toBe(false);
    const after = (await h.article({ articleId: id }, () => {}))!;
    expect(after.article.statements.some((s) => s.speaker.nameEn === 'Ivan Testov' && s.speaker.russianOfficial)).toBe(true);
    expect(after.article.outlet).toBe('Mine');
    expect((await h.speakers({}, () => {})).some((s) => s.nameEn === 'Ivan Testov')).toBe(true);
    // The seed rewrite still has its story and date after re-extraction.
    expect(lib.articles.find((a) => a.file.startsWith('002'))!.date.date).toBe('2016-10-11');

    // Another engine version (or lists changed elsewhere) makes the library stale.
    await stores.meta.setMany([['extractionKey', 'old']]);
    expect((await h.library({}, () => {})).stale).toBe(true);
  });
});

describe('search in the worker', () => {
  it('finds across spellings and scripts, reopens without re-indexing, follows corrections, empties on clear', async () => {
    const stores = memoryStores();
    const h = createHandlers(stores);
    await h.ingest({ files: seeds() }, () => {});
    const syria = await h.search({ query: 'سورية' }, () => {});
    const files = new Set(
      (await Promise.all(syria.hits.map((x) => h.article({ articleId: x.articleId }, () => {})))).map((a) => a!.article.file),
    );
    expect(files.has('003_d6c00d9b6c816f3c.txt')).toBe(true); // writes سورية
    expect(files.has('004_a8f4b5e32d361335.txt')).toBe(true); // writes سوريا
    const hit = syria.hits.find((x) => x.ranges.length > 0)!;
    expect(hit.text.slice(hit.ranges[0][0], hit.ranges[0][1])).toMatch(/سوري/);

    const zakharova = await h.search({ query: 'Zakharova' }, () => {});
    expect(zakharova.hits.some((x) => x.type === 'statement' && x.speaker?.nameEn === 'Maria Zakharova')).toBe(true);

    // A new session over the same stores, once the index is saved, opens it: no 'indexing' progress.
    expect(await h.persisted({}, () => {})).toEqual({ indexSaved: true });
    const phases: string[] = [];
    const again = await createHandlers(stores).search({ query: 'أنطونوف' }, (p) => phases.push(p.phase));
    expect(phases).toEqual([]);
    expect(again.hits.some((x) => x.speaker?.nameEn === 'Anatoly Antonov')).toBe(true);
    // the first search of a session does not wait for the index's texts, yet its page is highlighted
    const first = await h.search({ query: 'أنطونوف' }, () => {});
    expect(again.hits.some((x) => x.ranges.length > 0)).toBe(true);
    expect(again.hits.map((x) => [x.articleId, x.ranges])).toEqual(first.hits.map((x) => [x.articleId, x.ranges]));
    // a session's first library listing opens the index ahead of the first search
    const reads: string[] = [];
    const warmStores = { ...stores, searchIndex: Object.assign(Object.create(stores.searchIndex), {
      get: (k: string) => (reads.push(k), stores.searchIndex.get(k)),
    }) };
    const warm = createHandlers(warmStores);
    await warm.library({}, () => {});
    for (let i = 0; i < 100 && !reads.includes('meta'); i++) await new Promise((r) => setTimeout(r, 5));
    expect(reads).toContain('meta');
    // a phrase search waits for them
    const phrase = await createHandlers(stores).search({ query: '"سيرجي لافروف"' }, () => {});
    const lavrov = await h.search({ query: '"سيرجي لافروف"' }, () => {});
    expect(phrase.total).toBeGreaterThan(0);
    expect(phrase.total).toBe(lavrov.total);

    // The index is saved after the ingest's reply; until then it is marked out of date, and a
    // session opened over such a store rebuilds it rather than trust it.
    for (let i = 0; i < 200 && (await stores.meta.get(INDEX_DIRTY_KEY)) !== false; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await stores.meta.get(INDEX_DIRTY_KEY)).toBe(false);
    await stores.meta.setMany([[INDEX_DIRTY_KEY, true]]);
    const healed: string[] = [];
    const h2 = await createHandlers(stores).search({ query: 'أنطونوف' }, (p) => healed.push(p.phase));
    expect(healed).toContain('indexing');
    expect(h2.total).toBe(again.total);
    expect(await stores.meta.get(INDEX_DIRTY_KEY)).toBe(false);

    // A stored index of another schema is rebuilt, with progress.
    const meta = JSON.parse((await stores.searchIndex.get('meta'))!);
    await stores.searchIndex.setMany([['meta', JSON.stringify({ ...meta, schema: -1 })]]);
    const rebuilt: string[] = [];
    const r = await createHandlers(stores).search({ query: 'أنطونوف' }, (p) => rebuilt.push(p.phase));
    expect(rebuilt).toContain('indexing');
    expect(r.total).toBe(again.total);

    // Corrections are searchable: the first Antonov statement re-attributed to Lavrov.
    const ant = again.hits.find((x) => x.type === 'statement' && x.speaker?.nameEn === 'Anatoly Antonov')!;
    const art = (await h.article({ articleId: ant.articleId }, () => {}))!.article;
    const st = art.statements[ant.statementIndex!];
    await h.correct(
      {
        articleId: art.id,
        correction: {
          kind: 'speaker',
          at: 1,
          statement: { field: st.field ?? 'body', start: st.start, end: st.end, text: st.text },
          speaker: { ...st.speaker, id: 'lavrov', nameEn: 'Sergey Lavrov' },
        },
      },
      () => {},
    );
    const moved = await h.search({ query: 'speaker:lavrov' }, () => {});
    expect(moved.hits.some((x) => x.articleId === art.id && x.text === st.text)).toBe(true);

    await h.clear({ forgetCorrections: true }, () => {});
    expect((await h.search({ query: 'سورية' }, () => {})).total).toBe(0);
  });
});

describe('timeline data', () => {
  const all = { query: '', officialsOnly: true, aboutSyriaOnly: true, speakers: [], institutions: [], outlets: [], languages: [], kinds: [] };

  it('gives dated points and undated items, filtered by speaker and by query, and follows corrections', async () => {
    const h = createHandlers(memoryStores());
    await h.ingest({ files: seeds() }, () => {});
    const data = unpackTimelineData(await h.timeline(all, () => {}));
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    const putin = data.points.filter((p) => p.speakerNameEn === 'Vladimir Putin');
    expect(putin.length).toBeGreaterThan(5);
    expect(new Set(putin.map((p) => day(p.t0)))).toEqual(new Set(['2015-10-13']));
    expect(data.points.some((p) => p.speakerNameEn === 'Anatoly Antonov' && day(p.t0) === '2016-10-11')).toBe(true);
    expect(data.points.every((p) => p.russianOfficial)).toBe(true);
    const zakharova = data.undated.filter((u) => u.speakerNameEn === 'Maria Zakharova');
    expect(zakharova.length).toBeGreaterThan(5);
    expect(zakharova[0].windowIso).toEqual(['2015-09-30', null]);

    const onlyHer = unpackTimelineData(await h.timeline({ ...all, speakers: ['zakharova'] }, () => {}));
    expect(onlyHer.points).toEqual([]);
    expect(new Set(onlyHer.undated.map((u) => u.speakerNameEn))).toEqual(new Set(['Maria Zakharova']));

    const everyone = unpackTimelineData(await h.timeline({ ...all, officialsOnly: false }, () => {}));
    expect(everyone.points.some((p) => p.speakerNameEn === 'Steve Warren' && !p.russianOfficial)).toBe(true);

    const queried = unpackTimelineData(await h.timeline({ ...all, query: 'الزعامة' }, () => {}));
    expect(queried.points.length).toBeGreaterThan(0);
    expect(queried.points.length).toBeLessThan(putin.length);
    expect(queried.points.every((p) => p.speakerNameEn === 'Vladimir Putin')).toBe(true);

    const p0 = putin[0];
    const art = (await h.article({ articleId: p0.articleId }, () => {}))!.article;
    const st = art.statements[p0.statementIndex];
    await h.correct(
      {
        articleId: art.id,
        correction: { kind: 'not-statement', at: 1, statement: { field: st.field ?? 'body', start: st.start, end: st.end, text: st.text } },
      },
      () => {},
    );
    const after = unpackTimelineData(await h.timeline(all, () => {}));
    expect(after.points.filter((p) => p.speakerNameEn === 'Vladimir Putin')).toHaveLength(putin.length - 1);
  });
});
