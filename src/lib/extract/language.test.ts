import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfHint } from './language';

describe('detectLanguage', () => {
  it('reads the script of the body', () => {
    expect(detectLanguage('أكد وزير الخارجية الروسي سيرغي لافروف أن موسكو مستعدة للحوار (RT).')).toBe('ar');
    expect(detectLanguage('Министр иностранных дел России Сергей Лавров заявил в понедельник (RT).')).toBe(
      'ru',
    );
    expect(
      detectLanguage('Russian Foreign Minister Sergei Lavrov said on Monday that talks would go on.'),
    ).toBe('en');
  });
  it('lets the body outweigh a metadata hint', () => {
    expect(
      detectLanguage('قال المتحدث باسم الكرملين ديمتري بيسكوف إن الاجتماع سيعقد قريبا.', null, 'en'),
    ).toBe('ar');
  });
  it('falls back on headline, then hint, then other', () => {
    expect(detectLanguage('12:30', 'Путин провел переговоры с президентом Сирии в Москве')).toBe('ru');
    expect(detectLanguage('OK', null, 'ar-SY')).toBe('ar');
    expect(detectLanguage('', null, null)).toBe('other');
    expect(
      detectLanguage('Der russische Außenminister hat am Montag erklärt, dass Gespräche stattfinden.'),
    ).toBe('other');
  });
  it('maps hints', () => {
    expect(languageOfHint('ru-RU')).toBe('ru');
    expect(languageOfHint('en_GB')).toBe('en');
    expect(languageOfHint('fr')).toBe('other');
    expect(languageOfHint('')).toBeNull();
  });
});
