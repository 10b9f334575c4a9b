/**
 * Site-chrome fingerprints: lines a site prints around every article (menus, subscribe prompts,
 * the layout of its comments). A page showing at least `minHits` of an outlet's patterns was
 * taken from that outlet's site. The whole raw text is searched, chrome included. The table is
 * plain data the user can extend (the app may store extra entries next to these).
 *
 * Pattern syntax, each tested against every line with white space folded and case ignored:
 *   "text"        the whole line equals text
 *   "~text"       the line contains text
 *   "/regex/flags" the regular expression matches the line
 */
import { isJsSpace } from '../text';

export interface Fingerprint {
  outlet: string;
  patterns: string[];
  /** Number of distinct patterns that must match. */
  minHits: number;
}

export const FINGERPRINTS: Fingerprint[] = [
  {
    outlet: 'RT Arabic',
    patterns: [
      'مباشر',
      'أين يمكنك متابعتنا',
      'أقسام مهمة',
      'Stories',
      '/^\\d+ خبر$/u',
      '/^المصدر\\s*:\\s*\\S/u',
    ],
    minHits: 3,
  },
  {
    outlet: 'SANA',
    patterns: [
      '~telegram.me/SyrianArabNewsAgency',
      '~تابعوا آخر الأخبار السياسية والميدانيـة عبر تطبيق تيلغرام',
      '~تابعوا آخر الأخبار السياسية والميدانية عبر تطبيق تيلغرام',
      '~تابعونا عبر تطبيق واتس أب',
      '~بعد تخزينه باسم سانا',
      '~تابعوا صفحتنا على موقع (VK)',
    ],
    minHits: 2,
  },
  {
    outlet: 'Elaph',
    patterns: [
      '~يمكنكم الآن متابعة آخر الأخبار مجاناً من خلال تطبيق تلغرام',
      '~يمكنكم الآن متابعة آخر الأخبار مجانا من خلال تطبيق تلغرام',
      'إضغط هنا للإشتراك',
      // Reader comments as "name -text" after the comments header.
      '/^[^\\s-][^-.!?؟:]{0,40} -\\S/u',
    ],
    minHits: 2,
  },
];

export interface CompiledFingerprint {
  outlet: string;
  minHits: number;
  patterns: string[];
  tests: ((line: string) => boolean)[];
  /** The same tests on a line's precomputed forms (lineForms), so a page folds each line once. */
  formTests: ((forms: LineForms) => boolean)[];
  /** What each test is: a whole folded line, a folded substring, or a regex (use formTests). */
  kinds: PatternKind[];
}

export type PatternKind = { whole: string } | { contains: string } | { regex: true } | { never: true };

/** The kind of one pattern (see compileFormTest, which it mirrors). */
function kindOf(pattern: string): PatternKind {
  const re = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (re) return { regex: true };
  if (pattern.startsWith('~')) {
    const needle = fold(pattern.slice(1));
    return needle === '' ? { never: true } : { contains: needle };
  }
  const whole = fold(pattern);
  return whole === '' ? { never: true } : { whole };
}

/** A line as the patterns see it: white space folded and trimmed, and that lower-cased. */
export interface LineForms {
  spaced: string;
  folded: string;
}

const SPACES = /[\s\u00a0]+/g;

/** Could toLowerCase change this code unit? (False only for ranges known to have no case.) */
function mayLower(c: number): boolean {
  if (c < 0xc0) return c >= 0x41 && c <= 0x5a;
  return !((c >= 0x0600 && c <= 0x08ff) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xfb50 && c <= 0xfeff));
}

/** Per code unit: 1 = white space (isJsSpace), 2 = may change when lower-cased (mayLower), else 0. */
const UNIT_CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = isJsSpace(c) ? 1 : mayLower(c) ? 2 : 0;
  return t;
})();

export function lineForms(line: string): LineForms {
  // Fast path: every space a lone ' ' inside the line, nothing to lower-case — the line as is.
  const n = line.length;
  let spacesOk = true;
  let lowerOk = true;
  for (let i = 0; i < n; i++) {
    const k = UNIT_CLASS[line.charCodeAt(i)];
    if (k === 0) continue;
    if (k === 1) {
      if (
        spacesOk &&
        (line.charCodeAt(i) !== 0x20 || i === 0 || i === n - 1 || UNIT_CLASS[line.charCodeAt(i + 1)] === 1)
      ) {
        spacesOk = false;
        if (!lowerOk) break;
      }
    } else if (lowerOk) {
      lowerOk = false;
      if (!spacesOk) break;
    }
  }
  const spaced = spacesOk ? line : line.replace(SPACES, ' ').trim();
  return { spaced, folded: lowerOk ? spaced : spaced.toLowerCase() };
}

function fold(s: string): string {
  return lineForms(s).folded;
}

/** One pattern as a test on a line's forms; a malformed regex matches nothing. */
function compileFormTest(pattern: string): (forms: LineForms) => boolean {
  const re = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (re) {
    let rx: RegExp;
    try {
      rx = new RegExp(re[1], re[2].includes('i') ? re[2] : re[2] + 'i');
    } catch {
      return () => false;
    }
    return (f) => rx.test(f.spaced);
  }
  if (pattern.startsWith('~')) {
    const needle = fold(pattern.slice(1));
    return (f) => needle !== '' && f.folded.includes(needle);
  }
  const whole = fold(pattern);
  return (f) => whole !== '' && f.folded === whole;
}

/** One pattern as a line test; a malformed regex matches nothing. */
export function compilePattern(pattern: string): (line: string) => boolean {
  const t = compileFormTest(pattern);
  return (line) => t(lineForms(line));
}

export function compileFingerprints(fps: readonly Fingerprint[]): CompiledFingerprint[] {
  return fps.map((f) => {
    const formTests = f.patterns.map(compileFormTest);
    return {
      outlet: f.outlet,
      minHits: Math.max(1, f.minHits),
      patterns: f.patterns,
      tests: formTests.map((t) => (line: string) => t(lineForms(line))),
      formTests,
      kinds: f.patterns.map(kindOf),
    };
  });
}

/** Restores user-supplied fingerprints; entries that are not well formed are dropped. */
export function restoreFingerprints(value: unknown): Fingerprint[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v): Fingerprint[] => {
    if (typeof v !== 'object' || v === null) return [];
    const f = v as Partial<Fingerprint>;
    if (typeof f.outlet !== 'string' || !Array.isArray(f.patterns)) return [];
    const patterns = f.patterns.filter((p): p is string => typeof p === 'string' && p.length > 0);
    if (patterns.length === 0) return [];
    const minHits = typeof f.minHits === 'number' && f.minHits >= 1 ? Math.floor(f.minHits) : 1;
    return [{ outlet: f.outlet, patterns, minHits }];
  });
}
