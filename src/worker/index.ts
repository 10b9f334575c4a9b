/**
 * The worker's entry: receives protocol requests, runs the handler, posts progress and exactly
 * one result or error per request. Requests run one at a time, in order.
 */
/// <reference lib="webworker" />
import type { WorkerRequest, WorkerResponse } from '../protocol';
import { createHandlers } from './handlers';
import { openIdbStores } from './store';
import { errorMessage } from './error-message';
import { ExtractPool, type WorkerLike } from './extract-pool';
import { DEFAULT_LIMITS } from '../lib/ingest';

/**
 * Extraction helpers: one core fewer than the machine has (the ingest worker stores and
 * indexes), at most 3 — but two on a 2-core machine, where the ingest worker waits on a single
 * helper part of the time (10,000 articles: 19–20 s with one helper, 16 s with two).
 */
const cores = navigator.hardwareConcurrency || 2;
const helpers = cores <= 1 ? 1 : cores === 2 ? 2 : Math.min(3, cores - 1);
const pool = new ExtractPool(
  () => new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module', name: 'tasrih-extract' }) as unknown as WorkerLike,
  helpers,
);
const handlers = createHandlers(openIdbStores(), DEFAULT_LIMITS, pool);
const post = (msg: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);
let queue: Promise<void> = Promise.resolve();

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  queue = queue.then(async () => {
    try {
      const handler = handlers[req.type] as (p: unknown, progress: (p: unknown) => void) => Promise<unknown>;
      const result = await handler(req.params, (progress) =>
        post({ id: req.id, kind: 'progress', progress: progress as never }),
      );
      post({ id: req.id, kind: 'result', type: req.type, result });
    } catch (e) {
      post({ id: req.id, kind: 'error', message: errorMessage(e) });
    }
  });
};
