/**
 * The floor of the ingest pipeline, run in a Web Worker of the benchmarked page (bundled by
 * build.ts, served from /bench-data/): fetches the corpus chunk files (not timed), then times one
 * pass of TextDecoder decode + the search encoder's normalisation and tokenization
 * (lib/search/encoder.ts `tokenize`: script split, Arabic folding and clitics, stemming) over all
 * their bytes — no JSON parsing, no extraction, no index, no storage. A fresh worker per run, so
 * the encoder's word cache starts cold as it does in the app.
 */
import { tokenize } from '../../lib/search/encoder';

/** The worker scope, typed loosely so src/cli compiles without DOM or WebWorker types. */
const scope = globalThis as unknown as {
  onmessage: ((ev: { data: { urls: string[] } }) => void) | null;
  postMessage(m: unknown): void;
};

scope.onmessage = async (ev) => {
  const buffers: Uint8Array[] = [];
  for (const url of ev.data.urls) buffers.push(new Uint8Array(await (await fetch(url)).arrayBuffer()));
  const t0 = performance.now();
  let tokens = 0;
  let bytes = 0;
  for (const b of buffers) {
    const text = new TextDecoder().decode(b);
    tokens += tokenize(text).length;
    bytes += b.length;
  }
  const ms = performance.now() - t0;
  scope.postMessage({ ms, tokens, bytes });
};
