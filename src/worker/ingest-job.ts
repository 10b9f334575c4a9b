/**
 * Ingest of one drop. Pass 1 reads every file (so that lines recurring across the drop can be
 * told apart as site chrome); pass 2 extracts and stores file by file, each file's articles
 * written together; last, the new articles are linked to their stories across the library.
 */
import type { FileInput, FileOutcome, IngestProgress, IngestResult } from '../protocol';
import type { Article } from '../lib/model/article';
import type { IngestLimits } from '../lib/ingest';
import { startProgress } from '../progress';
import { readDropFile, type ReadDropFile } from './read-drop-file';
import type { Library } from './library';
import type { Pipeline } from './pipeline';
import { withLentDate, type Stories } from './stories';
import type { FileRecord, Stores } from './stores';

export interface JobDeps {
  stores: Stores;
  library: Library;
  stories: Stories;
  pipeline: () => Promise<Pipeline>;
  limits: IngestLimits;
}

export async function ingestFiles(
  { stores, library, stories, pipeline, limits }: JobDeps,
  files: FileInput[],
  progress: (p: IngestProgress) => void,
): Promise<IngestResult> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const p = startProgress('reading', { filesTotal: files.length, bytesTotal: files.reduce((n, f) => n + f.file.size, 0) });
  const knownFiles = new Map((await stores.files.values()).map((f) => [f.fileId, f.articleIds.length]));
  const read: (ReadDropFile & { index: number })[] = [];

  for (let i = 0; i < files.length; i++) {
    p.current = files[i].path;
    progress({ ...p });
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
  const fresh: Article[] = [];
  for (const r of read) {
    p.current = r.input.path;
    progress({ ...p });
    const articles: Article[] = [];
    for (const rec of r.records) {
      const article = await pipe.extract(rec, r.input.path, r.fileId);
      if (!inLibrary.has(article.id)) articles.push(article);
      inLibrary.add(article.id);
      p.articlesDone++;
    }
    const skipped = r.records.length - articles.length;
    const { path } = r.input;
    if (articles.length === 0) {
      outcomes[r.index] = { path, status: 'duplicate', reason: 'same articles', articles: skipped, rejectedEntries: r.rejectedEntries };
    } else {
      await library.store(articles);
      const record: FileRecord = { fileId: r.fileId, path, size: r.size, addedAt: Date.now(), articleIds: articles.map((a) => a.id) };
      await stores.files.setMany([[r.fileId, record]]);
      fresh.push(...articles);
      outcomes[r.index] = { path, status: 'added', articles: articles.length, skippedArticles: skipped, rejectedEntries: r.rejectedEntries };
    }
    p.filesDone++;
    p.bytesDone += r.size;
  }
  progress({ ...p, phase: 'storing', current: null });
  await linkStories({ stores, library, stories }, fresh);
  await pipe.save();
  return { outcomes, added: fresh.length, library: await library.info() };
}

const BATCH = 200;

/** Adds stored articles to their stories and stores the articles whose lent date changes. */
async function linkStories({ stores, library, stories }: Pick<JobDeps, 'stores' | 'library' | 'stories'>, articles: Article[]) {
  const given = new Map(articles.map((a) => [a.id, a]));
  const lent = [...(await stories.link(articles))];
  for (let i = 0; i < lent.length; i += BATCH) {
    const batch = lent.slice(i, i + BATCH);
    const missing = batch.filter(([id]) => !given.has(id)).map(([id]) => id);
    const loaded = new Map((await stores.articles.getMany(missing)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
    await library.store(
      batch.flatMap(([id, date]) => {
        const a = given.get(id) ?? loaded.get(id);
        return a ? [withLentDate(a, date)] : [];
      }),
    );
  }
}

/** Re-extracts the whole library from the stored originals, batch by batch. */
export async function reextractAll(
  { stores, library, stories, pipeline }: Omit<JobDeps, 'limits'>,
  progress: (p: IngestProgress) => void,
) {
  const pipe = await pipeline();
  const ids = await stores.summaries.keys();
  const p = startProgress('reextracting', { articlesTotal: ids.length });
  for (let i = 0; i < ids.length; i += BATCH) {
    progress({ ...p });
    const old = (await stores.articles.getMany(ids.slice(i, i + BATCH))).filter((a): a is Article => !!a);
    const fresh = old.map((a) => pipe.reextract(a));
    await library.store(fresh);
    await linkStories({ stores, library, stories }, fresh);
    p.articlesDone += old.length;
  }
  await library.markFresh();
  progress({ ...p, phase: 'storing' });
  return library.info();
}
