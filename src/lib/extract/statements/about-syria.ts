/**
 * Is a statement about Syria? Yes when it names a place, actor or event of the Syrian war (سوريا،
 * سورية، دمشق، حلب، إدلب، حميميم، داعش، النصرة، الأسد، قسد…; Syria, Aleppo, ISIS…; Сирия, Алеппо,
 * ИГИЛ…); failing that, when its article does — unless the statement itself names somewhere else
 * (Iraq, Ukraine, Libya, Gaza…) and nothing Syrian. The patterns run on folded text and are compiled
 * once.
 */

import type { Language } from '../../model/article';
import { foldString } from '../speakers/normalize';
import { charBefore } from '../text';

const SYRIA_AR = [
  'سوري',
  'سورى',
  'دمشق',
  'حلب',
  'ادلب',
  'الرقه',
  'دير الزور',
  'تدمر',
  'حميميم',
  'طرطوس',
  'اللاذقيه',
  'حمص',
  'حماه',
  'درعا',
  'الغوطه',
  'داعش',
  'الدولة الاسلاميه',
  'النصره',
  'تحرير الشام',
  'الاسد',
  'قسد',
  'الكاستيلو',
  'منبج',
  'عفرين',
  'القامشلي',
  'الحسكه',
  'السويداء',
  'القنيطره',
  'الجولان',
  'استانا',
  'البوكمال',
  'خان شيخون',
  'جرابلس',
  'كوباني',
  'عين العرب',
  'القصير',
  'الزبداني',
  'مضايا',
  'اليرموك',
  'الجيش الحر',
  'المعارضه المعتدله',
  'وحدات حماية الشعب',
  'الجعفري',
  'المقداد',
  'دي ميستورا',
  'بيدرسن',
];
const SYRIA_EN = [
  'syria',
  'damascus',
  'aleppo',
  'idlib',
  'idleb',
  'raqqa',
  'deir ez-zor',
  'deir ezzor',
  'deir al-zor',
  'deir el-zor',
  'palmyra',
  'hmeimim',
  'khmeimim',
  'hmeymim',
  'tartus',
  'latakia',
  'homs',
  'hama',
  'daraa',
  'deraa',
  'ghouta',
  'isis',
  'isil',
  'daesh',
  'islamic state',
  'nusra',
  'tahrir al-sham',
  'hts',
  'assad',
  'sdf',
  'manbij',
  'afrin',
  'qamishli',
  'hasakah',
  'kobani',
  'golan',
  'astana',
  'douma',
  'de mistura',
  'pedersen',
];
const SYRIA_RU = [
  'сири',
  'дамаск',
  'алеппо',
  'халеб',
  'идлиб',
  'ракк',
  'дейр-эз-зор',
  'дейр эз-зор',
  'пальмир',
  'хмеймим',
  'тартус',
  'латаки',
  'хомс',
  'хама',
  'дараа',
  'игил',
  'исламское государство',
  'нуср',
  'хайат тахрир',
  'асад',
  'сдс',
  'манбидж',
  'африн',
  'камышл',
  'голан',
  'астан',
  'де мистур',
  'педерсен',
];

const ELSEWHERE_AR = [
  'العراق',
  'الموصل',
  'اوكرانيا',
  'كييف',
  'دونباس',
  'القرم',
  'ليبيا',
  'طرابلس',
  'اليمن',
  'غزه',
  'افغانستان',
  'فنزويلا',
  'كوريا',
  'جورجيا',
  'ناغورني',
  'قره باغ',
  'الفلبين',
  'مالي',
  'السودان',
];
const ELSEWHERE_EN = [
  'iraq',
  'mosul',
  'ukraine',
  'kyiv',
  'kiev',
  'donbas',
  'donbass',
  'crimea',
  'libya',
  'tripoli',
  'yemen',
  'gaza',
  'afghanistan',
  'venezuela',
  'korea',
  'georgia',
  'karabakh',
  'sudan',
];
const ELSEWHERE_RU = [
  'ирак',
  'мосул',
  'украин',
  'киев',
  'донбасс',
  'крым',
  'ливи',
  'йемен',
  'афганистан',
  'венесуэл',
  'карабах',
  'судан',
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A test for "one of `words` starts a word (after an optional proclitic)" in folded text. */
type WordTest = (folded: string) => boolean;

const LETTER = /\p{L}/u;

/**
 * The test is `(?:^|[^\p{L}])(?:proclitic)?(?:words)` on the text; it runs as a scan for
 * `(?:proclitic)?(?:words)` with the boundary before each find checked by hand — the same answer,
 * without trying the boundary at every position of the text.
 */
function compile(words: string[], wordStart: boolean): WordTest {
  const alts = words.map((w) => escape(foldString(w))).sort((a, b) => b.length - a.length);
  const scan = new RegExp(
    (wordStart ? '(?:و|ف|ب|ل|ك|ال|لل|وال|بال)?' : '') + '(?:' + alts.join('|') + ')',
    'gu',
  );
  return (folded) => {
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(folded))) {
      const p = m.index;
      if (p === 0 || !LETTER.test(charBefore(folded, p))) return true;
      scan.lastIndex = p + 1;
    }
    return false;
  };
}

