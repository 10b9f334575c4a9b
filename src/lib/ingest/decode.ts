/**
 * Turns a text file's bytes into a string and names the encoding used: a byte-order mark first,
 * then UTF-16 without a mark (zero bytes on one side of each pair), then strict UTF-8, then a
 * declared charset (HTML <meta charset>), then the legacy code page whose decoding reads most
 * like real Arabic, Russian or Western words (see encoding-guess.ts). Line endings become "\n"
 * and the BOM is dropped; nothing else is changed.
 */
import { guessEncoding } from './encoding-guess';

export interface Decoded {
  text: string;
  /** WHATWG encoding name used: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1256', … */
  encoding: string;
  /** How the encoding was chosen. */
  basis: 'bom' | 'utf-16 pattern' | 'valid utf-8' | 'declared' | 'guessed';
}

export type Utf16 = 'utf-16le' | 'utf-16be';

/** The encoding a byte-order mark announces, or null. */
export function detectBom(bytes: Uint8Array): 'utf-8' | Utf16 | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: the high byte of ASCII characters (spaces, digits, newlines) is zero, so
 * zero bytes pile up at odd offsets (little-endian) or even offsets (big-endian) and nowhere else.
 */
export function detectUtf16Pattern(bytes: Uint8Array): Utf16 | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i & 1) zeroOdd++;
      else zeroEven++;
    }
  }
  const pairs = n / 2;
  let label: Utf16 | null = null;
  if (zeroOdd >= pairs * 0.1 && zeroEven <= pairs * 0.01) label = 'utf-16le';
  else if (zeroEven >= pairs * 0.1 && zeroOdd <= pairs * 0.01) label = 'utf-16be';
  if (!label) return null;
  const text = tryDecode(label, bytes.subarray(0, n));
  if (text === null) return null;
  // Real text has few control characters; binary data read as UTF-16 has many.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls <= text.length * 0.01 ? label : null;
}

/** Decodes strictly; null when the bytes are not valid in that encoding. */
export function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The WHATWG name for a charset label, or null when TextDecoder does not know it. */
export function normaliseLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes a text file. `declared` is a charset the content itself names (HTML <meta charset>);
 * it is used only when the bytes are not valid UTF-8 (pages are often re-saved as UTF-8 while
 * keeping their old declaration).
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = detectBom(bytes);
  if (bom) return finish(new TextDecoder(bom).decode(bytes), bom, 'bom');
  const utf16 = detectUtf16Pattern(bytes);
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16, 'utf-16 pattern');
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8', 'valid utf-8');
  const label = declared ? normaliseLabel(declared) : null;
  if (label && label !== 'utf-8' && !label.startsWith('utf-16')) {
    return finish(new TextDecoder(label).decode(bytes), label, 'declared');
  }
  const guessed = guessEncoding(bytes);
  return finish(new TextDecoder(guessed).decode(bytes), guessed, 'guessed');
}

function finish(text: string, encoding: string, basis: Decoded['basis']): Decoded {
  return { text: normaliseNewlines(text.replace(/^\ufeff/, '')), encoding, basis };
}

/** CRLF and lone CR become LF. */
export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
