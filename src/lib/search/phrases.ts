/**
 * Phrase checks for the engine: does a document contain each phrase of the query, words adjacent
 * and in order? Headline, subheadline, body and statement text are checked on the compact token
 * sequences of token-seq.ts (built when an article is indexed, or on first need after an index
 * was opened from storage); the short texts — a statement's quote and the speaker's names — are
 * tokenized on the spot.
 */

import type { ArticleEntry, DocMeta, DocTable } from './doc-table';
import { textsContainPhrases } from './match';
import { encodeArticle, FormTable, seqHasPhrase } from './token-seq';
import type { ArticleSeq, EncodedArticle } from './token-seq';

/** A query's phrases made ready for checking: one form mask per phrase word. */
export interface PreparedPhrases {
  phrases: string[][];
  masks: Uint8Array[][];
  /** Number of forms the masks cover (forms interned later need the masks topped up). */
  covered: number;
  /** Speaker key + phrase index → whether one of the speaker's names contains the phrase. */
  inNames: Map<string, boolean>;
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
    return { phrases, masks, covered: this.forms.forms.length, inNames: new Map() };
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

  /**
   * True when every phrase occurs in one text of the document: the headline, subheadline or body
   * of an article, the text or quote of a statement — or, as `inNames(i)` tells, in a name of
   * one of its speakers.
   */
  contains(meta: DocMeta, p: PreparedPhrases, inNames: (phrase: number) => boolean): boolean {
    if (!p.phrases.length) return true;
    const seq = this.seqOf(meta.articleId);
    if (!seq) return false;
    this.refresh(p);
    const from = meta.si < 0 ? 0 : seq.ranges[2 * meta.si];
    const to = meta.si < 0 ? seq.articleEnd : seq.ranges[2 * meta.si + 1];
    const quote = meta.si < 0 ? null : this.table.articles.get(meta.articleId)?.statements[meta.si]?.quote;
    for (let i = 0; i < p.phrases.length; i++) {
      if (seqHasPhrase(seq.ids, from, to, p.masks[i])) continue;
      if (quote && textsContainPhrases([quote], [p.phrases[i]])) continue;
      if (!inNames(i)) return false;
    }
    return true;
  }
}
