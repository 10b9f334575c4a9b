/**
 * The publishing outlet of an article and the evidence for it, strongest first: the record's URL
 * (domain table), the metadata's site name, the site-chrome fingerprints found anywhere in the
 * raw page (chrome included), a labelled URL line in the page, and last a wire dateline
 * ("موسكو – سانا"). Unknown stays null: an article that only credits another outlet for a quote
 * names no outlet of its own.
 */
import type { Evidence, RecordMeta } from '../model/article';
import type { Dateline } from './dateline';
import type { CompiledFingerprint, Fingerprint, LineForms } from './outlets/fingerprints';
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
  // Each line folded once for all patterns; blank lines never match.
  const forms: (LineForms | null)[] = rawLines.map((l) => {
    const f = lineForms(l);
    return f.spaced === '' ? null : f;
  });
  for (const fp of fps) {
    const hits: { pattern: string; line: string }[] = [];
    fp.formTests.forEach((test, k) => {
      const i = forms.findIndex((f) => f !== null && test(f));
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

const URL_LABEL =
  /^(?:url|link|source url|canonical|permalink|رابط المقال|رابط الخبر|الرابط|ссылка|источник)\s*[:：]\s*(https?:\/\/\S+)\s*$/iu;

/** The article's URL: the metadata URL, else a labelled URL line ("URL: https://…") in the page. */
export function articleUrl(rawLines: readonly string[], meta: RecordMeta): string | null {
  if (meta.url) return meta.url;
  for (const l of rawLines) {
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
