import { describe, expect, it } from 'vitest';
import { articleId, normaliseForId, normaliseForIdSlow } from './ids';

describe('article ids', () => {
  it('normalise exactly as the regex definition does, on every mix of spaces, marks and line breaks', () => {
    const pieces = [
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u200f',
      '\u200e',
      '\n',
      '\r',
      '\r\n',
      'a',
      'ب',
      'e\u0301',
      '\u2028',
      '\ufeff',
      'x',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let changed = 0;
    for (let k = 0; k < 50000; k++) {
      let t = '';
      for (let i = Math.floor(next() * 14); i > 0; i--) t += pieces[Math.floor(next() * pieces.length)];
      const want = normaliseForIdSlow(t);
      expect(normaliseForId(t), JSON.stringify(t)).toBe(want);
      if (want !== t) changed++;
    }
    expect(changed).toBeGreaterThan(40000);
  });

  it('gives the same id to the same article however its lines and spaces were written', async () => {
    const a = await articleId('قال لافروف\u00a0 إن موسكو\r\n  تدعم الحل  \n');
    expect(a).toMatch(/^a[0-9a-f]{24}$/);
    expect(await articleId('  قال لافروف إن موسكو\nتدعم الحل')).toBe(a);
    expect(await articleId('قال لافروف إن موسكو تدعم الحل')).not.toBe(a);
  });
});
