/**
 * A speaker's role and name as the UI language writes them. The engine gives roles in English;
 * the Arabic UI shows them in Arabic where lib/extract/speakers/role-arabic.ts knows them (the
 * English otherwise). A speaker known only from a title or a name in the text is shown in Arabic
 * as the text writes it. Reactive where it is called in markup (it reads i18n.lang).
 */
import type { SpeakerRef } from '../lib/model/article';
import { roleInArabic } from '../lib/extract/speakers/role-arabic';
import { i18n } from './i18n.svelte';

export function roleLabel(role: string | null | undefined): string | null {
  if (!role) return null;
  return i18n.lang === 'ar' ? (roleInArabic(role) ?? role) : role;
}

/** The statement's speaker: `listedName` is the speaker list's name in the UI language, when known. */
export function speakerLabel(
  speaker: Pick<SpeakerRef, 'nameEn' | 'asWritten' | 'listed'>,
  listedName?: string | null,
): string {
  if (i18n.lang === 'en') return speaker.nameEn;
  if (speaker.listed) return listedName || speaker.nameEn;
  return speaker.asWritten?.trim() || speaker.nameEn;
}
