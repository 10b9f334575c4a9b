import { describe, expect, it } from 'vitest';
import { isRealIsoDate, restoreState } from './restore';
import { LIMITS } from './spec';

const ID = 'a' + '0123456789abcdef01234567';
const ID2 = 'a' + 'fedcba9876543210fedcba98';

function compare(items: unknown[], extra: Record<string, unknown> = {}, mode = 'versions'): unknown {
  return { view: 'compare', spec: { mode, items, ...extra } };
}

/** A valid compare value with one field replaced through `set`. */
function withItem(field: string, value: unknown): unknown {
  return compare([{ articleId: ID, text: 'نص', [field]: value }]);
}

describe('restoreState: valid input', () => {
  it('fills defaults and keeps only known fields', () => {
    expect(
      restoreState(compare([{ articleId: ID, colour: 'red', onclick: 'alert(1)' }], { extra: 1 })),
    ).toEqual({
      view: 'compare',
      spec: {
        mode: 'versions',
        items: [{ articleId: ID }],
        options: { base: 0, hideSpelling: false, sort: 'given' },
      },
    });
    expect(restoreState({ view: 'timeline' })).toEqual({
      view: 'timeline',
      spec: { lanes: 'speaker', speakers: [], officialsOnly: false, hidden: [], pinned: [] },
    });
    expect(restoreState({ view: 'search' })).toEqual({ view: 'search', query: '' });
    expect(restoreState({ view: 'lists', id: ID })).toEqual({ view: 'lists' });
  });

  it('reads the timeline lane ids, order and shared filters, leaving defaults out', () => {
    const r = restoreState({
      view: 'timeline',
      spec: {
        lanes: 'institution',
        hidden: ['lavrov', '~sergey ivanov', 'RT Arabic'],
        pinned: ['mfa', '~'],
        sort: 'name',
        aboutSyriaOnly: false,
        institutions: ['mfa', '~'],
        outlets: ['روسيا اليوم'],
        languages: ['ar', 'ru'],
        kinds: ['quote'],
      },
    });
    expect(r).toEqual({
      view: 'timeline',
      spec: {
        lanes: 'institution',
        speakers: [],
        officialsOnly: false,
        hidden: ['lavrov', '~sergey ivanov', 'RT Arabic'],
        pinned: ['mfa', '~'],
        sort: 'name',
        aboutSyriaOnly: false,
        institutions: ['mfa', '~'],
        outlets: ['روسيا اليوم'],
        languages: ['ar', 'ru'],
        kinds: ['quote'],
      },
    });
    const defaults = restoreState({
      view: 'timeline',
      spec: { sort: 'count', aboutSyriaOnly: true, institutions: [], outlets: [], languages: [], kinds: [] },
    });
    expect(defaults).toEqual({
      view: 'timeline',
      spec: { lanes: 'speaker', speakers: [], officialsOnly: false, hidden: [], pinned: [] },
    });
  });

  it('treats null as absent and drops empty optional strings', () => {
    expect(
      restoreState(compare([{ articleId: ID, text: null, headline: '', outlet: null }], { options: null })),
    ).toEqual({
      view: 'compare',
      spec: {
        mode: 'versions',
        items: [{ articleId: ID }],
        options: { base: 0, hideSpelling: false, sort: 'given' },
      },
    });
  });

  it('keeps HTML, script and javascript: strings as inert text, verbatim', () => {
    const hostile = {
      articleId: ID,
      text: '<script>alert(1)</script>\n<img src=x onerror=alert(1)>',
      headline: '<a href="javascript:alert(1)">اضغط</a>',
      outlet: 'javascript:alert(document.cookie)',
      speaker: { nameEn: '"><svg onload=alert(1)>', role: '{{constructor.constructor("alert(1)")()}}' },
    };
    const r = restoreState(compare([hostile]));
    expect(r).toEqual({
      view: 'compare',
      spec: {
        mode: 'versions',
        items: [{ ...hostile, speaker: { ...hostile.speaker, russianOfficial: false } }],
        options: { base: 0, hideSpelling: false, sort: 'given' },
      },
    });
  });

  it('lends an article text to other items of the same article', () => {
    const r = restoreState(
      compare(
        [
          { articleId: ID, statementIndex: 0, text: 'النص' },
          { articleId: ID2, statementIndex: 0 },
          { articleId: ID, statementIndex: 3 },
        ],
        {},
        'statements',
      ),
    );
    expect(r?.view === 'compare' && r.spec.items.map((i) => i.text)).toEqual(['النص', undefined, 'النص']);
  });

  it('returns fresh objects, never the input or its prototype', () => {
    const input = { view: 'timeline', spec: { speakers: ['lavrov'] } };
    const r = restoreState(input);
    expect(r).not.toBe(input);
    expect(r?.view === 'timeline' && r.spec.speakers).not.toBe(input.spec.speakers);
    class Sneaky {
      view = 'lists';
    }
    expect(Object.getPrototypeOf(restoreState(new Sneaky()))).toBe(Object.prototype);
  });

  it('is idempotent', () => {
    const once = restoreState(
      compare(
        [{ articleId: ID, statementIndex: 2, date: '2016-10-12' }],
        { options: { base: 0 } },
        'statements',
      ),
    );
    expect(restoreState(once)).toEqual(once);
  });
});

