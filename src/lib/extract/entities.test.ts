import { describe, expect, it } from 'vitest';
import { cleanEntities } from './entities';

describe('cleanEntities', () => {
  it('decodes named and numeric entities', () => {
    expect(cleanEntities('a&nbsp;b &amp; c &#1605; &#x41; &laquo;x&raquo;').text).toBe('a b & c م A «x»');
  });
  it('drops stray ampersands next to Arabic or Cyrillic words', () => {
    expect(cleanEntities('لا نسعى لزعامة&').text).toBe('لا نسعى لزعامة');
    expect(cleanEntities('إلى واشنطن &برئاسة رئيس').text).toBe('إلى واشنطن برئاسة رئيس');
    expect(cleanEntities('Россия & Сирия').text).toBe('Россия Сирия');
    expect(cleanEntities('لا نسعى&\nسطر').text).toBe('لا نسعى\nسطر');
  });
  it('keeps an ampersand between Latin words', () => {
    expect(cleanEntities('AT&T and R&D, Tom & Jerry').text).toBe('AT&T and R&D, Tom & Jerry');
    expect(cleanEntities('AT&T').removed).toEqual([]);
  });
  it('reports what it removed', () => {
    expect(cleanEntities('x&amp;nbsp;y&').removed).toEqual(['&amp;', '&nbsp;', '&']);
  });
});
