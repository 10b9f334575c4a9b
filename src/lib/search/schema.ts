/**
 * What the search index holds, in one place: the documents (one per article, one per statement),
 * their indexed fields and boosts, and the version numbers persist.ts checks before trusting a
 * stored index. Article documents live in flexsearch (flex-index.ts), statement documents in
 * statement-postings.ts.
 *
 * NOTE: INDEX_SCHEMA_VERSION covers this file, the flexsearch configuration in flex-index.ts, the
 * statement postings and the side tables in doc-table.ts. Bump it whenever any of them changes shape or meaning; a stored
 * index with another version is dropped and rebuilt from the stored articles. Encoder changes
 * bump ENCODER_VERSION (encoder.ts) instead.
 */

/**
 * 2: no flexsearch tag fields (facets, dates and speakers are served from columns.ts, derived
 * from the side tables), so flexsearch documents carry the text fields only; stored chunks are
 * gzip-compressed (chunk-codec.ts, persist.ts).
 */
/**
 * 3: statements are no longer flexsearch documents: their postings are statement-postings.ts's,
 * stored next to the flexsearch chunks.
 */
export const INDEX_SCHEMA_VERSION = 3;

/** Indexed text fields of a document (articles: head, text; statements: text, quote, names). */
export const FIELDS = ['head', 'text', 'quote', 'names'] as const;
export type Field = (typeof FIELDS)[number];

/** The fields of an article document: the ones flexsearch indexes. */
export const ARTICLE_FIELDS = ['head', 'text'] as const satisfies readonly Field[];
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/**
 * Weight of a hit per field. head = headline and subheadline; text = body (article) or the
 * statement's sentence(s); quote = the quoted words; names = the speaker's names written on the
 * statement. A hit through the speaker list's spellings (via the speaker tag) weighs as `names`.
 */
export const FIELD_BOOST: Record<Field, number> = { head: 3, names: 3, quote: 2, text: 1 };

/** Positional scoring slots per field (flexsearch `resolution`). */
export const RESOLUTION = 9;

export type DocType = 'article' | 'statement';

/** The object handed to flexsearch's Document.add (an article). Empty strings are left out. */
export interface FlexDoc {
  id: number;
  head?: string;
  text?: string;
}
