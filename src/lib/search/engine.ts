/**
 * SearchEngine: the library's full-text search. It owns one flexsearch Document (flex-index.ts)
 * holding one document per article, the postings of the statement documents
 * (statement-postings.ts, read off the articles' token sequences), the side tables (doc-table.ts) with
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
import { articleTexts, buildArticleEntry, flexDocOf, indexStatements } from './article-docs';
import type { SpeakerSpellings } from './article-docs';
import { DocColumns } from './columns';
import { encodeQuery } from './encoder';
import { DocTable } from './doc-table';
import type { ArticleEntry } from './doc-table';
import { FacetDirectory } from './facets';
import { FlexIndex } from './flex-index';
import { NameVariants } from './name-variants';
import { PhraseIndex } from './phrases';
import { parseQuery } from './query';
import type { Query } from './query';
import type { EngineOptions, SearchOptions, SearchResults } from './results';
import { runSearch } from './search-run';
import { StatementPostings } from './statement-postings';

export type { EngineOptions, Highlight, SearchHit, SearchOptions, SearchResults } from './results';

/**
 * Removed documents stay in flexsearch (removing one there scans every field map: ~10 ms per
 * document at 10,000 articles) and are ignored, since the side table is the authority; the
 * flexsearch index is rebuilt from the side tables once they are more than this share of it.
 */
const MAX_STALE_SHARE = 0.3;

/** Whether a query checks phrases (token sequences, built from the articles' texts). */
export function needsTexts(query: Query): boolean {
  return [...query.phrases, ...query.exclude].some((x) => encodeQuery(x).length > 1);
}

export class SearchEngine {
  private flex = new FlexIndex();
  private statements = new StatementPostings();
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
    this.index(entry);
  }

  /** Adds an entry's article to flexsearch and its statements to the statement postings. */
  private index(entry: ArticleEntry): void {
    const enc = this.phrases.encode(entry);
    this.flex.add(flexDocOf(entry, enc));
    indexStatements(this.statements, entry, enc.seq, this.phrases.formTerms);
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
    if (this.stale.size > 1000 && this.garbage > MAX_STALE_SHARE && this.textsComplete) this.compact();
    return n;
  }

  /**
   * Whether every article's texts are here. An index opened from storage gets them a moment
   * after opening (persist.ts loadTexts); until then it answers searches without phrases, and
   * results show highlights only for articles given their texts by supplyTexts.
   */
  get textsComplete(): boolean {
    return this.table.textless.size === 0;
  }

  /** Of these articles, the ones whose texts are not here yet. */
  missingTexts(articleIds: string[]): string[] {
    return articleIds.filter((id) => this.table.textless.has(id));
  }

  /** Gives an article its texts ahead of loadTexts: the very texts it was indexed with (the article as served). */
  supplyTexts(article: Pick<Article, 'id' | 'headline' | 'subheadline' | 'body' | 'statements'>): void {
    this.table.supplyTexts(article.id, articleTexts(article));
  }

  /** @internal persist.ts: one stored chunk of texts. */
  loadTexts(chunk: string): void {
    this.table.loadTexts(chunk);
  }

  /** Rebuilds the flexsearch index and the statement postings from the side tables, dropping removed documents. */
  compact(): void {
    if (!this.textsComplete) throw new Error('cannot compact the index before its texts are loaded');
    this.flex = new FlexIndex();
    this.statements = new StatementPostings();
    this.stale.clear();
    this.phrases.clear(); // also forgets the forms only removed articles used
    for (const entry of this.table.articles.values()) this.index(entry);
  }

  clear(): void {
    this.table.clear();
    this.columns = new DocColumns();
    this.flex = new FlexIndex();
    this.statements = new StatementPostings();
    this.stale.clear();
    this.phrases.clear();
    this.directory = new FacetDirectory(this.options.speakerSpellings);
  }

  /** @internal persist.ts */
  get flexIndex(): FlexIndex {
    return this.flex;
  }

  /** @internal persist.ts */
  get statementPostings(): StatementPostings {
    return this.statements;
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
    statements: StatementPostings,
    stale: number[],
  ): Promise<void> {
    this.clear();
    this.statements = statements;
    this.table.loadChunks(tableChunks, nextId);
    for (const d of this.table.docs.values()) {
      this.directory.addDoc(d);
      this.columns.add(d);
    }
    await this.flex.importChunks(flexChunks);
    this.stale = new Set(stale);
  }

  /** Searches; a query with phrases needs every text (textsComplete), else it throws. */
  search(input: string | Query, opts: SearchOptions = {}): SearchResults {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    if (!this.textsComplete && needsTexts(query)) throw new Error('phrase search before the index texts are loaded');
    const { flex, statements, table, columns, directory, variants, phrases, acc } = this;
    return runSearch({ flex, statements, table, columns, directory, variants, phrases, acc }, query, opts);
  }
}
