/**
 * The messages between the ingest worker and its extraction helpers (extract-worker.ts): a setup
 * (chrome model and lists, sent before each drop's chunks) and chunks of one file's records, each
 * answered with its articles in record order, or a failure message.
 */
import type { Extracted, ExtractorSetup, FileJob } from './extractor';

export type ToExtractWorker = { kind: 'setup'; setup: ExtractorSetup } | { kind: 'chunk'; id: number; job: FileJob };

export type FromExtractWorker =
  | { kind: 'done'; id: number; extracted: Extracted }
  | { kind: 'failed'; id: number; message: string };
