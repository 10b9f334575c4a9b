/**
 * Required literal factors of a regular expression: sets of strings such that every match of the
 * regex contains, for each set, at least one of its strings (an AND of ORs). A text lacking all
 * strings of one set cannot match, so a scan can be skipped without changing any result
 * (text-gate.ts). The analysis is conservative: syntax it does not fully understand yields null
 * ("no guarantee": always run the regex).
 *
 * Rules, per alternative (a sequence of terms): unquantified literal characters next to each other
 * form one literal run (zero-width assertions — lookarounds, ^ $ \b — do not break a run, since
 * they consume nothing); a quantified term breaks the run and, when its minimum count is ≥ 1,
 * offers its own sets; a group with no quantifier and a single alternative is read inline. An
 * alternative requires all its sets; a disjunction of several alternatives requires one set, the
 * union of each alternative's most selective set (none when an alternative has none).
 * Case-insensitive regexes keep only sets of caseless strings (Arabic words, digits).
 */

/** AND of OR-sets; empty = no guarantee. */
type Factors = string[][];

/** Candidates whose shortest string is below this are useless as a gate. */
const MIN_FACTOR = 3;

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly unicode: boolean,
  ) {}

  fail(): never {
    throw new SyntaxError('regex-factors: unsupported syntax');
  }

  peek(): string {
    return this.src[this.i];
  }

  /** Disjunction up to ')' or the end; returns its factor sets. */
  disjunction(): Factors {
    const alts: Factors[] = [this.alternative()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.alternative());
    }
    if (alts.length === 1) return alts[0];
    if (alts.some((a) => a.length === 0)) return [];
    return [[...new Set(alts.map((a) => best(a)).flat())]];
  }

  alternative(): Factors {
    const cands: string[][] = [];
    let run = '';
    const flush = () => {
      if (run.length) cands.push([run]);
      run = '';
    };
    this.sequence(
      cands,
      () => run,
      (r) => (run = r),
      flush,
    );
    flush();
    return cands.filter((c) => c.every((f) => f.length >= MIN_FACTOR));
  }

  /** Reads terms until '|' or ')' or the end, feeding the caller's literal run and candidates. */
  sequence(cands: string[][], getRun: () => string, setRun: (r: string) => void, flush: () => void): void {
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const c = this.peek();
      if (c === '^' || c === '$') {
        this.i++;
        continue;
      }
      if (c === '(') {
        this.group(cands, getRun, setRun, flush);
        continue;
      }
      let literal: string | null = null;
      if (c === '\\') literal = this.escape();
      else if (c === '[') {
        this.charClass();
        literal = null;
      } else if (c === '.') {
        this.i++;
        literal = null;
      } else if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') {
        if (this.unicode || c !== '{') this.fail();
        this.i++;
        literal = '{';
      } else {
        this.i++;
        literal = c;
        // A surrogate pair is one character in unicode mode.
        const code = c.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdbff && this.i < this.src.length) literal += this.src[this.i++];
      }
      if (literal === '') continue; // a zero-width escape (\b, \B)
      const q = this.quantifier();
      if (q === null && literal !== null) setRun(getRun() + literal);
      else {
        flush();
        if (q !== null && q.min >= 1 && literal !== null && literal.length >= MIN_FACTOR)
          cands.push([literal]);
      }
    }
  }

  group(cands: string[][], getRun: () => string, setRun: (r: string) => void, flush: () => void): void {
    this.i++; // (
    let lookaround = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.i)) {
      const end = this.src.indexOf('>', this.i);
      if (end < 0) this.fail();
      this.i = end + 1;
    } else if (this.peek() === '?') this.fail();
    const start = this.i;
    const inner = this.disjunction();
    const singleAlt = hasNoTopLevelBar(this.src.slice(start, this.i));
    if (this.peek() !== ')') this.fail();
    this.i++;
    if (lookaround) {
      if (this.quantifier() !== null) this.fail();
      return; // consumes nothing: the run goes on
    }
    const q = this.quantifier();
    if (q === null && singleAlt) {
      // Read the group inline so literals around it join one run.
      const save = this.i;
      this.i = start;
      this.sequence(cands, getRun, setRun, flush);
      this.i = save;
      return;
    }
    flush();
    if (q === null || q.min >= 1) cands.push(...inner);
  }

  /** One escape outside a class: the literal character, '' for \b \B, or null for a class. */
  escape(): string | null {
    this.i++;
    const c = this.src[this.i++];
    if (c === undefined) this.fail();
    if (c === 'b' || c === 'B') return '';
    if ('dDsSwW'.includes(c)) return null;
    if (c === 'p' || c === 'P') {
      if (!this.unicode) return c;
      const end = this.src.indexOf('}', this.i);
      if (this.src[this.i] !== '{' || end < 0) this.fail();
      this.i = end + 1;
      return null;
    }
    if (c === 'k') {
      if (!this.unicode && this.src[this.i] !== '<') return 'k';
      const end = this.src.indexOf('>', this.i);
      if (end < 0) this.fail();
      this.i = end + 1;
      return null;
    }
    if (c >= '0' && c <= '9') {
      if (c === '0' && !/[0-9]/.test(this.src[this.i] ?? '')) return '\0';
      this.fail(); // back references and legacy octal
    }
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };
    if (simple[c]) return simple[c];
    if (c === 'x') {
      const hex = this.src.slice(this.i, this.i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) this.fail();
      this.i += 2;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (c === 'u') {
      if (this.src[this.i] === '{') {
        const end = this.src.indexOf('}', this.i);
        if (!this.unicode || end < 0) this.fail();
        const cp = parseInt(this.src.slice(this.i + 1, end), 16);
        this.i = end + 1;
        return String.fromCodePoint(cp);
      }
      const hex = this.src.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail();
      this.i += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (c === 'c') this.fail();
    if (/[\p{L}\p{N}]/u.test(c) && this.unicode) this.fail();
    return c; // identity escape: \. \/ \- \( …
  }

  charClass(): void {
    this.i++; // [
    if (this.peek() === '^') this.i++;
    if (this.peek() === ']') this.i++; // a literal ] first (non-unicode)
    while (this.i < this.src.length && this.peek() !== ']') {
      if (this.peek() === '\\') this.i++;
      this.i++;
    }
    if (this.peek() !== ']') this.fail();
    this.i++;
  }

  /** The quantifier after an atom, or null when there is none. */
  quantifier(): { min: number } | null {
    const c = this.peek();
    let min: number;
    if (c === '*' || c === '?') {
      this.i++;
      min = 0;
    } else if (c === '+') {
      this.i++;
      min = 1;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) {
        if (this.unicode) this.fail();
        return null;
      }
      this.i += m[0].length;
      min = Number(m[1]);
      // {1} (exactly once) is no quantifier at all.
      if (min === 1 && m[2] === undefined) {
        if (this.peek() === '?') this.i++;
        return null;
      }
    } else return null;
    if (this.peek() === '?') this.i++;
    return { min };
  }
}

