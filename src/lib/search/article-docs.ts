/**
 * Turns one Article into what the search index stores: the side-table entry (texts kept once per
 * article; facet values, date and the speaker's own names per document) and from it the
 * article's flexsearch document and its statements' postings (statement-postings.ts). Only the names written on the
 * statement (as written, English rendering) are indexed with it; the speaker list's other
 * spellings are matched at query time through the speaker column (columns.ts, facets.ts), so a bigger or
 * corrected speaker list needs no re-indexing and the index does not carry every spelling of
 * every speaker once per statement.
 */

import type { Article, Statement } from '../model/article';
import type { DocType, FlexDoc } from './schema';
import type { ArticleEntry, ArticleTexts, DocMeta, StatementRef } from './doc-table';
import { tokenize } from './encoder';
import type { Token } from './encoder';
import type { StatementPostings } from './statement-postings';
import type { ArticleSeq, EncodedArticle } from './token-seq';

/**
 * Speaker id → every spelling of the name (any script). `persons`, when given, lists the ids that
 * are people (not institutions): only their one-word spellings expand a query word across
 * scripts (name-variants.ts); without it every id counts as a person.
 */
export type SpeakerSpellings = ReadonlyMap<string, readonly string[]> & { readonly persons?: ReadonlySet<string> };

/** Facet key of a speaker: the list id, or "~" + the English rendering for an unlisted one. */
export function speakerKey(s: Statement['speaker']): string {
  return s.id ?? '~' + (s.nameEn ?? '').trim().toLowerCase();
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** Field text safe for the encoder (see PRE_ENCODED in encoder.ts). */
function clean(s: string | null | undefined): string {
  return s ? s.replace(/^\u0001+/, ' ') : '';
}

function statementRef(body: string, s: Statement): StatementRef {
  const inBody = s.start >= 0 && s.end <= body.length && body.slice(s.start, s.end) === s.text;
  return inBody
    ? { start: s.start, end: s.end, quote: s.quote }
    : { start: s.start, end: s.end, text: s.text, quote: s.quote };
}

/** The texts an entry keeps of `article` (as buildArticleEntry takes them). */
export function articleTexts(article: Pick<Article, 'headline' | 'subheadline' | 'body' | 'statements'>): ArticleTexts {
  const body = article.body ?? '';
  return {
    headline: article.headline ?? null,
    subheadline: article.subheadline ?? null,
    body,
    statements: (article.statements ?? []).map((s) => {
      const { quote, text } = statementRef(body, s);
      return text === undefined ? { quote } : { quote, text };
    }),
  };
}

/** The flexsearch document of a side-table entry's article, from its texts encoded by encodeArticle (token-seq.ts). */
export function flexDocOf(entry: ArticleEntry, enc: EncodedArticle): FlexDoc {
  const f: FlexDoc = { id: entry.docs[0].id };
  if (entry.headline || entry.subheadline) f.head = enc.head;
  if (entry.body) f.text = enc.body;
  return f;
}

/** Tokens of short texts (speakers' names recur on statement after statement), memoised. */
const shortTokens = new Map<string, Token[]>();

function tokensOf(text: string): Token[] {
  let t = shortTokens.get(text);
  if (!t) {
    if (shortTokens.size > 5000) shortTokens.clear();
    shortTokens.set(text, (t = tokenize(clean(text))));
  }
  return t;
}

/**
 * Indexes the statement documents of a side-table entry in `postings`: the sentence and a quote
 * outside it from the article's token sequence (form ids of `forms`), other quotes and the names
 * written on the statement by tokenizing them.
 */
export function indexStatements(
  postings: StatementPostings,
  entry: ArticleEntry,
  seq: ArticleSeq,
  forms: readonly (readonly string[])[],
): void {
  for (let k = 1; k < entry.docs.length; k++) {
    const meta = entry.docs[k];
    const si = meta.si;
    postings.addForms(meta.id, 'text', seq.ids, seq.ranges[2 * si], seq.ranges[2 * si + 1], forms);
    const quote = entry.statements[si].quote;
    if (quote) {
      if (seq.quotes[2 * si + 1] > 0) postings.addForms(meta.id, 'quote', seq.ids, seq.quotes[2 * si], seq.quotes[2 * si + 1], forms);
      else postings.addTokens(meta.id, 'quote', tokenize(clean(quote)));
    }
    if (meta.names) postings.addTokens(meta.id, 'names', tokensOf(meta.names));
  }
}

/**
 * Side-table entry for `article`; `firstId` is the flexsearch id of the article document, its
 * statements take the following ids.
 */
export function buildArticleEntry(article: Article, firstId: number): ArticleEntry {
  const body = article.body ?? '';
  const statements = article.statements ?? [];
  const outlet = article.outlet?.trim() || null;
  const lang = article.language ?? 'other';
  const articleDate = article.date?.date ?? null;

  const meta = (type: DocType, id: number, si: number): DocMeta => ({
    id,
    type,
    articleId: article.id,
    si,
    date: null,
    lang,
    outlet,
    spk: [],
    inst: [],
    kind: null,
    official: null,
    names: '',
  });

  const a = meta('article', firstId, -1);
  a.date = articleDate;
  const sm = statements.map((s, i) => {
    const m = meta('statement', firstId + 1 + i, i);
    m.date = s.date ?? articleDate;
    m.spk = [speakerKey(s.speaker)];
    m.inst = s.speaker.institution ? [s.speaker.institution] : [];
    m.kind = s.kind;
    m.official = !!s.speaker.russianOfficial;
    m.names = unique(
      [s.speaker.nameEn, s.speaker.asWritten].map((n) => n?.trim()).filter((n): n is string => !!n),
    ).join('\n');
    return m;
  });
  a.spk = unique(sm.flatMap((m) => m.spk));
  a.inst = unique(sm.flatMap((m) => m.inst));
  a.official = statements.length ? statements.some((s) => s.speaker.russianOfficial) : null;

  return {
    id: article.id,
    headline: article.headline ?? null,
    subheadline: article.subheadline ?? null,
    body,
    statements: statements.map((s) => statementRef(body, s)),
    docs: [a, ...sm],
  };
}

/** Spellings from speaker-list entries (SPEAKERS in extract/speakers/speaker-list.ts, or user additions). */
export function speakerSpellingsFrom(
  list: readonly {
    id: string;
    nameEn: string;
    kind?: 'person' | 'institution';
    names: { ar?: string[]; en?: string[]; ru?: string[] };
  }[],
): Map<string, string[]> & { persons: Set<string> } {
  const out = Object.assign(new Map<string, string[]>(), { persons: new Set<string>() });
  for (const e of list) {
    out.set(e.id, unique([e.nameEn, ...(e.names.en ?? []), ...(e.names.ru ?? []), ...(e.names.ar ?? [])]));
    if (e.kind !== 'institution') out.persons.add(e.id);
  }
  return out;
}
