/**
 * The agency or channel an article as a whole credits: an explicit credit line anywhere in the
 * page ("المصدر: تاس", "Source: Reuters", "Источник: ТАСС"), a wire dateline naming an agency other
 * than the outlet itself ("(أ ف ب)" on another site's page), or a credit phrase in the lead or
 * the closing paragraph ("نقلت قناة “روسيا اليوم” الفضائية", "according to TASS", "сообщает ТАСС").
 * An agency cited for one quote in the middle of the story ("حسب ما نقلت (نوفوستي)" in paragraph
 * nine) sources that quote, not the article, and is not returned. The name is returned as written.
 */
import type { Evidence } from '../model/article';
import type { BodyParagraph } from './assemble';
import { creditLineName } from './chrome-patterns';
import type { Dateline } from './dateline';
import { allAliases } from './outlets/outlets';
import { TextGate } from './text-gate';
import { escapeRegExp, foldSpaces } from './text';

export interface CreditResult {
  source: string | null;
  evidence: Evidence | null;
}

const Q_OPEN = '["“”«„\'(]';
const Q_CLOSE = '["“”»\')]';
const QUOTED = `${Q_OPEN}\\s*([^"“”«»„()]{2,40}?)\\s*${Q_CLOSE}`;
const ALIASES = allAliases()
  .filter((a) => a.alias.length >= 3)
  .map((a) => escapeRegExp(a.alias))
  .join('|');
/** A known outlet or agency name (capture 2), or "وكالات" (agencies). */
const KNOWN = `(?:\\(\\s*)?(${ALIASES}|وكالات)(?![\\p{L}\\p{M}])(?:\\s*\\))?`;
/** A quoted name (capture 1) after a media word, or a known name. */
const NAME = `(?:${QUOTED}|${KNOWN})`;

const AR_START = '(?<![\\p{L}\\p{M}])';
const AR_MEDIA =
  '(?:وكالة|وكالات|قناة|صحيفة|موقع|شبكة|تلفزيون|إذاعة|اذاعة)(?:\\s+(?:الأنباء|أنباء|الإعلام))?';
const AR_VERB =
  '(?:و?(?:نقلت|ذكرت|أفادت|أوردت|بثت|قالت|أعلنت|أشارت)|(?:ب?حسب|وفق(?:ا|اً)?|طبقا)\\s+(?:ل|لما\\s+)?(?:ما\\s+)?(?:نقلت|نقلته|ذكرت|ذكرته|أفادت|أوردت)?|نقلا\\s+عن|نقلاً\\s+عن)';
const EN_MEDIA =
  '(?:the\\s+)?(?:state\\s+)?(?:news\\s+agency|agency|channel|newspaper|broadcaster|outlet)\\s+';
const RU_MEDIA = '(?:агентство|агентства|телеканал|газета|издание|радиостанция)\\s+';

const PHRASES: RegExp[] = [
  // Arabic: a verb of reporting, a media word, then a quoted or known name.
  new RegExp(`${AR_START}${AR_VERB}\\s+${AR_MEDIA}\\s+${NAME}`, 'iu'),
  // Arabic: a verb of reporting then a known name ("حسب ما نقلت (نوفوستي)").
  new RegExp(`${AR_START}${AR_VERB}\\s+${KNOWN}`, 'iu'),
  // English.
  new RegExp(
    `\\b(?:according\\s+to|reported\\s+by|quoted\\s+by|cited\\s+by|told)\\s+(?:${EN_MEDIA}${NAME}|(?:the\\s+)?${KNOWN})`,
    'iu',
  ),
  new RegExp(`${KNOWN}\\s+(?:news\\s+agency\\s+)?(?:reported|reports|quoted|cited)\\b`, 'iu'),
  // Russian.
  new RegExp(
    `(?:сообща(?:ет|ют|л|ло|ла)|переда(?:ет|ёт|л|ло)|пишет|цитирует|по\\s+данным|по\\s+информации|со\\s+ссылкой\\s+на)\\s+(?:${RU_MEDIA}${NAME}|${KNOWN})`,
    'iu',
  ),
];

function cleanName(s: string): string {
  return foldSpaces(s.replace(/["“”«»„()]/g, ' '));
}

/**
 * Letters each phrase needs at least one of (its verbs are written in that script; ignoring case
 * keeps them there): a paragraph without any cannot match it. Null: the gate's factors decide.
 */
const NEEDS: (RegExp | null)[] = [null, null, /[a-z]/i, /[a-z]/i, /[\u0400-\u04ff]/];

/** A credit phrase in a paragraph, or null. */
export function creditPhrase(text: string): { name: string; text: string; index: number } | null {
  const gate = new TextGate(text);
  for (let k = 0; k < PHRASES.length; k++) {
    const re = PHRASES[k];
    const needs = NEEDS[k];
    if (needs ? !needs.test(text) : !gate.mayMatch(re)) continue;
    const m = re.exec(text);
    if (!m) continue;
    const name = m.slice(1).find((g) => g);
    if (!name) continue;
    return { name: cleanName(name), text: m[0], index: m.index };
  }
  return null;
}

export interface CreditInput {
  /** Lines of the whole page (chrome included): credit lines are usually chrome. */
  rawLines: readonly string[];
  paragraphs: readonly BodyParagraph[];
  dateline: Dateline | null;
  outlet: string | null;
}

/** The source the article as a whole credits, or null. */
export function creditedSource(input: CreditInput): CreditResult {
  // 1. An explicit credit line; the last one in the page wins (it closes the article).
  for (let i = input.rawLines.length - 1; i >= 0; i--) {
    const raw = input.rawLines[i];
    // A credit line has a colon ("المصدر: تاس").
    if (raw.indexOf(':') < 0 && raw.indexOf('：') < 0) continue;
    const line = foldSpaces(raw);
    const name = creditLineName(line);
    if (name) return { source: cleanName(name), evidence: { basis: 'credit line', text: line } };
  }
  // 2. A dateline naming another agency than the outlet.
  const d = input.dateline;
  if (d && d.outlet.name !== input.outlet) {
    return {
      source: cleanName(d.agency),
      evidence: { basis: 'dateline', text: d.text, start: d.start, end: d.end },
    };
  }
  // 3. A credit phrase in the lead (first two paragraphs of prose) or the closing paragraph.
  const prose = input.paragraphs.filter((p) => p.role === 'body');
  const places = [...prose.slice(0, 2), ...(prose.length > 2 ? [prose[prose.length - 1]] : [])];
  for (const p of places) {
    const c = creditPhrase(p.text);
    if (c) {
      const start = p.start + c.index;
      return {
        source: c.name,
        evidence: { basis: 'credit phrase', text: c.text, start, end: start + c.text.length },
      };
    }
  }
  return { source: null, evidence: null };
}
