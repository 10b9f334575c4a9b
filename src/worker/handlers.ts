/**
 * The worker's API: one function per request type of the protocol, over the Stores interface, so
 * the same code runs in the Web Worker (IndexedDB) and in Node tests (Map-backed stores).
 * Ingest reads every file of a drop first (so that lines recurring across the drop can be told
 * apart as site chrome), then extracts and stores file by file.
 */
import { PROTOCOL_VERSION } from '../protocol';
import type { Api, CorrectedArticle, FileInput, FileOutcome, IngestProgress, LibraryInfo, RejectedEntry } from '../protocol';
import type { Article, RawRecord } from '../lib/model/article';
import { fileId as computeFileId } from '../lib/model/ids';
import { DEFAULT_LIMITS, readFile, type IngestLimits } from '../lib/ingest';
import { summarise } from './summary';
import { speakerOptions } from './speaker-options';
import { applyCorrections, type Correction } from '../lib/corrections/apply';
import { createPipeline, EXTRACTION_KEY, extractionKey, LISTS_KEY, loadUserLists, type Pipeline } from './pipeline';
import { restoreUserLists, type UserLists } from '../lib/user-lists/user-lists';
import { addUserSpeakers, SPEAKERS } from '../lib/extract/speakers/speaker-list';
import type { FileRecord, Stores } from './stores';

export type Handlers = {
  [K in keyof Api]: (params: Api[K]['params'], progress: (p: IngestProgress) => void) => Promise<Api[K]['result']>;
};

interface ReadFile {
  input: FileInput;
  fileId: string;
  size: number;
  records: RawRecord[];
  rejectedEntries: RejectedEntry[];
}

