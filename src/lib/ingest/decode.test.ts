import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectUtf16Pattern } from './decode';
import { guessEncoding, plausibility } from './encoding-guess';

const SEEDS = new URL('../../../../shared/corpus/seeds/', import.meta.url);

/** Encodes with a single-byte code page by inverting TextDecoder's table (for test inputs only). */
function encodeSingleByte(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 255; b >= 0; b--) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from(text, (ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${ch} not in ${label}`);
    return b;
  });
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (endian === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

const ARABIC =
  'قال نائب وزير الخارجية الروسي إن موسكو ستواصل دعم سوريا في حربها ضد الإرهاب، مشددا على أنه لا يوجد حل عسكري للأزمة.';
const RUSSIAN =
  'Министр иностранных дел России Сергей Лавров заявил, что Москва продолжит поддерживать Дамаск в борьбе с терроризмом.';

describe('decodeBytes', () => {
  it('reads every seed file as valid UTF-8 and keeps its text unchanged', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const bytes = readFileSync(new URL(f, SEEDS));
      const decoded = decodeBytes(bytes);
      expect(decoded.encoding).toBe('utf-8');
      expect(decoded.basis).toBe('valid utf-8');
      expect(decoded.text).toBe(bytes.toString('utf8').replace(/\r\n?/g, '\n'));
    }
  });

  it('strips a UTF-8 BOM and turns CRLF and lone CR into LF, keeping U+00A0', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\nb\rc\u00a0d')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'a\nb\nc\u00a0d', encoding: 'utf-8', basis: 'bom' });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decodeBytes(utf16(ARABIC, 'le', true))).toEqual({
      text: ARABIC,
      encoding: 'utf-16le',
      basis: 'bom',
    });
    expect(decodeBytes(utf16(RUSSIAN, 'be', true))).toEqual({
      text: RUSSIAN,
      encoding: 'utf-16be',
      basis: 'bom',
    });
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    expect(detectUtf16Pattern(utf16(ARABIC, 'le', false))).toBe('utf-16le');
    expect(decodeBytes(utf16('Syria talks in Geneva', 'be', false)).text).toBe('Syria talks in Geneva');
    expect(detectUtf16Pattern(new TextEncoder().encode(ARABIC))).toBeNull();
  });

  it('decodes windows-1256 Arabic (known bytes of سوريا)', () => {
    // س is 0xD3 in windows-1256 (0xC3 would be أ).
    const bytes = new Uint8Array([0xd3, 0xe6, 0xd1, 0xed, 0xc7]);
    expect(decodeBytes(bytes)).toEqual({ text: 'سوريا', encoding: 'windows-1256', basis: 'guessed' });
    expect(decodeBytes(new Uint8Array([0xc3, 0xe6, 0xd1, 0xed, 0xc7])).text).toBe('أوريا');
  });

  it('decodes a windows-1256 article, not as windows-1251', () => {
    const decoded = decodeBytes(encodeSingleByte(ARABIC, 'windows-1256'));
    expect(decoded.encoding).toBe('windows-1256');
    expect(decoded.text).toBe(ARABIC);
  });

  it('decodes windows-1251 Russian (known bytes of Москва), not as windows-1256', () => {
    expect(decodeBytes(new Uint8Array([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0])).text).toBe('Москва');
    const decoded = decodeBytes(encodeSingleByte(RUSSIAN, 'windows-1251'));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toBe(RUSSIAN);
  });

  it('falls back to windows-1252 for Western text', () => {
    const text = 'Le ministre a déclaré à Genève que la crise était grave.';
    expect(decodeBytes(encodeSingleByte(text, 'windows-1252'))).toEqual({
      text,
      encoding: 'windows-1252',
      basis: 'guessed',
    });
  });

  it('keeps UTF-8 when only a byte or two is broken, replacing them', () => {
    const bytes = new TextEncoder().encode(ARABIC);
    const broken = new Uint8Array([...bytes.subarray(0, 11), 0xff, ...bytes.subarray(11)]);
    const decoded = decodeBytes(broken);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.basis).toBe('guessed');
    expect(decoded.text).toBe(ARABIC.slice(0, 6) + '\ufffd' + ARABIC.slice(6));
    // Cut in the middle of the last character.
    expect(decodeBytes(bytes.subarray(0, bytes.length - 2)).encoding).toBe('utf-8');
  });

  it('honours a declared charset only when the bytes are not valid UTF-8', () => {
    const cp = encodeSingleByte('سوريا', 'windows-1256');
    expect(decodeBytes(cp, 'windows-1256').basis).toBe('declared');
    expect(decodeBytes(new TextEncoder().encode('سوريا'), 'windows-1256')).toMatchObject({
      text: 'سوريا',
      encoding: 'utf-8',
    });
    // An unknown label is ignored.
    expect(decodeBytes(cp, 'x-no-such-charset')).toMatchObject({ text: 'سوريا', basis: 'guessed' });
  });
});

describe('guessEncoding / plausibility', () => {
  it('scores real words above mojibake', () => {
    expect(plausibility(ARABIC)).toBeGreaterThan(0);
    expect(
      plausibility(new TextDecoder('windows-1251').decode(encodeSingleByte(ARABIC, 'windows-1256'))),
    ).toBeLessThan(0);
    expect(
      plausibility(new TextDecoder('windows-1256').decode(encodeSingleByte(RUSSIAN, 'windows-1251'))),
    ).toBeLessThan(0);
    expect(guessEncoding(encodeSingleByte(RUSSIAN, 'windows-1251'))).toBe('windows-1251');
  });
});
