/** The speaker list as the correction UI offers it: one option per speaker, latest role first. */
import { SPEAKERS, type SpeakerEntry } from '../lib/extract/speakers/speaker-list';
import type { SpeakerOption } from '../protocol';

function latestRole(e: SpeakerEntry): string | null {
  const roles = [...e.roles].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  return roles[0]?.titleEn ?? (e.kind === 'institution' ? 'institution' : null);
}

export function speakerOptions(list: SpeakerEntry[] = SPEAKERS): SpeakerOption[] {
  return list
    .map((e) => ({
      id: e.id,
      nameEn: e.nameEn,
      nameAr: e.names.ar.find((n) => n.trim()) ?? null,
      role: latestRole(e),
      institution: e.institution,
      russianOfficial: e.russianOfficial,
      aka: [e.names.ar[0], e.names.ru[0]].filter((n): n is string => !!n),
    }))
    .sort((a, b) => a.nameEn.localeCompare(b.nameEn));
}
