/**
 * Turns a parsed title part into what resolution needs: the full keys it names ('deputy-fm@ru',
 * 'spokesperson@ru-mfa', 'ambassador-sy@ru', 'president@*' when the country is not said), an
 * English rendering ("Russian Deputy Foreign Minister"), its country, and the institution key of the
 * post for unlisted speakers.
 */

import { COUNTRY_ADJ } from './nationality';
import type { TitlePart } from './mention-parse';
import type { SpeakerIndex } from './speaker-index';

export interface TitleInfo {
  keys: string[];
  en: string;
  country: string | null;
  russian: boolean;
  institution: string | null;
  gender: 'm' | 'f' | null;
}

const HOST_NAMES: Record<string, string> = {
  sy: 'Syria',
  us: 'the United States',
  tr: 'Turkey',
  ir: 'Iran',
  un: 'the UN',
  il: 'Israel',
  lb: 'Lebanon',
  iq: 'Iraq',
  eg: 'Egypt',
  jo: 'Jordan',
  sa: 'Saudi Arabia',
  qa: 'Qatar',
  fr: 'France',
  gb: 'the UK',
  de: 'Germany',
  cn: 'China',
  ua: 'Ukraine',
  ru: 'Russia',
  eu: 'the EU',
};

const INSTITUTION_OF: [RegExp, string][] = [
  [/^(fm|deputy-fm|first-deputy-fm|ambassador|mfa-)/, 'mfa'],
  [/^(defmin|deputy-defmin|chief-of-general-staff|gou-|commander-|hmeimim|vks-|ndcc-|rkhbz-)/, 'mod'],
  [/^(president|presidential-|envoy-|pres-admin)/, 'kremlin'],
  [/^(pm|deputy-pm|first-deputy-pm)$/, 'government'],
  [/un-envoy/, 'un-mission'],
  [/^duma/, 'duma'],
  [/^fc-/, 'federation-council'],
  [/^sc-/, 'security-council'],
];

export function titleInfo(part: TitlePart, index: SpeakerIndex): TitleInfo {
  const keys: string[] = [];
  let en = '';
  let country = part.country;
  let russian = false;
  let institution: string | null = null;
  const inst = part.inst !== null ? index.entry(part.inst) : null;
  for (const p of part.titles) {
    if (p.personal) {
      const entry = index.entry(p.personal.e);
      keys.push(...index.roleKeys(entry, p.personal.r));
      en ||= p.en;
      country ??= entry.country ?? null;
      continue;
    }
    if (p.kind === 'spokes' && inst) {
      keys.push(`spokesperson@${inst.id}`);
      en ||= `Spokesperson, ${inst.nameEn}`;
      country ??= inst.country ?? null;
      institution = inst.institution;
      continue;
    }
    let base = p.base;
    if (p.kind === 'ambassador' && part.host)
      base = part.host === 'un' ? 'un-envoy' : `ambassador-${part.host}`;
    const c = country ?? p.country;
    keys.push(`${base}@${c ?? '*'}`);
    if (!en) {
      const adj = c ? (COUNTRY_ADJ[c] ?? '') : '';
      const host =
        p.kind === 'ambassador' && part.host && part.host !== 'un'
          ? ` to ${HOST_NAMES[part.host] ?? part.host.toUpperCase()}`
          : '';
      const label =
        p.kind === 'ambassador' && part.host === 'un' ? 'Permanent Representative to the UN' : p.en;
      en = `${adj} ${label}${host}`.trim();
    }
    institution ??= INSTITUTION_OF.find(([re]) => re.test(base))?.[1] ?? null;
  }
  if (country === 'ru' || inst?.russianOfficial) russian = true;
  return {
    keys: [...new Set(keys)],
    en,
    country,
    russian,
    institution,
    gender: part.titles[0]?.gender ?? null,
  };
}
