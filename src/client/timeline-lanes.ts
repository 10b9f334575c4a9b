/**
 * The rows of the timeline: lib/timeline's lanes of the dated points (count or name order, pinned
 * first, hidden left out), completed by lanes whose statements are all undated. Such a lane is
 * kept, with 0 dated and n undated statements, so a speaker known only from undated articles
 * (Zakharova in the samples) still has a row, and its undated items draw their date windows there.
 */
import { assignLanes, type Labels, type Lane, type LaneBy } from '../lib/timeline';
import { laneKey, type LaneOptions } from '../lib/timeline/lanes';
import type { TimelinePoint, UndatedItem } from '../lib/timeline';
import type { UiLang } from '../lib/timeline';

export interface LaneRow extends Lane {
  /** Undated statements of this lane (in the tray). */
  undated: number;
}

export type LaneRowOptions = LaneOptions;

/** The lane of a point or an undated item. */
export const laneOf = laneKey;

/** The lane labels lib/timeline would give the item's lane (as if it were a dated point). */
function labelsOf(by: LaneBy, item: UndatedItem, lang: UiLang, names?: Readonly<Record<string, Labels>>): Pick<Lane, 'label' | 'labels'> {
  const asPoint: TimelinePoint = { ...item, t0: 0, t1: 1, precision: 'day' };
  const lane = assignLanes([asPoint], { by, lang, names })[0];
  return lane ? { label: lane.label, labels: lane.labels } : { label: laneOf(item, by), labels: { en: laneOf(item, by) } };
}

/** The rows: dated lanes as assignLanes orders them, with undated-only lanes merged in. */
export function laneRows(
  points: readonly TimelinePoint[],
  undated: readonly UndatedItem[],
  opts: LaneRowOptions,
): LaneRow[] {
  const { by, sort = 'count', hidden, pinned = [], lang = 'en', names } = opts;
  const dated = assignLanes(points, { by, sort, hidden, pinned, lang, names });
  const undatedCount = new Map<string, number>();
  const sample = new Map<string, UndatedItem>();
  for (const u of undated) {
    const id = laneOf(u, by);
    undatedCount.set(id, (undatedCount.get(id) ?? 0) + 1);
    if (!sample.has(id)) sample.set(id, u);
  }
  const rows: LaneRow[] = dated.map((l) => ({ ...l, undated: undatedCount.get(l.id) ?? 0 }));
  const known = new Set(dated.map((l) => l.id));
  const extra: LaneRow[] = [];
  for (const [id, n] of undatedCount) {
    if (known.has(id) || hidden?.has(id)) continue;
    const { label, labels } = labelsOf(by, sample.get(id)!, lang, names);
    extra.push({ id, by, label, labels, count: 0, pinned: pinned.includes(id), undated: n });
  }
  if (!extra.length) return rows;
  const coll = new Intl.Collator(lang === 'ar' ? 'ar' : lang, { sensitivity: 'base', numeric: true });
  const byName = (a: LaneRow, b: LaneRow) => coll.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const pinOrder = (l: LaneRow) => pinned.indexOf(l.id);
  const pinnedRows = [...rows.filter((r) => r.pinned), ...extra.filter((r) => r.pinned)].sort(
    (a, b) => pinOrder(a) - pinOrder(b),
  );
  const rest = [...rows.filter((r) => !r.pinned), ...extra.filter((r) => !r.pinned)];
  if (sort === 'name') rest.sort(byName);
  else rest.sort((a, b) => b.count - a.count || b.undated - a.undated || byName(a, b));
  return [...pinnedRows, ...rest];
}
