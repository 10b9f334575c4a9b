/**
 * Articles as the articles store keeps them, smaller than the articles themselves (10,000
 * articles: about 18 KB each whole, 12 KB packed — fewer bytes for the worker to serialize and
 * for the browser to write):
 * - a statement's text is exactly a slice of the body (or the headline), so it is left out when
 *   it is one and put back when the article is read;
 * - the body's paragraphs are nearly always lines of the raw text, kept as [start, end) offsets
 *   into it (a paragraph that is not, such as one decoded from HTML, is kept as text);
 * - statements by the same speaker share one speaker object (structured cloning writes a shared
 *   object once; reading gives each statement its own copy again).
 * Anything else (a statement whose text is not that slice, a body written by an older engine) is
 * kept as it is, so reading gives back exactly what was written. articleKV wraps a store so that
 * the rest of the worker never sees the stored form.
 */
import type { KV } from '../lib/kv';
import type { Article, SpeakerRef, Statement } from '../lib/model/article';

/** A statement as stored: `text` absent when it is the slice start..end of its field. */
export type StoredStatement = Omit<Statement, 'text'> & { text?: string };
/**
 * An article as stored: `body` empty when `bodyParts` gives it — its paragraphs in order, each
 * either two numbers (start and end offsets in `raw`) or a string, joined by PARAGRAPH.
 */
export type StoredArticle = Omit<Article, 'statements'> & {
  statements: StoredStatement[];
  bodyParts?: (number | string)[];
};

const PARAGRAPH = '\n\n';

const fieldOf = (a: Pick<Article, 'body' | 'headline'>, s: Pick<Statement, 'field'>) =>
  s.field === 'headline' ? (a.headline ?? '') : a.body;

const sameSpeaker = (a: SpeakerRef, b: SpeakerRef) =>
  a.id === b.id &&
  a.nameEn === b.nameEn &&
  a.asWritten === b.asWritten &&
  a.role === b.role &&
  a.russianOfficial === b.russianOfficial &&
  a.institution === b.institution &&
  a.listed === b.listed &&
  Object.keys(a).length === Object.keys(b).length;

/** The body's paragraphs as offsets into raw where they are found there (in order), else as text. */
export function bodyParts(body: string, raw: string): (number | string)[] {
  const out: (number | string)[] = [];
  let from = 0;
  for (const p of body.split(PARAGRAPH)) {
    let at = p ? raw.indexOf(p, from) : -1;
    if (at < 0 && p) at = raw.indexOf(p);
    if (at < 0) out.push(p);
    else {
      out.push(at, at + p.length);
      from = at + p.length;
    }
  }
  return out;
}

export function bodyFromParts(parts: readonly (number | string)[], raw: string): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const x = parts[i];
    paragraphs.push(typeof x === 'string' ? x : raw.slice(x, parts[++i] as number));
  }
  return paragraphs.join(PARAGRAPH);
}

export function packArticle(a: Article): StoredArticle {
  const speakers: SpeakerRef[] = [];
  const statements = a.statements.map((s) => {
    const shared = s.speaker ? speakers.find((x) => sameSpeaker(x, s.speaker)) : undefined;
    if (s.speaker && !shared) speakers.push(s.speaker);
    const out: StoredStatement = shared ? { ...s, speaker: shared } : { ...s };
    if (fieldOf(a, s).slice(s.start, s.end) === s.text) delete out.text;
    return out;
  });
  const parts = typeof a.raw === 'string' && a.body ? bodyParts(a.body, a.raw) : null;
  // Offsets when some paragraph is found in raw (and they give the body back); `body` stays in
  // its place (empty), so that a read article has its keys in the same order.
  if (parts?.some((x) => typeof x === 'number') && bodyFromParts(parts, a.raw) === a.body)
    return { ...a, body: '', statements, bodyParts: parts };
  return { ...a, statements };
}

export function unpackArticle(a: StoredArticle): Article {
  const { bodyParts: parts, ...rest } = a;
  if (parts) rest.body = bodyFromParts(parts, a.raw);
  const article = rest as Omit<Article, 'statements'> & { statements: StoredStatement[] };
  return {
    ...article,
    statements: a.statements.map((s) => ({
      ...s,
      speaker: s.speaker ? { ...s.speaker } : s.speaker,
      text: s.text !== undefined ? s.text : fieldOf(article, s).slice(s.start, s.end),
    })),
  };
}

/** The articles store seen as holding whole articles. */
export function articleKV(inner: KV<StoredArticle>): KV<Article> {
  const out = (a: StoredArticle | undefined) => (a === undefined ? undefined : unpackArticle(a));
  return {
    get: async (key) => out(await inner.get(key)),
    getMany: async (keys) => (await inner.getMany(keys)).map(out),
    setMany: (entries) => inner.setMany(entries.map(([k, a]) => [k, packArticle(a)])),
    delMany: (keys) => inner.delMany(keys),
    keys: () => inner.keys(),
    values: async () => (await inner.values()).map((a) => unpackArticle(a)),
    clear: () => inner.clear(),
  };
}
