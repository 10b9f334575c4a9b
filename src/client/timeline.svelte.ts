/**
 * The timeline view's state: the spec (the URL's part), the worker's data for its filters
 * (fetched whenever the filters or the library change; the newest answer wins), the lanes and the
 * aggregation index, the visible domain with its zoom and pan (batched per animation frame), the
 * focused, hovered and opened statement, and the brushed range. The spec travels both ways:
 * changes go out through `onspec` (the range debounced while zooming) and a spec coming back in
 * is applied only when it is not one this state sent itself.
 */
import { ShareLinkState } from './share-link.svelte';
import {
  buildIndex,
  chooseUnit,
  clampDomain,
  density,
  fractionAt,
  pan,
  ticks,
  timeScale,
  unpackTimelineData,
  visible,
  zoomAt,
  zoomLimits,
  type Domain,
  type TimelineData,
  type TimelinePoint,
  type UndatedItem,
} from '../lib/timeline';
import type { TimelineSpec } from '../lib/share/spec';
import type { CorrectedArticle } from '../protocol';
import type { Engine } from './engine.svelte';
import { i18n } from './i18n.svelte';
import { laneOf, laneRows } from './timeline-lanes';
import { layoutMarks, windowMarks, type Mark } from './timeline-layout';
import { moveFocus, pointsByLane, type Move } from './timeline-keys';
import { normalizeSpec, specDomain, specKey, specToParams, withDomain } from './timeline-spec';

export type Item = TimelinePoint | UndatedItem;
export const isDated = (i: Item): i is TimelinePoint => 't0' in i;

export interface Card {
  item: Item;
  /** undefined while loading, null when the article is gone. */
  served: CorrectedArticle | null | undefined;
}

const RANGE_DEBOUNCE_MS = 300;
const LIST_DEBOUNCE_MS = 120;
export const LANES_STEP = 30;

export class TimelineState {
  /** "Copy link": the view's spec (filters, lanes, range) in a link. */
  readonly sharing = new ShareLinkState();
  spec = $state.raw<TimelineSpec>(normalizeSpec({ lanes: 'speaker', speakers: [], officialsOnly: true, hidden: [], pinned: [] }));
  data = $state.raw<TimelineData | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  /** The zoomed domain; null = the whole extent. */
  domain = $state.raw<Domain | null>(null);
  width = $state(800);
  hover = $state.raw<{ mark: Mark; x: number; y: number } | null>(null);
  focusKey = $state<string | null>(null);
  card = $state.raw<Card | null>(null);
  brush = $state.raw<Domain | null>(null);
  /** Undated item whose window is highlighted (hovered in the tray). */
  windowKey = $state<string | null>(null);
  laneLimit = $state(LANES_STEP);
  #listDomain = $state.raw<Domain | null>(null);

