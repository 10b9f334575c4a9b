/**
 * The template language of the benchmark corpus. A template is text with slots in braces:
 *   {P} {P.last} {P.title}   the article's main speaker: full name, surname, title
 *   {S} {S.last} {S.title}   a second speaker (also {T…} for a third)
 *   {SY}                     سوريا or سورية, the spelling the article uses
 *   {WD}                     the weekday of the article's date, {DATE} the date phrase
 *   {G:fem|masc}             the words that agree with the main speaker's gender
 * parseTemplate splits a template once into literal pieces and slots, and records which speakers
 * it names and which place words (placeWordsIn) its literal text holds, so that rendering is a
 * join and the truth of an article is the union of its templates' facts.
 */

export type Role = 0 | 1 | 2;

export type Slot =
  { k: 'full' | 'last' | 'title'; r: Role } | { k: 'sy' | 'wd' | 'date' } | { k: 'g'; f: string; m: string };

export interface Template {
  pieces: (string | Slot)[];
  /** Speakers (roles) the template names (full name or surname; a title alone does not count). */
  roles: Role[];
  /** Place words (folded) found in the literal text. */
  places: string[];
  /** Contains {SY}. */
  sy: boolean;
}

const ROLE: Record<string, Role> = { P: 0, S: 1, T: 2 };
const SLOT = /\{([^{}]+)\}/g;

function slotOf(body: string): Slot {
  if (body === 'SY') return { k: 'sy' };
  if (body === 'WD') return { k: 'wd' };
  if (body === 'DATE') return { k: 'date' };
  if (body.startsWith('G:')) {
    const [f, m] = body.slice(2).split('|');
    return { k: 'g', f, m: m ?? '' };
  }
  const [who, field] = body.split('.');
  const r = ROLE[who];
  if (r === undefined) throw new Error(`bad template slot {${body}}`);
  return { k: field === 'last' ? 'last' : field === 'title' ? 'title' : 'full', r };
}

/** Folding used for place words and word queries: NFC, no diacritics/tatweel, أإآ → ا, lower case. */
export function foldWord(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u064b-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Which of the (folded) place words occur as whole words in `text`. */
export function placeWordsIn(text: string, places: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const w of foldWord(text).match(WORD) ?? []) if (places.has(w)) found.add(w);
  return [...found];
}

export function parseTemplate(src: string, places: ReadonlySet<string>): Template {
  const pieces: (string | Slot)[] = [];
  const roles = new Set<Role>();
  let sy = false;
  let literal = '';
  let last = 0;
  for (const m of src.matchAll(SLOT)) {
    const idx = m.index ?? 0;
    if (idx > last) pieces.push(src.slice(last, idx));
    literal += src.slice(last, idx) + ' ';
    const slot = slotOf(m[1]);
    if (slot.k === 'full' || slot.k === 'last') roles.add(slot.r);
    if (slot.k === 'sy') sy = true;
    pieces.push(slot);
    last = idx + m[0].length;
  }
  if (last < src.length) pieces.push(src.slice(last));
  literal += src.slice(last);
  return { pieces, roles: [...roles].sort(), places: placeWordsIn(literal, places), sy };
}
