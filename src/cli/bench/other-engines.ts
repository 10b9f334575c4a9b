/**
 * MiniSearch and Orama behind one small interface for node-compare.ts: build over one document
 * per article ({id, title, text}), query with a page of 20 where the library has a limit, and
 * every match for recall. "Defaults" means the library's own tokenizer and options; "our
 * tokenizer" plugs lib/search's encoder in on both sides: index terms with their clitic-stripped
 * alternatives (as flexsearch gets them), query terms as the engine encodes a query.
 */

import MiniSearch from 'minisearch';
import { create, insertMultiple, search } from '@orama/orama';
import { encodeQuery, tokenize } from '../../lib/search';

export interface Doc {
  id: string;
  title: string;
  text: string;
}

export interface Engine {
  build(): Promise<void>;
  query(q: string): Promise<void>;
  all(q: string): Promise<{ ids: Iterable<string>; total: number }>;
}

/** Index-side terms of a text: each word's term and its alternatives. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text, 'index')) {
    out.push(t.term);
    if (t.alts) for (const a of t.alts) out.push(a);
  }
  return out;
}

export function minisearchEngine(docs: Doc[], ourTokenizer: boolean): Engine {
  const options = ourTokenizer
    ? {
        fields: ['title', 'text'],
        tokenize: (text: string) => indexTerms(text),
        processTerm: (t: string) => t,
        searchOptions: { tokenize: (q: string) => encodeQuery(q), processTerm: (t: string) => t },
      }
    : { fields: ['title', 'text'] };
  const ms = new MiniSearch<Doc>(options);
  return {
    build: async () => ms.addAll(docs),
    query: async (q) => void ms.search(q),
    all: async (q) => {
      const r = ms.search(q);
      return { ids: r.map((x) => String(x.id)), total: r.length };
    },
  };
}

export function oramaEngine(docs: Doc[], ourTokenizer: boolean): Engine {
  const schema = { id: 'string', title: 'string', text: 'string' } as const;
  const tokenizer = {
    language: 'english',
    normalizationCache: new Map<string, string>(),
    tokenize: (raw: string, _language?: string, prop?: string) => (prop ? indexTerms(raw) : encodeQuery(raw)),
  };
  let db: ReturnType<typeof create<typeof schema>> | null = null;
  const properties: ('title' | 'text')[] = ['title', 'text'];
  return {
    build: async () => {
      db = ourTokenizer ? create({ schema, components: { tokenizer } }) : create({ schema });
      await insertMultiple(db, docs, 1000);
    },
    query: async (q) => void (await search(db!, { term: q, properties, limit: 20 })),
    all: async (q) => {
      const r = await search(db!, { term: q, properties, limit: docs.length });
      return { ids: r.hits.map((h) => h.document.id), total: r.count };
    },
  };
}
