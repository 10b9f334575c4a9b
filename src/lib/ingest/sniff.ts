/**
 * Says what a file's bytes are, whatever its name: a zip (read as one even when named .txt), a
 * known binary format (a PNG renamed .txt, a PDF, a Word document…), or text. Magic numbers
 * first, then a zero-byte / control-character count for binaries nobody listed. Also guesses a
 * text format (HTML, JSON) for files whose extension says nothing.
 */
import { detectBom, detectUtf16Pattern } from './decode';
import { documentKind } from './zip-directory';

export type Sniffed =
  | { kind: 'zip' }
  /** `what` names the format ("PNG image") or is null for an unrecognised binary. */
  | { kind: 'binary'; what: string | null }
  | { kind: 'unsupported'; what: string }
  | { kind: 'text' };

type Magic = { at?: number; bytes: (number | string)[]; what: string };

/** Signatures, checked in order. Strings stand for their ASCII bytes. */
const MAGIC: Magic[] = [
  { bytes: [0x89, 'PNG\r\n', 0x1a, '\n'], what: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { bytes: ['GIF87a'], what: 'GIF image' },
  { bytes: ['GIF89a'], what: 'GIF image' },
  { bytes: ['II*', 0], what: 'TIFF image' },
  { bytes: ['MM', 0, '*'], what: 'TIFF image' },
  { bytes: [0, 0, 1, 0], what: 'icon image' },
  { bytes: ['%PDF-'], what: 'PDF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'old-style Word/Excel document' },
  { bytes: [0x1f, 0x8b], what: 'gzip archive' },
  { bytes: ['7z', 0xbc, 0xaf, 0x27, 0x1c], what: '7z archive' },
  { bytes: ['Rar!', 0x1a, 0x07], what: 'RAR archive' },
  { bytes: [0xfd, '7zXZ', 0], what: 'xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd archive' },
  { at: 4, bytes: [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], what: 'bzip2 archive' },
  { bytes: ['OggS'], what: 'Ogg audio/video' },
  { bytes: ['fLaC'], what: 'FLAC audio' },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], what: 'Matroska/WebM video' },
  { at: 4, bytes: ['ftyp'], what: 'MP4 video' },
  { bytes: [0x7f, 'ELF'], what: 'ELF executable' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'Mac executable' },
  { bytes: [0, 'asm'], what: 'WebAssembly module' },
  { bytes: ['SQLite format 3', 0], what: 'SQLite database' },
  { bytes: ['wOFF'], what: 'web font' },
  { bytes: ['wOF2'], what: 'web font' },
];

function flatten(parts: (number | string)[]): number[] {
  return parts.flatMap((p) => (typeof p === 'number' ? [p] : [...p].map((c) => c.charCodeAt(0))));
}

const SIGNATURES = MAGIC.map((m) => ({ at: m.at ?? 0, bytes: flatten(m.bytes), what: m.what }));

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** The named binary format the bytes start with, or null. */
export function magicFormat(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) if (startsWith(bytes, sig.bytes, sig.at)) return sig.what;
  if (ascii(bytes, 0, 4) === 'RIFF') {
    const kind = ascii(bytes, 8, 12);
    return kind === 'WEBP'
      ? 'WebP image'
      : kind === 'WAVE'
        ? 'WAV audio'
        : kind === 'AVI '
          ? 'AVI video'
          : 'RIFF media file';
  }
  if (ascii(bytes, 0, 2) === 'BM' && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0)
    return 'BMP image';
  if (ascii(bytes, 0, 3) === 'ID3' && bytes[3] >= 2 && bytes[3] <= 4 && bytes[4] === 0) return 'MP3 audio';
  // MP3 frame sync (0xFFE/0xFFF plus layer III bits); 0xFF 0xFE is a UTF-16 BOM and handled before.
  if (bytes[0] === 0xff && (bytes[1] & 0xf6) === 0xf2) return 'MP3 audio';
  // DOS/Windows executables start with "MZ" and carry many zero bytes in their header.
  if (ascii(bytes, 0, 2) === 'MZ' && bytes.subarray(0, 64).filter((b) => b === 0).length > 16)
    return 'Windows program';
  return null;
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes((bytes[2] << 8) | bytes[3])
  );
}

/** What the bytes are. Call only with a non-empty file. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (detectBom(bytes)) return { kind: 'text' };
  if (isZip(bytes)) {
    const doc = documentKind(bytes);
    return doc ? { kind: 'binary', what: doc } : { kind: 'zip' };
  }
  const what = magicFormat(bytes);
  if (what) return { kind: 'binary', what };
  if (ascii(bytes, 0, 5) === '{\\rtf') return { kind: 'unsupported', what: 'RTF document' };
  if (detectUtf16Pattern(bytes)) return { kind: 'text' };
  return looksBinary(bytes) ? { kind: 'binary', what: null } : { kind: 'text' };
}

/** Zero bytes or many control characters in the first 8 KB mean binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let zeros = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) zeros++;
    // Allowed: tab, LF, VT, FF, CR, ESC (ANSI colours in logs), and SUB at the end of DOS files.
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 0x1b && b !== 0x1a)
      controls++;
  }
  return zeros > n * 0.001 || zeros + controls > n * 0.05;
}

/** For a text file without a telling extension: HTML, JSON or plain text, judging by its content. */
export function sniffTextFormat(text: string): 'html' | 'json' | 'txt' {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (
    /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html[\s>]|head[\s>]|body[\s>])/.test(head)
  )
    return 'html';
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      return 'txt';
    }
  }
  return 'txt';
}
