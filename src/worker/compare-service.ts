/**
 * Comparisons in the worker. Each item of a CompareSpec is resolved against the library
 * (lib/share/verify: in the library, the library differs, from the link, missing): an article the
 * library holds is used as served (corrections applied); one only in the link is extracted from
 * the link's text with the current engine and lists, never stored. Then mode 'versions' compares
 * the articles' bodies (lib/compare compareTexts) and mode 'statements' puts the statements side by
 * side (compareStatements) with related statements found through the search index.
 * Resolution happens here rather than in the page so that article texts need not cross twice.
 */
import type { Article, Statement } from '../lib/model/article';
import { compareStatements, compareTexts, lookupTerms, relatedStatements, type StatementItem } from '../lib/compare';
import { findStatement, resolveItems } from '../lib/share/verify';
import type { CompareItem, CompareSpec } from '../lib/share/spec';
import type { CompareArticle, CompareResult, RelatedView, ResolvedCompareItem } from '../protocol';
import type { Library } from './library';
import type { Pipeline } from './pipeline';
import type { SearchService } from './search-service';
import type { Stores } from './stores';

const RELATED_LIMIT = 6;

/** Letters and digits only: the same wording whatever the spacing and punctuation. */
const letters = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]|\u0640/gu, '').toLowerCase();
/** Key words of each compared statement looked up in the index, and matches taken per word. */
const TERMS_PER_ITEM = 8;
const PER_TERM = 100;
/** Most candidate statements ranked. */
const MAX_CANDIDATES = 2000;

interface Found {
  resolved: ResolvedCompareItem;
  article: Article | null;
}

function view(a: Article, story: string[]): CompareArticle {
  return {
    id: a.id,
    headline: a.headline,
    body: a.body,
    outlet: a.outlet,
    date: a.date.date,
    language: a.language,
    nearDuplicates: story,
  };
}

/** A statement made of what the link says, when the extraction here finds no such statement. */
function fromLink(item: CompareItem): Statement | null {
  if (!item.statementText) return null;
  const sp = item.speaker;
  return {
    speaker: {
      id: null,
      nameEn: sp?.nameEn ?? '?',
      asWritten: sp?.nameEn ?? '?',
      role: sp?.role ?? null,
      russianOfficial: sp?.russianOfficial ?? false,
      institution: null,
      listed: false,
    },
    kind: 'reported',
    aboutSyria: true,
    text: item.statementText,
    quote: null,
    date: item.date ?? null,
    start: 0,
    end: item.statementText.length,
  };
}

function embedOf(item: CompareItem, a: Article, s: Statement | undefined): CompareItem {
  const e: CompareItem = { articleId: a.id, text: a.raw };
  if (a.headline) e.headline = a.headline;
  const date = s?.date ?? a.date.date;
  if (date) e.date = date;
  if (a.outlet) e.outlet = a.outlet;
  e.language = a.language;
  if (item.statementIndex !== undefined) {
    e.statementIndex = item.statementIndex;
    if (s) {
      e.statementText = s.text;
      e.speaker = { nameEn: s.speaker.nameEn, role: s.speaker.role, russianOfficial: s.speaker.russianOfficial };
    }
  }
  return e;
}

export class CompareService {
  constructor(
    private readonly stores: Stores,
    private readonly library: Library,
    private readonly pipeline: () => Promise<Pipeline>,
    private readonly search: SearchService,
  ) {}

