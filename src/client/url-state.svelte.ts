/**
 * The current view, kept in the URL fragment (which never reaches a server). Every fragment is
 * read through lib/share/route (parseFragment), so junk, hostile or oversized fragments become the
 * library view with a notice, and nothing else happens. Navigation pushes a history entry (Back
 * and Forward move between views); typing a search replaces the entry instead.
 */
import { formatFragment, parseFragment } from '../lib/share/route';
import type { ViewState } from '../lib/share/spec';

class UrlState {
  view = $state.raw<ViewState>({ view: 'library' });
  /** Why the fragment was not followed, or null. */
  notice = $state<string | null>(null);
  #seq = 0;

  constructor() {
    if (typeof window === 'undefined') return;
    void this.#read();
    window.addEventListener('hashchange', () => void this.#read());
    window.addEventListener('popstate', () => void this.#read());
  }

  async #read() {
    const n = ++this.#seq;
    const parsed = await parseFragment(window.location.hash);
    if (n !== this.#seq) return;
    this.view = parsed.state;
    this.notice = parsed.notice;
  }

  async go(view: ViewState, opts: { replace?: boolean } = {}) {
    const hash = await formatFragment(view);
    ++this.#seq;
    this.view = view;
    this.notice = null;
    if (hash === window.location.hash || (hash === '' && window.location.hash === '')) return;
    const url = new URL(window.location.href);
    url.hash = hash;
    if (opts.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
}

export const urlState = new UrlState();
