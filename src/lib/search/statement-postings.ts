/**
 * The inverted index of statement documents, kept outside flexsearch. A statement's sentence is a
 * slice of its article's body, which is already tokenized (token-seq.ts) and indexed in
 * flexsearch as the article document; handing every statement to flexsearch as a document of
 * its own re-encoded and re-indexed most of the library's text a second time, about half of the
 * time indexing took. Here a statement's words are read off the article's token sequence (form
 * ids, each form's terms interned once), so indexing a statement costs one pass over small
 * integers.
 *
 * Postings have flexsearch's shape and meaning, so the engine treats both alike: per field and
 * term, RESOLUTION slots of document ids, slot = where the term first occurs in the field
 * (flexsearch's get_score for `tokenize: 'strict'`, words counted with their clitic
 * alternatives, as flexsearch counted the encoded texts it was given). Ids are added in
 * increasing order, so each slot list stays sorted.
 *
 * Persistence (toChunk / fromChunk): per field, the terms that have postings and, per term, its
 * slot lists as delta-coded varints. Opening reads only the per-term byte offsets; a term's lists
 * are decoded the first time a query (or an added statement) needs them.
 */

import type { Token } from './encoder';
import { RESOLUTION } from './schema';
import type { Slots } from './flex-index';
import { ByteReader, ByteWriter } from './varint';

/** Fields of a statement document kept here (flexsearch keeps the article fields). */
export const STATEMENT_FIELDS = ['text', 'quote', 'names'] as const;
export type StatementField = (typeof STATEMENT_FIELDS)[number];

/** A term's slot lists while it may still grow. */
type Lists = (number[] | undefined)[];

/** The slot flexsearch gives the i-th of `length` words (get_score, resolution RESOLUTION). */
export function slotOf(i: number, length: number): number {
  if (i === 0) return 0;
  return length <= RESOLUTION ? i : (((RESOLUTION - 1) / length) * i + 1) | 0;
}

const NONE: Slots = [];

/** One field's postings: term id → slot lists, decoded lazily from `data` after fromChunk. */
class FieldPostings {
  lists: (Lists | undefined)[] = [];
  /** Encoded lists of terms not yet decoded: byte range per term id (start < 0: none stored). */
  private starts: Int32Array | null = null;
  private ends: Int32Array | null = null;
  private data: Uint8Array | null = null;

  get(term: number): Lists | undefined {
    let l = this.lists[term];
    if (l === undefined && this.data && term < this.starts!.length && this.starts![term] >= 0) {
      l = decodeLists(this.data, this.starts![term], this.ends![term]);
      this.lists[term] = l;
      this.starts![term] = -1;
    }
    return l;
  }

  add(term: number, slot: number, doc: number): void {
    let l = this.get(term);
    if (!l) this.lists[term] = l = [];
    const list = l[slot];
    if (list) list.push(doc);
    else l[slot] = [doc];
  }

  /** Term ids with postings, ascending (decoded or not). */
  terms(): number[] {
    const out: number[] = [];
    const n = Math.max(this.lists.length, this.starts?.length ?? 0);
    for (let t = 0; t < n; t++)
      if (this.lists[t] || (this.starts && t < this.starts.length && this.starts[t] >= 0)) out.push(t);
    return out;
  }

  write(w: ByteWriter): void {
    const terms = this.terms();
    const bodies = new ByteWriter();
    const lengths: number[] = [];
    for (const t of terms) {
      const before = bodies.length;
      encodeLists(bodies, this.get(t)!);
      lengths.push(bodies.length - before);
    }
    w.uint(terms.length);
    let prev = 0;
    for (const t of terms) {
      w.uint(t - prev);
      prev = t;
    }
    for (const n of lengths) w.uint(n);
    w.uint(bodies.length);
    w.bytes(bodies.finish());
  }

  static read(r: ByteReader, termCount: number): FieldPostings {
    const f = new FieldPostings();
    const n = r.uint();
    const ids = new Int32Array(n);
    let prev = 0;
    for (let i = 0; i < n; i++) ids[i] = prev += r.uint();
    const starts = new Int32Array(termCount).fill(-1);
    const ends = new Int32Array(termCount);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const len = r.uint();
      if (ids[i] >= termCount) throw new Error('statement postings name an unknown term');
      starts[ids[i]] = at;
      ends[ids[i]] = at += len;
    }
    const size = r.uint();
    if (size !== at) throw new Error('statement postings do not add up');
    f.data = r.bytes(size);
    f.starts = starts;
    f.ends = ends;
    return f;
  }
}

export class StatementPostings {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly fields: Record<StatementField, FieldPostings> = {
    text: new FieldPostings(),
    quote: new FieldPostings(),
    names: new FieldPostings(),
  };
  /** Per term id: the id of the last document-field that counted it (first occurrences only). */
  private seen = new Int32Array(1024);
  private stamp = 0;
  /** Form id (token-seq.ts FormTable) → its terms' ids, for the form table it was filled from. */
  private formTerms: Int32Array[] = [];
  private formSource: readonly (readonly string[])[] | null = null;
  /** Words of the document-field being added, as term ids. */
  private words = new Int32Array(256);

