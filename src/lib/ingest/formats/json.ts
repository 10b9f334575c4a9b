/**
 * JSON and JSON Lines readers. A JSON file holds one record (an object), an array of records, or
 * an object that wraps the array under a key such as "items" or "articles". A JSON Lines file
 * holds one record per line; a bad line is rejected on its own and the others go on.
 */
import type { RecordMeta } from '../../model/article';
import type { ReaderItem } from '../types';
import { hasTextKey, recordFromFields } from './fields';
import { looksLikeHtml, parseHtml } from './html';
import { jsonErrorLine } from './json-error';

/** Keys under which exporters put the list of records, in order of preference. */
const COLLECTION_KEYS = [
  'items',
  'articles',
  'data',
  'records',
  'results',
  'posts',
  'entries',
  'documents',
  'docs',
  'news',
  'stories',
  'rows',
];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function invalid(text: string, error: unknown): ReaderItem {
  const line = jsonErrorLine(text);
  const reason =
    line > 0 ? `not valid JSON at line ${line}` : `not valid JSON (${(error as Error)?.message ?? error})`;
  return { kind: 'rejected', reason };
}

/** The records a parsed JSON document holds. */
export function recordsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return [data];
  if (hasTextKey(Object.keys(data))) return [data];
  const byKey = new Map(Object.keys(data).map((k) => [k.toLowerCase(), k]));
  for (const name of COLLECTION_KEYS) {
    const key = byKey.get(name);
    if (key !== undefined && Array.isArray(data[key])) return data[key] as unknown[];
  }
  // Some other single key holding a list of objects ({"rt_arabic": [...]}).
  const lists = Object.values(data).filter((v) => Array.isArray(v) && v.length > 0 && v.every(isObject));
  if (lists.length === 1) return lists[0] as unknown[];
  return [data];
}

/** One record from a JSON value: an object's fields, or a bare string as the text. */
export function recordFromValue(value: unknown, label: string, base: RecordMeta): ReaderItem {
  if (isObject(value)) return recordFromFields(value, label, base);
  if (typeof value === 'string') {
    const text = looksLikeHtml(value) ? parseHtml(value).text : value;
    return text.trim()
      ? { kind: 'record', text, meta: { ...base } }
      : { kind: 'rejected', reason: `${label} is an empty string` };
  }
  const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;
  return { kind: 'rejected', reason: `${label} is ${what}, not a record` };
}

export function* readJson(text: string, base: RecordMeta): Generator<ReaderItem> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    yield invalid(text, error);
    return;
  }
  const records = recordsOf(data);
  if (records.length === 0) {
    yield { kind: 'rejected', reason: 'no records in the JSON file (the list is empty)' };
    return;
  }
  for (let i = 0; i < records.length; i++) yield recordFromValue(records[i], `record ${i + 1}`, base);
}

export function* readJsonLines(text: string, base: RecordMeta): Generator<ReaderItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { kind: 'rejected', reason: `not valid JSON at line ${i + 1}` };
      continue;
    }
    yield recordFromValue(value, `line ${i + 1}`, base);
  }
}
