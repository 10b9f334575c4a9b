/**
 * Extraction of a batch of records (one drop, or the CLI's inputs): the cross-document chrome
 * model is built first from all of them (merged into the caller's, if any), every record is
 * extracted, content ids are computed, near-duplicate stories are found over headline + body,
 * and dated members of a story lend their date to undated ones (statements are re-dated then).
 * Pure apart from Web Crypto hashing; the worker and the CLI share it.
 */
import type { RawRecord } from '../model/article';
import { articleId } from '../model/ids';
import { findNearDuplicates, propagateDates } from '../cluster';
import { addToChromeModel, emptyChromeModel, restoreChromeModel } from './chrome-model';
import type { ChromeModel } from './chrome-model';
import type { ArticleExtraction, ExtractContext } from './extract-article';
import { dateStatements, extractArticle } from './extract-article';

export interface BatchArticle {
  record: RawRecord;
  /** Content id (model/ids.ts articleId over the record's text). */
  id: string;
  extraction: ArticleExtraction;
  /** Ids of the other articles of the batch that report the same story. */
  nearDuplicates: string[];
}

export interface BatchResult {
  articles: BatchArticle[];
  /** The chrome model after the batch (the caller may keep it for the next drop). */
  chrome: ChromeModel;
}

/** Groups of ids from an id → other-ids map, each group once, sorted. */
export function clustersOf(links: Map<string, string[]>): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const [id, others] of links) {
    const group = [...new Set([id, ...others])].sort();
    const key = group.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(group);
  }
  return out;
}

/** Extracts a batch of records with cross-document evidence. */
export async function extractBatch(
  records: readonly RawRecord[],
  ctx: ExtractContext = {},
): Promise<BatchResult> {
  const chrome = addToChromeModel(
    ctx.chrome ? restoreChromeModel(JSON.parse(JSON.stringify(ctx.chrome))) : emptyChromeModel(),
    records.map((r) => r.text),
  );
  const inner: ExtractContext = { ...ctx, chrome };
  const extractions = records.map((r) => extractArticle(r, inner));
  const ids = await Promise.all(records.map((r) => articleId(r.text)));

  // One cluster document per distinct id (the same text read twice has one id).
  const firstOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!firstOf.has(id)) firstOf.set(id, i);
  });
  const docs = [...firstOf].map(([id, i]) => ({
    id,
    text: `${extractions[i].headline ?? ''}\n${extractions[i].body}`,
  }));
  const links = findNearDuplicates(docs);

  const dated = propagateDates(
    [...firstOf].map(([id, i]) => ({ id, date: extractions[i].date, headline: extractions[i].headline })),
    clustersOf(links),
  );
  const articles = records.map((record, i): BatchArticle => {
    let extraction = extractions[i];
    const lent = dated.get(ids[i]);
    if (lent) {
      extraction = {
        ...extraction,
        date: lent,
        statements: dateStatements(extraction.statements, lent, extraction.language),
      };
    }
    return { record, id: ids[i], extraction, nearDuplicates: links.get(ids[i]) ?? [] };
  });
  return { articles, chrome };
}
