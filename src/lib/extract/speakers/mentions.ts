/**
 * Finds every mention of a speaker in a text: listed names in any spelling (with Arabic proclitics,
 * hamza/ya/ta-marbuta variants, diacritics and tatweel ignored), titled names, titles alone and
 * anaphoric nouns resolved to an earlier mention ("نائب وزير الدفاع الروسي" → Antonov), unlisted
 * officials recognised from their title, and analysts/journalists (not officials). Offsets are in the
 * original text. tenureConstraints (tenure.ts) turns titled mentions into date bounds.
 */

import type { FindOptions, Mention } from './mention-types';
import { PhraseParser } from './mention-parse';
import { Resolver } from './mention-resolver';
import { fold } from './normalize';
import type { Folded } from './normalize';
import { defaultSpeakerIndex } from './speaker-index';
import type { Payload, SpeakerIndex } from './speaker-index';
import { tokenize } from './tokens';
import type { Token } from './tokens';

export type { Mention, MentionKind, FindOptions } from './mention-types';
export { tenureConstraints } from './tenure';

/** Every speaker mention in `text`, in order. */
export function findMentions(
  text: string,
  index: SpeakerIndex = defaultSpeakerIndex(),
  opts: FindOptions = {},
): Mention[] {
  const f = fold(text);
  const tokens = tokenize(f);
  return mentionsFromTokens(text, f, tokens, index, opts);
}

/** As findMentions, for a caller that already folded and tokenised the text. */
export function mentionsFromTokens(
  text: string,
  f: Folded,
  tokens: Token[],
  index: SpeakerIndex,
  opts: FindOptions = {},
): Mention[] {
  const orig = (t: Token) => text.slice(f.map[t.s], f.map[t.e - 1] + 1);
  const upperOk = (ts: number, te: number) => {
    const s = text.slice(f.map[tokens[ts].s], f.map[tokens[te].e - 1] + 1);
    return s === s.toUpperCase();
  };
  const accept = (m: { ts: number; te: number; payloads: Payload[] }) =>
    m.payloads.some((p) => 'upper' in p && p.upper)
      ? m.payloads.filter((p) => !('upper' in p && p.upper) || upperOk(m.ts, m.te))
      : m.payloads;
  const raw = index.trie.scan(tokens, f.text, accept);
  const phrases = new PhraseParser(raw, tokens, f.text, index, orig).parseAll();
  const r = new Resolver(index, text, f, tokens, opts);
  for (const ph of phrases) r.add(ph);
  return r.out;
}
