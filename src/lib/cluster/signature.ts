/**
 * The per-article fingerprint for near-duplicate detection: the MinHash of the article's word
 * shingles plus the number of distinct shingles (needed to estimate containment). Computed once
 * when an article enters the library and storable as is (IndexedDB keeps typed arrays). Every
 * signature compared with another must come from the same options (and MINHASH_VERSION).
 */
import { DEFAULT_NUM_HASHES, minhash } from './minhash';
import { DEFAULT_SHINGLE_K, shingles } from './shingles';

export interface ClusterDoc {
  id: string;
  /** Headline + body. */
  text: string;
}

export interface Signature {
  id: string;
  minhash: Uint32Array;
  /** Number of distinct shingles. */
  size: number;
}

export interface SignatureOptions {
  /** Tokens per shingle (default 2). */
  k?: number;
  /** MinHash slots (default 128). */
  numHashes?: number;
  /** Drop stopwords before shingling (default false). */
  dropStopwords?: boolean;
}

export function signature(doc: ClusterDoc, opts: SignatureOptions = {}): Signature {
  const set = shingles(doc.text, {
    k: opts.k ?? DEFAULT_SHINGLE_K,
    dropStopwords: opts.dropStopwords ?? false,
  });
  return { id: doc.id, minhash: minhash(set, opts.numHashes ?? DEFAULT_NUM_HASHES), size: set.length };
}
