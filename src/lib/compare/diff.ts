/**
 * Word-level difference of one paragraph link (a base paragraph, or several, against the linked
 * paragraph(s) of the other version), with jsdiff's `diffArrays` over comparison tokens. Words
 * that tokens.ts calls the same word (same spelling-neutral form, same stem, or the same word with
 * a clitic) are equal for the diff; the pairs it lines up are then told apart as exact, spelling
 * variant or form change. Runs of removed and added words become delete / insert / replace changes.
 *
 * Tokens leave punctuation out, so the characters between two lined-up pairs of words are compared
 * too: quote styles (" “ ” « » ‘ ’), Arabic vs Latin comma, semicolon and question mark, dash
 * styles and spacing around punctuation are spelling; quote marks that appear or disappear are a
 * wording change (reported speech turned into a quotation); any other punctuation difference is
 * kept quiet as spelling.
 */

import { diffArrays } from 'diff';
import type { ParaTokens } from './paragraphs';
import { relation, sameWord } from './tokens';
import type { CToken } from './tokens';
import type { Change } from './types';

/** A change with the token ranges it covers (base [bFrom, bTo), other [oFrom, oTo)). */
export interface RangedChange extends Change {
  bFrom: number;
  bTo: number;
  oFrom: number;
  oTo: number;
}

export interface LinkDiff {
  /** Tokens of the linked paragraphs, concatenated in paragraph order. */
  a: CToken[];
  b: CToken[];
  changes: RangedChange[];
  /** Base words lined up as exact or spelling-variant words. */
  kept: number;
}

interface Side {
  text: string;
  tokens: CToken[];
  /** Per token, its paragraph. */
  para: ParaTokens[];
}

function side(text: string, paras: ParaTokens[]): Side {
  const s: Side = { text, tokens: [], para: [] };
  for (const p of paras)
    for (const w of p.words) {
      s.tokens.push(w);
      s.para.push(p);
    }
  return s;
}

const isFirst = (s: Side, i: number) => s.para[i].words[0] === s.tokens[i];
const isLast = (s: Side, i: number) => s.para[i].words[s.para[i].words.length - 1] === s.tokens[i];

/** text.slice(aFrom, aTo) === other.slice(bFrom, bTo), without building the strings. */
function sameSlice(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let k = 0; k < aTo - aFrom; k++) if (a.charCodeAt(aFrom + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}

const QUOTES = /["“”„‟«»‹›'‘’‚`״]/g;

function normGap(g: string): string {
  return g
    .replace(QUOTES, '"')
    .replace(/،/g, ',')
    .replace(/؛/g, ';')
    .replace(/؟/g, '?')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, '');
}

function quoteCount(g: string): number {
  return (g.match(QUOTES) ?? []).length;
}

/** Compares the characters between words at the same place in both versions. */
function gapChange(a: Side, b: Side, aFrom: number, aTo: number, bFrom: number, bTo: number): Change | null {
  if (sameSlice(a.text, aFrom, aTo, b.text, bFrom, bTo)) return null;
  const ga = a.text.slice(aFrom, aTo);
  const gb = b.text.slice(bFrom, bTo);
  if (ga === gb || ga.replace(/\s+/g, ' ') === gb.replace(/\s+/g, ' ')) return null;
  if (ga.trim() === '' && gb.trim() === '') return null;
  const loud = normGap(ga) !== normGap(gb) && quoteCount(ga) !== quoteCount(gb);
  return {
    kind: loud ? 'replace' : 'spelling',
    severity: loud ? 'wording' : 'spelling',
    base: { start: aFrom, end: aTo },
    other: { start: bFrom, end: bTo },
    baseText: ga,
    otherText: gb,
    punctuation: true,
  };
}

function insertionPoint(s: Side, i: number): number {
  if (i > 0) return s.tokens[i - 1].end;
  return s.tokens.length ? s.tokens[0].start : 0;
}

/** Word diff of the paragraphs `pa` of the base text against `pb` of the other text. */
export function diffLink(textA: string, pa: ParaTokens[], textB: string, pb: ParaTokens[]): LinkDiff {
  const A = side(textA, pa);
  const B = side(textB, pb);
  const a = A.tokens;
  const b = B.tokens;
  const changes: RangedChange[] = [];
  let kept = 0;
  const push = (c: Change, bFrom: number, bTo: number, oFrom: number, oTo: number) =>
    changes.push({ ...c, bFrom, bTo, oFrom, oTo });

  const pair = (i: number, j: number, afterPair: boolean) => {
    const x = a[i];
    const y = b[j];
    const firstA = isFirst(A, i);
    const firstB = isFirst(B, j);
    if (firstA && firstB) {
      const g = gapChange(A, B, A.para[i].start, x.start, B.para[j].start, y.start);
      if (g) push(g, i, i, j, j);
    } else if (afterPair && !firstA && !firstB) {
      const g = gapChange(A, B, a[i - 1].end, x.start, b[j - 1].end, y.start);
      if (g) push(g, i, i, j, j);
    }
    const r = relation(x, y);
    if (r === 'exact' || r === 'spelling') kept++;
    if (r === 'spelling' || r === 'form')
      push(
        {
          kind: r,
          severity: r === 'form' ? 'wording' : 'spelling',
          base: { start: x.start, end: x.end },
          other: { start: y.start, end: y.end },
          baseText: x.text,
          otherText: y.text,
        },
        i,
        i + 1,
        j,
        j + 1,
      );
    if (isLast(A, i) && isLast(B, j)) {
      const g = gapChange(A, B, x.end, A.para[i].end, y.end, B.para[j].end);
      if (g) push(g, i + 1, i + 1, j + 1, j + 1);
    }
  };

  const hunk = (i: number, r: number, j: number, n: number) => {
    const base = r ? { start: a[i].start, end: a[i + r - 1].end } : { start: insertionPoint(A, i), end: 0 };
    const other = n ? { start: b[j].start, end: b[j + n - 1].end } : { start: insertionPoint(B, j), end: 0 };
    if (!r) base.end = base.start;
    if (!n) other.end = other.start;
    push(
      {
        kind: r && n ? 'replace' : r ? 'delete' : 'insert',
        severity: 'wording',
        base,
        other,
        baseText: textA.slice(base.start, base.end),
        otherText: textB.slice(other.start, other.end),
      },
      i,
      i + r,
      j,
      j + n,
    );
  };

  // Fast path: one paragraph each side, written the same (common between near-duplicates).
  if (
    pa.length === 1 &&
    pb.length === 1 &&
    sameSlice(textA, pa[0].start, pa[0].end, textB, pb[0].start, pb[0].end)
  )
    return { a, b, changes, kept: a.length };

  const parts = diffArrays(a, b, { comparator: sameWord });
  let i = 0;
  let j = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      for (let k = 0; k < count; k++) pair(i + k, j + k, k > 0);
      i += count;
      j += count;
      continue;
    }
    let r = 0;
    let n = 0;
    const next = parts[p + 1];
    const nextCount = next ? (next.count ?? next.value.length) : 0;
    if (part.removed) {
      r = count;
      if (next?.added) [n, p] = [nextCount, p + 1];
    } else {
      n = count;
      if (next?.removed) [r, p] = [nextCount, p + 1];
    }
    hunk(i, r, j, n);
    i += r;
    j += n;
  }
  return { a, b, changes, kept };
}
