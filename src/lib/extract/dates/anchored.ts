/**
 * Anchored scanning: the same matches as a global regex scan (`while (m = re.exec(s))`), found
 * by trying the regex (sticky) only near the places a match must contain. Each anchored pattern
 * names an anchor — a word every match contains, such as the month of a full date — and the part
 * of the regex that may stand before the anchor. That part's longest possible length, white space
 * and , ، - not counted (maxNonFree), bounds how far before an anchor a match can start; only
 * positions inside those windows are tried, in order, so the k-th match found is the k-th match
 * the global scan finds, with the same groups. Worth it for regexes that start with optional
 * Arabic prefixes and alternations: a global scan attempts a deep match at every letter.
 */

/** Characters a prefix may contain any number of, uncounted: white space and , ، -. */
function isFree(c: number): boolean {
  return c === 0x2c || c === 0x060c || c === 0x2d || /\s/.test(String.fromCharCode(c));
}

/** Longest possible match of a regex source, not counting free characters (Infinity if unbounded). */
export function maxNonFree(src: string): number {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(`maxNonFree: unsupported syntax at ${i} in ${src.slice(0, 40)}`);
  };
  function disjunction(): number {
    let best = alternative();
    while (src[i] === '|') {
      i++;
      best = Math.max(best, alternative());
    }
    return best;
  }
  function alternative(): number {
    let sum = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') sum += term();
    return sum;
  }
  function term(): number {
    const c = src[i];
    let len: number;
    let zeroWidth = false;
    if (c === '^' || c === '$') {
      i++;
      return 0;
    }
    if (c === '(') {
      i++;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
        i += 2;
        zeroWidth = true;
      } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += 3;
        zeroWidth = true;
      } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      len = disjunction();
      if (src[i] !== ')') fail();
      i++;
      if (zeroWidth) return 0;
    } else if (c === '[') {
      const end = classEnd(src, i);
      const body = src.slice(i + 1, end);
      len = /^(?:\\s|,|،|\\-|-)+$/.test(body) ? 0 : 1;
      i = end + 1;
    } else if (c === '\\') {
      const e = src[i + 1];
      if (e === 'b' || e === 'B') {
        i += 2;
        return 0;
      }
      if (e === 'p' || e === 'P') {
        i = src.indexOf('}', i) + 1;
        len = 1;
      } else if (e === 'k' || (e >= '1' && e <= '9')) return fail();
      else {
        i += 2;
        len = e === 's' ? 0 : 'dDSwW'.includes(e) ? 1 : isFree(e.charCodeAt(0)) ? 0 : 1;
      }
    } else {
      i++;
      len = isFree(c.charCodeAt(0)) ? 0 : 1;
    }
    const times = repeat();
    return len === 0 ? 0 : len * times;
  }
  /** The quantifier's upper bound (1 when there is none). */
  function repeat(): number {
    const c = src[i];
    let max = 1;
    if (c === '?') {
      i++;
    } else if (c === '*' || c === '+') {
      i++;
      max = Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
      if (!m) return 1;
      i += m[0].length;
      max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    } else return 1;
    if (src[i] === '?') i++;
    return max;
  }
  const n = disjunction();
  if (i !== src.length) fail();
  return n;
}

function classEnd(src: string, at: number): number {
  let j = at + 1;
  while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
  return j;
}

export interface Anchored {
  /** Same source, sticky: tried at single positions. */
  sticky: RegExp;
  /** Every position where an anchor begins (overlapping ones too), in order. */
  anchors: AnchorFinder;
  /** Whether an anchor may follow this character (code unit before it; -1 at the start). */
  after: (prev: number) => boolean;
  /** Most non-free characters a match can have before its anchor. */
  back: number;
}

/**
 * An anchored form of `re`. `prefix` is the regex source of everything a match may hold before
 * the anchor; `anchor` matches (at least) every anchor occurrence a match can hold — a regex
 * source, or one of an anchorGroup's finders — and `after` is true for every character that can
 * stand right before one (a cheap test in place of a lookbehind, which would be tried at every
 * position of the text).
 */
