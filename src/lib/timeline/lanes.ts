/**
 * Lanes of the timeline: one per speaker, institution or outlet. assignLanes counts the points
 * of each lane, drops hidden lanes, sorts the rest by count (most first) or by name (Intl.Collator
 * of the UI language) and puts pinned lanes first in pin order. Ties are broken by label, then id,
 * so the order never depends on input order. A lane that is both hidden and pinned is hidden; a
 * pin for a lane without points is ignored. Institution keys get labels in English, Arabic and
 * Russian (other countries' institutions too); a speaker lane is labelled by the speaker's English
 * name, and in Arabic or Russian by the name `names` gives for its key (the speaker list's
 * spelling, names.ts), falling back to English for a speaker the list does not know.
 */

import type { TimelinePoint } from './points';
import { NONE } from './points';
import type { UiLang } from './format';
import { LOCALES } from './format';

export type LaneBy = 'speaker' | 'institution' | 'outlet';
export type LaneSort = 'count' | 'name';
export type Labels = { en: string; ar?: string; ru?: string };

export interface Lane {
  id: string;
  by: LaneBy;
  /** Label in the requested language (falls back to English). */
  label: string;
  labels: Labels;
  count: number;
  pinned: boolean;
}

export interface LaneOptions {
  by: LaneBy;
  sort?: LaneSort;
  hidden?: ReadonlySet<string>;
  pinned?: readonly string[];
  /** Language of `label` and of the name sort (default 'en'). */
  lang?: UiLang;
  /** Arabic / Russian names of speaker keys (TimelineData.names). */
  names?: Readonly<Record<string, Labels>>;
}

/** Institution keys of the speaker list (extract/speakers) and their names. */
export const INSTITUTION_LABELS: Readonly<Record<string, Labels>> = {
  kremlin: { en: 'Kremlin', ar: 'الكرملين', ru: 'Кремль' },
  mfa: { en: 'Foreign Ministry', ar: 'وزارة الخارجية', ru: 'МИД' },
  mod: { en: 'Defence Ministry', ar: 'وزارة الدفاع', ru: 'Минобороны' },
  hmeimim: { en: 'Hmeimim', ar: 'حميميم', ru: 'Хмеймим' },
  'un-mission': { en: 'UN Mission', ar: 'البعثة لدى الأمم المتحدة', ru: 'Постпредство при ООН' },
  duma: { en: 'State Duma', ar: 'مجلس الدوما', ru: 'Госдума' },
  'federation-council': { en: 'Federation Council', ar: 'مجلس الاتحاد', ru: 'Совет Федерации' },
  'security-council': { en: 'Security Council', ar: 'مجلس الأمن الروسي', ru: 'Совбез' },
  'general-staff': { en: 'General Staff', ar: 'هيئة الأركان العامة', ru: 'Генштаб' },
  government: { en: 'Government', ar: 'الحكومة', ru: 'Правительство' },
  embassy: { en: 'Embassies', ar: 'السفارات', ru: 'Посольства' },
  fsb: { en: 'FSB', ar: 'جهاز الأمن الفيدرالي', ru: 'ФСБ' },
  svr: { en: 'Foreign Intelligence (SVR)', ar: 'الاستخبارات الخارجية', ru: 'СВР' },
};

const NONE_LABELS: Record<LaneBy, Labels> = {
  speaker: { en: 'Unknown speaker', ar: 'متحدث غير معروف', ru: 'Неизвестный' },
  institution: { en: 'No institution', ar: 'بلا مؤسسة', ru: 'Без ведомства' },
  outlet: { en: 'Unknown outlet', ar: 'مصدر غير معروف', ru: 'Неизвестное СМИ' },
};

/** The lane a point belongs to under `by`. */
export function laneKey(p: Pick<TimelinePoint, 'speaker' | 'institution' | 'outlet'>, by: LaneBy): string {
  if (by === 'speaker') return p.speaker || NONE;
  if (by === 'institution') return p.institution || NONE;
  return p.outlet || NONE;
}

/**
 * Institution keys of the speaker list's other speakers (US, Syria, Turkey, Iran, the UN, …):
 * their lanes appear when the officials-only filter is off. Not offered as filter options.
 */
