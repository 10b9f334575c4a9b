import { describe, expect, it } from 'vitest';
import { restoreUserLists, slug } from './user-lists';

describe('restoreUserLists', () => {
  it('keeps well-formed speakers and fingerprints', () => {
    const lists = restoreUserLists({
      speakers: [
        {
          nameEn: 'Alexander Lavrentiev',
          russianOfficial: true,
          gender: 'm',
          names: { ar: ['ألكسندر لافرنتييف', ' لافرنتييف '], ru: ['Лаврентьев'] },
          roles: [{ titleEn: 'Presidential envoy for Syria', from: '2017-01-01', to: null }],
        },
      ],
      fingerprints: [{ outlet: 'Sputnik Arabic', patterns: ['~سبوتنيك'], minHits: 1 }],
    });
    expect(lists.speakers[0]).toMatchObject({
      id: 'user:alexander-lavrentiev',
      russianOfficial: true,
      names: { ar: ['ألكسندر لافرنتييف', 'لافرنتييف'], en: [], ru: ['Лаврентьев'] },
      roles: [{ titleEn: 'Presidential envoy for Syria', from: '2017-01-01', to: null }],
    });
    expect(lists.fingerprints).toEqual([{ outlet: 'Sputnik Arabic', patterns: ['~سبوتنيك'], minHits: 1 }]);
  });

  it('drops junk without throwing', () => {
    for (const junk of [null, 3, 'x', [], { speakers: 'no' }, { speakers: [null, { nameEn: '' }, { nameEn: 5 }] }]) {
      const lists = restoreUserLists(junk);
      expect(lists.speakers).toEqual([]);
      expect(lists.fingerprints).toEqual([]);
    }
    const lists = restoreUserLists({
      speakers: [{ nameEn: 'X', roles: [{ titleEn: 'envoy', from: 'yesterday' }, 'bad'], russianOfficial: 'yes' }],
    });
    expect(lists.speakers[0]).toMatchObject({ russianOfficial: false, roles: [{ titleEn: 'envoy', from: null, to: null }] });
  });

  it('makes ids from names in any script', () => {
    expect(slug('Мария Захарова')).toBe('user:мария-захарова');
    expect(slug("Steve O'Neil")).toBe('user:steve-o-neil');
  });
});
