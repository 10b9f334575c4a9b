/**
 * How much this origin stores, and a request that the browser keep it (persistent storage), so
 * the library is not evicted under storage pressure.
 */
export interface StorageState {
  usage: number | null;
  persisted: boolean | null;
}

export async function storageState(askPersist: boolean): Promise<StorageState> {
  const sm = navigator.storage;
  if (!sm) return { usage: null, persisted: null };
  let persisted = (await sm.persisted?.()) ?? null;
  if (askPersist && persisted === false) persisted = (await sm.persist?.().catch(() => false)) ?? false;
  const { usage } = await sm.estimate();
  return { usage: usage ?? null, persisted };
}
