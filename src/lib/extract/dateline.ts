/**
 * Datelines: the place-and-agency words that open a wire story — "موسكو – سانا", "دمشق-سانا", "МОСКВА, 3 марта. /ТАСС/.",
 * "(أ ف ب)", "MOSCOW, Oct 11 (Reuters) -", "MOSCOW, October 11 - RIA Novosti", "МОСКВА, 11 окт
 * — РИА Новости". Only the first 200 characters of the body are looked at; an agency named later
 * is a source of a quote, not a dateline.
 */
import type { OutletInfo } from './outlets/outlets';
import { OUTLETS } from './outlets/outlets';
import { escapeRegExp } from './text';

export interface Dateline {
  /** The dateline words as written. */
  text: string;
  /** The agency as written ("سانا", "Reuters"). */
  agency: string;
  outlet: OutletInfo;
  /** Offsets of `text` in the searched text. */
  start: number;
  end: number;
}

const HEAD_CHARS = 200;

interface Alias {
  alias: string;
  outlet: OutletInfo;
}

const AGENCY_ALIASES: Alias[] = OUTLETS.filter((o) => o.agency || o.name === 'RT' || o.name === 'RT Arabic')
  .flatMap((o) => [o.name, ...o.aliases].map((alias) => ({ alias, outlet: o })))
  .filter((a) => a.alias.length >= 2 && a.alias !== 'روسيا اليوم')
  .sort((a, b) => b.alias.length - a.alias.length);

const ALT = AGENCY_ALIASES.map((a) => escapeRegExp(a.alias).replace(/ /g, '\\s*')).join('|');
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

/** Place, dash, agency: "موسكو – سانا", "МОСКВА, 11 окт — РИА Новости", "MOSCOW, Oct 11 - RIA Novosti". */
const PLACE_DASH_AGENCY = new RegExp(
  `^\\s*([\\p{L}][\\p{L}\\p{M} .'-]{1,30}?)(?:,\\s*[\\p{L}\\p{N} .]{1,20}?)?\\s*[-–—]\\s*(${ALT})${NOT_LETTER_AFTER}\\.?`,
  'iu',
);
/** TASS style: "МОСКВА, 3 марта. /ТАСС/.", "MOSCOW, March 3. /TASS/.". */
const SLASHED_AGENCY = new RegExp(
  `^\\s*([\\p{L}][\\p{L}\\p{M} .'-]{1,30}?),[\\p{L}\\p{N} .]{1,25}?/\\s*(${ALT})\\s*/\\.?`,
  'iu',
);
/** Agency in brackets near the start: "MOSCOW, Oct 11 (Reuters) -", "باريس (أ ف ب) -". */
const BRACKETED_AGENCY = new RegExp(`\\(\\s*(${ALT})\\s*\\)`, 'iu');

function aliasOutlet(asWritten: string): OutletInfo | null {
  const folded = asWritten.replace(/\s+/g, '').toLowerCase();
  for (const a of AGENCY_ALIASES) if (a.alias.replace(/\s+/g, '').toLowerCase() === folded) return a.outlet;
  return null;
}

/** The dateline at the start of a text, or null. */
export function findDateline(text: string): Dateline | null {
  const head = text.slice(0, HEAD_CHARS);
  const m = PLACE_DASH_AGENCY.exec(head);
  if (m) {
    const outlet = aliasOutlet(m[2]);
    if (outlet) {
      const start = m.index + m[0].length - m[0].trimStart().length;
      return { text: m[0].trim(), agency: m[2], outlet, start, end: m.index + m[0].length };
    }
  }
  const sl = SLASHED_AGENCY.exec(head);
  if (sl) {
    const outlet = aliasOutlet(sl[2]);
    if (outlet) {
      const start = sl.index + sl[0].length - sl[0].trimStart().length;
      return { text: sl[0].trim(), agency: sl[2], outlet, start, end: sl.index + sl[0].length };
    }
  }
  const b = BRACKETED_AGENCY.exec(head);
  // A bracketed agency opens the story when only a place and date stand before it.
  const before = b ? head.slice(head.lastIndexOf('\n', b.index) + 1, b.index) : '';
  const after = b ? head.slice(b.index + b[0].length) : '';
  if (
    b &&
    b.index <= 60 &&
    !/[.!?؟،]/.test(before) &&
    before.trim().split(/\s+/).length <= 4 &&
    (before.trim() === '' || /^\s*[-–—:]/.test(after))
  ) {
    const outlet = aliasOutlet(b[1]);
    if (outlet) {
      const lineStart = head.lastIndexOf('\n', b.index) + 1;
      return {
        text: head.slice(lineStart, b.index + b[0].length).trim(),
        agency: b[1],
        outlet,
        start: lineStart,
        end: b.index + b[0].length,
      };
    }
  }
  return null;
}
