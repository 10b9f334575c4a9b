/**
 * The first pass over a dropped file: size check, bytes, content id (so the same file is
 * recognised however it is named), then its records and rejected entries through lib/ingest.
 */
import type { FileInput, FileOutcome, RejectedEntry } from '../protocol';
import type { RawRecord } from '../lib/model/article';
import { fileId as computeFileId } from '../lib/model/ids';
import { readFile, type IngestLimits } from '../lib/ingest';

export interface ReadDropFile {
  input: FileInput;
  fileId: string;
  size: number;
  records: RawRecord[];
  rejectedEntries: RejectedEntry[];
}

/** A size limit in words: "50 MB", "64 KB", "10 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * Reads one file. Returns its records, or the file's final outcome when it is rejected or
 * already in the library (`knownFiles`: file id → number of articles it gave).
 */
export async function readDropFile(
  input: FileInput,
  knownFiles: Map<string, number>,
  limits: IngestLimits,
): Promise<ReadDropFile | FileOutcome> {
  const path = input.path;
  const reject = (reason: string, rejectedEntries: RejectedEntry[] = []): FileOutcome => ({
    path,
    status: 'rejected',
    reason,
    rejectedEntries,
  });
  if (input.file.size > limits.maxFileBytes) return reject(`larger than the ${formatSize(limits.maxFileBytes)} limit`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await input.file.arrayBuffer());
  } catch (e) {
    return reject(`could not be read (${(e as Error).message})`);
  }
  const fid = await computeFileId(bytes);
  const known = knownFiles.get(fid);
  if (known !== undefined) return { path, status: 'duplicate', reason: 'same file', articles: known, rejectedEntries: [] };

  const records: RawRecord[] = [];
  const rejectedEntries: RejectedEntry[] = [];
  try {
    for (const item of readFile(path, bytes, limits)) {
      if (item.kind === 'record') records.push(item.record);
      else rejectedEntries.push({ entry: item.entry, reason: item.reason });
    }
  } catch (e) {
    rejectedEntries.push({ entry: null, reason: `could not be read (${(e as Error).message})` });
  }
  if (records.length > 0) return { input, fileId: fid, size: bytes.byteLength, records, rejectedEntries };
  const whole = rejectedEntries.length === 1 && rejectedEntries[0].entry === null;
  const reason = whole
    ? rejectedEntries[0].reason
    : rejectedEntries.length > 0
      ? `no readable article (${rejectedEntries.length} entries rejected)`
      : 'no article found in the file';
  return reject(reason, rejectedEntries.filter((r) => r.entry !== null));
}
