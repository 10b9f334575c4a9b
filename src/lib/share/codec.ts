/**
 * Share links for the views whose state is too big for a plain fragment (comparison, timeline):
 * ViewState → versioned, compressed fragment and back. Decoding is defensive end to end: the
 * whole fragment must match one anchored pattern, sizes are capped before each step (fragment
 * length, inflated bytes — enforced while inflating — and JSON nesting depth before JSON.parse),
 * and the parsed JSON passes restoreState. Any failure gives a notice for the user and nothing
 * else; decodeFragment never throws and never stores anything.
 *
 * Format (NOTE: these values must not change; a new format gets a new version number and the
 * old decoders stay, renamed legacy_decodeV<n>):
 *   "#" kind "=" version "." payload
 *   kind     'c' = compare view, 't' = timeline view
 *   version  decimal, 1 = this format
 *   payload  base64url without padding (RFC 4648 §5) of raw DEFLATE (RFC 1951, no zlib header)
 *            of the UTF-8 JSON of the ViewState (spec.ts), defaults left out.
 * A reference-only link is the same format without the embedded texts and metadata.
 */

import { restoreState } from './restore';
import { LIMITS, type CompareItem, type SharedView, type TimelineSpec, type ViewState } from './spec';
import {
  base64urlDecode,
  base64urlEncode,
  deflateRaw,
  inflateBounded,
  jsonDeeperThan,
  utf8Bytes,
  utf8Text,
} from './transport';

/** The format version encodeFragment writes. */
export const FORMAT_VERSION = 1;
/** Longest fragment decodeFragment reads, in characters (2 MB). */
export const MAX_FRAGMENT_CHARS = 2 * 1024 * 1024;
/** Most bytes a payload may inflate to (4 MB); inflating stops as soon as it passes this. */
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024;
/** Deepest JSON nesting accepted (a ViewState needs 5). */
export const MAX_JSON_DEPTH = 12;

const FRAGMENT = /^#([ct])=([1-9][0-9]{0,5})\.([A-Za-z0-9_-]+)$/;
const KIND_OF_VIEW = { compare: 'c', timeline: 't' } as const;

/** True when the fragment claims to be a compressed share link (it may still fail to decode). */
export function isSharedFragment(hash: string): boolean {
  return typeof hash === 'string' && /^#[ct]=/.test(hash);
}

export type DecodeFailure =
  'too-large' | 'malformed' | 'newer-version' | 'corrupt' | 'too-large-content' | 'too-deep' | 'invalid';

export type DecodeResult =
  { ok: true; state: SharedView; version: number } | { ok: false; reason: DecodeFailure; notice: string };

const NOTICES: Record<DecodeFailure, string> = {
  'too-large': 'This link is too long to open (over 2 MB), so it was ignored.',
  malformed:
    'This link is incomplete or altered (it may have been cut off when it was copied), so it was ignored.',
  'newer-version': 'This link was made by a newer version of Tasrih; reload the app to open it.',
  corrupt: 'This link’s data is damaged and cannot be read, so it was ignored.',
  'too-large-content': 'This link unpacks to more than Tasrih accepts (4 MB), so it was ignored.',
  'too-deep': 'This link’s data is not a view Tasrih understands, so it was ignored.',
  invalid: 'This link’s data is not a view Tasrih understands, so it was ignored.',
};

function fail(reason: DecodeFailure): DecodeResult {
  return { ok: false, reason, notice: NOTICES[reason] };
}

type PayloadDecoder = (json: unknown) => ViewState | null;

/** Format 1: the JSON is the ViewState itself. */
function decodeV1(json: unknown): ViewState | null {
  return restoreState(json);
}

/**
 * NOTE: one decoder per format version ever written, each returning the current ViewState.
 * Never remove one: links made with it are in colleagues' notes. When format 2 arrives, rename
 * decodeV1 to legacy_decodeV1 (mapping a v1 payload onto the v2 shape) and add decodeV2.
 */
const DECODERS: ReadonlyMap<number, PayloadDecoder> = new Map([[1, decodeV1]]);

/** The view a share-link fragment ("#c=1.…", "#t=1.…") carries, or a notice. Never throws. */
export async function decodeFragment(hash: string): Promise<DecodeResult> {
  try {
    if (typeof hash !== 'string') return fail('malformed');
    if (hash.length > MAX_FRAGMENT_CHARS) return fail('too-large');
    const m = FRAGMENT.exec(hash);
    if (!m) return fail('malformed');
    const version = Number(m[2]);
    const decoder = DECODERS.get(version);
    if (!decoder) return fail(version > FORMAT_VERSION ? 'newer-version' : 'malformed');
    const packed = base64urlDecode(m[3]);
    if (!packed) return fail('corrupt');
    const inflated = inflateBounded(packed, MAX_INFLATED_BYTES);
    if (!inflated.ok) return fail(inflated.reason === 'too-large' ? 'too-large-content' : 'corrupt');
    const json = utf8Text(inflated.bytes);
    if (json === null) return fail('corrupt');
    if (jsonDeeperThan(json, MAX_JSON_DEPTH)) return fail('too-deep');
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return fail('corrupt');
    }
    const state = decoder(parsed);
    if (!state || (state.view !== 'compare' && state.view !== 'timeline')) return fail('invalid');
    if (KIND_OF_VIEW[state.view] !== m[1]) return fail('invalid');
    return { ok: true, state, version };
  } catch {
    return fail('corrupt');
  }
}

