/**
 * The search engine's side tables: for every article the texts needed for phrase checks and
 * highlighting (headline, subheadline, body — statements are kept as offsets into the body when
 * their text is exactly that slice), and for every flexsearch document its facet values, date and
 * speaker names. flexsearch holds only the inverted index; this table is the authority on which
 * documents exist, and it is what persist.ts writes next to the flexsearch chunks.
 */

import type { Language, StatementKind } from '../model/article';
import type { DocType } from './schema';
import { packEntries, packTexts, unpackEntries, unpackTexts } from './table-codec';

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

/** What an entry keeps of its article's texts (StatementRef's quote and own text included). */
export interface ArticleTexts {
  headline: string | null;
  subheadline: string | null;
  body: string;
  statements: { quote: string | null; text?: string }[];
}

/** A piece of original text a document is matched and highlighted in. */
export type Part = 'headline' | 'subheadline' | 'body' | 'statement' | 'quote';

export class DocTable {
  readonly articles = new Map<string, ArticleEntry>();
  readonly docs = new Map<number, DocMeta>();
  /**
   * Articles whose texts (headline, subheadline, body) are not here yet: an index opened from
   * storage has its entries first and its texts a moment later (loadTexts), or per article from
   * the stored articles (supplyTexts). Their entries hold empty texts meanwhile.
   */
  readonly textless = new Set<string>();
  /** Next free flexsearch id; ids are never reused, so a stale id can never point elsewhere. */
  nextId = 1;

  add(entry: ArticleEntry): void {
    this.articles.set(entry.id, entry);
    this.textless.delete(entry.id);
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
    this.textless.delete(articleId);
    for (const d of entry.docs) this.docs.delete(d.id);
    return entry.docs.map((d) => d.id);
  }

  clear(): void {
    this.articles.clear();
    this.textless.clear();
    this.docs.clear();
    this.nextId = 1;
  }

  statementText(entry: ArticleEntry, si: number): string {
    const s = entry.statements[si];
    return s.text ?? entry.body.slice(s.start, s.end);
  }

  /**
   * Fills in the texts of an article whose entry came without them; false when it has them, is
   * unknown, or the texts do not fit (another number of statements).
   */
  supplyTexts(articleId: string, texts: ArticleTexts): boolean {
    const entry = this.articles.get(articleId);
    if (!entry || !this.textless.has(articleId) || texts.statements.length !== entry.statements.length) return false;
    this.textless.delete(articleId);
    entry.headline = texts.headline;
    entry.subheadline = texts.subheadline;
    entry.body = texts.body;
    texts.statements.forEach((t, i) => {
      const s = entry.statements[i];
      s.quote = t.quote;
      if (t.text !== undefined) s.text = t.text;
      else delete s.text;
    });
    return true;
  }

  /** The original texts of a document that results show and highlight (none while its article's texts are missing). */
  parts(meta: DocMeta): { part: Part; text: string }[] {
    const entry = this.articles.get(meta.articleId);
    if (!entry || this.textless.has(meta.articleId)) return [];
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

  /**
   * Entries, and apart from them their texts, in chunks of about `size` articles, as JSON strings
   * (table-codec.ts). Needs every text (see textless).
   */
  toChunks(size = 500): { entries: string[]; texts: string[] } {
    if (this.textless.size) throw new Error('side table texts are not all loaded');
    const all = [...this.articles.values()];
    const entries: string[] = [];
    const texts: string[] = [];
    for (let i = 0; i < all.length; i += size) {
      const part = all.slice(i, i + size);
      entries.push(JSON.stringify(packEntries(part)));
      texts.push(JSON.stringify(packTexts(part)));
    }
    return { entries, texts };
  }

  /**
   * Loads entry chunks made by toChunks; their texts stay missing (textless) until loadTexts or
   * supplyTexts. Throws on malformed data (the caller then rebuilds).
   */
  loadChunks(chunks: string[], nextId: number): void {
    this.clear();
    for (const c of chunks) {
      for (const entry of unpackEntries(JSON.parse(c))) {
        this.add(entry);
        this.textless.add(entry.id);
      }
    }
    if (nextId > this.nextId) this.nextId = nextId;
  }

  /** Loads a texts chunk made by toChunks (articles no longer here are skipped). Throws on malformed data. */
  loadTexts(chunk: string): void {
    for (const [id, texts] of unpackTexts(JSON.parse(chunk))) this.supplyTexts(id, texts);
  }
}
