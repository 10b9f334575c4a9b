/**
 * Is a statement about Syria? Yes when it names a place, actor or event of the Syrian war (سوريا،
 * سورية، دمشق، حلب، إدلب، حميميم، داعش، النصرة، الأسد، قسد…; Syria, Aleppo, ISIS…; Сирия, Алеппо,
 * ИГИЛ…); failing that, when its article does — unless the statement itself names somewhere else
 * (Iraq, Ukraine, Libya, Gaza…) and nothing Syrian. The patterns run on folded text and are compiled
 * once.
 */

import type { Language } from '../../model/article';
import { foldString } from '../speakers/normalize';

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

function compile(words: string[], wordStart: boolean): RegExp {
  const alts = words.map((w) => escape(foldString(w))).sort((a, b) => b.length - a.length);
  return new RegExp(
    (wordStart ? '(?:^|[^\\p{L}])(?:و|ف|ب|ل|ك|ال|لل|وال|بال)?' : '(?:^|[^\\p{L}])') +
      '(?:' +
      alts.join('|') +
      ')',
    'u',
  );
}

const SYRIA = { ar: compile(SYRIA_AR, true), en: compile(SYRIA_EN, false), ru: compile(SYRIA_RU, false) };
const ELSEWHERE = {
  ar: compile(ELSEWHERE_AR, true),
  en: compile(ELSEWHERE_EN, false),
  ru: compile(ELSEWHERE_RU, false),
};

function mentions(table: { ar: RegExp; en: RegExp; ru: RegExp }, folded: string): boolean {
  return table.ar.test(folded) || table.en.test(folded) || table.ru.test(folded);
}

/** Does already-folded text name something Syrian / somewhere else? */
export function syrianIn(folded: string): boolean {
  return mentions(SYRIA, folded);
}

/** As isAboutSyria, on folded statement text and a precomputed answer for its article. */
export function aboutSyriaFolded(ownFolded: string, articleIsSyrian: boolean): boolean {
  if (mentions(SYRIA, ownFolded)) return true;
  if (mentions(ELSEWHERE, ownFolded)) return false;
  return articleIsSyrian;
}

/** Whether `text` (a statement) concerns Syria, given the text of its article. */
export function isAboutSyria(text: string, articleText: string, _lang: Language): boolean {
  return aboutSyriaFolded(foldString(text), syrianIn(foldString(articleText)));
}
