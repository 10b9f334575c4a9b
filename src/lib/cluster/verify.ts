/**
 * The near-duplicate decision for one candidate pair, from the two signatures alone. Two articles
 * report the same story when the smaller one is for a large part inside the larger one: estimated
 * containment ≥ `containment` (a short rewrite inside a long article matches, and so does a
 * full rewrite, whose containment is at least its Jaccard). Because a containment estimate built
 * from a tiny Jaccard estimate is noise, the Jaccard estimate must also reach `minJaccard`, and
 * both texts must have at least `minSize` shingles (a bare headline is not evidence).
 * Both conditions reduce to a minimum number of equal MinHash slots (requiredMatches), which the
 * index uses directly. The decision is symmetric in its two arguments.
 */
import { estimateContainment, estimateJaccard } from './minhash';
import type { Signature } from './signature';

export interface VerifyOptions {
  /** Minimum estimated containment of the smaller text in the larger. Default 0.36. */
  containment?: number;
  /** Minimum estimated Jaccard similarity. Default 0.12. */
  minJaccard?: number;
  /** Minimum number of shingles of each text. Default 8. */
  minSize?: number;
}

export const DEFAULT_VERIFY: Required<VerifyOptions> = { containment: 0.36, minJaccard: 0.12, minSize: 8 };

/** `defaults` overridden by the options that are set (an explicit undefined keeps the default). */
export function withDefaults<T extends object>(opts: Partial<T>, defaults: T): T {
  const out = { ...defaults };
  for (const [key, value] of Object.entries(opts))
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  return out;
}

export interface PairScore {
  jaccard: number;
  containment: number;
}

export function score(a: Signature, b: Signature): PairScore {
  const jaccard = estimateJaccard(a.minhash, b.minhash);
  return { jaccard, containment: estimateContainment(jaccard, a.size, b.size) };
}

/**
 * Fewest equal slots (of k) for a pair of texts with these shingle counts to count as near-
 * duplicates, or Infinity when one is too small. Containment C ≥ t ⇔ J ≥ t·m / (|A|+|B| − t·m),
 * m = min(|A|,|B|).
 */
export function requiredMatches(sizeA: number, sizeB: number, k: number, o: Required<VerifyOptions>): number {
  if (sizeA < o.minSize || sizeB < o.minSize) return Infinity;
  const m = Math.min(sizeA, sizeB);
  const tm = o.containment * m;
  const j = Math.max(o.minJaccard, tm / (sizeA + sizeB - tm));
  return Math.max(1, Math.ceil(j * k - 1e-9));
}

export function isNearDuplicate(a: Signature, b: Signature, opts: VerifyOptions = {}): boolean {
  const k = a.minhash.length;
  if (k === 0 || b.minhash.length !== k) return false;
  const need = requiredMatches(a.size, b.size, k, withDefaults(opts, DEFAULT_VERIFY));
  if (need === Infinity) return false;
  let eq = 0;
  for (let i = 0; i < k; i++) if (a.minhash[i] === b.minhash[i]) eq++;
  return eq >= need;
}
