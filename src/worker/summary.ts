/** Makes the library-list summary of an article: what the list shows without loading the text. */
import type { Article, DateInfo } from '../lib/model/article';
import type { ArticleSummary } from '../protocol';
import { provisionalTitle } from '../lib/model/title';


function withoutReasoning(d: DateInfo): DateInfo {
  const { reasoning: _r, ...rest } = d;
  return rest;
}

/** A summary as stored; its story facts are added when the library is listed. */
export type StoredSummary = Omit<ArticleSummary, 'story'>;

export function summarise(a: Article): StoredSummary {
  return {
    id: a.id,
    title: a.headline ?? provisionalTitle(a.body || a.raw),
    provisionalTitle: !a.headline,
    language: a.language,
    outlet: a.outlet,
    // The list shows the date and its evidence; the reasoning stays with the article.
    date: withoutReasoning(a.date),
    file: a.file,
    entry: a.entry,
    statements: a.statements.length,
    addedAt: a.addedAt,
  };
}
