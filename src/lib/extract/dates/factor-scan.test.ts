import { describe, expect, it } from 'vitest';
import { FactorScanner } from './factor-scan';

/** Every offset of `s` in `text`, overlapping ones too. */
function plain(text: string, s: string): number[] {
  const out: number[] = [];
  for (let p = text.indexOf(s); p >= 0; p = text.indexOf(s, p + 1)) out.push(p);
  return out;
}

describe('FactorScanner', () => {
  it('finds every occurrence of every string, as plain search does', () => {
    const strings = ['حلب', 'استعاد', 'اعادة', 'عاد', 'ab', 'aaa', 'aaaa', ' سوري', 'سوريا ', 'x'];
    const scanner = new FactorScanner(strings);
    let seed = 7;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const pieces = [...strings, 'ا', 'ل', ' ', 'a', 'b', '\n', 'حل', 'ستعا'];
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let i = rnd(30); i > 0; i--) text += pieces[rnd(pieces.length)];
      const found = scanner.scan(text);
      for (const s of strings) {
        expect(found.occurrences(s), `${s} in ${JSON.stringify(text)}`).toEqual(plain(text, s));
        expect(found.has(s)).toBe(text.includes(s));
      }
    }
  });
});