/** Whether a group body has no '|' outside nested groups and classes. */
function hasNoTopLevelBar(body: string): boolean {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i++;
      while (i < body.length && body[i] !== ']') {
        if (body[i] === '\\') i++;
        i++;
      }
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** No character of `s` has a case mapping (so /i matches it only as written). */
function caseless(s: string): boolean {
  for (const ch of s) if (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) return false;
  return true;
}

/** The most selective set: longest shortest-string, then fewest strings. */
function best(cands: string[][]): string[] {
  let pick: string[] = [];
  let pickMin = 0;
  for (const c of cands) {
    const min = Math.min(...c.map((s) => s.length));
    if (min < MIN_FACTOR) continue;
    if (pick.length === 0 || min > pickMin || (min === pickMin && c.length < pick.length)) {
      pick = c;
      pickMin = min;
    }
  }
  return pick;
}

/**
 * Required factor sets of a regex source with flags (every match contains a string of each set),
 * most selective first, or null when no gate is possible.
 */
export function requiredFactors(source: string, flags: string): string[][] | null {
  const p = new Parser(source, flags.includes('u') || flags.includes('v'));
  try {
    let sets = p.disjunction();
    // Ignoring case, only caseless factors (Arabic letters, digits, punctuation) stay exact.
    if (flags.includes('i')) sets = sets.filter((c) => c.every(caseless));
    if (p.i !== source.length || sets.length === 0) return null;
    const key = (c: string[]) => Math.min(...c.map((f) => f.length));
    return sets.map((c) => [...new Set(c)]).sort((a, b) => key(b) - key(a) || a.length - b.length);
  } catch {
    return null;
  }
}
