/**
 * Finds every mention of a speaker in a text: listed names in any spelling (with Arabic proclitics,
 * hamza/ya/ta-marbuta variants, diacritics and tatweel ignored), titled names, titles alone and
 * anaphoric nouns resolved to an earlier mention ("نائب وزير الدفاع الروسي" → Antonov), unlisted
 * officials recognised from their title, and analysts/journalists (not officials). Offsets are in the
 * original text. tenureConstraints (tenure.ts) turns titled mentions into date bounds.
 */

import type { SpeakerRef } from '../../model/article';
import type { FindOptions, Mention } from './mention-types';
import { PhraseParser } from './mention-parse';
import type { Phrase } from './mention-parse';
import { COUNTRY_ADJ } from './nationality';
import { fold, toOriginal } from './normalize';
import type { Folded } from './normalize';
import { defaultSpeakerIndex, scopeDays } from './speaker-index';
import type { Holder, Payload, SpeakerIndex } from './speaker-index';
import type { RoleTenure, SpeakerEntry } from './speaker-types';
import { titleInfo } from './title-keys';
import type { TitleInfo } from './title-keys';
import { tokenize } from './tokens';
import type { Token } from './tokens';
import { transliterate } from './transliterate';

export type { Mention, MentionKind, FindOptions } from './mention-types';
export { tenureConstraints } from './tenure';

const FEMININE_PLACES = new Set(['موسكو', 'روسيا', 'واشنطن', 'دمشق', 'انقره', 'طهران', 'انقرة', 'بكين', 'باريس', 'لندن']);

const genderCache = new Map<string, 'm' | 'f'>();

/** Grammatical gender of an Arabic institution name: وزارة…/…الروسية → f, الكرملين → m. */
function arabicGender(all: Token[], ts: number, te: number): 'm' | 'f' {
  let key = all[ts].text;
  for (let i = ts + 1; i <= te; i++) key += ' ' + all[i].text;
  let g = genderCache.get(key);
  if (!g) {
    g = computeArabicGender(all.slice(ts, te + 1));
    if (genderCache.size < 5000) genderCache.set(key, g);
  }
  return g;
}

function computeArabicGender(tokens: Token[]): 'm' | 'f' {
  const words = tokens.map((t) => t.text.replace(/^(و|ف)?(ب|ل|ك)?/, ''));
  if (words.some((w) => FEMININE_PLACES.has(w))) return 'f';
  if (/ه$/.test(words[0] ?? '')) return 'f';
  return words.slice(1).some((w) => /^ال.*(روسيه|امريكيه|اميركيه|سوريه|تركيه)$/.test(w)) ? 'f' : 'm';
}

/** The holder that held the post most of the app's time scope, when one clearly dominates. */
function likelyHolder(holders: Holder[]): Holder | null {
  const byEntry = new Map<SpeakerEntry, number>();
  for (const h of holders) byEntry.set(h.entry, (byEntry.get(h.entry) ?? 0) + scopeDays(h.role.from, h.role.to));
  let best: SpeakerEntry | null = null;
  let total = 0;
  for (const [e, d] of byEntry) {
    total += d;
    if (!best || d > byEntry.get(best)!) best = e;
  }
  if (!best || total === 0) return null;
  if (byEntry.size === 1 || byEntry.get(best)! / total >= 0.85) return holders.find((h) => h.entry === best) ?? null;
  return null;
}

function genderFits(want: 'm' | 'f' | null, entry: SpeakerEntry): boolean {
  return want !== 'f' || entry.gender === 'f' || entry.kind === 'institution';
}

type MentionFields = Pick<
  Mention,
  'nameStart' | 'nameEnd' | 'speaker' | 'entryId' | 'kind' | 'roles' | 'titleText' | 'gender' | 'former' | 'resolvedBy' | 'antecedent' | 'metonym'
>;

const NO_KEYS: string[] = [];
const NO_ROLES: RoleTenure[] = [];

class Resolver {
  readonly out: Mention[] = [];
  constructor(
    private readonly index: SpeakerIndex,
    private readonly text: string,
    private readonly f: Folded,
    private readonly tokens: Token[],
    private readonly opts: FindOptions,
  ) {}

  span(ts: number, te: number, cut = 0): [number, number] {
    return toOriginal(this.f, this.tokens[ts].s + cut, this.tokens[te].e);
  }

