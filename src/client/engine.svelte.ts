/**
 * Owns the Web Worker: starts it lazily, matches replies to requests by id, exposes the library,
 * the running ingest's progress and the last drop's outcomes as reactive state. Cancel terminates
 * the busy worker and starts a fresh one; what was stored before stays (each file's articles are
 * written together, see worker/stores.ts).
 */
import { PROTOCOL_VERSION } from '../protocol';
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
      this.library = await this.call('library', {});
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  get busy() {
    return this.progress !== null;
  }

  async ingest(files: FileInput[]) {
    if (files.length === 0 || this.busy) return;
    this.error = null;
    this.cancelled = false;
    this.outcomes = null;
    this.progress = {
      phase: 'reading',
      filesDone: 0,
      filesTotal: files.length,
      bytesDone: 0,
      bytesTotal: files.reduce((n, f) => n + f.file.size, 0),
      articlesDone: 0,
      articlesTotal: 0,
      current: null,
    };
    try {
      const result = await this.call('ingest', { files }, (p) => (this.progress = p));
      this.outcomes = result.outcomes;
      this.library = result.library;
    } catch (e) {
      if (e instanceof CancelledError) this.cancelled = true;
      else this.error = (e as Error).message;
      this.library = await this.call('library', {}).catch(() => this.library);
    } finally {
      this.progress = null;
    }
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
    this.library = await this.call('library', {});
    return served;
  }

  async uncorrect(articleId: string, at?: number): Promise<CorrectedArticle> {
    const served = await this.call('uncorrect', { articleId, at });
    this.library = await this.call('library', {});
    return served;
  }

  async clear(forgetCorrections: boolean) {
    this.library = await this.call('clear', { forgetCorrections });
    this.outcomes = null;
  }
}
