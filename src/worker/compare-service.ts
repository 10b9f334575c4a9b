/**
 * Comparisons in the worker. Each item of a CompareSpec is resolved against the library
 * (lib/share/verify: in the library, the library differs, from the link, missing): an article the
 * library holds is used as served (corrections applied); one only in the link is extracted from
 * the link's text with the current engine and lists, never stored. Then mode 'versions' compares
 * the articles' bodies (lib/compare compareTexts) and mode 'statements' puts the statements side by
 * side (compareStatements) with related statements from a bounded scan of the library.
 * Resolution happens here rather than in the page so that article texts need not cross twice.
 */
import type { Article, Statement } from '../lib/model/article';
import { compareStatements, compareTexts, relatedStatements, type StatementItem } from '../lib/compare';
import { findStatement, resolveItems } from '../lib/share/verify';
import type { CompareItem, CompareSpec } from '../lib/share/spec';
import type { CompareArticle, CompareResult, RelatedView, ResolvedCompareItem } from '../protocol';
import type { Library } from './library';
import type { Pipeline } from './pipeline';
import type { Stores } from './stores';

/** Most library articles scanned for related statements. */
const MAX_SCAN = 3000;
const RELATED_LIMIT = 6;

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
    if (items.length) result.related = await this.#related(items[0], items);
    return result;
  }

  /** Statements of the library related to `target` (bounded scan), leaving out those compared. */
  async #related(target: StatementItem, chosen: StatementItem[]): Promise<RelatedView[]> {
    const taken = new Set(chosen.map((c) => `${c.article.id}:${c.statement.start}:${c.statement.end}`));
    const ids = (await this.stores.summaries.keys()).slice(0, MAX_SCAN);
    const candidates: StatementItem[] = [];
    const where: number[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      for (const a of await this.stores.articles.getMany(ids.slice(i, i + 500))) {
        if (!a) continue;
        const served = (await this.library.served(a)).article;
        served.statements.forEach((s, k) => {
          if (taken.has(`${served.id}:${s.start}:${s.end}`)) return;
          candidates.push({ statement: s, article: served });
          where.push(k);
        });
      }
    }
    const r = relatedStatements(target, candidates, { limit: RELATED_LIMIT });
    const out = (list: typeof r.sameSpeaker, sameSpeaker: boolean): RelatedView[] =>
      list.map((x) => {
        const c = candidates[x.index];
        return {
          articleId: c.article.id,
          statementIndex: where[x.index],
          speaker: c.statement.speaker.nameEn,
          role: c.statement.speaker.role,
          date: c.statement.date ?? c.article.date?.date ?? null,
          outlet: c.article.outlet ?? null,
          text: c.statement.text,
          score: x.score,
          shared: x.shared,
          sameSpeaker,
        };
      });
    return [...out(r.sameSpeaker, true), ...out(r.otherSpeakers, false)];
  }
}
