/**
 * Phrase checks for the engine: does a document contain each phrase of the query, words adjacent
 * and in order? Headline, subheadline, body, statement text and quote are checked on the compact
 * token sequences of token-seq.ts (built when an article is indexed, or on first need after an
 * index was opened from storage): each article's sequence is scanned once per query and phrase,
 * and its documents (the article, its statements) look up the occurrences that fall in their
 * ranges. Speakers' names are short and tokenized on the spot (engine, memoised per query).
 */

import type { ArticleEntry, DocTable } from './doc-table';
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
      if (!entry) return null;
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
