import { describe, expect, it } from 'vitest';
import { addUserSpeakers, SPEAKERS } from './speaker-list';
import { SpeakerIndex } from './speaker-index';
import { findMentions } from './mentions';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('speaker list', () => {
  it('has at least 60 Russian officials and institutions, with unique ids', () => {
    const ru = SPEAKERS.filter((s) => s.russianOfficial);
    expect(ru.length).toBeGreaterThanOrEqual(60);
    expect(new Set(SPEAKERS.map((s) => s.id)).size).toBe(SPEAKERS.length);
  });

  it('uses the gold ids and English names', () => {
    const want: Record<string, string> = {
      putin: 'Vladimir Putin',
      lavrov: 'Sergey Lavrov',
      zakharova: 'Maria Zakharova',
      antonov: 'Anatoly Antonov',
      syromolotov: 'Oleg Syromolotov',
      bogdanov: 'Mikhail Bogdanov',
      'ru-mfa': 'Russian Ministry of Foreign Affairs',
      'ru-mod': 'Russian Ministry of Defence',
      'hmeimim-center': 'Russian Centre for Reconciliation (Hmeimim)',
      moscow: 'Moscow (Russian government)',
      warren: 'Steve Warren',
      'us-military': 'US military',
    };
    for (const [id, name] of Object.entries(want))
      expect(SPEAKERS.find((s) => s.id === id)?.nameEn).toBe(name);
    expect(SPEAKERS.find((s) => s.id === 'warren')?.russianOfficial).toBe(false);
    expect(SPEAKERS.find((s) => s.id === 'us-military')?.russianOfficial).toBe(false);
  });

  it('has well-formed tenure dates with from ≤ to', () => {
    for (const s of SPEAKERS) {
      for (const r of s.roles) {
        if (r.from) expect(r.from, `${s.id} ${r.titleEn}`).toMatch(ISO);
        if (r.to) expect(r.to, `${s.id} ${r.titleEn}`).toMatch(ISO);
        if (r.from && r.to) expect(r.from <= r.to, `${s.id} ${r.titleEn}`).toBe(true);
      }
    }
  });

  it('knows the key tenures', () => {
    const role = (id: string, key: string) =>
      SPEAKERS.find((s) => s.id === id)!.roles.find((r) => r.keys?.includes(key))!;
    expect(role('antonov', 'deputy-defmin@ru')).toMatchObject({ from: '2011-02-04', to: '2016-12-28' });
    expect(role('shoigu', 'defmin@ru')).toMatchObject({ from: '2012-11-06', to: '2024-05-12' });
    expect(role('zakharova', 'spokesperson@ru-mfa')).toMatchObject({ from: '2015-08-10' });
    expect(role('churkin', 'un-envoy@ru').to).toBe('2017-02-20');
    expect(role('medvedev', 'pm@ru')).toMatchObject({ from: '2012-05-08' });
  });
});

describe('addUserSpeakers / SpeakerIndex', () => {
  it('adds a new speaker that the index then finds', () => {
    const list = addUserSpeakers(SPEAKERS, [
      {
        id: 'ivanov-x',
        nameEn: 'Ivan Ivanov',
        kind: 'person',
        gender: 'm',
        russianOfficial: true,
        names: { ar: ['إيفان إيفانوفيتش'], en: [], ru: [] },
      },
    ]);
    expect(list.length).toBe(SPEAKERS.length + 1);
    const ms = findMentions('وقال إيفان إيفانوفيتش إن الوضع مستقر', new SpeakerIndex(list));
    expect(ms.map((m) => m.speaker.nameEn)).toContain('Ivan Ivanov');
    expect(
      findMentions('وقال إيفان إيفانوفيتش إن الوضع مستقر').some((m) => m.speaker.nameEn === 'Ivan Ivanov'),
    ).toBe(false);
  });

  it('merges extra spellings into an existing entry without mutating the built-in list', () => {
    const before = SPEAKERS.find((s) => s.id === 'lavrov')!.names.ar.length;
    const list = addUserSpeakers(SPEAKERS, [
      { id: 'lavrov', names: { ar: ['لاڤروڤ الكبير'], en: [], ru: [] } },
    ]);
    expect(list.find((s) => s.id === 'lavrov')!.names.ar.length).toBe(before + 1);
    expect(SPEAKERS.find((s) => s.id === 'lavrov')!.names.ar.length).toBe(before);
    expect(list.find((s) => s.id === 'lavrov')!.nameEn).toBe('Sergey Lavrov');
  });
});
