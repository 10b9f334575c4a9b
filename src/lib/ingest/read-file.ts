/**
 * The dispatcher: takes one file's bytes (dropped, or an entry of a zip), decides what it is
 * (size, emptiness, magic numbers, then the extension or, failing that, the content), decodes
 * text, runs the matching format reader and numbers the records it yields. Never throws for bad
 * input: every problem comes out as a 'rejected' item with a reason a person understands.
 */
import type { RecordMeta, SourceFormat } from '../model/article';
import { decodeBytes, normaliseNewlines } from './decode';
import { readDelimited } from './formats/csv';
import { declaredCharset } from './formats/html-meta';
import { readHtml } from './formats/html';
import { readJson, readJsonLines } from './formats/json';
import { readText } from './formats/txt';
import { readZip, type ZipBudget } from './formats/zip';
import { DEFAULT_LIMITS, formatBytes, type IngestLimits } from './limits';
import { sniff, sniffTextFormat } from './sniff';
import type { IngestItem, ReaderItem } from './types';

const FORMAT_BY_EXTENSION: Record<string, SourceFormat | 'zip'> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  zip: 'zip',
};

/** Extensions accepted, for the file picker's accept attribute. */
export const ACCEPTED_EXTENSIONS: string[] = Object.keys(FORMAT_BY_EXTENSION).map((e) => `.${e}`);

const READERS: Record<SourceFormat, (text: string, base: RecordMeta) => Generator<ReaderItem>> = {
  txt: readText,
  html: readHtml,
  json: readJson,
  jsonl: readJsonLines,
  csv: (text, base) => readDelimited(text, base, 'guess'),
  tsv: (text, base) => readDelimited(text, base, '\t'),
};

interface Context extends ZipBudget {
  nextRecord: number;
}

export function extensionOf(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Reads one file's bytes (any supported format, zip included) and yields its records and rejections in order. */
export function* readFile(
  name: string,
  bytes: Uint8Array,
  limits: IngestLimits = DEFAULT_LIMITS,
): Generator<IngestItem> {
  if (bytes.length > limits.maxFileBytes) {
    yield {
      kind: 'rejected',
      entry: null,
      reason: `larger than the ${formatBytes(limits.maxFileBytes)} limit`,
    };
    return;
  }
  const ctx: Context = { limits, expanded: 0, exceeded: false, exceededReported: false, nextRecord: 0 };
  yield* readBytes(name, bytes, null, 0, ctx);
}

/**
 * Reads a file or zip entry. An unforeseen exception (a bug, an input nobody imagined) becomes a
 * rejection of this entry only; the rest of the zip goes on.
 */
function* readBytes(
  name: string,
  bytes: Uint8Array,
  entry: string | null,
  depth: number,
  ctx: Context,
): Generator<IngestItem> {
  try {
    yield* readUnguarded(name, bytes, entry, depth, ctx);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    yield { kind: 'rejected', entry, reason: `could not be read (${message})` };
  }
}

function* readUnguarded(
  name: string,
  bytes: Uint8Array,
  entry: string | null,
  depth: number,
  ctx: Context,
): Generator<IngestItem> {
  const reject = (reason: string): IngestItem => ({ kind: 'rejected', entry, reason });
  if (bytes.length === 0) return yield reject('empty file');
  const sniffed = sniff(bytes);
  if (sniffed.kind === 'binary') {
    return yield reject(sniffed.what ? `binary file (${sniffed.what})` : 'binary file');
  }
  if (sniffed.kind === 'unsupported') return yield reject(`unsupported format (${sniffed.what})`);
  if (sniffed.kind === 'zip') {
    if (depth >= ctx.limits.maxZipDepth) {
      return yield reject(`zip nested deeper than ${ctx.limits.maxZipDepth} levels`);
    }
    const readEntry = (n: string, b: Uint8Array, path: string, d: number) => readBytes(n, b, path, d, ctx);
    return yield* readZip(bytes, entry, depth + 1, ctx, readEntry);
  }

  const known = FORMAT_BY_EXTENSION[extensionOf(name)];
  if (known === 'zip') return yield reject('damaged zip file (it does not start like a zip archive)');
  const decoded = decodeBytes(bytes, known === 'html' || known === undefined ? declaredCharset(bytes) : null);
  if (!decoded.text.trim()) return yield reject('empty file');
  const format = known ?? sniffTextFormat(decoded.text);
  const base: RecordMeta = { format, encoding: decoded.encoding };
  for (const item of READERS[format](decoded.text, base)) {
    if (item.kind === 'rejected') yield reject(item.reason);
    else {
      const text = normaliseNewlines(item.text).replace(/^\ufeff/, '');
      yield { kind: 'record', record: { text, meta: item.meta, record: ctx.nextRecord++, entry } };
    }
  }
}