/** A size limit in words: "50 MB", "64 KB", "10 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function createHandlers(stores: Stores, limits: IngestLimits = DEFAULT_LIMITS): Handlers {
  let pipeline: Pipeline | null = null;
  const getPipeline = async () => (pipeline ??= await createPipeline(stores));

  async function library(): Promise<LibraryInfo> {
    const [articles, files, key, lists] = await Promise.all([
      stores.summaries.values(),
      stores.files.keys(),
      stores.meta.get(EXTRACTION_KEY),
      loadUserLists(stores),
    ]);
    articles.sort((a, b) => b.addedAt - a.addedAt || a.file.localeCompare(b.file));
    return { articles, files: files.length, stale: articles.length > 0 && key !== extractionKey(lists) };
  }

  /** Re-extracts the whole library, batch by batch, with the current engine and user lists. */
  async function reextract(progress: (p: IngestProgress) => void): Promise<LibraryInfo> {
    pipeline = null;
    const pipe = await getPipeline();
    const ids = await stores.summaries.keys();
    const p: IngestProgress = {
      phase: 'reextracting',
      filesDone: 0,
      filesTotal: 0,
      bytesDone: 0,
      bytesTotal: 0,
      articlesDone: 0,
      articlesTotal: ids.length,
      current: null,
    };
    const BATCH = 200;
    for (let i = 0; i < ids.length; i += BATCH) {
      progress({ ...p });
      const old = (await stores.articles.getMany(ids.slice(i, i + BATCH))).filter((a): a is Article => !!a);
      const fresh = old.map((a) => pipe.reextract(a));
      await storeArticles(fresh);
      await storeArticles(await pipe.link(fresh));
      p.articlesDone += old.length;
    }
    await stores.meta.setMany([[EXTRACTION_KEY, extractionKey(await loadUserLists(stores))]]);
    progress({ ...p, phase: 'storing' });
    return library();
  }

  async function ingest({ files }: { files: FileInput[] }, progress: (p: IngestProgress) => void) {
    const outcomes: FileOutcome[] = new Array(files.length);
    const p: IngestProgress = {
      phase: 'reading',
      filesDone: 0,
      filesTotal: files.length,
      bytesDone: 0,
      bytesTotal: files.reduce((n, f) => n + f.file.size, 0),
      articlesDone: 0,
      articlesTotal: 0,
      current: null,
    };
    const knownFiles = new Map((await stores.files.values()).map((f) => [f.fileId, f.articleIds.length]));
    const read: (ReadFile & { index: number })[] = [];

    // Pass 1: read and parse every file of the drop.
    for (let i = 0; i < files.length; i++) {
      const input = files[i];
      p.current = input.path;
      progress({ ...p });
      const outcome = await readOne(input, knownFiles);
      if ('status' in outcome) outcomes[i] = outcome;
      else {
        knownFiles.set(outcome.fileId, outcome.records.length);
        read.push({ ...outcome, index: i });
        p.articlesTotal += outcome.records.length;
      }
      p.filesDone++;
      p.bytesDone += input.file.size;
    }

    // Pass 2: extract and store, one file at a time (each file's articles land together).
    const pipe = await getPipeline();
    pipe.learnChrome(read.map((r) => r.records));
    p.phase = 'extracting';
    p.filesDone = 0;
    p.bytesDone = 0;
    p.filesTotal = read.length;
    p.bytesTotal = read.reduce((n, r) => n + r.size, 0);
    const inLibrary = new Set(await stores.summaries.keys());
    if (inLibrary.size === 0) await stores.meta.setMany([[EXTRACTION_KEY, extractionKey(await loadUserLists(stores))]]);
    let added = 0;
    const fresh: Article[] = [];
    for (const r of read) {
      p.current = r.input.path;
      progress({ ...p });
      const articles: Article[] = [];
      let skipped = 0;
      for (const rec of r.records) {
        const article = await pipe.extract(rec, r.input.path, r.fileId);
        if (inLibrary.has(article.id)) skipped++;
        else {
          inLibrary.add(article.id);
          articles.push(article);
        }
        p.articlesDone++;
      }
      if (articles.length === 0) {
        outcomes[r.index] = {
          path: r.input.path,
          status: 'duplicate',
          reason: 'same articles',
          articles: skipped,
          rejectedEntries: r.rejectedEntries,
        };
      } else {
        await storeArticles(articles);
        const record: FileRecord = {
          fileId: r.fileId,
          path: r.input.path,
          size: r.size,
          addedAt: Date.now(),
          articleIds: articles.map((a) => a.id),
        };
        await stores.files.setMany([[r.fileId, record]]);
        added += articles.length;
        fresh.push(...articles);
        outcomes[r.index] = {
          path: r.input.path,
          status: 'added',
          articles: articles.length,
          skippedArticles: skipped,
          rejectedEntries: r.rejectedEntries,
        };
      }
      p.filesDone++;
      p.bytesDone += r.size;
    }
    p.phase = 'storing';
    p.current = null;
    progress({ ...p });
    // Stories across the library: near-duplicates and the dates they lend, then the chrome model.
    await storeArticles(await pipe.link(fresh));
    await pipe.save();
    return { outcomes, added, library: await library() };
  }

  async function readOne(input: FileInput, knownFiles: Map<string, number>): Promise<ReadFile | FileOutcome> {
    const path = input.path;
    if (input.file.size > limits.maxFileBytes) {
      return { path, status: 'rejected', reason: `larger than the ${formatSize(limits.maxFileBytes)} limit`, rejectedEntries: [] };
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await input.file.arrayBuffer());
    } catch (e) {
      return { path, status: 'rejected', reason: `could not be read (${(e as Error).message})`, rejectedEntries: [] };
    }
    const fid = await computeFileId(bytes);
    const known = knownFiles.get(fid);
    if (known !== undefined) return { path, status: 'duplicate', reason: 'same file', articles: known, rejectedEntries: [] };
    const records: RawRecord[] = [];
    const rejectedEntries: RejectedEntry[] = [];
    try {
      for (const item of readFile(path, bytes, limits)) {
        if (item.kind === 'record') records.push(item.record);
        else rejectedEntries.push({ entry: item.entry, reason: item.reason });
      }
    } catch (e) {
      rejectedEntries.push({ entry: null, reason: `could not be read (${(e as Error).message})` });
    }
    if (records.length === 0) {
      const reason = rejectedEntries.length === 1 && rejectedEntries[0].entry === null
        ? rejectedEntries[0].reason
        : rejectedEntries.length > 0
          ? `no readable article (${rejectedEntries.length} entries rejected)`
          : 'no article found in the file';
      return { path, status: 'rejected', reason, rejectedEntries: rejectedEntries.filter((r) => r.entry !== null) };
    }
    return { input, fileId: fid, size: bytes.byteLength, records, rejectedEntries };
  }

  /** Writes articles, then their summaries (corrections applied): see the write order in stores.ts. */
  async function storeArticles(articles: Article[]) {
    if (articles.length === 0) return;
    await stores.articles.setMany(articles.map((a) => [a.id, a]));
    const served = await Promise.all(articles.map((a) => withCorrections(a)));
    await stores.summaries.setMany(served.map((c) => [c.article.id, summarise(c.article)]));
  }

  async function withCorrections(article: Article): Promise<CorrectedArticle> {
    const corrections = (await stores.corrections.get(article.id)) ?? [];
    if (corrections.length === 0) return { article, corrections, orphaned: [] };
    return { ...applyCorrections(article, corrections), corrections };
  }

  async function setCorrections(articleId: string, update: (old: Correction[]) => Correction[]) {
    const article = await stores.articles.get(articleId);
    if (!article) throw new Error('This article is not in the library.');
    const corrections = update((await stores.corrections.get(articleId)) ?? []);
    if (corrections.length) await stores.corrections.setMany([[articleId, corrections]]);
    else await stores.corrections.delMany([articleId]);
    const served = await withCorrections(article);
    await stores.summaries.setMany([[articleId, summarise(served.article)]]);
    return served;
  }

  return {
    hello: async () => ({ version: PROTOCOL_VERSION }),
    ingest,
    library: async () => library(),
    speakers: async () => speakerOptions(addUserSpeakers(SPEAKERS, (await loadUserLists(stores)).speakers)),
    lists: async () => loadUserLists(stores),
    setLists: async ({ lists }, progress) => {
      const clean: UserLists = restoreUserLists(lists);
      await stores.meta.setMany([[LISTS_KEY, clean]]);
      return reextract(progress);
    },
    reextract: (_params, progress) => reextract(progress),
    article: async ({ articleId }) => {
      const article = await stores.articles.get(articleId);
      return article ? withCorrections(article) : null;
    },
    correct: ({ articleId, correction }) =>
      setCorrections(articleId, (old) => [...old, { ...correction, at: Math.max(correction.at, ...old.map((c) => c.at + 1)) }]),
    uncorrect: ({ articleId, at }) =>
      setCorrections(articleId, (old) => (at === undefined ? [] : old.filter((c) => c.at !== at))),
    clear: async ({ forgetCorrections }) => {
      if (forgetCorrections) await stores.corrections.clear();
      await stores.files.clear();
      await stores.summaries.clear();
      await stores.articles.clear();
      const lists = await stores.meta.get(LISTS_KEY);
      await stores.meta.clear();
      if (lists && !forgetCorrections) await stores.meta.setMany([[LISTS_KEY, lists]]);
      await stores.signatures.clear();
      pipeline = null;
      return library();
    },
  };
}
