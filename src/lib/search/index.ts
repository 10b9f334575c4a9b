/**
 * The search module's public surface: the engine, the query parser, persistence over a KV store,
 * the encoder (for callers that need the same normalisation) and the versions a stored index is
 * checked against.
 */

export { needsTexts, SearchEngine } from './engine';
export type { EngineOptions, Highlight, SearchHit, SearchOptions, SearchResults } from './results';
export { emptyQuery, isEmptyQuery, parseQuery } from './query';
export type { DocType, Query } from './query';
export { openIndex, saveIndex } from './persist';
export type { IndexMeta, OpenResult } from './persist';
export { speakerSpellingsFrom } from './article-docs';
export type { SpeakerSpellings } from './article-docs';
export type { FacetCounts } from './facets';
export type { Part } from './doc-table';
export { encodeQuery, tokenize, ENCODER_VERSION } from './encoder';
export type { Token } from './encoder';
export { INDEX_SCHEMA_VERSION } from './schema';
