/**
 * Who says it: for a verb of saying, the speaker is the mention right after it (Arabic VSO "أكد
 * أنطونوف", English "said Lavrov", Russian "заявил Лавров"), or right before it at the start of a
 * clause ("وكان … بوغدانوف أكد", "Lavrov said", "Лавров заявил"), or, when the subject is a dropped
 * or personal pronoun ("وأضاف أن", "وتابعت", "he said", "она отметила"), the last speaker of the
 * verb's gender. Relay verbs take the mention after "عن" ("نقلت … عن المركز … قوله"); "حسب/وفقا لـ/
 * according to/по словам" take the mention after them; participles (مضيفا، adding) continue the
 * sentence's speaker. Nouns such as مصدر or وسائل الإعلام are subjects too, but not listed ones:
 * no statement.
 */

import type { SpeakerRef } from '../../model/article';
import type { Mention } from '../speakers/mention-types';
import { foldString } from '../speakers/normalize';
import { AFTER_PRONOUN_VERB, clauseStart, plain, UNNAMED_SUBJECTS } from './clause';
import type { Doc } from './doc';
import { gapText } from './doc';
import { lookupVerb } from './speech-lexicon';
import type { TriggerForm, VerbHit } from './speech-lexicon';

export interface Attribution {
  trig: number;
  verbStart: number;
  verbEnd: number;
  form: TriggerForm;
  mention: Mention;
  speaker: SpeakerRef;
  gender: 'm' | 'f' | null;
  via: 'subject' | 'pronoun' | 'relay' | 'according' | 'continuation';
  /** Last token of the verb-and-subject head (content starts after it). */
  headEnd: number;
  /** First token of the clause (where a split between speakers goes). */
  clauseFrom: number;
}

export interface SpeakerState {
  mention: Mention;
  gender: 'm' | 'f' | null;
}

