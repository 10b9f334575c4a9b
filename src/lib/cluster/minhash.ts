/**
 * MinHash signatures over 32-bit shingle hashes, by one-permutation hashing with optimal
 * densification (Li, Owen & Zhang 2012; Shrivastava 2017): each shingle is hashed once, the hash
 * picks one of K bins and a second hash is its value; each bin keeps its minimum. Bins left
 * empty (short texts) borrow the value of a bin chosen by a fixed pseudo-random probe sequence,
 * the same for every text, which keeps "slot i equal" an unbiased Jaccard event. Cost O(n + K)
 * per text instead of O(n·K), with the accuracy of K independent permutations for texts of a
 * few hundred shingles: the fraction of equal slots between two signatures estimates the Jaccard
 * similarity (standard error ≈ √(J(1−J)/K)). Everything is seeded by constants, so signatures
 * are stable across runs and can be stored; changing K, a seed or the shingling invalidates
 * stored ones (bump MINHASH_VERSION). An empty set gets all slots 0xFFFFFFFF, which callers must
 * not treat as similar to anything (use the set size).
 */
import { fmix32 } from './tokens';

export const DEFAULT_NUM_HASHES = 128;
/** Bump when the hash scheme, a seed or the shingling changes (stored signatures are then stale). */
export const MINHASH_VERSION = 1;

const BIN_SEED = 0x5eed1234;
const VALUE_SEED = 0x2545f491;
const PROBE_SEED = 0x68e31da4;
const EMPTY = 0xffffffff;

/** Small deterministic PRNG (mulberry32), 32-bit outputs. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** MinHash signature of a set of 32-bit hashes, with `k` slots. */
export function minhash(set: ArrayLike<number>, k = DEFAULT_NUM_HASHES): Uint32Array {
  const sig = new Uint32Array(k).fill(EMPTY);
  const n = set.length;
  if (n === 0) return sig;
  const filled = new Uint8Array(k);
  for (let j = 0; j < n; j++) {
    const x = set[j] | 0;
    const bin = Math.floor((fmix32(x ^ BIN_SEED) / 4294967296) * k);
    const v = fmix32(Math.imul(x, 0x9e3779b1) ^ VALUE_SEED);
    if (v < sig[bin] || !filled[bin]) {
      sig[bin] = v;
      filled[bin] = 1;
    }
  }
  // Optimal densification: an empty bin takes the value of the first filled bin on its probe path.
  for (let i = 0; i < k; i++) {
    if (filled[i]) continue;
    let src = -1;
    for (let attempt = 0; attempt < 64 * k && src < 0; attempt++) {
      const b = Math.floor(
        (fmix32(Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt + 1, 0x85ebca77) ^ PROBE_SEED) /
          4294967296) *
          k,
      );
      if (filled[b]) src = b;
    }
    if (src < 0) for (let b = 0; b < k && src < 0; b++) if (filled[b]) src = b;
    sig[i] = sig[src];
  }
  return sig;
}

/** Estimated Jaccard similarity: the fraction of equal slots. Signatures must have equal length. */
export function estimateJaccard(x: Uint32Array, y: Uint32Array): number {
  const k = x.length;
  if (k === 0 || y.length !== k) return 0;
  let eq = 0;
  for (let i = 0; i < k; i++) if (x[i] === y[i]) eq++;
  return eq / k;
}

/**
 * Estimated containment of the smaller set in the larger one, from the Jaccard estimate and the
 * set sizes: |A∩B| = J(|A|+|B|)/(1+J), divided by min(|A|,|B|). Clamped to [0, 1].
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const m = Math.min(sizeA, sizeB);
  if (m <= 0) return 0;
  const c = (jaccard * (sizeA + sizeB)) / ((1 + jaccard) * m);
  return c > 1 ? 1 : c;
}
