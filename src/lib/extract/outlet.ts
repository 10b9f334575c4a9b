/**
 * The publishing outlet of an article and the evidence for it, strongest first: the record's URL
 * (domain table), the metadata's site name, the site-chrome fingerprints found anywhere in the
 * raw page (chrome included), a labelled URL line in the page, and last a wire dateline
 * ("موسكو – سانا"). Unknown stays null: an article that only credits another outlet for a quote
 * names no outlet of its own.
 */
import type { Evidence, RecordMeta } from '../model/article';
import type { Dateline } from './dateline';
import type { CompiledFingerprint, Fingerprint, LineForms, PatternKind } from './outlets/fingerprints';
import { compileFingerprints, FINGERPRINTS, lineForms } from './outlets/fingerprints';
import { outletByName, outletByUrl } from './outlets/outlets';

export interface OutletResult {
  outlet: string | null;
  evidence: Evidence | null;
}

export interface FingerprintMatch {
  outlet: string;
  /** The patterns that matched, and one line each matched. */
  hits: { pattern: string; line: string }[];
}

const compiledCache = new WeakMap<readonly Fingerprint[], CompiledFingerprint[]>();

/** Compiled form of a fingerprint table (cached per table). */
export function compiled(fps: readonly Fingerprint[] = FINGERPRINTS): CompiledFingerprint[] {
  let c = compiledCache.get(fps);
  if (!c) {
    c = compileFingerprints(fps);
    compiledCache.set(fps, c);
  }
  return c;
}

/** The fingerprint with most matching patterns (at least its minHits) over the raw lines. */
export function matchFingerprints(
  rawLines: readonly string[],
  fps: readonly CompiledFingerprint[],
): FingerprintMatch | null {
  let best: FingerprintMatch | null = null;
  let bestRatio = 0;
  const page = new PageLines(rawLines);
  for (const fp of fps) {
    const hits: { pattern: string; line: string }[] = [];
    fp.formTests.forEach((test, k) => {
      const i = page.firstMatch(fp.kinds[k], test);
      if (i >= 0) hits.push({ pattern: fp.patterns[k], line: rawLines[i].trim() });
    });
    if (hits.length < fp.minHits) continue;
    const ratio = hits.length / fp.tests.length;
    if (!best || hits.length > best.hits.length || (hits.length === best.hits.length && ratio > bestRatio)) {
      best = { outlet: fp.outlet, hits };
      bestRatio = ratio;
    }
  }
  return best;
}

/**
 * A page's lines folded once for all fingerprint patterns: whole-line patterns are looked up in a
 * map, substring patterns searched once in all folded lines joined by "\n" (a pattern is one line,
 * so its first occurrence lies in the first line that contains it), regexes tried line by line.
 * Blank lines never match.
 */
class PageLines {
  private readonly forms: (LineForms | null)[];
  private firstIndex: Map<string, number> | null = null;
  private joined: string | null = null;
  private starts: number[] = [];

  constructor(rawLines: readonly string[]) {
    this.forms = rawLines.map((l) => {
      const f = lineForms(l);
      return f.spaced === '' ? null : f;
    });
  }

  firstMatch(kind: PatternKind, test: (f: LineForms) => boolean): number {
    if ('never' in kind) return -1;
    if ('whole' in kind) return this.wholeIndex().get(kind.whole) ?? -1;
    if ('contains' in kind) {
      const at = this.joinedText().indexOf(kind.contains);
      if (at < 0) return -1;
      let lo = 0;
      let hi = this.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }
    return this.forms.findIndex((f) => f !== null && test(f));
  }

  private wholeIndex(): Map<string, number> {
    if (!this.firstIndex) {
      this.firstIndex = new Map();
      this.forms.forEach((f, i) => {
        if (f !== null && !this.firstIndex!.has(f.folded)) this.firstIndex!.set(f.folded, i);
      });
    }
    return this.firstIndex;
  }

  private joinedText(): string {
    if (this.joined === null) {
      let s = '';
      this.forms.forEach((f, i) => {
        if (i > 0) s += '\n';
        this.starts.push(s.length);
        if (f !== null) s += f.folded;
      });
      this.joined = s;
    }
    return this.joined;
  }
}

const URL_LABEL =
  /^(?:url|link|source url|canonical|permalink|رابط المقال|رابط الخبر|الرابط|ссылка|источник)\s*[:：]\s*(https?:\/\/\S+)\s*$/iu;

/** The article's URL: the metadata URL, else a labelled URL line ("URL: https://…") in the page. */
export function articleUrl(rawLines: readonly string[], meta: RecordMeta): string | null {
  if (meta.url) return meta.url;
  for (const l of rawLines) {
    if (l.indexOf(':') < 0) continue; // "https://" has one
    const m = URL_LABEL.exec(l.trim());
    if (m) return m[1];
  }
  return null;
}

export interface OutletInput {
  rawLines: readonly string[];
  meta: RecordMeta;
  url: string | null;
  fingerprint: FingerprintMatch | null;
  dateline: Dateline | null;
}

/** Decides the outlet from the evidence gathered by the pipeline. */
export function detectOutlet(input: OutletInput): OutletResult {
  const { meta, url, fingerprint, dateline } = input;
  if (meta.url) {
    const o = outletByUrl(meta.url);
    if (o) return { outlet: o.name, evidence: { basis: 'url domain', text: meta.url } };
  }
  if (meta.source && meta.source.trim()) {
    const o = outletByName(meta.source) ?? outletByUrl(meta.source);
    return { outlet: o ? o.name : meta.source.trim(), evidence: { basis: 'meta source', text: meta.source } };
  }
  if (fingerprint) {
    return {
      outlet: fingerprint.outlet,
      evidence: {
        basis: `fingerprint ${fingerprint.outlet}`,
        text: fingerprint.hits
          .map((h) => (h.line.length > 80 ? h.line.slice(0, 79) + '…' : h.line))
          .join(' | '),
      },
    };
  }
  if (url) {
    const o = outletByUrl(url);
    if (o) return { outlet: o.name, evidence: { basis: 'url in page', text: url } };
  }
  if (dateline) {
    return {
      outlet: dateline.outlet.name,
      evidence: { basis: 'dateline', text: dateline.text, start: dateline.start, end: dateline.end },
    };
  }
  return { outlet: null, evidence: null };
}
