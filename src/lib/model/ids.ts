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

export function normaliseForId(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u200f\u200e]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}
