/**
 * Roles in Arabic, for the Arabic UI. The engine writes a speaker's role in English: a listed
 * speaker's post as the speaker list names it ("Minister of Foreign Affairs of Russia"), or, for a
 * speaker known only from a title, the title with its country ("Russian Deputy Foreign Minister",
 * "Turkish Ambassador to Syria"). The first are translated whole; the second are put together
 * from the title, the country's adjective and the host country. Anything else has no Arabic here
 * (the UI shows the English).
 */

import { COUNTRIES } from './nationality';

/** The posts of the built-in speaker list (speaker-data-*.ts), as Arabic news writes them. */
const LIST_ROLES: Readonly<Record<string, string>> = {
  'President of Russia': 'الرئيس الروسي',
  'Prime Minister of Russia': 'رئيس الوزراء الروسي',
  'Deputy Prime Minister of Russia': 'نائب رئيس الوزراء الروسي',
  'First Deputy Prime Minister of Russia': 'النائب الأول لرئيس الوزراء الروسي',
  'Deputy Chairman of the Security Council of Russia': 'نائب رئيس مجلس الأمن الروسي',
  'Secretary of the Security Council of Russia': 'سكرتير مجلس الأمن الروسي',
  'Minister of Foreign Affairs of Russia': 'وزير الخارجية الروسي',
  'Deputy Minister of Foreign Affairs of Russia': 'نائب وزير الخارجية الروسي',
  'Spokeswoman, Russian Ministry of Foreign Affairs': 'المتحدثة باسم وزارة الخارجية الروسية',
  'Spokesman, Russian Ministry of Foreign Affairs': 'المتحدث باسم وزارة الخارجية الروسية',
  'Deputy Spokesman, Russian Ministry of Foreign Affairs': 'نائب المتحدث باسم وزارة الخارجية الروسية',
  'Director, Middle East and North Africa Department, Russian MFA':
    'مدير إدارة الشرق الأوسط وشمال أفريقيا في وزارة الخارجية الروسية',
  'Permanent Representative of Russia to the UN': 'مندوب روسيا الدائم لدى الأمم المتحدة',
  'Deputy Permanent Representative of Russia to the UN': 'نائب مندوب روسيا الدائم لدى الأمم المتحدة',
  'First Deputy Permanent Representative of Russia to the UN':
    'النائب الأول لمندوب روسيا الدائم لدى الأمم المتحدة',
  'Permanent Representative of Russia to the UN Office in Geneva':
    'مندوب روسيا الدائم لدى مكتب الأمم المتحدة في جنيف',
  'Permanent Representative of Russia to the OSCE': 'مندوب روسيا الدائم لدى منظمة الأمن والتعاون في أوروبا',
  'Ambassador of Russia to the United States': 'السفير الروسي لدى الولايات المتحدة',
  'Ambassador of Russia to Syria': 'السفير الروسي لدى سوريا',
  'Ambassador of Russia to Turkey': 'السفير الروسي لدى تركيا',
  'Press Secretary of the Prime Minister of Russia': 'السكرتير الصحفي لرئيس الوزراء الروسي',
  'Press Secretary of the President of Russia (Kremlin spokesman)':
    'السكرتير الصحفي للرئيس الروسي (المتحدث باسم الكرملين)',
  'Presidential Aide': 'مساعد الرئيس الروسي',
  'Presidential Aide for Foreign Policy': 'مساعد الرئيس الروسي للشؤون الخارجية',
  'Presidential Aide for Military-Technical Cooperation': 'مساعد الرئيس الروسي لشؤون التعاون العسكري التقني',
  'Presidential Special Envoy for Syria': 'المبعوث الخاص للرئيس الروسي إلى سوريا',
  'Presidential Special Envoy for the Middle East (and Africa)':
    'المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط (وأفريقيا)',
  'Presidential Special Envoy for the Development of Relations with Syria':
    'المبعوث الخاص للرئيس الروسي لتطوير العلاقات مع سوريا',
  'Head of the Presidential Administration': 'رئيس ديوان الرئاسة الروسية',
  'First Deputy Head of the Presidential Administration': 'النائب الأول لرئيس ديوان الرئاسة الروسية',
  'Minister of Defence of Russia': 'وزير الدفاع الروسي',
  'Deputy Minister of Defence of Russia': 'نائب وزير الدفاع الروسي',
  'Spokesman, Russian Ministry of Defence': 'المتحدث باسم وزارة الدفاع الروسية',
  'Minister of Emergency Situations of Russia': 'وزير الطوارئ الروسي',
  'Chief of the General Staff of the Russian Armed Forces': 'رئيس هيئة الأركان العامة للقوات المسلحة الروسية',
  'Chief of the Main Operational Directorate of the General Staff':
    'رئيس إدارة العمليات الرئيسية في هيئة الأركان العامة الروسية',
  'Deputy Chief of the Main Operational Directorate of the General Staff':
    'نائب رئيس إدارة العمليات الرئيسية في هيئة الأركان العامة الروسية',
  'Commander of the Russian forces in Syria': 'قائد القوات الروسية في سوريا',
  'Commander of the Southern Military District': 'قائد المنطقة العسكرية الجنوبية الروسية',
  'Commander-in-Chief of the Russian Aerospace Forces': 'القائد العام للقوات الجوية الفضائية الروسية',
  'Commander of the Russian Air Force / Aerospace Forces':
    'قائد القوات الجوية الروسية / القوات الجوية الفضائية',
  'Head of the National Defence Control Centre': 'رئيس المركز الوطني لإدارة الدفاع الروسي',
  'Chief of the Radiological, Chemical and Biological Protection Troops':
    'قائد قوات الحماية من الإشعاع والحماية الكيميائية والبيولوجية الروسية',
  'Head of the Russian Centre for Reconciliation in Syria': 'رئيس مركز المصالحة الروسي في سوريا',
  'Director of the Foreign Intelligence Service (SVR)': 'مدير جهاز الاستخبارات الخارجية الروسية',
  'Director of the FSB': 'مدير جهاز الأمن الفيدرالي الروسي',
  'Chairman of the State Duma': 'رئيس مجلس الدوما الروسي',
  'Chairman of the State Duma Committee on International Affairs':
    'رئيس لجنة الشؤون الدولية في مجلس الدوما الروسي',
  'Chairman of the State Duma Defence Committee': 'رئيس لجنة الدفاع في مجلس الدوما الروسي',
  'Chairwoman of the Federation Council of Russia': 'رئيسة مجلس الاتحاد الروسي',
  'Chairman of the Federation Council Committee on International Affairs':
    'رئيس لجنة الشؤون الدولية في مجلس الاتحاد الروسي',
  'First Deputy Chairman of the Federation Council Committee on International Affairs':
    'النائب الأول لرئيس لجنة الشؤون الدولية في مجلس الاتحاد الروسي',
  'Chairman of the Federation Council Defence and Security Committee':
    'رئيس لجنة الدفاع والأمن في مجلس الاتحاد الروسي',
  'First Deputy Chairman of the Federation Council Defence and Security Committee':
    'النائب الأول لرئيس لجنة الدفاع والأمن في مجلس الاتحاد الروسي',
  'President of the United States': 'الرئيس الأمريكي',
  'US Secretary of State': 'وزير الخارجية الأمريكي',
  'US Secretary of Defense': 'وزير الدفاع الأمريكي',
  'Pentagon spokesman (Director of Press Operations)': 'المتحدث باسم البنتاغون (مدير العمليات الصحفية)',
  'Spokesman of the US-led coalition (Operation Inherent Resolve)':
    'المتحدث باسم التحالف الدولي بقيادة الولايات المتحدة (عملية العزم الصلب)',
  'President of Syria': 'الرئيس السوري',
  'President of Syria (transitional)': 'الرئيس السوري (المرحلة الانتقالية)',
  'Foreign Minister of Syria': 'وزير الخارجية السوري',
  "Syria's Permanent Representative to the UN": 'مندوب سوريا الدائم لدى الأمم المتحدة',
  'President of Turkey': 'الرئيس التركي',
  'Prime Minister of Turkey': 'رئيس الوزراء التركي',
  'Foreign Minister of Turkey': 'وزير الخارجية التركي',
  'Foreign Minister of Iran': 'وزير الخارجية الإيراني',
  'UN Secretary-General': 'الأمين العام للأمم المتحدة',
  'UN Special Envoy for Syria': 'المبعوث الأممي الخاص إلى سوريا',
  'UN-Arab League Special Envoy for Syria': 'المبعوث الأممي العربي المشترك إلى سوريا',
};

