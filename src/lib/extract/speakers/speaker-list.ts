/**
 * The built-in speaker list (Russian officials, Russian institutions, and the non-Russian speakers
 * met around Syria coverage) and the way a user extends it at runtime. Build a SpeakerIndex from
 * the result once; the index precompiles every spelling into one matcher.
 */

import { FOREIGN_SPEAKERS } from './speaker-data-foreign';
import { RUSSIAN_INSTITUTIONS } from './speaker-data-institutions';
import { RUSSIAN_OFFICIALS } from './speaker-data-russia';
import type { SpeakerEntry } from './speaker-types';

export type { RoleTenure, SpeakerEntry } from './speaker-types';

export const SPEAKERS: SpeakerEntry[] = [...RUSSIAN_OFFICIALS, ...RUSSIAN_INSTITUTIONS, ...FOREIGN_SPEAKERS];

function union(a: string[], b: string[] | undefined): string[] {
  if (!b) return a.slice();
  const out = a.slice();
  for (const s of b) if (!out.includes(s)) out.push(s);
  return out;
}

/**
 * A new list: `extra` entries with a known id are merged into that entry (their names added, their
 * other given fields and roles replacing the built-in ones); new ids are appended. Nothing is mutated.
 */
export function addUserSpeakers(list: SpeakerEntry[], extra: Partial<SpeakerEntry>[]): SpeakerEntry[] {
  const out = list.map((e) => ({ ...e }));
  const byId = new Map(out.map((e, i) => [e.id, i]));
  for (const x of extra) {
    if (!x.id) continue;
    const at = byId.get(x.id);
    if (at !== undefined) {
      const base = out[at];
      out[at] = {
        ...base,
        ...x,
        names: {
          ar: union(base.names.ar, x.names?.ar),
          en: union(base.names.en, x.names?.en),
          ru: union(base.names.ru, x.names?.ru),
        },
        roles: x.roles && x.roles.length > 0 ? x.roles : base.roles,
      } as SpeakerEntry;
      continue;
    }
    const entry: SpeakerEntry = {
      id: x.id,
      nameEn: x.nameEn ?? x.id,
      kind: x.kind ?? 'person',
      gender: x.gender ?? null,
      institution: x.institution ?? null,
      russianOfficial: x.russianOfficial ?? false,
      names: { ar: x.names?.ar ?? [], en: x.names?.en ?? [], ru: x.names?.ru ?? [] },
      roles: x.roles ?? [],
      country: x.country ?? (x.russianOfficial ? 'ru' : null),
    };
    byId.set(entry.id, out.length);
    out.push(entry);
  }
  return out;
}
