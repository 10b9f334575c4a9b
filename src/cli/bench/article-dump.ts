/**
 * Copies the articles the browser run stored (IndexedDB `tasrih-articles`) to
 * bench/tmp/<size>/articles.jsonl, read back as the worker reads them (worker/article-codec.ts:
 * the stored form keeps the body as offsets into the page text) and written without the page text
 * and the removed chrome, so the Node comparisons index exactly what the app indexed; and works
 * out which generated articles each stored article stands for (identical texts are stored once,
 * under one id).
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Article } from '../../lib/model/article';
import { unpackArticle, type StoredArticle } from '../../worker/article-codec';
import type { CorpusFiles } from './corpus-files';
import { JsonLinesWriter, readJsonLines } from './jsonl';
import type { PageGlobals } from './page-globals';

const BATCH = 500;

/** What the comparisons index of an article. */
const SLIM = [
  'id',
  'file',
  'record',
  'language',
  'headline',
  'subheadline',
  'body',
  'outlet',
  'date',
  'statements',
] as const;
/** What is read of a stored article: the above, and what reading the body back needs. */
const STORED = [...SLIM, 'bodyParts', 'raw'] as const;
type Stored = Pick<StoredArticle, (typeof STORED)[number]>;

function readBatch(page: Page, from: number): Promise<{ items: Stored[]; total: number }> {
  return page.evaluate(
    ({ from, n, fields }) =>
      new Promise<{ items: Stored[]; total: number }>((resolve, reject) => {
        const g = globalThis as unknown as PageGlobals;
        const open = g.indexedDB.open('tasrih-articles');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('articles').objectStore('articles');
          const keys = store.getAllKeys();
          keys.onsuccess = () => {
            const all = keys.result as string[];
            const mine = all.slice(from, from + n);
            if (!mine.length) {
              db.close();
              resolve({ items: [], total: all.length });
              return;
            }
            const req = store.getAll(g.IDBKeyRange.bound(mine[0], mine[mine.length - 1]));
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              db.close();
              const items = (req.result as Record<string, unknown>[]).map((a) =>
                Object.fromEntries(fields.map((k) => [k, a[k]])),
              );
              resolve({ items: items as never, total: all.length });
            };
          };
        };
      }),
    { from, n: BATCH, fields: [...STORED] as string[] },
  );
}

/** Writes <corpus dir>/articles.jsonl from the page's IndexedDB; returns its path. */
export async function dumpArticles(page: Page, corpus: CorpusFiles): Promise<string> {
  const path = join(corpus.dir, 'articles.jsonl');
  const out = new JsonLinesWriter(path);
  try {
    for (let from = 0; ; from += BATCH) {
      const { items, total } = await readBatch(page, from);
      for (const item of items) {
        const a: Article = unpackArticle(item as StoredArticle);
        out.write(Object.fromEntries(SLIM.map((k) => [k, a[k]])));
      }
      if (from + BATCH >= total) break;
    }
  } finally {
    out.close();
  }
  return path;
}

/**
 * Article id → the generated articles it stands for: the one at its (file, line), and every other
 * generated article with the very same text (stored once, under one id).
 */
export function articleNames(path: string, corpus: CorpusFiles): Record<string, string[]> {
  const byText = new Map<string, string[]>();
  for (const [name, text] of corpus.texts) {
    const l = byText.get(text);
    if (l) l.push(name);
    else byText.set(text, [name]);
  }
  const names: Record<string, string[]> = {};
  for (const a of readJsonLines<{ id: string; file: string; record: number }>(path)) {
    const name = corpus.names[a.file]?.[a.record];
    const text = name ? corpus.texts.get(name) : undefined;
    names[a.id] = text !== undefined ? (byText.get(text) ?? [name!]) : name ? [name] : [];
  }
  return names;
}
