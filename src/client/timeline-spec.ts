/**
 * The timeline's URL spec and what follows from it alone: the worker's filter parameters, the
 * visible range (inclusive ISO days in the spec, [from, to) milliseconds in the view), a spec
 * normalised so default values stay out of the link, and small list toggles. Pure: no DOM.
 */
import { formatRange, parseRange } from '../lib/timeline';
import type { Language, StatementKind } from '../lib/model/article';
import type { TimelineSpec } from '../lib/share/spec';
import type { TimelineParams } from '../protocol';

/** The worker's parameters for a spec (the filters shared with search). */
export function specToParams(spec: TimelineSpec): TimelineParams {
  return {
    query: spec.query ?? '',
    officialsOnly: spec.officialsOnly,
    aboutSyriaOnly: spec.aboutSyriaOnly ?? true,
    speakers: [...spec.speakers],
    institutions: [...(spec.institutions ?? [])],
    outlets: [...(spec.outlets ?? [])],
    languages: [...(spec.languages ?? [])] as Language[],
    kinds: [...(spec.kinds ?? [])] as StatementKind[],
  };
}

/** The range the spec asks for ([from, to) in ms, open ends filled from `fallback`), or null. */
export function specDomain(spec: TimelineSpec, fallback?: readonly [number, number]): [number, number] | null {
  if (!spec.from && !spec.to) return null;
  const from = spec.from ? parseRange(spec.from) : null;
  const to = spec.to ? parseRange(spec.to) : null;
  const a = from?.[0] ?? fallback?.[0];
  const b = to?.[1] ?? fallback?.[1];
  return a !== undefined && b !== undefined && b > a ? [a, b] : null;
}

/** The spec with the range of `domain` (whole days, inclusive); null clears the range. */
export function withDomain(spec: TimelineSpec, domain: readonly [number, number] | null): TimelineSpec {
  const out = { ...spec };
  delete out.from;
  delete out.to;
  const r = domain ? formatRange(domain) : '';
  if (r) [out.from, out.to] = r.split('..');
  return out;
}

/** The spec without fields at their default value (absent optional fields are the defaults). */
export function normalizeSpec(spec: TimelineSpec): TimelineSpec {
  const out: TimelineSpec = {
    lanes: spec.lanes,
    speakers: [...spec.speakers],
    officialsOnly: spec.officialsOnly,
    hidden: [...spec.hidden],
    pinned: [...spec.pinned],
  };
  if (spec.from) out.from = spec.from;
  if (spec.to) out.to = spec.to;
  if (spec.query?.trim()) out.query = spec.query;
  if (spec.sort === 'name') out.sort = 'name';
  if (spec.aboutSyriaOnly === false) out.aboutSyriaOnly = false;
  if (spec.institutions?.length) out.institutions = [...spec.institutions];
  if (spec.outlets?.length) out.outlets = [...spec.outlets];
  if (spec.languages?.length) out.languages = [...spec.languages];
  if (spec.kinds?.length) out.kinds = [...spec.kinds];
  return out;
}

/** A stable key of a spec (key order fixed by normalizeSpec). */
export const specKey = (spec: TimelineSpec) => JSON.stringify(normalizeSpec(spec));

/** `list` with `value` added, or removed when it is there. */
export function toggled<T>(list: readonly T[] | undefined, value: T): T[] {
  const l = list ?? [];
  return l.includes(value) ? l.filter((v) => v !== value) : [...l, value];
}
