/**
 * SearchEngine: the library's full-text search. It owns one flexsearch Document (flex-index.ts)
 * holding one document per article and one per statement, the side tables (doc-table.ts) with
 * texts, dates and facet values, the typed per-document columns derived from them (columns.ts),
 * the token sequences for phrase checks (phrases.ts), the directory of speaker names and outlets
 * (facets.ts) and the cross-script name groups (name-variants.ts). A search parses the query
 * (query.ts), encodes it with the indexing encoder (encoder.ts) and gathers, for each term, its
 * hits in every field under each of its spellings (Lavrov → Лавров, لافروف) and the documents of
 * every speaker with a name containing it, so the words of a query may sit in different places
 * ("Lavrov" in the speaker, "سوريا" in the text). Then it intersects the terms (accumulate.ts),
 * filters by facet columns, exclusions, dates and phrases, counts facets over the whole match
 * set (facet groups, columns.ts), ranks (results.ts) and highlights the requested page only, in
 * original-text offsets (seq-highlight.ts for bodies and statements, match.ts otherwise).
 *
 * Scoring: for every query term, the sum over fields (and spellings) of FIELD_BOOST × how early
 * the term first appears in the field (flexsearch's positional slot), plus the `names` weight
 * for a speaker hit. Ties, and queries without words, go by date, newest first, undated last.
 */

import type { Article } from '../model/article';
import { Accumulator } from './accumulate';
import { buildArticleEntry, flexDocsOf } from './article-docs';
import type { SpeakerSpellings } from './article-docs';
import { DocColumns } from './columns';
import { DocTable } from './doc-table';
import { FacetDirectory } from './facets';
import { FlexIndex } from './flex-index';
import { NameVariants } from './name-variants';
import { PhraseIndex } from './phrases';
import { parseQuery } from './query';
import type { Query } from './query';
import type { EngineOptions, SearchOptions, SearchResults } from './results';
import { runSearch } from './search-run';

export type { EngineOptions, Highlight, SearchHit, SearchOptions, SearchResults } from './results';

/**
 * Removed documents stay in flexsearch (removing one there scans every field map: ~10 ms per
 * document at 10,000 articles) and are ignored, since the side table is the authority; the
 * flexsearch index is rebuilt from the side tables once they are more than this share of it.
 */
const MAX_STALE_SHARE = 0.3;

export class SearchEngine {
  private flex = new FlexIndex();
  readonly table = new DocTable();
  private columns = new DocColumns();
  private directory: FacetDirectory;
  private variants: NameVariants;
  private readonly phrases = new PhraseIndex(this.table);
  private readonly acc = new Accumulator();
  /** flexsearch ids of removed documents still in the flexsearch index. */
  private stale = new Set<number>();

  constructor(private options: EngineOptions = {}) {
    this.directory = new FacetDirectory(options.speakerSpellings);
    this.variants = new NameVariants(options.speakerSpellings);
  }

  /** Replaces the speaker spellings (the user extended the speaker list); no re-indexing needed. */
  setSpeakerSpellings(spellings: SpeakerSpellings | undefined): void {
    this.options = { ...this.options, speakerSpellings: spellings };
    this.directory = new FacetDirectory(spellings);
    this.variants = new NameVariants(spellings);
    for (const d of this.table.docs.values()) this.directory.addDoc(d);
  }

  /** Number of articles and of flexsearch documents (articles + statements). */
  get size(): { articles: number; docs: number } {
    return { articles: this.table.articles.size, docs: this.table.docs.size };
  }

  /** Share of the flexsearch index taken by removed documents (compact() drops them). */
  get garbage(): number {
    const all = this.table.docs.size + this.stale.size;
    return all ? this.stale.size / all : 0;
  }

  has(articleId: string): boolean {
    return this.table.articles.has(articleId);
  }

  /** Indexes an article and its statements (replacing an earlier version with the same id). */
  add(article: Article): void {
    this.remove(article.id);
    const entry = buildArticleEntry(article, this.table.nextId);
    this.table.add(entry);
    for (const d of entry.docs) {
      this.directory.addDoc(d);
      this.columns.add(d);
    }
    for (const d of flexDocsOf(entry, this.phrases.encode(entry))) this.flex.add(d);
  }

  /** Removes an article and its statements; false when it was not indexed. */
  remove(articleId: string): boolean {
    return this.removeMany([articleId]) > 0;
  }

  /** Removes articles (unknown ids are skipped); returns how many were removed. */
  removeMany(articleIds: string[]): number {
    let n = 0;
    for (const id of articleIds) {
      const ids = this.table.remove(id);
      if (!ids.length) continue;
      n++;
      for (const d of ids) {
        this.stale.add(d);
        this.columns.remove(d);
      }
      this.phrases.drop(id);
    }
    if (this.stale.size > 1000 && this.garbage > MAX_STALE_SHARE) this.compact();
    return n;
  }

  /** Rebuilds the flexsearch index from the side tables, dropping removed documents. */
  compact(): void {
    this.flex = new FlexIndex();
    this.stale.clear();
    this.phrases.clear(); // also forgets the forms only removed articles used
    for (const entry of this.table.articles.values()) {
      for (const d of flexDocsOf(entry, this.phrases.encode(entry))) this.flex.add(d);
    }
  }

  clear(): void {
    this.table.clear();
    this.columns = new DocColumns();
    this.flex = new FlexIndex();
    this.stale.clear();
    this.phrases.clear();
    this.directory = new FacetDirectory(this.options.speakerSpellings);
  }

  /** @internal persist.ts */
  get flexIndex(): FlexIndex {
    return this.flex;
  }

  /** @internal persist.ts */
  get staleIds(): number[] {
    return [...this.stale];
  }

  /** @internal persist.ts: loads stored side tables and flexsearch chunks into this empty engine. */
  async restore(
    tableChunks: string[],
    nextId: number,
    flexChunks: [string, string][],
    stale: number[],
  ): Promise<void> {
    this.clear();
    this.table.loadChunks(tableChunks, nextId);
    for (const d of this.table.docs.values()) {
      this.directory.addDoc(d);
      this.columns.add(d);
    }
    await this.flex.importChunks(flexChunks);
    this.stale = new Set(stale);
  }

  search(input: string | Query, opts: SearchOptions = {}): SearchResults {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const { flex, table, columns, directory, variants, phrases, acc } = this;
    return runSearch({ flex, table, columns, directory, variants, phrases, acc }, query, opts);
  }
}
