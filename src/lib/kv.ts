/**
 * The small key-value interface storage is written against, so that the worker's handlers (and
 * later the search index persistence) run unchanged over IndexedDB in the browser and over a Map
 * in Node tests. Each store is one IndexedDB database in the app (see worker/store.ts).
 */
export interface KV<T> {
  get(key: string): Promise<T | undefined>;
  getMany(keys: string[]): Promise<(T | undefined)[]>;
  /** Atomic: all entries are written or none. */
  setMany(entries: [string, T][]): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
  values(): Promise<T[]>;
  clear(): Promise<void>;
}

/** A Map-backed KV for tests and for Node tools. Values are structured-cloned like IndexedDB does. */
export class MemoryKV<T> implements KV<T> {
  readonly map = new Map<string, T>();
  async get(key: string) {
    const v = this.map.get(key);
    return v === undefined ? undefined : structuredClone(v);
  }
  async getMany(keys: string[]) {
    return Promise.all(keys.map((k) => this.get(k)));
  }
  async setMany(entries: [string, T][]) {
    const cloned = entries.map(([k, v]) => [k, structuredClone(v)] as const);
    for (const [k, v] of cloned) this.map.set(k, v);
  }
  async delMany(keys: string[]) {
    for (const k of keys) this.map.delete(k);
  }
  async keys() {
    return [...this.map.keys()];
  }
  async values() {
    return [...this.map.values()].map((v) => structuredClone(v));
  }
  async clear() {
    this.map.clear();
  }
}