export function anchored(
  re: RegExp,
  prefix: string,
  anchor: string | AnchorFinder,
  after: (prev: number) => boolean,
): Anchored {
  const back = maxNonFree(prefix);
  if (!Number.isFinite(back)) throw new Error('anchored: unbounded prefix');
  const flags = re.flags.replace('g', '');
  const anchors = typeof anchor === 'string' ? sourceFinder(anchor) : anchor;
  return { sticky: new RegExp(re.source, flags + 'y'), anchors, after, back };
}

/** Start of the window before anchor q: at most `back` non-free characters in [w, q). */
function windowStart(norm: string, q: number, back: number): number {
  let w = q;
  let count = 0;
  while (w > 0) {
    const c = norm.charCodeAt(w - 1);
    if (!(c === 0x20 || isFreeFast(c))) {
      if (count === back) break;
      count++;
    }
    w--;
  }
  return w;
}

const FREE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isFree(c)) FREE[c] = 1;
function isFreeFast(c: number): boolean {
  return FREE[c] === 1;
}

/** Every position where an anchor begins (overlapping ones too), in increasing order. */
export type AnchorFinder = (norm: string) => number[];

/** Every position where `re` (global) matches in `norm` (overlapping matches too). */
function scanAnchors(re: RegExp, norm: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let am: RegExpExecArray | null;
  while ((am = re.exec(norm))) {
    out.push(am.index);
    re.lastIndex = am.index + 1;
  }
  return out;
}

/** The finder of each anchor source, shared by the patterns naming it (the two month ones scan a text once). */
const sourceFinders = new Map<string, AnchorFinder>();

function sourceFinder(source: string): AnchorFinder {
  let find = sourceFinders.get(source);
  if (!find) {
    const re = new RegExp(source, 'gu');
    find = lastTextOnly((norm) => scanAnchors(re, norm));
    sourceFinders.set(source, find);
  }
  return find;
}

/** `find` remembering its answer for the last text it was asked about. */
function lastTextOnly<T>(find: (norm: string) => T): (norm: string) => T {
  let lastNorm: string | null = null;
  let last: T;
  return (norm) => {
    if (norm !== lastNorm) {
      last = find(norm);
      lastNorm = norm;
    }
    return last;
  };
}

/**
 * Finders for several anchor sources that scan a text once between them: one overlapping scan of
 * their union finds every position where any of them matches, and each such position is given to
 * the sources that match there (each tried, sticky, at that position alone). Anchors are few, so
 * this costs about one scan of the text instead of one per source, the scans being the dear part.
 */
export function anchorGroup(sources: string[]): AnchorFinder[] {
  const union = new RegExp(sources.map((src) => `(?:${src})`).join('|'), 'gu');
  const stickies = sources.map((src) => new RegExp(src, 'uy'));
  const scan = lastTextOnly((norm) => {
    const found: number[][] = sources.map(() => []);
    for (const p of scanAnchors(union, norm)) {
      for (let i = 0; i < stickies.length; i++) {
        stickies[i].lastIndex = p;
        if (stickies[i].test(norm)) found[i].push(p);
      }
    }
    return found;
  });
  return sources.map((_, i) => (norm: string) => scan(norm)[i]);
}

/** Calls `each` with every match the global scan of `norm` would give, in order. */
export function execAnchored(norm: string, a: Anchored, each: (m: RegExpExecArray) => void): void {
  // Windows [w, q] around every anchor, merged, in order.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const q of a.anchors(norm)) {
    if (!a.after(q > 0 ? norm.charCodeAt(q - 1) : -1)) continue;
    const w = windowStart(norm, q, a.back);
    if (ends.length && w <= ends[ends.length - 1] + 1)
      ends[ends.length - 1] = Math.max(ends[ends.length - 1], q);
    else {
      starts.push(w);
      ends.push(q);
    }
  }
  const st = a.sticky;
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    for (let p = Math.max(starts[k], from); p <= ends[k]; p++) {
      // A global unicode scan never starts inside a surrogate pair.
      const c = norm.charCodeAt(p);
      if (c >= 0xdc00 && c <= 0xdfff && p > 0) {
        const h = norm.charCodeAt(p - 1);
        if (h >= 0xd800 && h <= 0xdbff) continue;
      }
      st.lastIndex = p;
      const m = st.exec(norm);
      if (!m) continue;
      each(m);
      from = m[0].length === 0 ? p + 1 : p + m[0].length;
      p = from - 1;
    }
  }
}