/**
 * Generic titles (titles.ts's English renderings, without a country), with where the country's
 * adjective goes: {adj} (definite, "الروسي"), {adjN} (indefinite, "روسي"), else at the end.
 */
const TITLES: Readonly<Record<string, string>> = {
  President: 'الرئيس',
  'Prime Minister': 'رئيس الوزراء',
  'Deputy Prime Minister': 'نائب رئيس الوزراء',
  'First Deputy Prime Minister': 'النائب الأول لرئيس الوزراء',
  'Foreign Minister': 'وزير الخارجية',
  'Secretary of State': 'وزير الخارجية',
  'Deputy Foreign Minister': 'نائب وزير الخارجية',
  'First Deputy Foreign Minister': 'النائب الأول لوزير الخارجية',
  'Defence Minister': 'وزير الدفاع',
  'Secretary of Defense': 'وزير الدفاع',
  'Deputy Defence Minister': 'نائب وزير الدفاع',
  'Permanent Representative to the UN': 'المندوب {adj} الدائم لدى الأمم المتحدة',
  'Deputy Permanent Representative to the UN': 'نائب المندوب {adj} الدائم لدى الأمم المتحدة',
  'First Deputy Permanent Representative to the UN': 'النائب الأول للمندوب {adj} الدائم لدى الأمم المتحدة',
  Ambassador: 'السفير',
  'Presidential Special Envoy': 'المبعوث الخاص للرئيس {adj}',
  'Presidential Aide': 'مساعد الرئيس {adj}',
  'Chief of the General Staff': 'رئيس هيئة الأركان العامة {adj}',
  'Secretary of the Security Council': 'سكرتير مجلس الأمن {adj}',
  'Deputy Chairman of the Security Council': 'نائب رئيس مجلس الأمن {adj}',
  Official: 'مسؤول {adjN}',
  analyst: 'محلل {adjN}',
  'political analyst': 'محلل سياسي {adjN}',
  'military analyst': 'محلل عسكري {adjN}',
  commentator: 'معلق {adjN}',
  'political commentator': 'معلق سياسي {adjN}',
};

