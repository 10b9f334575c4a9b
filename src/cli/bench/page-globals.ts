/**
 * Types only: the few browser globals the page-side functions of the benchmark use (inside
 * page.evaluate, reached as `globalThis as unknown as PageGlobals`), declared here so src/cli
 * compiles without DOM types (tsconfig.lib.json).
 */

import type { PageMarks } from './page-script';

export interface Req<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}

export interface Store {
  getAllKeys(): Req<unknown[]>;
  getAll(range?: unknown): Req<unknown[]>;
  openCursor(): Req<{ value: unknown; continue(): void } | null>;
}

export interface Db {
  transaction(store: string): { objectStore(name: string): Store };
  close(): void;
}

export interface PageGlobals {
  __benchPage: PageMarks;
  __tasrihBench: {
    search(q: string, o?: { limit?: number; offset?: number }): Promise<{ tookMs: number; total: number }>;
    persisted(): Promise<{ indexSaved: boolean }>;
  };
  document: { querySelector(s: string): { getAttribute(n: string): string | null } | null };
  indexedDB: { open(name: string): Req<Db> };
  IDBKeyRange: { bound(a: unknown, b: unknown): unknown };
  Worker: new (
    url: string,
    o: { type: 'module' },
  ) => {
    onmessage: ((e: { data: unknown }) => void) | null;
    onerror: ((e: { message?: string }) => void) | null;
    postMessage(m: unknown): void;
    terminate(): void;
  };
}
