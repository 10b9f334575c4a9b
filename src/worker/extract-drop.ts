/**
 * Extraction of a drop's files, chunk by chunk and in order: on the extraction helpers when the
 * ingest worker has them and the drop is large enough to repay starting them, else in this
 * thread. A chunk a helper could not do is done here; a chunk that fails here too is reported
 * with the reason, for the caller to reject its file.
 */
import type { ExtractPool } from './extract-pool';
import { extractFile, type Extracted, type Extractor, type ExtractorSetup, type FileJob } from './extractor';
import { errorMessage } from './error-message';
import { packParts } from './extract-pool';

/** Records per chunk (parts of one or more files): small enough for steady progress, large enough to keep messages few. */
export const CHUNK_RECORDS = 50;
/** Below this many records, starting helpers costs more than it saves. */
export const POOL_MIN_RECORDS = 200;

export interface DropChunk {
  /** Index of the chunk's file in the list given. */
  file: number;
  /** Records in the chunk. */
  records: number;
  /** True for the file's last chunk. */
  last: boolean;
  result: Extracted | { error: string };
}

async function here(extractor: Extractor, job: FileJob): Promise<Extracted | { error: string }> {
  try {
    return await extractFile(extractor, job);
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

export async function* extractDrop(
  extractor: Extractor & { setup(): ExtractorSetup },
  pool: ExtractPool | null,
  files: readonly FileJob[],
): AsyncGenerator<DropChunk> {
  const chunks = packParts(files, CHUNK_RECORDS);
  const total = files.reduce((n, f) => n + f.records.length, 0);
  const results = pool && total >= POOL_MIN_RECORDS ? pool.extract(extractor.setup(), chunks) : null;
  for (const parts of chunks) {
    const r = results ? (await results.next()).value : undefined;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k];
      const result = r && 'extracted' in r ? r.extracted[k] : await here(extractor, part);
      yield { file: part.file, records: part.records.length, last: part.last, result };
    }
  }
}
