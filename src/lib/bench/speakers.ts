/**
 * The speakers the benchmark corpus puts into articles: ids of the engine's speaker list, name
 * spellings in Arabic (with the variants real sites use: سيرغي/سيرجي, أ/ا, زاخاروفا/زخاروفا),
 * English and Russian, and a title per language valid over a span of years, so that a generated
 * article's date lies inside the tenure its title claims. Also the seed files' own speakers, whose
 * written forms the template builder (templates.ts) turns into slots.
 */

export type Gender = 'm' | 'f';

export interface Post {
  from: number;
  to: number;
  ar: string;
  en: string;
  ru: string;
}

export interface BenchSpeaker {
  id: string;
  gender: Gender;
  ar: { first: string[]; last: string[] };
  en: { first: string[]; last: string[] };
  ru: { first: string[]; last: string[] };
  posts: Post[];
}

const SERGEI_AR = ['سيرغي', 'سيرجي'];
const SERGEI_EN = ['Sergei', 'Sergey'];
const DMITRY_AR = ['دميتري', 'ديمتري'];
const DMITRY_EN = ['Dmitry', 'Dmitri'];
const DEP_FM: Omit<Post, 'from' | 'to'> = {
  ar: 'نائب وزير الخارجية الروسي',
  en: 'Deputy Foreign Minister',
  ru: 'заместитель министра иностранных дел России',
};

function sp(
  id: string,
  gender: Gender,
  ar: [string[], string[]],
  en: [string[], string[]],
  ru: [string[], string[]],
  posts: Post[],
): BenchSpeaker {
  return {
    id,
    gender,
    ar: { first: ar[0], last: ar[1] },
    en: { first: en[0], last: en[1] },
    ru: { first: ru[0], last: ru[1] },
    posts,
  };
}

export const BENCH_SPEAKERS: BenchSpeaker[] = [
  sp(
    'putin',
    'm',
    [['فلاديمير'], ['بوتين']],
    [['Vladimir'], ['Putin']],
    [['Владимир'], ['Путин']],
    [{ from: 2012, to: 2024, ar: 'الرئيس الروسي', en: 'Russian President', ru: 'президент России' }],
  ),
  sp(
    'lavrov',
    'm',
    [SERGEI_AR, ['لافروف']],
    [SERGEI_EN, ['Lavrov']],
    [['Сергей'], ['Лавров']],
    [
      {
        from: 2012,
        to: 2024,
        ar: 'وزير الخارجية الروسي',
        en: 'Russian Foreign Minister',
        ru: 'министр иностранных дел России',
      },
    ],
  ),
  sp(
    'zakharova',
    'f',
    [['ماريا'], ['زاخاروفا', 'زخاروفا']],
    [['Maria'], ['Zakharova']],
    [['Мария'], ['Захарова']],
    [
      {
        from: 2016,
        to: 2024,
        ar: 'الناطقة باسم وزارة الخارجية الروسية',
        en: 'Foreign Ministry spokeswoman',
        ru: 'официальный представитель МИД России',
      },
    ],
  ),
  sp(
    'matviyenko',
    'f',
    [['فالنتينا'], ['ماتفيينكو', 'ماتفينكو']],
    [['Valentina'], ['Matviyenko']],
    [['Валентина'], ['Матвиенко']],
    [
      {
        from: 2012,
        to: 2024,
        ar: 'رئيسة مجلس الاتحاد الروسي',
        en: 'Federation Council speaker',
        ru: 'спикер Совета Федерации',
      },
    ],
  ),
  sp(
    'antonov',
    'm',
    [
      ['أناتولي', 'اناتولي'],
      ['أنطونوف', 'انطونوف'],
    ],
    [['Anatoly'], ['Antonov']],
    [['Анатолий'], ['Антонов']],
    [
      {
        from: 2012,
        to: 2016,
        ar: 'نائب وزير الدفاع الروسي',
        en: 'Deputy Defence Minister',
        ru: 'заместитель министра обороны России',
      },
      {
        from: 2018,
        to: 2024,
        ar: 'السفير الروسي لدى الولايات المتحدة',
        en: 'Russian Ambassador to the United States',
        ru: 'посол России в США',
      },
    ],
  ),
  sp(
    'shoigu',
    'm',
    [SERGEI_AR, ['شويغو', 'شويجو']],
    [SERGEI_EN, ['Shoigu']],
    [['Сергей'], ['Шойгу']],
    [
      {
        from: 2013,
        to: 2023,
        ar: 'وزير الدفاع الروسي',
        en: 'Russian Defence Minister',
        ru: 'министр обороны России',
      },
    ],
  ),
  sp(
    'peskov',
    'm',
    [DMITRY_AR, ['بيسكوف']],
    [DMITRY_EN, ['Peskov']],
    [['Дмитрий'], ['Песков']],
    [
      {
        from: 2013,
        to: 2024,
        ar: 'المتحدث باسم الرئيس الروسي',
        en: 'Kremlin spokesman',
        ru: 'пресс-секретарь президента России',
      },
    ],
  ),
  sp(
    'nebenzya',
    'm',
    [['فاسيلي'], ['نيبينزيا', 'نيبنزيا']],
    [
      ['Vassily', 'Vasily'],
      ['Nebenzia', 'Nebenzya'],
    ],
    [['Василий'], ['Небензя']],
    [
      {
        from: 2018,
        to: 2024,
        ar: 'مندوب روسيا الدائم لدى الأمم المتحدة',
        en: 'Russian Ambassador to the UN',
        ru: 'постоянный представитель России при ООН',
      },
    ],
  ),
  sp(
    'churkin',
    'm',
    [['فيتالي'], ['تشوركين']],
    [['Vitaly'], ['Churkin']],
    [['Виталий'], ['Чуркин']],
    [
      {
        from: 2012,
        to: 2016,
        ar: 'مندوب روسيا الدائم لدى الأمم المتحدة',
        en: 'Russian Ambassador to the UN',
        ru: 'постоянный представитель России при ООН',
      },
    ],
  ),
  sp(
    'bogdanov',
    'm',
    [['ميخائيل'], ['بوغدانوف', 'بوجدانوف']],
    [['Mikhail'], ['Bogdanov']],
    [['Михаил'], ['Богданов']],
    [{ from: 2012, to: 2024, ...DEP_FM }],
  ),
  sp(
    'ryabkov',
    'm',
    [SERGEI_AR, ['ريابكوف']],
    [SERGEI_EN, ['Ryabkov']],
    [['Сергей'], ['Рябков']],
    [{ from: 2012, to: 2024, ...DEP_FM }],
  ),
  sp(
    'lavrentiev',
    'm',
    [
      ['ألكسندر', 'الكسندر'],
      ['لافرنتييف', 'لافرينتييف'],
    ],
    [['Alexander'], ['Lavrentiev']],
    [['Александр'], ['Лаврентьев']],
    [
      {
        from: 2017,
        to: 2024,
        ar: 'المبعوث الخاص للرئيس الروسي إلى سوريا',
        en: 'Presidential Envoy for Syria',
        ru: 'спецпредставитель президента России по Сирии',
      },
    ],
  ),
  sp(
    'konashenkov',
    'm',
    [['إيغور', 'ايغور'], ['كوناشينكوف']],
    [['Igor'], ['Konashenkov']],
    [['Игорь'], ['Конашенков']],
    [
      {
        from: 2012,
        to: 2024,
        ar: 'المتحدث باسم وزارة الدفاع الروسية',
        en: 'Defence Ministry spokesman',
        ru: 'официальный представитель Минобороны России',
      },
    ],
  ),
];

