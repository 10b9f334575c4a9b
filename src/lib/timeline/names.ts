/**
 * Lane labels of listed speakers in every UI language: English is the list's canonical name (as
 * the statements carry it), Arabic and Russian the first spelling the speaker list gives — the
 * full "first last" form (فلاديمير بوتين, Владимир Путин), which the list puts first.
 */

import type { Labels } from './lanes';

/** What this needs of a speaker-list entry (lib/extract/speakers SpeakerEntry). */
export interface NamedSpeaker {
  id: string;
  nameEn: string;
  names: { ar: readonly string[]; en: readonly string[]; ru: readonly string[] };
}

const first = (xs: readonly string[] | undefined) => xs?.find((x) => typeof x === 'string' && x.trim() !== '')?.trim();

/** The labels of one entry. */
export function speakerLabels(e: NamedSpeaker): Labels {
  const out: Labels = { en: e.nameEn };
  const ar = first(e.names?.ar);
  const ru = first(e.names?.ru);
  if (ar) out.ar = ar;
  if (ru) out.ru = ru;
  return out;
}

/** Labels of the speakers `keys` names that are on `list` (unlisted keys are left out). */
export function speakerNames(list: readonly NamedSpeaker[], keys: Iterable<string>): Record<string, Labels> {
  const byId = new Map(list.map((e) => [e.id, e]));
  const out: Record<string, Labels> = {};
  for (const k of keys) {
    const e = byId.get(k);
    if (e && !(k in out)) out[k] = speakerLabels(e);
  }
  return out;
}
