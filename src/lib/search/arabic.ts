/**
 * Arabic word normalisation and light stemming for the search encoder. `foldArabic` turns one
 * Arabic-script word into its spelling-neutral form (after NFC — never NFKD, which splits أ):
 * diacritics, Quranic marks, superscript alef and tatweel dropped; أ إ آ ٱ → ا; ى ی ې ے → ي;
 * ة ۀ ہ ھ ە → ه; the hamza seats ؤ ئ and bare ء → ء (so مسؤول = مسئول and رئيس = رءيس — mapping
 * ؤ → و and ئ → ي instead would keep مسوول ≠ مسيول); Persian/Urdu shapes ک → ك, گ → غ
 * (سيرگي = سيرغي), ڤ → ف, پ → ب, چ → ج, ژ → ز; Arabic-Indic and Persian digits → ASCII.
 *
 * `arabicTerms` then stems it. The article prefix and what can stand before it
 * ((و|ف)?(ب|ك|ل)?ال and (و|ف)?لل) is stripped deterministically, on both the index and the query
 * side. A bare one-letter clitic (و ف ب ك ل) is too ambiguous to strip everywhere (بوتين, وزير,
 * وكالة, لبنان start with one): on the index side the stripped forms are added as alternative terms
 * at the same position, on the query side the word is kept as typed. So the query سوريا finds
 * بسوريا, وسوريا, لسوريا, while the query وكالة does not find آلة. Suffixes are stripped in two
 * light passes (pronoun enclitics, then plural / nisba endings), never leaving fewer than three
 * letters. A small table of spelling-variant groups (سوريا/سورية/سوري…, سيرغي/سيرجي, شويغو/شويجو,
 * غيراسيموف/جيراسيموف…) maps each variant to one canonical form before and after stemming.
 *
 * NOTE: any change to the output of this module changes indexed terms: bump ENCODER_VERSION in
 * encoder.ts.
 */

/** 0 = drop the code unit, otherwise the code unit to emit. Covers U+0600–U+06FF and a few more. */
let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const drop = (from: number, to = from) => {
    for (let c = from; c <= to; c++) t[c] = 0;
  };
  drop(0x0610, 0x061a); // honorific marks
  drop(0x064b, 0x065f); // tashkeel, hamza/madda above and below left over after NFC
  drop(0x0670); // superscript alef
  drop(0x0640); // tatweel
  drop(0x06d6, 0x06ed); // Quranic annotation marks
  drop(0x200b, 0x200f); // zero-width space / non-joiner / joiner, direction marks
  drop(0x061c);
  drop(0x00ad);
  const map = (to: number, ...from: number[]) => {
    for (const c of from) t[c] = to;
  };
  map(0x0627, 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675); // alef forms → ا
  map(0x064a, 0x0649, 0x06cc, 0x06d0, 0x06d2, 0x06d3, 0x0678); // → ي
  map(0x0647, 0x0629, 0x06c0, 0x06c1, 0x06c2, 0x06be, 0x06d5); // → ه
  map(0x0621, 0x0624, 0x0626, 0x0676, 0x0677); // hamza seats → ء
  map(0x0643, 0x06a9, 0x06aa, 0x06ab, 0x06ac); // → ك
  map(0x063a, 0x06af, 0x06b3); // گ → غ
  map(0x0641, 0x06a4, 0x06a5); // ڤ → ف
  map(0x0642, 0x06a8); // ڨ → ق
  map(0x0628, 0x067e); // پ → ب
  map(0x062c, 0x0686); // چ → ج
  map(0x0632, 0x0698); // ژ → ز
  map(0x0648, 0x06c6, 0x06c7, 0x06c8, 0x06cb); // Kurdish/Uyghur waw shapes → و
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  return t;
}

const NEEDS_NFKC = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Spelling-neutral form of one Arabic-script word (see the module paragraph). */
export function foldArabic(word: string): string {
  if (table === null) table = buildTable();
  let w = word.normalize('NFC');
  if (NEEDS_NFKC.test(w)) w = w.normalize('NFKC'); // presentation forms and lam-alef ligatures
  const t = table;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const m = t[w.charCodeAt(i)];
    if (m !== 0) out += String.fromCharCode(m);
  }
  return out;
}

/**
 * Variant groups, written as they come out of foldArabic; the first spelling of each group is the
 * canonical form. Checked on the word after article stripping and after each suffix pass.
 */