  /** Number of distinct terms (all fields). */
  get size(): number {
    return this.terms.length;
  }

  termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
    }
    return id;
  }

  /** Hits of one encoded term in one statement field, as flexsearch's termSlots gives them. */
  termSlots(term: string, field: StatementField): Slots {
    const id = this.ids.get(term);
    if (id === undefined) return NONE;
    return this.fields[field].get(id) ?? NONE;
  }

  /**
   * Indexes field `field` of document `doc` from a stretch of a token sequence: form ids
   * ids[from, to) of the form table `forms` (FormTable.forms), each form standing for its
   * terms in order (the term, then its clitic alternatives).
   */
  addForms(
    doc: number,
    field: StatementField,
    ids: ArrayLike<number>,
    from: number,
    to: number,
    forms: readonly (readonly string[])[],
  ): void {
    if (forms !== this.formSource) {
      this.formSource = forms;
      this.formTerms = [];
    }
    let n = 0;
    for (let k = from; k < to; k++) {
      const f = ids[k];
      let terms = this.formTerms[f];
      if (!terms) this.formTerms[f] = terms = Int32Array.from(forms[f], (t) => this.termId(t));
      n = this.push(n, terms);
    }
    this.addWords(doc, field, n);
  }

  /** Indexes field `field` of document `doc` from tokens (encoder.ts tokenize, index side). */
  addTokens(doc: number, field: StatementField, tokens: readonly Token[]): void {
    let n = 0;
    for (const t of tokens) {
      n = this.pushOne(n, this.termId(t.term));
      if (t.alts) for (const a of t.alts) n = this.pushOne(n, this.termId(a));
    }
    this.addWords(doc, field, n);
  }

  private push(n: number, terms: Int32Array): number {
    for (let i = 0; i < terms.length; i++) n = this.pushOne(n, terms[i]);
    return n;
  }

  private pushOne(n: number, term: number): number {
    if (n === this.words.length) {
      const w = new Int32Array(n * 2);
      w.set(this.words);
      this.words = w;
    }
    this.words[n] = term;
    return n + 1;
  }

  /** Adds words[0, n) as the field's text: each term once, in the slot of its first occurrence. */
  private addWords(doc: number, field: StatementField, n: number): void {
    if (n === 0) return;
    if (this.seen.length < this.terms.length) {
      const s = new Int32Array(Math.max(this.terms.length * 2, 1024));
      s.set(this.seen);
      this.seen = s;
    }
    const stamp = ++this.stamp;
    const postings = this.fields[field];
    for (let i = 0; i < n; i++) {
      const t = this.words[i];
      if (this.seen[t] === stamp) continue;
      this.seen[t] = stamp;
      postings.add(t, slotOf(i, n), doc);
    }
  }

  /** The postings as one string (see the module comment). */
  toChunk(): { terms: string; postings: Uint8Array } {
    const w = new ByteWriter();
    w.uint(this.terms.length);
    for (const f of STATEMENT_FIELDS) this.fields[f].write(w);
    return { terms: JSON.stringify(this.terms), postings: w.finish() };
  }

  /** Reads what toChunk wrote. Throws on malformed data (the caller then rebuilds). */
  static fromChunk(terms: string, postings: Uint8Array): StatementPostings {
    const list: unknown = JSON.parse(terms);
    if (!Array.isArray(list) || !list.every((t) => typeof t === 'string'))
      throw new Error('statement terms are not a list of strings');
    const p = new StatementPostings();
    for (const t of list as string[]) p.termId(t);
    const r = new ByteReader(postings);
    if (r.uint() !== p.terms.length) throw new Error('statement postings do not match their terms');
    for (const f of STATEMENT_FIELDS) p.fields[f] = FieldPostings.read(r, p.terms.length);
    if (!r.done) throw new Error('statement postings have trailing data');
    return p;
  }
}

/** Slot lists of one term: a bit mask of the slots present, then per slot its count and delta-coded ids. */
function encodeLists(w: ByteWriter, lists: Lists): void {
  let mask = 0;
  for (let s = 0; s < RESOLUTION; s++) if (lists[s]?.length) mask |= 1 << s;
  w.uint(mask);
  for (let s = 0; s < RESOLUTION; s++) {
    const list = lists[s];
    if (!list?.length) continue;
    w.uint(list.length);
    let prev = 0;
    for (const id of list) {
      w.uint(id - prev);
      prev = id;
    }
  }
}

function decodeLists(data: Uint8Array, start: number, end: number): Lists {
  const r = new ByteReader(data, start, end);
  const mask = r.uint();
  const lists: Lists = [];
  for (let s = 0; s < RESOLUTION; s++) {
    if (!(mask & (1 << s))) continue;
    const n = r.uint();
    const list = new Array<number>(n);
    let prev = 0;
    for (let i = 0; i < n; i++) list[i] = prev += r.uint();
    lists[s] = list;
  }
  if (!r.done) throw new Error('statement postings are malformed');
  return lists;
}
