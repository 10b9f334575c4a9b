/**
 * Speakers: the speaker list, the precompiled SpeakerIndex, mention finding and the date bounds that
 * speakers' tenures give. See speaker-list.ts for the data and mentions.ts for what a mention is.
 */

export { SPEAKERS, addUserSpeakers } from './speaker-list';
export type { RoleTenure, SpeakerEntry } from './speaker-list';
export { SpeakerIndex, defaultSpeakerIndex } from './speaker-index';
export { findMentions, mentionsFromTokens } from './mentions';
export type { Mention, MentionKind, FindOptions } from './mention-types';
export { tenureConstraints } from './tenure';
