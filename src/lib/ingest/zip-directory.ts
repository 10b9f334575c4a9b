/**
 * Reads a zip file's table of contents (the central directory at its end) without unpacking
 * anything: whether the end record is there at all (a truncated zip has none) and the entry
 * names, which tell a Word/Excel document or an EPUB apart from a zip of articles.
 */

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const MAX_COMMENT = 0xffff;

export interface ZipDirectory {
  /** Entry names from the central directory; empty when it could not be read (zip64, damage). */
  names: string[];
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

/** Offset of the end-of-central-directory record, or -1 when the zip has none. */
export function findEndRecord(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === EOCD_SIG && i + 22 + u16(bytes, i + 20) <= bytes.length)
      return i;
  }
  return -1;
}

/** The central directory, or null when the zip has no end record (truncated or not a zip). */
export function readZipDirectory(bytes: Uint8Array, maxNames = 10_000): ZipDirectory | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  const offset = u32(bytes, end + 16);
  const names: string[] = [];
  if (offset === 0xffffffff) return { names };
  const latin1 = new TextDecoder('windows-1252');
  let p = offset;
  for (let n = 0; n < count && n < maxNames; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CDH_SIG) return { names: [] };
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const raw = bytes.subarray(p + 46, p + 46 + nameLength);
    names.push(u16(bytes, p + 8) & 0x800 ? new TextDecoder().decode(raw) : latin1.decode(raw));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { names };
}

/** "Word document", "Excel workbook", … when the zip is an office document or e-book, else null. */
export function documentKind(bytes: Uint8Array): string | null {
  // An OpenDocument / EPUB file starts with an uncompressed "mimetype" entry.
  if (
    u16(bytes, 26) === 8 &&
    u16(bytes, 8) === 0 &&
    String.fromCharCode(...bytes.subarray(30, 38)) === 'mimetype'
  ) {
    const mime = String.fromCharCode(...bytes.subarray(38 + u16(bytes, 28), 38 + u16(bytes, 28) + 60));
    if (mime.startsWith('application/epub+zip')) return 'EPUB e-book';
    if (mime.startsWith('application/vnd.oasis.opendocument.text')) return 'OpenDocument text';
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'OpenDocument spreadsheet';
    if (mime.startsWith('application/vnd.oasis.opendocument')) return 'OpenDocument file';
  }
  let names = readZipDirectory(bytes)?.names ?? [];
  if (names.length === 0 && bytes.length >= 30) {
    // No readable directory (truncated): the first local header still names the first entry.
    names = [String.fromCharCode(...bytes.subarray(30, 30 + Math.min(u16(bytes, 26), 64)))];
  }
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return 'Word document';
  if (names.some((n) => n.startsWith('xl/'))) return 'Excel workbook';
  if (names.some((n) => n.startsWith('ppt/'))) return 'PowerPoint presentation';
  return 'Office document';
}
