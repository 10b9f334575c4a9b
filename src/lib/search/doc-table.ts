/**
 * The search engine's side tables: for every article the texts needed for phrase checks and
 * highlighting (headline, subheadline, body — statements are kept as offsets into the body when
 * their text is exactly that slice), and for every flexsearch document its facet values, date and
 * speaker names. flexsearch holds only the inverted index; this table is the authority on which
 * documents exist, and it is what persist.ts writes next to the flexsearch chunks.
 */

import type { Language, StatementKind } from '../model/article';
import type { DocType } from './schema';
import { packEntry, unpackEntry } from './table-codec';

export interface StatementRef {
  start: number;
  end: number;
  /** Only when the statement text is not exactly body.slice(start, end). */
  text?: string;
  quote: string | null;
}

export interface DocMeta {
  /** flexsearch id. */
  id: number;
  type: DocType;
  articleId: string;
  /** Statement index in the article, -1 for the article document. */
  si: number;
  /** Effective ISO date: the statement's own, else the article's; null when undated. */
  date: string | null;
  lang: Language;
  outlet: string | null;
  /** Speaker facet keys (speakerKey in article-docs.ts). */
  spk: string[];
  inst: string[];
  kind: StatementKind | null;
  official: boolean | null;
  /** Statement only: the speaker's names written on the statement (as written, English), one per line. */
  names: string;
}

export interface ArticleEntry {
  id: string;
  headline: string | null;
  subheadline: string | null;
  body: string;
  statements: StatementRef[];
  /** docs[0] is the article document, docs[i + 1] statement i. */
  docs: DocMeta[];
}

/** A piece of original text a document is matched and highlighted in. */
export type Part = 'headline' | 'subheadline' | 'body' | 'statement' | 'quote';

export class DocTable {
  readonly articles = new Map<string, ArticleEntry>();
  readonly docs = new Map<number, DocMeta>();
  /** Next free flexsearch id; ids are never reused, so a stale id can never point elsewhere. */
  nextId = 1;

  add(entry: ArticleEntry): void {
    this.articles.set(entry.id, entry);
    for (const d of entry.docs) {
      this.docs.set(d.id, d);
      if (d.id >= this.nextId) this.nextId = d.id + 1;
    }
  }

  /** Removes the article and returns its document ids (empty when unknown). */
  remove(articleId: string): number[] {
    const entry = this.articles.get(articleId);
    if (!entry) return [];
    this.articles.delete(articleId);
    for (const d of entry.docs) this.docs.delete(d.id);
    return entry.docs.map((d) => d.id);
  }

  clear(): void {
    this.articles.clear();
    this.docs.clear();
    this.nextId = 1;
  }

  statementText(entry: ArticleEntry, si: number): string {
    const s = entry.statements[si];
    return s.text ?? entry.body.slice(s.start, s.end);
  }

  /** The original texts of a document that results show and highlight. */
  parts(meta: DocMeta): { part: Part; text: string }[] {
    const entry = this.articles.get(meta.articleId);
    if (!entry) return [];
    const out: { part: Part; text: string }[] = [];
    if (meta.si < 0) {
      if (entry.headline) out.push({ part: 'headline', text: entry.headline });
      if (entry.subheadline) out.push({ part: 'subheadline', text: entry.subheadline });
      if (entry.body) out.push({ part: 'body', text: entry.body });
    } else {
      const text = this.statementText(entry, meta.si);
      if (text) out.push({ part: 'statement', text });
      const quote = entry.statements[meta.si]?.quote;
      if (quote) out.push({ part: 'quote', text: quote });
    }
    return out;
  }

  /** Entries in chunks of about `size` articles, as JSON strings (table-codec.ts). */
  toChunks(size = 500): string[] {
    const all = [...this.articles.values()];
    const out: string[] = [];
    for (let i = 0; i < all.length; i += size)
      out.push(JSON.stringify(all.slice(i, i + size).map(packEntry)));
    return out;
  }

  /** Loads chunks made by toChunks. Throws on malformed data (the caller then rebuilds). */
  loadChunks(chunks: string[], nextId: number): void {
    this.clear();
    for (const c of chunks) {
      const entries: unknown = JSON.parse(c);
      if (!Array.isArray(entries)) throw new Error('side table chunk is not an array');
      for (const e of entries) this.add(unpackEntry(e));
    }
    if (nextId > this.nextId) this.nextId = nextId;
  }
}
