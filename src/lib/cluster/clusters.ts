/**
 * Grouping pairwise near-duplicate links into clusters: a union-find (disjoint-set forest with
 * path halving and union by size) over small integer entries, and a helper that turns an edge
 * list into the groups of size ≥ 2. Clusters are transitive: if A≈B and B≈C, all three are one
 * story even when A and C differ more (a rewrite of a rewrite).
 */

export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  /** Join the sets of a and b; returns false when they were already one. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    return true;
  }
}

/**
 * Connected components of size ≥ 2 of the graph on entries 0..n−1 with the given edges, each as
 * the list of its entries in ascending order, components ordered by their smallest entry.
 */
export function components(n: number, edges: Iterable<[number, number]>): number[][] {
  const uf = new UnionFind(n);
  for (const [a, b] of edges) uf.union(a, b);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].filter((g) => g.length >= 2).sort((x, y) => x[0] - y[0]);
}
