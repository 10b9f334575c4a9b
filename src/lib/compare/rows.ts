/**
 * Rows of the side-by-side view of 2–4 versions. Every base paragraph opens a row (base paragraphs
 * that another version merged into one share a row), and each other version's cell holds the
 * paragraphs linked to it. Paragraphs of a non-base version that link to no base paragraph get rows
 * of their own, right after the row of the nearest earlier linked paragraph of that version; when
 * two non-base versions both have such a paragraph and they align with each other (align.ts), they
 * share the row. A paragraph whose row has no other filled cell is only in its version.
 */

import { alignParagraphs } from './align';
import type { AlignOptions } from './align';
import type { ParaTokens } from './paragraphs';
import type { PairComparison, Row, RowCell } from './types';

const empty = (): RowCell => ({ paragraphs: [], moved: false, links: [] });

/** Base paragraph groups: union of base paragraphs linked together in any version. */
function baseGroups(n: number, pairs: PairComparison[]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const p of pairs)
    for (const l of p.links) for (const b of l.base.slice(1)) parent[find(b)] = find(l.base[0]);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  }
  return [...groups.values()].sort((x, y) => x[0] - y[0]);
}

export function buildRows(
  paras: ParaTokens[][],
  base: number,
  pairs: PairComparison[],
  opts: AlignOptions,
): Row[] {
  const nv = paras.length;
  const pairOf = new Map(pairs.map((p) => [p.other, p]));
  const rows: Row[] = [];
  /** Per version: paragraph index → row. */
  const rowOf: Map<number, Row>[] = paras.map(() => new Map());

  for (const g of baseGroups(paras[base].length, pairs)) {
    const cells = paras.map(empty);
    cells[base].paragraphs = g;
    const row: Row = { cells };
    for (const b of g) rowOf[base].set(b, row);
    rows.push(row);
  }
  for (const [v, p] of pairOf)
    p.links.forEach((l, k) => {
      const row = rowOf[base].get(l.base[0])!;
      const cell = row.cells[v];
      cell.links.push(k);
      cell.moved ||= l.moved;
      for (const o of l.other) {
        if (!cell.paragraphs.includes(o)) cell.paragraphs.push(o);
        rowOf[v].set(o, row);
      }
      cell.paragraphs.sort((x, y) => x - y);
    });

  // Paragraphs linked to no base paragraph, version by version.
  const extra: { row: Row; rep: ParaTokens; after: Row | null }[] = [];
  for (let v = 0; v < nv; v++) {
    const p = pairOf.get(v);
    if (!p || p.onlyInOther.length === 0) continue;
    const left = p.onlyInOther.map((j) => paras[v][j]);
    const reps = extra.map((e) => e.rep);
    const al = reps.length ? alignParagraphs(reps, left, opts) : { links: [] };
    const joined = new Map<number, number>();
    for (const l of al.links)
      if (l.base.length === 1 && l.other.length === 1) joined.set(l.other[0], l.base[0]);
    left.forEach((para, k) => {
      const e = joined.get(k);
      if (e !== undefined && extra[e].row.cells[v].paragraphs.length === 0) {
        extra[e].row.cells[v].paragraphs = [para.index];
        rowOf[v].set(para.index, extra[e].row);
        return;
      }
      let after: Row | null = null;
      for (let j = para.index - 1; j >= 0 && after === null; j--) after = rowOf[v].get(j) ?? null;
      const cells = paras.map(empty);
      cells[v].paragraphs = [para.index];
      const row: Row = { cells };
      rowOf[v].set(para.index, row);
      extra.push({ row, rep: para, after });
    });
  }

  // Place each extra row after its anchor (or first), keeping creation order among equal anchors.
  const out: Row[] = [];
  const byAnchor = new Map<Row | null, Row[]>();
  for (const e of extra) {
    if (!byAnchor.has(e.after)) byAnchor.set(e.after, []);
    byAnchor.get(e.after)!.push(e.row);
  }
  const emit = (r: Row) => {
    out.push(r);
    for (const x of byAnchor.get(r) ?? []) emit(x);
  };
  for (const x of byAnchor.get(null) ?? []) emit(x);
  for (const r of rows) emit(r);
  return out;
}

/** Per version, the paragraphs whose row has no other filled cell. */
export function onlyIn(rows: Row[], versions: number): number[][] {
  const out: number[][] = Array.from({ length: versions }, () => []);
  for (const r of rows) {
    const filled = r.cells.map((c, v) => (c.paragraphs.length ? v : -1)).filter((v) => v >= 0);
    if (filled.length === 1) out[filled[0]].push(...r.cells[filled[0]].paragraphs);
  }
  for (const l of out) l.sort((x, y) => x - y);
  return out;
}
