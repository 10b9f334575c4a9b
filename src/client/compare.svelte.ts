/**
 * The comparison view's state: the worker's result for a spec (items resolved against the
 * library, or taken from the link), the share link (embedded texts by default, or references
 * only) with its size, copying it, and "save to my library" for texts that came with a link.
 * Also the comparison basket: statements picked with "add to comparison" anywhere in the app.
 */
import type { Engine } from './engine.svelte';
import type { CompareItem, CompareSpec } from '../lib/share/spec';
import type { CompareResult } from '../protocol';
import { sameItem, statementsSpec, withItem } from './compare-view';
import { ShareLinkState } from './share-link.svelte';

export class CompareState {
  result = $state.raw<CompareResult | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  readonly sharing = new ShareLinkState();
  saving = $state(false);
  #seq = 0;

  constructor(private readonly engine: Engine) {}

  async load(spec: CompareSpec) {
    const n = ++this.#seq;
    this.loading = true;
    this.error = null;
    try {
      const result = await this.engine.call('compare', { spec: $state.snapshot(spec) as CompareSpec });
      if (n === this.#seq) this.result = result;
    } catch (e) {
      if (n === this.#seq) this.error = (e as Error).message;
    } finally {
      if (n === this.#seq) this.loading = false;
    }
  }

  /** The spec with every item as a link carries it (texts and facts of the resolved items). */
  linkSpec(spec: CompareSpec): CompareSpec {
    const items = spec.items.map((it, i) => this.result?.items[i]?.embed ?? it);
    return { ...spec, items };
  }

  /** Makes the link (embedded texts, or references only) and copies it when the browser lets us. */
  share(spec: CompareSpec, embed: boolean) {
    return this.sharing.make({ view: 'compare', spec: this.linkSpec(spec) }, embed);
  }

  /** Items shown from the link's texts, which "save to my library" would add. */
  get fromLink(): CompareItem[] {
    const r = this.result;
    if (!r) return [];
    return r.items.flatMap((it) => (it.status.source === 'from-link' && it.embed?.text ? [it.embed] : []));
  }

  /** Adds the link's texts to the library as text files (only when the user asks). */
  async save(spec: CompareSpec) {
    const seen = new Set<string>();
    const files = this.fromLink
      .filter((it) => !seen.has(it.articleId) && seen.add(it.articleId))
      .map((it) => ({ path: `${it.articleId}.txt`, file: new File([it.text!], `${it.articleId}.txt`, { type: 'text/plain' }) }));
    if (!files.length) return;
    this.saving = true;
    try {
      await this.engine.ingest(files);
    } finally {
      this.saving = false;
    }
    await this.load(spec);
  }
}

/** Statements picked for a comparison ("add to comparison"), until compared or cleared. */
export class CompareBasket {
  items = $state.raw<CompareItem[]>([]);

  add(item: CompareItem) {
    this.items = withItem(this.items, item);
  }

  has(item: CompareItem): boolean {
    return this.items.some((i) => sameItem(i, item));
  }

  remove(item: CompareItem) {
    this.items = this.items.filter((i) => !sameItem(i, item));
  }

  clear() {
    this.items = [];
  }

  spec(): CompareSpec {
    return statementsSpec(this.items);
  }
}
