import { describe, expect, it } from 'vitest';
import { assignLanes, laneKey } from './lanes';
import { NONE, timelinePoints } from './points';
import type { TimelinePoint } from './points';
import { makeArticle, seedArticles } from './test-fixtures';

const { points } = timelinePoints(seedArticles(), { officialsOnly: false });
const ids = (l: { id: string }[]) => l.map((x) => x.id);

describe('assignLanes', () => {
  it('makes one lane per speaker, most statements first, ties by name', () => {
    const lanes = assignLanes(points, { by: 'speaker' });
    // putin 2, ru-mod 2, antonov 2, lavrov 2, warren 1: ties ordered by English name.
    expect(ids(lanes)).toEqual(['antonov', 'ru-mod', 'lavrov', 'putin', 'warren']);
    expect(lanes.map((l) => l.count)).toEqual([2, 2, 2, 2, 1]);
    expect(lanes[0]).toMatchObject({ label: 'Anatoly Antonov', by: 'speaker', pinned: false });
  });

  it('does not depend on input order', () => {
    const reversed = [...points].reverse();
    for (const by of ['speaker', 'institution', 'outlet'] as const)
      for (const sort of ['count', 'name'] as const)
        expect(assignLanes(reversed, { by, sort })).toEqual(assignLanes(points, { by, sort }));
  });

  it('groups by institution with English and Arabic labels, and a lane for none', () => {
    const en = assignLanes(points, { by: 'institution' });
    expect(ids(en)).toEqual(['mod', 'mfa', 'kremlin', NONE]);
    expect(en.map((l) => l.count)).toEqual([4, 2, 2, 1]);
    expect(en.map((l) => l.label)).toEqual([
      'Defence Ministry',
      'Foreign Ministry',
      'Kremlin',
      'No institution',
    ]);
    const ar = assignLanes(points, { by: 'institution', lang: 'ar' });
    expect(ar.find((l) => l.id === 'kremlin')!.label).toBe('الكرملين');
    expect(ar.find((l) => l.id === 'mfa')!.labels).toMatchObject({
      en: 'Foreign Ministry',
      ar: 'وزارة الخارجية',
    });
  });

  it('groups by outlet', () => {
    const lanes = assignLanes(points, { by: 'outlet' });
    expect(lanes.map((l) => [l.id, l.count])).toEqual([
      ['Elaph', 4],
      ['RT Arabic', 3],
      ['TASS', 2],
    ]);
    const p = timelinePoints([
      makeArticle({ id: 'x', date: '2016-01-02', outlet: null, statements: [{ speaker: 'lavrov' }] }),
    ]).points;
    expect(laneKey(p[0], 'outlet')).toBe(NONE);
    expect(assignLanes(p, { by: 'outlet' })[0].label).toBe('Unknown outlet');
  });

  it('sorts by name in the UI language', () => {
    expect(ids(assignLanes(points, { by: 'institution', sort: 'name' }))).toEqual([
      'mod',
      'mfa',
      'kremlin',
      NONE,
    ]);
    // Arabic order: الكرملين (ا) < بلا مؤسسة (ب) < وزارة الخارجية (خ) < وزارة الدفاع (د).
    expect(ids(assignLanes(points, { by: 'institution', sort: 'name', lang: 'ar' }))).toEqual([
      'kremlin',
      NONE,
      'mfa',
      'mod',
    ]);
    expect(ids(assignLanes(points, { by: 'speaker', sort: 'name' }))).toEqual([
      'antonov',
      'ru-mod',
      'lavrov',
      'warren',
      'putin',
    ]);
  });

  it('removes hidden lanes and puts pinned ones first in pin order', () => {
    const lanes = assignLanes(points, {
      by: 'speaker',
      hidden: new Set(['antonov', 'warren']),
      pinned: ['lavrov', 'nobody', 'warren', 'putin', 'lavrov'],
    });
    expect(ids(lanes)).toEqual(['lavrov', 'putin', 'ru-mod']);
    expect(lanes.map((l) => l.pinned)).toEqual([true, true, false]);
  });

  it('gives unlisted speakers their own lane by English rendering', () => {
    const p: TimelinePoint = {
      ...points[0],
      speaker: '~a russian diplomat',
      speakerId: null,
      speakerNameEn: 'a Russian diplomat',
    };
    expect(assignLanes([p], { by: 'speaker' })[0]).toMatchObject({
      id: '~a russian diplomat',
      label: 'a Russian diplomat',
    });
  });
});
