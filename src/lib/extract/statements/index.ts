/**
 * Statements: reported speech, quotations and "Speaker: claim" lines with their speakers, and
 * whether each concerns Syria. See extract-statements.ts.
 */

export { extractStatements } from './extract-statements';
export type { StatementInput, StatementResult } from './extract-statements';
export { isAboutSyria } from './about-syria';
export { findQuotes } from './quotes';
export type { QuoteSpan } from './quotes';
export { splitSentences } from './sentences';
