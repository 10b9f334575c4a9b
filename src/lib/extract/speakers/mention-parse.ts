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

const SPACE: readonly ('space' | 'comma')[] = ['space'];
const SPACE_OR_COMMA: readonly ('space' | 'comma')[] = ['space', 'comma'];

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

/** The first payload of kind t of a match (a plain loop: this runs for every test of the parser). */
function pay<T extends Payload['t']>(m: M | undefined, t: T): Extract<Payload, { t: T }> | undefined {
  if (!m) return undefined;
  const ps = m.payloads;
  for (let i = 0; i < ps.length; i++) if (ps[i].t === t) return ps[i] as Extract<Payload, { t: T }>;
  return undefined;
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

  /** Parser state while parseAt runs: the next raw match, the last one taken, the phrase. */
  private k = 0;
  private last: M | null = null;
  private ph!: Phrase;

  /** Can R[k] join the phrase (first match, or adjacent to the last one taken by `kinds`)? */
  private ok(kinds: readonly ('space' | 'comma')[]): boolean {
    if (this.k >= this.R.length) return false;
    if (this.last === null) return true;
    const a = this.adj(this.last, this.R[this.k]);
    return a !== null && kinds.includes(a);
  }

  private take(): void {
    this.last = this.R[this.k];
    this.ph.te = this.R[this.k].te;
    this.k++;
  }

  private parseAt(i: number): [Phrase | null, number] {
    const R = this.R;
    this.k = i;
    this.last = null;
    const ph: Phrase = (this.ph = {
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
    });
    while (this.ok(SPACE) && pay(R[this.k], 'rank') && !pay(R[this.k], 'title') && !pay(R[this.k], 'name')) {
      ph.rankGender = pay(R[this.k], 'rank')!.gender ?? ph.rankGender;
      this.take();
    }
    if (
      this.ok(SPACE) &&
      pay(R[this.k], 'nat') &&
      !pay(R[this.k], 'title') &&
      this.tokens[R[this.k].ts].script !== 'ar'
    ) {
      const nx = R[this.k + 1];
      if (
        this.adj(R[this.k], nx) === 'space' &&
        (pay(nx, 'title') || pay(nx, 'analyst') || pay(nx, 'anaphor'))
      ) {
        ph.preNat = pay(R[this.k], 'nat')!.country;
        this.take();
      }
    }
    // English/Russian "Russian Foreign Ministry spokeswoman Maria Zakharova".
    if (
      this.ok(SPACE) &&
      this.isInstitution(R[this.k]) !== null &&
      pay(R[this.k + 1], 'title')?.kind === 'spokes' &&
      this.adj(R[this.k], R[this.k + 1]) === 'space'
    ) {
      const inst = this.isInstitution(R[this.k])!;
      const at = R[this.k];
      this.take();
      const part = this.titlePart(this.k);
      part.part.inst = inst;
      part.part.ts = at.ts;
      this.k = part.next;
      this.last = { ...R[this.k - 1], te: part.part.te };
      ph.te = part.part.te;
      ph.titles.push(part.part);
    }
    while (this.ok(SPACE) && pay(R[this.k], 'title')) {
      const part = this.titlePart(this.k);
      if (ph.preNat && part.part.country === null) part.part.country = ph.preNat;
      ph.titles.push(part.part);
      this.k = part.next;
      this.last = { ...R[this.k - 1], te: part.part.te };
      ph.te = part.part.te;
    }
    // "المتحدث باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف": a rank between title and name.
    while (
      ph.titles.length > 0 &&
      this.ok(SPACE) &&
      pay(R[this.k], 'rank') &&
      !pay(R[this.k], 'title') &&
      !pay(R[this.k], 'name') &&
      pay(R[this.k + 1], 'name')
    )
      this.take();
    if (ph.titles.length === 0 && this.ok(SPACE) && pay(R[this.k], 'analyst')) {
      const a = pay(R[this.k], 'analyst')!;
      this.take();
      let country = ph.preNat;
      if (this.ok(SPACE) && pay(R[this.k], 'nat')) {
        country = pay(R[this.k], 'nat')!.country;
        this.take();
      }
      ph.analyst = { en: a.en, gender: a.gender, country };
    }
    const nameOk = ph.titles.length > 0 || ph.analyst ? this.ok(SPACE_OR_COMMA) : this.ok(SPACE);
    if (nameOk && pay(R[this.k], 'name')) {
      const n = pay(R[this.k], 'name')!;
      const inst = this.index.entry(n.e).kind === 'institution';
      const foreign =
        inst && this.followedByForeign(R[this.k], R[this.k + 1], this.index.entry(n.e).country ?? null);
      if (!foreign) {
        ph.name = { e: n.e, ts: R[this.k].ts, te: R[this.k].te, cut: R[this.k].cut };
        this.take();
      }
    }
    if (
      ph.name &&
      ph.titles.length === 0 &&
      !ph.analyst &&
      this.ok(SPACE_OR_COMMA) &&
      pay(R[this.k], 'title')
    ) {
      const part = this.titlePart(this.k);
      const after = R[part.next];
      const ownName = pay(after, 'name') && this.adj(R[part.next - 1], after) === 'space';
      if (!ownName && this.index.entry(ph.name.e).kind === 'person') {
        ph.titles.push(part.part);
        this.k = part.next;
        this.last = { ...R[this.k - 1], te: part.part.te };
        ph.te = part.part.te;
      }
    }
    if (!ph.name && ph.titles.length === 0 && !ph.analyst && this.ok(SPACE) && pay(R[this.k], 'anaphor')) {
      ph.anaphor = pay(R[this.k], 'anaphor')!;
      this.take();
      if (this.ok(SPACE) && pay(R[this.k], 'nat') && !ph.anaphor.country) {
        ph.anaphor = { ...ph.anaphor, country: pay(R[this.k], 'nat')!.country };
        this.take();
      }
    }
    if (this.last === null) return [null, i + 1];
    if (!ph.name && (ph.titles.length > 0 || ph.analyst)) {
      const lastTok: number = (this.last as M).te;
      const nextRaw = R[this.k];
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
    if (!ph.name && ph.titles.length === 0 && !ph.analyst && !ph.anaphor) return [null, this.k];
    return [ph, this.k];
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
