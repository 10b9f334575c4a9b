import { describe, expect, it } from 'vitest';
import { SPEAKERS as LIST } from '../extract/speakers/speaker-list';
import { assignLanes, institutionLabels } from './lanes';
import { speakerLabels, speakerNames } from './names';
import { timelinePoints } from './points';
import { makeArticle, seedArticles } from './test-fixtures';

const data = timelinePoints(seedArticles(), { officialsOnly: false });
const keys = new Set([...data.points, ...data.undated].map((p) => p.speaker));

describe('speaker names for lane labels', () => {
  it('take the full Arabic and Russian name the speaker list gives first', () => {
    const names = speakerNames(LIST, keys);
    expect(names.putin).toEqual({ en: 'Vladimir Putin', ar: 'فلاديمير بوتين', ru: 'Владимир Путин' });
    expect(names.lavrov.ar).toBe('سيرغي لافروف');
    expect(names['ru-mfa'].ar).toBe('وزارة الخارجية الروسية');
    expect(Object.keys(names).sort()).toEqual([...keys].filter((k) => LIST.some((e) => e.id === k)).sort());
  });

  it('skip empty spellings and leave a language out when the list has none', () => {
    expect(speakerLabels({ id: 'x', nameEn: 'X Y', names: { ar: ['', ' س ص '], en: [], ru: [] } })).toEqual({ en: 'X Y', ar: 'س ص' });
    expect(speakerNames(LIST, ['~russian diplomat', 'nobody'])).toEqual({});
  });
});

describe('speaker lane labels in the UI language', () => {
  const names = speakerNames(LIST, keys);
  const label = (lang: 'ar' | 'en' | 'ru', id: string, n: typeof names | null = names) =>
    assignLanes(data.points, { by: 'speaker', lang, names: n ?? undefined }).find((l) => l.id === id)?.label;

  it('read the Arabic name in the Arabic UI, the English name in the English UI', () => {
    expect(label('ar', 'putin')).toBe('فلاديمير بوتين');
    expect(label('ar', 'antonov')).toBe('أناتولي أنطونوف');
    expect(label('ru', 'putin')).toBe('Владимир Путин');
    expect(label('en', 'putin')).toBe('Vladimir Putin');
    expect(label('en', 'ru-mod')).toBe('Russian Ministry of Defence');
  });

  it('fall back to the English name for a speaker without names (unlisted, or no names sent)', () => {
    expect(label('ar', 'putin', null)).toBe('Vladimir Putin');
    expect(label('ar', 'putin', {})).toBe('Vladimir Putin');
    const unlisted = timelinePoints([makeArticle({ id: 'u', date: '2016-01-01', statements: [{ speaker: 'putin' }] })]).points.map((p) => ({
      ...p,
      speaker: '~russian diplomat',
      speakerId: null,
      speakerNameEn: 'Russian diplomat',
    }));
    expect(assignLanes(unlisted, { by: 'speaker', lang: 'ar', names })[0].label).toBe('Russian diplomat');
  });

  it('sort by name in Arabic order with Arabic labels', () => {
    const lanes = assignLanes(data.points, { by: 'speaker', lang: 'ar', names, sort: 'name' });
    const labels = lanes.map((l) => l.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('ar').compare));
  });
});

describe('institution lane labels', () => {
  it('name Russian and other institutions in each language', () => {
    expect(institutionLabels('mfa').ar).toBe('وزارة الخارجية');
    expect(institutionLabels('us-state')).toMatchObject({ en: 'US State Department', ar: 'وزارة الخارجية الأمريكية' });
    expect(institutionLabels('sy-presidency').ar).toBe('الرئاسة السورية');
    expect(institutionLabels('unknown-key')).toEqual({ en: 'unknown-key' });
  });

  it('every institution key of the speaker list has an Arabic label', () => {
    const missing = [...new Set(LIST.map((e) => e.institution).filter((k): k is string => !!k))].filter((k) => !institutionLabels(k).ar);
    expect(missing).toEqual([]);
  });

  it('read Arabic in the Arabic UI and English in the English UI', () => {
    const lanes = (lang: 'ar' | 'en') => assignLanes(data.points, { by: 'institution', lang });
    expect(lanes('ar').find((l) => l.id === 'kremlin')?.label).toBe('الكرملين');
    expect(lanes('en').find((l) => l.id === 'kremlin')?.label).toBe('Kremlin');
  });
});