const EN_PRONOUN: Record<string, 'm' | 'f' | 'n'> = { he: 'm', she: 'f', it: 'n' };
const RU_PRONOUN: Record<string, 'm' | 'f'> = { он: 'm', она: 'f' };
const EN_BETWEEN = new Set(
  'also later earlier has had reportedly then further again previously had on in a statement tuesday monday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const RU_BETWEEN = new Set('также уже ранее вновь еще ещё неоднократно в свою очередь тогда'.split(' '));
const ANTE_SKIP = new Set(['ايضا', 'كذلك'].map(foldString));

function usable(m: Mention | undefined): m is Mention {
  return !!m && !m.inQuote;
}

export class Attributor {
  /** Speakers of earlier statements, latest last. */
  history: SpeakerState[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly isInstitution: (m: Mention) => boolean = () => false,
  ) {}

  private mentionStarting(k: number): Mention | undefined {
    const i = this.doc.startsAt[k];
    return i >= 0 ? this.doc.mentions[i] : undefined;
  }

  private mentionEnding(k: number): Mention | undefined {
    const i = this.doc.endsAt[k];
    return i >= 0 ? this.doc.mentions[i] : undefined;
  }

  /** The last speaker whose gender agrees (Arabic: null counts as masculine). */
  lastSpeaker(gender: 'm' | 'f' | 'n' | null, arabic: boolean): SpeakerState | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i];
      const g = h.gender ?? (arabic ? 'm' : null);
      if (
        gender === null ||
        gender === g ||
        (gender === 'n' && h.mention.speaker.institution !== null && h.gender === null)
      )
        return h;
    }
    return null;
  }

  /** Verb of saying at token k, or null. */
  verbAt(k: number): VerbHit | null {
    if (this.doc.inQuote[k] >= 0) return null;
    const t = this.doc.tokens[k];
    return lookupVerb(t.text, t.script);
  }

  /** The verb being attributed (set by attribute() for `make`). */
  private verb: { k: number; verbStart: number; verbEnd: number; form: TriggerForm } = {
    k: 0,
    verbStart: 0,
    verbEnd: 0,
    form: 'finite',
  };

  /** An attribution of the current verb (one function for the whole article, not one per verb). */
  private readonly make = (
    mention: Mention,
    via: Attribution['via'],
    headEnd: number,
    clauseFrom: number,
    gender = mention.gender,
  ): Attribution => ({
    trig: this.verb.k,
    verbStart: this.verb.verbStart,
    verbEnd: this.verb.verbEnd,
    form: this.verb.form,
    mention,
    speaker: mention.speaker,
    gender,
    via,
    headEnd,
    clauseFrom,
  });

  attribute(k: number, hit: VerbHit, sk: number, ek: number, prev: Attribution | null): Attribution | null {
    const t = this.doc.tokens[k];
    this.verb = { k, verbStart: this.doc.f.map[t.s + hit.cut], verbEnd: this.doc.oe[k], form: hit.form };
    const make = this.make;
    if (hit.needsNext && !(k + 1 <= ek && hit.needsNext.includes(this.doc.tokens[k + 1].text))) return null;
    if (hit.form === 'participle') {
      if (prev) return make(prev.mention, 'continuation', k, prev.clauseFrom, prev.gender);
      for (let j = sk; j < k; j++) {
        const m = this.mentionStarting(j);
        if (usable(m) && !m.metonym && m.speaker.id !== null) return make(m, 'continuation', k, sk);
      }
      const last = this.lastSpeaker(hit.gender, t.script === 'ar');
      return last ? make(last.mention, 'pronoun', k, sk, last.gender) : null;
    }
    if (hit.form === 'relay') return this.relay(k, ek, make, sk);
    if (hit.form === 'according') {
      let j = k + 1;
      if (j <= ek && this.doc.tokens[j].text === 'to') j++;
      if (j <= ek && (this.doc.tokens[j].text === 'ل' || this.doc.tokens[j].text === 'the')) j++;
      const m = this.mentionStarting(j);
      return usable(m) ? make(m, 'according', m.tokEnd, k) : null;
    }
    if (t.script === 'ar') return this.arabic(k, hit, sk, ek, make);
    if (t.script === 'cy') return this.russian(k, hit, sk, ek, make);
    return this.english(k, sk, ek, make);
  }

  private relay(
    k: number,
    ek: number,
    make: (m: Mention, via: Attribution['via'], headEnd: number, clauseFrom: number) => Attribution,
    sk: number,
  ): Attribution | null {
    for (let j = k + 1; j <= Math.min(ek - 1, k + 20); j++) {
      if (this.doc.inQuote[j] >= 0) continue;
      if (this.doc.tokens[j].text !== 'عن') continue;
      const m = this.mentionStarting(j + 1);
      if (!usable(m)) return null;
      const a = make(m, 'relay', m.tokEnd, sk);
      for (let q = m.tokEnd + 1; q <= Math.min(ek, m.tokEnd + 30); q++) {
        if (/^قول(ه|ها|هم|هما)$/.test(this.doc.tokens[q].text)) {
          a.verbStart = this.doc.os[q];
          a.verbEnd = this.doc.oe[q];
          a.headEnd = q;
          break;
        }
      }
      return a;
    }
    return null;
  }

  private arabic(
    k: number,
    hit: VerbHit,
    sk: number,
    ek: number,
    make: (
      m: Mention,
      via: Attribution['via'],
      headEnd: number,
      clauseFrom: number,
      gender?: 'm' | 'f' | null,
    ) => Attribution,
  ): Attribution | null {
    const doc = this.doc;
    const atClause = clauseStart(doc, k, sk);
    if (hit.clauseOnly && !atClause) return null;
    let j = k + 1;
    if (j <= ek && ANTE_SKIP.has(doc.tokens[j].text) && plain(doc, k, j)) j++;
    const after = j <= ek && plain(doc, j - 1, j) ? this.mentionStarting(j) : undefined;
    const agrees = usable(after) && !(hit.gender && after.gender && hit.gender !== after.gender);
    if (usable(after) && agrees && (!hit.institutionOnly || this.isInstitution(after))) {
      return make(after, 'subject', after.tokEnd, k);
    }
    let b = k - 1;
    if (b >= sk && doc.tokens[b].text === 'قد' && plain(doc, b, k)) b--;
    const before = b >= sk && plain(doc, b, b + 1) ? this.mentionEnding(b) : undefined;
    if (
      usable(before) &&
      (clauseStart(doc, before.tokStart, sk) ||
        /^(و|ف)?كان(ت)?$/.test(doc.tokens[before.tokStart - 1]?.text ?? ''))
    ) {
      return make(before, 'subject', k, before.tokStart);
    }
    if (hit.form === 'imperfect' || hit.institutionOnly || !atClause) return null;
    if (!this.droppedSubject(k, hit, ek)) return null;
    const last = this.lastSpeaker(hit.gender, true);
    return last ? make(last.mention, 'pronoun', k, k, last.gender) : null;
  }

  /** After an Arabic verb with no named subject: is its subject a dropped pronoun? */
  private droppedSubject(k: number, hit: VerbHit, ek: number): boolean {
    if (hit.object || k >= ek) return true;
    const doc = this.doc;
    const gap = gapText(doc, k, k + 1);
    if (/[:،,"“”«»\-–—(]/.test(gap)) return true;
    const next = doc.tokens[k + 1].text;
    if (AFTER_PRONOUN_VERB.has(next)) return true;
    if (lookupVerb(next, 'ar')?.form === 'participle') return true;
    if (UNNAMED_SUBJECTS.has(next)) return false;
    if (/^(ال|وال|بال|لل)/.test(next)) return false;
    return true;
  }

  private english(
    k: number,
    sk: number,
    ek: number,
    make: (
      m: Mention,
      via: Attribution['via'],
      headEnd: number,
      clauseFrom: number,
      gender?: 'm' | 'f' | null,
    ) => Attribution,
  ): Attribution | null {
    const doc = this.doc;
    let j = k + 1;
    if (j <= ek && doc.tokens[j].text === 'the') j++;
    const after = j <= ek ? this.mentionStarting(j) : undefined;
    const postposed = k > sk && /[,"”»]\s*$/.test(gapText(doc, k - 1, k));
    if (usable(after) && (postposed || k === sk)) return make(after, 'subject', after.tokEnd, k);
    let p = k - 1;
    while (p > sk && EN_BETWEEN.has(doc.tokens[p].text) && plain(doc, p, p + 1)) p--;
    const pronoun = p >= sk ? EN_PRONOUN[doc.tokens[p].text] : undefined;
    if (pronoun && plain(doc, p, p + 1)) {
      const last = this.lastSpeaker(pronoun, false);
      return last ? make(last.mention, 'pronoun', k, p, last.gender) : null;
    }
    for (let b = k - 1; b >= Math.max(sk, k - 12); b--) {
      const pron = EN_PRONOUN[doc.tokens[b].text];
      if (pron && b === k - 1) {
        const last = this.lastSpeaker(pron, false);
        return last ? make(last.mention, 'pronoun', k, b, last.gender) : null;
      }
      const m = this.mentionEnding(b);
      if (usable(m)) {
        const between = doc.text.slice(doc.oe[b], doc.os[k]);
        const ok = /^[\s,]*(,[^,.;:"“”]{1,80},)?[\s,]*$/.test(
          between.replace(
            /\b(also|later|earlier|has|had|reportedly|then|further|again|previously|on \w+|in a statement)\b/gi,
            '',
          ),
        );
        if (ok) return make(m, 'subject', k, m.tokStart);
        break;
      }
      if (!EN_BETWEEN.has(doc.tokens[b].text) && b === k - 1 && !/,/.test(gapText(doc, b, k))) break;
    }
    return usable(after) ? make(after, 'subject', after.tokEnd, k) : null;
  }

  private russian(
    k: number,
    hit: VerbHit,
    sk: number,
    ek: number,
    make: (
      m: Mention,
      via: Attribution['via'],
      headEnd: number,
      clauseFrom: number,
      gender?: 'm' | 'f' | null,
    ) => Attribution,
  ): Attribution | null {
    const doc = this.doc;
    const next = doc.tokens[k + 1];
    if (next && k + 1 <= ek && RU_PRONOUN[next.text]) {
      const last = this.lastSpeaker(RU_PRONOUN[next.text], false);
      return last ? make(last.mention, 'pronoun', k + 1, k, last.gender) : null;
    }
    if (hit.plural && next?.text === 'в') {
      const m = this.mentionStarting(k + 2);
      return usable(m) ? make(m, 'subject', m.tokEnd, k) : null;
    }
    const after = k + 1 <= ek ? this.mentionStarting(k + 1) : undefined;
    let b = k - 1;
    while (b >= sk && RU_BETWEEN.has(doc.tokens[b].text)) b--;
    if (b >= sk && RU_PRONOUN[doc.tokens[b].text]) {
      const last = this.lastSpeaker(RU_PRONOUN[doc.tokens[b].text], false);
      return last ? make(last.mention, 'pronoun', k, b, last.gender) : null;
    }
    const before = b >= sk ? this.mentionEnding(b) : undefined;
    const postposed = k > sk && /[,"”»—–-]\s*$/.test(gapText(doc, k - 1, k));
    if (usable(after) && (postposed || !usable(before))) return make(after, 'subject', after.tokEnd, k);
    if (usable(before)) return make(before, 'subject', k, before.tokStart);
    return null;
  }
}
