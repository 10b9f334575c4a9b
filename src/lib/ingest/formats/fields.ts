/**
 * Maps the fields of a structured record (a JSON object, a CSV row) onto a record's text and
 * metadata, whatever the exporter called them: names compare case-insensitively and without
 * "_", "-", "." or spaces, so published_at, publishedAt and "Published At" are one field. A body
 * that holds HTML is turned into text. Shared by the JSON, JSONL and CSV readers.
 */
import type { RecordMeta } from '../../model/article';
import type { ReaderItem } from '../types';
import { looksLikeHtml, parseHtml } from './html';

/** Field names, in order of preference, as the user would recognise them. */
export const FIELD_NAMES = {
  text: [
    'text',
    'content',
    'body',
    'article',
    'article_text',
    'full_text',
    'article_body',
    'main_text',
    'body_text',
    'story',
  ],
  /** Only when none of `text` has a value: a description is often just the lead. */
  textLastResort: ['description'],
  title: ['title', 'headline', 'heading'],
  date: [
    'date',
    'published',
    'published_at',
    'pubDate',
    'datePublished',
    'created_at',
    'time',
    'publish_date',
    'publication_date',
    'published_time',
    'published_on',
    'datetime',
    'created',
    'timestamp',
  ],
  url: ['url', 'link', 'canonical_url', 'canonical', 'permalink', 'article_url', 'source_url', 'href'],
  source: ['source', 'site', 'site_name', 'publisher', 'outlet', 'source_name', 'website', 'newspaper'],
  lang: ['lang', 'language', 'locale'],
} as const;

/** Names listed in a "has no text field" reason. */
export const TEXT_FIELDS_LISTED = [...FIELD_NAMES.text.slice(0, 6), ...FIELD_NAMES.textLastResort].join(', ');

export function normaliseKey(key: string): string {
  return key
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

const KEYS = Object.fromEntries(
  Object.entries(FIELD_NAMES).map(([k, names]) => [k, names.map(normaliseKey)]),
) as Record<keyof typeof FIELD_NAMES, string[]>;

/** True when some key of the record names a text field. */
export function hasTextKey(keys: string[]): boolean {
  const wanted = new Set([...KEYS.text, ...KEYS.textLastResort]);
  return keys.some((k) => wanted.has(normaliseKey(k)));
}

/** The string a field's value stands for: strings as they are, {rendered}/{name}/{text} objects, lists of strings. */
export function valueToString(v: unknown, depth = 0): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (depth > 1 || v === null || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    const parts = v
      .map((x) => valueToString(x, depth + 1))
      .filter((x): x is string => !!x && x.trim() !== '');
    return parts.length ? parts.join('\n\n') : undefined;
  }
  const o = v as Record<string, unknown>;
  for (const k of ['rendered', 'text', 'name', 'value', 'href', 'url', '#text']) {
    if (typeof o[k] === 'string') return o[k] as string;
  }
  return undefined;
}

type Field = { key: string; value: string };

function pick(fields: Map<string, Field>, keys: string[]): Field | undefined {
  let empty: Field | undefined;
  for (const k of keys) {
    const f = fields.get(k);
    if (!f) continue;
    if (f.value.trim()) return f;
    empty ??= f;
  }
  return empty;
}

/**
 * Turns one record's fields into a ReaderItem. `label` names the record in reasons
 * ("record 3", "line 7", "row 2").
 */
export function recordFromFields(obj: Record<string, unknown>, label: string, base: RecordMeta): ReaderItem {
  const fields = new Map<string, Field>();
  for (const [key, raw] of Object.entries(obj)) {
    const value = valueToString(raw);
    const k = normaliseKey(key);
    if (value !== undefined && !(fields.has(k) && fields.get(k)!.value.trim())) fields.set(k, { key, value });
  }
  let text = pick(fields, KEYS.text);
  if (!text?.value.trim()) text = pick(fields, KEYS.textLastResort) ?? text;
  if (!text)
    return { kind: 'rejected', reason: `${label} has no text field (looked for ${TEXT_FIELDS_LISTED})` };
  const body = looksLikeHtml(text.value) ? parseHtml(text.value).text : text.value;
  if (!body.trim()) return { kind: 'rejected', reason: `${label} has an empty text field ("${text.key}")` };

  const meta: RecordMeta = { ...base };
  const title = pick(fields, KEYS.title);
  if (title?.value.trim()) meta.title = plain(title.value);
  const date = pick(fields, KEYS.date);
  if (date?.value.trim()) {
    meta.date = date.value.trim();
    meta.dateField = `field ${date.key}`;
  }
  const url = pick(fields, KEYS.url);
  if (url?.value.trim()) meta.url = url.value.trim();
  const source = pick(fields, KEYS.source);
  if (source?.value.trim()) meta.source = plain(source.value);
  const lang = pick(fields, KEYS.lang);
  if (lang?.value.trim()) meta.lang = lang.value.trim();
  return { kind: 'record', text: body, meta };
}

/** A short field as one line of plain text (titles sometimes carry markup or entities). */
function plain(s: string): string {
  return (looksLikeHtml(s) ? parseHtml(s).text : s).replace(/\s+/g, ' ').trim();
}
