/**
 * The extraction pipeline for one record: site chrome out (chrome.ts) → headline, sub-headline and
 * subheads (headline.ts) → language → statements and speaker mentions (statements/) → publication
 * date with the speakers' tenures as constraints (dates/) → each statement's own date → outlet,
 * credited source and URL. Pure and synchronous: the CLI, the tests and the worker call it alike.
 */
import type { DateInfo, Extraction, Language, RawRecord, Statement } from '../model/article';
import type { DateConstraint } from '../model/date-constraint';
import { assembleBody } from './assemble';
import { segmentPage } from './chrome';
import type { ChromeModel } from './chrome-model';
import { modelHasDoc } from './chrome-model';
import { creditedSource } from './credited-source';
import { findDateline } from './dateline';
import { resolveArticleDate, statementDate, statementWindow } from './dates';
import { findSubheads, pickHeadlines } from './headline';
import { detectLanguage } from './language';
import { articleUrl, compiled, detectOutlet, matchFingerprints } from './outlet';
import type { Fingerprint } from './outlets/fingerprints';
import { lineForms } from './outlets/fingerprints';
import { tenureConstraints } from './speakers';
import type { SpeakerIndex } from './speakers';
import { extractStatements } from './statements';

export interface ExtractContext {
  /** Cross-document line counts of the drop or library (see chrome-model.ts). */
  chrome?: ChromeModel;
  /** Speaker list (defaults to the built-in one). */
  speakers?: SpeakerIndex;
  /** Outlet fingerprints (defaults to the built-in table; pass it extended with the user's). */
  fingerprints?: Fingerprint[];
}

/** A statement as extracted, with the part of the article it was found in. */
export type ExtractedStatement = Statement & { field?: 'headline' | 'body' | string };

/** Extraction plus the details the CLI and the reader show. */
export interface ArticleExtraction extends Extraction {
  statements: ExtractedStatement[];
  /** Offsets of the subheads in the body. */
  subheadSpans: { text: string; start: number; end: number }[];
}

/** Dates every statement: its own date when its sentence says one ("أمس"), else the article's. */
export function dateStatements(
  statements: ExtractedStatement[],
  date: DateInfo,
  language: Language,
): ExtractedStatement[] {
  // Statements of one sentence share its text: date each text once.
  type Own = Pick<ExtractedStatement, 'date' | 'dateEvidence' | 'dateWindow' | 'dateOffset'>;
  const byText = new Map<string, Own>();
  const ownOf = (text: string): Own => {
    if (date.date === null) {
      const w = date.window ? statementWindow(text, date.window, language) : null;
      return w ? { date: null, dateWindow: w.window, dateEvidence: w.evidence, dateOffset: w.days } : { date: null };
    }
    const d = statementDate(text, date, language);
    return d && d.date !== date.date ? { date: d.date, dateEvidence: d.evidence, dateOffset: d.days } : { date: date.date };
  };
  return statements.map((st) => {
    const { dateEvidence: _e, dateWindow: _w, dateOffset: _o, ...rest } = st;
    if (st.field === 'headline') return { ...rest, date: date.date };
    let own = byText.get(st.text);
    if (own === undefined) byText.set(st.text, (own = ownOf(st.text)));
    return { ...rest, ...own };
  });
}

/** Pipeline stages, for the benchmark's per-stage timing (src/cli/bench-extract.ts). */
export type Stage = 'chrome' | 'headline' | 'language' | 'outlet' | 'statements' | 'dates';

/** Extracts one record. */
export function extractArticle(rec: RawRecord, ctx: ExtractContext = {}): ArticleExtraction {
  return extractArticleStaged(rec, ctx);
}

/**
 * extractArticle with a hook called as each stage ends (the time since the previous call belongs
 * to that stage). Not part of the public API (index.ts); the benchmark uses it.
 */
export function extractArticleStaged(
  rec: RawRecord,
  ctx: ExtractContext,
  done?: (stage: Stage) => void,
): ArticleExtraction {
  const rawLines = rec.text.split(/\r\n?|\n/);
  const fps = compiled(ctx.fingerprints);
  const fingerprint = matchFingerprints(rawLines, fps);
  const fpTests = fingerprint ? fps.find((f) => f.outlet === fingerprint.outlet)?.formTests : undefined;
  done?.('outlet');

  const seg = segmentPage(rec.text, {
    chrome: ctx.chrome,
    selfCounted: modelHasDoc(ctx.chrome, rec.text),
    chromeLine: fpTests
      ? (line) => {
          const forms = lineForms(line);
          return fpTests.some((t) => t(forms));
        }
      : undefined,
  });
  done?.('chrome');
  const heads = pickHeadlines(seg, rec.meta.title);
  done?.('headline');
  const { body, paragraphs, removed } = assembleBody(seg);
  done?.('chrome');
  const subheadSpans = findSubheads(paragraphs);
  done?.('headline');
  const language = detectLanguage(body, heads.headline, rec.meta.lang);
  done?.('language');

  const dateline = findDateline(body);
  const url = articleUrl(rawLines, rec.meta);
  const outlet = detectOutlet({ rawLines, meta: rec.meta, url, fingerprint, dateline });
  const credit = creditedSource({ rawLines, paragraphs, dateline, outlet: outlet.outlet });
  done?.('outlet');

  const { statements, mentions } = extractStatements(
    { body, language, headline: heads.headline, subheads: subheadSpans },
    ctx.speakers,
  );
  const constraints: DateConstraint[] = tenureConstraints(mentions);
  done?.('statements');
  const date = resolveArticleDate({
    body,
    headline: heads.headline,
    language,
    meta: { date: rec.meta.date, dateField: rec.meta.dateField, url: url ?? undefined },
    constraints,
  });
  const dated = dateStatements(statements as ExtractedStatement[], date, language);
  done?.('dates');

  return {
    language,
    headline: heads.headline,
    subheadline: heads.subheadline,
    subheads: subheadSpans.map((s) => s.text),
    subheadSpans,
    body,
    removed,
    outlet: outlet.outlet,
    outletEvidence: outlet.evidence,
    creditedSource: credit.source,
    creditedSourceEvidence: credit.evidence,
    url,
    date,
    statements: dated,
  };
}
