/**
 * Ingest of one drop. Pass 1 reads every file (so that lines recurring across the drop can be
 * told apart as site chrome); pass 2 extracts (on helper workers when there are some) and stores,
 * whole files at a time, batched; last, the new articles are linked to their stories across the
 * library.
 */
import type { FileInput, FileOutcome, IngestProgress, IngestResult } from '../protocol';
import type { Article } from '../lib/model/article';
import type { IngestLimits } from '../lib/ingest';
import { startProgress } from '../progress';
import { readDropFile, type ReadDropFile } from './read-drop-file';
import type { Library } from './library';
import type { Pipeline } from './pipeline';
import { withLentDate, type Stories } from './stories';
import { storyRecord } from './story-record';
import type { FileRecord, StoryRecord, Stores } from './stores';
import { extractDrop } from './extract-drop';
import type { ExtractPool } from './extract-pool';
import type { Extracted } from './extractor';

export interface JobDeps {
  stores: Stores;
  library: Library;
  stories: Stories;
  pipeline: () => Promise<Pipeline>;
  limits: IngestLimits;
  /** Extraction helpers on other cores, when the runtime has them. */
  pool: ExtractPool | null;
}

export async function ingestFiles(
  { stores, library, stories, pipeline, limits, pool }: JobDeps,
  files: FileInput[],
  progress: (p: IngestProgress) => void,
): Promise<IngestResult> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const p = startProgress('reading', { filesTotal: files.length, bytesTotal: files.reduce((n, f) => n + f.file.size, 0) });
  const knownFiles = new Map((await stores.files.values()).map((f) => [f.fileId, f.articleIds.length]));
  const read: (ReadDropFile & { index: number })[] = [];

  let lastProgress = 0;
  for (let i = 0; i < files.length; i++) {
    p.current = files[i].path;
    if (Date.now() - lastProgress >= PROGRESS_MS) {
      lastProgress = Date.now();
      progress({ ...p });
    }
    const outcome = await readDropFile(files[i], knownFiles, limits);
    if ('status' in outcome) outcomes[i] = outcome;
    else {
      knownFiles.set(outcome.fileId, outcome.records.length);
      read.push({ ...outcome, index: i });
      p.articlesTotal += outcome.records.length;
    }
    p.filesDone++;
    p.bytesDone += files[i].file.size;
  }

  const pipe = await pipeline();
  pipe.learnChrome(read.map((r) => r.records));
  Object.assign(p, { phase: 'extracting', filesDone: 0, bytesDone: 0, filesTotal: read.length });
  p.bytesTotal = read.reduce((n, r) => n + r.size, 0);
  const inLibrary = new Set(await stores.summaries.keys());
  if (inLibrary.size === 0) await library.markFresh();
  const jobs = read.map((r) => ({ path: r.input.path, fileId: r.fileId, records: r.records }));
  const linked: StoryRecord[] = [];
  let added = 0;
  // Finished files wait here to be written together (a drop of many small files would otherwise
  // cost several IndexedDB transactions per file).
  const pending: { articles: Article[]; stories: StoryRecord[]; record: FileRecord }[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    await library.store(pending.flatMap((f) => f.articles));
    await stores.files.setMany(pending.map((f) => [f.record.fileId, f.record]));
    for (const f of pending) {
      linked.push(...f.stories);
      added += f.articles.length;
    }
    pending.length = 0;
  };
  lastProgress = 0;
  let file: Extracted & { error: string | null } = { articles: [], stories: [], error: null };
  for await (const chunk of extractDrop(pipe, pool, jobs)) {
    const r = read[chunk.file];
    p.current = r.input.path;
    p.articlesDone += chunk.records;
    if (Date.now() - lastProgress >= PROGRESS_MS) {
      lastProgress = Date.now();
      progress({ ...p });
    }
    if ('error' in chunk.result) file.error ??= chunk.result.error;
    else {
      file.articles.push(...chunk.result.articles);
      file.stories.push(...chunk.result.stories);
    }
    if (!chunk.last) continue;

    const { path } = r.input;
    const { rejectedEntries } = r;
    // The first of several copies of an article (in this drop or the library) is the one kept.
    const keep = file.articles.map((a) => {
      if (file.error || inLibrary.has(a.id)) return false;
      inLibrary.add(a.id);
      return true;
    });
    const articles = file.articles.filter((_, i) => keep[i]);
    const skipped = file.articles.length - articles.length;
    if (file.error) {
      outcomes[r.index] = { path, status: 'rejected', reason: `could not be processed (${file.error})`, rejectedEntries };
    } else if (articles.length === 0) {
      outcomes[r.index] = { path, status: 'duplicate', reason: 'same articles', articles: skipped, rejectedEntries };
    } else {
      const record: FileRecord = { fileId: r.fileId, path, size: r.size, addedAt: Date.now(), articleIds: articles.map((a) => a.id) };
      pending.push({ articles, stories: file.stories.filter((_, i) => keep[i]), record });
      outcomes[r.index] = { path, status: 'added', articles: articles.length, skippedArticles: skipped, rejectedEntries };
      if (pending.reduce((n, f) => n + f.articles.length, 0) >= STORE_BATCH) await flush();
    }
    file = { articles: [], stories: [], error: null };
    p.filesDone++;
    p.bytesDone += r.size;
  }
  await flush();
  progress({ ...p, phase: 'storing', current: null });
  await linkStories({ stores, library, stories }, linked);
  await pipe.save();
  return { outcomes, added, library: await library.info() };
}

