/**
 * The view a URL fragment asks for, and the fragment for a view. Every view's state is in the
 * fragment (which never reaches a server), so Back and Forward move between views.
 *
 * Two entry points, split by cost:
 * - parseRoute / formatRoute (sync) handle the simple, human-readable forms: '' (library),
 *   '#lists', '#article=<id>', '#q=<URI-encoded query>'. For a compressed share link ('#c=…',
 *   '#t=…') parseRoute answers the library view with `shared: true`: decoding it is async.
 * - parseFragment / formatFragment (async) handle every form, including comparison and timeline
 *   links through codec.ts. Use them wherever the fragment may be a share link.
 * Both accept only the exact shapes above and turn anything else — junk, hostile or oversized
 * input — into the library view with a notice, never an exception.
 */

import { decodeFragment, encodeFragment, isSharedFragment } from './codec';
import { restoreState } from './restore';
import type { SharedView, ViewState } from './spec';

export type Route = Extract<ViewState, { view: 'library' | 'article' | 'lists' | 'search' }>;

export interface ParsedRoute {
  route: Route;
  /** Set when the fragment was not understood and was ignored. */
  ignored: boolean;
  /** Set when the fragment is a compressed share link: read it with parseFragment. */
  shared?: boolean;
}

const MAX_FRAGMENT = 2 * 1024 * 1024;
/** Longest '#q=' fragment: 1000 characters, each at most 9 percent-encoded bytes. */
const MAX_QUERY_FRAGMENT = 3 + 9 * 1000;
const ARTICLE = /^#article=(a[0-9a-f]{24})$/;
const SEARCH = /^#q=([^#]*)$/;

const LIBRARY: ParsedRoute = { route: { view: 'library' }, ignored: false };
const IGNORED: ParsedRoute = { route: { view: 'library' }, ignored: true };

function parseSearch(encoded: string): ParsedRoute {
  let query: string;
  try {
    query = decodeURIComponent(encoded);
  } catch {
    return IGNORED;
  }
  const state = restoreState({ view: 'search', query });
  return state?.view === 'search' && state.query === query ? { route: state, ignored: false } : IGNORED;
}

export function parseRoute(hash: string): ParsedRoute {
  if (typeof hash !== 'string') return IGNORED;
  if (hash === '' || hash === '#' || hash === '#library') return LIBRARY;
  if (hash === '#lists') return { route: { view: 'lists' }, ignored: false };
  if (hash.length > MAX_FRAGMENT) return IGNORED;
  if (isSharedFragment(hash)) return { ...LIBRARY, shared: true };
  const m = ARTICLE.exec(hash);
  if (m) return { route: { view: 'article', id: m[1] }, ignored: false };
  if (hash.length <= MAX_QUERY_FRAGMENT) {
    const q = SEARCH.exec(hash);
    if (q) return parseSearch(q[1]);
  }
  return IGNORED;
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'article':
      return `#article=${route.id}`;
    case 'lists':
      return '#lists';
    case 'search':
      return `#q=${encodeURIComponent(route.query)}`;
    default:
      return '';
  }
}

export interface ParsedFragment {
  /** The view to show: the one asked for, or the library when the fragment was refused. */
  state: ViewState;
  /** What to tell the user when the fragment was refused; null when it was read. */
  notice: string | null;
}

const NOT_UNDERSTOOD = 'This link’s address was not understood, so it was ignored.';

/** Any fragment, share links included, as a view. Never throws. */
export async function parseFragment(hash: string): Promise<ParsedFragment> {
  const parsed = parseRoute(hash);
  if (!parsed.shared) return { state: parsed.route, notice: parsed.ignored ? NOT_UNDERSTOOD : null };
  const decoded = await decodeFragment(hash);
  return decoded.ok
    ? { state: decoded.state, notice: null }
    : { state: { view: 'library' }, notice: decoded.notice };
}

/**
 * The fragment for any view. Comparisons embed their texts unless `embed: false` (the short
 * reference-only link). Throws ShareLinkError (codec.ts) when a comparison cannot be linked.
 */
export async function formatFragment(
  state: ViewState,
  opts: { embed: boolean } = { embed: true },
): Promise<string> {
  if (state.view === 'compare' || state.view === 'timeline') return encodeFragment(state as SharedView, opts);
  return formatRoute(state);
}
