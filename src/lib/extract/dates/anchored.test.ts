import { describe, expect, it } from 'vitest';
import { anchorGroup, execAnchored, maxNonFree } from './anchored';
import { AR_PATTERN_PAIRS } from './expressions-ar';
import { foldText } from './normalize';

function globalMatches(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
  }
  return out;
}

const WORDS = [
  'الثلاثاء',
  'والثلاثاء',
  'الاحد',
  'يوم',
  'اليوم',
  'امس',
  'الامس',
  'وامس',
  'بعد',
  'غد',
  'غدا',
  'الغد',
  'اول',
  'الاول',
  'من',
  'في',
  'شهر',
  'أكتوبر',
  'اكتوبر',
  'تشرين',
  'الاول',
  'الثاني',
  'كانون',
  'آب',
  'اب',
  'الارهاب',
  'وسبتمبر',
  'بسبتمبر',
  'محرم',
  'ذو',
  'الحجة',
  'الحادي',
  'و',
  'عشر',
  'والعشرين',
  'التاسع',
  '11',
  '9',
  '2016',
  '1438',
  'هـ',
  'م',
  'عام',
  'العام',
  'مساء',
  'صباح',
  'قال',
  'روسيا',
  'سوريا',
  'حتى',
  'نفسه',
  '😀',
  'ليل',
  'ظهر',
];
const SEPS = [' ', ' ', ' ', '  ', '\n', '، ', ', ', ' - ', '/', ' (', ') ', '.', '', '\u00a0', ' ،'];

const pick = (rnd: (n: number) => number, xs: string[]) => xs[rnd(xs.length)];

/** A date-shaped phrase: weekday, day, month (maybe paired), year, era, with optional parts. */
function phrase(rnd: (n: number) => number): string {
  return (
    pick(rnd, ['', '', 'اليوم ', 'يوم ', 'امس ', 'و', 'في يوم ', 'وب']) +
    pick(rnd, ['', 'الثلاثاء', 'الاحد', 'الخميس', 'الاثنين']) +
    pick(rnd, [' ', '، ', ' - ', '', '  ']) +
    pick(rnd, ['', 'في ', 'و', 'ال', 'وفي ', 'لل']) +
    pick(rnd, ['11', '9', '31', 'التاسع من', 'الحادي عشر من', 'الثاني و العشرين من', '11 من', '2016', '']) +
    pick(rnd, [' ', '', '  ', ' شهر ', '\n']) +
    pick(rnd, ['أكتوبر', 'تشرين الأول', 'آب', 'محرم', 'ذو الحجة', 'فبراير', 'كانون ثاني']) +
    pick(rnd, ['', '/تشرين الأول', ' (أكتوبر)', ' - نوفمبر', '/ آب']) +
    pick(rnd, ['', ' 2016', ' عام 2016', '، 1438 هـ', ' 1438 ه.', ' 2016م', '2016'])
  );
}

describe('anchored scanning', () => {
  it('bounds prefixes without counting white space and separators', () => {
    expect(maxNonFree('(?:ال)?ab\\s+c[\\s,،\\-]*d{1,2}')).toBe(7);
    expect(maxNonFree('a+')).toBe(Infinity);
    expect(maxNonFree('(?<![\\p{L}])\\s*x?')).toBe(1);
  });

  it('finds exactly what the global scan finds (random date-like texts)', () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const found = AR_PATTERN_PAIRS.map(() => 0);
    for (let k = 0; k < 1500; k++) {
      let s = '';
      const len = 1 + rnd(14);
      for (let i = 0; i < len; i++) {
        s += (rnd(3) === 0 ? phrase(rnd) : WORDS[rnd(WORDS.length)]) + SEPS[rnd(SEPS.length)];
      }
      const norm = foldText(s).norm;
      for (const [j, [re, a]] of AR_PATTERN_PAIRS.entries()) {
        const got: string[] = [];
        execAnchored(norm, a, (m) => {
          if (m[0].length > 0) got.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
        });
        expect(got, `${re.source.slice(0, 30)} on ${JSON.stringify(norm)}`).toEqual(globalMatches(re, norm));
        found[j] += got.length;
      }
    }
    // The texts do exercise every pattern.
    for (const n of found) expect(n).toBeGreaterThan(100);
  });

  it('an anchor group finds what a scan of each of its sources finds', () => {
    const sources = ['(?:ab|b)(?![\\p{L}])', 'ba?', '(?:a\\s+b|c)'];
    const [a, b, c] = anchorGroup(sources);
    const scan = (src: string, s: string) => {
      const re = new RegExp(src, 'gu');
      const out: number[] = [];
      for (let m = re.exec(s); m; m = re.exec(s)) {
        out.push(m.index);
        re.lastIndex = m.index + 1;
      }
      return out;
    };
    for (const s of ['ab ba abc', 'a  b cab', '', 'bbb', 'xab', 'c a\nb ab']) {
      expect([a(s), b(s), c(s)]).toEqual(sources.map((src) => scan(src, s)));
    }
  });
});
