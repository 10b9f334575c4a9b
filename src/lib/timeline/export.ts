/**
 * Exports of the statements in view: CSV (RFC 4180: CRLF line ends, fields with quotes, commas or
 * line breaks quoted, quotes doubled) in UTF-8 with a byte-order mark, which spreadsheet programs
 * need to read Arabic and Russian; and JSON. The date is written as precisely as it is known
 * (2016-10-11, 2016-10, 2016). Pass the articles to get each statement's full text; without them
 * the text column holds the first words only. A cell that starts with = + - @ (or a tab / CR) is
 * prefixed with an apostrophe so a spreadsheet shows it instead of running it as a formula.
 * The SVG writer lives in svg.ts and is re-exported here.
 */

import type { Article } from '../model/article';
import type { TimelinePoint } from './points';
import { isoOf } from './dates';

export { toSVG } from './svg';
export type { SvgModel, SvgLane } from './svg';

export const CSV_COLUMNS = [
  'date',
  'precision',
  'speaker',
  'role',
  'russian_official',
  'institution',
  'outlet',
  'kind',
  'text',
  'article_id',
  'statement_index',
] as const;

export interface ExportRow {
  date: string;
  precision: string;
  speaker_id: string | null;
  speaker: string;
  role: string | null;
  russian_official: boolean;
  institution: string | null;
  outlet: string | null;
  language: string;
  kind: string;
  text: string;
  article_id: string;
  statement_index: number;
}

type ArticleSource = Iterable<Article> | ReadonlyMap<string, Article> | undefined;

function articleMap(articles: ArticleSource): ReadonlyMap<string, Article> {
  if (!articles) return new Map();
  if (articles instanceof Map) return articles;
  return new Map([...(articles as Iterable<Article>)].map((a) => [a.id, a]));
}

/** One export row per point, in the order given. */
export function exportRows(points: readonly TimelinePoint[], articles?: ArticleSource): ExportRow[] {
  const byId = articleMap(articles);
  return points.map((p) => ({
    date: isoOf(p.t0, p.precision),
    precision: p.precision,
    speaker_id: p.speakerId,
    speaker: p.speakerNameEn,
    role: p.role,
    russian_official: p.russianOfficial,
    institution: p.institution,
    outlet: p.outlet,
    language: p.language,
    kind: p.kind,
    text: byId.get(p.articleId)?.statements?.[p.statementIndex]?.text ?? p.firstWords,
    article_id: p.articleId,
    statement_index: p.statementIndex,
  }));
}

/** One CSV field, quoted when it must be. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of the points (BOM + header + one line per statement, CRLF). */
export function toCSV(points: readonly TimelinePoint[], articles?: ArticleSource): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of exportRows(points, articles)) {
    const cells: unknown[] = [
      r.date,
      r.precision,
      r.speaker,
      r.role,
      r.russian_official,
      r.institution,
      r.outlet,
      r.kind,
      r.text,
      r.article_id,
      r.statement_index,
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** JSON (an array of ExportRow, two-space indent, no BOM). */
export function toJSON(points: readonly TimelinePoint[], articles?: ArticleSource): string {
  return JSON.stringify(exportRows(points, articles), null, 2);
}
