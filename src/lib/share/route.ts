/**
 * The view a URL fragment asks for. Every fragment passes through parseRoute, which accepts only
 * the exact shapes below and turns anything else — junk, hostile or oversized input — into the
 * library view with a notice, never an exception.
 */

export type Route = { view: 'library' } | { view: 'article'; id: string } | { view: 'lists' };

export interface ParsedRoute {
  route: Route;
  /** Set when the fragment was not understood and was ignored. */
  ignored: boolean;
}

const MAX_FRAGMENT = 2 * 1024 * 1024;
const ARTICLE = /^#article=(a[0-9a-f]{24})$/;

export function parseRoute(hash: string): ParsedRoute {
  if (hash === '' || hash === '#' || hash === '#library') return { route: { view: 'library' }, ignored: false };
  if (hash === '#lists') return { route: { view: 'lists' }, ignored: false };
  if (hash.length <= MAX_FRAGMENT) {
    const m = ARTICLE.exec(hash);
    if (m) return { route: { view: 'article', id: m[1] }, ignored: false };
  }
  return { route: { view: 'library' }, ignored: true };
}

export function formatRoute(route: Route): string {
  if (route.view === 'article') return `#article=${route.id}`;
  return route.view === 'lists' ? '#lists' : '';
}
