import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../lib/model/article';
import { emptyChromeModel } from '../lib/extract';
import { restoreUserLists } from '../lib/user-lists/user-lists';
import { createExtractor, extractFile, type ExtractorSetup, type FileJob } from './extractor';
import { ExtractPool, packParts, type WorkerLike } from './extract-pool';
import type { FromExtractWorker, ToExtractWorker } from './extract-messages';
import { extractDrop } from './extract-drop';
import { createHandlers } from './handlers';
import { memoryStores, seeds } from './test-stores';

const setup: ExtractorSetup = { chrome: emptyChromeModel(), lists: restoreUserLists(undefined) };
const rec = (i: number): RawRecord => ({
  text: `قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا اليوم إن موسكو تدعم الحوار في سوريا رقم ${i}.`,
  meta: { format: 'txt' },
  record: i,
  entry: null,
});
const job = (path: string, n: number): FileJob => ({ path, fileId: 'f' + path, records: Array.from({ length: n }, (_, i) => rec(i)) });

/** A helper worker in this thread: answers each chunk after a delay, as a real one would (cloned data). */
class FakeWorker implements WorkerLike {
  onmessage: ((ev: { data: FromExtractWorker }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  terminated = false;
  inFlight = 0;
  static maxInFlight = 0;
  static dispatched = 0;
  #setup: ExtractorSetup | null = null;
  constructor(private readonly crashOn: number | null = null) {}
  postMessage(msg: ToExtractWorker) {
    if (msg.kind === 'setup') {
      this.#setup = structuredClone(msg.setup);
      return;
    }
    FakeWorker.dispatched++;
    FakeWorker.maxInFlight = Math.max(FakeWorker.maxInFlight, ++this.inFlight);
    setTimeout(async () => {
      this.inFlight--;
      if (this.terminated) return;
      if (msg.id === this.crashOn) return this.onerror?.({ message: 'boom' });
      const extracted = [];
      for (const job of msg.jobs) extracted.push(await extractFile(createExtractor(this.#setup!), job));
      this.onmessage?.({ data: structuredClone({ kind: 'done', id: msg.id, extracted }) });
    }, 5 - (msg.id % 3));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('packParts', () => {
  it('cuts large files and packs small ones into chunks, in order, one part at least per file', () => {
    const chunks = packParts([job('a', 120), job('b', 0), job('c', 3), job('d', 50)], 50);
    expect(chunks.map((c) => c.map((p) => [p.path, p.records.length, p.last]))).toEqual([
      [['a', 50, false]],
      [['a', 50, false]],
      [['a', 20, true], ['b', 0, true], ['c', 3, true], ['d', 27, false]],
      [['d', 23, true]],
    ]);
    expect(chunks[1][0].records[0].record).toBe(50);
    expect(chunks[3][0].records[0].record).toBe(27);
    expect(chunks.flat().map((p) => p.file)).toEqual([0, 0, 0, 1, 2, 3, 3]);
  });
});

describe('ExtractPool', () => {
  it('gives every chunk’s articles in order, as this thread would, with a bounded number ahead', async () => {
    FakeWorker.maxInFlight = 0;
    FakeWorker.dispatched = 0;
    const workers: FakeWorker[] = [];
    const pool = new ExtractPool(() => (workers.push(new FakeWorker()), workers.at(-1)!), 2, 3);
    const chunks = packParts([job('a', 30), job('b', 12)], 5);
    const got: string[][] = [];
    for await (const r of pool.extract(setup, chunks)) {
      if (!('extracted' in r)) throw new Error(r.error);
      got.push(r.extracted.flatMap((e) => e.articles.map((a) => a.id)));
      // a slow consumer: helpers never work more than `ahead` (3) chunks beyond what was taken
      await new Promise((res) => setTimeout(res, 15));
      expect(FakeWorker.dispatched).toBeLessThanOrEqual(got.length + 3);
      expect(r.extracted.flatMap((e) => e.stories.map((s) => s.id))).toEqual(got.at(-1));
    }
    const extractor = createExtractor(setup);
    const here = [];
    for (const c of chunks) {
      const ids = [];
      for (const part of c) ids.push(...(await extractFile(extractor, part)).articles.map((a) => a.id));
      here.push(ids);
    }
    expect(got).toEqual(here);
    expect(workers).toHaveLength(2);
    expect(FakeWorker.maxInFlight).toBe(1);
    pool.close();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('reports the chunk of a helper that crashes, and goes on with the others', async () => {
    const pool = new ExtractPool(() => new FakeWorker(2), 2);
    const chunks = packParts([job('a', 40)], 5);
    const results = [];
    for await (const r of pool.extract(setup, chunks)) results.push('extracted' in r ? 'ok' : r.error);
    expect(results).toHaveLength(8);
    expect(results[2]).toMatch(/stopped/);
    expect(results.filter((r) => r === 'ok').length).toBeGreaterThanOrEqual(1);
  });

  it('yields errors for every chunk when no helper can start', async () => {
    const pool = new ExtractPool(() => {
      throw new Error('no workers here');
    }, 2);
    const out = [];
    for await (const r of pool.extract(setup, packParts([job('a', 7)], 5))) out.push(r);
    expect(out).toEqual([{ error: 'no extraction helper' }, { error: 'no extraction helper' }]);
  });
});

describe('extractDrop', () => {
  it('does here what the helpers could not', async () => {
    const pool = new ExtractPool(() => new FakeWorker(1), 1);
    const extractor = { ...createExtractor(setup), setup: () => setup };
    const out = [];
    for await (const c of extractDrop(extractor, pool, [job('a', 260), job('b', 2)])) out.push(c);
    expect(out.map((c) => c.records)).toEqual([50, 50, 50, 50, 50, 10, 2]);
    expect(out.map((c) => c.last)).toEqual([false, false, false, false, false, true, true]);
    expect(out.map((c) => c.file)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(out.every((c) => 'articles' in c.result && c.result.articles.length === c.records)).toBe(true);
  });
});

describe('ingest with extraction helpers', () => {
  it('gives the same library as ingest in one thread', async () => {
    const files = [...seeds(), { path: 'many.jsonl', file: new Blob([Array.from({ length: 240 }, (_, i) => JSON.stringify({ text: rec(i).text })).join('\n')]) }];
    const alone = createHandlers(memoryStores());
    const pooled = createHandlers(memoryStores(), undefined, new ExtractPool(() => new FakeWorker(), 2));
    const a = await alone.ingest({ files }, () => {});
    const b = await pooled.ingest({ files: [...seeds(), files[5]] }, () => {});
    expect(b.outcomes).toEqual(a.outcomes);
    const strip = (l: typeof a.library) => l.articles.map(({ addedAt: _t, ...s }) => s).sort((x, y) => x.id.localeCompare(y.id));
    expect(strip(b.library)).toEqual(strip(a.library));
    expect(b.added).toBe(245);

    // Re-extraction with the user's lists, on the helpers, gives what it gives in one thread.
    const lists = {
      speakers: [
        {
          id: 'user:maria',
          nameEn: 'Maria Z',
          kind: 'person' as const,
          gender: 'f' as const,
          russianOfficial: true,
          institution: null,
          names: { ar: ['ماريا زاخاروفا'], en: [], ru: [] },
          roles: [],
        },
      ],
      fingerprints: [],
    };
    const ra = await alone.setLists({ lists }, () => {});
    const rb = await pooled.setLists({ lists }, () => {});
    const id = rb.articles.find((x) => x.file === 'many.jsonl')!.id;
    const speakers = (await pooled.article({ articleId: id }, () => {}))!.article.statements.map((x) => x.speaker.nameEn);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers).toEqual((await alone.article({ articleId: id }, () => {}))!.article.statements.map((x) => x.speaker.nameEn));
    expect(strip(rb)).toEqual(strip(ra));
    expect(rb.stale).toBe(false);
  }, 60_000);
});