const SYRIA = { ar: compile(SYRIA_AR, true), en: compile(SYRIA_EN, false), ru: compile(SYRIA_RU, false) };
const ELSEWHERE = {
  ar: compile(ELSEWHERE_AR, true),
  en: compile(ELSEWHERE_EN, false),
  ru: compile(ELSEWHERE_RU, false),
};

/**
 * Each list's words are written in its own script, so a text without a letter of that script
 * cannot match its pattern: checked once here, it saves two of the three scans for most texts.
 */
const SCRIPT = { ar: /[\u0621-\u064a]/, en: /[a-z]/, ru: /[\u0430-\u044f]/ };
for (const [lang, words] of [
  ['ar', [...SYRIA_AR, ...ELSEWHERE_AR]],
  ['en', [...SYRIA_EN, ...ELSEWHERE_EN]],
  ['ru', [...SYRIA_RU, ...ELSEWHERE_RU]],
] as const) {
  for (const w of words)
    if (!SCRIPT[lang].test(foldString(w))) throw new Error(`about-syria: '${w}' has no ${lang} letter`);
}

/** Which scripts' letters a (folded) text holds. */
export interface Scripts {
  ar: boolean;
  en: boolean;
  ru: boolean;
}

export function scriptsOf(folded: string): Scripts {
  return { ar: SCRIPT.ar.test(folded), en: SCRIPT.en.test(folded), ru: SCRIPT.ru.test(folded) };
}

/**
 * Scripts of slices of one folded text: a script the whole text lacks no slice has, so only the
 * scripts present in the whole text are looked for in each slice.
 */
export class SliceScripts {
  private readonly all: Scripts;

  constructor(folded: string) {
    this.all = scriptsOf(folded);
  }

  /** Scripts of `slice`, a part of the text. */
  of(slice: string): Scripts {
    return {
      ar: this.all.ar && SCRIPT.ar.test(slice),
      en: this.all.en && SCRIPT.en.test(slice),
      ru: this.all.ru && SCRIPT.ru.test(slice),
    };
  }
}

function mentions(table: { ar: WordTest; en: WordTest; ru: WordTest }, folded: string, sc: Scripts): boolean {
  return (sc.ar && table.ar(folded)) || (sc.en && table.en(folded)) || (sc.ru && table.ru(folded));
}

/** Does already-folded text name something Syrian / somewhere else? */
export function syrianIn(folded: string): boolean {
  return mentions(SYRIA, folded, scriptsOf(folded));
}

/**
 * As isAboutSyria, on folded statement text and a precomputed answer for its article; `scripts`
 * (the text's scripts) may be given when the caller knows them.
 */
export function aboutSyriaFolded(ownFolded: string, articleIsSyrian: boolean, scripts?: Scripts): boolean {
  const sc = scripts ?? scriptsOf(ownFolded);
  if (mentions(SYRIA, ownFolded, sc)) return true;
  if (mentions(ELSEWHERE, ownFolded, sc)) return false;
  return articleIsSyrian;
}

/** Whether `text` (a statement) concerns Syria, given the text of its article. */
export function isAboutSyria(text: string, articleText: string, _lang: Language): boolean {
  return aboutSyriaFolded(foldString(text), syrianIn(foldString(articleText)));
}

/** The word lists, for the equivalence test of the fast word tests. */
export const WORD_LISTS = {
  syria: { ar: SYRIA_AR, en: SYRIA_EN, ru: SYRIA_RU },
  elsewhere: { ar: ELSEWHERE_AR, en: ELSEWHERE_EN, ru: ELSEWHERE_RU },
};
