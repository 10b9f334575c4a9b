import { describe, expect, it } from 'vitest';
import { SPEAKERS } from './speaker-list';
import { roleInArabic } from './role-arabic';
import { extractArticle } from '..';

const ARABIC = /^[\u0600-\u06FF\s()/،,-]+$/u;

describe('roles in Arabic', () => {
  it('gives every post of the built-in speaker list in Arabic letters', () => {
    const missing = SPEAKERS.flatMap((s) => s.roles.map((r) => r.titleEn)).filter(
      (t) => !ARABIC.test(roleInArabic(t) ?? ''),
    );
    expect(missing).toEqual([]);
  });

  it('puts together titles met in text with their country and host', () => {
    expect(roleInArabic('Minister of Foreign Affairs of Russia')).toBe('وزير الخارجية الروسي');
    expect(roleInArabic('Russian Deputy Foreign Minister')).toBe('نائب وزير الخارجية الروسي');
    expect(roleInArabic('Turkish Ambassador to Syria')).toBe('السفير التركي لدى سوريا');
    expect(roleInArabic('Russian Permanent Representative to the UN')).toBe(
      'المندوب الروسي الدائم لدى الأمم المتحدة',
    );
    expect(roleInArabic('Russian Official')).toBe('مسؤول روسي');
    expect(roleInArabic('Deputy Foreign Minister')).toBe('نائب وزير الخارجية');
    expect(roleInArabic('Official')).toBe('مسؤول');
    expect(roleInArabic('Spokesperson, Russian Ministry of Defence')).toBe(
      'المتحدث باسم وزارة الدفاع الروسية',
    );
  });

  it('has no Arabic for what it does not know (the UI then shows the English)', () => {
    expect(roleInArabic('Chief Gardener of the Kremlin')).toBeNull();
    expect(roleInArabic('Russian Ambassador to Atlantis')).toBeNull();
    expect(roleInArabic('Spokesperson, Ministry of Magic')).toBeNull();
    expect(roleInArabic(null)).toBeNull();
    expect(roleInArabic('')).toBeNull();
  });

  it('covers the roles the engine gives speakers known only from a title', () => {
    const text = [
      'صرح نائب وزير الخارجية الروسي بأن المحادثات ستستمر.',
      'وقال السفير التركي لدى سوريا إن الوضع معقد.',
      'وقال مسؤول روسي إن موسكو لن تتراجع.',
      'وقال المحلل السياسي الروسي إيفان بتروف إن الوضع معقد.',
    ].join('\n\n');
    const roles = extractArticle({ text, meta: {} } as never).statements.map((s) => s.speaker.role);
    expect(roles).toEqual([
      'Russian Deputy Foreign Minister',
      'Turkish Ambassador to Syria',
      'Russian Official',
      'Russian analyst',
    ]);
    for (const r of roles) expect(roleInArabic(r), String(r)).toMatch(ARABIC);
  });
});
