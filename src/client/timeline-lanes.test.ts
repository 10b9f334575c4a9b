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

  it('lanes by institution use the institution names in the UI language', () => {
    const rows = laneRows(data.points, data.undated, { by: 'institution', lang: 'ar' });
    expect(rows.find((r) => r.id === 'mfa')).toMatchObject({ label: 'وزارة الخارجية' });
    expect(laneOf(data.undated[0], 'outlet')).toBe('RT Arabic');
  });
});
