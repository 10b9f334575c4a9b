/**
 * Size limits that keep a dropped file (or a zip bomb) from exhausting the worker's memory, their
 * defaults, and the wording of sizes in rejection reasons.
 */

export interface IngestLimits {
  /** Largest file accepted as dropped (bytes). */
  maxFileBytes: number;
  /** Largest size one zip entry may expand to (bytes), whatever its header declares. */
  maxEntryExpandedBytes: number;
  /** Largest size all entries of a zip (nested zips included) may expand to together (bytes). */
  maxTotalExpandedBytes: number;
  /** Largest expanded/compressed ratio of a zip entry before it is treated as a zip bomb. */
  maxZipRatio: number;
  /** How many levels of zip inside zip are opened (1 = a zip, but no zip inside it). */
  maxZipDepth: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: IngestLimits = {
  maxFileBytes: 50 * MB,
  maxEntryExpandedBytes: 500 * MB,
  maxTotalExpandedBytes: 500 * MB,
  maxZipRatio: 200,
  maxZipDepth: 3,
};

/** Expanded sizes below this are never called a zip bomb, however well they compress. */
export const RATIO_FLOOR_BYTES = 1 * MB;

/** "50 MB", "1.5 MB", "300 KB", "12 bytes". */
export function formatBytes(n: number): string {
  const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1).replace(/\.0$/, ''));
  if (n >= MB) return `${fmt(n / MB)} MB`;
  if (n >= 1024) return `${fmt(n / 1024)} KB`;
  return `${n} bytes`;
}
