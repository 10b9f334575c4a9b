/**
 * A bound on when an article can have been written, with the reason. Speakers' tenures
 * ("Antonov was deputy defence minister 2011-02 – 2016-12") and past events the text speaks of
 * ("Palmyra retaken 2016-03-27") both produce these; the date resolver intersects them.
 */
export interface DateConstraint {
  /** Earliest possible ISO date (inclusive), or null for no lower bound. */
  after: string | null;
  /** Latest possible ISO date (inclusive), or null for no upper bound. */
  before: string | null;
  /** Why, in words a user understands: "Anatoly Antonov was Deputy Minister of Defence 2011-02-04 – 2016-12-28". */
  why: string;
  /** The words in the text that gave rise to it. */
  evidence?: string;
  /** Offsets of the evidence in the body, when known. */
  start?: number;
  end?: number;
}
