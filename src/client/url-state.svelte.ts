/**
 * The current view, kept in the URL fragment (which never reaches a server). Reads through
 * lib/share/route, so any fragment the app does not understand is ignored with a notice.
 * Navigation pushes a history entry, so Back and Forward move between views.
 */
import { formatRoute, parseRoute, type Route } from '../lib/share/route';

class UrlState {
  route = $state.raw<Route>({ view: 'library' });
  ignoredFragment = $state(false);

  constructor() {
    if (typeof window === 'undefined') return;
    this.#read();
    window.addEventListener('hashchange', () => this.#read());
  }

  #read() {
    const parsed = parseRoute(window.location.hash);
    this.route = parsed.route;
    this.ignoredFragment = parsed.ignored;
  }

  go(route: Route) {
    const hash = formatRoute(route);
    if (hash === window.location.hash) return;
    const url = new URL(window.location.href);
    url.hash = hash;
    history.pushState(null, '', url);
    this.route = route;
    this.ignoredFragment = false;
  }
}

export const urlState = new UrlState();
