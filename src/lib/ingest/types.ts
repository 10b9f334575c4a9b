/**
 * The items ingest hands out, and the simpler shape the format readers produce before the
 * dispatcher numbers records and stamps the zip entry on them.
 */
import type { RawRecord, RecordMeta } from '../model/article';

export type IngestItem =
  | { kind: 'record'; record: RawRecord }
  /** entry = path inside the zip, or null for the dropped file itself. */
  | { kind: 'rejected'; entry: string | null; reason: string };

/** What a format reader yields: a record's text and metadata, or why a part of the input was skipped. */
export type ReaderItem =
  { kind: 'record'; text: string; meta: RecordMeta } | { kind: 'rejected'; reason: string };
