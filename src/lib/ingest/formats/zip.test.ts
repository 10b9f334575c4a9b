import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type IngestLimits } from '../limits';
import { readFile } from '../read-file';
import type { IngestItem } from '../types';
import { entryName, isSkipped } from './zip';

/** What each item says, compactly: [entry, text] for records, [entry, reason] for rejections. */
function summary(items: IngestItem[]): [string | null, string][] {
  return items.map((i) =>
    i.kind === 'record' ? [i.record.entry, i.record.text] : [i.entry, `REJECTED ${i.reason}`],
  );
}

const read = (bytes: Uint8Array, limits?: Partial<IngestLimits>, name = 'archive.zip') => [
  ...readFile(name, bytes, { ...DEFAULT_LIMITS, ...limits }),
];

/** Text that deflate cannot shrink much (so size limits, not the ratio guard, are what trips). */
function noisyText(length: number, seed = 1): string {
  let s = '';
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += String.fromCharCode(97 + ((x >>> 16) % 26));
  }
  return s;
}

/** A zip written by fflate's streaming Zip: sizes unknown in the local headers (data descriptors). */
function streamedZip(files: Record<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}

describe('zip', () => {
  const files: Zippable = {
    'news/a.txt': strToU8('first article'),
    'news/b.html': strToU8('<title>T</title><p>second article</p>'),
    'c.jsonl': strToU8('{"text": "third"}\n{"text": "fourth"}\n'),
    'empty.txt': new Uint8Array(0),
    'photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    '__MACOSX/news/._a.txt': strToU8('junk'),
    '.DS_Store': strToU8('junk'),
    'news/Thumbs.db': strToU8('junk'),
    'folder/': new Uint8Array(0),
  };

  it('reads every entry by its name, numbers records across entries, skips folders and junk', () => {
    const items = read(zipSync(files));
    expect(summary(items)).toEqual([
      ['news/a.txt', 'first article'],
      ['news/b.html', 'second article'],
      ['c.jsonl', 'third'],
      ['c.jsonl', 'fourth'],
      ['empty.txt', 'REJECTED empty file'],
      ['photo.png', 'REJECTED binary file (PNG image)'],
    ]);
    expect(items.flatMap((i) => (i.kind === 'record' ? [i.record.record] : []))).toEqual([0, 1, 2, 3]);
    expect(items[1]).toMatchObject({ record: { meta: { format: 'html', title: 'T', encoding: 'utf-8' } } });
  });

  it('reads zips written with data descriptors (streamed, sizes unknown up front)', () => {
    const zip = streamedZip({ 'a.txt': strToU8('alpha'), 'b.txt': strToU8('beta') });
    expect(summary(read(zip))).toEqual([
      ['a.txt', 'alpha'],
      ['b.txt', 'beta'],
    ]);
  });

  it('opens nested zips, with the path through them, up to maxZipDepth', () => {
    const level3 = zipSync({ 'deep.txt': strToU8('deep') });
    const level2 = zipSync({ 'inner.zip': level3, 'mid.txt': strToU8('mid') });
    const level1 = zipSync({ 'sub/nested.zip': level2, 'top.txt': strToU8('top') });
    expect(summary(read(level1))).toEqual([
      ['sub/nested.zip/inner.zip/deep.txt', 'deep'],
      ['sub/nested.zip/mid.txt', 'mid'],
      ['top.txt', 'top'],
    ]);
    expect(summary(read(level1, { maxZipDepth: 2 }))).toEqual([
      ['sub/nested.zip/inner.zip', 'REJECTED zip nested deeper than 2 levels'],
      ['sub/nested.zip/mid.txt', 'mid'],
      ['top.txt', 'top'],
    ]);
  });

  it('rejects a ratio bomb without expanding it', () => {
    const zip = zipSync({
      'ok.txt': strToU8('fine'),
      'zeros.txt': new Uint8Array(30 * 1024 * 1024),
      'after.txt': strToU8('after'),
    });
    expect(zip.length).toBeLessThan(100_000);
    expect(summary(read(zip))).toEqual([
      ['ok.txt', 'fine'],
      ['zeros.txt', 'REJECTED zip entry expands more than 200 times its compressed size (a zip bomb?)'],
      ['after.txt', 'after'],
    ]);
  });

  it('catches a bomb in a streamed zip whose headers declare no sizes', () => {
    const zip = streamedZip({ 'zeros.txt': new Uint8Array(20 * 1024 * 1024) });
    expect(summary(read(zip))).toEqual([
      ['zeros.txt', 'REJECTED zip entry expands more than 200 times its compressed size (a zip bomb?)'],
    ]);
  });

  it('rejects an entry whose declared size passes the limit', () => {
    const zip = zipSync({ 'big.txt': strToU8(noisyText(5000)), 'small.txt': strToU8('small') });
    expect(summary(read(zip, { maxEntryExpandedBytes: 2048 }))).toEqual([
      ['big.txt', 'REJECTED zip entry expands beyond 2 KB'],
      ['small.txt', 'small'],
    ]);
  });

  it('does not trust a header that understates the expanded size', () => {
    const zip = zipSync({ 'liar.txt': strToU8(noisyText(200_000)) });
    new DataView(zip.buffer).setUint32(22, 10, true); // local header: uncompressed size = 10
    expect(summary(read(zip, { maxEntryExpandedBytes: 100 * 1024 }))).toEqual([
      ['liar.txt', 'REJECTED zip entry expands beyond 100 KB'],
    ]);
  });

  it('stops at the total expanded limit and says the rest was not read', () => {
    const zip = zipSync({
      'a.txt': strToU8(noisyText(30_000, 1)),
      'b.txt': strToU8(noisyText(30_000, 2)),
      'c.txt': strToU8('c'),
    });
    const items = summary(read(zip, { maxTotalExpandedBytes: 50_000 }));
    expect(items[0][0]).toBe('a.txt');
    expect(items.slice(1)).toEqual([
      ['b.txt', 'REJECTED zip contents expand beyond the 48.8 KB total limit'],
      [null, 'REJECTED zip file expands beyond the 48.8 KB total limit; the remaining entries were not read'],
    ]);
  });

  it('keeps the entries read before a truncation', () => {
    const zip = zipSync({
      'a.txt': strToU8('alpha'),
      'b.txt': strToU8(noisyText(5000)),
      'c.txt': strToU8('gamma'),
    });
    // Cut inside b.txt's data.
    expect(summary(read(zip.subarray(0, 200)))).toEqual([
      ['a.txt', 'alpha'],
      [null, 'REJECTED damaged zip file (it ends in the middle of "b.txt")'],
    ]);
    // Cut inside the central directory: all entries are there, the end is not.
    const items = summary(read(zip.subarray(0, zip.length - 40)));
    expect(items.map((i) => i[0])).toEqual(['a.txt', 'b.txt', 'c.txt', null]);
    expect(items[3][1]).toBe(
      'REJECTED damaged zip file (the end of the archive is missing; the file looks truncated)',
    );
  });

  it('rejects corrupt entry data and unsupported compression methods', () => {
    const zip = zipSync({ 'a.txt': strToU8(noisyText(2000)), 'b.txt': strToU8('beta') });
    const corrupt = zip.slice();
    corrupt.fill(0xff, 30 + 5, 30 + 5 + 40); // over a.txt's deflate stream
    const items = summary(read(corrupt));
    expect(items[0][0]).toBe('a.txt');
    expect(items[0][1]).toMatch(/^REJECTED damaged zip file \(entry data is corrupt: .+\)$/);

    const bzip = zipSync({ 'a.txt': strToU8('alpha') });
    new DataView(bzip.buffer).setUint16(8, 12, true); // method 12 = bzip2
    expect(summary(read(bzip))).toEqual([
      ['a.txt', 'REJECTED zip entry uses a compression method this app cannot unpack (bzip2)'],
    ]);
  });

  it('reads a zip whatever its name, and says when it holds nothing', () => {
    expect(summary(read(zipSync({ 'a.txt': strToU8('alpha') }), {}, 'looks-like.txt'))).toEqual([
      ['a.txt', 'alpha'],
    ]);
    expect(summary(read(zipSync({ 'folder/': new Uint8Array(0) })))).toEqual([
      [null, 'REJECTED the zip archive holds no files'],
    ]);
  });
});

describe('entry names', () => {
  it('re-reads UTF-8 names stored without the UTF-8 flag, and normalises separators', () => {
    const latin1 = String.fromCharCode(...new TextEncoder().encode('أخبار/سوريا.txt'));
    expect(entryName(latin1)).toBe('أخبار/سوريا.txt');
    expect(entryName('.\\dir\\a.txt')).toBe('dir/a.txt');
    expect(entryName('café.txt')).toBe('café.txt');
  });
  it('skips folders and system junk only', () => {
    expect(['dir/', '__MACOSX/a.txt', 'x/.DS_Store', 'Thumbs.db', 'x/._a.txt'].every(isSkipped)).toBe(true);
    expect(['a.txt', 'macosx.txt', 'dir/thumbs.txt'].some(isSkipped)).toBe(false);
  });
});
