import { describe, expect, it } from 'vitest';
import { fold, foldString } from './normalize';
import { findMentions } from './mentions';
import { tenureConstraints } from './tenure';

const names = (t: string) => findMentions(t).map((m) => m.speaker.nameEn);

describe('fold', () => {
  it('unifies hamza, ya, ta marbuta, drops diacritics and tatweel, and maps back to the original', () => {
    const s = 'وأكّـد أنطونوفُ';
    const f = fold(s);
    expect(f.text).toBe('واكد انطونوف');
    const i = f.text.indexOf('انطونوف');
    expect(s.slice(f.map[i], f.map[i + 'انطونوف'.length - 1] + 1)).toBe('أنطونوفُ'.slice(0, -1));
    expect(foldString('Лавров ЗАЯВИЛ ёлка')).toBe('лавров заявил елка');
    expect(foldString('سيرگي')).toBe(foldString('سيرغي'));
  });
});

describe('findMentions', () => {
  it('finds names with clitics and spelling variants, at the right offsets', () => {
    const t = 'وقال ولافروف إن سيرجي لافروف وشويجو والكرملين اتفقوا';
    const ms = findMentions(t);
    expect(ms.map((m) => m.speaker.id)).toEqual(['lavrov', 'lavrov', 'shoigu', 'kremlin']);
    expect(t.slice(ms[0].start, ms[0].end)).toBe('لافروف');
    expect(ms[1].text).toBe('سيرجي لافروف');
    expect(t.slice(ms[3].start, ms[3].end)).toBe('الكرملين');
  });

  it('ties a title to the name next to it, before or after, and gives a tenure constraint', () => {
    for (const t of [
      'أكد أناتولي أنطونوف، نائب وزير الدفاع الروسي، أن',
      'قال نائب وزير الدفاع الروسي أناتولي أنطونوف إن',
    ]) {
      const ms = findMentions(t);
      expect(ms[0]).toMatchObject({ entryId: 'antonov', kind: 'titled', resolvedBy: 'adjacent' });
      expect(tenureConstraints(ms)).toEqual([
        expect.objectContaining({
          after: '2011-02-04',
          before: '2016-12-28',
          why: expect.stringContaining('Anatoly Antonov'),
        }),
      ]);
    }
  });

  it('resolves a title alone to the person named earlier with that post', () => {
    const ms = findMentions('قال أنطونوف إن موسكو مستعدة. وأعرب نائب وزير الدفاع الروسي عن أمله');
    const title = ms.find((m) => m.kind === 'title')!;
    expect(title).toMatchObject({ entryId: 'antonov', resolvedBy: 'context' });
    expect(tenureConstraints(ms)).toHaveLength(1);
  });

  it('gives no constraint for a bare name of a many-post person, for a past title, or for two matching tenures', () => {
    expect(tenureConstraints(findMentions('وقال أنطونوف إن'))).toEqual([]);
    expect(tenureConstraints(findMentions('قال نائب وزير الدفاع الروسي السابق أناتولي أنطونوف إن'))).toEqual(
      [],
    );
    expect(tenureConstraints(findMentions('قال الرئيس الروسي فلاديمير بوتين إن'))).toEqual([]);
    const pm = tenureConstraints(findMentions('برئاسة رئيس الوزراء الروسي دميتري مدفيديف'));
    expect(pm).toEqual([expect.objectContaining({ after: '2012-05-08', before: '2020-01-16' })]);
  });

  it('recognises unlisted officials from their title, in three languages', () => {
    const ar = findMentions('قال نائب وزير الخارجية الروسي ميخائيل فلانوف إن')[0];
    expect(ar.speaker).toMatchObject({
      id: null,
      listed: false,
      russianOfficial: true,
      role: 'Russian Deputy Foreign Minister',
    });
    expect(ar.speaker.asWritten).toBe('ميخائيل فلانوف');
    const en = findMentions('Russian Deputy Foreign Minister Ivan Ivanovich said')[0];
    expect(en.speaker).toMatchObject({ nameEn: 'Ivan Ivanovich', russianOfficial: true, listed: false });
    const ru = findMentions('заместитель министра обороны России Иван Петров заявил')[0];
    expect(ru.speaker).toMatchObject({
      nameEn: 'Ivan Petrov',
      russianOfficial: true,
      role: 'Russian Deputy Defence Minister',
    });
    const unnamed = findMentions('وقال السفير الروسي لدى لبنان إن')[0];
    expect(unnamed.speaker).toMatchObject({
      id: null,
      nameEn: 'Russian Ambassador to Lebanon (unnamed)',
      russianOfficial: true,
    });
  });

  it('does not make officials of Russian analysts and journalists', () => {
    for (const t of [
      'وقال المحلل السياسي الروسي فلاديمير يفسييف إن',
      'The Russian analyst Ivan Petrov said',
      'российский политолог Иван Петров считает',
    ]) {
      const m = findMentions(t)[0];
      expect(m.kind).toBe('analyst');
      expect(m.speaker.russianOfficial).toBe(false);
    }
  });

  it('reads nationality: a Turkish or American title is not Russian', () => {
    expect(findMentions('وقال وزير الخارجية التركي إن')[0].speaker.russianOfficial).toBe(false);
    expect(findMentions('وقال وزير الخارجية الأمريكي جون كيري إن')[0].speaker).toMatchObject({
      id: 'kerry',
      russianOfficial: false,
    });
  });

  it('finds English and Russian inflected names and institutions', () => {
    expect(names("Russia's Foreign Ministry said Lavrov's visit")).toEqual([
      'Russian Ministry of Foreign Affairs',
      'Sergey Lavrov',
    ]);
    expect(names('по словам Лаврова, МИД России и Минобороны РФ')).toEqual([
      'Sergey Lavrov',
      'Russian Ministry of Foreign Affairs',
      'Russian Ministry of Defence',
    ]);
    expect(names('Захаровой и Шойгу')).toEqual(['Maria Zakharova', 'Sergei Shoigu']);
  });

  it('resolves anaphoric nouns (الدبلوماسية، المركز) to the matching earlier speaker', () => {
    const ms = findMentions('وقالت ماريا زاخاروفا إن. وقال لافروف إن. واعتبرت الدبلوماسية الروسية أن');
    expect(ms[ms.length - 1]).toMatchObject({ kind: 'anaphor', entryId: 'zakharova' });
    const c = findMentions('أعلن مركز حميميم للمصالحة أن. وقالت قاعدة حميميم الجوية. ورصد المركز 47 حالة');
    expect(c[c.length - 1]).toMatchObject({ kind: 'anaphor', entryId: 'hmeimim-center' });
  });

  it('marks mentions in excluded ranges (quotations) so they are not antecedents', () => {
    const t = 'قال سيرومولوتوف “أؤكد ما قاله وزير الخارجية الروسي سيرغي لافروف” اليوم';
    const q: [number, number] = [t.indexOf('“') + 1, t.indexOf('”')];
    const ms = findMentions(t, undefined, { exclude: [q] });
    expect(ms.find((m) => m.entryId === 'lavrov')?.inQuote).toBe(true);
    expect(tenureConstraints(ms).some((c) => c.why.includes('Lavrov'))).toBe(false);
  });
});
