/**
 * Russian officials who speak on Syria (2011 – now), with their posts and dates. Dates are those
 * of appointment decrees where known; where a date is uncertain the bound is widened or left null,
 * because a wrong bound would give a confident wrong article date. Title keys refer to titles.ts.
 */

import { person, role } from './speaker-types';
import type { SpeakerEntry } from './speaker-types';

const SERGEI = ['سيرغي', 'سيرجي', 'سيرغيه', 'سيرغيي', 'سيرجيه', 'سيرغى'];
const SERGEI_EN = ['Sergey', 'Sergei'];
const ALEXANDER = ['ألكسندر', 'الكسندر', 'أليكساندر', 'ألكساندر', 'الكساندر', 'أليكسندر', 'اسكندر'];
const ALEXANDER_EN = ['Alexander', 'Aleksandr', 'Alexandr'];
const DMITRY = ['دميتري', 'ديمتري', 'ديميتري', 'دمتري', 'دميتريه'];
const DMITRY_EN = ['Dmitry', 'Dmitri', 'Dmitriy'];
const MIKHAIL = ['ميخائيل', 'ميخائيل', 'ميخايل'];
const ANDREI = ['أندريه', 'أندري', 'اندريه', 'أندريا'];
const ANDREI_EN = ['Andrei', 'Andrey'];
const VLADIMIR = ['فلاديمير', 'فلاديمر'];
const IGOR = ['إيغور', 'ايغور', 'إيجور', 'ايجور', 'إيغور'];
const VIKTOR = ['فيكتور', 'فكتور'];
const NIKOLAI = ['نيكولاي', 'نيقولاي'];
const ALEXEI = ['أليكسي', 'ألكسي', 'أليكسيه', 'اليكسي', 'ألكسيه'];

const MFA = 'Russian Ministry of Foreign Affairs';

