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
}

function fold(s: string): string {
  return s
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** One pattern as a line test; a malformed regex matches nothing. */
export function compilePattern(pattern: string): (line: string) => boolean {
  const re = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (re) {
    let rx: RegExp;
    try {
      rx = new RegExp(re[1], re[2].includes('i') ? re[2] : re[2] + 'i');
    } catch {
      return () => false;
    }
    return (line) => rx.test(line.replace(/[\s\u00a0]+/g, ' ').trim());
  }
  if (pattern.startsWith('~')) {
    const needle = fold(pattern.slice(1));
    return (line) => needle !== '' && fold(line).includes(needle);
  }
  const whole = fold(pattern);
  return (line) => whole !== '' && fold(line) === whole;
}

export function compileFingerprints(fps: readonly Fingerprint[]): CompiledFingerprint[] {
  return fps.map((f) => ({
    outlet: f.outlet,
    minHits: Math.max(1, f.minHits),
    patterns: f.patterns,
    tests: f.patterns.map(compilePattern),
  }));
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