/** Why a view could not be made into a link; the UI can offer the reference-only link instead. */
export class ShareLinkError extends Error {
  constructor(
    readonly reason: 'invalid' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'ShareLinkError';
  }
}

// eslint-disable-next-line no-control-regex
const CONTROL_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_TEXT_ALL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_SINGLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Display metadata made fit for a link: one line, within its bound. (Texts are never altered.) */
function tidy(s: string | undefined, max: number): string | undefined {
  if (s === undefined) return undefined;
  const t = s.replace(CONTROL_SINGLE, ' ').replace(/ {2,}/g, ' ').trim();
  return t === '' ? undefined : t.slice(0, max);
}

function tidyItem(item: CompareItem, n: number): CompareItem {
  if (item.text !== undefined && item.text.length > LIMITS.text)
    throw new ShareLinkError(
      'too-large',
      `Text ${n} is too long to put in a link (${item.text.length} characters, at most ${LIMITS.text}).`,
    );
  if (item.text !== undefined && CONTROL_TEXT.test(item.text))
    throw new ShareLinkError('invalid', `Text ${n} contains control characters and cannot be put in a link.`);
  return {
    ...item,
    statementText: item.statementText?.replace(CONTROL_TEXT_ALL, ' ').slice(0, LIMITS.statementText),
    headline: tidy(item.headline, LIMITS.headline),
    outlet: tidy(item.outlet, LIMITS.outlet),
    speaker: item.speaker && {
      nameEn: tidy(item.speaker.nameEn, LIMITS.speakerName) ?? '?',
      role: tidy(item.speaker.role ?? undefined, LIMITS.role) ?? null,
      russianOfficial: item.speaker.russianOfficial,
    },
  };
}

/** The JSON object written for a view: defaults and (unless embed) everything but references left out. */
function wireOf(state: SharedView, embed: boolean): object {
  if (state.view === 'timeline') {
    const s = state.spec;
    const spec: Partial<TimelineSpec> = {};
    if (s.from) spec.from = s.from;
    if (s.to) spec.to = s.to;
    if (s.lanes !== 'speaker') spec.lanes = s.lanes;
    if (s.query) spec.query = s.query;
    if (s.speakers.length) spec.speakers = s.speakers;
    if (s.officialsOnly) spec.officialsOnly = true;
    if (s.hidden.length) spec.hidden = s.hidden;
    if (s.pinned.length) spec.pinned = s.pinned;
    return { view: 'timeline', spec };
  }
  const { mode, items, options } = state.spec;
  const sent = new Set<string>();
  const wireItems = items.map((it) => {
    const w: CompareItem = { articleId: it.articleId };
    if (it.statementIndex !== undefined) w.statementIndex = it.statementIndex;
    if (!embed) return w;
    const { articleId: _id, statementIndex: _si, text, ...meta } = it;
    if (text !== undefined && !sent.has(it.articleId)) {
      w.text = text;
      sent.add(it.articleId);
    }
    return { ...w, ...meta };
  });
  const opts: Record<string, unknown> = {};
  if (options.base !== 0) opts.base = options.base;
  if (options.hideSpelling) opts.hideSpelling = true;
  if (options.sort !== 'given') opts.sort = options.sort;
  const spec: Record<string, unknown> = { mode, items: wireItems };
  if (Object.keys(opts).length) spec.options = opts;
  return { view: 'compare', spec };
}

/**
 * The fragment ("#c=1.…" or "#t=1.…") for a comparison or timeline. With embed (the default) a
 * comparison carries its texts and their metadata, so the link works alone; without, only
 * content ids, statement indexes and options (a short link for colleagues with the same files).
 * Deterministic: the same view always gives the same fragment. Throws ShareLinkError when the
 * view is not valid or the link would exceed the limits decodeFragment enforces.
 */
export async function encodeFragment(
  state: SharedView,
  opts: { embed: boolean } = { embed: true },
): Promise<string> {
  let input: unknown = state;
  if (state.view === 'compare') {
    const items = state.spec.items.map((it, i) =>
      opts.embed ? tidyItem(it, i + 1) : { articleId: it.articleId, statementIndex: it.statementIndex },
    );
    input = { ...state, spec: { ...state.spec, items } };
  }
  const restored = restoreState(input);
  if (!restored || restored.view !== state.view)
    throw new ShareLinkError('invalid', 'This view cannot be shared: some of its values are out of range.');
  const json = JSON.stringify(wireOf(restored as SharedView, opts.embed));
  const bytes = utf8Bytes(json);
  if (bytes.length > MAX_INFLATED_BYTES)
    throw new ShareLinkError(
      'too-large',
      'The texts are too large for one link; share a reference-only link.',
    );
  const fragment = `#${KIND_OF_VIEW[state.view]}=${FORMAT_VERSION}.${base64urlEncode(deflateRaw(bytes))}`;
  if (fragment.length > MAX_FRAGMENT_CHARS)
    throw new ShareLinkError(
      'too-large',
      'The texts are too large for one link; share a reference-only link.',
    );
  return fragment;
}
