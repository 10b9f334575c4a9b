import { describe, expect, it } from 'vitest';
import { compareTexts } from './index';
import type { Language } from '../model/article';
import type { Comparison } from './index';

function two(a: string, b: string, language: Language = 'en'): Comparison {
  return compareTexts([
    { id: 'a', text: a, language },
    { id: 'b', text: b, language },
  ]);
}
const changes = (c: Comparison, pair = 0) => c.pairs[pair].links.flatMap((l) => l.changes);
const words = (c: Comparison) => changes(c).filter((x) => !x.punctuation);

describe('paragraph alignment', () => {
  const P = [
    'The talks in Geneva on Syria resumed after a pause of two weeks.',
    'Humanitarian aid convoys reached the eastern districts of Aleppo.',
    'Airstrikes were reported near Idlib and Hama overnight.',
    'Russia and Turkey agreed to monitor the ceasefire together.',
  ];

  it('recognises a moved paragraph as moved, not as deleted and inserted', () => {
    const c = two(P.join('\n\n'), [P[0], P[2], P[3], P[1]].join('\n\n'));
    const p = c.pairs[0];
    expect(p.onlyInBase).toEqual([]);
    expect(p.onlyInOther).toEqual([]);
    expect(p.links.map((l) => [l.base[0], l.other[0], l.moved])).toEqual([
      [0, 0, false],
      [1, 3, true],
      [2, 1, false],
      [3, 2, false],
    ]);
    expect(c.summary.movedParagraphs).toBe(1);
    expect(c.summary.similarity).toBe(100);
    expect(changes(c)).toEqual([]);
    expect(c.rows[1].cells.map((x) => [x.paragraphs, x.moved])).toEqual([
      [[1], false],
      [[3], true],
    ]);
  });

  it('links a paragraph split in two to both halves, and the reverse as a merge', () => {
    const whole =
      'The minister met the envoy in Moscow on Monday. They discussed humanitarian corridors around Aleppo and the evacuation of civilians.';
    const split =
      'The minister met the envoy in Moscow on Monday.\nThey discussed humanitarian corridors around Aleppo and the evacuation of civilians.';
    const tail = '\n\nA third topic was the border crossing at Bab al-Hawa.';
    const c = two(whole + tail, split + tail);
    expect(c.pairs[0].links.map((l) => [l.kind, l.base, l.other])).toEqual([
      ['split', [0], [0, 1]],
      ['match', [1], [2]],
    ]);
    expect(words(c)).toEqual([]);
    expect(c.summary.paragraphsOnlyIn).toEqual([[], []]);
    expect(c.rows[0].cells.map((x) => x.paragraphs)).toEqual([[0], [0, 1]]);

    const m = two(split + tail, whole + tail);
    expect(m.pairs[0].links[0]).toMatchObject({ kind: 'merge', base: [0, 1], other: [0] });
    expect(m.rows[0].cells.map((x) => x.paragraphs)).toEqual([[0, 1], [0]]);
  });

  it('marks a paragraph with nothing in common as only in its version', () => {
    const c = two(
      P.slice(0, 3).join('\n'),
      [P[0], 'Oil prices fell sharply in London trading.', P[1], P[2]].join('\n'),
    );
    expect(c.pairs[0].onlyInOther).toEqual([1]);
    expect(c.summary.paragraphsOnlyIn).toEqual([[], [1]]);
    expect(c.rows.map((r) => r.cells.map((x) => x.paragraphs.join()))).toEqual([
      ['0', '0'],
      ['', '1'],
      ['1', '2'],
      ['2', '3'],
    ]);
  });
});

