/**
 * Russian state institutions that speak as such ("أكدت وزارة الخارجية الروسية…", "МИД России
 * заявил…"), and "Moscow" as the metonym for the Russian government. Bare generic words (الخارجية,
 * МИД) are left out on purpose: they would also match other countries' ministries.
 */

import { institution } from './speaker-types';
import type { SpeakerEntry } from './speaker-types';

export const RUSSIAN_INSTITUTIONS: SpeakerEntry[] = [
  institution('ru-mfa', 'Russian Ministry of Foreign Affairs', 'mfa', {
    ar: ['وزارة الخارجية الروسية', 'الخارجية الروسية', 'وزارة الخارجية في روسيا', 'وزارة خارجية روسيا', 'خارجية روسيا', 'وزارة الخارجية الروسيه'],
    en: ['Russian Foreign Ministry', 'Russian Ministry of Foreign Affairs', "Russia's Foreign Ministry", 'Foreign Ministry of Russia', 'Ministry of Foreign Affairs of Russia', 'Ministry of Foreign Affairs of the Russian Federation', 'Russian MFA', "Russia's Ministry of Foreign Affairs"],
    ru: ['МИД России', 'МИД РФ', 'российский МИД', 'Министерство иностранных дел России', 'Министерство иностранных дел РФ', 'Министерство иностранных дел Российской Федерации', 'российское внешнеполитическое ведомство', 'МИД Российской Федерации'],
  }),
  institution('ru-mod', 'Russian Ministry of Defence', 'mod', {
    ar: ['وزارة الدفاع الروسية', 'الدفاع الروسية', 'وزارة الدفاع في روسيا', 'وزارة دفاع روسيا', 'وزارة الدفاع الروسيه'],
    en: ['Russian Defence Ministry', 'Russian Defense Ministry', 'Russian Ministry of Defence', 'Russian Ministry of Defense', "Russia's Defence Ministry", "Russia's Defense Ministry", 'Defence Ministry of Russia', 'Defense Ministry of Russia', 'Ministry of Defence of the Russian Federation', 'Ministry of Defense of the Russian Federation', 'Russian military'],
    ru: ['Минобороны России', 'Минобороны РФ', 'Министерство обороны России', 'Министерство обороны РФ', 'Министерство обороны Российской Федерации', 'российское Минобороны', 'российское военное ведомство', 'Минобороны'],
  }),
  institution('kremlin', 'The Kremlin', 'kremlin', {
    ar: ['الكرملين', 'الرئاسة الروسية', 'قصر الكرملين'],
    en: ['Kremlin', 'the Kremlin', 'Russian presidency'],
    ru: ['Кремль', 'администрация президента России'],
  }),
  institution('hmeimim-center', 'Russian Centre for Reconciliation (Hmeimim)', 'hmeimim', {
    ar: [
      'مركز حميميم', 'المركز الروسي للمصالحة', 'المركز الروسي لتنسيق المصالحة', 'مركز المصالحة الروسي',
      'المركز الروسي للمصالحة بين الأطراف المتنازعة', 'مركز المصالحة الروسي في حميميم', 'مركز التنسيق الروسي في حميميم',
      'مركز المصالحة بين الأطراف المتنازعة', 'مركز المصالحة بين الأطراف المتناحرة', 'المركز الروسي للمصالحة في سوريا',
      'مركز المصالحة في حميميم', 'مركز حميميم للمصالحة', 'مركز المصالحة', 'مركز المصالحة الروسي في سوريا', 'المركز الروسي لمصالحة الأطراف المتنازعة',
    ],
    en: ['Russian Centre for Reconciliation', 'Russian Center for Reconciliation', 'Russian Reconciliation Centre', 'Russian Reconciliation Center', 'Center for Reconciliation of Opposing Sides', 'Centre for Reconciliation of Opposing Sides', 'Russian Centre for the Reconciliation of Opposing Sides', 'Russian Center for the Reconciliation of Opposing Sides', 'Hmeimim reconciliation centre', 'Hmeimim reconciliation center', 'Russian reconciliation centre in Syria', 'Russian reconciliation center in Syria'],
    ru: ['Центр по примирению враждующих сторон', 'Российский центр по примирению враждующих сторон', 'Центр примирения враждующих сторон', 'российский Центр примирения', 'Центр по примирению', 'ЦПВС'],
  }),
  institution('hmeimim-base', 'Russian Hmeimim Air Base', 'hmeimim', {
    ar: ['قاعدة حميميم', 'قاعدة حميميم الجوية', 'قاعدة حميميم الروسية', 'قاعدة حميميم العسكرية'],
    en: ['Hmeimim air base', 'Hmeimim airbase', 'Khmeimim air base', 'Hmeymim air base'],
    ru: ['авиабаза Хмеймим', 'база Хмеймим'],
  }),
  institution('ru-embassy-damascus', 'Russian Embassy in Damascus', 'embassy', {
    ar: ['السفارة الروسية في دمشق', 'السفارة الروسية لدى سوريا', 'السفارة الروسية لدى سورية', 'السفارة الروسية في سوريا', 'السفارة الروسية في سورية', 'سفارة روسيا في دمشق', 'سفارة روسيا لدى سوريا', 'سفارة روسيا في سوريا'],
    en: ['Russian Embassy in Damascus', 'Russian Embassy in Syria', "Russia's embassy in Damascus", "Russia's embassy in Syria"],
    ru: ['посольство России в Сирии', 'посольство РФ в Сирии', 'российское посольство в Дамаске', 'посольство России в Дамаске'],
  }),
  institution('ru-embassy', 'Russian Embassy', 'embassy', {
    ar: ['السفارة الروسية'],
    en: ['Russian Embassy', 'Russian embassy'],
    ru: ['российское посольство', 'посольство России'],
  }),
  institution('ru-un-mission', 'Russian Mission to the UN', 'un-mission', {
    ar: ['البعثة الروسية لدى الأمم المتحدة', 'البعثة الروسية في الأمم المتحدة', 'بعثة روسيا لدى الأمم المتحدة', 'البعثة الدائمة لروسيا لدى الأمم المتحدة'],
    en: ["Russia's mission to the UN", 'Russian mission to the UN', "Russia's UN mission", 'Russian Mission to the United Nations', "Russia's mission to the United Nations"],
    ru: ['постпредство России при ООН', 'постоянное представительство России при ООН', 'постпредство РФ при ООН'],
  }),
  institution('general-staff', 'Russian General Staff', 'general-staff', {
    ar: ['هيئة الأركان العامة الروسية', 'هيئة الأركان الروسية', 'الأركان الروسية', 'الأركان العامة الروسية', 'هيئة الأركان العامة للقوات المسلحة الروسية', 'هيئة الأركان العامة للجيش الروسي'],
    en: ['Russian General Staff', "Russia's General Staff", 'General Staff of the Russian Armed Forces'],
    ru: ['Генштаб ВС РФ', 'Генштаб России', 'Генеральный штаб ВС РФ', 'Генеральный штаб Вооруженных сил России', 'российский Генштаб', 'Генштаб'],
  }),
  institution('duma', 'State Duma of Russia', 'duma', {
    ar: ['مجلس الدوما', 'الدوما', 'مجلس الدوما الروسي', 'الدوما الروسي', 'الدوما الروسية', 'مجلس النواب الروسي'],
    en: ['State Duma', 'Russian Duma', "Russia's State Duma", 'Duma'],
    ru: ['Госдума', 'Государственная дума', 'Госдума РФ', 'Госдума России'],
  }),
  institution('federation-council', 'Federation Council of Russia', 'federation-council', {
    ar: ['مجلس الاتحاد الروسي', 'مجلس الاتحاد', 'مجلس الفيدرالية الروسي', 'مجلس الشيوخ الروسي'],
    en: ['Federation Council', "Russia's Federation Council", 'Russian Federation Council', 'Russian upper house'],
    ru: ['Совет Федерации', 'Совфед', 'Совет Федерации РФ', 'СФ'],
  }),
  institution('security-council', 'Security Council of Russia', 'security-council', {
    ar: ['مجلس الأمن الروسي', 'مجلس الأمن القومي الروسي', 'مجلس الأمن الروسى'],
    en: ['Russian Security Council', "Russia's Security Council", 'Security Council of Russia'],
    ru: ['Совбез', 'Совет безопасности России', 'Совет безопасности РФ', 'Совбез РФ', 'Совбез России'],
  }),
  institution('government', 'Russian Government', 'government', {
    ar: ['الحكومة الروسية', 'الحكومة الروسيه'],
    en: ['Russian government', "Russia's government", 'government of Russia'],
    ru: ['правительство России', 'правительство РФ', 'российское правительство'],
  }),
  institution('svr', 'Russian Foreign Intelligence Service (SVR)', 'svr', {
    ar: ['جهاز الاستخبارات الخارجية الروسية', 'الاستخبارات الخارجية الروسية', 'جهاز الاستخبارات الخارجية الروسي', 'المخابرات الخارجية الروسية'],
    en: ['Russian Foreign Intelligence Service', "Russia's Foreign Intelligence Service", 'SVR'],
    ru: ['Служба внешней разведки', 'СВР', 'СВР России'],
  }),
  institution('fsb', 'Russian Federal Security Service (FSB)', 'fsb', {
    ar: ['جهاز الأمن الفيدرالي الروسي', 'جهاز الأمن الفدرالي الروسي', 'هيئة الأمن الفيدرالي الروسية', 'الأمن الفيدرالي الروسي'],
    en: ['Federal Security Service', 'FSB', 'Russian Federal Security Service'],
    ru: ['ФСБ', 'ФСБ России', 'Федеральная служба безопасности'],
  }),
  institution('moscow', 'Moscow (Russian government)', 'government', {
    ar: ['موسكو', 'روسيا', 'الجانب الروسي', 'روسيا الاتحادية', 'القيادة الروسية'],
    en: ['Moscow', 'Russia', 'the Russian side', 'Russian side'],
    ru: ['Москва', 'Россия', 'российская сторона'],
  }),
];