export const RUSSIAN_OFFICIALS: SpeakerEntry[] = [
  person(
    'putin',
    'Vladimir Putin',
    'm',
    'kremlin',
    {
      ar: [[...VLADIMIR, 'فلاديمير فلاديميروفيتش'], ['بوتين']],
      en: [['Vladimir'], ['Putin']],
      ru: [['Владимир', 'Владимир Владимирович'], ['Путин']],
    },
    [
      role('President of Russia', '2000-05-07', '2008-05-07', 'president@ru'),
      role('Prime Minister of Russia', '2008-05-08', '2012-05-07', 'pm@ru'),
      role('President of Russia', '2012-05-07', null, 'president@ru'),
    ],
  ),
  person(
    'medvedev',
    'Dmitry Medvedev',
    'm',
    'government',
    {
      ar: [DMITRY, ['مدفيديف', 'ميدفيديف', 'مدفيدف', 'ميدفيدف', 'مدفيدييف', 'ميدفيديديف']],
      en: [DMITRY_EN, ['Medvedev']],
      ru: [['Дмитрий'], ['Медведев']],
    },
    [
      role('President of Russia', '2008-05-07', '2012-05-07', 'president@ru'),
      role('Prime Minister of Russia', '2012-05-08', '2020-01-16', 'pm@ru'),
      role('Deputy Chairman of the Security Council of Russia', '2020-01-16', null, 'sc-deputy-chair@ru'),
    ],
  ),
  person(
    'mishustin',
    'Mikhail Mishustin',
    'm',
    'government',
    { ar: [MIKHAIL, ['ميشوستين']], en: [['Mikhail'], ['Mishustin']], ru: [['Михаил'], ['Мишустин']] },
    [role('Prime Minister of Russia', '2020-01-16', null, 'pm@ru')],
  ),
  person(
    'lavrov',
    'Sergey Lavrov',
    'm',
    'mfa',
    { ar: [SERGEI, ['لافروف', 'لاڤروف']], en: [SERGEI_EN, ['Lavrov']], ru: [['Сергей'], ['Лавров']] },
    [
      role('Permanent Representative of Russia to the UN', null, '2004-03-09', 'un-envoy@ru'),
      role('Minister of Foreign Affairs of Russia', '2004-03-09', null, 'fm@ru', {
        ar: ['رئيس الدبلوماسية الروسية', 'عميد الدبلوماسية الروسية'],
        en: ["Russia's top diplomat"],
      }),
    ],
  ),
  person(
    'zakharova',
    'Maria Zakharova',
    'f',
    'mfa',
    {
      ar: [
        ['ماريا', 'ماريّا', 'مريم'],
        ['زاخاروفا', 'زخاروفا', 'زاخروفا'],
      ],
      en: [['Maria', 'Mariya'], ['Zakharova']],
      ru: [['Мария'], ['Захарова']],
    },
    [
      role('Spokeswoman, Russian Ministry of Foreign Affairs', '2015-08-10', null, 'spokesperson@ru-mfa', {
        ar: [
          'مديرة إدارة الإعلام والصحافة في وزارة الخارجية الروسية',
          'مديرة إدارة الإعلام والصحافة بوزارة الخارجية الروسية',
        ],
        ru: ['директор департамента информации и печати МИД России'],
      }),
    ],
  ),
  person(
    'lukashevich',
    'Alexander Lukashevich',
    'm',
    'mfa',
    {
      ar: [ALEXANDER, ['لوكاشيفيتش', 'لوكاشيفتش', 'لوكاشفيتش']],
      en: [ALEXANDER_EN, ['Lukashevich']],
      ru: [['Александр'], ['Лукашевич']],
    },
    [
      role(
        'Spokesman, Russian Ministry of Foreign Affairs',
        '2011-01-11',
        '2015-08-10',
        'spokesperson@ru-mfa',
      ),
      role('Permanent Representative of Russia to the OSCE', '2015-07-20', null, 'osce-envoy@ru'),
    ],
  ),
  person(
    'peskov',
    'Dmitry Peskov',
    'm',
    'kremlin',
    { ar: [DMITRY, ['بيسكوف', 'بسكوف']], en: [DMITRY_EN, ['Peskov']], ru: [['Дмитрий'], ['Песков']] },
    [
      role(
        'Press Secretary of the Prime Minister of Russia',
        '2008-05-01',
        '2012-05-22',
        'spokesperson@ru-government',
      ),
      role(
        'Press Secretary of the President of Russia (Kremlin spokesman)',
        '2012-05-22',
        null,
        'spokesperson@kremlin',
        {
          ar: [
            'السكرتير الصحفي للرئيس الروسي',
            'المتحدث الصحفي باسم الرئيس الروسي',
            'المتحدث باسم الرئيس الروسي',
            'الناطق باسم الرئيس الروسي',
          ],
          en: [
            'Kremlin spokesman',
            "Putin's spokesman",
            'Kremlin spokesperson',
            'presidential press secretary',
          ],
          ru: [
            'пресс-секретарь президента России',
            'пресс-секретарь президента РФ',
            'пресс-секретарь Кремля',
            'пресс-секретарь главы государства',
          ],
        },
      ),
    ],
  ),
  person(
    'ushakov',
    'Yuri Ushakov',
    'm',
    'kremlin',
    {
      ar: [
        ['يوري', 'يوريي'],
        ['أوشاكوف', 'اوشاكوف', 'أوشكوف'],
      ],
      en: [['Yuri', 'Yury', 'Yuriy'], ['Ushakov']],
      ru: [['Юрий'], ['Ушаков']],
    },
    [role('Presidential Aide for Foreign Policy', '2012-05-21', null, 'presidential-aide@ru')],
  ),
  person(
    'bogdanov',
    'Mikhail Bogdanov',
    'm',
    'mfa',
    {
      ar: [MIKHAIL, ['بوغدانوف', 'بوجدانوف', 'بغدانوف', 'بوغدانف']],
      en: [['Mikhail'], ['Bogdanov']],
      ru: [['Михаил'], ['Богданов']],
    },
    [
      role('Deputy Minister of Foreign Affairs of Russia', '2011-06-01', '2025-07-09', 'deputy-fm@ru'),
      role('Presidential Special Envoy for the Middle East (and Africa)', '2012-01-01', '2025-07-09', [
        'envoy-middle-east@ru',
        'presidential-envoy@ru',
      ]),
    ],
  ),
  person(
    'syromolotov',
    'Oleg Syromolotov',
    'm',
    'mfa',
    {
      ar: [
        ['أوليغ', 'أوليج', 'اوليغ', 'أولغ'],
        ['سيرومولوتوف', 'سيرومولتوف', 'سيروموليتوف'],
      ],
      en: [['Oleg'], ['Syromolotov']],
      ru: [['Олег'], ['Сыромолотов']],
    },
    [role('Deputy Minister of Foreign Affairs of Russia', '2015-03-01', null, 'deputy-fm@ru')],
  ),
  person(
    'gatilov',
    'Gennady Gatilov',
    'm',
    'mfa',
    {
      ar: [
        ['غينادي', 'جينادي', 'غنادي'],
        ['غاتيلوف', 'جاتيلوف', 'غتيلوف'],
      ],
      en: [['Gennady', 'Gennadiy'], ['Gatilov']],
      ru: [['Геннадий'], ['Гатилов']],
    },
    [
      role('Deputy Minister of Foreign Affairs of Russia', null, '2018-02-01', 'deputy-fm@ru'),
      role(
        'Permanent Representative of Russia to the UN Office in Geneva',
        '2018-02-01',
        null,
        'geneva-envoy@ru',
      ),
    ],
  ),
  person(
    'ryabkov',
    'Sergei Ryabkov',
    'm',
    'mfa',
    { ar: [SERGEI, ['ريابكوف', 'ريابكف']], en: [SERGEI_EN, ['Ryabkov']], ru: [['Сергей'], ['Рябков']] },
    [role('Deputy Minister of Foreign Affairs of Russia', '2008-01-01', null, 'deputy-fm@ru')],
  ),
  person(
    'vershinin',
    'Sergey Vershinin',
    'm',
    'mfa',
    { ar: [SERGEI, ['فيرشينين', 'فيرشنين']], en: [SERGEI_EN, ['Vershinin']], ru: [['Сергей'], ['Вершинин']] },
    [
      role(
        'Director, Middle East and North Africa Department, Russian MFA',
        '2005-02-01',
        '2018-03-27',
        'mfa-mena-director@ru',
      ),
      role('Deputy Minister of Foreign Affairs of Russia', '2018-03-27', null, 'deputy-fm@ru'),
    ],
  ),
  person(
    'churkin',
    'Vitaly Churkin',
    'm',
    'un-mission',
    {
      ar: [
        ['فيتالي', 'فيتالى'],
        ['تشوركين', 'تشوركن', 'شوركين'],
      ],
      en: [['Vitaly', 'Vitaliy'], ['Churkin']],
      ru: [['Виталий'], ['Чуркин']],
    },
    [role('Permanent Representative of Russia to the UN', '2006-04-08', '2017-02-20', 'un-envoy@ru')],
  ),
  person(
    'nebenzya',
    'Vasily Nebenzya',
    'm',
    'un-mission',
    {
      ar: [
        ['فاسيلي', 'فاسيلى'],
        ['نيبينزيا', 'نيبنزيا', 'نبنزيا', 'نبينزيا', 'نيبيزيا'],
      ],
      en: [
        ['Vasily', 'Vassily'],
        ['Nebenzya', 'Nebenzia'],
      ],
      ru: [['Василий'], ['Небензя']],
    },
    [
      role('Deputy Minister of Foreign Affairs of Russia', null, '2017-07-27', 'deputy-fm@ru'),
      role('Permanent Representative of Russia to the UN', '2017-07-27', null, 'un-envoy@ru'),
    ],
  ),
  person(
    'safronkov',
    'Vladimir Safronkov',
    'm',
    'un-mission',
    {
      ar: [VLADIMIR, ['سافرونكوف', 'سفرونكوف']],
      en: [['Vladimir'], ['Safronkov']],
      ru: [['Владимир'], ['Сафронков']],
    },
    [role('Deputy Permanent Representative of Russia to the UN', null, null, 'deputy-un-envoy@ru')],
  ),
  person(
    'polyanskiy',
    'Dmitry Polyanskiy',
    'm',
    'un-mission',
    {
      ar: [DMITRY, ['بوليانسكي', 'بوليانسكى']],
      en: [DMITRY_EN, ['Polyanskiy', 'Polyansky']],
      ru: [['Дмитрий'], ['Полянский']],
    },
    [
      role('First Deputy Permanent Representative of Russia to the UN', null, null, [
        'first-deputy-un-envoy@ru',
        'deputy-un-envoy@ru',
      ]),
    ],
  ),
  person(
    'lavrentiev',
    'Alexander Lavrentiev',
    'm',
    'kremlin',
    {
      ar: [ALEXANDER, ['لافرنتييف', 'لافرينتييف', 'لافرينتيف', 'لافرنتيف', 'لافرنتياف']],
      en: [ALEXANDER_EN, ['Lavrentiev', 'Lavrentyev']],
      ru: [['Александр'], ['Лаврентьев']],
    },
    [
      role('Presidential Special Envoy for Syria', '2015-09-01', null, [
        'envoy-syria@ru',
        'presidential-envoy@ru',
      ]),
    ],
  ),
  person(
    'antonov',
    'Anatoly Antonov',
    'm',
    'mod',
    {
      ar: [
        ['أناتولي', 'اناتولي', 'أناتولى'],
        ['أنطونوف', 'انطونوف', 'أنتونوف', 'انتونوف'],
      ],
      en: [['Anatoly', 'Anatoliy'], ['Antonov']],
      ru: [['Анатолий'], ['Антонов']],
    },
    [
      role('Deputy Minister of Defence of Russia', '2011-02-04', '2016-12-28', 'deputy-defmin@ru'),
      role('Deputy Minister of Foreign Affairs of Russia', '2016-12-28', '2017-08-21', 'deputy-fm@ru'),
      role('Ambassador of Russia to the United States', '2017-08-21', '2025-03-31', 'ambassador-us@ru'),
    ],
  ),
  person(
    'shoigu',
    'Sergei Shoigu',
    'm',
    'mod',
    {
      ar: [SERGEI, ['شويغو', 'شويجو', 'شويگو', 'شويقو']],
      en: [SERGEI_EN, ['Shoigu', 'Shoygu']],
      ru: [['Сергей'], ['Шойгу']],
    },
    [
      role('Minister of Emergency Situations of Russia', null, '2012-05-11', 'emergencies-minister@ru'),
      role('Minister of Defence of Russia', '2012-11-06', '2024-05-12', 'defmin@ru'),
      role('Secretary of the Security Council of Russia', '2024-05-12', null, 'sc-secretary@ru'),
    ],
  ),
  person(
    'belousov',
    'Andrei Belousov',
    'm',
    'mod',
    { ar: [ANDREI, ['بيلوسوف', 'بيلاوسوف']], en: [ANDREI_EN, ['Belousov']], ru: [['Андрей'], ['Белоусов']] },
    [
      role('First Deputy Prime Minister of Russia', '2020-01-21', '2024-05-14', 'first-deputy-pm@ru'),
      role('Minister of Defence of Russia', '2024-05-14', null, 'defmin@ru'),
    ],
  ),
  person(
    'serdyukov',
    'Anatoly Serdyukov',
    'm',
    'mod',
    {
      ar: [
        ['أناتولي', 'اناتولي'],
        ['سيرديوكوف', 'سيرديكوف'],
      ],
      en: [['Anatoly'], ['Serdyukov']],
      ru: [['Анатолий'], ['Сердюков']],
    },
    [role('Minister of Defence of Russia', '2007-02-15', '2012-11-06', 'defmin@ru')],
  ),
  person(
    'konashenkov',
    'Igor Konashenkov',
    'm',
    'mod',
    {
      ar: [IGOR, ['كوناشينكوف', 'كوناشنكوف', 'كوناشينكف']],
      en: [['Igor'], ['Konashenkov']],
      ru: [['Игорь'], ['Конашенков']],
    },
    [role('Spokesman, Russian Ministry of Defence', '2011-08-30', null, 'spokesperson@ru-mod')],
  ),
  person(
    'gerasimov',
    'Valery Gerasimov',
    'm',
    'general-staff',
    {
      ar: [
        ['فاليري', 'فاليرى'],
        ['غيراسيموف', 'جيراسيموف', 'غراسيموف'],
      ],
      en: [['Valery', 'Valeriy'], ['Gerasimov']],
      ru: [['Валерий'], ['Герасимов']],
    },
    [
      role(
        'Chief of the General Staff of the Russian Armed Forces',
        '2012-11-09',
        null,
        'chief-of-general-staff@ru',
      ),
    ],
  ),
  person(
    'makarov',
    'Nikolai Makarov',
    'm',
    'general-staff',
    {
      ar: [NIKOLAI, ['ماكاروف'], false],
      en: [['Nikolai', 'Nikolay'], ['Makarov'], false],
      ru: [['Николай'], ['Макаров'], false],
    },
    [
      role(
        'Chief of the General Staff of the Russian Armed Forces',
        '2008-06-03',
        '2012-11-09',
        'chief-of-general-staff@ru',
      ),
    ],
  ),
  person(
    'rudskoy',
    'Sergei Rudskoy',
    'm',
    'general-staff',
    {
      ar: [SERGEI, ['رودسكوي', 'رودسكي', 'رودسكوى']],
      en: [SERGEI_EN, ['Rudskoy', 'Rudskoi']],
      ru: [['Сергей'], ['Рудской']],
    },
    [role('Chief of the Main Operational Directorate of the General Staff', null, null, 'gou-chief@ru')],
  ),
  person(
    'poznikhir',
    'Viktor Poznikhir',
    'm',
    'general-staff',
    {
      ar: [VIKTOR, ['بوزنيخير', 'بوزنيخر']],
      en: [['Viktor'], ['Poznikhir']],
      ru: [['Виктор'], ['Познихир']],
    },
    [
      role(
        'Deputy Chief of the Main Operational Directorate of the General Staff',
        null,
        null,
        'gou-deputy@ru',
      ),
    ],
  ),
  person(
    'dvornikov',
    'Alexander Dvornikov',
    'm',
    'mod',
    { ar: [ALEXANDER, ['دفورنيكوف']], en: [ALEXANDER_EN, ['Dvornikov']], ru: [['Александр'], ['Дворников']] },
    [
      role('Commander of the Russian forces in Syria', '2015-09-01', '2016-09-30', 'commander-syria@ru'),
      role('Commander of the Southern Military District', '2016-09-01', null, 'smd-commander@ru'),
    ],
  ),
  person(
    'surovikin',
    'Sergei Surovikin',
    'm',
    'mod',
    {
      ar: [SERGEI, ['سوروفيكين', 'سوروفكين']],
      en: [SERGEI_EN, ['Surovikin']],
      ru: [['Сергей'], ['Суровикин']],
    },
    [
      role('Commander of the Russian forces in Syria', '2017-03-01', '2019-12-31', 'commander-syria@ru'),
      role(
        'Commander-in-Chief of the Russian Aerospace Forces',
        '2017-11-22',
        '2023-08-22',
        'vks-commander@ru',
      ),
    ],
  ),
  person(
    'zhuravlev',
    'Alexander Zhuravlev',
    'm',
    'mod',
    {
      ar: [ALEXANDER, ['جورافليوف', 'جورافليف', 'جورافلييف', 'جورافلوف']],
      en: [ALEXANDER_EN, ['Zhuravlev', 'Zhuravlyov']],
      ru: [['Александр'], ['Журавлёв', 'Журавлев']],
    },
    [role('Commander of the Russian forces in Syria', '2016-07-01', '2018-12-31', 'commander-syria@ru')],
  ),
  person(
    'matviyenko',
    'Valentina Matviyenko',
    'f',
    'federation-council',
    {
      ar: [
        ['فالنتينا', 'فالينتينا'],
        ['ماتفيينكو', 'ماتفينكو', 'ماتفيانكو'],
      ],
      en: [['Valentina'], ['Matviyenko', 'Matvienko']],
      ru: [['Валентина'], ['Матвиенко']],
    },
    [role('Chairwoman of the Federation Council of Russia', '2011-09-21', null, 'fc-chair@ru')],
  ),
  person(
    'kosachev',
    'Konstantin Kosachev',
    'm',
    'federation-council',
    {
      ar: [
        ['كونستانتين', 'قسطنطين', 'كونستانتن'],
        ['كوساتشوف', 'كوساتشيف', 'كوساتشف'],
      ],
      en: [['Konstantin'], ['Kosachev']],
      ru: [['Константин'], ['Косачев', 'Косачёв']],
    },
    [
      role(
        'Chairman of the State Duma Committee on International Affairs',
        null,
        '2011-12-21',
        'duma-intl-chair@ru',
      ),
      role(
        'Chairman of the Federation Council Committee on International Affairs',
        null,
        null,
        'fc-intl-chair@ru',
      ),
    ],
  ),
  person(
    'volodin',
    'Vyacheslav Volodin',
    'm',
    'duma',
    {
      ar: [['فياتشيسلاف', 'فيتشيسلاف', 'فياتشسلاف'], ['فولودين']],
      en: [['Vyacheslav'], ['Volodin']],
      ru: [['Вячеслав'], ['Володин']],
    },
    [
      role(
        'First Deputy Head of the Presidential Administration',
        '2011-12-27',
        '2016-10-05',
        'pres-admin-deputy@ru',
      ),
      role('Chairman of the State Duma', '2016-10-05', null, 'duma-chair@ru'),
    ],
  ),
  person(
    'naryshkin',
    'Sergey Naryshkin',
    'm',
    'svr',
    { ar: [SERGEI, ['ناريشكين', 'ناريشكن']], en: [SERGEI_EN, ['Naryshkin']], ru: [['Сергей'], ['Нарышкин']] },
    [
      role('Head of the Presidential Administration', '2008-05-12', '2011-12-20', 'pres-admin-head@ru'),
      role('Chairman of the State Duma', '2011-12-21', '2016-10-05', 'duma-chair@ru'),
      role('Director of the Foreign Intelligence Service (SVR)', '2016-10-05', null, 'svr-director@ru'),
    ],
  ),
  person(
    'patrushev',
    'Nikolai Patrushev',
    'm',
    'security-council',
    {
      ar: [NIKOLAI, ['باتروشيف', 'باتروشف']],
      en: [['Nikolai', 'Nikolay'], ['Patrushev']],
      ru: [['Николай'], ['Патрушев']],
    },
    [
      role('Director of the FSB', '1999-08-09', '2008-05-12', 'fsb-director@ru'),
      role('Secretary of the Security Council of Russia', '2008-05-12', '2024-05-12', 'sc-secretary@ru'),
      role('Presidential Aide', '2024-05-14', null, 'presidential-aide@ru'),
    ],
  ),
  person(
    'fomin',
    'Alexander Fomin',
    'm',
    'mod',
    { ar: [ALEXANDER, ['فومين']], en: [ALEXANDER_EN, ['Fomin']], ru: [['Александр'], ['Фомин']] },
    [role('Deputy Minister of Defence of Russia', '2017-01-01', null, 'deputy-defmin@ru')],
  ),
  person(
    'kartapolov',
    'Andrei Kartapolov',
    'm',
    'duma',
    {
      ar: [ANDREI, ['كارتابولوف', 'كارتابلوف']],
      en: [ANDREI_EN, ['Kartapolov']],
      ru: [['Андрей'], ['Картаполов']],
    },
    [
      role('Deputy Minister of Defence of Russia', '2018-07-01', '2021-10-12', 'deputy-defmin@ru'),
      role('Chairman of the State Duma Defence Committee', '2021-10-12', null, 'duma-defence-chair@ru'),
    ],
  ),
  person(
    'sergei-ivanov',
    'Sergei Ivanov',
    'm',
    'kremlin',
    {
      ar: [SERGEI, ['إيفانوف', 'ايفانوف'], false],
      en: [SERGEI_EN, ['Ivanov'], false],
      ru: [['Сергей'], ['Иванов'], false],
    },
    [
      role('Minister of Defence of Russia', '2001-03-28', '2007-02-15', 'defmin@ru'),
      role('Deputy Prime Minister of Russia', '2007-02-15', '2011-12-22', [
        'deputy-pm@ru',
        'first-deputy-pm@ru',
      ]),
      role('Head of the Presidential Administration', '2011-12-22', '2016-08-12', 'pres-admin-head@ru'),
    ],
  ),
  person(
    'fradkov',
    'Mikhail Fradkov',
    'm',
    'svr',
    { ar: [MIKHAIL, ['فرادكوف']], en: [['Mikhail'], ['Fradkov']], ru: [['Михаил'], ['Фрадков']] },
    [
      role('Prime Minister of Russia', '2004-03-05', '2007-09-14', 'pm@ru'),
      role(
        'Director of the Foreign Intelligence Service (SVR)',
        '2007-10-09',
        '2016-10-05',
        'svr-director@ru',
      ),
    ],
  ),
  person(
    'bortnikov',
    'Alexander Bortnikov',
    'm',
    'fsb',
    { ar: [ALEXANDER, ['بورتنيكوف']], en: [ALEXANDER_EN, ['Bortnikov']], ru: [['Александр'], ['Бортников']] },
    [role('Director of the FSB', '2008-05-12', null, 'fsb-director@ru')],
  ),
  person(
    'kozhin',
    'Vladimir Kozhin',
    'm',
    'kremlin',
    { ar: [VLADIMIR, ['كوجين', 'كوزين']], en: [['Vladimir'], ['Kozhin']], ru: [['Владимир'], ['Кожин']] },
    [role('Presidential Aide for Military-Technical Cooperation', null, null, 'presidential-aide@ru')],
  ),
  person(
    'kinshchak',
    'Alexander Kinshchak',
    'm',
    'embassy',
    {
      ar: [ALEXANDER, ['كينشاك', 'كينشتشاك', 'كينتشاك', 'كنشاك']],
      en: [ALEXANDER_EN, ['Kinshchak', 'Kinshak']],
      ru: [['Александр'], ['Кинщак']],
    },
    [
      role('Ambassador of Russia to Syria', '2014-01-01', '2018-10-11', 'ambassador-sy@ru'),
      role(
        'Director, Middle East and North Africa Department, Russian MFA',
        '2018-04-01',
        null,
        'mfa-mena-director@ru',
      ),
    ],
  ),
  person(
    'yefimov',
    'Alexander Yefimov',
    'm',
    'embassy',
    {
      ar: [ALEXANDER, ['يفيموف', 'إيفيموف', 'يافيموف', 'يفيموف']],
      en: [ALEXANDER_EN, ['Yefimov', 'Efimov']],
      ru: [['Александр'], ['Ефимов'], false],
    },
    [
      role('Ambassador of Russia to Syria', '2018-10-11', null, 'ambassador-sy@ru'),
      role(
        'Presidential Special Envoy for the Development of Relations with Syria',
        '2020-05-25',
        null,
        'presidential-envoy@ru',
      ),
    ],
  ),
  person(
    'karlov',
    'Andrei Karlov',
    'm',
    'embassy',
    { ar: [ANDREI, ['كارلوف']], en: [ANDREI_EN, ['Karlov']], ru: [['Андрей'], ['Карлов']] },
    [role('Ambassador of Russia to Turkey', '2013-07-12', '2016-12-19', 'ambassador-tr@ru')],
  ),
  person(
    'kislyak',
    'Sergey Kislyak',
    'm',
    'embassy',
    { ar: [SERGEI, ['كيسلياك', 'كيسلاك']], en: [SERGEI_EN, ['Kislyak']], ru: [['Сергей'], ['Кисляк']] },
    [role('Ambassador of Russia to the United States', '2008-07-26', '2017-08-21', 'ambassador-us@ru')],
  ),
  person(
    'rogozin',
    'Dmitry Rogozin',
    'm',
    'government',
    { ar: [DMITRY, ['روغوزين', 'روجوزين']], en: [DMITRY_EN, ['Rogozin']], ru: [['Дмитрий'], ['Рогозин']] },
    [role('Deputy Prime Minister of Russia', '2011-12-23', '2018-05-07', 'deputy-pm@ru')],
  ),
  person(
    'pushkov',
    'Alexei Pushkov',
    'm',
    'duma',
    {
      ar: [ALEXEI, ['بوشكوف']],
      en: [['Alexei', 'Alexey', 'Aleksei'], ['Pushkov']],
      ru: [['Алексей'], ['Пушков']],
    },
    [
      role(
        'Chairman of the State Duma Committee on International Affairs',
        '2011-12-21',
        '2016-10-05',
        'duma-intl-chair@ru',
      ),
    ],
  ),
  person(
    'slutsky',
    'Leonid Slutsky',
    'm',
    'duma',
    {
      ar: [['ليونيد'], ['سلوتسكي', 'سلوتسكى']],
      en: [['Leonid'], ['Slutsky']],
      ru: [['Леонид'], ['Слуцкий']],
    },
    [
      role(
        'Chairman of the State Duma Committee on International Affairs',
        '2016-10-05',
        null,
        'duma-intl-chair@ru',
      ),
    ],
  ),
  person(
    'ozerov',
    'Viktor Ozerov',
    'm',
    'federation-council',
    { ar: [VIKTOR, ['أوزيروف', 'اوزيروف']], en: [['Viktor'], ['Ozerov']], ru: [['Виктор'], ['Озеров']] },
    [
      role(
        'Chairman of the Federation Council Defence and Security Committee',
        null,
        null,
        'fc-defence-chair@ru',
      ),
    ],
  ),
  person(
    'klintsevich',
    'Frants Klintsevich',
    'm',
    'federation-council',
    {
      ar: [
        ['فرانتس', 'فرانز'],
        ['كلينتسيفيتش', 'كلينتسفيتش'],
      ],
      en: [['Frants', 'Franz'], ['Klintsevich']],
      ru: [['Франц'], ['Клинцевич']],
    },
    [
      role(
        'First Deputy Chairman of the Federation Council Defence and Security Committee',
        null,
        null,
        'fc-defence-deputy@ru',
      ),
    ],
  ),
  person(
    'bondarev',
    'Viktor Bondarev',
    'm',
    'federation-council',
    {
      ar: [VIKTOR, ['بونداريف', 'بوندارييف']],
      en: [['Viktor'], ['Bondarev']],
      ru: [['Виктор'], ['Бондарев']],
    },
    [
      role(
        'Commander of the Russian Air Force / Aerospace Forces',
        '2012-05-01',
        '2017-09-30',
        'vks-commander@ru',
      ),
      role(
        'Chairman of the Federation Council Defence and Security Committee',
        '2017-09-01',
        null,
        'fc-defence-chair@ru',
      ),
    ],
  ),
  person(
    'mizintsev',
    'Mikhail Mizintsev',
    'm',
    'mod',
    {
      ar: [MIKHAIL, ['ميزينتسيف', 'ميزنتسيف']],
      en: [['Mikhail'], ['Mizintsev']],
      ru: [['Михаил'], ['Мизинцев']],
    },
    [role('Head of the National Defence Control Centre', '2014-01-01', '2022-12-31', 'ndcc-chief@ru')],
  ),
  person(
    'kirillov',
    'Igor Kirillov',
    'm',
    'mod',
    { ar: [IGOR, ['كيريلوف', 'كيريلّوف']], en: [['Igor'], ['Kirillov']], ru: [['Игорь'], ['Кириллов']] },
    [
      role(
        'Chief of the Radiological, Chemical and Biological Protection Troops',
        '2017-01-01',
        '2024-12-17',
        'rkhbz-chief@ru',
      ),
    ],
  ),
  person(
    'kuralenko',
    'Sergei Kuralenko',
    'm',
    'hmeimim',
    {
      ar: [SERGEI, ['كورالينكو', 'كورالنكو']],
      en: [SERGEI_EN, ['Kuralenko']],
      ru: [['Сергей'], ['Кураленко']],
    },
    [role('Head of the Russian Centre for Reconciliation in Syria', null, null, 'hmeimim-chief@ru')],
  ),
  person(
    'dzhabarov',
    'Vladimir Dzhabarov',
    'm',
    'federation-council',
    {
      ar: [VLADIMIR, ['جباروف', 'دجاباروف']],
      en: [['Vladimir'], ['Dzhabarov']],
      ru: [['Владимир'], ['Джабаров']],
    },
    [
      role(
        'First Deputy Chairman of the Federation Council Committee on International Affairs',
        null,
        null,
        'fc-intl-deputy@ru',
      ),
    ],
  ),
  person(
    'zaitsev',
    'Alexei Zaitsev',
    'm',
    'mfa',
    {
      ar: [ALEXEI, ['زايتسيف', 'زايتسف'], false],
      en: [['Alexei', 'Alexey'], ['Zaitsev'], false],
      ru: [['Алексей'], ['Зайцев'], false],
    },
    [role(`Deputy Spokesman, ${MFA}`, null, null, 'deputy-spokesperson@ru-mfa')],
  ),
  person(
    'yevkurov',
    'Yunus-Bek Yevkurov',
    'm',
    'mod',
    {
      ar: [
        ['يونس بك', 'يونس بيك'],
        ['يفكوروف', 'إيفكوروف'],
      ],
      en: [
        ['Yunus-Bek', 'Yunus-bek'],
        ['Yevkurov', 'Evkurov'],
      ],
      ru: [['Юнус-Бек'], ['Евкуров']],
    },
    [role('Deputy Minister of Defence of Russia', '2019-06-01', null, 'deputy-defmin@ru')],
  ),
];
