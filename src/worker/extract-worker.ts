/**
 * An extraction helper of the ingest worker: extracts the chunks of records it is sent with the
 * chrome model and lists of the last setup, so that extraction runs on another core while the
 * ingest worker stores and indexes.
 */
/// <reference lib="webworker" />
import { createExtractor, extractFile, type Extractor } from './extractor';
import { errorMessage } from './error-message';
import type { FromExtractWorker, ToExtractWorker } from './extract-messages';

let extractor: Extractor | null = null;
const post = (msg: FromExtractWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);

self.onmessage = async (ev: MessageEvent<ToExtractWorker>) => {
  const msg = ev.data;
  if (msg.kind === 'setup') {
    extractor = createExtractor(msg.setup);
    return;
  }
  try {
    if (!extractor) throw new Error('extraction helper used before its setup');
    const extracted = [];
    for (const job of msg.jobs) extracted.push(await extractFile(extractor, job));
    post({ kind: 'done', id: msg.id, extracted });
  } catch (e) {
    post({ kind: 'failed', id: msg.id, message: errorMessage(e) });
  }
};
