/**
 * Date bounds from who holds which post: a listed person named with a title that matches exactly
 * one of their posts ("نائب وزير الدفاع الروسي أناتولي أنطونوف", or the title alone referring back to
 * him) bounds the article by that post's dates. A bare name bounds it only when the person held a
 * single post, with known dates, over a short span. Past titles ("السابق", "former") and mentions
 * inside quotations give nothing. Conservative: a wrong bound is worse than none.
 */

import type { DateConstraint } from '../../model/date-constraint';
import type { Mention } from './mention-types';
import type { SpeakerIndex } from './speaker-index';
import type { RoleTenure } from './speaker-types';

/** Longest span (days) of a sole post for a bare name to bound the date. */
const BARE_NAME_MAX_DAYS = 3 * 366;

function why(name: string, role: RoleTenure, note = ''): string {
  return `${name} was ${role.titleEn} ${role.from ?? '…'} – ${role.to ?? 'present'}${note}`;
}

/**
 * Date bounds from the mentions of one article (body and headline). The mentions carry what is
 * needed (roles, sole post), so the index argument is accepted for symmetry but not required.
 */
export function tenureConstraints(mentions: Mention[], _index?: SpeakerIndex): DateConstraint[] {
  const out: DateConstraint[] = [];
  const seen = new Set<string>();
  const push = (m: Mention, role: RoleTenure, note = '') => {
    if (role.from === null && role.to === null) return;
    const key = `${m.entryId}|${role.titleEn}|${role.from}|${role.to}`;
    if (seen.has(key)) return;
    seen.add(key);
    const c: DateConstraint = {
      after: role.from,
      before: role.to,
      why: why(m.speaker.nameEn, role, note),
      evidence: m.text,
    };
    if (m.field !== 'headline') {
      c.start = m.start;
      c.end = m.end;
    }
    out.push(c);
  };
  for (const m of mentions) {
    if (!m.entryId || !m.person || m.former || m.inQuote) continue;
    if (
      (m.kind === 'titled' || m.kind === 'title') &&
      (m.resolvedBy === 'adjacent' || m.resolvedBy === 'context')
    ) {
      if (m.roles.length === 1) push(m, m.roles[0]);
      continue;
    }
    const r = m.soleRole;
    if (
      m.kind === 'name' &&
      r &&
      r.from &&
      r.to &&
      (Date.parse(r.to) - Date.parse(r.from)) / 864e5 <= BARE_NAME_MAX_DAYS
    ) {
      push(m, r, ' (named without title; sole post on record)');
    }
  }
  return out;
}