  private inQuote(s: number, e: number): boolean {
    const ex = this.opts.exclude;
    if (!ex) return false;
    for (const [a, b] of ex) if (s >= a && e <= b) return true;
    return false;
  }

  private antecedent(ok: (e: SpeakerEntry) => boolean): number {
    for (let i = this.out.length - 1; i >= 0; i--) {
      const m = this.out[i];
      if (m.inQuote || !m.entryId) continue;
      const e = this.index.get(m.entryId);
      if (e && ok(e)) return i;
    }
    return -1;
  }

  private ref(entry: SpeakerEntry, asWritten: string, role: string | null): SpeakerRef {
    return { id: entry.id, nameEn: entry.nameEn, asWritten, role, russianOfficial: entry.russianOfficial, institution: entry.institution, listed: true };
  }

  /** One Mention with every field set in a fixed order (keeps object shapes monomorphic). */
  private push(ph: Phrase, start: number, end: number, v: MentionFields): void {
    this.out.push({
      start,
      end,
      text: this.text.slice(start, end),
      nameStart: v.nameStart,
      nameEnd: v.nameEnd,
      speaker: v.speaker,
      entryId: v.entryId,
      kind: v.kind,
      roles: v.roles,
      titleText: v.titleText,
      gender: v.gender,
      former: v.former,
      inQuote: this.inQuote(start, end),
      resolvedBy: v.resolvedBy,
      antecedent: v.antecedent,
      field: this.opts.field,
      tokStart: ph.ts,
      tokEnd: ph.te,
      metonym: v.metonym,
    });
  }

  add(ph: Phrase): void {
    const [start, end] = this.span(ph.ts, ph.te, ph.cut);
    const text = this.text.slice(start, end);
    const v = this.resolve(ph, text);
    if (v) this.push(ph, start, end, v);
  }

  private resolve(ph: Phrase, text: string): MentionFields | null {
    const infos = ph.titles.map((p) => titleInfo(p, this.index));
    const keys = infos.length ? infos.flatMap((i) => i.keys) : NO_KEYS;
    const titleText = ph.titles.length ? this.text.slice(...this.span(ph.titles[0].ts, ph.titles[ph.titles.length - 1].te, ph.titles[0].ts === ph.ts ? ph.cut : 0)) : null;
    const former = ph.titles.some((p) => p.former);
    const info = infos[0];
    const v: MentionFields = {
      nameStart: undefined, nameEnd: undefined, speaker: null as unknown as SpeakerRef, entryId: null, kind: 'name', roles: NO_ROLES,
      titleText, gender: null, former, resolvedBy: 'name', antecedent: undefined, metonym: undefined,
    };
    if (ph.name) {
      const entry = this.index.entry(ph.name.e);
      const [ns, ne] = this.span(ph.name.ts, ph.name.te, ph.name.cut);
      const roles = keys.length ? this.index.roleForAll(entry, keys) : NO_ROLES;
      v.nameStart = ns;
      v.nameEnd = ne;
      v.entryId = entry.id;
      v.kind = ph.titles.length ? 'titled' : 'name';
      v.roles = roles;
      v.gender = entry.kind === 'person' ? entry.gender : this.tokens[ph.name.ts].script === 'ar' ? arabicGender(this.tokens, ph.name.ts, ph.name.te) : null;
      v.speaker = this.ref(entry, this.text.slice(ns, ne), roles[0]?.titleEn ?? null);
      v.resolvedBy = ph.titles.length ? 'adjacent' : 'name';
      v.metonym = entry.id === 'moscow' || undefined;
      return v;
    }
    if (info) return this.resolveTitle(ph, text, info, keys, v);
    if (ph.analyst) {
      const adj = ph.analyst.country ? COUNTRY_ADJ[ph.analyst.country] ?? '' : '';
      const role = `${adj} ${ph.analyst.en}`.trim();
      const name = ph.captured ? this.text.slice(...this.span(ph.captured.ts, ph.captured.te)) : null;
      v.kind = 'analyst';
      v.titleText = text;
      v.gender = ph.analyst.gender;
      v.resolvedBy = 'unlisted';
      v.speaker = { id: null, nameEn: name ? transliterate(name) : `${role} (unnamed)`, asWritten: name ?? text, role, russianOfficial: false, institution: null, listed: false };
      return v;
    }
    if (ph.anaphor) {
      const a = ph.anaphor;
      v.kind = 'anaphor';
      const at = this.antecedent((e) => this.index.fits(e, a.cls) && (!a.country || (e.country ?? null) === a.country) && genderFits(a.gender, e));
      if (at >= 0) {
        const entry = this.index.get(this.out[at].entryId!)!;
        v.entryId = entry.id;
        v.gender = a.gender ?? (this.tokens[ph.ts].script === 'ar' ? 'm' : entry.gender);
        v.resolvedBy = 'context';
        v.antecedent = at;
        v.speaker = this.ref(entry, text, this.out[at].speaker.role);
        return v;
      }
      if (a.country === 'ru' && a.cls !== 'ministry' && a.cls !== 'center') {
        const role = `Russian ${a.cls}`;
        v.titleText = text;
        v.gender = a.gender;
        v.resolvedBy = 'unlisted';
        v.speaker = { id: null, nameEn: `${role} (unnamed)`, asWritten: text, role, russianOfficial: true, institution: null, listed: false };
        return v;
      }
    }
    return null;
  }

