/**
 * Character-level text normalisation for near-duplicate detection. Two outlets rewriting the same
 * story differ in spelling conventions more than in words: hamza seats (أ/إ/آ/ا), final ى/ي and
 * ة/ه, diacritics and tatweel, Arabic-Indic vs ASCII digits, quote styles, ё/е, letter case. This
 * module folds all of that in one pass over the string with a 64K lookup table, and turns every
 * character that cannot be part of a word (punctuation, quotes, symbols, spaces of any kind) into
 * a plain space, keeping line breaks as '\n' so callers can work line by line. Word-level folding
 * (clitic prefixes) lives in tokens.ts.
 */

/** 0 = drop, COMPOSABLE = drop but NFC would change the text, otherwise the code unit to emit. */
let table: Uint16Array | null = null;

const COMPOSABLE = 1;
const SPACE = 0x20;
const NEWLINE = 0x0a;

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  const word = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = c; // surrogate halves pass through (astral letters stay glued, emoji become noise words)
      continue;
    }
    const ch = String.fromCharCode(c);
    if (word.test(ch))
      t[c] = ch.toLowerCase().charCodeAt(0); // lower-case: one code unit is enough
    else if (mark.test(ch))
      t[c] = 0; // combining marks: Arabic harakat, Latin accents after NFD-less input
    else t[c] = SPACE;
  }
  // Line breaks.
  for (const c of [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) t[c] = NEWLINE;
  // Invisible format characters: drop (they sit inside words in scraped Arabic).
  for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x061c, 0x00ad]) t[c] = 0;
  for (let c = 0x202a; c <= 0x202e; c++) t[c] = 0;
  for (let c = 0x2066; c <= 0x2069; c++) t[c] = 0;
  // Arabic diacritics, Quranic marks, superscript alef, tatweel.
  for (let c = 0x0610; c <= 0x061a; c++) t[c] = 0;
  for (let c = 0x064b; c <= 0x065f; c++) t[c] = 0;
  for (let c = 0x06d6; c <= 0x06ed; c++) t[c] = 0;
  t[0x0670] = 0;
  t[0x0640] = 0;
  // Marks that NFC composes with a preceding letter (Latin/Cyrillic accents, Arabic madda/hamza).
  for (let c = 0x0300; c <= 0x036f; c++) t[c] = COMPOSABLE;
  for (let c = 0x0653; c <= 0x0655; c++) t[c] = COMPOSABLE;
  // Alef forms → bare alef; alef maqsura → ya; ta marbuta → ha; hamza on seats → hamza.
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) t[c] = 0x0627;
  t[0x0649] = 0x064a;
  t[0x0629] = 0x0647;
  t[0x0624] = 0x0621;
  t[0x0626] = 0x0621;
  // Persian/Urdu letter shapes found in Arabic-script pages.
  t[0x06cc] = 0x064a; // ی
  t[0x06d2] = 0x064a; // ے
  t[0x06a9] = 0x0643; // ک
  t[0x06c1] = 0x0647; // ہ
  t[0x06d5] = 0x0647; // ە
  // Arabic-Indic and Persian digits → ASCII.
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  // Cyrillic ё → е (after lower-casing, but map the capital too).
  t[0x0451] = 0x0435;
  t[0x0401] = 0x0435;
  return t;
}

/**
 * NFC, lower-case (Latin, Cyrillic, Greek…; per code unit, by table), fold Arabic spelling variants and digits, drop
 * diacritics/tatweel/format characters, turn every non-word character into a space (0x20); line
 * breaks become 0x0A. Returns the UTF-16 code units (the fast path for tokens.ts).
 */
export function normaliseCodes(text: string): Uint16Array {
  if (table === null) table = buildTable();
  const t = table;
  const n = text.length;
  const out = new Uint16Array(n);
  let j = 0;
  let composable = false;
  for (let i = 0; i < n; i++) {
    const m = t[text.charCodeAt(i)];
    if (m > COMPOSABLE) out[j++] = m;
    else if (m === COMPOSABLE) composable = true;
  }
  // NFC only matters when a combining mark could compose with its base letter (accents written
  // separately, madda/hamza above or below): then do it again on the NFC form.
  if (composable) {
    const nfc = text.normalize('NFC');
    j = 0;
    for (let i = 0; i < nfc.length; i++) {
      const m = t[nfc.charCodeAt(i)];
      if (m > COMPOSABLE) out[j++] = m;
    }
  }
  return out.subarray(0, j);
}

/** normaliseCodes as a string. Runs of spaces are left as they are. */
export function normaliseText(text: string): string {
  const codes = normaliseCodes(text);
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return s;
}
