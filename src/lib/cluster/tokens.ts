/**
 * Word tokens for near-duplicate detection: normalised text (normalise.ts) split into lines and
 * words, with the common Arabic clitic prefixes taken off so that "والولايات" / "الولايات" meet
 * and "وأكد" meets "أكد". Stripping is deliberately conservative and deterministic: the article
 * ال (alone or after و/ف, and as بال/كال/لل), else one leading conjunction و/ف on words of four
 * letters or more. A lone ب/ل/ك is never stripped (بوتين, لافروف, كيري). Being deterministic
 * matters more than being linguistically right: the same surface word always gets the same token.
 * Also a small stopword list for the three languages. Two interfaces: tokenLines gives strings
 * (tests, debugging); tokenHashes gives 32-bit token hashes without building any string (the
 * signature path). Both share cliticSkip, so hashToken(token) equals the hash of the same token.
 */
import { normaliseCodes, normaliseText } from './normalise';

const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;

/**
 * How many leading code units of a word to strip, from its first four code units (0 past the end)
 * and its length.
 */
export function cliticSkip(c0: number, c1: number, c2: number, c3: number, n: number): number {
  if (n < 3 || c0 < 0x0621 || c0 > 0x064a) return 0;
  const conj = c0 === WAW || c0 === FA ? 1 : 0;
  const a = conj ? c1 : c0;
  const b = conj ? c2 : c1;
  const c = conj ? c3 : c2;
  let skip = 0;
  if (a === ALEF && b === LAM)
    skip = conj + 2; // (و)ال…
  else if ((a === BA || a === KAF) && b === ALEF && c === LAM)
    skip = conj + 3; // (و)بال… (و)كال…
  else if (a === LAM && b === LAM) skip = conj + 2; // (و)لل… = ل + ال
  if (skip > 0 && n - skip >= 2) return skip;
  if (conj && n >= 4) return 1;
  return 0;
}

/** Strip Arabic clitic prefixes from one normalised word (see the module comment). */
export function stripClitics(w: string): string {
  const at = (i: number) => (i < w.length ? w.charCodeAt(i) : 0);
  const skip = cliticSkip(at(0), at(1), at(2), at(3), w.length);
  return skip ? w.slice(skip) : w;
}

/** murmur3 32-bit finaliser. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of a token string (FNV-1a over UTF-16 code units, then fmix32). */
export function hashToken(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

const STOPWORD_SOURCE = [
  // Arabic (any spelling: they go through the same normalisation and stripping as the text).
  'في من على الى إلى عن مع ان أن إن او أو ما لا لم لن قد كما كان كانت ذلك تلك هذا هذه هو هي هم',
  'التي الذي الذين اي أي بعد قبل حول حتى منذ خلال بين عند لدى ضد ثم اذا إذا اما أما كل بعض غير',
  'ايضا أيضا فقط اليوم امس أمس قال وقال اكد أكد وأكد الا إلا لكن ولكن بل بان بأن انه أنه إنه انها',
  'أنها به بها له لها لهم فيه فيها منه منها عليه عليها اليه إليه عنه عنها يكون تكون وهو وهي وقد وفي',
  'ومن وعلى وأن وإن',
  // English.
  'the a an and or of to in on at for by with from as is are was were be been it its this that',
  'these those he she they his her their said says not no but also has have had will would',
  // Russian.
  'и в во не что он она оно они на я с со как а то все так его но да к у же вы за бы по только',
  'ее её было от о из ему когда даже ли если уже или ни быть был до там ей может где есть для мы',
  'их чем была без кто этот того этого здесь этом при после над больше тот через эти нас про всего',
  'них много эту этой перед между заявил сообщил также это',
];

/** Stopwords in normalised, clitic-stripped form. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  STOPWORD_SOURCE.join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stripClitics(normaliseText(w).trim())),
);
const STOPWORD_HASHES: ReadonlySet<number> = new Set([...STOPWORDS].map((w) => hashToken(w) | 0));

/**
 * The text as lines of tokens (normalised, clitic-stripped). Empty lines are omitted. With
 * `dropStopwords`, stopwords are removed from each line.
 */
export function tokenLines(text: string, dropStopwords = false): string[][] {
  const out: string[][] = [];
  for (const line of normaliseText(text).split('\n')) {
    const toks: string[] = [];
    for (const w of line.split(' ')) {
      if (w.length === 0) continue;
      const t = stripClitics(w);
      if (!(dropStopwords && STOPWORDS.has(t))) toks.push(t);
    }
    if (toks.length > 0) out.push(toks);
  }
  return out;
}

/** All tokens of the text in order (lines concatenated). */
export function tokens(text: string, dropStopwords = false): string[] {
  return tokenLines(text, dropStopwords).flat();
}

/** Token hashes of a text, lines kept apart. */
export interface TokenHashes {
  /** Hashes of all tokens in order, as signed 32-bit integers (hashToken(t) | 0). */
  hashes: Int32Array;
  /** End (exclusive) of each non-empty line in `hashes`. */
  lineEnds: number[];
}

/** tokenLines(text) as hashes (hashToken(t) | 0), without building any string. */
export function tokenHashes(text: string, dropStopwords = false): TokenHashes {
  const c = normaliseCodes(text);
  const n = c.length;
  const hashes = new Int32Array((n >> 1) + 1);
  const lineEnds: number[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    const ch = c[i];
    if (ch === 0x0a) {
      if (count > 0 && lineEnds[lineEnds.length - 1] !== count) lineEnds.push(count);
      i++;
      continue;
    }
    if (ch === 0x20) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && c[end] !== 0x20 && c[end] !== 0x0a) end++;
    const len = end - i;
    const skip = cliticSkip(ch, len > 1 ? c[i + 1] : 0, len > 2 ? c[i + 2] : 0, len > 3 ? c[i + 3] : 0, len);
    let h = 0x811c9dc5;
    for (let k = i + skip; k < end; k++) h = Math.imul(h ^ c[k], 0x01000193);
    h = fmix32(h) | 0;
    if (!(dropStopwords && STOPWORD_HASHES.has(h))) hashes[count++] = h;
    i = end;
  }
  if (count > 0 && lineEnds[lineEnds.length - 1] !== count) lineEnds.push(count);
  return { hashes: hashes.subarray(0, count), lineEnds };
}
