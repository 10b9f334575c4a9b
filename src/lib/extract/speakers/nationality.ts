/**
 * Nationality words that follow (Arabic "الروسي", Russian "России") or precede (English "Russian",
 * Russian "российский") a title, and place names that follow an ambassador's title ("لدى سوريا").
 * Country codes: ru, us, sy, tr, ir, un, … Used to tell a Russian deputy minister from a Turkish one.
 */

import { foldString } from './normalize';

export interface CountryWords {
  code: string;
  adjEn: string;
  /** Adjectives / genitive names that mark the nationality of a title. */
  nat: { ar: string[]; en: string[]; ru: string[] };
  /** Names of the country or its capital after "لدى / في / to / in / в". */
  places: { ar: string[]; en: string[]; ru: string[] };
}

export const COUNTRIES: CountryWords[] = [
  {
    code: 'ru',
    adjEn: 'Russian',
    nat: {
      ar: ['الروسي', 'الروسية', 'روسيا', 'لروسيا', 'الروسى', 'الروسيه', 'الاتحاد الروسي'],
      en: ['Russian', "Russia's", 'Russia'],
      ru: ['российский', 'России', 'РФ', 'Российской Федерации'],
    },
    places: { ar: ['روسيا', 'موسكو'], en: ['Russia', 'Moscow'], ru: ['России', 'Москве'] },
  },
  {
    code: 'us',
    adjEn: 'US',
    nat: {
      ar: [
        'الأمريكي',
        'الأميركي',
        'الأمريكية',
        'الأميركية',
        'الأمريكى',
        'الأميركى',
        'الامريكي',
        'الاميركي',
        'الأمريكيه',
      ],
      en: ['US', 'U.S.', 'American', "America's"],
      ru: ['американский', 'США'],
    },
    places: {
      ar: ['الولايات المتحدة', 'واشنطن', 'أمريكا', 'أميركا'],
      en: ['the United States', 'United States', 'Washington', 'the US', 'the U.S.'],
      ru: ['США', 'Вашингтоне'],
    },
  },
  {
    code: 'sy',
    adjEn: 'Syrian',
    nat: {
      ar: ['السوري', 'السورية', 'السورى', 'سوريا', 'سورية'],
      en: ['Syrian', "Syria's"],
      ru: ['сирийский', 'Сирии', 'САР'],
    },
    places: { ar: ['سوريا', 'سورية', 'دمشق'], en: ['Syria', 'Damascus'], ru: ['Сирии', 'Дамаске', 'САР'] },
  },
  {
    code: 'tr',
    adjEn: 'Turkish',
    nat: { ar: ['التركي', 'التركية', 'تركيا'], en: ['Turkish', "Turkey's"], ru: ['турецкий', 'Турции'] },
    places: { ar: ['تركيا', 'أنقرة'], en: ['Turkey', 'Türkiye', 'Ankara'], ru: ['Турции', 'Анкаре'] },
  },
  {
    code: 'ir',
    adjEn: 'Iranian',
    nat: {
      ar: ['الإيراني', 'الإيرانية', 'إيران'],
      en: ['Iranian', "Iran's"],
      ru: ['иранский', 'Ирана', 'Ирана'],
    },
    places: { ar: ['إيران', 'طهران'], en: ['Iran', 'Tehran'], ru: ['Иране', 'Тегеране'] },
  },
  {
    code: 'un',
    adjEn: 'UN',
    nat: { ar: ['الأممي', 'الأممية', 'الدولي', 'الدولية'], en: ['UN', 'U.N.'], ru: ['ООН'] },
    places: {
      ar: ['الأمم المتحدة', 'مجلس الأمن', 'مجلس الأمن الدولي'],
      en: ['the United Nations', 'United Nations', 'the UN', 'the U.N.', 'UN', 'the Security Council'],
      ru: ['ООН', 'Совбезе ООН'],
    },
  },
  {
    code: 'fr',
    adjEn: 'French',
    nat: { ar: ['الفرنسي', 'الفرنسية'], en: ['French'], ru: ['французский', 'Франции'] },
    places: { ar: ['فرنسا', 'باريس'], en: ['France', 'Paris'], ru: ['Франции'] },
  },
  {
    code: 'gb',
    adjEn: 'British',
    nat: { ar: ['البريطاني', 'البريطانية'], en: ['British', 'UK'], ru: ['британский', 'Великобритании'] },
    places: {
      ar: ['بريطانيا', 'لندن'],
      en: ['Britain', 'London', 'the UK'],
      ru: ['Великобритании', 'Лондоне'],
    },
  },
  {
    code: 'de',
    adjEn: 'German',
    nat: { ar: ['الألماني', 'الألمانية'], en: ['German'], ru: ['немецкий', 'Германии'] },
    places: { ar: ['ألمانيا', 'برلين'], en: ['Germany', 'Berlin'], ru: ['Германии', 'Берлине'] },
  },
  {
    code: 'il',
    adjEn: 'Israeli',
    nat: { ar: ['الإسرائيلي', 'الإسرائيلية'], en: ['Israeli'], ru: ['израильский', 'Израиля'] },
    places: { ar: ['إسرائيل', 'تل أبيب'], en: ['Israel', 'Tel Aviv'], ru: ['Израиле'] },
  },
  {
    code: 'sa',
    adjEn: 'Saudi',
    nat: { ar: ['السعودي', 'السعودية'], en: ['Saudi'], ru: ['саудовский'] },
    places: { ar: ['السعودية', 'الرياض'], en: ['Saudi Arabia', 'Riyadh'], ru: ['Саудовской Аравии'] },
  },
  {
    code: 'qa',
    adjEn: 'Qatari',
    nat: { ar: ['القطري', 'القطرية'], en: ['Qatari'], ru: ['катарский'] },
    places: { ar: ['قطر', 'الدوحة'], en: ['Qatar', 'Doha'], ru: ['Катаре'] },
  },
  {
    code: 'jo',
    adjEn: 'Jordanian',
    nat: { ar: ['الأردني', 'الأردنية'], en: ['Jordanian'], ru: ['иорданский'] },
    places: { ar: ['الأردن', 'عمان'], en: ['Jordan', 'Amman'], ru: ['Иордании'] },
  },
  {
    code: 'iq',
    adjEn: 'Iraqi',
    nat: { ar: ['العراقي', 'العراقية'], en: ['Iraqi'], ru: ['иракский', 'Ирака'] },
    places: { ar: ['العراق', 'بغداد'], en: ['Iraq', 'Baghdad'], ru: ['Ираке', 'Багдаде'] },
  },
  {
    code: 'lb',
    adjEn: 'Lebanese',
    nat: { ar: ['اللبناني', 'اللبنانية'], en: ['Lebanese'], ru: ['ливанский'] },
    places: { ar: ['لبنان', 'بيروت'], en: ['Lebanon', 'Beirut'], ru: ['Ливане'] },
  },
  {
    code: 'eg',
    adjEn: 'Egyptian',
    nat: { ar: ['المصري', 'المصرية'], en: ['Egyptian'], ru: ['египетский'] },
    places: { ar: ['مصر', 'القاهرة'], en: ['Egypt', 'Cairo'], ru: ['Египте'] },
  },
  {
    code: 'cn',
    adjEn: 'Chinese',
    nat: { ar: ['الصيني', 'الصينية'], en: ['Chinese'], ru: ['китайский', 'КНР'] },
    places: { ar: ['الصين', 'بكين'], en: ['China', 'Beijing'], ru: ['Китае', 'КНР'] },
  },
  {
    code: 'ua',
    adjEn: 'Ukrainian',
    nat: { ar: ['الأوكراني', 'الأوكرانية'], en: ['Ukrainian'], ru: ['украинский', 'Украины'] },
    places: { ar: ['أوكرانيا', 'كييف'], en: ['Ukraine', 'Kyiv', 'Kiev'], ru: ['Украине', 'Киеве'] },
  },
  {
    code: 'eu',
    adjEn: 'EU',
    nat: { ar: ['الأوروبي', 'الأوروبية'], en: ['EU', 'European'], ru: ['ЕС'] },
    places: { ar: ['الاتحاد الأوروبي'], en: ['the EU', 'the European Union'], ru: ['ЕС'] },
  },
];

export const COUNTRY_ADJ: Record<string, string> = Object.fromEntries(
  COUNTRIES.map((c) => [c.code, c.adjEn]),
);

/** Words after a title that introduce the host country of an ambassador or envoy. */
export const HOST_PREPOSITIONS = new Set(
  ['لدى', 'في', 'الى', 'إلى', 'to', 'in', 'at', 'в', 'во', 'при'].map(foldString),
);

/** Words marking a past office: "وزير الخارجية السابق", "former foreign minister", "бывший министр". */
export const FORMER_WORDS = new Set(
  [
    'السابق',
    'السابقة',
    'سابقا',
    'الأسبق',
    'الأسبقة',
    'former',
    'ex',
    'then',
    'бывший',
    'бывшего',
    'бывшему',
    'бывшим',
    'экс',
  ].map(foldString),
);
