import { describe, expect, it } from 'vitest';
import type { DateInfo } from '../model/article';
import { propagateDates } from './index';

const undated = (window: DateInfo['window'] = null): DateInfo => ({
  date: null,
  precision: null,
  window,
  evidence: null,
  source: null,
});

const dated = (date: string, text: string, precision: DateInfo['precision'] = 'day'): DateInfo => ({
  date,
  precision,
  window: null,
  evidence: { basis: 'dateline', text, start: 10, end: 10 + text.length },
  source: 'text',
});

const rt = {
  id: 'a000',
  headline: 'الدفاع الروسية: موسكو مستعدة للعمل مع واشنطن على التسوية في سوريا',
  date: dated('2016-10-11', 'الثلاثاء 11 أكتوبر/تشرين الأول'),
};

describe('propagateDates', () => {
  it('gives an undated member the dated member’s date, with source cluster and evidence', () => {
    const rewrite = { id: 'a002', headline: null, date: undated([null, null]) };
    const out = propagateDates([rt, rewrite], [['a000', 'a002']]);
    expect([...out.keys()]).toEqual(['a002']);
    const d = out.get('a002')!;
    expect(d).toMatchObject({
      date: '2016-10-11',
      precision: 'day',
      window: null,
      source: 'cluster',
      evidence: { basis: `near-duplicate of ${rt.headline}`, text: 'الثلاثاء 11 أكتوبر/تشرين الأول' },
    });
    // No offsets: they would point into the other article's body.
    expect(d.evidence!.start).toBeUndefined();
    expect(d.reasoning?.[0]).toContain('2016-10-11');
  });

  it('leaves dated members alone and names the donor by id when it has no headline', () => {
    const a = { id: 'x', date: dated('2015-10-13', '13 تشرين الأول') };
    const b = { id: 'y', date: dated('2015-10-14', '14 تشرين الأول') };
    const c = { id: 'z', date: undated() };
    const out = propagateDates([a, b, c], [['x', 'y', 'z']]);
    expect([...out.keys()]).toEqual(['z']);
    expect(out.get('z')!.date).toBe('2015-10-13'); // the earliest
    expect(out.get('z')!.evidence!.basis).toBe('near-duplicate of x');
  });

  it('respects a window that excludes the donor’s date', () => {
    const early = { id: 'e', date: undated(['2017-01-01', null]) };
    const late = { id: 'l', date: undated([null, '2016-09-30']) };
    const inside = { id: 'i', date: undated(['2015-09-30', null]) };
    const out = propagateDates([rt, early, late, inside], [['a000', 'e', 'l', 'i']]);
    expect(out.has('e')).toBe(false);
    expect(out.has('l')).toBe(false);
    expect(out.get('i')!.date).toBe('2016-10-11');
  });

  it('takes the earliest donor the window admits', () => {
    const later = { id: 'b', date: dated('2017-03-01', '1 آذار') };
    const member = { id: 'm', date: undated(['2017-01-01', null]) };
    const out = propagateDates([rt, later, member], [['a000', 'b', 'm']]);
    expect(out.get('m')!.date).toBe('2017-03-01');
  });

  it('treats a month- or year-precision donor as its whole period', () => {
    const month = { id: 'mo', date: dated('2016-10-01', 'أكتوبر 2016', 'month') };
    const member = { id: 'm', date: undated(['2016-10-15', null]) };
    const out = propagateDates([month, member], [['mo', 'm']]);
    expect(out.get('m')).toMatchObject({ date: '2016-10-01', precision: 'month' });
    const year = { id: 'y', date: dated('2016-01-01', '2016', 'year') };
    const after = { id: 'n', date: undated(['2017-01-01', null]) };
    expect(propagateDates([year, after], [['y', 'n']]).size).toBe(0);
  });

  it('recomputes earlier propagated dates, reports only changes, ignores unknown ids', () => {
    const first = propagateDates([rt, { id: 'r', date: undated() }], [['a000', 'r']]).get('r')!;
    // Same cluster again: nothing changes.
    expect(propagateDates([rt, { id: 'r', date: first }], [['a000', 'r', 'ghost']]).size).toBe(0);
    // An earlier dated copy joins the cluster: the propagated date moves, the donor's does not.
    const earlier = { id: 'w', date: dated('2016-10-10', 'الاثنين') };
    const out = propagateDates([rt, earlier, { id: 'r', date: first }], [['a000', 'r', 'w']]);
    expect([...out.keys()]).toEqual(['r']);
    expect(out.get('r')!.date).toBe('2016-10-10');
    // A cluster without a dated member changes nothing.
    expect(
      propagateDates(
        [
          { id: 'p', date: undated() },
          { id: 'q', date: undated() },
        ],
        [['p', 'q']],
      ).size,
    ).toBe(0);
  });
});
