/**
 * Per-document columns for the query path: for every flexsearch id, its type, language, kind,
 * official flag, outlet, date and speaker/institution codes in typed arrays, its two facet groups
 * (facet-groups.ts: what counting reads), plus the ids of each speaker's documents. A query filters, counts facets and ranks over up to every document of
 * the library (a common word matches ~100,000 documents at 10,000 articles); tight loops over
 * small integers in typed arrays, instead of DocMeta objects, Maps and flexsearch tag lookups,
 * keep that within a few milliseconds.
 *
 * Derived from the side table (doc-table.ts) as documents are added or restored, never stored:
 * the stored format does not depend on it. Removed ids are only marked dead.
 */

import type { DocMeta } from './doc-table';
import { FacetGroups } from './facet-groups';
import type { FacetCounts } from './facets';

const LANGS = ['ar', 'en', 'ru', 'other'] as const;
const KINDS = ['', 'reported', 'quote', 'headline'] as const;
const TYPES = ['article', 'statement'] as const;
/** official: 0 = not applicable, 1 = no, 2 = yes. */
const OFFICIAL = ['', 'no', 'yes'] as const;
/** Years counted in a flat array; dates outside are still filtered and ranked, not counted. */
const YEAR0 = 1800;
const YEARS = 400;

/** Strings ↔ small integer codes; code 0 is "none". */
class Dict {
  readonly names: string[] = [''];
  private readonly ids = new Map<string, number>();
  code(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }
  get(name: string): number | undefined {
    return this.ids.get(name);
  }
}

/** yyyymmdd of an ISO date, 0 when undated or unreadable. */
export function dateKey(iso: string | null | undefined): number {
  if (!iso) return 0;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) || 0;
  const d = Number(iso.slice(8, 10)) || 0;
  return Number.isInteger(y) && y > 0 ? y * 10000 + m * 100 + d : 0;
}

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array;
function grow<T extends Typed>(a: T, n: number): T {
  if (a.length >= n) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2, 1024));
  b.set(a);
  return b;
}

/**
 * Several codes per document, as offsets into one pool (a removed document's codes stay); the
 * first code also in `first` (0 = none), since most documents — statements — have one.
 */
class MultiColumn {
  off = new Uint32Array(0);
  len = new Uint8Array(0);
  first = new Uint32Array(0);
  pool = new Uint32Array(1024);
  private used = 0;
  set(id: number, codes: number[]): void {
    this.off = grow(this.off, id + 1);
    this.len = grow(this.len, id + 1);
    this.first = grow(this.first, id + 1);
    this.first[id] = codes.length ? codes[0] : 0;
    const n = Math.min(codes.length, 255);
    this.pool = grow(this.pool, this.used + n);
    this.off[id] = this.used;
    this.len[id] = n;
    for (let i = 0; i < n; i++) this.pool[this.used++] = codes[i];
  }
  /** The codes of document `id` (a view into the pool). */
  codes(id: number): Uint32Array {
    return this.pool.subarray(this.off[id], this.off[id] + this.len[id]);
  }
}

/** A query's facet filters as code sets (null = no filter on that column; official 0 = none). */
export interface CodeFilter {
  type: Uint8Array | null;
  lang: Uint8Array | null;
  kind: Uint8Array | null;
  official: number;
  outlet: Uint8Array | null;
  speaker: Uint8Array | null;
}

export class DocColumns {
  alive = new Uint8Array(0);
  type = new Uint8Array(0);
  lang = new Uint8Array(0);
  kind = new Uint8Array(0);
  official = new Uint8Array(0);
  outlet = new Uint32Array(0);
  date = new Int32Array(0);
  /**
   * Facet groups of a document (facet-groups.ts), what count() reads: group[2 id] is its base
   * group — type | lang << 1 | kind << 3 | official << 5 ("combo"), year − YEAR0 (0 = undated or
   * out of range) and outlet —, group[2 id + 1] its people group (speakers and institutions).
   */
  group = new Uint32Array(0);
  readonly groups = new FacetGroups();
  /** Per-group counters reused by count(), all zero between calls. */
  private baseCounts = new Uint32Array(0);
  private peopleCounts = new Uint32Array(0);
  /** Article code (into `articles`) and statement index (−1 for the article) of a document. */
  article = new Int32Array(0);
  si = new Int32Array(0);
  readonly spk = new MultiColumn();
  readonly inst = new MultiColumn();
  readonly articles = new Dict();
  readonly speakers = new Dict();
  readonly outlets = new Dict();
  readonly insts = new Dict();
  /** Speaker code → ids of documents with that speaker (dead ids included). */
  readonly speakerDocs: number[][] = [[]];
  /** One past the highest id seen. */
  end = 1;

