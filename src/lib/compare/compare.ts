/**
 * compareTexts: 2–4 versions of one text against a base version (the first, or the one chosen by
 * index or id). For each other version: paragraph alignment (align.ts), a word diff of every link
 * (diff.ts), the meaning check (classify.ts) and the pair's numbers; then the rows of the
 * side-by-side view (rows.ts) and the summary.
 *
 * Similarity, per pair: 2 × (base words lined up with the same word or a spelling variant of it) /
 * (words in base + words in other), over the whole texts, as a rounded percentage — "how much of
 * the wording the two share, ignoring spelling". Paragraphs only in one version count against it;
 * a word in another form (وأكد / أكد) does not count as shared. With more than two versions the
 * summary gives the mean of the pairs (each pair keeps its own).
 */

import { alignParagraphs } from './align';
import type { AlignOptions } from './align';
import { classifyLink } from './classify';
import { diffLink } from './diff';
import { paragraphs } from './paragraphs';
import type { ParaTokens } from './paragraphs';
import { buildRows, onlyIn } from './rows';
import type {
  Change,
  Comparison,
  MeaningKind,
  MeaningRef,
  PairComparison,
  ParagraphLink,
  VersionInput,
} from './types';

export interface CompareOptions extends AlignOptions {
  /** The base version: index into `versions` or its id (default 0). */
  base?: number | string;
}

export const MIN_VERSIONS = 2;
export const MAX_VERSIONS = 4;

const KIND_ORDER: MeaningKind[] = ['negation', 'number', 'name', 'attribution'];

function paragraphAt(paras: ParaTokens[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paras[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

function comparePair(
  a: VersionInput,
  pa: ParaTokens[],
  b: VersionInput,
  pb: ParaTokens[],
  other: number,
  opts: AlignOptions,
): PairComparison {
  const al = alignParagraphs(pa, pb, opts);
  const paraOfA = paragraphAt(pa);
  const paraOfB = paragraphAt(pb);
  let kept = 0;
  let wordsChanged = 0;
  let spellingVariants = 0;
  const links: ParagraphLink[] = al.links.map((l) => {
    const d = diffLink(
      a.text,
      l.base.map((i) => pa[i]),
      b.text,
      l.other.map((j) => pb[j]),
    );
    const findings = classifyLink(d, a.text, b.text, paraOfA, paraOfB);
    kept += d.kept;
    const changes: Change[] = d.changes.map((r) => {
      if (r.kind === 'spelling') spellingVariants++;
      else if (!r.punctuation) wordsChanged += Math.max(r.bTo - r.bFrom, r.oTo - r.oFrom);
      const c: Change = {
        kind: r.kind,
        severity: r.severity,
        base: r.base,
        other: r.other,
        baseText: r.baseText,
        otherText: r.otherText,
      };
      if (r.punctuation) c.punctuation = true;
      return c;
    });
    return { ...l, changes, findings };
  });
  const na = pa.reduce((s, p) => s + p.tokens, 0);
  const nb = pb.reduce((s, p) => s + p.tokens, 0);
  return {
    other,
    links,
    onlyInBase: al.onlyInBase,
    onlyInOther: al.onlyInOther,
    stats: {
      similarity: na + nb ? Math.round((200 * kept) / (na + nb)) : 100,
      wordsChanged,
      spellingVariants,
      movedParagraphs: links.filter((l) => l.moved).length,
    },
  };
}

function resolveBase(versions: VersionInput[], base: number | string | undefined): number {
  if (base === undefined) return 0;
  const i = typeof base === 'number' ? base : versions.findIndex((v) => v.id === base);
  if (!Number.isInteger(i) || i < 0 || i >= versions.length)
    throw new RangeError(`no version ${String(base)}`);
  return i;
}

/** Compares 2–4 versions of one text (see the module paragraph). */
export function compareTexts(versions: VersionInput[], opts: CompareOptions = {}): Comparison {
  if (versions.length < MIN_VERSIONS || versions.length > MAX_VERSIONS)
    throw new RangeError(
      `compareTexts takes ${MIN_VERSIONS}–${MAX_VERSIONS} versions, got ${versions.length}`,
    );
  const base = resolveBase(versions, opts.base);
  const paras = versions.map((v) => paragraphs(v.text));
  const pairs: PairComparison[] = [];
  versions.forEach((v, k) => {
    if (k !== base) pairs.push(comparePair(versions[base], paras[base], v, paras[k], k, opts));
  });
  const rows = buildRows(paras, base, pairs, opts);

  const meaningChanges: MeaningRef[] = [];
  pairs.forEach((p, pi) =>
    p.links.forEach((l, li) =>
      l.findings.forEach((f, fi) =>
        meaningChanges.push({
          pair: pi,
          link: li,
          finding: fi,
          kinds: f.kinds,
          details: f.details,
          baseParagraph: f.baseParagraph,
          otherParagraph: f.otherParagraph,
          base: f.base,
          other: f.other,
        }),
      ),
    ),
  );
  const rank = (m: MeaningRef) => Math.min(...m.kinds.map((k) => KIND_ORDER.indexOf(k)));
  meaningChanges.sort((x, y) => rank(x) - rank(y) || x.pair - y.pair || x.base.start - y.base.start);

  const sum = (f: (p: PairComparison) => number) => pairs.reduce((s, p) => s + f(p), 0);
  return {
    base,
    versions: versions.map((v, k) => ({
      id: v.id,
      language: v.language,
      paragraphs: paras[k].map((p) => ({ index: p.index, start: p.start, end: p.end, tokens: p.tokens })),
      tokens: paras[k].reduce((s, p) => s + p.tokens, 0),
    })),
    pairs,
    rows,
    summary: {
      similarity: Math.round(sum((p) => p.stats.similarity) / pairs.length),
      paragraphsOnlyIn: onlyIn(rows, versions.length),
      wordsChanged: sum((p) => p.stats.wordsChanged),
      spellingVariants: sum((p) => p.stats.spellingVariants),
      movedParagraphs: sum((p) => p.stats.movedParagraphs),
      meaningChanges,
    },
  };
}
