/**
 * Facets: counting them over a match set, and reading what a user typed after `speaker:` and
 * `outlet:` into the values the index is tagged with. A speaker may be named by id (lavrov), or by
 * any spelling of the name in any script (Lavrov, Лавров, لافروف, "Sergey Lavrov"): the typed
 * words are encoded and must all occur among the speaker's names. An outlet matches when the
 * typed name, encoded, occurs inside the outlet's encoded name (outlet:rt finds "RT Arabic").
 */

import { encodeQuery, tokenize, tokenTerms } from './encoder';
import type { DocMeta } from './doc-table';

export interface FacetCounts {
  type: Record<string, number>;
  speaker: Record<string, number>;
  institution: Record<string, number>;
  outlet: Record<string, number>;
  lang: Record<string, number>;
  year: Record<string, number>;
  kind: Record<string, number>;
  /** 'yes' / 'no' (Russian official or not). */
  official: Record<string, number>;
}

function bump(rec: Record<string, number>, key: string) {
  rec[key] = (rec[key] ?? 0) + 1;
}

export function countFacets(metas: Iterable<DocMeta>): FacetCounts {
  const f: FacetCounts = { type: {}, speaker: {}, institution: {}, outlet: {}, lang: {}, year: {}, kind: {}, official: {} };
  for (const m of metas) {
    bump(f.type, m.type);
    for (const s of m.spk) bump(f.speaker, s);
    for (const i of m.inst) bump(f.institution, i);
    if (m.outlet) bump(f.outlet, m.outlet);
    bump(f.lang, m.lang);
    if (m.date) bump(f.year, m.date.slice(0, 4));
    if (m.kind) bump(f.kind, m.kind);
    if (m.official !== null) bump(f.official, m.official ? 'yes' : 'no');
  }
  return f;
}

/** What the facet resolvers need to know about the library, rebuilt when it changes. */
export class FacetDirectory {
  /** Speaker key → set of terms of all its names. */
  private speakerTerms = new Map<string, Set<string>>();
  /** Outlet name → its encoded form ("rt arabic"). */
  private outlets = new Map<string, string>();

  constructor(metas: Iterable<DocMeta>, spellings?: ReadonlyMap<string, readonly string[]>) {
    const names = new Map<string, string[]>();
    const addNames = (key: string, list: readonly string[]) => {
      const cur = names.get(key);
      if (cur) cur.push(...list);
      else names.set(key, [...list]);
    };
    if (spellings) for (const [id, list] of spellings) addNames(id, list);
    for (const m of metas) {
      if (m.type === 'statement' && m.spk.length && !this.speakerTerms.has(m.spk[0])) {
        addNames(m.spk[0], m.names.split('\n'));
        this.speakerTerms.set(m.spk[0], new Set()); // mark seen; filled below
      }
      if (m.outlet && !this.outlets.has(m.outlet)) this.outlets.set(m.outlet, encodeQuery(m.outlet).join(' '));
    }
    for (const [key, list] of names) {
      const terms = new Set<string>();
      for (const n of list) for (const t of tokenize(n, 'index')) for (const term of tokenTerms(t)) terms.add(term);
      this.speakerTerms.set(key, terms);
    }
  }

  /** Speaker keys meant by a typed value (empty when none). */
  speakers(value: string): string[] {
    const lower = value.trim().toLowerCase();
    if (this.speakerTerms.has(lower)) return [lower];
    if (this.speakerTerms.has('~' + lower)) return ['~' + lower];
    const terms = encodeQuery(value);
    if (!terms.length) return [];
    const out: string[] = [];
    for (const [key, set] of this.speakerTerms) if (terms.every((t) => set.has(t))) out.push(key);
    return out;
  }

  /** Outlet names meant by a typed value (empty when none). */
  outletNames(value: string): string[] {
    const typed = encodeQuery(value).join(' ');
    if (!typed) return [];
    const out: string[] = [];
    for (const [name, enc] of this.outlets) {
      if (enc.includes(typed)) out.push(name);
    }
    return out;
  }
}