  add(m: DocMeta): void {
    const id = m.id;
    const n = id + 1;
    this.alive = grow(this.alive, n);
    this.type = grow(this.type, n);
    this.lang = grow(this.lang, n);
    this.kind = grow(this.kind, n);
    this.official = grow(this.official, n);
    this.outlet = grow(this.outlet, n);
    this.date = grow(this.date, n);
    this.group = grow(this.group, 2 * n);
    this.article = grow(this.article, n);
    this.si = grow(this.si, n);
    if (n > this.end) this.end = n;
    this.alive[id] = 1;
    this.type[id] = m.type === 'statement' ? 1 : 0;
    this.lang[id] = Math.max(0, LANGS.indexOf(m.lang));
    this.kind[id] = m.kind ? Math.max(0, KINDS.indexOf(m.kind)) : 0;
    this.official[id] = m.official === null ? 0 : m.official ? 2 : 1;
    this.outlet[id] = m.outlet ? this.outlets.code(m.outlet) : 0;
    this.date[id] = dateKey(m.date);
    const y = ((this.date[id] / 10000) | 0) - YEAR0;
    const year = y > 0 && y < YEARS ? y : 0;
    const combo = this.type[id] | (this.lang[id] << 1) | (this.kind[id] << 3) | (this.official[id] << 5);
    this.article[id] = this.articles.code(m.articleId);
    this.si[id] = m.si;
    const spk = m.spk.map((k) => this.speakers.code(k));
    for (const c of spk) (this.speakerDocs[c] ??= []).push(id);
    this.spk.set(id, spk);
    const inst = m.inst.map((k) => this.insts.code(k));
    this.inst.set(id, inst);
    this.group[2 * id] = this.groups.base(combo, year, this.outlet[id]);
    this.group[2 * id + 1] = this.groups.people(this.spk.codes(id), this.inst.codes(id));
  }

  remove(id: number): void {
    if (id < this.end) this.alive[id] = 0;
  }

  /** Id lists (alive or not) of the documents of the given speaker keys. */
  docsOfSpeakers(keys: Iterable<string>): number[][] {
    const out: number[][] = [];
    for (const k of keys) {
      const c = this.speakers.get(k);
      if (c !== undefined && this.speakerDocs[c]) out.push(this.speakerDocs[c]);
    }
    return out;
  }

  /** Code set of `values` (unknown values match nothing, so an empty list filters out everything). */
  codeSet(column: 'type' | 'lang' | 'kind' | 'outlet' | 'speaker', values: readonly string[]): Uint8Array {
    const fixed: Record<string, readonly string[]> = { type: TYPES, lang: LANGS, kind: KINDS };
    const dict = column === 'outlet' ? this.outlets : column === 'speaker' ? this.speakers : null;
    const set = new Uint8Array(dict ? dict.names.length : 8);
    for (const v of values) {
      const c = dict ? dict.get(v) : fixed[column].indexOf(v);
      if (c !== undefined && c >= 0) set[c] = 1;
    }
    return set;
  }

  /** True when document `id` passes the filter. */
  passes(id: number, f: CodeFilter): boolean {
    if (f.type && !f.type[this.type[id]]) return false;
    if (f.lang && !f.lang[this.lang[id]]) return false;
    if (f.kind && !f.kind[this.kind[id]]) return false;
    if (f.official && this.official[id] !== f.official) return false;
    if (f.outlet && !f.outlet[this.outlet[id]]) return false;
    if (f.speaker) {
      const { off, len, pool } = this.spk;
      const o = off[id];
      const e = o + len[id];
      let any = false;
      for (let i = o; i < e && !any; i++) any = f.speaker[pool[i]] === 1;
      if (!any) return false;
    }
    return true;
  }

  /** Facet counts over ids[0, n) (each id once). */
  count(ids: ArrayLike<number>, n: number): FacetCounts {
    const { base: nb, people: np } = this.groups.size;
    if (this.baseCounts.length < nb) this.baseCounts = new Uint32Array(Math.max(nb * 2, 256));
    if (this.peopleCounts.length < np) this.peopleCounts = new Uint32Array(Math.max(np * 2, 256));
    const base = this.baseCounts;
    const people = this.peopleCounts;
    const G = this.group;
    for (let i = 0; i < n; i++) {
      const at = ids[i] << 1;
      base[G[at]]++;
      people[G[at + 1]]++;
    }
    const combo = new Uint32Array(128);
    const outlet = new Uint32Array(Math.max(this.outlets.names.length, 1));
    const spk = new Uint32Array(this.speakers.names.length);
    const inst = new Uint32Array(this.insts.names.length);
    const year = new Uint32Array(YEARS);
    this.groups.unfold(base.subarray(0, nb), people.subarray(0, np), { combo, year, outlet, spk, inst });
    base.fill(0, 0, nb);
    people.fill(0, 0, np);
    const type = new Uint32Array(TYPES.length);
    const lang = new Uint32Array(LANGS.length);
    const kind = new Uint32Array(KINDS.length);
    const official = new Uint32Array(OFFICIAL.length);
    for (let c = 0; c < combo.length; c++) {
      const k = combo[c];
      if (!k) continue;
      type[c & 1] += k;
      lang[(c >> 1) & 3] += k;
      kind[(c >> 3) & 3] += k;
      official[(c >> 5) & 3] += k;
    }
    const rec = (names: readonly string[], counts: Uint32Array): Record<string, number> => {
      const out: Record<string, number> = {};
      for (let c = 0; c < counts.length; c++) if (counts[c] && names[c]) out[names[c]] = counts[c];
      return out;
    };
    const years: Record<string, number> = {};
    for (let y = 1; y < YEARS; y++) if (year[y]) years[String(YEAR0 + y)] = year[y];
    return {
      type: rec(TYPES, type),
      speaker: rec(this.speakers.names, spk),
      institution: rec(this.insts.names, inst),
      outlet: rec(this.outlets.names, outlet),
      lang: rec(LANGS, lang),
      year: years,
      kind: rec(KINDS, kind),
      official: rec(OFFICIAL, official),
    };
  }
}