const byAdjective = new Map(COUNTRIES.map((c) => [c.adjEn, c]));
/** Host countries as title-keys.ts writes them after "to". */
const HOSTS: Readonly<Record<string, string>> = {
  Syria: 'سوريا',
  'the United States': 'الولايات المتحدة',
  Turkey: 'تركيا',
  Iran: 'إيران',
  'the UN': 'الأمم المتحدة',
  Israel: 'إسرائيل',
  Lebanon: 'لبنان',
  Iraq: 'العراق',
  Egypt: 'مصر',
  Jordan: 'الأردن',
  'Saudi Arabia': 'السعودية',
  Qatar: 'قطر',
  France: 'فرنسا',
  'the UK': 'بريطانيا',
  Germany: 'ألمانيا',
  China: 'الصين',
  Ukraine: 'أوكرانيا',
  Russia: 'روسيا',
  'the EU': 'الاتحاد الأوروبي',
};

/** Institutions of the speaker list a spokesperson speaks for ("Spokesperson, Russian Ministry of Defence"). */
const SPOKES_FOR: Readonly<Record<string, string>> = {
  'Russian Ministry of Foreign Affairs': 'وزارة الخارجية الروسية',
  'Russian Ministry of Defence': 'وزارة الدفاع الروسية',
  'The Kremlin': 'الكرملين',
  'Russian Centre for Reconciliation (Hmeimim)': 'مركز المصالحة الروسي في حميميم',
  'Russian Hmeimim Air Base': 'قاعدة حميميم الجوية الروسية',
  'Russian Embassy in Damascus': 'السفارة الروسية في دمشق',
  'Russian Embassy': 'السفارة الروسية',
  'Russian Mission to the UN': 'البعثة الروسية لدى الأمم المتحدة',
  'Russian General Staff': 'هيئة الأركان العامة الروسية',
  'State Duma of Russia': 'مجلس الدوما الروسي',
  'Federation Council of Russia': 'مجلس الاتحاد الروسي',
  'Security Council of Russia': 'مجلس الأمن الروسي',
  'Russian Government': 'الحكومة الروسية',
  'Russian Foreign Intelligence Service (SVR)': 'جهاز الاستخبارات الخارجية الروسية',
  'Russian Federal Security Service (FSB)': 'جهاز الأمن الفيدرالي الروسي',
};

function compose(title: string, adj: string): string {
  if (!adj) return title.replace(/ ?\{adjN?\}/u, '');
  if (title.includes('{adj}')) return title.replace('{adj}', adj);
  if (title.includes('{adjN}')) return title.replace('{adjN}', adj.replace(/^ال/u, ''));
  return `${title} ${adj}`;
}

/** The role in Arabic, or null when it cannot be put in Arabic here. */
export function roleInArabic(role: string | null | undefined): string | null {
  if (!role) return null;
  const listed = LIST_ROLES[role];
  if (listed) return listed;
  const spokes = /^Spokesperson, (.+)$/u.exec(role);
  if (spokes) return SPOKES_FOR[spokes[1]] ? `المتحدث باسم ${SPOKES_FOR[spokes[1]]}` : null;
  // "[country adjective] title[ to host]"
  const sp = role.indexOf(' ');
  const country = sp > 0 ? byAdjective.get(role.slice(0, sp)) : undefined;
  const rest = country ? role.slice(sp + 1) : role;
  let title = TITLES[rest];
  let host = '';
  if (!title) {
    const at = rest.lastIndexOf(' to ');
    if (at < 0) return null;
    title = TITLES[rest.slice(0, at)];
    host = HOSTS[rest.slice(at + 4)];
    if (!title || !host) return null;
  }
  const base = compose(title, country?.nat.ar[0] ?? '');
  return host ? `${base} لدى ${host}` : base;
}