  async #extract(item: CompareItem): Promise<Article> {
    const p = await this.pipeline();
    return p.reextract({
      raw: item.text ?? '',
      meta: { format: 'txt' },
      record: 0,
      entry: null,
      id: item.articleId,
      file: 'link',
      fileId: '',
      addedAt: 0,
    } as unknown as Article);
  }

  async #resolve(spec: CompareSpec): Promise<Found[]> {
    const held = await Promise.all(spec.items.map((it) => this.library.article(it.articleId)));
    const statuses = await resolveItems(spec.items, (id) => held.find((h) => h?.article.id === id)?.article.raw);
    return Promise.all(
      spec.items.map(async (item, i): Promise<Found> => {
        const status = statuses[i];
        const lib = held[i]?.article ?? null;
        const article = lib ?? (status.source === 'from-link' ? await this.#extract(item) : null);
        if (!article) return { resolved: { status, article: null, statementIndex: null, embed: null }, article };
        const si = item.statementIndex === undefined ? -1 : findStatement(article.statements, item);
        const statementIndex = si >= 0 ? si : null;
        const s = statementIndex === null ? undefined : article.statements[statementIndex];
        const embed = lib ? embedOf(item, lib, s) : item;
        return { resolved: { status, article: view(article, held[i]?.story ?? []), statementIndex, embed }, article };
      }),
    );
  }

  async compare(spec: CompareSpec): Promise<CompareResult> {
    const found = await this.#resolve(spec);
    const result: CompareResult = {
      items: found.map((f) => f.resolved),
      versionItems: [],
      versions: null,
      statements: null,
      statementItems: [],
      related: [],
    };
    if (spec.mode === 'versions') {
      const idx = found.map((_, i) => i).filter((i) => found[i].article);
      if (spec.options.sort === 'date') {
        const d = (i: number) => found[i].article!.date.date ?? '9999';
        idx.sort((x, y) => (d(x) < d(y) ? -1 : d(x) > d(y) ? 1 : x - y));
      }
      result.versionItems = idx;
      if (idx.length >= 2) {
        const base = Math.max(0, idx.indexOf(spec.options.base));
        result.versions = compareTexts(
          idx.map((i) => ({ id: found[i].article!.id, text: found[i].article!.body, language: found[i].article!.language })),
          { base },
        );
      }
      return result;
    }
    const items: StatementItem[] = [];
    found.forEach((f, i) => {
      if (!f.article) return;
      const s =
        f.resolved.statementIndex !== null ? f.article.statements[f.resolved.statementIndex] : fromLink(spec.items[i]);
      if (!s) return;
      items.push({ statement: s, article: f.article });
      result.statementItems.push(i);
    });
    result.statements = compareStatements(items, { order: spec.options.sort === 'date' ? 'date-asc' : 'input' });
    if (items.length) result.related = await this.#related(items);
    return result;
  }

  /**
   * Statements of the library related to the compared ones, leaving those out: candidates are
   * looked up in the search index (statements holding any of the compared statements' key words,
   * and statements of the same speakers), then ranked against each compared statement; a
   * candidate keeps its best score. Two lists: the same speaker, other speakers.
   */
  async #related(chosen: StatementItem[]): Promise<RelatedView[]> {
    const key = (articleId: string, s: { start: number; end: number }) => `${articleId}:${s.start}:${s.end}`;
    const taken = new Set(chosen.map((c) => key(c.article.id, c.statement)));
    const words = [...new Set(chosen.flatMap((c) => lookupTerms(c, TERMS_PER_ITEM)))];
    const speakers = [...new Set(chosen.flatMap((c) => (c.statement.speaker.id ? [c.statement.speaker.id] : [])))];
    const found = (await this.search.statementsWith(words, speakers, PER_TERM)).slice(0, MAX_CANDIDATES);
    const ids = [...new Set(found.map((f) => f.articleId))];
    const articles = new Map<string, Article>();
    for (let i = 0; i < ids.length; i += 500)
      for (const a of await this.stores.articles.getMany(ids.slice(i, i + 500)))
        if (a) articles.set(a.id, (await this.library.served(a)).article);
    const candidates: StatementItem[] = [];
    const where: number[] = [];
    for (const f of found) {
      const a = articles.get(f.articleId);
      const s = a?.statements[f.statementIndex];
      if (!a || !s || taken.has(key(a.id, s))) continue;
      candidates.push({ statement: s, article: a });
      where.push(f.statementIndex);
    }
    const best = new Map<number, { score: number; shared: string[]; sameSpeaker: boolean }>();
    for (const target of chosen) {
      const r = relatedStatements(target, candidates, { limit: RELATED_LIMIT * 2 });
      for (const [list, same] of [[r.sameSpeaker, true], [r.otherSpeakers, false]] as const)
        for (const x of list) {
          const had = best.get(x.index);
          // Same speaker as any compared statement counts as the same-speaker list.
          if (!had || x.score > had.score) best.set(x.index, { score: x.score, shared: x.shared, sameSpeaker: same || !!had?.sameSpeaker });
          else if (same) had.sameSpeaker = true;
        }
    }
    // One suggestion per wording: the same statement as another outlet carried it is not a new
    // statement (nor is a compared statement's own copy).
    const wording = (text: string) => letters(text);
    const said = new Set(chosen.map((c) => wording(c.statement.text)));
    const ranked = [...best]
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .filter(([index]) => {
        const w = wording(candidates[index].statement.text);
        if (said.has(w)) return false;
        said.add(w);
        return true;
      });
    const view = ([index, x]: (typeof ranked)[number]): RelatedView => {
      const c = candidates[index];
      return {
        articleId: c.article.id,
        statementIndex: where[index],
        speaker: c.statement.speaker.nameEn,
        role: c.statement.speaker.role,
        date: c.statement.date ?? c.article.date?.date ?? null,
        outlet: c.article.outlet ?? null,
        text: c.statement.text,
        score: x.score,
        shared: x.shared,
        sameSpeaker: x.sameSpeaker,
      };
    };
    return [
      ...ranked.filter(([, x]) => x.sameSpeaker).slice(0, RELATED_LIMIT).map(view),
      ...ranked.filter(([, x]) => !x.sameSpeaker).slice(0, RELATED_LIMIT).map(view),
    ];
  }
}
