/**
 * Date propagation inside story clusters. A rewrite often drops the dateline its source had
 * ("اليوم الثلاثاء" instead of "الثلاثاء 11 أكتوبر"), so an undated member of a cluster takes the
 * date of a dated member, with source 'cluster' and evidence naming that member. Rules:
 * - members with their own date (source other than 'cluster') keep it and are the donors;
 * - the donor is the one with the earliest date (ties: the finer precision, then the id);
 * - an undated member whose own window excludes a donor's date (no overlap between the window and
 *   the day/month/year the donor's date stands for) does not take it; it takes the earliest donor
 *   its window admits, and stays unchanged when there is none;
 * - a member dated earlier by propagation (source 'cluster') is treated as undated and recomputed,
 *   so re-running after the library grows updates it; it has no window left to check.
 * Returns only the members whose DateInfo changes.
 */
import type { DateInfo, DatePrecision } from '../model/article';

interface Item {
  id: string;
  date: DateInfo;
  headline?: string | null;
}

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** Last ISO day of the period a date of this precision stands for. */
function periodEnd(date: string, precision: DatePrecision | null): string {
  if (precision === 'year') return date.slice(0, 4) + '-12-31';
  if (precision === 'month') {
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

function admits(window: DateInfo['window'], date: string, precision: DatePrecision | null): boolean {
  if (!window) return true;
  const [lo, hi] = window;
  if (lo !== null && periodEnd(date, precision) < lo) return false;
  if (hi !== null && date > hi) return false;
  return true;
}

function isDonor(item: Item): boolean {
  return item.date.date !== null && item.date.source !== 'cluster';
}

function donorOrder(a: Item, b: Item): number {
  const da = a.date.date!;
  const db = b.date.date!;
  if (da !== db) return da < db ? -1 : 1;
  const pa = a.date.precision ? RANK[a.date.precision] : 3;
  const pb = b.date.precision ? RANK[b.date.precision] : 3;
  if (pa !== pb) return pa - pb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sameDate(a: DateInfo, b: DateInfo): boolean {
  return (
    a.date === b.date &&
    a.precision === b.precision &&
    a.source === b.source &&
    a.evidence?.basis === b.evidence?.basis &&
    (a.evidence?.text ?? null) === (b.evidence?.text ?? null)
  );
}

function lent(donor: Item): DateInfo {
  const label = donor.headline?.trim() || donor.id;
  const d = donor.date;
  const text = d.evidence?.text ?? null;
  return {
    date: d.date,
    precision: d.precision,
    window: null,
    source: 'cluster',
    evidence: { basis: `near-duplicate of ${label}`, text },
    reasoning: [
      `same story as ${label}, dated ${d.date}` +
        (d.evidence ? ` (${d.evidence.basis}${text ? `: ${text}` : ''})` : ''),
    ],
  };
}

export function propagateDates<T extends Item>(items: T[], clusters: string[][]): Map<string, DateInfo> {
  const byId = new Map<string, T>();
  for (const it of items) byId.set(it.id, it);
  const out = new Map<string, DateInfo>();
  for (const cluster of clusters) {
    const members = cluster.map((id) => byId.get(id)).filter((x): x is T => x !== undefined);
    const donors = members.filter(isDonor).sort(donorOrder);
    if (donors.length === 0) continue;
    for (const m of members) {
      if (isDonor(m)) continue;
      const window = m.date.source === 'cluster' ? null : m.date.window;
      const donor = donors.find((d) => admits(window, d.date.date!, d.date.precision));
      if (!donor) continue;
      const next = lent(donor);
      if (!sameDate(m.date, next)) out.set(m.id, next);
    }
  }
  return out;
}
