/**
 * TimelineData as the worker sends it to the page: columns instead of one object per statement.
 * A library of 10,000 articles has ~125,000 statements; as objects, their structured clone took
 * ~370 ms to read on the page's thread (one task, with ~220 ms of garbage collection after it),
 * and the objects it made read slowly afterwards. Here the strings that repeat (article ids,
 * speakers, names, roles, institutions, outlets, kinds…) are sent once in a table and referred to
 * by number, times and flags go in typed arrays, and the page builds the points back with one
 * object literal each (one hidden class; see points.ts). `key` is not sent: it is
 * `${articleId}:${statementIndex}`.
 */

import type { TimelineData, TimelinePoint, UndatedItem } from './points';

/** Columns referring to the string table, in this order, per item. */
const STRING_COLUMNS = [
  'articleId',
  'speaker',
  'speakerId',
  'speakerNameEn',
  'role',
  'institution',
  'outlet',
  'language',
  'kind',
] as const;
const S = STRING_COLUMNS.length;

interface PackedItems {
  n: number;
  /** n × S indexes into the string table, row by row; −1 for null. */
  refs: Int32Array;
  statementIndex: Int32Array;
  /** Bit 0: russianOfficial; bit 1: aboutSyria. */
  flags: Uint8Array;
  firstWords: string[];
}

export interface PackedTimelineData {
  strings: string[];
  points: PackedItems & {
    t0: Float64Array;
    t1: Float64Array;
    /** Index into the string table. */
    precision: Int32Array;
  };
  undated: PackedItems & {
    /** 2 per item, NaN for an open end. */
    window: Float64Array;
    /** 2 per item, indexes into the string table, −1 for null. */
    windowIso: Int32Array;
  };
  names?: TimelineData['names'];
}

class StringTable {
  readonly strings: string[] = [];
  readonly #codes = new Map<string, number>();

  code(s: string | null | undefined): number {
    if (s === null || s === undefined) return -1;
    let c = this.#codes.get(s);
    if (c === undefined) {
      c = this.strings.length;
      this.strings.push(s);
      this.#codes.set(s, c);
    }
    return c;
  }
}

function packItems(items: readonly (TimelinePoint | UndatedItem)[], table: StringTable): PackedItems {
  const n = items.length;
  const refs = new Int32Array(n * S);
  const statementIndex = new Int32Array(n);
  const flags = new Uint8Array(n);
  const firstWords: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const p = items[i];
    for (let c = 0; c < S; c++) refs[i * S + c] = table.code(p[STRING_COLUMNS[c]] as string | null);
    statementIndex[i] = p.statementIndex;
    flags[i] = (p.russianOfficial ? 1 : 0) | (p.aboutSyria ? 2 : 0);
    firstWords[i] = p.firstWords;
  }
  return { n, refs, statementIndex, flags, firstWords };
}

export function packTimelineData(data: TimelineData): PackedTimelineData {
  const table = new StringTable();
  const points = data.points;
  const undated = data.undated;
  const t0 = new Float64Array(points.length);
  const t1 = new Float64Array(points.length);
  const precision = new Int32Array(points.length);
  points.forEach((p, i) => {
    t0[i] = p.t0;
    t1[i] = p.t1;
    precision[i] = table.code(p.precision);
  });
  const window = new Float64Array(undated.length * 2);
  const windowIso = new Int32Array(undated.length * 2);
  undated.forEach((u, i) => {
    for (let k = 0; k < 2; k++) {
      window[2 * i + k] = u.window[k] ?? NaN;
      windowIso[2 * i + k] = table.code(u.windowIso[k]);
    }
  });
  const packed: PackedTimelineData = {
    strings: [],
    points: { ...packItems(points, table), t0, t1, precision },
    undated: { ...packItems(undated, table), window, windowIso },
  };
  packed.strings = table.strings;
  if (data.names) packed.names = data.names;
  return packed;
}

export function unpackTimelineData(p: PackedTimelineData): TimelineData {
  const str = p.strings;
  const at = (code: number): string | null => (code < 0 ? null : str[code]);
  const pp = p.points;
  const points: TimelinePoint[] = new Array(pp.n);
  for (let i = 0, r = 0; i < pp.n; i++, r += S) {
    const articleId = str[pp.refs[r]];
    points[i] = {
      key: `${articleId}:${pp.statementIndex[i]}`,
      articleId,
      statementIndex: pp.statementIndex[i],
      speaker: str[pp.refs[r + 1]],
      speakerId: at(pp.refs[r + 2]),
      speakerNameEn: str[pp.refs[r + 3]],
      role: at(pp.refs[r + 4]),
      russianOfficial: (pp.flags[i] & 1) !== 0,
      institution: at(pp.refs[r + 5]),
      outlet: at(pp.refs[r + 6]),
      language: str[pp.refs[r + 7]] as TimelinePoint['language'],
      kind: str[pp.refs[r + 8]] as TimelinePoint['kind'],
      aboutSyria: (pp.flags[i] & 2) !== 0,
      firstWords: pp.firstWords[i],
      t0: pp.t0[i],
      t1: pp.t1[i],
      precision: str[pp.precision[i]] as TimelinePoint['precision'],
    };
  }
  const pu = p.undated;
  const end = (x: number) => (Number.isNaN(x) ? null : x);
  const undated: UndatedItem[] = new Array(pu.n);
  for (let i = 0, r = 0; i < pu.n; i++, r += S) {
    const articleId = str[pu.refs[r]];
    undated[i] = {
      key: `${articleId}:${pu.statementIndex[i]}`,
      articleId,
      statementIndex: pu.statementIndex[i],
      speaker: str[pu.refs[r + 1]],
      speakerId: at(pu.refs[r + 2]),
      speakerNameEn: str[pu.refs[r + 3]],
      role: at(pu.refs[r + 4]),
      russianOfficial: (pu.flags[i] & 1) !== 0,
      institution: at(pu.refs[r + 5]),
      outlet: at(pu.refs[r + 6]),
      language: str[pu.refs[r + 7]] as UndatedItem['language'],
      kind: str[pu.refs[r + 8]] as UndatedItem['kind'],
      aboutSyria: (pu.flags[i] & 2) !== 0,
      firstWords: pu.firstWords[i],
      window: [end(pu.window[2 * i]), end(pu.window[2 * i + 1])],
      windowIso: [at(pu.windowIso[2 * i]), at(pu.windowIso[2 * i + 1])],
    };
  }
  const out: TimelineData = { points, undated };
  if (p.names) out.names = p.names;
  return out;
}
