/**
 * The one place that talks to flexsearch. It owns a plain in-memory `Document` (no flexsearch
 * worker, no store: the texts live in doc-table.ts, which keeps them once per article instead of
 * once per document) configured with our encoder, and offers the few operations the engine
 * needs, with narrow types: add a document, the per-slot hits of one pre-encoded term
 * in one field (`resolve: false`, so no 100-result cap and the positional slot survives for
 * scoring), the ids under tag values, and chunked export/import.
 *
 * NOTE: flexsearch 0.8 exports data only, not configuration: import works only into an index made
 * by this constructor with the same encoder. `fastupdate` stays off because import turns it off
 * anyway; without it a removal scans every field map (~10 ms per document at 10,000 articles),
 * so the engine never removes here: it ignores removed ids and rebuilds now and then.
 */

import { Document } from 'flexsearch';
import { flexEncode, PRE_ENCODED } from './encoder';
import { FIELDS, RESOLUTION, TAGS } from './schema';
import type { Field, FlexDoc, Tag } from './schema';

/** Large enough to mean "all" for flexsearch's limit options. */
const ALL = 1 << 30;

interface TagResult {
  field?: string;
  tag?: string;
  result: number[];
}

/** The slice of flexsearch's Document API used here, typed for our documents. */
interface FlexDocument {
  add(doc: FlexDoc): unknown;
  search(options: object): unknown;
  search(query: string, options: object): unknown;
  export(handler: (key: string, data: string) => void): Promise<unknown>;
  import(key: string, data: string): unknown;
}

export class FlexIndex {
  private readonly doc: FlexDocument;

  constructor() {
    const options = {
      tokenize: 'strict',
      resolution: RESOLUTION,
      encode: flexEncode,
      fastupdate: false,
      document: { id: 'id', index: [...FIELDS], tag: [...TAGS] },
    };
    this.doc = new Document(options as never) as unknown as FlexDocument;
  }

  add(doc: FlexDoc): void {
    this.doc.add(doc);
  }

  /**
   * Hits of one encoded term in one field: slot i holds the ids whose first occurrence of the
   * term falls in the i-th of RESOLUTION parts of the field (0 = nearest the start).
   */
  termSlots(term: string, field: Field): (number[] | undefined)[] {
    const r = this.doc.search(PRE_ENCODED + term, { pluck: field, resolve: false }) as {
      result?: (number[] | undefined)[];
    };
    return r?.result ?? [];
  }

  /** Ids carrying any of `values` in tag field `tag`. */
  tagIds(tag: Tag, values: string[]): Set<number> {
    const out = new Set<number>();
    if (!values.length) return out;
    const res = this.doc.search({ tag: { [tag]: values }, limit: ALL }) as TagResult[];
    for (const r of res ?? []) for (const id of r.result) out.add(id);
    return out;
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
  }
}
