/**
 * Phrase checks for the engine: does a document contain each phrase of the query, words adjacent
 * and in order? Headline, subheadline, body, statement text and quote are checked on the compact
 * token sequences of token-seq.ts (built when an article is indexed, or on first need after an
 * index was opened from storage): each article's sequence is scanned once per query and phrase,
 * and its documents (the article, its statements) look up the occurrences that fall in their
 * ranges. Speakers' names are short and tokenized on the spot (engine, memoised per query).
 * The same sequences give the highlight ranges of a result page's bodies and statements
 * (seq-highlight.ts), so a page costs no re-tokenizing of long texts.
 */

import type { ArticleEntry, DocTable } from './doc-table';
import type { QueryTerms } from './match';
import { bodyHighlights, sliceHighlights } from './seq-highlight';
import { isCleanSlice } from './encoder';
import { encodeArticle, FormTable, phraseStarts } from './token-seq';
import type { ArticleSeq, EncodedArticle } from './token-seq';

/** A query's phrases made ready for checking: one form mask per phrase word. */
export interface PreparedPhrases {
  phrases: string[][];
  masks: Uint8Array[][];
  /** Number of forms the masks cover (forms interned later need the masks topped up). */
  covered: number;
  /** Per phrase: speaker code → whether one of the speaker's names contains the phrase. */
  inNames: Map<number, boolean>[];
  /** Article code → per phrase, the start positions of its occurrences in the article's sequence. */
  starts: Map<number, number[][]>;
}

/** A query's highlight terms as form masks: one for all single words, one per phrase word. */
export interface HighlightMasks {
  terms: QueryTerms;
  words: Uint8Array | null;
  phrases: Uint8Array[][];
  covered: number;
}

export class PhraseIndex {
  private forms = new FormTable();
  private readonly seqs = new Map<string, ArticleSeq>();

  constructor(private readonly table: DocTable) {}

  /** Tokenizes an article once: keeps its sequence, returns the texts for flexsearch. */
  encode(entry: ArticleEntry): EncodedArticle {
    const enc = encodeArticle(entry, this.forms);
    this.seqs.set(entry.id, enc.seq);
    return enc;
  }

  /** The interned forms (token-seq.ts FormTable): form id → its terms; a new list after clear(). */
  get formTerms(): readonly (readonly string[])[] {
    return this.forms.forms;
  }

  drop(articleId: string): void {
    this.seqs.delete(articleId);
  }

  clear(): void {
    this.seqs.clear();
    this.forms = new FormTable();
  }

  prepare(phrases: string[][]): PreparedPhrases {
    const masks = phrases.map((p) => p.map((t) => this.forms.mask(t, null)));
    return {
      phrases,
      masks,
      covered: this.forms.forms.length,
      inNames: phrases.map(() => new Map()),
      starts: new Map(),
    };
  }

  prepareHighlights(terms: QueryTerms): HighlightMasks {
    let words: Uint8Array | null = null;
    for (const t of terms.words) words = this.forms.mask(t, words);
    const phrases = terms.phrases.map((p) => p.map((t) => this.forms.mask(t, null)));
    return { terms, words, phrases, covered: this.forms.size };
  }

  /**
   * Highlight ranges of the query in an article's body (the first `max`), from its token
   * sequence (seq-highlight.ts); null when the article is unknown.
   */
  bodyHighlights(articleId: string, body: string, h: HighlightMasks, max: number): [number, number][] | null {
    const seq = this.seqOf(articleId);
    if (!seq) return null;
    this.refreshHighlights(h);
    return bodyHighlights(body, seq, h.words, h.phrases, max);
  }

  /**
   * Highlight ranges of the query in the text of statement `si` (relative to it, the first
   * `max`), from the article's token sequence; null when that cannot give the very ranges
   * tokenizing the statement text gives (a statement with its own text, or one cut inside a
   * word), and the caller tokenizes.
   */
  statementHighlights(
    articleId: string,
    si: number,
    h: HighlightMasks,
    max: number,
  ): [number, number][] | null {
    const entry = this.table.articles.get(articleId);
    const s = entry?.statements[si];
    if (!entry || !s || s.text !== undefined || !isCleanSlice(entry.body, s.start, s.end)) return null;
    const seq = this.seqOf(articleId);
    if (!seq) return null;
    this.refreshHighlights(h);
    const from = seq.ranges[2 * si] - seq.bodyAt;
    const to = seq.ranges[2 * si + 1] - seq.bodyAt;
    return sliceHighlights(entry.body, seq, from, to, s.start, h.words, h.phrases, max);
  }

  private refreshHighlights(h: HighlightMasks): void {
    if (h.covered === this.forms.size) return;
    for (const t of h.terms.words) h.words = this.forms.mask(t, h.words);
    h.phrases = h.phrases.map((m, i) => m.map((mask, k) => this.forms.mask(h.terms.phrases[i][k], mask)));
    h.covered = this.forms.size;
  }

  /** Tops the masks up after sequences built on demand interned new forms. */
  private refresh(p: PreparedPhrases) {
    if (p.covered === this.forms.forms.length) return;
    p.masks = p.masks.map((m, i) => m.map((mask, k) => this.forms.mask(p.phrases[i][k], mask)));
    p.covered = this.forms.forms.length;
  }

  private seqOf(articleId: string): ArticleSeq | null {
    let seq = this.seqs.get(articleId);
    if (!seq) {
      const entry = this.table.articles.get(articleId);
      if (!entry || this.table.textless.has(articleId)) return null;
      seq = this.encode(entry).seq;
    }
    return seq;
  }

  /** Per phrase, where it starts in the article's sequence (scanned once per query). */
  private startsIn(article: number, articleId: string, p: PreparedPhrases): number[][] | null {
    let starts = p.starts.get(article);
    if (!starts) {
      const seq = this.seqOf(articleId);
      if (!seq) return null;
      this.refresh(p);
      starts = p.masks.map((m) => phraseStarts(seq.ids, m));
      p.starts.set(article, starts);
    }
    return starts;
  }

  /**
   * True when every phrase occurs in one text of document `si` of the article (code `article`
   * in columns.ts, memo key): the headline, subheadline or body of the article (si −1), the text
   * or quote of statement si — or, as `inNames(i)` tells, in a name of
   * one of its speakers.
   */
  contains(
    article: number,
    articleId: string,
    si: number,
    p: PreparedPhrases,
    inNames: (phrase: number) => boolean,
  ): boolean {
    if (!p.phrases.length) return true;
    const starts = this.startsIn(article, articleId, p);
    if (!starts) return false;
    const seq = this.seqs.get(articleId)!;
    const within = (list: number[], from: number, to: number, len: number) => {
      for (const s of list) if (s >= from && s + len <= to) return true;
      return false;
    };
    for (let i = 0; i < p.phrases.length; i++) {
      const list = starts[i];
      const len = p.phrases[i].length;
      if (list.length) {
        if (si < 0) {
          if (within(list, 0, seq.articleEnd, len)) continue;
        } else {
          const r = seq.ranges;
          const q = seq.quotes;
          if (within(list, r[2 * si], r[2 * si + 1], len)) continue;
          if (q[2 * si + 1] > 0 && within(list, q[2 * si], q[2 * si + 1], len)) continue;
        }
      }
      if (!inNames(i)) return false;
    }
    return true;
  }
}