export const SPEAKER_BY_ID = new Map(BENCH_SPEAKERS.map((s) => [s.id, s]));

/** The post a speaker holds in `year`, or null. */
export function postIn(s: BenchSpeaker, year: number): Post | null {
  for (const p of s.posts) if (year >= p.from && year <= p.to) return p;
  return null;
}

/**
 * How the seed files write their own speakers (Arabic). Longer forms first: the template builder
 * replaces titles and names by slots, and a title of one speaker may contain another's
 * ("نائب وزير الخارجية الروسي" ⊃ "وزير الخارجية الروسي").
 */
export const SEED_SPEAKER_FORMS: { id: string; full: string[]; last: string[]; titles: string[] }[] = [
  { id: 'antonov', full: ['أناتولي أنطونوف'], last: ['أنطونوف'], titles: ['نائب وزير الدفاع الروسي'] },
  {
    id: 'lavrov',
    full: ['سيرغي لافروف', 'سيرجي لافروف'],
    last: ['لافروف'],
    titles: ['وزير الخارجية الروسي'],
  },
  {
    id: 'zakharova',
    full: ['ماريا زاخاروفا'],
    last: ['زاخاروفا'],
    titles: ['الناطقة باسم وزارة الخارجية الروسية'],
  },
  { id: 'putin', full: ['فلاديمير بوتين'], last: ['بوتين'], titles: ['الرئيس الروسي'] },
  {
    id: 'syromolotov',
    full: ['أوليغ سيرومولوتوف'],
    last: ['سيرومولوتوف'],
    titles: ['نائب وزير الخارجية الروسي'],
  },
  {
    id: 'bogdanov',
    full: ['ميخائيل بوغدانوف'],
    last: ['بوغدانوف'],
    titles: ['المبعوث الخاص للرئيس الروسي نائب وزير الخارجية'],
  },
  { id: 'medvedev', full: ['دميتري مدفيديف'], last: ['مدفيديف'], titles: ['رئيس الوزراء الروسي'] },
];
