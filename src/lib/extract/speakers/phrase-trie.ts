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

export class PhraseTrie<P> {
  private root: TrieNode<P> = { next: new Map(), out: null };
  private readonly buf = newFormBuffer();
  /** Signatures of the first words of all phrases: a cheap "can a phrase start here?" test. */
  private readonly firstSig = new Uint8Array(0x10000);
  size = 0;

  add(keys: string[], payload: P): void {
    if (keys.length === 0) return;
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

  private longestAt(
    tokens: Token[],
    text: string,
    i: number,
    accept?: (m: TrieMatch<P>) => P[],
  ): TrieMatch<P> | null {
    const first = tokens[i];
    const buf = this.buf;
    let best: TrieMatch<P> | null = null;
    const ar = first.script === 'ar';
    if (ar) cliticFormsInto(first.text, buf);
    const n = ar ? buf.n : 1;
    for (let f = 0; f < n; f++) {
      let node: TrieNode<P> | undefined;
      let cut = 0;
      if (ar) {
        if (this.firstSig[formSig(first.text, buf, f)] === 0) continue;
        node = this.root.next.get(formKey(first.text, buf, f));
        cut = buf.cuts[f];
      } else {
        const k = first.key;
        if (
          this.firstSig[
            keySig(k.length, k.charCodeAt(0), k.length > 1 ? k.charCodeAt(1) : 0, k.charCodeAt(k.length - 1))
          ] === 0
        )
          return null;
        node = this.root.next.get(k);
      }
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
