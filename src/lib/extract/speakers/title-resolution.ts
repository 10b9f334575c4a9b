/**
 * Resolving a title with no listed name next to it: the unlisted name after it ("نائب وزير الخارجية
 * الروسي فلان فلانوف"), else an earlier mention of someone who held that post, else — for Russian
 * posts only, where the list is complete — the only (or clearly main) holder in the app's time
 * scope, else an unnamed speaker described by the title.
 */

import type { Phrase } from './mention-parse';
import { genderFits } from './mention-gender';
import type { MentionFields, Resolver } from './mention-resolver';
import { mainRole, scopeDays } from './speaker-index';
import type { Holder } from './speaker-index';
import type { SpeakerEntry } from './speaker-types';
import type { TitleInfo } from './title-keys';
import { transliterate } from './transliterate';

/** The holder that held the post most of the app's time scope, when one clearly dominates. */
function likelyHolder(holders: Holder[]): Holder | null {
  const byEntry = new Map<SpeakerEntry, number>();
  for (const h of holders)
    byEntry.set(h.entry, (byEntry.get(h.entry) ?? 0) + scopeDays(h.role.from, h.role.to));
  let best: SpeakerEntry | null = null;
  let total = 0;
  for (const [e, d] of byEntry) {
    total += d;
    if (!best || d > byEntry.get(best)!) best = e;
  }
  if (!best || total === 0) return null;
  if (byEntry.size === 1 || byEntry.get(best)! / total >= 0.85)
    return holders.find((h) => h.entry === best) ?? null;
  return null;
}

export function resolveTitle(
  r: Resolver,
  ph: Phrase,
  text: string,
  info: TitleInfo,
  keys: string[],
  v: MentionFields,
): MentionFields {
  const gender = info.gender ?? ph.rankGender;
  v.kind = 'title';
  v.gender = gender;
  if (ph.captured) {
    const [cs, ce] = r.span(ph.captured.ts, ph.captured.te);
    const name = r.text.slice(cs, ce);
    v.nameStart = cs;
    v.nameEnd = ce;
    v.kind = 'titled';
    v.resolvedBy = 'unlisted';
    v.speaker = {
      id: null,
      nameEn: transliterate(name),
      asWritten: name,
      role: info.en,
      russianOfficial: info.russian && !v.former,
      institution: info.institution,
      listed: false,
    };
    return v;
  }
  const at = r.antecedent((e) => r.index.roleForAll(e, keys).length > 0 && genderFits(gender, e));
  if (at >= 0) {
    const entry = r.index.get(r.out[at].entryId!)!;
    v.roles = r.index.roleForAll(entry, keys);
    v.entryId = entry.id;
    v.gender = entry.gender ?? gender;
    v.resolvedBy = 'context';
    v.antecedent = at;
    v.speaker = r.ref(entry, text, mainRole(v.roles)?.titleEn ?? null);
    return v;
  }
  // Only Russian posts: the list is complete enough there for "the only holder" to be safe.
  const holders =
    info.country === 'ru' ? r.index.holdersOf(keys).filter((h) => genderFits(gender, h.entry)) : [];
  const distinct = new Set(holders.map((h) => h.entry));
  const pick = distinct.size === 1 ? holders[0] : likelyHolder(holders);
  if (pick && !v.former) {
    v.entryId = pick.entry.id;
    v.roles = [pick.role];
    v.gender = pick.entry.gender ?? gender;
    v.resolvedBy = distinct.size === 1 ? 'unique' : 'likely';
    v.speaker = r.ref(pick.entry, text, pick.role.titleEn);
    return v;
  }
  v.resolvedBy = 'unlisted';
  v.speaker = {
    id: null,
    nameEn: `${info.en} (unnamed)`,
    asWritten: text,
    role: info.en,
    russianOfficial: info.russian && !v.former,
    institution: info.institution,
    listed: false,
  };
  return v;
}