/** Articles written together (one transaction per store), at least one whole file's. */
const STORE_BATCH = 200;
/** At most one progress report per this many milliseconds while extracting. */
const PROGRESS_MS = 100;
const BATCH = 200;

/** Adds stored articles (their story records) to their stories; stores those whose lent date changes. */
async function linkStories({ stores, library, stories }: Pick<JobDeps, 'stores' | 'library' | 'stories'>, records: StoryRecord[]) {
  const lent = [...(await stories.link(records))];
  for (let i = 0; i < lent.length; i += BATCH) {
    const batch = lent.slice(i, i + BATCH);
    const loaded = await stores.articles.getMany(batch.map(([id]) => id));
    await library.store(batch.flatMap(([, date], k) => (loaded[k] ? [withLentDate(loaded[k], date)] : [])));
  }
}

/** Re-extracts the whole library from the stored originals, batch by batch. */
export async function reextractAll(
  { stores, library, stories, pipeline, pool }: Omit<JobDeps, 'limits'>,
  progress: (p: IngestProgress) => void,
) {
  const pipe = await pipeline();
  const ids = await stores.summaries.keys();
  const p = startProgress('reextracting', { articlesTotal: ids.length });
  for (let i = 0; i < ids.length; i += REEXTRACT_BATCH) {
    progress({ ...p });
    const old = (await stores.articles.getMany(ids.slice(i, i + REEXTRACT_BATCH))).filter((a): a is Article => !!a);
    // Each article again from its original text, as one record of its file (on the helpers when
    // there are some); its id, file and time of addition are kept.
    const jobs = old.map((a) => ({ path: a.file, fileId: a.fileId, records: [{ text: a.raw, meta: a.meta, record: a.record, entry: a.entry }] }));
    const fresh: Article[] = [];
    const records: StoryRecord[] = [];
    for await (const chunk of extractDrop(pipe, pool, jobs)) {
      const was = old[chunk.file];
      if ('error' in chunk.result) {
        fresh.push(pipe.reextract(was));
        records.push(storyRecord(fresh.at(-1)!));
      } else {
        fresh.push({ ...chunk.result.articles[0], id: was.id, addedAt: was.addedAt });
        records.push({ ...chunk.result.stories[0], id: was.id });
      }
    }
    await library.store(fresh);
    await linkStories({ stores, library, stories }, records);
    p.articlesDone += old.length;
  }
  await library.markFresh();
  progress({ ...p, phase: 'storing' });
  return library.info();
}

/** Articles re-extracted per batch (read, extracted and written together). */
const REEXTRACT_BATCH = 1000;
