import { describe, expect, it } from 'vitest';
import { ALL_PAST_EVENTS } from './dates/events';
import { foldPattern, foldText } from './dates/normalize';
import { requiredFactors } from './regex-factors';
import { TextGate, factorsOf } from './text-gate';

describe('requiredFactors', () => {
  it('finds the literal runs every match must contain', () => {
    expect(requiredFactors('abc', 'u')).toEqual([['abc']]);
    expect(requiredFactors('(?:ال)?استانا', 'u')).toEqual([['استانا']]);
    expect(requiredFactors('a(?=b)cd', 'u')).toEqual([['acd']]);
    expect(requiredFactors('(?:foo|bar)baz', 'u')).toEqual([['baz'], ['foo', 'bar']]);
    expect(requiredFactors('x(?:foo|bar)+', 'u')).toEqual([['foo', 'bar']]);
    expect(requiredFactors('(?:abc)?def', 'u')).toEqual([['def']]);
    expect(requiredFactors('a\\.bc\\/d', 'u')).toEqual([['a.bc/d']]);
  });

  it('gives up where no gate is safe', () => {
    expect(requiredFactors('(?:foo|ba)x', 'u')).toBeNull(); // "ba" is too short to gate on
    expect(requiredFactors('ab|cd', 'u')).toBeNull();
    expect(requiredFactors('abc|\\d+', 'u')).toBeNull();
    expect(requiredFactors('(abc)\\1', 'u')).toBeNull(); // back reference
    expect(requiredFactors('\\bvk\\b', 'iu')).toBeNull(); // cased letters under /i
    expect(requiredFactors('(?:نقلت|ذكرت) وكالة', 'iu')).toEqual([[' وكالة'], ['نقلت', 'ذكرت']]);
  });

  it('is sound on the event table: every match holds a factor of each set', () => {
    const texts = [
      'بعد استعادة الجيش السوري مدينة تدمر الأثرية من إرهابيي داعش قال لافروف إن الضربات الجوية الروسية في سوريا مستمرة.',
      'وأكد أن التحالف الدولي بقيادة واشنطن والذي يشن غارات على أراضي سوريا منذ أكثر من عام، لم يحقق شيئا. محادثات أستانا مستمرة.',
      'After Russian air strikes in Syria began, the US-led coalition said the Geneva II talks and resolution 2254 were key.',
      'После начала операции ВКС России в Сирии коалиция во главе с США заявила о резолюции 2254.',
    ];
    let matches = 0;
    for (const ev of ALL_PAST_EVENTS) {
      for (const src of [...ev.ar, ...ev.en, ...ev.ru]) {
        const re = new RegExp(foldPattern(src), 'gu');
        const sets = factorsOf(re);
        for (const t of texts) {
          const norm = foldText(t).norm;
          const gate = new TextGate(norm);
          for (const m of norm.matchAll(re)) {
            matches++;
            expect(gate.mayMatch(re)).toBe(true);
            for (const set of sets ?? [])
              expect(
                set.some((f) => m[0].includes(f)),
                `${src} / ${m[0]}`,
              ).toBe(true);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(5);
  });
});

describe('TextGate', () => {
  it('never rules out a regex that matches', () => {
    let seed = 99;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const words = ['حلب', 'تدمر', 'استانا', 'محادثات', 'في', 'ال', 'abc', 'foo', 'bar', 'baz', 'x', 'سوتشي'];
    const res = [
      /محادثات (?:في )?(?:ال)?استانا/gu,
      /(?:foo|bar)baz/gu,
      /x(?:foo|bar)+/gu,
      /(?:ال)?استانا/gu,
      /abcx?def/gu,
    ];
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = 0, n = 1 + rnd(8); i < n; i++) s += words[rnd(words.length)] + (rnd(3) ? ' ' : '');
      const gate = new TextGate(s);
      for (const re of res) {
        re.lastIndex = 0;
        if (re.test(s)) expect(gate.mayMatch(re), `${re} on ${s}`).toBe(true);
      }
    }
  });
});
