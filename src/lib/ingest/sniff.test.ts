import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { looksBinary, magicFormat, sniff, sniffTextFormat } from './sniff';
import { documentKind, findEndRecord } from './zip-directory';

const bytes = (...parts: (number | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...p].map((c) => c.charCodeAt(0)))));
const pad = (b: Uint8Array) => new Uint8Array([...b, ...new Uint8Array(64).fill(7)]);

describe('sniff', () => {
  it('names common binary formats by their magic numbers', () => {
    expect(sniff(pad(bytes(0x89, 'PNG\r\n', 0x1a, '\n')))).toEqual({ kind: 'binary', what: 'PNG image' });
    expect(magicFormat(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('JPEG image');
    expect(magicFormat(bytes('GIF89a'))).toBe('GIF image');
    expect(magicFormat(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('WebP image');
    expect(magicFormat(bytes('%PDF-1.7\n'))).toBe('PDF document');
    expect(magicFormat(bytes(0x1f, 0x8b, 8))).toBe('gzip archive');
    expect(magicFormat(bytes('7z', 0xbc, 0xaf, 0x27, 0x1c))).toBe('7z archive');
    expect(magicFormat(bytes('Rar!', 0x1a, 0x07, 0))).toBe('RAR archive');
    expect(magicFormat(bytes('ID3', 3, 0, 0))).toBe('MP3 audio');
    expect(magicFormat(bytes(0xff, 0xfb, 0x90))).toBe('MP3 audio');
    expect(magicFormat(bytes(0, 0, 0, 0x20, 'ftypisom'))).toBe('MP4 video');
    expect(magicFormat(bytes(0x7f, 'ELF', 2, 1))).toBe('ELF executable');
    expect(magicFormat(bytes('MZ', ...new Array(62).fill(0)))).toBe('Windows program');
    expect(magicFormat(bytes('SQLite format 3', 0))).toBe('SQLite database');
  });

  it('does not mistake text for a binary format', () => {
    expect(magicFormat(new TextEncoder().encode('BMW and MZ Motors said'))).toBeNull();
    expect(sniff(new TextEncoder().encode('ID3 tags are not here'))).toEqual({ kind: 'text' });
    // FF FE is a UTF-16 BOM, not an MP3 frame.
    expect(sniff(bytes(0xff, 0xfe, 'a', 0, 'b', 0))).toEqual({ kind: 'text' });
  });

  it('recognises a zip, and a Word or Excel document inside one', () => {
    expect(sniff(zipSync({ 'a.txt': strToU8('hello') }))).toEqual({ kind: 'zip' });
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document/>'),
    });
    expect(sniff(docx)).toEqual({ kind: 'binary', what: 'Word document' });
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    expect(documentKind(xlsx)).toBe('Excel workbook');
    const epub = zipSync({
      mimetype: [strToU8('application/epub+zip'), { level: 0 }],
      'OEBPS/a.xhtml': strToU8('<p/>'),
    });
    expect(documentKind(epub)).toBe('EPUB e-book');
  });

  it('finds the end record of a whole zip and misses it in a truncated one', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello') });
    expect(findEndRecord(zip)).toBe(zip.length - 22);
    expect(findEndRecord(zip.subarray(0, zip.length - 5))).toBe(-1);
  });

  it('calls unknown data with zero bytes or control characters binary', () => {
    const junk = new Uint8Array(1000).map((_, i) => (i * 37) % 256);
    expect(sniff(junk)).toEqual({ kind: 'binary', what: null });
    expect(looksBinary(new TextEncoder().encode('line one\nline two\ttab\r\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([65, 66, 1, 2, 3, 4, 5, 6, 67]))).toBe(true);
  });

  it('flags RTF as unsupported', () => {
    expect(sniff(bytes('{\\rtf1\\ansi hello}'))).toEqual({ kind: 'unsupported', what: 'RTF document' });
  });

  it('guesses HTML and JSON from content for files without a telling extension', () => {
    expect(sniffTextFormat('\n<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(sniffTextFormat('<html lang="ar"><p>x</p></html>')).toBe('html');
    expect(sniffTextFormat('[{"text": "x"}]')).toBe('json');
    expect(sniffTextFormat('[not json] but a headline')).toBe('txt');
    expect(sniffTextFormat('موسكو – سانا')).toBe('txt');
  });
});
