/**
 * Facet groups, so counting facets over a match set (up to every document of the library: a
 * common word matches ~100,000 documents at 10,000 articles) costs two increments per document
 * and a small unfold, instead of six increments and two code-list loops per document. Every
 * document has two group codes:
 *   base    its "combo" code (type, language, kind, official flag packed in 7 bits), year slot
 *           and outlet code — a library has a few hundred distinct ones;
 *   people  its speaker codes and institution codes, as a set (an article's speakers in any
 *           order are one group) — one per speaker, plus one per distinct cast of an article.
 * count: base[g]++ and people[g]++ per document; then each group seen adds its count to the
 * facet values it stands for.
 *
 * Groups are only ever added (a removed document's groups stay; they are simply not counted), so
 * a code stays valid for the lifetime of the columns that hold it.
 */

/** Per-facet counters that unfold() adds to, indexed by code. */
export interface FacetCounters {
  combo: Uint32Array;
  year: Uint32Array;
  outlet: Uint32Array;
  spk: Uint32Array;
  inst: Uint32Array;
}

function grow<T extends Uint32Array | Uint16Array | Uint8Array>(a: T, n: number): T {
  if (a.length >= n) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2, 64));
  b.set(a);
  return b;
}

/** Sorted copy of a code list (the counts do not depend on the order). */
function sorted(codes: ArrayLike<number>): number[] {
  return Array.from(codes).sort((a, b) => a - b);
}

export class FacetGroups {
  private baseCombo = new Uint8Array(0);
  private baseYear = new Uint16Array(0);
  private baseOutlet = new Uint32Array(0);
  private readonly baseKeys = new Map<string, number>();
  private nBase = 0;

  /** People group g: spk codes pool[spkOff[g] .. instOff[g]), inst codes pool[instOff[g] .. end[g]). */
  private spkOff = new Uint32Array(0);
  private instOff = new Uint32Array(0);
  private end = new Uint32Array(0);
  private pool = new Uint32Array(0);
  private used = 0;
  private readonly peopleKeys = new Map<string, number>();
  private nPeople = 0;

  /** Number of base groups and of people groups. */
  get size(): { base: number; people: number } {
    return { base: this.nBase, people: this.nPeople };
  }

  /** The base group of these values, made when new. */
  base(combo: number, year: number, outlet: number): number {
    const key = `${combo}/${year}/${outlet}`;
    let g = this.baseKeys.get(key);
    if (g === undefined) {
      g = this.nBase++;
      this.baseCombo = grow(this.baseCombo, this.nBase);
      this.baseYear = grow(this.baseYear, this.nBase);
      this.baseOutlet = grow(this.baseOutlet, this.nBase);
      this.baseCombo[g] = combo;
      this.baseYear[g] = year;
      this.baseOutlet[g] = outlet;
      this.baseKeys.set(key, g);
    }
    return g;
  }

  /** The people group of these speaker and institution codes, made when new. */
  people(spk: ArrayLike<number>, inst: ArrayLike<number>): number {
    const s = sorted(spk);
    const t = sorted(inst);
    const key = `${s.join(',')}/${t.join(',')}`;
    let g = this.peopleKeys.get(key);
    if (g === undefined) {
      g = this.nPeople++;
      this.spkOff = grow(this.spkOff, this.nPeople);
      this.instOff = grow(this.instOff, this.nPeople);
      this.end = grow(this.end, this.nPeople);
      this.pool = grow(this.pool, this.used + s.length + t.length);
      this.spkOff[g] = this.used;
      for (const c of s) this.pool[this.used++] = c;
      this.instOff[g] = this.used;
      for (const c of t) this.pool[this.used++] = c;
      this.end[g] = this.used;
      this.peopleKeys.set(key, g);
    }
    return g;
  }

  /**
   * Adds to `out` what the per-group document counts mean per facet value: a document counts
   * once for its combo, year and outlet (base), and once for each of its speakers and
   * institutions (people). Counters must be large enough for the codes the groups hold.
   */
  unfold(base: ArrayLike<number>, people: ArrayLike<number>, out: FacetCounters): void {
    const nb = Math.min(base.length, this.nBase);
    for (let g = 0; g < nb; g++) {
      const k = base[g];
      if (!k) continue;
      out.combo[this.baseCombo[g]] += k;
      out.year[this.baseYear[g]] += k;
      out.outlet[this.baseOutlet[g]] += k;
    }
    const np = Math.min(people.length, this.nPeople);
    const { pool, spkOff, instOff, end } = this;
    for (let g = 0; g < np; g++) {
      const k = people[g];
      if (!k) continue;
      for (let i = spkOff[g], e = instOff[g]; i < e; i++) out.spk[pool[i]] += k;
      for (let i = instOff[g], e = end[g]; i < e; i++) out.inst[pool[i]] += k;
    }
  }
}
