/**
 * Small text helpers the extraction modules share: white-space folding, the normal form used to
 * compare lines (across a page and across documents), word counting by script, and a fast
 * non-cryptographic string hash for the cross-document line counts. No state, no DOM.
 */

/** Arabic diacritics (harakat), tatweel and directional marks: ignored when comparing lines. */
const IGNORABLE = /[\u064b-\u065f\u0670\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const BULLET_PREFIX = /^[\s•·▪◦●○■□►▶»«\-–—*+|>]+/u;

/** Every run of white space (no-break spaces included) folded to one space, trimmed. */
export function foldSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/**
 * The form in which two lines count as "the same line": NFC, no diacritics or tatweel, bullets
 * and indentation gone, digits as 0 ("45 خبر" = "25 خبر"), punctuation dropped, lower case.
 */
export function lineKey(s: string): string {
  return foldSpaces(
    s
      .normalize('NFC')
      .replace(IGNORABLE, '')
      .replace(BULLET_PREFIX, '')
      .toLowerCase()
      .replace(/[0-9\u0660-\u0669\u06f0-\u06f9]+/g, '0')
      .replace(/[^\p{L}\p{N}\s]+/gu, ' '),
  );
}

/** Looser form for matching a headline against a line or a meta title (keeps digits). */
export function matchKey(s: string): string {
  return foldSpaces(
    s
      .normalize('NFC')
      .replace(IGNORABLE, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]+/gu, ' '),
  );
}

/** Words: runs of letters or digits. */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu) ?? [];
}

export function wordCount(s: string): number {
  return words(s).length;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex characters. */
export function hash32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Counts of Arabic, Cyrillic and Latin letters in a string. */
export function scriptCounts(s: string): { arabic: number; cyrillic: number; latin: number } {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc))
      arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    )
      latin++;
  }
  return { arabic, cyrillic, latin };
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
