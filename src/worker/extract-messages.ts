/**
 * The messages between the ingest worker and its extraction helpers (extract-worker.ts): a setup
 * (chrome model and lists, sent before each drop's chunks) and chunks (parts of one or more files'
 * records), each answered with every part's articles in record order, or a failure message.
 */
import type { Extracted, ExtractorSetup, FileJob } from './extractor';

export type ToExtractWorker = { kind: 'setup'; setup: ExtractorSetup } | { kind: 'chunk'; id: number; jobs: FileJob[] };

export type FromExtractWorker =
  | { kind: 'done'; id: number; extracted: Extracted[] }
  | { kind: 'failed'; id: number; message: string };
