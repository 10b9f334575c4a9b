/**
 * The shape of the speaker list: people and institutions whose words the app tracks, with every
 * spelling of their names in Arabic, English and Russian and the posts they held with dates. Also
 * small builders that keep the data files short (first names × surnames → all name variants).
 */

export interface RoleTenure {
  titleEn: string;
  /** ISO date the post was taken, or null when unknown. */
  from: string | null;
  /** ISO date the post was left, or null (still held, or unknown). */
  to: string | null;
  /** How this particular role is written (matched as titles next to the name). */
  titles?: { ar?: string[]; en?: string[]; ru?: string[] };
  /** Title keys (see titles.ts) naming this post, e.g. 'deputy-defmin@ru', 'spokesperson@ru-mfa'. */
  keys?: string[];
}

export interface SpeakerEntry {
  id: string;
  nameEn: string;
  kind: 'person' | 'institution';
  gender: 'm' | 'f' | null;
  /** 'kremlin' | 'mfa' | 'mod' | 'hmeimim' | 'un-mission' | 'duma' | 'federation-council' | … */
  institution: string | null;
  russianOfficial: boolean;
  /** All spellings, surname alone too where it is unambiguous. */
  names: { ar: string[]; en: string[]; ru: string[] };
  roles: RoleTenure[];
  /** Country code of the speaker ('ru', 'us', 'sy', 'tr', 'un'…); defaults to 'ru' for Russian officials. */
  country?: string | null;
}

type NameSpec = [firsts: string[], lasts: string[], bareSurname?: boolean] | string[];

/** All "first last" combinations, plus the surnames alone unless bareSurname is false. */
export function combos(spec: NameSpec): string[] {
  if (spec.length === 0 || typeof spec[0] === 'string') return spec as string[];
  const [firsts, lasts, bare] = spec as [string[], string[], boolean?];
  const out: string[] = [];
  for (const l of lasts) {
    for (const f of firsts) out.push(`${f} ${l}`);
    if (bare !== false) out.push(l);
  }
  return out;
}

export function role(
  titleEn: string,
  from: string | null,
  to: string | null,
  keys: string | string[],
  titles?: RoleTenure['titles'],
): RoleTenure {
  const r: RoleTenure = { titleEn, from, to, keys: Array.isArray(keys) ? keys : [keys] };
  if (titles) r.titles = titles;
  return r;
}

export function person(
  id: string,
  nameEn: string,
  gender: 'm' | 'f',
  institution: string | null,
  names: { ar: NameSpec; en: NameSpec; ru: NameSpec },
  roles: RoleTenure[],
  country = 'ru',
): SpeakerEntry {
  return {
    id,
    nameEn,
    kind: 'person',
    gender,
    institution,
    russianOfficial: country === 'ru',
    names: { ar: combos(names.ar), en: combos(names.en), ru: combos(names.ru) },
    roles,
    country,
  };
}

export function institution(
  id: string,
  nameEn: string,
  inst: string,
  names: { ar: string[]; en: string[]; ru: string[] },
  country = 'ru',
): SpeakerEntry {
  return {
    id,
    nameEn,
    kind: 'institution',
    gender: null,
    institution: inst,
    russianOfficial: country === 'ru',
    names,
    roles: [],
    country,
  };
}
