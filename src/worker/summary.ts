/** Makes the library-list summary of an article: what the list shows without loading the text. */
import type { Article } from '../lib/model/article';
import type { ArticleSummary } from '../protocol';
import { provisionalTitle } from '../lib/model/title';


export function summarise(a: Article): ArticleSummary {
  return {
    id: a.id,
    title: a.headline ?? provisionalTitle(a.body || a.raw),
    provisionalTitle: !a.headline,
    language: a.language,
    outlet: a.outlet,
    date: a.date,
    file: a.file,
    entry: a.entry,
    statements: a.statements.length,
    addedAt: a.addedAt,
    nearDuplicates: a.nearDuplicates.length,
  };
}
