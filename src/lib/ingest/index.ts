/**
 * Ingest: the pure layer that turns the bytes of a dropped file (txt, HTML, JSON, JSON Lines,
 * CSV/TSV, or a zip of any of these) into RawRecords for extraction, and every problem into a
 * rejection a person understands. No DOM: runs in a module worker and under Node.
 */
export { DEFAULT_LIMITS, type IngestLimits } from './limits';
export type { IngestItem } from './types';
export { ACCEPTED_EXTENSIONS, readFile } from './read-file';
