/**
 * Owns the Web Worker: starts it lazily, matches replies to requests by id, exposes the library,
 * the running ingest's progress and the last drop's outcomes as reactive state. Cancel terminates
 * the busy worker and starts a fresh one; what was stored before stays (each file's articles are
 * written together, see worker/stores.ts).
 */
import { PROTOCOL_VERSION } from '../protocol';
import { startProgress } from '../progress';
import type {
  Api,
  FileInput,
  FileOutcome,
  IngestProgress,
  LibraryInfo,
  RequestType,
  WorkerRequest,
  WorkerResponse,
} from '../protocol';
import type { CorrectedArticle } from '../protocol';
import type { Correction } from '../lib/corrections/apply';
import type { UserLists } from '../lib/user-lists/user-lists';

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: (p: IngestProgress) => void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Summaries asked for per page of the library list. */
const LIBRARY_PAGE = 2000;

export class Engine {
  library = $state.raw<LibraryInfo | null>(null);
  progress = $state.raw<IngestProgress | null>(null);
  outcomes = $state.raw<FileOutcome[] | null>(null);
  error = $state<string | null>(null);
  cancelled = $state(false);

  #worker: Worker | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  #spawn(): Worker {
    const worker = new Worker(new URL('../worker/index.ts', import.meta.url), { type: 'module', name: 'tasrih' });
    worker.onmessage = (ev: MessageEvent<WorkerResponse>) => this.#receive(ev.data);
    worker.onerror = (ev) => {
      ev.preventDefault();
      this.#failAll(new Error(ev.message || 'the worker stopped unexpectedly'));
    };
    return worker;
  }

  #receive(msg: WorkerResponse) {
    const pending = this.#pending.get(msg.id);
    if (!pending) return;
    if (msg.kind === 'progress') pending.onProgress?.(msg.progress);
    else {
      this.#pending.delete(msg.id);
      if (msg.kind === 'result') pending.resolve(msg.result);
      else pending.reject(new Error(msg.message));
    }
  }

  #failAll(error: Error) {
    for (const p of this.#pending.values()) p.reject(error);
    this.#pending.clear();
  }

  call<K extends RequestType>(
    type: K,
    params: Api[K]['params'],
    onProgress?: (p: IngestProgress) => void,
  ): Promise<Api[K]['result']> {
    this.#worker ??= this.#spawn();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.#worker!.postMessage({ id, type, params } as WorkerRequest);
    });
  }

  async start() {
    try {
      const { version } = await this.call('hello', {});
      if (version !== PROTOCOL_VERSION) throw new Error('the page and its worker are of different versions: reload');
      await this.refreshLibrary();
    } catch (e) {
      this.error = (e as Error).message;
      return;
    }
    if (this.library?.stale) await this.reextract();
  }

  /** Reads the library list anew (page by page). */
  async refreshLibrary() {
    await this.#setLibrary(await this.call('library', { offset: 0, limit: LIBRARY_PAGE }));
  }

  /**
   * Takes a library list whose first page came with a reply, fetching the other pages: each page
   * is its own message, so receiving a list of 10,000 articles never blocks the page for long.
   */
  async #setLibrary(first: LibraryInfo) {
    const articles = [...first.articles];
    while (articles.length < first.total) {
      const page = await this.call('library', { offset: articles.length, limit: LIBRARY_PAGE });
      if (page.total !== first.total || page.articles.length === 0) return this.refreshLibrary(); // the list changed meanwhile
      articles.push(...page.articles);
    }
    this.library = { ...first, articles, offset: 0, total: articles.length };
  }

  get busy() {
    return this.progress !== null;
  }

  /** Runs a long job (ingest, re-extraction) with progress; one at a time. */
  async #job<K extends 'ingest' | 'setLists' | 'reextract'>(
    type: K,
    params: Api[K]['params'],
    initial: IngestProgress,
  ): Promise<Api[K]['result'] | null> {
    if (this.busy) return null;
    this.error = null;
    this.cancelled = false;
    this.progress = initial;
    try {
      return await this.call(type, params, (p) => (this.progress = p));
    } catch (e) {
      if (e instanceof CancelledError) this.cancelled = true;
      else this.error = (e as Error).message;
      await this.refreshLibrary().catch(() => {});
      return null;
    } finally {
      this.progress = null;
    }
  }

  async ingest(files: FileInput[]) {
    if (files.length === 0) return;
    this.outcomes = null;
    const bytesTotal = files.reduce((n, f) => n + f.file.size, 0);
    const result = await this.#job('ingest', { files }, startProgress('reading', { filesTotal: files.length, bytesTotal }));
    if (result) {
      this.outcomes = result.outcomes;
      await this.#setLibrary(result.library);
    }
  }

  async #reextractJob(type: 'setLists' | 'reextract', params: Api['setLists' | 'reextract']['params']) {
    const initial = startProgress('reextracting', { articlesTotal: this.library?.articles.length ?? 0 });
    const library = await this.#job(type, params as never, initial);
    if (library) await this.#setLibrary(library);
  }

  /** Re-extracts the library (after an engine update or a change of the user's lists). */
  reextract() {
    return this.#reextractJob('reextract', {});
  }

  lists(): Promise<UserLists> {
    return this.call('lists', {});
  }

  setLists(lists: UserLists) {
    return this.#reextractJob('setLists', { lists: $state.snapshot(lists) as UserLists });
  }

  /** Stops the running ingest at once: the worker is terminated and a fresh one started. */
  cancel() {
    if (!this.#worker) return;
    this.#worker.terminate();
    this.#worker = null;
    this.#failAll(new CancelledError());
  }

  article(articleId: string): Promise<CorrectedArticle | null> {
    return this.call('article', { articleId });
  }

  async correct(articleId: string, correction: Correction): Promise<CorrectedArticle> {
    const served = await this.call('correct', { articleId, correction });
    await this.refreshLibrary();
    return served;
  }

  async uncorrect(articleId: string, at?: number): Promise<CorrectedArticle> {
    const served = await this.call('uncorrect', { articleId, at });
    await this.refreshLibrary();
    return served;
  }

  async clear(forgetCorrections: boolean) {
    await this.#setLibrary(await this.call('clear', { forgetCorrections }));
    this.outcomes = null;
  }
}
