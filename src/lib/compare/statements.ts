/**
 * Side-by-side comparison of chosen statements: one row per statement with speaker, role, date and
 * outlet, sorted by date (undated last), and the terms they share — content words (tokens.ts match
 * keys, stopwords left out) found in at least two of the statements — with the offsets of every
 * occurrence in each statement's text, so the UI can highlight them. Terms are shown in the form
 * most often written. Works on any language mix: a term is shared across Arabic, English and Russian
 * statements only when written alike (names in Latin script, numbers).
 */

import type { Article, Statement } from '../model/article';
import { compareTokens, isContent } from './tokens';
import type { CToken } from './tokens';

/** What compareStatements needs of an article. */
export type ArticleInfo = Pick<Article, 'id' | 'outlet' | 'date' | 'language'> &
  Partial<Pick<Article, 'creditedSource' | 'headline' | 'url'>>;

export interface StatementItem {
  statement: Statement;
  article: ArticleInfo;
}

export interface Highlight {
  /** Match key of the shared term (see SharedTerm.term). */
  term: string;
  /** Offsets into the statement's text. */
  start: number;
  end: number;
}

export interface StatementRow {
  /** Index of the item in the input. */
  item: number;
  articleId: string;
  speaker: string;
  speakerId: string | null;
  role: string | null;
  institution: string | null;
  /** The statement's own date, else the article's (ISO), or null. */
  date: string | null;
  outlet: string | null;
  /** The source the article credits (a news agency, another outlet), when it says. */
  creditedSource: string | null;
  language: Article['language'];
  kind: Statement['kind'];
  text: string;
  quote: string | null;
  highlights: Highlight[];
}

export interface SharedTerm {
  term: string;
  /** The form most often written. */
  label: string;
  /** Row indexes (into `rows`) of the statements holding it. */
  rows: number[];
  occurrences: number;
}

export interface StatementComparison {
  rows: StatementRow[];
  shared: SharedTerm[];
}

export interface StatementCompareOptions {
  /** 'date-asc' (default), 'date-desc', or 'input' to keep the order given. Undated rows go last. */
  order?: 'date-asc' | 'date-desc' | 'input';
  /** Fewest statements a term must appear in to count as shared (default 2). */
  minStatements?: number;
}

export function statementDate(it: StatementItem): string | null {
  return it.statement.date ?? it.article.date?.date ?? null;
}

/** Sorts by date; undated last; ties by article id then position. */
function byDate(items: StatementItem[], order: 'date-asc' | 'date-desc'): number[] {
  const idx = items.map((_, i) => i);
  const sign = order === 'date-desc' ? -1 : 1;
  return idx.sort((x, y) => {
    const a = statementDate(items[x]);
    const b = statementDate(items[y]);
    if (a !== b) {
      if (a === null) return 1;
      if (b === null) return -1;
      return a < b ? -sign : sign;
    }
    const ia = items[x].article.id;
    const ib = items[y].article.id;
    if (ia !== ib) return ia < ib ? -1 : 1;
    return items[x].statement.start - items[y].statement.start || x - y;
  });
}

/** Compares statements side by side (see the module paragraph). */
export function compareStatements(
  items: StatementItem[],
  opts: StatementCompareOptions = {},
): StatementComparison {
  const order = opts.order ?? 'date-asc';
  const min = opts.minStatements ?? 2;
  const idx = order === 'input' ? items.map((_, i) => i) : byDate(items, order);
  const tokens: CToken[][] = idx.map((i) => compareTokens(items[i].statement.text).filter(isContent));

  const holders = new Map<string, Set<number>>();
  const forms = new Map<string, Map<string, number>>();
  tokens.forEach((ts, r) => {
    for (const t of ts) {
      if (!holders.has(t.key)) holders.set(t.key, new Set());
      holders.get(t.key)!.add(r);
      if (!forms.has(t.key)) forms.set(t.key, new Map());
      const f = forms.get(t.key)!;
      f.set(t.text, (f.get(t.text) ?? 0) + 1);
    }
  });
  const sharedKeys = new Set([...holders].filter(([, rs]) => rs.size >= min).map(([k]) => k));

  const rows: StatementRow[] = idx.map((i, r) => {
    const { statement: s, article: a } = items[i];
    return {
      item: i,
      articleId: a.id,
      speaker: s.speaker.nameEn,
      speakerId: s.speaker.id,
      role: s.speaker.role,
      institution: s.speaker.institution,
      date: statementDate(items[i]),
      outlet: a.outlet ?? null,
      creditedSource: a.creditedSource ?? null,
      language: a.language,
      kind: s.kind,
      text: s.text,
      quote: s.quote,
      highlights: tokens[r]
        .filter((t) => sharedKeys.has(t.key))
        .map((t) => ({ term: t.key, start: t.start, end: t.end })),
    };
  });

  const shared: SharedTerm[] = [...sharedKeys].map((term) => {
    const f = forms.get(term)!;
    const label = [...f].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
    return {
      term,
      label,
      rows: [...holders.get(term)!].sort((x, y) => x - y),
      occurrences: [...f.values()].reduce((s, n) => s + n, 0),
    };
  });
  shared.sort(
    (x, y) => y.rows.length - x.rows.length || y.occurrences - x.occurrences || (x.term < y.term ? -1 : 1),
  );
  return { rows, shared };
}
