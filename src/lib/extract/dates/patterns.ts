/**
 * Shared regex pieces for the date finders, and a runner that applies one regex to folded text
 * and turns each match into a FoundExpr through a callback (which may reject the match).
 */

import type { TextGate } from '../text-gate';
import { execAnchored } from './anchored';
import type { Anchored } from './anchored';
import type { FoundExpr } from './types';

/** Not preceded by a letter or digit (JS \b is ASCII-only, useless for Arabic and Cyrillic). */
export const B = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const E = '(?![\\p{L}\\p{N}])';
/** Arabic one-letter prefixes on a word: و ف ب ل and their pairs. */
export const AR_PFX = '(?:وب|ول|وف|فب|[وفبل])?';

export type Groups = Record<string, string | undefined>;

type Make = (g: Groups, m: RegExpExecArray) => Omit<FoundExpr, 'ns' | 'ne'> | null;

export function runPattern(norm: string, re: RegExp, make: Make, out: FoundExpr[], gate?: TextGate): void {
  if (gate && !gate.mayMatch(re)) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    take(norm, m, make, out);
  }
}

/** runPattern for an anchored pattern (anchored.ts): the same finds, fewer regex attempts. */
export function runAnchored(norm: string, a: Anchored, make: Make, out: FoundExpr[]): void {
  execAnchored(norm, a, (m) => {
    if (m[0].length > 0) take(norm, m, make, out);
  });
}

/** Per code unit: 1 for what take() trims from a match's end (/[\s,،\-]/). */
const TRAILING = (() => {
  const t = new Uint8Array(0x10000);
  const re = /[\s,،\-]/;
  for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

function isTrailing(c: number): boolean {
  return TRAILING[c] === 1;
}

function take(norm: string, m: RegExpExecArray, make: Make, out: FoundExpr[]): void {
  const made = make((m.groups ?? {}) as Groups, m);
  if (!made) return;
  // Trim trailing spaces/punctuation the pattern may have swallowed.
  let ne = m.index + m[0].length;
  while (ne > m.index && isTrailing(norm.charCodeAt(ne - 1))) ne--;
  // A final "." belongs to an abbreviation ("Oct.", "г.") but not to a full word ("октября.").
  if (norm[ne - 1] === '.' && /\p{L}{5,}\.$/u.test(norm.slice(m.index, ne))) ne--;
  out.push({ ...made, ns: m.index, ne });
}

export function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Day-month plausibility (Feb 29 allowed without a year). */
export function plausibleDayMonth(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > max) return false;
  if (year !== null && month === 2 && day === 29) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  }
  return true;
}
