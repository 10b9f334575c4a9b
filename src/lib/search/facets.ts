/**
 * Facets: the shape of their counts (counted in columns.ts), and reading what a user typed after
 * `speaker:` and `outlet:` into the values documents carry. A speaker may be named by id (lavrov) or by
 * any spelling of the name in any script (Lavrov, Лавров, لافروف, "Sergey Lavrov"): the typed
 * words are encoded and must all occur among the speaker's names. The same directory of names
 * lets a plain query word find a speaker's documents by any spelling (engine.ts). An outlet
 * matches when the typed name, encoded, occurs inside the outlet's encoded name (outlet:rt finds
 * "RT Arabic").
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

/**
 * What query-time speaker and outlet matching needs to know, kept up to date as documents are
 * added: every name of every speaker (the speaker list's spellings plus the names written on
 * statements), the terms of those names, and the outlet names. Removal is not tracked: a speaker
 * or outlet left without documents simply matches no document.
 */
export class FacetDirectory {
  private readonly names = new Map<string, Set<string>>();
  /** Speaker key → terms of all its names. */
  private readonly speakerTerms = new Map<string, Set<string>>();
  /** Term → speaker keys with a name containing it. */
  private readonly termSpeakers = new Map<string, Set<string>>();
  /** Outlet name → its encoded form ("rt arabic"). */
  private readonly outlets = new Map<string, string>();

  constructor(spellings?: ReadonlyMap<string, readonly string[]>) {
    if (spellings) for (const [id, list] of spellings) this.addNames(id, list);
  }

  addNames(key: string, list: readonly string[]): void {
    let names = this.names.get(key);
    let terms = this.speakerTerms.get(key);
    if (!names || !terms) {
      this.names.set(key, (names = new Set()));
      this.speakerTerms.set(key, (terms = new Set()));
    }
    for (const raw of list) {
      const name = raw.trim();
      if (!name || names.has(name)) continue;
      names.add(name);
      for (const t of tokenize(name, 'index')) {
        for (const term of tokenTerms(t)) {
          terms.add(term);
          let keys = this.termSpeakers.get(term);
          if (!keys) this.termSpeakers.set(term, (keys = new Set()));
          keys.add(key);
        }
      }
    }
  }

  addDoc(meta: DocMeta): void {
    if (meta.type === 'statement' && meta.spk.length && meta.names)
      this.addNames(meta.spk[0], meta.names.split('\n'));
    if (meta.outlet && !this.outlets.has(meta.outlet))
      this.outlets.set(meta.outlet, encodeQuery(meta.outlet).join(' '));
  }

  /** Speakers with a name containing the encoded term. */
  speakersWithTerm(term: string): ReadonlySet<string> | undefined {
    return this.termSpeakers.get(term);
  }

  /** Every known name of a speaker. */
  namesOf(key: string): string[] {
    return [...(this.names.get(key) ?? [])];
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
    for (const [name, enc] of this.outlets) if (enc.includes(typed)) out.push(name);
    return out;
  }
}
