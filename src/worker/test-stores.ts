/** Test support for the worker's Node tests: Map-backed stores and the seed files as FileInputs. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { MemoryKV } from '../lib/kv';
import type { FileInput } from '../protocol';
import type { Stores } from './stores';
import { articleKV, type StoredArticle } from './article-codec';

const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));

export const seedPaths = (): string[] =>
  readdirSync(SEEDS)
    .sort()
    .map((name) => join(SEEDS, name));

export const seeds = (): FileInput[] =>
  readdirSync(SEEDS)
    .sort()
    .map((name) => ({ path: name, file: new Blob([readFileSync(join(SEEDS, name))]) }));

export function memoryStores(): Stores {
  return {
    articles: articleKV(new MemoryKV<StoredArticle>()),
    summaries: new MemoryKV(),
    files: new MemoryKV(),
    corrections: new MemoryKV(),
    signatures: new MemoryKV(),
    searchIndex: new MemoryKV(),
    timeline: new MemoryKV(),
    meta: new MemoryKV(),
  };
}
