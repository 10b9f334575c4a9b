/**
 * The plain-text reader: the whole file is one record, exactly as decoded (line endings already
 * "\n", BOM already gone). Site chrome stays; removing it is extraction's job.
 */
import type { RecordMeta } from '../../model/article';
import type { ReaderItem } from '../types';

export function* readText(text: string, base: RecordMeta): Generator<ReaderItem> {
  yield text.trim()
    ? { kind: 'record', text, meta: { ...base } }
    : { kind: 'rejected', reason: 'empty file' };
}
