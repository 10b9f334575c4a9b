/**
 * Zip reader: streams the archive through fflate's Unzip (entries inflate chunk by chunk, never
 * all at once) and hands each finished entry back to the dispatcher, which reads it by its name
 * like a dropped file (a nested zip included). Guards, all counted on the bytes that actually
 * come out, whatever the headers declare: an entry's expanded size, its expansion ratio (zip
 * bombs) and the expanded total. Folders and system junk (__MACOSX/, .DS_Store, Thumbs.db) are
 * skipped. A truncated or corrupt archive keeps the records of the entries read before the damage.
 */
import { Unzip, UnzipInflate, type AsyncFlateStreamHandler, type UnzipDecoder, type UnzipFile } from 'fflate';
import { formatBytes, RATIO_FLOOR_BYTES, type IngestLimits } from '../limits';
import type { IngestItem } from '../types';
import { findEndRecord } from '../zip-directory';

/** Shared by a zip and the zips nested in it. */
export interface ZipBudget {
  limits: IngestLimits;
  /** Bytes expanded so far, all levels together. */
  expanded: number;
  exceeded: boolean;
  exceededReported: boolean;
}

/** Reads one entry's bytes like a file; `path` is the entry's full path, `depth` the zip levels above it. */
export type ReadEntry = (
  name: string,
  bytes: Uint8Array,
  path: string,
  depth: number,
) => Generator<IngestItem>;

type Finished = { name: string; data: Uint8Array } | { name: string; reason: string };

interface EntryState {
  name: string;
  deflated: boolean;
  chunks: Uint8Array[];
  size: number;
  /** Compressed bytes fed to the inflater so far. */
  compressed: number;
  stopped: boolean;
  finished: boolean;
}

/** Bytes handed to fflate at a time; bounds how much one push can inflate (~1000× for deflate). */
const CHUNK = 16 * 1024;
const JUNK_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

/** Entry names fflate read as Latin-1 are often UTF-8 written without the UTF-8 flag. */
export function entryName(raw: string): string {
  let name = raw;
  if (/[\u0080-\u00ff]/.test(raw) && !/[^\u0000-\u00ff]/.test(raw)) {
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(raw, (c) => c.charCodeAt(0)));
    } catch {
      // not UTF-8: keep the Latin-1 reading
    }
  }
  return name.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

