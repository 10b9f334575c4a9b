/**
 * Scanning a regex over only the lines that can hold a match. A regex that can match no line
 * break, and uses no ^ or $, finds in a text exactly what it finds in the text's lines one by one
 * (at a line's edge, the break and the end of input look alike to \b and to lookarounds that
 * cannot take in a break); and a line holding none of the regex's required factors (text-gate.ts)
 * holds no match. So the scan visits only the lines that hold a factor of its most selective set.
 */
import { factorsOf } from '../text-gate';

/** Where given strings occur in one text: a TextGate, or the event table's factor scan. */
export interface Occurrences {
  readonly text: string;
  /** Every offset where `f` occurs, in order. */
  occurrences(f: string): number[];
}

const localCache = new Map<string, boolean>();

/** Whether `source` can match no "\n" and has no ^ or $ outside a class (conservative). */
export function lineLocal(source: string): boolean {
  let v = localCache.get(source);
  if (v === undefined) {
    v = scanLocal(source);
    localCache.set(source, v);
  }
  return v;
}

function scanLocal(src: string): boolean {
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined || 'sSWDPnkcux0123456789'.includes(e)) return false;
      if (e === 'p') {
        const end = src.indexOf('}', i);
        if (end < 0) return false;
        i = end;
      } else i++;
    } else if (c === '[') {
      let j = i + 1;
      const negated = src[j] === '^';
      if (negated) j++;
      let body = '';
      while (j < src.length && src[j] !== ']') {
        if (src[j] === '\\') {
          body += src.slice(j, j + 2);
          j += 2;
        } else body += src[j++];
      }
      if (j >= src.length) return false;
      if (negated ? !body.includes('\\n') : /\\[sSWDPnux]|.-/.test(body)) return false;
      i = j;
    } else if (c === '.' || c === '^' || c === '$' || c === '\n') return false;
  }
  return true;
}

/** Line starts of one text, and the lines holding given factors. */
export class LineIndex {
  private starts: number[] | null = null;

  constructor(readonly gate: Occurrences) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const text = this.gate.text;
      const s = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) s.push(i + 1);
      this.starts = s;
    }
    return this.starts;
  }

  private lineOf(pos: number): number {
    const s = this.lineStarts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** [start, end) of each line holding a factor of `factors`, in order. */
  linesWith(factors: string[]): [number, number][] {
    const lines = new Set<number>();
    for (const f of factors) for (const at of this.gate.occurrences(f)) lines.add(this.lineOf(at));
    const s = this.lineStarts();
    const end = this.gate.text.length;
    return [...lines].sort((a, b) => a - b).map((l) => [s[l], l + 1 < s.length ? s[l + 1] - 1 : end]);
  }
}

/**
 * The matches of global regex `re` in `text`, in order, as the plain scan would give them; only
 * the lines holding its most selective factors are scanned when that is safe.
 */
export function* lineMatches(
  text: string,
  re: RegExp,
  lines: LineIndex,
): Generator<{ index: number; text: string }> {
  const sets = factorsOf(re);
  if (sets === null || !lineLocal(re.source) || re.flags.includes('m') || re.flags.includes('y')) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { index: m.index, text: m[0] };
    }
    return;
  }
  for (const [from, to] of lines.linesWith(sets[0])) {
    const line = text.slice(from, to);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { index: from + m.index, text: m[0] };
    }
  }
}
