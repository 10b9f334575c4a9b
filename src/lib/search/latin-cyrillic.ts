/**
 * Word normalisation and light stemming for Latin-script (English) and Cyrillic (Russian) words
 * in the search encoder. English: lower-case, accents dropped, possessive 's / ' and inner
 * apostrophes removed, light plural (ies → y; sses/xes/ches/shes/zes → drop es; s → drop unless
 * ss/us/is), never below three letters. Russian: lower-case, ё → е, then case endings stripped
 * one at a time, longest first, as long as at least four letters remain, so Лавров, Лаврова,
 * Лаврову and Лавровым all reach лавр, and Сирия, Сирии, Сирию, Сирией reach сири.
 *
 * NOTE: any change to the output changes indexed terms: bump ENCODER_VERSION in encoder.ts.
 */

const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’ʼ`]/g;

/** Normalised, lightly stemmed form of one Latin-script word (letters and inner apostrophes). */
export function englishTerm(word: string): string {
  let w = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFKD').replace(COMBINING, '').normalize('NFC');
  w = w.replace(/['’ʼ`]s$/, '').replace(APOSTROPHES, '');
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (n > 4 && /(?:ss|x|ch|sh|z)es$/.test(w)) return w.slice(0, -2);
  if (n > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Longest first, so -ами is tried before -и. */
const RU_ENDINGS = [
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ов',
  'ев',
  'ах',
  'ях',
  'ом',
  'ем',
  'ой',
  'ей',
  'ий',
  'ый',
  'ую',
  'юю',
  'ая',
  'яя',
  'ые',
  'ие',
  'ым',
  'им',
  'ых',
  'их',
  'ью',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'о',
  'ь',
  'й',
];
const RU_MIN_STEM = 4;

/** Normalised, lightly stemmed form of one Cyrillic word. */
export function russianTerm(word: string): string {
  // NFC composes й and ё; what combining marks remain are stress accents.
  let w = word.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(COMBINING, '');
  for (;;) {
    let next = w;
    for (const e of RU_ENDINGS) {
      if (w.length - e.length >= RU_MIN_STEM && w.endsWith(e)) {
        next = w.slice(0, -e.length);
        break;
      }
    }
    if (next === w) return w;
    w = next;
  }
}

/** Lower-cased, accent-free form of a word in any other script (Greek, Turkish letters…). */
export function otherTerm(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}
