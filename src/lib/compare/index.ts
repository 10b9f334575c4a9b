/**
 * Compare: versions of one text side by side (paragraph alignment, word differences, spelling
 * variants kept apart, meaning changes flagged first), chosen statements side by side with their
 * shared terms, and related statements. Pure functions over plain data; the worker computes, the UI
 * renders.
 */

export { compareTexts, MAX_VERSIONS, MIN_VERSIONS } from './compare';
export type { CompareOptions } from './compare';
export { compareStatements, statementDate } from './statements';
export type {
  ArticleInfo,
  Highlight,
  SharedTerm,
  StatementCompareOptions,
  StatementComparison,
  StatementItem,
  StatementRow,
} from './statements';
export { lookupTerms, relatedStatements } from './related';
export type { Related, RelatedOptions, RelatedStatements } from './related';
export type * from './types';
