import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './route';

describe('parseRoute', () => {
  it('reads the library and article views', () => {
    expect(parseRoute('')).toEqual({ route: { view: 'library' }, ignored: false });
    const id = 'a' + '0123456789abcdef01234567';
    expect(parseRoute('#article=' + id)).toEqual({ route: { view: 'article', id }, ignored: false });
  });

  it('round-trips', () => {
    const route = { view: 'article', id: 'a' + 'f'.repeat(24) } as const;
    expect(parseRoute('#' + formatRoute(route).slice(1)).route).toEqual(route);
    expect(formatRoute({ view: 'library' })).toBe('');
    expect(parseRoute(formatRoute({ view: 'lists' })).route).toEqual({ view: 'lists' });
  });

  it('ignores junk and hostile fragments', () => {
    for (const bad of [
      '#article=<script>alert(1)</script>',
      '#article=javascript:alert(1)',
      '#article=a123',
      '#article=' + 'a'.repeat(25) + 'x',
      '#' + 'x'.repeat(3 * 1024 * 1024),
      '#%00%ff',
    ]) {
      const r = parseRoute(bad);
      expect(r.route).toEqual({ view: 'library' });
      expect(r.ignored).toBe(true);
    }
  });
});
