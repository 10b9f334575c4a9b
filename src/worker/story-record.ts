/** What the story index (stories.ts) keeps of an article: made where the article is extracted. */
import type { Article } from '../lib/model/article';
import { signature } from '../lib/cluster';
import type { StoryRecord } from './stores';

export function storyRecord(a: Pick<Article, 'id' | 'headline' | 'body' | 'date' | 'ownDate'>): StoryRecord {
  // A date lent by the story is not the article's own: only own dates are lent on.
  return { ...signature({ id: a.id, text: `${a.headline ?? ''}\n${a.body}` }), headline: a.headline, ownDate: a.ownDate ?? a.date };
}
