/**
 * A token trie for gazetteer phrases and the longest-match scan over a token stream. Phrases are
 * stored as sequences of token keys; a scan tries, at each token, the word and (for Arabic) its forms
 * without proclitics, walks the trie across tokens separated only by spaces, and keeps the longest
 * match. Matches do not overlap. Linear in the number of tokens; nothing is rebuilt per text.
 */

import { cliticFormsInto, formKey, formSig, keySig, newFormBuffer, plainGap } from './tokens';
import type { Token } from './tokens';

interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  out: P[] | null;
}

export interface TrieMatch<P> {
  /** First and last token index (inclusive). */
  ts: number;
  te: number;
  /** Folded characters of a proclitic cut from the first token. */
  cut: number;
  payloads: P[];
}

/** Where a phrase can start in an Arabic word: the trie node after one of its forms, and the cut. */
interface Head<P> {
  node: TrieNode<P>;
  cut: number;
}

/** Words whose heads are remembered; past this the cache starts over. */
const MAX_CACHED_WORDS = 100_000;

export class PhraseTrie<P> {
  private root: TrieNode<P> = { next: new Map(), out: null };
  private readonly buf = newFormBuffer();
  /** Arabic word → its heads (null: none), so each distinct word's clitic forms are looked up once. */
  private readonly heads = new Map<string, Head<P>[] | null>();
  /** Signatures of the first words of all phrases: a cheap "can a phrase start here?" test. */
  private readonly firstSig = new Uint8Array(0x10000);
  size = 0;

  add(keys: string[], payload: P): void {
    if (keys.length === 0) return;
    this.heads.clear();
    const k0 = keys[0];
    this.firstSig[
      keySig(k0.length, k0.charCodeAt(0), k0.length > 1 ? k0.charCodeAt(1) : 0, k0.charCodeAt(k0.length - 1))
    ] = 1;
    let node = this.root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map(), out: null };
        node.next.set(k, n);
      }
      node = n;
    }
    (node.out ??= []).push(payload);
    this.size++;
  }

  /** Longest non-overlapping matches over `tokens` of the folded `text`. */
  scan(tokens: Token[], text: string, accept?: (m: TrieMatch<P>) => P[]): TrieMatch<P>[] {
    const out: TrieMatch<P>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.longestAt(tokens, text, i, accept);
      if (best) {
        out.push(best);
        i = best.te + 1;
      } else i++;
    }
    return out;
  }

  /** The heads of an Arabic word, in the order of its clitic forms (cliticFormsInto). */
  private headsOf(word: string): Head<P>[] | null {
    // Most words start no phrase in any form: their signatures say so without a map lookup.
    const buf = this.buf;
    cliticFormsInto(word, buf);
    let any = false;
    for (let f = 0; f < buf.n && !any; f++) any = this.firstSig[formSig(word, buf, f)] === 1;
    if (!any) return null;
    let hs = this.heads.get(word);
    if (hs !== undefined) return hs;
    const found: Head<P>[] = [];
    for (let f = 0; f < buf.n; f++) {
      if (this.firstSig[formSig(word, buf, f)] === 0) continue;
      const node = this.root.next.get(formKey(word, buf, f));
      if (node) found.push({ node, cut: buf.cuts[f] });
    }
    hs = found.length ? found : null;
    if (this.heads.size >= MAX_CACHED_WORDS) this.heads.clear();
    this.heads.set(word, hs);
    return hs;
  }

  private longestAt(
    tokens: Token[],
    text: string,
    i: number,
    accept?: (m: TrieMatch<P>) => P[],
  ): TrieMatch<P> | null {
    const first = tokens[i];
    let best: TrieMatch<P> | null = null;
    let heads: Head<P>[] | null;
    if (first.script === 'ar') heads = this.headsOf(first.text);
    else {
      const k = first.key;
      if (
        this.firstSig[
          keySig(k.length, k.charCodeAt(0), k.length > 1 ? k.charCodeAt(1) : 0, k.charCodeAt(k.length - 1))
        ] === 0
      )
        return null;
      const node = this.root.next.get(k);
      heads = node ? [{ node, cut: 0 }] : null;
    }
    if (heads === null) return null;
    for (const h of heads) {
      let node: TrieNode<P> | undefined = h.node;
      const cut = h.cut;
      let j = i;
      while (node) {
        if (node.out) {
          if (!best || j > best.te || (j === best.te && cut < best.cut)) {
            const cand: TrieMatch<P> = { ts: i, te: j, cut, payloads: node.out };
            const ok = accept ? accept(cand) : cand.payloads;
            if (ok.length > 0) best = { ts: i, te: j, cut, payloads: ok };
          }
        }
        const nx = j + 1;
        if (nx >= tokens.length || !plainGap(text, tokens[j].e, tokens[nx].s)) break;
        node = node.next.get(tokens[nx].key);
        j = nx;
      }
    }
    return best;
  }
}
