/**
 * The date engine's public API. It finds date expressions in Arabic, English and Russian text
 * (all Arabic month systems, Hijri dates, three digit systems, weekdays, relative words), reads
 * metadata and URL dates, knows a curated table of dated events of the Syrian war, and decides an
 * article's publication date — or the window it must lie in — with evidence and reasoning.
 * Plain TypeScript, no DOM: runs in Node and in a Web Worker.
 */

export type { DateExpression, RelativeDay } from './types';
export { findDateExpressions } from './expressions';
export { parseMetaDate } from './meta';
export { dateFromUrl } from './url';
export { pastEventConstraints, ALL_PAST_EVENTS } from './events';
export type { PastEvent } from './events-table';
export { resolveArticleDate } from './resolve';
export type { ResolveInput } from './resolve';
export { statementDate, statementWindow } from './relative';
export { hijriToIso, gregorianToHijri } from './hijri';
