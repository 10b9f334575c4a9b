/**
 * Content ids: the stable identity of a file or an article, used for de-duplication, storage keys
 * and permalinks. SHA-256 (Web Crypto, present in browsers, workers and Node ≥ 20), hex, truncated.
 *
 * NOTE: ids are persisted and travel in permalinks. Never change how they are computed; add a new
 * prefix instead.
 */

const encoder = new TextEncoder();

async function sha256Hex(bytes: Uint8Array, hexChars: number): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (let i = 0; i < hexChars / 2; i++) hex += digest[i].toString(16).padStart(2, '0');
  return hex;
}

/** Id of a file's bytes: 'f' + 24 hex chars. */
export function fileId(bytes: Uint8Array): Promise<string> {
  return sha256Hex(bytes, 24).then((h) => 'f' + h);
}

/**
 * Id of an article: 'a' + 24 hex chars of SHA-256 over its text with line endings and runs of
 * spaces normalised, so the same article read from .txt, .html or a zip gets the same id.
 */
export function articleId(text: string): Promise<string> {
  return sha256Hex(encoder.encode(normaliseForId(text)), 24).then((h) => 'a' + h);
}

/**
 * The text an article id is computed from: NFC, line endings as \n, each run of spaces, tabs,
 * no-break spaces and direction marks as one space, no space at either end of a line, trimmed.
 * Defined by normaliseForIdSlow (the regex form); this is the same in one pass that copies the
 * text's untouched stretches whole (most of a page needs no change).
 */
export function normaliseForId(text: string): string {
  const s = text.normalize('NFC');
  const n = s.length;
  let out = '';
  /** Start of the stretch of `s` not yet copied to `out`. */
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x0d || (isIdSpace(c) && (c !== 0x20 || isIdSpace(s.charCodeAt(i + 1)) || nearBreak(s, i)))) {
      // a stretch of spaces and line breaks that changes: write what it becomes (spaces next to
      // a line break go, other runs become one space)
      let j = i;
      let breaks = '';
      let space = false;
      let afterBreak = i > 0 && (s.charCodeAt(i - 1) === 0x0a || s.charCodeAt(i - 1) === 0x0d);
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isIdSpace(d)) {
          if (!afterBreak) space = true;
        } else if (d === 0x0a || d === 0x0d) {
          breaks += '\n';
          space = false;
          afterBreak = true;
          if (d === 0x0d && s.charCodeAt(j + 1) === 0x0a) j++;
        } else break;
        j++;
      }
      out += s.slice(from, i) + (breaks || (space ? ' ' : ''));
      from = i = j;
      continue;
    }
    i++;
  }
  return (from === 0 ? s : out + s.slice(from)).trim();
}

/** Characters folded into one space: space, tab, no-break space, right-to-left and left-to-right marks. */
function isIdSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200f || c === 0x200e;
}

/** Whether the space at i touches a line break (\n or \r) on either side. */
function nearBreak(s: string, i: number): boolean {
  const b = s.charCodeAt(i - 1);
  const a = s.charCodeAt(i + 1);
  return b === 0x0a || b === 0x0d || a === 0x0a || a === 0x0d;
}

/** The definition normaliseForId follows (kept for the tests). */
export function normaliseForIdSlow(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u200f\u200e]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}
