/**
 * Quotation spans in every style: " “ ” „ ‟ « » ‹ › ＂. Whether a mark opens or closes is read from
 * the characters around it (space before and letter after → opens; letter or punctuation before and
 * space or punctuation after → closes), falling back to the glyph and to what is open. Quotes nest
 * (a stack per paragraph); a quote never closed runs to the end of its paragraph. Only the spans are
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
  '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double', '＂': 'double',
  '«': 'guillemet', '»': 'guillemet', '‹': 'single', '›': 'single',
};
const OPENS_BY_DEFAULT = new Set(['“', '„', '‟', '«', '‹']);
const QUOTE_CHARS = /["“”„‟＂«»‹›]/g;

const isSpaceLike = (c: string) => c === '' || /[\s\u00a0([{\-–—:/]/.test(c);
const isAfterClose = (c: string) => c === '' || /[\s\u00a0.,،;:!?؟)\]}…\-–—'’]/.test(c);

interface Open {
  at: number;
  family: Family;
  glyph: string;
}

function paragraphQuotes(text: string, from: number, to: number, out: QuoteSpan[]): void {
  const stack: Open[] = [];
  const done = (o: Open, closeAt: number, closed: boolean) => {
    out.push({ open: o.at, start: o.at + 1, end: closeAt, close: closed ? closeAt + 1 : closeAt, closed, depth: stack.length });
  };
  QUOTE_CHARS.lastIndex = from;
  let found: RegExpExecArray | null;
  while ((found = QUOTE_CHARS.exec(text)) !== null && found.index < to) {
    const i = found.index;
    const ch = text[i];
    const family = FAMILY[ch];
    const prev = i > from ? text[i - 1] : '';
    const next = i + 1 < to ? text[i + 1] : '';
    const openish = (isSpaceLike(prev) || FAMILY[prev] !== undefined) && !/[\s\u00a0]/.test(next) && next !== '';
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
    while (stack.length > k + 1) done(stack.pop()!, i, false);
    done(stack.pop()!, i, true);
  }
  let end = to;
  while (end > from && /[\s\u00a0]/.test(text[end - 1])) end--;
  while (stack.length) done(stack.pop()!, end, false);
}

/** Every quotation span in `text`, outer ones before the ones they contain. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    paragraphQuotes(text, from, to, out);
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
  for (const q of top) if (i > q.open && i < q.close) return q;
  return null;
}
