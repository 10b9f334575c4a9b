/**
 * Picks the encoding of bytes that are not valid UTF-8, by decoding a sample with each candidate
 * and scoring how much the result reads like real words: a word (run of letters) is plausible
 * when it keeps to one script with a sensible letter case (Arabic, or Cyrillic/Latin written
 * "word", "Word" or "WORD"). Arabic read as windows-1251 gives "ЮЗб жТнС" (mixed case), Russian
 * read as windows-1256 gives "جîٌêâà" (mixed scripts); both score low. UTF-8 with a few broken
 * bytes stays a candidate so one bad byte does not turn a whole UTF-8 file into mojibake.
 */

/** Tried in this order; on equal scores the earlier wins. */
const CANDIDATES = ['utf-8', 'windows-1256', 'windows-1251', 'windows-1252'] as const;
export type GuessedEncoding = (typeof CANDIDATES)[number];

const REQUIRED_SCRIPT: Partial<Record<GuessedEncoding, RegExp>> = {
  'windows-1256': /\p{Script=Arabic}/u,
  'windows-1251': /\p{Script=Cyrillic}/u,
};
const SAMPLE_BYTES = 64 * 1024;
const WORD = /[\p{L}\p{M}\u0640]+/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ARABIC_WORD = /^\p{Script=Arabic}[\p{Script=Arabic}\p{M}\u0640]*$/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const LATIN_WORD = /^\p{Script=Latin}+$/u;
const SENSIBLE_CASE = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u;
/** Characters that show up when bytes are read with the wrong code page (C1 controls, �, ÷, ×, †, ‰…). */
const ODD =
  /[\u0080-\u009f\ufffd\u00a4\u00a6\u00a8\u00af\u00b4\u00b8\u00d7\u00f7\u0192\u02c6\u02dc\u2020\u2021\u2030]/g;

/** The candidate whose decoding of the sample reads best; windows-1252 when none reads as words. */
export function guessEncoding(bytes: Uint8Array): GuessedEncoding {
  const sample = sampleOf(bytes);
  let best: GuessedEncoding = 'windows-1252';
  let bestScore = 0;
  for (const label of CANDIDATES) {
    const text = new TextDecoder(label).decode(sample);
    // A code page is only worth its name when its own script shows up (French reads the same in 1256 and 1252).
    if (REQUIRED_SCRIPT[label] && !REQUIRED_SCRIPT[label]!.test(text)) continue;
    const score = plausibility(text);
    if (score > bestScore) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}

/** The first 64 KB, cut before a UTF-8 sequence that the cut would split. */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  let end = SAMPLE_BYTES;
  while (end > SAMPLE_BYTES - 4 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/** Letters in plausible non-ASCII words, minus letters in implausible ones, minus 3 per odd symbol. */
export function plausibility(text: string): number {
  let score = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (ASCII_ONLY.test(word)) continue;
    score += plausibleWord(word) ? word.length : -word.length;
  }
  const odd = text.match(ODD)?.length ?? 0;
  return score - 3 * odd;
}

function plausibleWord(word: string): boolean {
  if (ARABIC_WORD.test(word)) return true;
  if (CYRILLIC_WORD.test(word)) return SENSIBLE_CASE.test(word);
  if (LATIN_WORD.test(word)) {
    // Western words carry a few accented letters; "Ìîñêâà" (Russian read as cp1252) is all accents.
    let accented = 0;
    for (const ch of word) if (ch > '\x7f') accented++;
    return SENSIBLE_CASE.test(word) && (word.length <= 3 || accented * 2 <= word.length);
  }
  return false;
}
