/**
 * User corrections: what a person changed on top of what the engine extracted — a statement's
 * speaker, "not a statement", a statement added by selecting text, the article's date or outlet.
 * Corrections are stored apart from articles, keyed by article id (a content hash), so they
 * survive re-extraction and re-ingest of the same file, and are applied whenever an article is
 * served. A correction that no longer finds its statement is kept and reported as orphaned.
 *
 * NOTE: corrections are persisted; add kinds, never change the meaning of an existing one.
 */
import { addDaysIso } from '../extract/dates/calendar';
import type { Article, DatePrecision, SpeakerRef, Statement, StatementKind } from '../model/article';

/** Identifies a statement across re-extractions: where it lies and what it says. */
export interface StatementKey {
  field: 'headline' | 'body';
  start: number;
  end: number;
  text: string;
}

export type Correction =
  | { kind: 'speaker'; at: number; statement: StatementKey; speaker: SpeakerRef }
  | { kind: 'not-statement'; at: number; statement: StatementKey }
  | { kind: 'add-statement'; at: number; statement: StatementKey; speaker: SpeakerRef; statementKind: StatementKind }
  | { kind: 'date'; at: number; date: string | null; precision: DatePrecision | null }
  | { kind: 'outlet'; at: number; outlet: string | null };

export function statementKey(s: Statement): StatementKey {
  return { field: s.field ?? 'body', start: s.start, end: s.end, text: s.text };
}

/** The statement a key designates: same place and text, else the same text elsewhere, else none. */
export function findStatement(statements: Statement[], key: StatementKey): number {
  const field = (s: Statement) => s.field ?? 'body';
  let i = statements.findIndex((s) => field(s) === key.field && s.start === key.start && s.end === key.end && s.text === key.text);
  if (i < 0) i = statements.findIndex((s) => field(s) === key.field && s.text === key.text);
  return i;
}

export interface Applied {
  article: Article;
  /** Corrections whose statement is no longer there. */
  orphaned: Correction[];
}

/** Applies corrections in the order they were made; later ones win. Pure: returns a new article. */
export function applyCorrections(article: Article, corrections: Correction[]): Applied {
  let statements = article.statements.map((s) => ({ ...s }));
  let { date, outlet, outletEvidence } = article;
  const orphaned: Correction[] = [];
  for (const c of [...corrections].sort((a, b) => a.at - b.at)) {
    switch (c.kind) {
      case 'speaker':
      case 'not-statement': {
        const i = findStatement(statements, c.statement);
        if (i < 0) orphaned.push(c);
        else if (c.kind === 'speaker') statements[i] = { ...statements[i], speaker: c.speaker, corrected: true };
        else statements = statements.filter((_, j) => j !== i);
        break;
      }
      case 'add-statement': {
        const source = c.statement.field === 'headline' ? (article.headline ?? '') : article.body;
        if (source.slice(c.statement.start, c.statement.end) !== c.statement.text) {
          orphaned.push(c);
          break;
        }
        statements.push({
          speaker: c.speaker,
          kind: c.statementKind,
          aboutSyria: true,
          text: c.statement.text,
          quote: null,
          date: date.date,
          start: c.statement.start,
          end: c.statement.end,
          field: c.statement.field,
          corrected: true,
        });
        break;
      }
      case 'date': {
        const old = date.date;
        date = {
          date: c.date,
          precision: c.date ? (c.precision ?? 'day') : null,
          window: c.date ? null : date.window,
          evidence: { basis: 'corrected by you', text: null },
          source: 'user',
          reasoning: [`the engine said ${old ?? 'undated'}`],
        };
        // A statement dated apart from its article ("أمس الأول") keeps its distance from the new date.
        statements = statements.map((s) => {
          if (s.dateOffset !== undefined && s.field !== 'headline') {
            const { dateWindow: _w, ...rest } = s;
            return { ...rest, date: c.date === null ? null : addDaysIso(c.date, s.dateOffset) };
          }
          return s.date === old ? { ...s, date: c.date } : s;
        });
        break;
      }
      case 'outlet':
        outlet = c.outlet;
        outletEvidence = { basis: 'corrected by you', text: null };
        break;
    }
  }
  statements.sort((a, b) => (a.field === 'headline' ? -1 : 0) - (b.field === 'headline' ? -1 : 0) || a.start - b.start);
  return { article: { ...article, statements, date, outlet, outletEvidence }, orphaned };
}
