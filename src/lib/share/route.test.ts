import { describe, expect, it } from 'vitest';
import { formatFragment, formatRoute, parseFragment, parseRoute } from './route';
import type { ViewState } from './spec';
import { AR_TEXT, EN_TEXT, RU_TEXT, statementsView, timelineView, versionsView } from './test-fixtures';

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

describe('search route', () => {
  it('round-trips queries in every script, with quotes, facets and # or % inside', () => {
    for (const query of ['لافروف "حل عسكري" -واشنطن', 'Лавров outlet:"RT Arabic"', 'a#b %41 +c', '']) {
      const hash = formatRoute({ view: 'search', query });
      expect(hash.startsWith('#q=')).toBe(true);
      expect(parseRoute(hash)).toEqual({ route: { view: 'search', query }, ignored: false });
    }
  });

  it('accepts the undecoded form a browser may hand over', () => {
    expect(parseRoute('#q=لافروف').route).toEqual({ view: 'search', query: 'لافروف' });
  });

  it('ignores malformed escapes, control characters and over-long queries', () => {
    for (const bad of [
      '#q=%E0%A4%A',
      '#q=%',
      '#q=a%0Ab',
      '#q=%00',
      '#q=' + 'x'.repeat(1001),
      '#q=' + '%D8%B3'.repeat(1001),
      '#q=a#b',
    ])
      expect(parseRoute(bad)).toEqual({ route: { view: 'library' }, ignored: true });
  });
});

describe('share links through the router', () => {
  it('parseRoute defers compressed forms to parseFragment instead of ignoring them', () => {
    expect(parseRoute('#c=1.AAAA')).toEqual({ route: { view: 'library' }, ignored: false, shared: true });
    expect(parseRoute('#t=1.AAAA').shared).toBe(true);
  });

  it('formatFragment and parseFragment round-trip every kind of view', async () => {
    const compare = await versionsView([AR_TEXT, EN_TEXT, RU_TEXT]);
    const views: ViewState[] = [
      { view: 'library' },
      { view: 'lists' },
      { view: 'article', id: compare.spec.items[0].articleId },
      { view: 'search', query: 'Захарова speaker:lavrov' },
      compare,
      await statementsView(),
      timelineView(),
    ];
    for (const state of views)
      expect(await parseFragment(await formatFragment(state))).toEqual({ state, notice: null });
    const ref = await formatFragment(compare, { embed: false });
    expect((await parseFragment(ref)).state).toMatchObject({
      view: 'compare',
      spec: { items: [{ articleId: compare.spec.items[0].articleId }, {}, {}] },
    });
  });

  it('a refused fragment gives the library view and a notice', async () => {
    for (const bad of [
      '#c=1.!!',
      '#t=9.AAAA',
      '#article=javascript:alert(1)',
      '#nope',
      '#c=1.' + 'A'.repeat(3 << 20),
    ]) {
      const r = await parseFragment(bad);
      expect(r.state).toEqual({ view: 'library' });
      expect(r.notice).toMatch(/link/);
    }
    expect((await parseFragment('#t=9.AAAA')).notice).toMatch(/newer version/);
  });
});
