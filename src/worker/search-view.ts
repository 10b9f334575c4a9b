/**
 * Turns the search engine's hits (ids, parts and ranges) into what the UI shows: the statement's
 * text, or a snippet of the article around its first match, with the matched ranges moved into it.
 */
import type { Article } from '../lib/model/article';
import type { SearchHit } from '../lib/search';
import type { SearchHitView } from '../protocol';
import { provisionalTitle } from '../lib/model/title';

const CONTEXT = 110;

function clip(text: string, ranges: [number, number][]): Pick<SearchHitView, 'text' | 'clipped' | 'ranges'> {
  if (text.length <= CONTEXT * 3 || ranges.length === 0) {
    return { text: text.length > CONTEXT * 3 ? text.slice(0, CONTEXT * 3) : text, clipped: { before: false, after: text.length > CONTEXT * 3 }, ranges: ranges.filter(([, e]) => e <= CONTEXT * 3) };
  }
  let start = Math.max(0, ranges[0][0] - CONTEXT);
  let end = Math.min(text.length, ranges[0][1] + CONTEXT * 2);
  // Cut at spaces, not inside words.
  const sp = text.lastIndexOf(' ', start);
  if (start > 0 && sp > start - 20) start = sp + 1;
  const ep = text.indexOf(' ', end);
  if (end < text.length && ep > 0 && ep < end + 20) end = ep;
  return {
    text: text.slice(start, end),
    clipped: { before: start > 0, after: end < text.length },
    ranges: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start]),
  };
}

export function hitView(hit: SearchHit, article: Article): SearchHitView {
  const st = hit.statementIndex !== null ? article.statements[hit.statementIndex] : undefined;
  const base = {
    type: hit.type,
    articleId: article.id,
    statementIndex: hit.statementIndex,
    title: article.headline ?? provisionalTitle(article.body),
    outlet: article.outlet,
    date: st?.date && st.date !== article.date.date ? { ...article.date, date: st.date, precision: 'day' as const, window: null } : article.date,
    language: article.language,
    speaker: st ? { id: st.speaker.id, nameEn: st.speaker.nameEn, russianOfficial: st.speaker.russianOfficial } : null,
    kind: st?.kind ?? null,
  };
  if (st) {
    const ranges = hit.highlights.filter((h) => h.part === 'statement').flatMap((h) => h.ranges);
    return { ...base, text: st.text, clipped: { before: false, after: false }, ranges };
  }
  const body = hit.highlights.find((h) => h.part === 'body' && h.ranges.length > 0);
  if (body) return { ...base, ...clip(article.body, body.ranges) };
  const head = hit.highlights.find((h) => h.part === 'headline');
  return { ...base, ...clip(article.headline ?? article.body, head?.ranges ?? []) };
}
