/**
 * The one place that talks to flexsearch. It owns a plain in-memory `Document` of the article
 * documents (statements are statement-postings.ts's), with no flexsearch worker, no store and no
 * tags (the texts live in doc-table.ts, facets in columns.ts), configured with our encoder, and offers
 * the few operations the engine needs, with narrow types: add a document, the per-slot hits of
 * one pre-encoded term in one field (the positional slot survives for scoring, and there is no
 * result cap), and chunked export/import.
 *
 * termSlots reads the field's term map directly (flexsearch 0.8's `Document.index` → `Index.map`,
 * the same arrays a `resolve: false` search returns, without building a Resolver per call; a
 * query asks for terms × spellings × fields of them). When that shape is not there (another
 * flexsearch version) it falls back to the public search. The arrays are flexsearch's own: never
 * modify them.
 *
 * NOTE: flexsearch 0.8 exports data only, not configuration: import works only into an index made
 * by this constructor with the same encoder. `fastupdate` stays off because import turns it off
 * anyway; without it a removal scans every field map (~10 ms per document at 10,000 articles),
 * so the engine never removes here: it ignores removed ids and rebuilds now and then.
 */

import { Document } from 'flexsearch';
import { flexEncode, PRE_ENCODED } from './encoder';
import { ARTICLE_FIELDS, RESOLUTION } from './schema';
import type { ArticleField, FlexDoc } from './schema';

/** Hits of a term in a field: slot i holds the ids whose first occurrence falls in part i. */
export type Slots = readonly (readonly number[] | undefined)[];

const NONE: Slots = [];

/** The slice of flexsearch's Document API used here, typed for our documents. */
interface FlexDocument {
  add(doc: FlexDoc): unknown;
  search(query: string, options: object): unknown;
  export(handler: (key: string, data: string) => void): Promise<unknown>;
  import(key: string, data: string): unknown;
  /** Internal: field → Index, whose `map` is term → slots. */
  index?: Map<string, { map?: unknown }>;
}

export class FlexIndex {
  private readonly doc: FlexDocument;
  private maps: Map<ArticleField, Map<string, Slots>> | null = null;

  constructor() {
    const options = {
      tokenize: 'strict',
      resolution: RESOLUTION,
      encode: flexEncode,
      fastupdate: false,
      document: { id: 'id', index: [...ARTICLE_FIELDS] },
    };
    this.doc = new Document(options as never) as unknown as FlexDocument;
    this.maps = this.termMaps();
  }

  /** The per-field term maps when flexsearch exposes them as expected, else null. */
  private termMaps(): Map<ArticleField, Map<string, Slots>> | null {
    const index = this.doc.index;
    if (!(index instanceof Map)) return null;
    const out = new Map<ArticleField, Map<string, Slots>>();
    for (const f of ARTICLE_FIELDS) {
      const map = index.get(f)?.map;
      if (!(map instanceof Map)) return null;
      out.set(f, map as Map<string, Slots>);
    }
    return out;
  }

  add(doc: FlexDoc): void {
    this.doc.add(doc);
  }

  /**
   * Hits of one encoded term in one field: slot i holds the ids whose first occurrence of the
   * term falls in the i-th of RESOLUTION parts of the field (0 = nearest the start).
   */
  termSlots(term: string, field: ArticleField): Slots {
    if (this.maps) return this.maps.get(field)!.get(term) ?? NONE;
    const r = this.doc.search(PRE_ENCODED + term, { pluck: field, resolve: false }) as { result?: Slots };
    return r?.result ?? NONE;
  }

  /**
   * The index as [key, data] chunks, in flexsearch's export order. The handler is synchronous, so
   * flexsearch runs the whole export before returning: a consistent snapshot.
   */
  async exportChunks(): Promise<[string, string][]> {
    const chunks: [string, string][] = [];
    await this.doc.export((key, data) => {
      chunks.push([key, data]);
    });
    return chunks;
  }

  /** Loads chunks made by exportChunks into this (empty) index. */
  async importChunks(chunks: [string, string][]): Promise<void> {
    for (const [key, data] of chunks) await this.doc.import(key, data);
    this.maps = this.termMaps(); // import may replace the maps
  }
}
