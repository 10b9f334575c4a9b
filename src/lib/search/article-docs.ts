/**
 * Turns one Article into what the search index stores: the flexsearch documents (one for the
 * article, one per statement) and the side-table entry (texts kept once per article, facet values
 * and dates per document). Speaker names are indexed in every spelling we know — the speaker
 * list's Arabic, English and Russian names passed in `speakerSpellings`, plus the name as written
 * and the English name on the statement — so Lavrov, Лавров and لافروف all find his statements.
 */

import type { Article, Statement } from '../model/article';
import type { DocType, FlexDoc } from './schema';
import type { ArticleEntry, DocMeta, StatementRef } from './doc-table';

/** Speaker id → every spelling of the name (any script). */
export type SpeakerSpellings = ReadonlyMap<string, readonly string[]>;

/** Facet key of a speaker: the list id, or "~" + the English rendering for an unlisted one. */
export function speakerKey(s: Statement['speaker']): string {
  return s.id ?? '~' + s.nameEn.trim().toLowerCase();
}

function speakerNames(s: Statement['speaker'], spellings: SpeakerSpellings | undefined): string[] {
  const names = s.id ? [...(spellings?.get(s.id) ?? [])] : [];
  names.push(s.nameEn, s.asWritten);
  return names.map((n) => n?.trim()).filter((n): n is string => !!n);
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
  return inBody ? { start: s.start, end: s.end, quote: s.quote } : { start: s.start, end: s.end, text: s.text, quote: s.quote };
}

/** The flexsearch documents of a side-table entry (also used to rebuild the index from the table). */
export function flexDocsOf(entry: ArticleEntry): FlexDoc[] {
  return entry.docs.map((meta) => {
    const f: FlexDoc = { id: meta.id, type: meta.type, lang: meta.lang };
    let head = '';
    let text: string;
    let quote = '';
    if (meta.si < 0) {
      head = [entry.headline, entry.subheadline].filter(Boolean).join('\n');
      text = entry.body;
    } else {
      const s = entry.statements[meta.si];
      text = s.text ?? entry.body.slice(s.start, s.end);
      quote = s.quote ?? '';
    }
    if (head) f.head = clean(head);
    if (text) f.text = clean(text);
    if (quote) f.quote = clean(quote);
    if (meta.names) f.names = meta.names;
    if (meta.spk.length) f.spk = meta.spk;
    if (meta.inst.length) f.inst = meta.inst;
    if (meta.outlet) f.outlet = meta.outlet;
    if (meta.date) f.year = meta.date.slice(0, 4);
    if (meta.kind) f.kind = meta.kind;
    if (meta.official !== null) f.official = meta.official ? 'yes' : 'no';
    return f;
  });
}

/**
 * Side-table entry for `article`; `firstId` is the flexsearch id of the article document, its
 * statements take the following ids.
 */
export function buildArticleEntry(article: Article, firstId: number, spellings?: SpeakerSpellings): ArticleEntry {
  const body = article.body ?? '';
  const statements = article.statements ?? [];
  const outlet = article.outlet?.trim() || null;
  const lang = article.language ?? 'other';
  const articleDate = article.date?.date ?? null;

  const meta = (type: DocType, id: number, si: number): DocMeta => ({
    id, type, articleId: article.id, si, date: null, lang, outlet, spk: [], inst: [], kind: null, official: null, names: '',
  });

  const a = meta('article', firstId, -1);
  a.date = articleDate;
  const allNames: string[] = [];
  const sm = statements.map((s, i) => {
    const m = meta('statement', firstId + 1 + i, i);
    m.date = s.date ?? articleDate;
    m.spk = [speakerKey(s.speaker)];
    m.inst = s.speaker.institution ? [s.speaker.institution] : [];
    m.kind = s.kind;
    m.official = !!s.speaker.russianOfficial;
    const names = speakerNames(s.speaker, spellings);
    m.names = clean(unique(names).join('\n'));
    allNames.push(...names);
    a.spk.push(...m.spk);
    a.inst.push(...m.inst);
    return m;
  });
  a.spk = unique(a.spk);
  a.inst = unique(a.inst);
  a.official = statements.length ? statements.some((s) => s.speaker.russianOfficial) : null;
  a.names = clean(unique(allNames).join('\n'));

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
  list: readonly { id: string; nameEn: string; names: { ar?: string[]; en?: string[]; ru?: string[] } }[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of list) {
    out.set(e.id, unique([e.nameEn, ...(e.names.en ?? []), ...(e.names.ru ?? []), ...(e.names.ar ?? [])]));
  }
  return out;
}
