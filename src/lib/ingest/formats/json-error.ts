/**
 * Finds where a JSON text goes wrong. JSON.parse reports positions in words that differ between
 * engines (and sometimes not at all), so this small validator walks the grammar itself and
 * returns the offset of the first error; from it, the line a person should look at.
 */

const OBJECT = 1;
const ARRAY = 2;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Offset of the first syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;

  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  /** Reads a string starting at text[i] === '"'; false leaves i at the fault. */
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        i++;
        return true;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[\da-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else return false;
      } else if (c < ' ') return false;
      else i++;
    }
    return false;
  };
  /** Reads a value; opening brackets push onto the stack. Returns 'open' for a non-empty container. */
  const value = (): 'done' | 'open' | 'error' => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      ws();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        return 'done';
      }
      stack.push(c === '{' ? OBJECT : ARRAY);
      return 'open';
    }
    if (c === '"') return string() ? 'done' : 'error';
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return 'done';
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) {
      i = NUMBER.lastIndex;
      return 'done';
    }
    return 'error';
  };
  /** Reads `"key":` inside an object. */
  const key = (): boolean => {
    ws();
    if (text[i] !== '"' || !string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  let expectKey = false;
  for (;;) {
    if (expectKey && !key()) return i;
    const v = value();
    if (v === 'error') return i;
    if (v === 'open') {
      expectKey = stack[stack.length - 1] === OBJECT;
      continue;
    }
    // After a complete value: close containers or move to the next member.
    for (;;) {
      ws();
      if (!stack.length) return i === n ? -1 : i;
      const top = stack[stack.length - 1];
      if (text[i] === ',') {
        i++;
        expectKey = top === OBJECT;
        break;
      }
      if (text[i] === (top === OBJECT ? '}' : ']')) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}

/** 1-based line of the first syntax error (at the end of input: the last line with content). */
export function jsonErrorLine(text: string): number {
  let offset = jsonErrorOffset(text);
  if (offset < 0) return 0;
  if (offset >= text.length) offset = text.trimEnd().length - 1;
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
