import { describe, expect, it } from 'vitest';
import { normalizeSpec, specDomain, specKey, specToParams, toggled, withDomain } from './timeline-spec';
import { restoreState } from '../lib/share/restore';
import type { TimelineSpec } from '../lib/share/spec';

const base: TimelineSpec = { lanes: 'speaker', speakers: [], officialsOnly: true, hidden: [], pinned: [] };
const utc = (iso: string) => Date.parse(iso + 'T00:00:00Z');

describe('timeline spec', () => {
  it('gives the worker its filters, with defaults for absent fields', () => {
    expect(specToParams(base)).toEqual({
      query: '',
      officialsOnly: true,
      aboutSyriaOnly: true,
      speakers: [],
      institutions: [],
      outlets: [],
      languages: [],
      kinds: [],
    });
    const p = specToParams({ ...base, query: 'لافروف', speakers: ['zakharova'], aboutSyriaOnly: false, kinds: ['quote'], languages: ['ar'] });
    expect(p).toMatchObject({ query: 'لافروف', speakers: ['zakharova'], aboutSyriaOnly: false, kinds: ['quote'], languages: ['ar'] });
  });

  it('turns the inclusive days of the URL into a [from, to) domain and back', () => {
    expect(specDomain(base)).toBeNull();
    const d = specDomain({ ...base, from: '2016-10-01', to: '2016-10-31' })!;
    expect(d).toEqual([utc('2016-10-01'), utc('2016-11-01')]);
    expect(withDomain(base, d)).toMatchObject({ from: '2016-10-01', to: '2016-10-31' });
    // A zoomed domain is rounded out to whole days.
    expect(withDomain(base, [utc('2016-10-01') + 3600e3, utc('2016-10-03') + 7200e3])).toMatchObject({ from: '2016-10-01', to: '2016-10-03' });
    expect(withDomain({ ...base, from: '2016-10-01', to: '2016-10-31' }, null)).toEqual(base);
    // An open end takes the fallback.
    expect(specDomain({ ...base, from: '2016-10-01' }, [0, utc('2017-01-01')])).toEqual([utc('2016-10-01'), utc('2017-01-01')]);
  });

  it('leaves defaults out, so the link stays short and restore gives the same spec back', () => {
    const spec: TimelineSpec = { ...base, sort: 'count', aboutSyriaOnly: true, institutions: [], outlets: [], languages: [], kinds: [], query: '  ' };
    expect(normalizeSpec(spec)).toEqual(base);
    const full: TimelineSpec = {
      ...base,
      from: '2015-10-01',
      to: '2016-10-31',
      sort: 'name',
      aboutSyriaOnly: false,
      hidden: ['~sergey ivanov'],
      pinned: ['putin'],
      institutions: ['mfa'],
      outlets: ['RT Arabic'],
      languages: ['ar'],
      kinds: ['quote', 'headline'],
    };
    const back = restoreState({ view: 'timeline', spec: normalizeSpec(full) });
    expect(back).toEqual({ view: 'timeline', spec: normalizeSpec(full) });
    expect(specKey(full)).toBe(specKey(normalizeSpec(full)));
  });

  it('toggles a value in a list', () => {
    expect(toggled(undefined, 'a')).toEqual(['a']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });
});
