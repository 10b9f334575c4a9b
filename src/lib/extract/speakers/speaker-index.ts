/**
 * SpeakerIndex: built once from a speaker list, it holds the precompiled matcher for every spelling
 * of every speaker, every generic title, nationality word, rank, analyst word and anaphoric noun,
 * plus a table from title keys to the people who held that post. Building costs a few milliseconds;
 * build it once and reuse it for every article (defaultSpeakerIndex() caches the built-in one).
 */

import { foldString } from './normalize';
import { PhraseTrie } from './phrase-trie';
import { COUNTRIES } from './nationality';
import { SPEAKERS } from './speaker-list';
import type { RoleTenure, SpeakerEntry } from './speaker-types';
import { ANALYSTS, ANAPHORS, RANKS, TITLE_DEFS } from './titles';
import type { AnaphorClass, TitleDef } from './titles';
import { tokenize } from './tokens';

export type Payload =
  | { t: 'name'; e: number; upper?: boolean }
  | {
      t: 'title';
      base: string;
      en: string;
      country: string | null;
      kind?: TitleDef['kind'];
      gender: 'm' | 'f' | null;
      personal?: { e: number; r: number };
      upper?: boolean;
    }
  | { t: 'nat'; country: string; upper?: boolean }
  | { t: 'place'; country: string; upper?: boolean }
  | { t: 'rank'; gender: 'm' | 'f' | null }
  | { t: 'analyst'; en: string; gender: 'm' | 'f' | null }
  | { t: 'anaphor'; cls: AnaphorClass; gender: 'm' | 'f' | null; country: string | null };

export interface Holder {
  entry: SpeakerEntry;
  role: RoleTenure;
}

/** Earliest date of interest: the app covers Syria from 2011. */
export const SCOPE_FROM = '2011-01-01';
const SCOPE_TO = new Date().toISOString().slice(0, 10);

/** Days of a tenure that fall within the app's time scope (2011 – today). */
export function scopeDays(from: string | null, to: string | null): number {
  const a = Date.parse(from && from > SCOPE_FROM ? from : SCOPE_FROM);
  const b = Date.parse(to && to < SCOPE_TO ? to : SCOPE_TO);
  return Math.max(0, (b - a) / 864e5);
}

/** Of several posts a title may name, the one held longest in the app's time scope. */
export function mainRole(roles: RoleTenure[]): RoleTenure | undefined {
  let best: RoleTenure | undefined;
  for (const r of roles) if (!best || scopeDays(r.from, r.to) > scopeDays(best.from, best.to)) best = r;
  return best;
}

/** The role a person most likely holds when the text does not say (≥ 85 % of the scope), or null. */
export function likelyRole(entry: SpeakerEntry): RoleTenure | null {
  if (entry.roles.length === 1) return entry.roles[0];
  let best: RoleTenure | null = null;
  let total = 0;
  for (const r of entry.roles) {
    const d = scopeDays(r.from, r.to);
    total += d;
    if (!best || d > scopeDays(best.from, best.to)) best = r;
  }
  return best && total > 0 && scopeDays(best.from, best.to) / total >= 0.85 ? best : null;
}

function phraseKeys(phrase: string): string[] {
  return tokenize(foldString(phrase)).map((t) => t.key);
}

/** Short all-capital acronyms (US, UN, МИД, РФ) must be written in capitals to match. */
function isAcronym(phrase: string): boolean {
  return phrase.length <= 4 && /^[A-ZА-ЯЁ.]+$/.test(phrase);
}

/** Feminine when the first Arabic word ends in ة, or an English word says so. */
export function phraseGender(phrase: string): 'm' | 'f' | null {
  const first = phrase.split(/\s+/)[0] ?? '';
  if (/ة$/.test(first)) return 'f';
  if (/woman|госпожа|журналистка|дипломатка/i.test(phrase)) return 'f';
  return null;
}

