/**
 * Node side of the CLIs: expands the paths given on the command line (directories recursively,
 * entries sorted) and reads each file through ingest's readFile, keeping input order. A path that
 * cannot be read becomes a rejection like any other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RawRecord } from '../lib/model/article';
import { readFile } from '../lib/ingest';

export type InputItem =
  | { kind: 'record'; file: string; record: RawRecord }
  | { kind: 'rejected'; file: string; entry: string | null; reason: string };

/** Files under the given paths: a file as given, a directory's files recursively, sorted. */
export function expandPaths(paths: readonly string[]): { file: string; error?: string }[] {
  const out: { file: string; error?: string }[] = [];
  const walk = (p: string): void => {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push({ file: p, error: 'file not found' });
      return;
    }
    if (st.isDirectory()) {
      const names = readdirSync(p)
        .filter((n) => !n.startsWith('.'))
        .sort();
      for (const n of names) walk(join(p, n));
    } else out.push({ file: p });
  };
  for (const p of paths) walk(p);
  return out;
}

/** Reads every file; records and rejections in input order. */
export function readInputs(paths: readonly string[]): InputItem[] {
  const items: InputItem[] = [];
  for (const { file, error } of expandPaths(paths)) {
    if (error) {
      items.push({ kind: 'rejected', file, entry: null, reason: error });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (e) {
      items.push({ kind: 'rejected', file, entry: null, reason: `cannot be read (${(e as Error).message})` });
      continue;
    }
    for (const it of readFile(file, bytes)) {
      if (it.kind === 'record') items.push({ kind: 'record', file, record: it.record });
      else items.push({ kind: 'rejected', file, entry: it.entry, reason: it.reason });
    }
  }
  return items;
}
