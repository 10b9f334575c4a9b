import { describe, expect, it } from 'vitest';
import { timelinePoints } from '../lib/timeline';
import { seedArticles } from '../lib/timeline/test-fixtures';
import { laneOf, laneRows } from './timeline-lanes';

const data = timelinePoints(seedArticles());

describe('lane rows', () => {
  it('keeps lanes whose statements are all undated, with 0 dated and n undated, after the dated ones', () => {
    const rows = laneRows(data.points, data.undated, { by: 'speaker' });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('putin')).toMatchObject({ count: 2, undated: 0, label: 'Vladimir Putin' });
    expect(byId.get('zakharova')).toMatchObject({ count: 0, undated: 2, label: 'Maria Zakharova' });
    expect(byId.get('syromolotov')).toMatchObject({ count: 0, undated: 2 });
    expect(byId.get('bogdanov')).toMatchObject({ count: 0, undated: 1 });
    const firstUndatedOnly = rows.findIndex((r) => r.count === 0);
    expect(rows.slice(firstUndatedOnly).every((r) => r.count === 0)).toBe(true);
  });

  it('sorts by name, pins first (undated-only lanes too), and hides', () => {
    const rows = laneRows(data.points, data.undated, {
      by: 'speaker',
      sort: 'name',
      pinned: ['zakharova', 'putin'],
      hidden: new Set(['bogdanov', 'antonov']),
    });
    const ids = rows.map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual(['zakharova', 'putin']);
    expect(ids).not.toContain('bogdanov');
    expect(ids).not.toContain('antonov');
    const rest = rows.slice(2).map((r) => r.label);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('speaker lanes read the names sent with the data in the Arabic UI (undated-only lanes too), English otherwise', () => {
    const names = { putin: { en: 'Vladimir Putin', ar: 'فلاديمير بوتين' }, zakharova: { en: 'Maria Zakharova', ar: 'ماريا زاخاروفا' } };
    const ar = new Map(laneRows(data.points, data.undated, { by: 'speaker', lang: 'ar', names }).map((r) => [r.id, r]));
    expect(ar.get('putin')).toMatchObject({ label: 'فلاديمير بوتين', count: 2 });
    expect(ar.get('zakharova')).toMatchObject({ label: 'ماريا زاخاروفا', count: 0, labels: { en: 'Maria Zakharova', ar: 'ماريا زاخاروفا' } });
    expect(ar.get('antonov')?.label).toBe('Anatoly Antonov'); // no name sent: English
    const en = new Map(laneRows(data.points, data.undated, { by: 'speaker', lang: 'en', names }).map((r) => [r.id, r]));
    expect(en.get('putin')?.label).toBe('Vladimir Putin');
    expect(en.get('zakharova')?.label).toBe('Maria Zakharova');
  });

  it('lanes by institution use the institution names in the UI language', () => {
    const rows = laneRows(data.points, data.undated, { by: 'institution', lang: 'ar' });
    expect(rows.find((r) => r.id === 'mfa')).toMatchObject({ label: 'وزارة الخارجية' });
    expect(laneOf(data.undated[0], 'outlet')).toBe('RT Arabic');
  });
});
