/**
 * Groups raw gazetteer matches into speaker phrases: [rank] [nationality] title… [nationality]
 * [host] [name] or name[،] title, spokes head + institution ("المتحدث باسم الكرملين"), analyst +
 * nationality, anaphoric nouns. A title that is followed by no listed name takes the words after it
 * as an unlisted name when they look like one. Pure structure; resolution happens in mentions.ts.
 */

import { FORMER_WORDS, HOST_PREPOSITIONS } from './nationality';
import type { TrieMatch } from './phrase-trie';
import type { Payload, SpeakerIndex } from './speaker-index';
import { captureName } from './name-capture';
import type { Token } from './tokens';

type M = TrieMatch<Payload>;
type TitleP = Extract<Payload, { t: 'title' }>;

export interface TitlePart {
  titles: TitleP[];
  ts: number;
  te: number;
  country: string | null;
  /** Entry index of the institution after a spokes head. */
  inst: number | null;
  host: string | null;
  former: boolean;
}

export interface Phrase {
  ts: number;
  te: number;
  cut: number;
  rankGender: 'm' | 'f' | null;
  preNat: string | null;
  titles: TitlePart[];
  name: { e: number; ts: number; te: number; cut: number } | null;
  analyst: { en: string; gender: 'm' | 'f' | null; country: string | null } | null;
  anaphor: Extract<Payload, { t: 'anaphor' }> | null;
  captured: { ts: number; te: number } | null;
}

function pay<T extends Payload['t']>(m: M | undefined, t: T): Extract<Payload, { t: T }> | undefined {
  return m?.payloads.find((p) => p.t === t) as Extract<Payload, { t: T }> | undefined;
}

export class PhraseParser {
  constructor(
    private readonly R: M[],
    private readonly tokens: Token[],
    private readonly text: string,
    private readonly index: SpeakerIndex,
    private readonly orig: (t: Token) => string,
  ) {}

  /** 'space' | 'comma' when b follows a with only spaces (or one comma) between, else null. */
  adj(a: M | null, b: M | undefined): 'space' | 'comma' | null {
    if (!a || !b || b.ts !== a.te + 1) return null;
    const gap = this.text.slice(this.tokens[a.te].e, this.tokens[b.ts].s).trim();
    if (gap === '' || gap === '-') return 'space';
    if (gap === ',' || gap === '،') return 'comma';
    return null;
  }

  private tokAfterIs(m: M, words: Set<string>): boolean {
    const t = this.tokens[m.te + 1];
    return !!t && words.has(t.text) && this.text.slice(this.tokens[m.te].e, t.s).trim() === '';
  }

  private tokBeforeIs(m: M, words: Set<string>): boolean {
    const t = this.tokens[m.ts - 1];
    return (
      !!t && words.has(t.text) && this.text.slice(t.e, this.tokens[m.ts].s).trim().replace('-', '') === ''
    );
  }

  private isInstitution(m: M | undefined): number | null {
    const n = pay(m, 'name');
    return n && this.index.entry(n.e).kind === 'institution' ? n.e : null;
  }

  parseAll(): Phrase[] {
    const out: Phrase[] = [];
    let i = 0;
    while (i < this.R.length) {
      const [ph, next] = this.parseAt(i);
      if (ph) out.push(ph);
      i = next > i ? next : i + 1;
    }
    return out;
  }

