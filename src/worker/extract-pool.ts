/**
 * Extraction on other cores: a small pool of helper workers (extract-worker.ts) that extract
 * chunks of records while the ingest worker stores and indexes what is done. Chunks are handed
 * out to whichever helper is free, at most `ahead` chunks beyond the one being consumed (so a
 * large drop does not pile up extracted articles in memory, while helpers never wait for the
 * ingest worker to finish writing a batch), and results come back in order.
 * A chunk whose helper fails (or a pool that cannot start) is reported as such; the caller
 * extracts it in its own thread.
 */
import type { Extracted, ExtractorSetup, FileJob } from './extractor';
import type { FromExtractWorker, ToExtractWorker } from './extract-messages';

/** The part of a Worker the pool uses (so tests can give it fakes). */
export interface WorkerLike {
  postMessage(msg: ToExtractWorker): void;
  onmessage: ((ev: { data: FromExtractWorker }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  terminate(): void;
}

/** A chunk's result: each of its parts' extraction, in order, or why the chunk failed. */
export type ChunkResult = { extracted: Extracted[] } | { error: string };

interface Helper {
  worker: WorkerLike;
  busy: number | null;
}

export class ExtractPool {
  #helpers: Helper[] = [];
  #broken = false;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly size: number,
    /** Chunks handed out beyond the one being consumed: enough to keep helpers busy while the ingest worker writes a batch. */
    private readonly ahead = 16,
  ) {}

  #start(): Helper[] {
    if (this.#helpers.length === 0 && !this.#broken) {
      try {
        for (let i = 0; i < this.size; i++) this.#helpers.push({ worker: this.spawn(), busy: null });
      } catch {
        this.close();
        this.#broken = true;
      }
    }
    return this.#helpers;
  }

  /** Stops the helpers (a later call starts new ones). */
  close() {
    for (const h of this.#helpers) h.worker.terminate();
    this.#helpers = [];
  }

  /**
   * Extracts the chunks with `setup`, yielding each chunk's result in the order given. With no
   * helper available, every chunk is yielded as an error at once.
   */
  async *extract(setup: ExtractorSetup, chunks: FileJob[][]): AsyncGenerator<ChunkResult> {
    const helpers = this.#start();
    if (helpers.length === 0) {
      for (let i = 0; i < chunks.length; i++) yield { error: 'no extraction helper' };
      return;
    }
    const results = new Map<number, ChunkResult>();
    let next = 0; // next chunk to hand out
    let consumed = 0; // chunks yielded so far
    let wake: (() => void) | null = null;
    const settle = (id: number, r: ChunkResult) => {
      results.set(id, r);
      wake?.();
    };
    const pump = () => {
      for (const h of helpers) {
        if (h.busy !== null || next >= chunks.length || next - consumed >= this.ahead) continue;
        const id = next++;
        h.busy = id;
        h.worker.postMessage({ kind: 'chunk', id, jobs: chunks[id] });
      }
    };
    for (const h of helpers) {
      h.worker.postMessage({ kind: 'setup', setup });
      h.worker.onmessage = ({ data }) => {
        if (h.busy !== data.id) return;
        h.busy = null;
        settle(data.id, data.kind === 'done' ? { extracted: data.extracted } : { error: data.message });
        pump();
      };
      h.worker.onerror = (ev) => {
        (ev as { preventDefault?: () => void })?.preventDefault?.();
        const id = h.busy;
        helpers.splice(helpers.indexOf(h), 1);
        h.worker.terminate();
        if (id !== null) settle(id, { error: 'the extraction helper stopped' });
        if (helpers.length === 0) for (let i = next; i < chunks.length; i++) settle(i, { error: 'no extraction helper' });
        if (helpers.length === 0) next = chunks.length;
        pump();
      };
    }
    pump();
    try {
      while (consumed < chunks.length) {
        const r = results.get(consumed);
        if (!r) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          continue;
        }
        results.delete(consumed);
        consumed++;
        pump();
        yield r;
      }
    } finally {
      // Abandoned early (the consumer stopped): helpers still busy would answer into nothing.
      if (consumed < chunks.length) this.close();
    }
  }
}

/** A slice of one file's records, as a chunk carries it. */
export interface Part extends FileJob {
  /** Index of its file in the list given to packParts. */
  file: number;
  /** True for the last part of its file. */
  last: boolean;
}

/**
 * Cuts files into chunks of at most `size` records: a large file into several chunks, small files
 * packed together; every file gets one part at least (an empty file an empty part, so that its
 * end is seen). Parts are in file and record order.
 */
export function packParts(files: readonly FileJob[], size: number): Part[][] {
  const chunks: Part[][] = [];
  let chunk: Part[] = [];
  let n = 0;
  files.forEach((f, file) => {
    const total = f.records.length;
    let i = 0;
    do {
      if (n >= size) {
        chunks.push(chunk);
        chunk = [];
        n = 0;
      }
      const take = Math.min(size - n, total - i);
      chunk.push({ path: f.path, fileId: f.fileId, records: f.records.slice(i, i + take), file, last: i + take >= total });
      n += take;
      i += take;
    } while (i < total);
  });
  if (chunk.length) chunks.push(chunk);
  return chunks;
}
