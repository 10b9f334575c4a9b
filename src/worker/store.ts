/**
 * The library's storage in IndexedDB through idb-keyval: one database per store, each exposed
 * through the KV interface the handlers are written against.
 */
import { createStore, get, getMany, setMany, delMany, keys, values, clear, type UseStore } from 'idb-keyval';
import type { KV } from '../lib/kv';
import type { Stores } from './stores';
import { articleKV, type StoredArticle } from './article-codec';

function idbKV<T>(name: string): KV<T> {
  const store: UseStore = createStore(`tasrih-${name}`, name);
  return {
    get: (key) => get<T>(key, store),
    getMany: (ks) => getMany<T>(ks, store),
    setMany: (entries) => setMany(entries, store),
    delMany: (ks) => delMany(ks, store),
    keys: () => keys<string>(store),
    values: () => values<T>(store),
    clear: () => clear(store),
  };
}

export function openIdbStores(): Stores {
  return {
    articles: articleKV(idbKV<StoredArticle>('articles')),
    summaries: idbKV('summaries'),
    files: idbKV('files'),
    corrections: idbKV('corrections'),
    signatures: idbKV('signatures'),
    searchIndex: idbKV('search'),
    timeline: idbKV('timeline'),
    meta: idbKV('meta'),
  };
}