describe('restoreState: junk', () => {
  it('refuses wrong types everywhere', () => {
    const bad: unknown[] = [
      undefined,
      null,
      42,
      'compare',
      [],
      { view: 'nope' },
      { view: ['compare'] },
      { view: 'article', id: 'a123' },
      { view: 'article', id: ID.toUpperCase() },
      { view: 'article', id: ID + ' ' },
      { view: 'search', query: 42 },
      { view: 'search', query: 'a\nb' },
      { view: 'compare' },
      { view: 'compare', spec: [] },
      compare([]),
      compare({ 0: { articleId: ID }, length: 1 } as unknown as unknown[]),
      compare([{ articleId: ID }], {}, 'both'),
      compare([ID]),
      compare([null]),
      compare([{}]),
      compare([{ articleId: 42 }]),
      compare([{ articleId: ID }], {}, 'statements'), // statementIndex required
      compare([{ articleId: ID, statementIndex: '1' }], {}, 'statements'),
      compare([{ articleId: ID, statementIndex: 1.5 }], {}, 'statements'),
      compare([{ articleId: ID, statementIndex: -1 }], {}, 'statements'),
      compare([{ articleId: ID, statementIndex: 1e308 }], {}, 'statements'),
      compare([{ articleId: ID, statementIndex: Infinity }], {}, 'statements'),
      compare([{ articleId: ID, statementIndex: NaN }], {}, 'statements'),
      withItem('text', 42),
      withItem('text', ['a']),
      withItem('text', { toString: () => 'x' }),
      withItem('text', 'nul\u0000'),
      withItem('text', 'x'.repeat(LIMITS.text + 1)),
      withItem('statementText', 'x'.repeat(LIMITS.statementText + 1)),
      withItem('headline', 'two\nlines'),
      withItem('headline', 'bidi\u2028sep'),
      withItem('headline', 'x'.repeat(LIMITS.headline + 1)),
      withItem('outlet', true),
      withItem('speaker', 'Lavrov'),
      withItem('speaker', {}),
      withItem('speaker', { nameEn: 'Lavrov', russianOfficial: 'yes' }),
      withItem('speaker', { nameEn: 'Lavrov', role: 7 }),
      withItem('date', '2016-10-12T00:00:00Z'),
      withItem('date', '2016-02-30'),
      withItem('date', 20161012),
      withItem('language', 'fr'),
      compare([{ articleId: ID }], { options: [] }),
      compare([{ articleId: ID }], { options: { base: 1 } }), // only one item
      compare([{ articleId: ID }], { options: { base: '0' } }),
      compare([{ articleId: ID }], { options: { hideSpelling: 1 } }),
      compare([{ articleId: ID }], { options: { sort: 'random' } }),
      { view: 'timeline', spec: 'all' },
      { view: 'timeline', spec: { lanes: 'country' } },
      { view: 'timeline', spec: { from: '2016-13-01' } },
      { view: 'timeline', spec: { from: '2017-01-01', to: '2016-01-01' } },
      { view: 'timeline', spec: { speakers: 'lavrov' } },
      { view: 'timeline', spec: { speakers: [1] } },
      { view: 'timeline', spec: { speakers: [''] } },
      { view: 'timeline', spec: { hidden: ['lavrov\n'] } },
      { view: 'timeline', spec: { hidden: [3] } },
      { view: 'timeline', spec: { pinned: ['x'.repeat(LIMITS.laneId + 1)] } },
      { view: 'timeline', spec: { sort: 'random' } },
      { view: 'timeline', spec: { aboutSyriaOnly: 'no' } },
      { view: 'timeline', spec: { languages: ['fr'] } },
      { view: 'timeline', spec: { kinds: ['rumour'] } },
      { view: 'timeline', spec: { institutions: ['mfa\u0000'] } },
      { view: 'timeline', spec: { outlets: 'RT' } },
      { view: 'timeline', spec: { officialsOnly: 'true' } },
      { view: 'timeline', spec: { query: ['a'] } },
    ];
    for (const b of bad) expect(restoreState(b), JSON.stringify(b)?.slice(0, 120)).toBeNull();
  });

  it('refuses too many items, per mode', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ articleId: ID, statementIndex: i }));
    expect(restoreState(compare(items(LIMITS.versionsItems)))).not.toBeNull();
    expect(restoreState(compare(items(LIMITS.versionsItems + 1)))).toBeNull();
    expect(restoreState(compare(items(LIMITS.statementsItems), {}, 'statements'))).not.toBeNull();
    expect(restoreState(compare(items(LIMITS.statementsItems + 1), {}, 'statements'))).toBeNull();
    const many = Array.from({ length: LIMITS.hidden + 1 }, () => ID);
    expect(restoreState({ view: 'timeline', spec: { hidden: many } })).toBeNull();
    // duplicates are dropped, but only after the length bound
    expect(restoreState({ view: 'timeline', spec: { hidden: [ID, ID] } })).toMatchObject({
      spec: { hidden: [ID] },
    });
  });

  it('ignores __proto__ and constructor keys and pollutes nothing', () => {
    const json =
      '{"__proto__":{"view":"lists"},"view":"timeline","constructor":{"prototype":{"polluted":1}},' +
      '"spec":{"__proto__":{"lanes":"outlet","polluted":1},"speakers":["lavrov"]}}';
    const r = restoreState(JSON.parse(json));
    expect(r).toEqual({
      view: 'timeline',
      spec: { lanes: 'speaker', speakers: ['lavrov'], officialsOnly: false, hidden: [], pinned: [] },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(restoreState(JSON.parse('{"__proto__":{"view":"lists"}}'))).toBeNull();
    // A polluted Object.prototype must not fill in missing fields either.
    Object.defineProperty(Object.prototype, 'view', { value: 'lists', configurable: true });
    try {
      expect(restoreState({})).toBeNull();
    } finally {
      delete (Object.prototype as Record<string, unknown>).view;
    }
  });

  it('never throws, whatever the input', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    expect(restoreState(throwing)).toBeNull();
    expect(restoreState({ view: 'compare', spec: throwing })).toBeNull();
    const getter = {
      view: 'timeline',
      get spec(): unknown {
        throw new Error('boom');
      },
    };
    expect(restoreState(getter)).toBeNull();
    let deep: unknown = { articleId: ID };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(restoreState(compare([deep]))).toBeNull();
    expect(restoreState({ view: 'timeline', spec: { speakers: [deep] } })).toBeNull();
  });
});

describe('isRealIsoDate', () => {
  it('accepts real days only', () => {
    expect(['2016-02-29', '2000-02-29', '2011-03-15', '1900-01-01', '2100-12-31'].every(isRealIsoDate)).toBe(
      true,
    );
    for (const d of [
      '2015-02-29',
      '1900-02-29',
      '2016-04-31',
      '2016-00-10',
      '2016-10-00',
      '1899-12-31',
      '2101-01-01',
      '16-10-12',
      '٢٠١٦-١٠-١٢',
    ])
      expect(isRealIsoDate(d), d).toBe(false);
  });
});