  readonly rtl = $derived(i18n.dir === 'rtl');
  readonly paramsKey = $derived(JSON.stringify(specToParams(this.spec)));
  /** The lane settings as a string, so a new spec with the same settings recomputes nothing. */
  readonly #laneKey = $derived(JSON.stringify([this.spec.lanes, this.spec.sort ?? 'count', this.spec.hidden, this.spec.pinned]));
  readonly by = $derived(this.spec.lanes);
  readonly allLanes = $derived.by(() => {
    const [by, sort, hidden, pinned] = JSON.parse(this.#laneKey) as [TimelineSpec['lanes'], 'count' | 'name', string[], string[]];
    const names = this.data?.names;
    return laneRows(this.data?.points ?? [], this.data?.undated ?? [], { by, sort, hidden: new Set(hidden), pinned, lang: i18n.lang, names });
  });
  readonly lanes = $derived(this.allLanes.slice(0, this.laneLimit));

  /** A statement's speaker as the UI language writes it (the speaker list's Arabic or Russian name when it has one). */
  speakerName(p: { speaker: string; speakerNameEn: string }): string {
    const lang = i18n.lang as string;
    if (lang === 'en') return p.speakerNameEn;
    const labels = this.data?.names?.[p.speaker] as Record<string, string | undefined> | undefined;
    return labels?.[lang] ?? p.speakerNameEn;
  }
  readonly laneIds = $derived(this.lanes.map((l) => l.id));
  readonly index = $derived(buildIndex(this.data?.points ?? [], this.allLanes));
  readonly undated = $derived.by(() => {
    const shown = new Set(this.allLanes.map((l) => l.id));
    return (this.data?.undated ?? []).filter((u) => shown.has(laneOf(u, this.by)));
  });
  /** The range the URL asked for, kept inside the limits even before the data is there. */
  #asked = $state.raw<Domain | null>(null);
  readonly limits = $derived.by(() => {
    let [a, b] = this.index.extent ?? [Infinity, -Infinity];
    for (const u of this.undated)
      for (const t of u.window) if (t !== null) [a, b] = [Math.min(a, t), Math.max(b, t)];
    const l = zoomLimits(a < b ? [a, b] : null);
    const asked = this.#asked;
    return asked ? { ...l, min: Math.min(l.min, asked[0]), max: Math.max(l.max, asked[1]) } : l;
  });
  readonly view = $derived(clampDomain(this.domain ?? [this.limits.min, this.limits.max], this.limits));
  readonly scale = $derived(timeScale(this.view, this.width, this.rtl));
  readonly layout = $derived(
    layoutMarks({ index: this.index, laneIds: this.laneIds, domain: this.view, width: this.width, rtl: this.rtl }),
  );
  readonly windows = $derived.by(() => {
    const pos = new Map(this.laneIds.map((id, i) => [id, i]));
    const by = this.by;
    return windowMarks(this.undated, (u) => pos.get(laneOf(u, by)) ?? -1, this.view, this.width, this.rtl);
  });
  readonly ticks = $derived(ticks(this.view, this.width, i18n.lang));
  readonly stripUnit = $derived(chooseUnit((this.view[1] - this.view[0]) / Math.max(1, this.width), Infinity, 3) ?? 'year');
  readonly stripBins = $derived(density(this.index, this.view, this.stripUnit));
  /** Statements in view (updated shortly after zooming stops), and those in the brushed range. */
  readonly inView = $derived(visible(this.index, this.#listDomain ?? this.view));
  readonly listed = $derived.by(() => {
    const b = this.brush;
    return b ? this.inView.filter((p) => p.t1 > b[0] && p.t0 < b[1]) : this.inView;
  });
  readonly byLane = $derived(pointsByLane(this.index, (p) => laneOf(p, this.by)));
  /** False while the view moves (zoom, pan), until it has been still for a moment. */
  readonly settled = $derived(this.#listDomain === null);

  #engine: Engine;
  #onspec: (s: TimelineSpec) => void;
  #emitted: string[] = [];
  #seq = 0;
  #rangeTimer: ReturnType<typeof setTimeout> | undefined;
  #listTimer: ReturnType<typeof setTimeout> | undefined;
  #pending: { factor: number; x: number | null; panPx: number } = { factor: 1, x: null, panPx: 0 };
  #frame = 0;

  /** Create during a component's initialisation (it owns effects). */
  constructor(engine: Engine, onspec: (s: TimelineSpec) => void) {
    this.#engine = engine;
    this.#onspec = onspec;
    $effect(() => {
      const params = JSON.parse(this.paramsKey);
      void engine.library; // refetch after an ingest or a correction
      const seq = ++this.#seq;
      this.loading = true;
      engine.call('timeline', params).then(
        (d) => {
          if (seq !== this.#seq) return;
          const data = unpackTimelineData(d);
          // Drawn in a task of its own: reading the message and building the points, then the
          // lanes and the first draw, are two shorter tasks instead of one long one.
          setTimeout(() => {
            if (seq !== this.#seq) return;
            this.data = data;
            this.loading = false;
            this.error = null;
          });
        },
        (e: Error) => {
          if (seq !== this.#seq) return;
          this.loading = false;
          this.error = e.message;
        },
      );
    });
    $effect(() => () => {
      clearTimeout(this.#rangeTimer);
      clearTimeout(this.#listTimer);
      cancelAnimationFrame(this.#frame);
    });
  }

  /** A spec from the URL: applied unless it is one this state sent. */
  receive(spec: TimelineSpec) {
    const key = specKey(spec);
    if (this.#emitted.includes(key) || key === specKey(this.spec)) return;
    this.spec = normalizeSpec(spec);
    this.domain = this.#asked = specDomain(this.spec);
    this.#listDomain = null;
  }

  /** Change the spec (filters, lanes, …) and tell the URL at once. */
  update(patch: Partial<TimelineSpec>) {
    this.spec = normalizeSpec({ ...this.spec, ...patch });
    this.#emit();
  }

  #emit() {
    const key = specKey(this.spec);
    this.#emitted = [...this.#emitted.slice(-7), key];
    this.#onspec(normalizeSpec(this.spec));
  }

  /** Set the domain (null = everything); the URL follows after a pause. */
  setDomain(d: Domain | null) {
    // The list of statements keeps the settled domain while the view moves.
    this.#listDomain ??= this.view;
    this.domain = d ? clampDomain(d, this.limits) : null;
    clearTimeout(this.#rangeTimer);
    this.#rangeTimer = setTimeout(() => {
      this.spec = normalizeSpec(withDomain(this.spec, this.domain));
      this.#emit();
    }, RANGE_DEBOUNCE_MS);
    clearTimeout(this.#listTimer);
    this.#listTimer = setTimeout(() => (this.#listDomain = null), LIST_DEBOUNCE_MS);
  }

  /** The view as a link: filters, lanes and the visible range as they are now. */
  share() {
    const spec = normalizeSpec(withDomain(this.spec, this.domain));
    return this.sharing.make({ view: 'timeline', spec: $state.snapshot(spec) as TimelineSpec }, false);
  }

  /** Zoom by `factor` (> 1 = in) at plot x (null = the middle); applied on the next frame. */
  zoomBy(factor: number, x: number | null = null) {
    this.#pending.factor *= factor;
    this.#pending.x = x;
    this.#schedule();
  }

  /** Pan by pixels (positive = content moves right); applied on the next frame. */
  panBy(px: number) {
    this.#pending.panPx += px;
    this.#schedule();
  }

  #schedule() {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const { factor, x, panPx } = this.#pending;
      this.#pending = { factor: 1, x: null, panPx: 0 };
      let d: Domain = this.view;
      if (factor !== 1) d = zoomAt(d, factor, fractionAt(x ?? this.width / 2, this.width, this.rtl), this.limits);
      if (panPx) d = pan(d, ((this.rtl ? 1 : -1) * panPx) / Math.max(1, this.width), this.limits);
      this.setDomain(d);
    });
  }

  /** Zoom to a period (an aggregated bar or a stack of one day), with a little room around. */
  zoomTo(t0: number, t1: number) {
    const pad = (t1 - t0) * 0.1;
    this.setDomain([t0 - pad, t1 + pad]);
  }

  /** Move the keyboard focus; the view pans to keep the statement in sight. */
  move(move: Move) {
    const p = moveFocus(this.byLane, this.laneIds, this.focusKey, move, this.rtl, this.view);
    if (!p) return;
    this.focusKey = p.key;
    const [a, b] = this.view;
    if (p.t1 <= a || p.t0 >= b) {
      const mid = (p.t0 + p.t1) / 2;
      this.setDomain([mid - (b - a) / 2, mid + (b - a) / 2]);
    }
  }

  get engine(): Engine {
    return this.#engine;
  }

  get focused(): TimelinePoint | null {
    const k = this.focusKey;
    return k ? (this.index.sorted.find((p) => p.key === k) ?? null) : null;
  }

  async open(item: Item) {
    this.card = { item, served: undefined };
    if (isDated(item)) this.focusKey = item.key;
    const served = await this.#engine.article(item.articleId).catch(() => null);
    if (this.card?.item.key === item.key) this.card = { item, served };
  }

  /** Date an undated article (a user correction); the data is fetched again. */
  async date(articleId: string, iso: string) {
    await this.#engine.correct(articleId, { kind: 'date', at: Date.now(), date: iso, precision: 'day' });
    this.card = null;
  }

  toggleLane(list: 'hidden' | 'pinned', id: string) {
    const l = this.spec[list];
    this.update({ [list]: l.includes(id) ? l.filter((x) => x !== id) : [...l, id] });
  }
}
