/** Makes the library-list summary of an article: what the list shows without loading the text. */
import type { Article } from '../lib/model/article';
import type { ArticleSummary } from '../protocol';

const TITLE_WORDS = 12;

/** A provisional title from the first words of the text, when no headline was found. */
export function provisionalTitle(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const head = words.slice(0, TITLE_WORDS).join(' ');
  return words.length > TITLE_WORDS ? head + '…' : head;
}

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
