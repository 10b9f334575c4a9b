/**
 * The plain-data shapes of a text comparison: what `compareTexts` returns and the UI renders (the
 * worker computes it and posts it as is, so nothing here holds functions, Maps or class instances).
 * Offsets are UTF-16 offsets into the full text of the version they belong to, never into a
 * paragraph, so the UI can mark a change or jump to it without any arithmetic.
 */

import type { Language } from '../model/article';

export interface VersionInput {
  id: string;
  text: string;
  language: Language;
}

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  /** Position in its version, from 0. */
  index: number;
  /** Number of word tokens. */
  tokens: number;
}

/**
 * What differs at one place of an aligned paragraph pair:
 * - insert / delete / replace: words only in the other version / only in the base / swapped;
 * - form: the same word in another grammatical form or with another clitic (تتخل / تتخلي, قال / وقال);
 * - spelling: the same word spelled differently (سيرغي / سيرجي, hamza, ى/ي, ة/ه, digits, diacritics,
 *   tatweel, letter case, quote style, punctuation spacing).
 */
export type ChangeKind = 'insert' | 'delete' | 'replace' | 'form' | 'spelling';

export type Severity = 'meaning' | 'wording' | 'spelling';

/** Why a difference changes the meaning. Listed in this order of importance. */
export type MeaningKind = 'negation' | 'number' | 'name' | 'attribution';

export interface Change {
  kind: ChangeKind;
  severity: Severity;
  /** In the base text; zero-width (start = end) at the insertion point for an insert. */
  base: Span;
  /** In the other text; zero-width at the deletion point for a delete. */
  other: Span;
  baseText: string;
  otherText: string;
  /** Set on form/spelling changes of the characters between words (quotes, punctuation). */
  punctuation?: boolean;
}

/** A meaning-changing difference: one or more neighbouring changes read together. */
export interface MeaningFinding {
  kinds: MeaningKind[];
  /** Human-readable, e.g. "negation: لم، تماما → لا". */
  details: string[];
  base: Span;
  other: Span;
  baseText: string;
  otherText: string;
  /** Paragraph indexes (in their versions) where the finding starts, for "jump to". */
  baseParagraph: number;
  otherParagraph: number;
  /** Indexes into the link's `changes`. */
  changes: number[];
}

export interface ParagraphLink {
  /** Base paragraph indexes (more than one when the other version merged them), ascending. */
  base: number[];
  /** Other-version paragraph indexes (more than one when the other version split it), ascending. */
  other: number[];
  kind: 'match' | 'split' | 'merge';
  /** Similarity of the linked paragraphs' content words, 0–1. */
  score: number;
  /** True when the paragraph stands elsewhere in the order of the other version. */
  moved: boolean;
  changes: Change[];
  findings: MeaningFinding[];
}

export interface PairStats {
  /** Dice over word tokens, 0–100: 2 × words kept (same or spelling variant) / (words in base + words in other). */
  similarity: number;
  /** Words changed inside linked paragraphs (per change the larger side; form changes count). */
  wordsChanged: number;
  spellingVariants: number;
  movedParagraphs: number;
}

/** The base version against one other version. */
export interface PairComparison {
  /** Index of the other version in `Comparison.versions`. */
  other: number;
  links: ParagraphLink[];
  onlyInBase: number[];
  onlyInOther: number[];
  stats: PairStats;
}

export interface RowCell {
  paragraphs: number[];
  moved: boolean;
  /** Indexes into the links of this version's pair (empty for the base and for unlinked paragraphs). */
  links: number[];
}

/** One row of the side-by-side view: one cell per version (empty when absent there). */
export interface Row {
  cells: RowCell[];
}

export interface MeaningRef {
  /** Index into `pairs`. */
  pair: number;
  link: number;
  finding: number;
  kinds: MeaningKind[];
  details: string[];
  baseParagraph: number;
  otherParagraph: number;
  base: Span;
  other: Span;
}

export interface Summary {
  /** Mean of the pairs' similarity, 0–100 (equals it for two versions). */
  similarity: number;
  /** Per version: paragraphs aligned with no paragraph of any other version. */
  paragraphsOnlyIn: number[][];
  wordsChanged: number;
  spellingVariants: number;
  movedParagraphs: number;
  /** Meaning-changing differences, most important kind first, then in base order. */
  meaningChanges: MeaningRef[];
}

export interface VersionView {
  id: string;
  language: Language;
  paragraphs: Paragraph[];
  tokens: number;
}

export interface Comparison {
  /** Index of the base version. */
  base: number;
  versions: VersionView[];
  /** One per non-base version, in version order. */
  pairs: PairComparison[];
  rows: Row[];
  summary: Summary;
}
