/** Small statistics for the benchmark: median and nearest-rank percentiles, rounding for output. */

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100) of an unsorted list. */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Rounds to `digits` decimals; non-finite numbers become null (JSON has no NaN). */
export function round(x: number | null | undefined, digits = 2): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Median over runs of a figure each run may lack. */
export function medianOf<T>(runs: readonly T[], pick: (r: T) => number | null | undefined): number | null {
  const xs = runs.map(pick).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return xs.length ? median(xs) : null;
}