const RU_IN_PHRASE = /(الروسي|الروسية|روسيا|russian|russia's|российск|россии|\bрф\b)/i;

/** 'ru' when a title phrase itself names Russia ("رئيس هيئة الأركان الروسية"). */
function phraseCountry(phrase: string): string | null {
  return RU_IN_PHRASE.test(phrase) ? 'ru' : null;
}

export class SpeakerIndex {
  readonly entries: SpeakerEntry[];
  readonly trie = new PhraseTrie<Payload>();
  private readonly byId = new Map<string, SpeakerEntry>();
  private readonly holders = new Map<string, Holder[]>();

  constructor(list: SpeakerEntry[] = SPEAKERS) {
    this.entries = list;
    list.forEach((entry, e) => {
      this.byId.set(entry.id, entry);
      for (const lang of ['ar', 'en', 'ru'] as const) {
        for (const name of entry.names[lang] ?? []) {
          this.trie.add(phraseKeys(name), { t: 'name', e, upper: isAcronym(name) || undefined });
        }
      }
      entry.roles.forEach((role, r) => {
        for (const key of this.roleKeys(entry, r)) {
          const list = this.holders.get(key) ?? [];
          list.push({ entry, role });
          this.holders.set(key, list);
        }
        for (const lang of ['ar', 'en', 'ru'] as const) {
          for (const phrase of role.titles?.[lang] ?? []) {
            this.trie.add(phraseKeys(phrase), {
              t: 'title',
              base: `t:${entry.id}:${r}`,
              en: role.titleEn,
              country: entry.country ?? null,
              gender: phraseGender(phrase),
              personal: { e, r },
            });
          }
        }
      });
    });
    for (const def of TITLE_DEFS) {
      for (const phrase of [...def.ar, ...def.enP, ...def.ru]) {
        this.trie.add(phraseKeys(phrase), {
          t: 'title',
          base: def.base,
          en: def.en,
          country: def.country ?? phraseCountry(phrase),
          kind: def.kind,
          gender: phraseGender(phrase),
          upper: isAcronym(phrase) || undefined,
        });
      }
    }
    for (const c of COUNTRIES) {
      for (const w of [...c.nat.ar, ...c.nat.en, ...c.nat.ru])
        this.trie.add(phraseKeys(w), { t: 'nat', country: c.code, upper: isAcronym(w) || undefined });
      for (const w of [...c.places.ar, ...c.places.en, ...c.places.ru])
        this.trie.add(phraseKeys(w), { t: 'place', country: c.code, upper: isAcronym(w) || undefined });
    }
    for (const w of [...RANKS.ar, ...RANKS.en, ...RANKS.ru])
      this.trie.add(phraseKeys(w), { t: 'rank', gender: phraseGender(w) });
    for (const a of ANALYSTS) {
      for (const w of [...a.ar, ...a.en2, ...a.ru])
        this.trie.add(phraseKeys(w), { t: 'analyst', en: a.en, gender: phraseGender(w) });
    }
    for (const a of ANAPHORS) {
      for (const w of [...a.ar, ...a.en, ...a.ru]) {
        const country = /روسي|russian|российск/i.test(w) ? 'ru' : null;
        this.trie.add(phraseKeys(w), { t: 'anaphor', cls: a.cls, gender: phraseGender(w), country });
      }
    }
  }

  get(id: string): SpeakerEntry | undefined {
    return this.byId.get(id);
  }

  entry(e: number): SpeakerEntry {
    return this.entries[e];
  }

  private readonly keyCache = new Map<SpeakerEntry, string[][]>();

  /** Keys a role answers to: its declared keys and its own 't:id:index' key. */
  roleKeys(entry: SpeakerEntry, r: number): string[] {
    let all = this.keyCache.get(entry);
    if (!all) {
      all = entry.roles.map((role, i) => [...(role.keys ?? []), `t:${entry.id}:${i}`]);
      this.keyCache.set(entry, all);
    }
    return all[r];
  }

  /** The entry's roles matching one of `keys` ('base@*' matches any country). */
  roleForAll(entry: SpeakerEntry, keys: string[]): RoleTenure[] {
    const out: RoleTenure[] = [];
    for (let r = 0; r < entry.roles.length; r++) {
      const own = this.roleKeys(entry, r);
      const hit = keys.some((k) =>
        k.endsWith('@*') ? own.some((o) => o.startsWith(k.slice(0, -1))) : own.includes(k),
      );
      if (hit) out.push(entry.roles[r]);
    }
    return out;
  }

  /** People who held a post named by one of `keys`, in the app's time scope. */
  holdersOf(keys: string[]): Holder[] {
    const out: Holder[] = [];
    for (const k of keys) {
      if (k.endsWith('@*')) continue;
      for (const h of this.holders.get(k) ?? []) {
        if (h.role.to !== null && h.role.to < SCOPE_FROM) continue;
        if (!out.some((o) => o.entry === h.entry && o.role === h.role)) out.push(h);
      }
    }
    return out;
  }

  /** Does an anaphoric noun of class `cls` fit this entry? */
  fits(entry: SpeakerEntry, cls: AnaphorClass): boolean {
    const bases = entry.roles.flatMap((r) => r.keys ?? []).map((k) => k.split('@')[0]);
    const inst = entry.institution ?? '';
    switch (cls) {
      case 'diplomat':
        return (
          entry.kind === 'person' &&
          (['mfa', 'un-mission', 'embassy'].includes(inst) ||
            bases.some((b) => /^(fm|deputy-fm|ambassador|un-envoy|envoy|presidential-envoy)/.test(b)))
        );
      case 'minister':
        return entry.kind === 'person' && bases.some((b) => /^(fm|defmin|emergencies-minister)$/.test(b));
      case 'ministry':
        return entry.kind === 'institution' && ['mfa', 'mod', 'us-state', 'us-dod', 'sy-mfa'].includes(inst);
      case 'center':
        return (
          entry.kind === 'institution' &&
          (entry.names.ar.some((n) => n.includes('مركز')) ||
            entry.names.en.some((n) => /cent(re|er)/i.test(n)))
        );
      case 'envoy':
        return entry.kind === 'person' && bases.some((b) => b.includes('envoy'));
      case 'military':
        return entry.kind === 'person' && ['mod', 'general-staff', 'hmeimim', 'us-military'].includes(inst);
      case 'spokesperson':
        return entry.kind === 'person' && bases.some((b) => b.includes('spokesperson'));
    }
  }
}

let builtIn: SpeakerIndex | null = null;

/** The index of the built-in list, built on first use. */
export function defaultSpeakerIndex(): SpeakerIndex {
  return (builtIn ??= new SpeakerIndex(SPEAKERS));
}