describe('meaning-changing differences', () => {
  it("flags 'not' inserted (English)", () => {
    const c = two(
      'Russia will support the resolution on Syria.',
      'Russia will not support the resolution on Syria.',
    );
    expect(words(c)).toMatchObject([{ kind: 'insert', severity: 'meaning', otherText: 'not' }]);
    expect(c.summary.meaningChanges).toMatchObject([{ kinds: ['negation'] }]);
  });

  it("flags 'не' inserted and a changed number (Russian)", () => {
    const neg = two('Россия поддержит резолюцию по Сирии.', 'Россия не поддержит резолюцию по Сирии.', 'ru');
    expect(neg.summary.meaningChanges.map((m) => m.kinds)).toEqual([['negation']]);
    const num = two(
      'По данным Минобороны, погибли 12 человек.',
      'По данным Минобороны, погибли 21 человек.',
      'ru',
    );
    expect(words(num)).toMatchObject([
      { kind: 'replace', severity: 'meaning', baseText: '12', otherText: '21' },
    ]);
    expect(num.summary.meaningChanges[0].details).toEqual(['number: 12 → 21']);
  });

  it('flags a changed number in Arabic, but not the same number in other digits', () => {
    const c = two('انضمت 6 بلدات إلى المصالحة خلال 24 ساعة', 'انضمت 8 بلدات إلى المصالحة خلال ٢٤ ساعة', 'ar');
    const w = words(c);
    expect(w.find((x) => x.baseText === '6')).toMatchObject({
      kind: 'replace',
      severity: 'meaning',
      otherText: '8',
    });
    expect(w.find((x) => x.baseText === '24')).toMatchObject({ kind: 'spelling', severity: 'spelling' });
    expect(c.summary.meaningChanges.map((m) => m.kinds)).toEqual([['number']]);
  });

  it('flags a changed name (English and Arabic)', () => {
    const en = two(
      'Lavrov said the talks in Geneva would resume.',
      'Peskov said the talks in Geneva would resume.',
    );
    expect(en.summary.meaningChanges).toMatchObject([
      { kinds: ['name'], details: ['name: Lavrov → Peskov'] },
    ]);
    const ar = two(
      'قال لافروف إن المحادثات ستستأنف في جنيف',
      'قال بيسكوف إن المحادثات ستستأنف في جنيف',
      'ar',
    );
    expect(words(ar)).toMatchObject([{ kind: 'replace', severity: 'meaning' }]);
    expect(ar.summary.meaningChanges[0].kinds).toEqual(['name']);
  });

  it('flags a changed verb of attribution; neighbouring changes make one finding', () => {
    const c = two('ونفى المتحدث أن تكون موسكو قد أرسلت قوات', 'وأكد المتحدث أن موسكو أرسلت قوات', 'ar');
    expect(c.summary.meaningChanges).toMatchObject([
      {
        kinds: ['negation', 'attribution'],
        details: ['negation/modality: قد → —', 'attribution: ونفى → وأكد'],
      },
    ]);
    const alone = two(
      'وأشار المتحدث إلى أن موسكو أرسلت قوات إلى حلب',
      'وزعم المتحدث أن موسكو أرسلت قوات إلى حلب',
      'ar',
    );
    expect(alone.summary.meaningChanges.map((m) => m.kinds)).toEqual([['attribution']]);
  });

  it('does not flag a negation that only moved a word', () => {
    const c = two('He said Moscow did not never agree.', 'He said Moscow never did not agree.');
    expect(c.summary.meaningChanges).toEqual([]);
    expect(words(c).length).toBeGreaterThan(0);
  });
});

