/**
 * What the mention finder reports: one Mention per phrase that names a speaker (listed name, titled
 * name, title alone, anaphoric noun, analyst), with the resolved SpeakerRef and the role the text
 * gives that speaker, if any.
 */

import type { SpeakerRef } from '../../model/article';
import type { RoleTenure } from './speaker-types';

export type MentionKind = 'name' | 'titled' | 'title' | 'anaphor' | 'analyst';

export interface Mention {
  /** Offsets of the whole phrase (title and name) in the searched text. */
  start: number;
  end: number;
  text: string;
  /** Offsets of the name alone, when there is one. */
  nameStart?: number;
  nameEnd?: number;
  speaker: SpeakerRef;
  entryId: string | null;
  kind: MentionKind;
  /** Posts of the listed person that the title next to (or referring to) the name names. */
  roles: RoleTenure[];
  /** The title as written, when there is one. */
  titleText: string | null;
  /** Gender for verb agreement: natural gender of a person, grammatical gender of an Arabic noun. */
  gender: 'm' | 'f' | null;
  /** The title is marked as past ("السابق", "former", "бывший"). */
  former: boolean;
  /** Inside a quotation or another excluded range: not an antecedent. */
  inQuote: boolean;
  /** How the speaker was identified. */
  resolvedBy: 'name' | 'adjacent' | 'context' | 'unique' | 'likely' | 'unlisted';
  /** Index of the earlier mention a title or anaphor was resolved to. */
  antecedent?: number;
  /** 'headline' when found in a headline (offsets then refer to the headline). */
  field?: 'headline' | 'body';
  /** Token index range in the searched text (internal to extraction). */
  tokStart: number;
  tokEnd: number;
  /** An entity used as a place rather than an actor may still be a speaker; true for moscow/Russia. */
  metonym?: boolean;
  /** The listed speaker is a person (not an institution). */
  person?: boolean;
  /** The listed person's only post on record, when there is exactly one. */
  soleRole?: RoleTenure;
}

export interface FindOptions {
  /** Ranges (quotes), sorted and not overlapping, whose mentions are kept but never used as antecedents. */
  exclude?: [number, number][];
  field?: 'headline' | 'body';
}
