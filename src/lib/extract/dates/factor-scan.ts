/**
 * Finding a fixed set of strings (the event table's required factors, regex-factors.ts) in a text
 * in one pass. Each string is keyed by its last three code units; the pass hashes every three
 * code units of the text once and checks in place only the strings whose key falls in that
 * bucket. The answers — whether each string occurs, and where — are exact, the same a TextGate
 * gives, without a per-text index or a lookup per string.
 */

/** Buckets of the key table (a power of two; small enough to stay in cache). */
const BUCKETS = 1 << 12;

function keyHash(c0: number, c1: number, c2: number): number {
  return (
    ((Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca6b) ^ Math.imul(c2, 0xc2b2ae35)) >>> 20) &
    (BUCKETS - 1)
  );
}

export class FactorScanner {
  /** The distinct strings at least three code units long, found through their key. */
  private readonly strings: string[];
  /** The shorter ones, found by plain search. */
  private readonly short: string[];
  /** Per bucket: 1 + the first string keyed there (0: none). */
  private readonly head = new Int32Array(BUCKETS);
  /** Per string: 1 + the next string in its bucket (0: none). */
  private readonly next: Int32Array;
  /** Per string: its first code unit, checked before the whole string. */
  private readonly first: Uint16Array;

  constructor(strings: Iterable<string>) {
    const distinct = [...new Set(strings)];
    if (distinct.includes('')) throw new Error('FactorScanner: empty string');
    this.strings = distinct.filter((s) => s.length >= 3);
    this.short = distinct.filter((s) => s.length < 3);
    this.next = new Int32Array(this.strings.length);
    this.first = new Uint16Array(this.strings.map((s) => s.charCodeAt(0)));
    this.strings.forEach((s, id) => {
      const n = s.length;
      const h = keyHash(s.charCodeAt(n - 3), s.charCodeAt(n - 2), s.charCodeAt(n - 1));
      this.next[id] = this.head[h];
      this.head[h] = id + 1;
    });
  }

  /** Every occurrence of every string in `text`. */
  scan(text: string): FoundStrings {
    const at = new Map<string, number[]>();
    const { head, next, first, strings } = this;
    const n = text.length;
    let c0 = text.charCodeAt(0);
    let c1 = text.charCodeAt(1);
    for (let i = 2; i < n; i++) {
      const c2 = text.charCodeAt(i);
      for (let k = head[keyHash(c0, c1, c2)]; k > 0; k = next[k - 1]) {
        const s = strings[k - 1];
        const start = i + 1 - s.length;
        if (start >= 0 && text.charCodeAt(start) === first[k - 1] && text.startsWith(s, start)) {
          const list = at.get(s);
          if (list) list.push(start);
          else at.set(s, [start]);
        }
      }
      c0 = c1;
      c1 = c2;
    }
    for (const s of this.short) {
      const list: number[] = [];
      for (let p = text.indexOf(s); p >= 0; p = text.indexOf(s, p + 1)) list.push(p);
      if (list.length) at.set(s, list);
    }
    return new FoundStrings(text, at);
  }
}

/** The scanner's strings found in one text: in order of their end, so of their start too. */
export class FoundStrings {
  constructor(
    readonly text: string,
    private readonly at: Map<string, number[]>,
  ) {}

  has(s: string): boolean {
    return this.at.has(s);
  }

  /** Every offset where `s` occurs, in order ([] for a string not scanned for). */
  occurrences(s: string): number[] {
    return this.at.get(s) ?? [];
  }
}
