/**
 * A share link being made: the view's state encoded in the URL fragment (lib/share/codec), its
 * size as sent, and whether it reached the clipboard (when the browser refuses, the link stays in
 * a field to copy by hand). Used by the comparison and the timeline.
 */
import { encodeFragment, ShareLinkError } from '../lib/share/codec';
import type { SharedView } from '../lib/share/spec';
import { linkBytes, shareUrl } from './compare-view';

export interface ShareLink {
  url: string;
  bytes: number;
  embed: boolean;
  copied: boolean;
}

export class ShareLinkState {
  link = $state.raw<ShareLink | null>(null);
  error = $state<string | null>(null);

  clear() {
    this.link = null;
    this.error = null;
  }

  /** Makes the link (embedded texts, or references only) and copies it when the browser lets us. */
  async make(view: SharedView, embed: boolean) {
    this.clear();
    let fragment: string;
    try {
      fragment = await encodeFragment(view, { embed });
    } catch (e) {
      this.error = e instanceof ShareLinkError ? e.message : String(e);
      return;
    }
    const url = shareUrl(window.location.href, fragment);
    this.link = { url, bytes: linkBytes(url), embed, copied: false };
    try {
      await navigator.clipboard.writeText(url);
      if (this.link?.url === url) this.link = { ...this.link, copied: true };
    } catch {
      // No clipboard (permissions, insecure context): the link stays in a selectable field.
    }
  }
}
