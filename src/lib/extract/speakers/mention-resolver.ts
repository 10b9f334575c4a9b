/**
 * Turns parsed speaker phrases into Mentions, in text order: a listed name (with the posts its
 * title names), a title alone or an anaphoric noun resolved to an earlier mention, an unlisted
 * official, an analyst. Keeps the mentions found so far as the antecedents of later ones.
 */

import type { SpeakerRef } from '../../model/article';
import { arabicGender, genderFits } from './mention-gender';
import type { Phrase } from './mention-parse';
import type { FindOptions, Mention } from './mention-types';
import { COUNTRY_ADJ } from './nationality';
import { toOriginal } from './normalize';
import type { Folded } from './normalize';
import { mainRole } from './speaker-index';
import type { SpeakerIndex } from './speaker-index';
import type { RoleTenure, SpeakerEntry } from './speaker-types';
import { titleInfo } from './title-keys';
import { resolveTitle } from './title-resolution';
import type { Token } from './tokens';
import { transliterate } from './transliterate';

export type MentionFields = Pick<
  Mention,
  | 'nameStart'
  | 'nameEnd'
  | 'speaker'
  | 'entryId'
  | 'kind'
  | 'roles'
  | 'titleText'
  | 'gender'
  | 'former'
  | 'resolvedBy'
  | 'antecedent'
  | 'metonym'
  | 'person'
  | 'soleRole'
>;

const NO_KEYS: string[] = [];
/** How many earlier mentions a title or anaphor may look back over. */
const ANTECEDENT_WINDOW = 80;
const NO_ROLES: RoleTenure[] = [];

export class Resolver {
  readonly out: Mention[] = [];
  constructor(
    readonly index: SpeakerIndex,
    readonly text: string,
    private readonly f: Folded,
    private readonly tokens: Token[],
    private readonly opts: FindOptions,
  ) {}

  span(ts: number, te: number, cut = 0): [number, number] {
    return toOriginal(this.f, this.tokens[ts].s + cut, this.tokens[te].e);
  }

  /** Is [s, e) inside one of the excluded ranges (sorted, non-overlapping)? */
  private inQuote(s: number, e: number): boolean {
    const ex = this.opts.exclude;
    if (!ex || ex.length === 0) return false;
    let lo = 0;
    let hi = ex.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ex[mid][0] > s) hi = mid - 1;
      else lo = mid + 1;
    }
    return hi >= 0 && s >= ex[hi][0] && e <= ex[hi][1];
  }

  antecedent(ok: (e: SpeakerEntry) => boolean): number {
    for (let i = this.out.length - 1; i >= Math.max(0, this.out.length - ANTECEDENT_WINDOW); i--) {
      const m = this.out[i];
      if (m.inQuote || !m.entryId) continue;
      const e = this.index.get(m.entryId);
      if (e && ok(e)) return i;
    }
    return -1;
  }

  ref(entry: SpeakerEntry, asWritten: string, role: string | null): SpeakerRef {
    return {
      id: entry.id,
      nameEn: entry.nameEn,
      asWritten,
      role,
      russianOfficial: entry.russianOfficial,
      institution: entry.institution,
      listed: true,
    };
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
      person: v.person,
      soleRole: v.soleRole,
    });
  }

  add(ph: Phrase): void {
    const [start, end] = this.span(ph.ts, ph.te, ph.cut);
    const text = this.text.slice(start, end);
    const v = this.resolve(ph, text);
    if (!v) return;
    const entry = v.entryId ? this.index.get(v.entryId) : undefined;
    if (entry) {
      v.person = entry.kind === 'person';
      if (entry.roles.length === 1) v.soleRole = entry.roles[0];
    }
    this.push(ph, start, end, v);
  }

  private resolve(ph: Phrase, text: string): MentionFields | null {
    const infos = ph.titles.map((p) => titleInfo(p, this.index));
    const keys = infos.length ? infos.flatMap((i) => i.keys) : NO_KEYS;
    const titleText = ph.titles.length
      ? this.text.slice(
          ...this.span(
            ph.titles[0].ts,
            ph.titles[ph.titles.length - 1].te,
            ph.titles[0].ts === ph.ts ? ph.cut : 0,
          ),
        )
      : null;
    const former = ph.titles.some((p) => p.former);
    const info = infos[0];
    const v: MentionFields = {
      nameStart: undefined,
      nameEnd: undefined,
      speaker: null as unknown as SpeakerRef,
      entryId: null,
      kind: 'name',
      roles: NO_ROLES,
      titleText,
      gender: null,
      former,
      resolvedBy: 'name',
      antecedent: undefined,
      metonym: undefined,
      person: undefined,
      soleRole: undefined,
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
      v.gender =
        entry.kind === 'person'
          ? entry.gender
          : this.tokens[ph.name.ts].script === 'ar'
            ? arabicGender(this.tokens, ph.name.ts, ph.name.te)
            : null;
      v.speaker = this.ref(entry, this.text.slice(ns, ne), mainRole(roles)?.titleEn ?? null);
      v.resolvedBy = ph.titles.length ? 'adjacent' : 'name';
      v.metonym = entry.id === 'moscow' || undefined;
      return v;
    }
    if (info) return resolveTitle(this, ph, text, info, keys, v);
    if (ph.analyst) {
      const adj = ph.analyst.country ? (COUNTRY_ADJ[ph.analyst.country] ?? '') : '';
      const role = `${adj} ${ph.analyst.en}`.trim();
      const name = ph.captured ? this.text.slice(...this.span(ph.captured.ts, ph.captured.te)) : null;
      v.kind = 'analyst';
      v.titleText = text;
      v.gender = ph.analyst.gender;
      v.resolvedBy = 'unlisted';
      v.speaker = {
        id: null,
        nameEn: name ? transliterate(name) : `${role} (unnamed)`,
        asWritten: name ?? text,
        role,
        russianOfficial: false,
        institution: null,
        listed: false,
      };
      return v;
    }
    if (ph.anaphor) {
      const a = ph.anaphor;
      v.kind = 'anaphor';
      const at = this.antecedent(
        (e) =>
          this.index.fits(e, a.cls) &&
          (!a.country || (e.country ?? null) === a.country) &&
          genderFits(a.gender, e),
      );
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
        v.speaker = {
          id: null,
          nameEn: `${role} (unnamed)`,
          asWritten: text,
          role,
          russianOfficial: true,
          institution: null,
          listed: false,
        };
        return v;
      }
    }
    return null;
  }
}
