/**
 * What the user adds to the engine's built-in knowledge: speakers (people or institutions with
 * their spellings and roles) and outlet fingerprints (lines of a site's chrome). Stored in the
 * library and applied on every extraction. Everything read back from storage or typed by a user
 * passes restoreUserLists, which keeps what is well formed and drops the rest.
 *
 * NOTE: persisted; add optional fields only.
 */
import type { Fingerprint } from '../extract/outlets/fingerprints';
import { restoreFingerprints } from '../extract/outlets/fingerprints';

export interface UserRole {
  titleEn: string;
  from: string | null;
  to: string | null;
}

export interface UserSpeaker {
  /** 'user:' + a slug of nameEn for new speakers, or a built-in id to add spellings to it. */
  id: string;
  nameEn: string;
  kind: 'person' | 'institution';
  gender: 'm' | 'f' | null;
  russianOfficial: boolean;
  institution: string | null;
  names: { ar: string[]; en: string[]; ru: string[] };
  roles: UserRole[];
}

export interface UserLists {
  speakers: UserSpeaker[];
  fingerprints: Fingerprint[];
}

export const EMPTY_USER_LISTS: UserLists = { speakers: [], fingerprints: [] };

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MAX_ITEMS = 2000;
const MAX_TEXT = 300;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() && v.length <= MAX_TEXT ? v.trim() : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s): s is string => s !== null).slice(0, 50) : []);
const isoOrNull = (v: unknown): string | null => (typeof v === 'string' && ISO.test(v) ? v : null);

export function slug(name: string): string {
  return (
    'user:' +
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
  );
}

function restoreSpeaker(v: unknown): UserSpeaker | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const nameEn = str(o.nameEn);
  if (!nameEn) return null;
  const names = (typeof o.names === 'object' && o.names ? o.names : {}) as Record<string, unknown>;
  const roles = Array.isArray(o.roles) ? o.roles : [];
  return {
    id: str(o.id) ?? slug(nameEn),
    nameEn,
    kind: o.kind === 'institution' ? 'institution' : 'person',
    gender: o.gender === 'm' || o.gender === 'f' ? o.gender : null,
    russianOfficial: o.russianOfficial === true,
    institution: str(o.institution),
    names: { ar: strings(names.ar), en: strings(names.en), ru: strings(names.ru) },
    roles: roles.flatMap((r): UserRole[] => {
      if (typeof r !== 'object' || r === null) return [];
      const role = r as Record<string, unknown>;
      const titleEn = str(role.titleEn);
      return titleEn ? [{ titleEn, from: isoOrNull(role.from), to: isoOrNull(role.to) }] : [];
    }),
  };
}

export function restoreUserLists(value: unknown): UserLists {
  if (typeof value !== 'object' || value === null) return { speakers: [], fingerprints: [] };
  const o = value as Record<string, unknown>;
  const speakers = (Array.isArray(o.speakers) ? o.speakers : [])
    .slice(0, MAX_ITEMS)
    .map(restoreSpeaker)
    .filter((s): s is UserSpeaker => s !== null);
  return { speakers, fingerprints: restoreFingerprints(o.fingerprints).slice(0, MAX_ITEMS) };
}