  private parseAt(i: number): [Phrase | null, number] {
    const R = this.R;
    let k = i;
    let last: M | null = null;
    const ph: Phrase = {
      ts: R[i].ts,
      te: R[i].te,
      cut: R[i].cut,
      rankGender: null,
      preNat: null,
      titles: [],
      name: null,
      analyst: null,
      anaphor: null,
      captured: null,
    };
    const ok = (kinds: ('space' | 'comma')[] = ['space']) => {
      if (k >= R.length) return false;
      if (last === null) return true;
      const a = this.adj(last, R[k]);
      return a !== null && kinds.includes(a);
    };
    const take = () => {
      last = R[k];
      ph.te = R[k].te;
      k++;
    };
    while (ok() && pay(R[k], 'rank') && !pay(R[k], 'title') && !pay(R[k], 'name')) {
      ph.rankGender = pay(R[k], 'rank')!.gender ?? ph.rankGender;
      take();
    }
    if (ok() && pay(R[k], 'nat') && !pay(R[k], 'title') && this.tokens[R[k].ts].script !== 'ar') {
      const nx = R[k + 1];
      if (this.adj(R[k], nx) === 'space' && (pay(nx, 'title') || pay(nx, 'analyst') || pay(nx, 'anaphor'))) {
        ph.preNat = pay(R[k], 'nat')!.country;
        take();
      }
    }
    // English/Russian "Russian Foreign Ministry spokeswoman Maria Zakharova".
    if (
      ok() &&
      this.isInstitution(R[k]) !== null &&
      pay(R[k + 1], 'title')?.kind === 'spokes' &&
      this.adj(R[k], R[k + 1]) === 'space'
    ) {
      const inst = this.isInstitution(R[k])!;
      const at = R[k];
      take();
      const part = this.titlePart(k);
      part.part.inst = inst;
      part.part.ts = at.ts;
      k = part.next;
      last = { ...R[k - 1], te: part.part.te };
      ph.te = part.part.te;
      ph.titles.push(part.part);
    }
    while (ok() && pay(R[k], 'title')) {
      const part = this.titlePart(k);
      if (ph.preNat && part.part.country === null) part.part.country = ph.preNat;
      ph.titles.push(part.part);
      k = part.next;
      last = { ...R[k - 1], te: part.part.te };
      ph.te = part.part.te;
    }
    // "المتحدث باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف": a rank between title and name.
    while (
      ph.titles.length > 0 &&
      ok() &&
      pay(R[k], 'rank') &&
      !pay(R[k], 'title') &&
      !pay(R[k], 'name') &&
      pay(R[k + 1], 'name')
    )
      take();
    if (ph.titles.length === 0 && ok() && pay(R[k], 'analyst')) {
      const a = pay(R[k], 'analyst')!;
      take();
      let country = ph.preNat;
      if (ok() && pay(R[k], 'nat')) {
        country = pay(R[k], 'nat')!.country;
        take();
      }
      ph.analyst = { en: a.en, gender: a.gender, country };
    }
    const nameOk = ph.titles.length > 0 || ph.analyst ? ok(['space', 'comma']) : ok();
    if (nameOk && pay(R[k], 'name')) {
      const n = pay(R[k], 'name')!;
      const inst = this.index.entry(n.e).kind === 'institution';
      const foreign = inst && this.followedByForeign(R[k], R[k + 1], this.index.entry(n.e).country ?? null);
      if (!foreign) {
        ph.name = { e: n.e, ts: R[k].ts, te: R[k].te, cut: R[k].cut };
        take();
      }
    }
    if (ph.name && ph.titles.length === 0 && !ph.analyst && ok(['space', 'comma']) && pay(R[k], 'title')) {
      const part = this.titlePart(k);
      const after = R[part.next];
      const ownName = pay(after, 'name') && this.adj(R[part.next - 1], after) === 'space';
      if (!ownName && this.index.entry(ph.name.e).kind === 'person') {
        ph.titles.push(part.part);
        k = part.next;
        last = { ...R[k - 1], te: part.part.te };
        ph.te = part.part.te;
      }
    }
    if (!ph.name && ph.titles.length === 0 && !ph.analyst && ok() && pay(R[k], 'anaphor')) {
      ph.anaphor = pay(R[k], 'anaphor')!;
      take();
      if (ok() && pay(R[k], 'nat') && !ph.anaphor.country) {
        ph.anaphor = { ...ph.anaphor, country: pay(R[k], 'nat')!.country };
        take();
      }
    }
    if (last === null) return [null, i + 1];
    if (!ph.name && (ph.titles.length > 0 || ph.analyst)) {
      const lastTok: number = (last as M).te;
      const nextRaw = R[k];
      const cap = captureName(
        this.tokens,
        this.text,
        lastTok + 1,
        nextRaw ? nextRaw.ts : this.tokens.length,
        this.orig,
      );
      if (cap) {
        ph.captured = cap;
        ph.te = cap.te;
      }
    }
    if (!ph.name && ph.titles.length === 0 && !ph.analyst && !ph.anaphor) return [null, k];
    return [ph, k];
  }

  private followedByForeign(m: M, nx: M | undefined, country: string | null): boolean {
    const nat = pay(nx, 'nat') ?? pay(nx, 'place');
    return !!nat && this.adj(m, nx) === 'space' && nat.country !== (country ?? 'ru');
  }

  private titlePart(k: number): { part: TitlePart; next: number } {
    const R = this.R;
    const m = R[k];
    const titles = m.payloads.filter((p): p is TitleP => p.t === 'title');
    const part: TitlePart = {
      titles,
      ts: m.ts,
      te: m.te,
      country: titles.find((t) => t.country)?.country ?? null,
      inst: null,
      host: null,
      former: false,
    };
    let last = m;
    let j = k + 1;
    const spokes = titles.some((t) => t.kind === 'spokes');
    if (spokes && this.isInstitution(R[j]) !== null && this.adj(last, R[j]) === 'space') {
      part.inst = this.isInstitution(R[j]);
      last = R[j++];
    }
    if (this.adj(last, R[j]) === 'space' && pay(R[j], 'nat') && !pay(R[j], 'title')) {
      part.country ??= pay(R[j], 'nat')!.country;
      last = R[j++];
    }
    const canHost = titles.some((t) => t.kind === 'ambassador' || t.base.includes('envoy'));
    if (canHost) {
      const prep = this.tokens[last.te + 1];
      const place = R[j];
      if (
        prep &&
        HOST_PREPOSITIONS.has(prep.text) &&
        place &&
        place.ts === last.te + 2 &&
        (pay(place, 'place') || pay(place, 'nat'))
      ) {
        part.host = (pay(place, 'place') ?? pay(place, 'nat'))!.country;
        last = R[j++];
      }
    }
    part.te = last.te;
    const formerAfter = this.tokAfterIs(last, FORMER_WORDS);
    if (formerAfter) part.te++;
    part.former = formerAfter || this.tokBeforeIs(m, FORMER_WORDS);
    return { part, next: j };
  }
}
