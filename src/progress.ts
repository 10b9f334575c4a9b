/** Makes the progress values of long jobs (see IngestProgress in protocol.ts), for worker and page alike. */
import type { IngestProgress } from './protocol';

export function startProgress(phase: IngestProgress['phase'], rest: Partial<IngestProgress> = {}): IngestProgress {
  return {
    phase,
    filesDone: 0,
    filesTotal: 0,
    bytesDone: 0,
    bytesTotal: 0,
    articlesDone: 0,
    articlesTotal: 0,
    current: null,
    ...rest,
  };
}
