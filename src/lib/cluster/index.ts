/**
 * Story clustering: which articles in the library report the same story (one outlet's rewrite of
 * another's, agency copy republished with changes). Pipeline: normalise.ts (Arabic-aware
 * character folding) → tokens.ts (clitic stripping) → shingles.ts (word k-shingles inside lines)
 * → minhash.ts (128-slot MinHash, storable) → lsh.ts (banded candidate lookup) → verify.ts
 * (estimated containment + Jaccard) → cluster-index.ts (incremental links, clusters via
 * union-find in clusters.ts). propagate-dates.ts lends a dated member's date to undated ones.
 * This file is the public API used by the pipeline and the worker.
 */
import { ClusterIndex, type ClusterIndexOptions } from './cluster-index';
import { signature, type ClusterDoc, type SignatureOptions } from './signature';

export { ClusterIndex, type ClusterIndexOptions } from './cluster-index';
export { signature, type ClusterDoc, type Signature, type SignatureOptions } from './signature';
export { propagateDates } from './propagate-dates';
export { isNearDuplicate, score, type PairScore, type VerifyOptions } from './verify';
export { MINHASH_VERSION } from './minhash';

/** Batch convenience: id → the other ids of its cluster (only ids in a cluster appear). */
export function findNearDuplicates(
  docs: ClusterDoc[],
  opts: SignatureOptions & ClusterIndexOptions = {},
): Map<string, string[]> {
  const index = new ClusterIndex(opts);
  for (const d of docs) index.add(signature(d, opts));
  const out = new Map<string, string[]>();
  for (const cluster of index.clusters()) {
    for (const id of cluster)
      out.set(
        id,
        cluster.filter((x) => x !== id),
      );
  }
  return out;
}