export function isSkipped(name: string): boolean {
  if (name === '' || name.endsWith('/')) return true;
  const parts = name.split('/');
  const base = parts[parts.length - 1].toLowerCase();
  return parts.includes('__MACOSX') || JUNK_NAMES.has(base) || base.startsWith('._');
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function methodReason(method: number): string {
  if (method === 99) return 'encrypted (password-protected) zip entry';
  const names: Record<number, string> = {
    9: 'Deflate64',
    12: 'bzip2',
    14: 'LZMA',
    93: 'Zstandard',
    95: 'XZ',
  };
  return `zip entry uses a compression method this app cannot unpack (${names[method] ?? `method ${method}`})`;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message === 'unexpected EOF' ? 'unexpected end of data' : message;
}

export function* readZip(
  bytes: Uint8Array,
  path: string | null,
  depth: number,
  budget: ZipBudget,
  readEntry: ReadEntry,
): Generator<IngestItem> {
  const { limits } = budget;
  const finished: Finished[] = [];
  const fullPath = (name: string) => (path ? `${path}/${name}` : name);
  let starting: EntryState | null = null;
  /** The entry inflated last (a holder, so the checks after the loop see closure updates). */
  const last: { entry: EntryState | null } = { entry: null };
  let delivered = 0;

  /** UnzipInflate that counts its input and can really stop (the plain one ignores terminate). */
  class GuardedInflate implements UnzipDecoder {
    static compression = 8;
    ondata: AsyncFlateStreamHandler = () => {};
    private readonly inner = new UnzipInflate();
    private readonly state = starting!;
    private stopped = false;
    constructor() {
      this.inner.ondata = (err, data, final) => {
        if (!this.stopped) this.ondata(err, data, final);
      };
    }
    push(chunk: Uint8Array, final: boolean): void {
      if (this.stopped) return;
      this.state.compressed += chunk.length;
      this.inner.push(chunk, final);
    }
    terminate = (): void => {
      this.stopped = true;
    };
  }

  const onFile = (file: UnzipFile) => {
    const name = entryName(file.name);
    if (isSkipped(name) || budget.exceeded) return;
    if (file.originalSize !== undefined && file.originalSize > limits.maxEntryExpandedBytes) {
      finished.push({
        name,
        reason: `zip entry expands beyond ${formatBytes(limits.maxEntryExpandedBytes)}`,
      });
      return;
    }
    if (file.compression !== 0 && file.compression !== 8) {
      finished.push({ name, reason: methodReason(file.compression) });
      return;
    }
    const state: EntryState = {
      name,
      deflated: file.compression === 8,
      chunks: [],
      size: 0,
      compressed: 0,
      stopped: false,
      finished: false,
    };
    const stop = (reason: string) => {
      state.stopped = true;
      state.chunks = [];
      file.terminate();
      finished.push({ name, reason });
    };
    file.ondata = (err, data, final) => {
      if (state.stopped) return;
      if (err) return stop(`damaged zip file (entry data is corrupt: ${describe(err)})`);
      state.size += data.length;
      budget.expanded += data.length;
      if (state.size > limits.maxEntryExpandedBytes) {
        return stop(`zip entry expands beyond ${formatBytes(limits.maxEntryExpandedBytes)}`);
      }
      if (
        state.deflated &&
        state.size > RATIO_FLOOR_BYTES &&
        state.size > limits.maxZipRatio * Math.max(state.compressed, 1)
      ) {
        return stop(
          `zip entry expands more than ${limits.maxZipRatio} times its compressed size (a zip bomb?)`,
        );
      }
      if (budget.expanded > limits.maxTotalExpandedBytes) {
        budget.exceeded = true;
        return stop(
          `zip contents expand beyond the ${formatBytes(limits.maxTotalExpandedBytes)} total limit`,
        );
      }
      if (data.length) state.chunks.push(data);
      if (final) {
        state.finished = true;
        finished.push({ name, data: concat(state.chunks, state.size) });
        state.chunks = [];
      }
    };
    starting = last.entry = state;
    try {
      file.start();
    } finally {
      starting = null;
    }
  };

  const unzip = new Unzip(onFile);
  unzip.register(GuardedInflate);
  let thrown: string | null = null;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(offset + CHUNK, bytes.length);
    try {
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    } catch (error) {
      thrown = describe(error);
    }
    while (finished.length) {
      const item = finished.shift()!;
      delivered++;
      if ('reason' in item) yield { kind: 'rejected', entry: fullPath(item.name), reason: item.reason };
      else yield* readEntry(item.name, item.data, fullPath(item.name), depth);
    }
    if (thrown || budget.exceeded) break;
  }

  if (budget.exceeded) {
    if (!budget.exceededReported) {
      budget.exceededReported = true;
      const limit = formatBytes(limits.maxTotalExpandedBytes);
      yield {
        kind: 'rejected',
        entry: path,
        reason: `zip file expands beyond the ${limit} total limit; the remaining entries were not read`,
      };
    }
    return;
  }
  let damage: string | null = null;
  const open = last.entry;
  if (open && !open.finished && !open.stopped) damage = `it ends in the middle of "${open.name}"`;
  else if (thrown) damage = thrown;
  else if (findEndRecord(bytes) < 0) damage = 'the end of the archive is missing; the file looks truncated';
  if (damage) yield { kind: 'rejected', entry: path, reason: `damaged zip file (${damage})` };
  else if (delivered === 0) yield { kind: 'rejected', entry: path, reason: 'the zip archive holds no files' };
}
