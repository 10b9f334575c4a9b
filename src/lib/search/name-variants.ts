/**
 * Cross-script name expansion: a query word that is a one-word spelling of a listed speaker
 * (Lavrov, Лавров, لافروف, لاڤروف…) also matches that speaker's other one-word spellings in the
 * text fields, in every script. The speaker tag already finds the speaker's own statements by any
 * spelling (facets.ts); this finds the articles and statements that merely mention the name as
 * another alphabet writes it ("سيرغي لافروف" in an Arabic statement of Antonov's, for "Lavrov").
 *
 * Only one-word spellings form the groups (the speaker list gives surnames alone where they are
 * unambiguous): the last word of a multi-word spelling is not always a surname ("وزارة الخارجية
 * الروسية"), and first names are shared by many speakers. Built from the speaker list's
 * spellings, so a bigger list needs no re-indexing. Institutions are left out ("Moscow" and
 * "Russia" are one-word spellings of one entry, but a query for Moscow must not find Russia).
 */

import type { SpeakerSpellings } from './article-docs';
import { encodeQuery } from './encoder';

export class NameVariants {
  private readonly groups = new Map<string, readonly string[]>();

  constructor(spellings?: SpeakerSpellings) {
    if (!spellings) return;
    const acc = new Map<string, Set<string>>();
    for (const [id, list] of spellings) {
      if (spellings.persons && !spellings.persons.has(id)) continue;
      const terms = new Set<string>();
      for (const s of list) {
        const t = encodeQuery(s);
        if (t.length === 1) terms.add(t[0]);
      }
      if (terms.size < 2) continue;
      for (const t of terms) {
        let g = acc.get(t);
        if (!g) acc.set(t, (g = new Set()));
        for (const u of terms) g.add(u);
      }
    }
    for (const [t, g] of acc) this.groups.set(t, [t, ...[...g].filter((u) => u !== t)]);
  }

  /** `term` first, then the other one-word spellings of the speakers it spells (or just `term`). */
  of(term: string): readonly string[] {
    return this.groups.get(term) ?? [term];
  }

  /** Number of terms with variants (for tests and diagnostics). */
  get size(): number {
    return this.groups.size;
  }
}
