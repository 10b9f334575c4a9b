/**
 * Word tokens over folded text. A token is a run of letters, digits or combining marks; everything
 * else (spaces, punctuation, hyphens, quote marks) separates tokens. Each token knows its script and
 * a matching key: the folded word itself, except Cyrillic words, whose key is a crude stem (case
 * endings cut) so that "Лавров", "Лаврова" and "Лавровым" share one key. Also the Arabic clitic
 * forms of a word (و ف ب ل ك ال …) used when a gazetteer phrase starts at that word.
 */

import type { Folded } from './normalize';

export type Script = 'ar' | 'la' | 'cy' | 'num' | 'other';

export interface Token {
  /** Folded offsets [s, e). */
  s: number;
  e: number;
  text: string;
  key: string;
  script: Script;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** BMP table: 1 when the code unit is a letter, digit or mark. */
const IS_WORD = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (WORD_CHAR.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
})();

export function scriptOf(word: string): Script {
  const c = word.charCodeAt(0);
  if (c >= 0x0600 && c <= 0x08ff) return 'ar';
  if (c >= 0x0400 && c <= 0x04ff) return 'cy';
  if (c >= 0x30 && c <= 0x39) return 'num';
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'la';
  return 'other';
}

const RU_ENDINGS = [
  'ыми',
  'ими',
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ой',
  'ей',
  'ом',
  'ем',
  'ым',
  'им',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ах',
  'ях',
  'ий',
  'ый',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'о',
  'й',
  'ь',
];

/** Crude Russian stem: cut one case ending when at least three letters stay. */
export function ruStem(w: string): string {
  for (const end of RU_ENDINGS) {
    if (w.length - end.length >= 3 && w.endsWith(end)) return w.slice(0, w.length - end.length);
  }
  return w;
}

export function keyOf(word: string, script: Script): string {
  return script === 'cy' ? ruStem(word) : word;
}

export function tokenize(folded: Folded | string): Token[] {
  const text = typeof folded === 'string' ? folded : folded.text;
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (IS_WORD[c] === 0 && !(c >= 0xd800 && c <= 0xdbff && WORD_CHAR.test(text.slice(i, i + 2)))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (IS_WORD[d] === 1) i++;
      else if (d >= 0xd800 && d <= 0xdbff && WORD_CHAR.test(text.slice(i, i + 2))) i += 2;
      else break;
    }
    const word = text.slice(s, i);
    const script = scriptOf(word);
    out.push({ s, e: i, text: word, key: script === 'cy' ? ruStem(word) : word, script });
  }
  return out;
}

/** Is the folded gap between two tokens only spaces (and at most one hyphen or apostrophe)? */
export function plainGap(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) continue;
    if (c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27) {
      hyphens++;
      continue;
    }
    return false;
  }
  return hyphens <= 1;
}

export interface CliticForm {
  key: string;
  /** Folded characters cut from the start of the token. */
  cut: number;
}

/**
 * Reusable buffers for cliticFormsInto (no allocation per token). Form i is the word from
 * starts[i], with an alef put before it when alef[i] (لل → ال); cuts[i] proclitic letters are cut.
 */
export interface FormBuffer {
  starts: number[];
  alef: boolean[];
  cuts: number[];
  n: number;
}

export function newFormBuffer(): FormBuffer {
  return {
    starts: [0, 0, 0, 0, 0, 0, 0],
    alef: [false, false, false, false, false, false, false],
    cuts: [0, 0, 0, 0, 0, 0, 0],
    n: 0,
  };
}

function push(buf: FormBuffer, start: number, alef: boolean, cut: number): void {
  buf.starts[buf.n] = start;
  buf.alef[buf.n] = alef;
  buf.cuts[buf.n++] = cut;
}

function addBase(buf: FormBuffer, word: string, o: number): void {
  const len = word.length - o;
  if (len >= 4 && word.charCodeAt(o) === 0x0644 && word.charCodeAt(o + 1) === 0x0644)
    push(buf, o + 1, true, o);
  const c = word.charCodeAt(o);
  if ((c === 0x0628 || c === 0x0644 || c === 0x0643) && len >= 4) push(buf, o + 1, false, o + 1);
}

/** The word and its forms without Arabic proclitics (وال، فال، بال، لل، وب، ول…), into `buf`. */
export function cliticFormsInto(word: string, buf: FormBuffer): void {
  buf.n = 0;
  push(buf, 0, false, 0);
  addBase(buf, word, 0);
  const c0 = word.charCodeAt(0);
  if ((c0 === 0x0648 || c0 === 0x0641) && word.length >= 3) {
    push(buf, 1, false, 1);
    addBase(buf, word, 1);
  }
}

/** The text of form i. */
export function formKey(word: string, buf: FormBuffer, i: number): string {
  const body = buf.starts[i] === 0 ? word : word.slice(buf.starts[i]);
  return buf.alef[i] ? 'ا' + body : body;
}

/** A 16-bit signature of form i (length, first two and last letters), computed without allocating. */
export function formSig(word: string, buf: FormBuffer, i: number): number {
  const st = buf.starts[i];
  const a = buf.alef[i];
  const len = word.length - st + (a ? 1 : 0);
  const c0 = a ? 0x0627 : word.charCodeAt(st);
  const c1 = a ? word.charCodeAt(st) : len > 1 ? word.charCodeAt(st + 1) : 0;
  return keySig(len, c0, c1, word.charCodeAt(word.length - 1));
}

export function keySig(len: number, c0: number, c1: number, last: number): number {
  return (((len * 131 + c0) * 31 + c1) * 17 + last) & 0xffff;
}

/** The word and its forms without Arabic proclitics, as a list. */
export function cliticForms(word: string): CliticForm[] {
  const buf = newFormBuffer();
  cliticFormsInto(word, buf);
  const out: CliticForm[] = [];
  for (let i = 0; i < buf.n; i++) out.push({ key: formKey(word, buf, i), cut: buf.cuts[i] });
  return out;
}