  private resolveTitle(ph: Phrase, text: string, info: TitleInfo, keys: string[], v: MentionFields): MentionFields {
    const gender = info.gender ?? ph.rankGender;
    v.kind = 'title';
    v.gender = gender;
    if (ph.captured) {
      const [cs, ce] = this.span(ph.captured.ts, ph.captured.te);
      const name = this.text.slice(cs, ce);
      v.nameStart = cs;
      v.nameEnd = ce;
      v.kind = 'titled';
      v.resolvedBy = 'unlisted';
      v.speaker = { id: null, nameEn: transliterate(name), asWritten: name, role: info.en, russianOfficial: info.russian && !v.former, institution: info.institution, listed: false };
      return v;
    }
    const at = this.antecedent((e) => this.index.roleForAll(e, keys).length > 0 && genderFits(gender, e));
    if (at >= 0) {
      const entry = this.index.get(this.out[at].entryId!)!;
      v.roles = this.index.roleForAll(entry, keys);
      v.entryId = entry.id;
      v.gender = entry.gender ?? gender;
      v.resolvedBy = 'context';
      v.antecedent = at;
      v.speaker = this.ref(entry, text, v.roles[0]?.titleEn ?? null);
      return v;
    }
    // Only Russian posts: the list is complete enough there for "the only holder" to be safe.
    const holders = info.country === 'ru' ? this.index.holdersOf(keys).filter((h) => genderFits(gender, h.entry)) : [];
    const distinct = new Set(holders.map((h) => h.entry));
    const pick = distinct.size === 1 ? holders[0] : likelyHolder(holders);
    if (pick && !v.former) {
      v.entryId = pick.entry.id;
      v.roles = [pick.role];
      v.gender = pick.entry.gender ?? gender;
      v.resolvedBy = distinct.size === 1 ? 'unique' : 'likely';
      v.speaker = this.ref(pick.entry, text, pick.role.titleEn);
      return v;
    }
    v.resolvedBy = 'unlisted';
    v.speaker = { id: null, nameEn: `${info.en} (unnamed)`, asWritten: text, role: info.en, russianOfficial: info.russian && !v.former, institution: info.institution, listed: false };
    return v;
  }
}

/** Every speaker mention in `text`, in order. */
export function findMentions(text: string, index: SpeakerIndex = defaultSpeakerIndex(), opts: FindOptions = {}): Mention[] {
  const f = fold(text);
  const tokens = tokenize(f);
  return mentionsFromTokens(text, f, tokens, index, opts);
}

/** As findMentions, for a caller that already folded and tokenised the text. */
export function mentionsFromTokens(text: string, f: Folded, tokens: Token[], index: SpeakerIndex, opts: FindOptions = {}): Mention[] {
  const orig = (t: Token) => text.slice(f.map[t.s], f.map[t.e - 1] + 1);
  const upperOk = (ts: number, te: number) => {
    const s = text.slice(f.map[tokens[ts].s], f.map[tokens[te].e - 1] + 1);
    return s === s.toUpperCase();
  };
  const accept = (m: { ts: number; te: number; payloads: Payload[] }) =>
    m.payloads.some((p) => 'upper' in p && p.upper) ? m.payloads.filter((p) => !('upper' in p && p.upper) || upperOk(m.ts, m.te)) : m.payloads;
  const raw = index.trie.scan(tokens, f.text, accept);
  const phrases = new PhraseParser(raw, tokens, f.text, index, orig).parseAll();
  const r = new Resolver(index, text, f, tokens, opts);
  for (const ph of phrases) r.add(ph);
  return r.out;
}
