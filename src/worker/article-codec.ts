/**
 * Articles as the articles store keeps them: a statement's text is exactly a slice of the body
 * (or the headline), so it is left out when it is one and put back when the article is read —
 * about a third less to write and to keep for each article. Any other statement (one whose text
 * is not that slice, such as one from an older engine) is kept whole, so reading gives back
 * exactly what was written. articleKV wraps a store so that the rest of the worker never sees
 * the stored form.
 */
import type { KV } from '../lib/kv';
import type { Article, Statement } from '../lib/model/article';

/** A statement as stored: `text` absent when it is the slice start..end of its field. */
export type StoredStatement = Omit<Statement, 'text'> & { text?: string };
export type StoredArticle = Omit<Article, 'statements'> & { statements: StoredStatement[] };

const fieldOf = (a: Pick<Article, 'body' | 'headline'>, s: Pick<Statement, 'field'>) =>
  s.field === 'headline' ? (a.headline ?? '') : a.body;

export function packArticle(a: Article): StoredArticle {
  return {
    ...a,
    statements: a.statements.map((s) => {
      if (fieldOf(a, s).slice(s.start, s.end) !== s.text) return s;
      const { text: _t, ...rest } = s;
      return rest;
    }),
  };
}

export function unpackArticle(a: StoredArticle): Article {
  if (a.statements.every((s) => s.text !== undefined)) return a as Article;
  return {
    ...a,
    statements: a.statements.map((s) => (s.text !== undefined ? (s as Statement) : { ...s, text: fieldOf(a, s).slice(s.start, s.end) })),
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
