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
  'ыми', 'ими', 'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ую', 'юю',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ах', 'ях', 'ий', 'ый', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'й', 'ь',
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

/** Is the folded gap between two tokens only spaces (and at most one hyphen)? */
export function plainGap(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) continue;
    if (c === 0x2d || c === 0x2010 || c === 0x2011) {
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

/** Reusable buffers for cliticFormsInto (no allocation per token). */
export interface FormBuffer {
  keys: string[];
  cuts: number[];
  n: number;
}

export function newFormBuffer(): FormBuffer {
  return { keys: ['', '', '', '', '', '', ''], cuts: [0, 0, 0, 0, 0, 0, 0], n: 0 };
}

function push(buf: FormBuffer, key: string, cut: number): void {
  buf.keys[buf.n] = key;
  buf.cuts[buf.n++] = cut;
}

function addBase(buf: FormBuffer, w: string, cut: number): void {
  if (w.length >= 4 && w.charCodeAt(0) === 0x0644 && w.charCodeAt(1) === 0x0644) push(buf, 'ال' + w.slice(2), cut);
  const c = w.charCodeAt(0);
  if ((c === 0x0628 || c === 0x0644 || c === 0x0643) && w.length >= 4) push(buf, w.slice(1), cut + 1);
}

/** The word and its forms without Arabic proclitics (وال، فال، بال، لل، وب، ول…), into `buf`. */
export function cliticFormsInto(word: string, buf: FormBuffer): void {
  buf.n = 0;
  push(buf, word, 0);
  addBase(buf, word, 0);
  const c0 = word.charCodeAt(0);
  if ((c0 === 0x0648 || c0 === 0x0641) && word.length >= 3) {
    const w = word.slice(1);
    push(buf, w, 1);
    addBase(buf, w, 1);
  }
}

/** The word and its forms without Arabic proclitics, as a list. */
export function cliticForms(word: string): CliticForm[] {
  const buf = newFormBuffer();
  cliticFormsInto(word, buf);
  const out: CliticForm[] = [];
  for (let i = 0; i < buf.n; i++) out.push({ key: buf.keys[i], cut: buf.cuts[i] });
  return out;
}