export const OTHER_INSTITUTION_LABELS: Readonly<Record<string, Labels>> = {
  'us-president': { en: 'US President', ar: 'الرئاسة الأمريكية', ru: 'Президент США' },
  'us-state': { en: 'US State Department', ar: 'وزارة الخارجية الأمريكية', ru: 'Госдепартамент США' },
  'us-dod': { en: 'US Defense Department', ar: 'وزارة الدفاع الأمريكية', ru: 'Пентагон' },
  'us-military': { en: 'US military', ar: 'الجيش الأمريكي', ru: 'Вооружённые силы США' },
  coalition: { en: 'US-led coalition', ar: 'التحالف الدولي', ru: 'Международная коалиция' },
  'sy-presidency': { en: 'Syrian Presidency', ar: 'الرئاسة السورية', ru: 'Президент Сирии' },
  'sy-mfa': { en: 'Syrian Foreign Ministry', ar: 'وزارة الخارجية السورية', ru: 'МИД Сирии' },
  'sy-army': { en: 'Syrian Army', ar: 'الجيش السوري', ru: 'Сирийская армия' },
  'tr-presidency': { en: 'Turkish Presidency', ar: 'الرئاسة التركية', ru: 'Президент Турции' },
  'tr-mfa': { en: 'Turkish Foreign Ministry', ar: 'وزارة الخارجية التركية', ru: 'МИД Турции' },
  'ir-mfa': { en: 'Iranian Foreign Ministry', ar: 'وزارة الخارجية الإيرانية', ru: 'МИД Ирана' },
  un: { en: 'United Nations', ar: 'الأمم المتحدة', ru: 'ООН' },
  ngo: { en: 'NGOs', ar: 'منظمات غير حكومية', ru: 'НКО' },
};

/** Names of an institution key (the key itself when unknown). */
export function institutionLabels(key: string): Labels {
  if (key === NONE) return NONE_LABELS.institution;
  return INSTITUTION_LABELS[key] ?? OTHER_INSTITUTION_LABELS[key] ?? { en: key };
}

function labelsOf(by: LaneBy, id: string, p: TimelinePoint, names?: Readonly<Record<string, Labels>>): Labels {
  if (id === NONE) return NONE_LABELS[by];
  if (by === 'institution') return institutionLabels(id);
  if (by === 'speaker') {
    const en = p.speakerNameEn || id;
    const n = names?.[id];
    if (!n) return { en };
    const out: Labels = { en };
    if (n.ar) out.ar = n.ar;
    if (n.ru) out.ru = n.ru;
    return out;
  }
  return { en: id };
}

const collators = new Map<UiLang, Intl.Collator>();
function collator(lang: UiLang): Intl.Collator {
  let c = collators.get(lang);
  if (!c)
    collators.set(
      lang,
      (c = new Intl.Collator(LOCALES[lang] ?? LOCALES.en, { sensitivity: 'base', numeric: true })),
    );
  return c;
}

/** The lanes of `points` (see the module note for the order). */
export function assignLanes(points: readonly TimelinePoint[], opts: LaneOptions): Lane[] {
  const { by, sort = 'count', hidden, lang = 'en' } = opts;
  const found = new Map<string, Lane>();
  for (const p of points) {
    const id = laneKey(p, by);
    const lane = found.get(id);
    if (lane) lane.count++;
    else {
      const labels = labelsOf(by, id, p, opts.names);
      found.set(id, { id, by, label: labels[lang] ?? labels.en, labels, count: 1, pinned: false });
    }
  }
  const coll = collator(lang);
  const byName = (a: Lane, b: Lane) =>
    coll.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const order = sort === 'name' ? byName : (a: Lane, b: Lane) => b.count - a.count || byName(a, b);
  const pinned: Lane[] = [];
  for (const id of opts.pinned ?? []) {
    const lane = found.get(id);
    if (!lane || lane.pinned || hidden?.has(id)) continue;
    lane.pinned = true;
    pinned.push(lane);
  }
  const rest = [...found.values()].filter((l) => !l.pinned && !hidden?.has(l.id)).sort(order);
  return [...pinned, ...rest];
}
