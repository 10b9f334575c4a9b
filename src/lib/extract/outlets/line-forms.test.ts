import { describe, expect, it } from 'vitest';
import { lineForms } from './fingerprints';

/** The forms as the patterns define them: white space folded and trimmed, then lower-cased. */
function reference(line: string): { spaced: string; folded: string } {
  const spaced = line.replace(/[\s\u00a0]+/g, ' ').trim();
  return { spaced, folded: spaced.toLowerCase() };
}

describe('lineForms', () => {
  it('equals folding by regex on mixed-script lines', () => {
    const parts = [
      'مباشر',
      'أقسام',
      ' ',
      '  ',
      '\u00a0',
      '\t',
      'Stories',
      'RT',
      'Новости',
      'тасс',
      '123',
      '-',
      '\u2009',
      'x',
    ];
    let seed = 3;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = 0, n = rnd(7); i < n; i++) s += parts[rnd(parts.length)];
      expect(lineForms(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });

  it('keeps a clean Arabic line as it is', () => {
    const line = 'أين يمكنك متابعتنا';
    const f = lineForms(line);
    expect(f.spaced).toBe(line);
    expect(f.folded).toBe(line);
  });

  it('folds spaces and case', () => {
    expect(lineForms('  Follow  US\u00a0on Telegram ')).toEqual({
      spaced: 'Follow US on Telegram',
      folded: 'follow us on telegram',
    });
  });
});