describe('spelling variants are quiet', () => {
  it('diacritics, tatweel, hamza and alef forms, ى/ي, ة/ه, Arabic-Indic digits', () => {
    const c = two(
      'أعلنَ الرئيسُ السوريّ في مدينة حلب على الطريق الســريع يوم ١٢ آذار',
      'اعلن الرئيس السوري في مدينه حلب علي الطريق السريع يوم 12 اذار',
      'ar',
    );
    const w = words(c);
    expect(w.map((x) => x.baseText)).toEqual([
      'أعلنَ',
      'الرئيسُ',
      'السوريّ',
      'مدينة',
      'على',
      'الســريع',
      '١٢',
      'آذار',
    ]);
    expect(w.every((x) => x.kind === 'spelling' && x.severity === 'spelling')).toBe(true);
    expect(c.summary).toMatchObject({
      similarity: 100,
      wordsChanged: 0,
      spellingVariants: 8,
      meaningChanges: [],
    });
  });

  it('a quote style change and punctuation spacing are spelling', () => {
    const c = two('قال: "لن نتراجع عن موقفنا" .', 'قال: «لن نتراجع عن موقفنا».', 'ar');
    expect(changes(c).map((x) => [x.baseText, x.otherText, x.severity, x.punctuation])).toEqual([
      [': "', ': «', 'spelling', true],
      ['" .', '».', 'spelling', true],
    ]);
    expect(c.summary.meaningChanges).toEqual([]);
    const en = two(
      'He called it "a victory with the taste of defeat".',
      'He called it “a victory with the taste of defeat”.',
    );
    expect(changes(en).every((x) => x.severity === 'spelling')).toBe(true);
    expect(changes(en)).toHaveLength(2);
  });

  it('quote marks that appear are a wording change; a clitic is a form change', () => {
    const c = two('وقال إن موسكو مستعدة للحوار', 'قال إن “موسكو مستعدة للحوار”', 'ar');
    const ch = changes(c);
    expect(ch.find((x) => x.baseText === 'وقال')).toMatchObject({
      kind: 'form',
      severity: 'wording',
      otherText: 'قال',
    });
    expect(ch.find((x) => x.punctuation && x.otherText.includes('“'))).toMatchObject({ severity: 'wording' });
  });
});

describe('more than two versions', () => {
  const base = [
    'The Russian defence ministry said the convoy reached Aleppo on Tuesday.',
    'Moscow has not abandoned diplomacy, the deputy minister said.',
    'Forty trucks carried food and medicine to the eastern districts.',
  ];

  it('compares four versions against the base and lines them up in rows', () => {
    const v1 = [base[0], 'Moscow has abandoned diplomacy, the deputy minister said.', base[2]];
    const v2 = [base[0], base[2], base[1]];
    const extra = 'The Hmeimim centre recorded 47 violations of the truce in Latakia and Hama.';
    const v3 = [base[0], base[1], base[2], extra];
    const v1x = [...v1, extra.replace('47', '47 reported')];
    const c = compareTexts([
      { id: 'base', text: base.join('\n\n'), language: 'en' },
      { id: 'v1', text: v1x.join('\n\n'), language: 'en' },
      { id: 'v2', text: v2.join('\n\n'), language: 'en' },
      { id: 'v3', text: v3.join('\n\n'), language: 'en' },
    ]);
    expect(c.pairs.map((p) => p.other)).toEqual([1, 2, 3]);
    expect(c.rows.every((r) => r.cells.length === 4)).toBe(true);
    // the 'not' dropped in v1 is flagged, with its pair
    expect(c.summary.meaningChanges).toMatchObject([{ pair: 0, kinds: ['negation'] }]);
    // v2 moved a paragraph
    expect(c.pairs[1].stats.movedParagraphs).toBe(1);
    expect(c.pairs[0].stats.movedParagraphs + c.pairs[2].stats.movedParagraphs).toBe(0);
    // the Hmeimim paragraph of v1 and v3 shares one row and is only in those two
    const last = c.rows[c.rows.length - 1];
    expect(last.cells.map((x) => x.paragraphs)).toEqual([[], [3], [], [3]]);
    expect(c.summary.paragraphsOnlyIn).toEqual([[], [], [], []]);
    expect(c.rows).toHaveLength(4);
  });

  it('rejects one version or five', () => {
    const v = { id: 'x', text: 'a b c', language: 'en' as const };
    expect(() => compareTexts([v])).toThrow(RangeError);
    expect(() => compareTexts([v, v, v, v, v])).toThrow(RangeError);
    expect(() => compareTexts([v, v], { base: 'nope' })).toThrow(RangeError);
  });
});