const VARIANT_GROUPS: string[][] = [
  // Syria and the adjective (سورية is both "Syria" and "Syrian (f.)", so they cannot be told apart).
  ['سوريا', 'سوريه', 'سوري', 'سوريين', 'سوريون', 'سوريان', 'سوريات', 'سوريتين', 'سوريو'],
  ['سيرغي', 'سيرجي', 'سيرقي', 'سيرغيي', 'سيرجيي'],
  ['شويغو', 'شويجو', 'شويقو'],
  ['غيراسيموف', 'جيراسيموف', 'غراسيموف', 'جراسيموف'],
  ['بوغدانوف', 'بوجدانوف', 'بوقدانوف'],
  ['ميدفيديف', 'مدفيديف', 'ميدفيدف', 'مدفيدف', 'ميدفيدييف'],
  ['بيسكوف', 'بسكوف'],
  ['زاخاروفا', 'زخاروفا'],
  ['نيبينزيا', 'نيبنزيا', 'نبينزيا', 'نيبيينزيا'],
  ['فرشينين', 'فيرشينين'],
  ['غاتيلوف', 'جاتيلوف'],
  ['لافرنتييف', 'لافرينتيف', 'لافرنتيف', 'لافرينتييف'],
  ['ديمتري', 'دميتري', 'ديميتري'],
  ['ميخاءيل', 'ميخاييل', 'ميخايل'],
  ['اوليغ', 'اوليج'],
  ['غينادي', 'جينادي'],
  ['غريغوري', 'جريجوري'],
  ['كوساتشوف', 'كوساتشيف'],
  ['ماتفيينكو', 'ماتفيانكو', 'ماتفينكو'],
  ['سيرومولوتوف', 'سيرومولتوف'],
  ['ريابكوف', 'ريبكوف'],
  ['فلاديمير', 'فلاديميير'],
  ['انغيلا', 'انجيلا'],
];

const CANONICAL = new Map<string, string>();
for (const group of VARIANT_GROUPS) {
  const canon = foldArabic(group[0]);
  for (const v of group) CANONICAL.set(foldArabic(v), canon);
}

/** The article and what can stand before it; stripped on both sides when ≥ 3 letters remain. */
const ARTICLE_PREFIX = /^(?:[وف]?[بكل]?ال|[وف]?لل)/;
/** Bare clitics; their stripped forms are only added as index-side alternatives. */
const WEAK_PREFIX = /^[وف]?[بكل]?/;

const PRONOUN_SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه'];
const NUMBER_SUFFIXES = ['ات', 'ون', 'ين', 'ي'];
const MIN_STEM = 3;

function stripOne(w: string, suffixes: string[]): string {
  for (const s of suffixes) {
    if (w.length - s.length >= MIN_STEM && w.endsWith(s)) return w.slice(0, -s.length);
  }
  return w;
}

/** Suffix stemming of a word that has no article any more. */
export function stemArabicSuffixes(w: string): string {
  let c = CANONICAL.get(w);
  if (c !== undefined) return c;
  const a = stripOne(w, PRONOUN_SUFFIXES);
  if (a !== w && (c = CANONICAL.get(a)) !== undefined) return c;
  const b = stripOne(a, NUMBER_SUFFIXES);
  if (b !== a && (c = CANONICAL.get(b)) !== undefined) return c;
  return b;
}

function stripArticle(w: string): string {
  const m = ARTICLE_PREFIX.exec(w);
  if (m && w.length - m[0].length >= MIN_STEM) return w.slice(m[0].length);
  return w;
}

/**
 * Terms for one folded Arabic word: `term` is what both index and query use; `alts` (index side
 * only) are the forms with a bare one-letter clitic stripped.
 */
export function arabicTerms(folded: string, forIndex: boolean): { term: string; alts: string[] | null } {
  const core = stripArticle(folded);
  const term = stemArabicSuffixes(core);
  if (!forIndex || core !== folded) return { term, alts: null };
  const m = WEAK_PREFIX.exec(folded);
  const p = m ? m[0].length : 0;
  let alts: string[] | null = null;
  for (let k = 1; k <= p; k++) {
    const rest = folded.slice(k);
    if (rest.length < MIN_STEM) break;
    // clitic + ال would have matched ARTICLE_PREFIX; an ال left here is part of the word (وكالة)
    if (rest.startsWith('ال')) break;
    const alt = stemArabicSuffixes(stripArticle(rest));
    if (alt !== term && !(alts && alts.includes(alt))) (alts ??= []).push(alt);
  }
  return { term, alts };
}
