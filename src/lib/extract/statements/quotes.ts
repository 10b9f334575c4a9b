/**
 * Quotation spans in every style: " “ ” „ ‟ « » ‹ › ＂. Whether a mark opens or closes is read from
 * the characters around it (space before and letter after → opens; letter or punctuation before and
 * space or punctuation after → closes), falling back to the glyph and to what is open. Quotes nest
 * (a stack per paragraph); a quote never closed runs to the end of its sentence (at the latest, of its
 * paragraph). Only the spans are
 * found here; whether a span is someone's words is decided in quote-attribution.ts.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Content [start, end). */
  start: number;
  end: number;
  /** Offset just past the closing mark (or the paragraph end when unclosed). */
  close: number;
  closed: boolean;
  depth: number;
}

type Family = 'double' | 'guillemet' | 'single';

const FAMILY: Record<string, Family> = {
  '"': 'double',
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '‟': 'double',
  '＂': 'double',
  '«': 'guillemet',
  '»': 'guillemet',
  '‹': 'single',
  '›': 'single',
};
const OPENS_BY_DEFAULT = new Set(['“', '„', '‟', '«', '‹']);
const QUOTE_CHARS = /["“”„‟＂«»‹›]/g;
const MAX_RESTARTS = 100;
const SPACE_CHAR = /[\s\u00a0]/;
/** A sentence end inside an unclosed quotation: . ! ? ؟ (not "..") followed by a space. */
const SENTENCE_END = /(?<!\.)[.!?؟](?!\.)(?=[\s\u00a0])/g;

const SPACE_LIKE = /[\s\u00a0([{\-–—:/]/;
const AFTER_CLOSE = /[\s\u00a0.,،;:!?؟)\]}…\-–—'’]/;
const isSpaceLike = (c: string) => c === '' || SPACE_LIKE.test(c);
const isAfterClose = (c: string) => c === '' || AFTER_CLOSE.test(c);

interface Open {
  at: number;
  family: Family;
  glyph: string;
}

/** The span of a quotation opened at o and ended at closeAt, `depth` quotations deep. */
function spanOf(o: Open, closeAt: number, closed: boolean, depth: number): QuoteSpan {
  return { open: o.at, start: o.at + 1, end: closeAt, close: closed ? closeAt + 1 : closeAt, closed, depth };
}

/**
 * The quotation spans of text[from, to) (one paragraph), into `out`. Returns where to go on reading
 * when an unclosed quotation was cut at its sentence end, else -1.
 */
function paragraphQuotes(
  text: string,
  from: number,
  to: number,
  out: QuoteSpan[],
  marks: number[],
  mayCut = true,
): number {
  const stack: Open[] = [];
  const local: QuoteSpan[] = [];
  for (let mi = firstAtOrAfter(marks, from); mi < marks.length && marks[mi] < to; mi++) {
    const i = marks[mi];
    const ch = text[i];
    const family = FAMILY[ch];
    const prev = i > from ? text[i - 1] : '';
    const next = i + 1 < to ? text[i + 1] : '';
    const openish =
      (isSpaceLike(prev) || FAMILY[prev] !== undefined) && !SPACE_CHAR.test(next) && next !== '';
    const closeish = !isSpaceLike(prev) && isAfterClose(next);
    const top = stack.length ? stack[stack.length - 1] : null;
    let opens: boolean;
    if (openish && !closeish) opens = true;
    else if (closeish && !openish) opens = false;
    else if (ch === '"' || ch === '＂') opens = !stack.some((o) => o.family === 'double');
    else if (ch === '“' && top?.glyph === '„') opens = false;
    else opens = OPENS_BY_DEFAULT.has(ch) || !stack.some((o) => o.family === family);
    if (opens) {
      stack.push({ at: i, family, glyph: ch });
      continue;
    }
    let k = stack.length - 1;
    while (k >= 0 && stack[k].family !== family) k--;
    if (k < 0) continue;
    while (stack.length > k + 1) {
      const o = stack.pop()!;
      local.push(spanOf(o, i, false, stack.length));
    }
    const o = stack.pop()!;
    local.push(spanOf(o, i, true, stack.length));
  }
  if (stack.length === 0) {
    for (const q of local) out.push(q);
    return -1;
  }
  // The outermost quotation never closed: it ends at the end of its sentence (of the paragraph at
  // the latest), and what follows that sentence is read afresh, so that later quotations do not
  // nest inside it.
  let end = to;
  while (end > from && SPACE_CHAR.test(text[end - 1])) end--;
  const outer = stack[0];
  let cut = end;
  SENTENCE_END.lastIndex = outer.at + 1;
  let m: RegExpExecArray | null;
  while (mayCut && (m = SENTENCE_END.exec(text)) !== null && m.index < end) {
    const p = m.index;
    if (!local.some((q) => q.open > outer.at && q.open < p && q.close > p)) {
      cut = p + 1;
      break;
    }
  }
  for (const q of local) if (q.close <= cut) out.push(q);
  for (let d = stack.length - 1; d >= 0; d--) {
    if (stack[d].at < cut)
      out.push({ open: stack[d].at, start: stack[d].at + 1, end: cut, close: cut, closed: false, depth: d });
  }
  return cut < end ? cut : -1;
}

/** Offsets of every quotation mark in `text`, in order (one scan for all paragraphs). */
function quoteMarks(text: string): number[] {
  const marks: number[] = [];
  QUOTE_CHARS.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = QUOTE_CHARS.exec(text)) !== null) marks.push(found.index);
  return marks;
}

/** Index of the first mark at or after `pos`. */
function firstAtOrAfter(marks: number[], pos: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every quotation span in `text`, outer ones before the ones they contain. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks = quoteMarks(text);
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let at = from;
    // Each restart rereads the rest of the paragraph: bound them (pathological input only).
    for (let restarts = 0; at >= 0; restarts++)
      at = paragraphQuotes(text, at, to, out, marks, restarts < MAX_RESTARTS);
    from = to + 1;
  }
  return out.sort((a, b) => a.open - b.open || a.depth - b.depth);
}

/** The outermost quotations only. */
export function topLevel(quotes: QuoteSpan[]): QuoteSpan[] {
  return quotes.filter((q) => q.depth === 0);
}

/** The outermost quotation containing offset `i` (strictly inside its marks), or null. */
export function quoteAt(top: QuoteSpan[], i: number): QuoteSpan | null {
  let lo = 0;
  let hi = top.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = top[mid];
    if (i <= q.open) hi = mid - 1;
    else if (i >= q.close) lo = mid + 1;
    else return q;
  }
  return null;
}
