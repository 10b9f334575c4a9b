/**
 * Types shared by the date modules. DateExpression is one date-like phrase found in a text,
 * with whatever parts it states (all numbers as written: a Hijri expression carries Hijri
 * year/month/day). Offsets are UTF-16 offsets into the text that was searched.
 */

export type RelativeDay = 'today' | 'yesterday' | 'day-before-yesterday' | 'tomorrow';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** 0 = Sunday. */
  weekday: number | null;
  calendar: 'gregorian' | 'hijri';
  relative: RelativeDay | null;
  /** "الماضي", "المقبل", "last", "next", "прошлого" or verb tense nearby. */
  tense: 'past' | 'future' | null;
}

/** An expression as a finder reports it, in folded-text coordinates, before tense and text. */
export interface FoundExpr {
  ns: number;
  ne: number;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  calendar: 'gregorian' | 'hijri';
  relative: RelativeDay | null;
  /** Tense stated inside the expression itself ("last Tuesday", "الثلاثاء الماضي" is found by tense.ts). */
  tense?: 'past' | 'future' | null;
}

/** Offset in days of each relative word from the article's date. */
export const RELATIVE_OFFSET: Record<RelativeDay, number> = {
  today: 0,
  yesterday: -1,
  'day-before-yesterday': -2,
  tomorrow: 1,
};
