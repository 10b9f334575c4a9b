/**
 * Which word changes of a link change the meaning. Word changes (insert, delete, replace, form)
 * separated by at most WINDOW lined-up words are read together as one place of the text, so
 * "أن الولايات المتحدة لم تتخل تماما" against "أن لا تتخلي الولايات المتحدة" is one place where
 * لم and تماما went and لا came, while a negation that only moved a word or two is no change.
 * At each place the words of each side are looked up in lexicon.ts — negation/modality, numbers,
 * names, attribution verbs — and a class whose multiset of lemmas differs between the sides makes
 * a finding; the changes holding such words get severity 'meaning'.
 */

import type { LinkDiff, RangedChange } from './diff';
import { attributionLemma, nameKey, negationLemma, numberValue } from './lexicon';
import type { CToken } from './tokens';
import type { MeaningFinding, MeaningKind, Span } from './types';

/** Most lined-up words between two changes read as one place. */
const WINDOW = 3;

type Lemma = (t: CToken, text: string) => string | null;

const CLASSES: [MeaningKind, Lemma][] = [
  ['negation', (t) => negationLemma(t)],
  ['number', (t) => numberValue(t)],
  ['name', (t, text) => nameKey(t, text)],
  ['attribution', (t) => attributionLemma(t)],
];

const LABEL: Record<MeaningKind, string> = {
  negation: 'negation/modality',
  number: 'number',
  name: 'name',
  attribution: 'attribution',
};

function count(words: { lemma: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w.lemma, (m.get(w.lemma) ?? 0) + 1);
  return m;
}

/** Words of `xs` whose lemma is more frequent there than in `ys`. */
function surplus(xs: { lemma: string; text: string }[], ys: { lemma: string }[]): string[] {
  const left = count(ys);
  const out: string[] = [];
  for (const x of xs) {
    const n = left.get(x.lemma) ?? 0;
    if (n > 0) left.set(x.lemma, n - 1);
    else out.push(x.text);
  }
  return out;
}

/** The smallest span over the non-empty spans (over all when every one is an insertion point). */
function cover(spans: Span[]): Span {
  const full = spans.filter((s) => s.end > s.start);
  const use = full.length ? full : spans;
  return { start: Math.min(...use.map((s) => s.start)), end: Math.max(...use.map((s) => s.end)) };
}

/** Groups word-change indexes that are at most WINDOW lined-up words apart. */
function places(changes: RangedChange[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  let last: RangedChange | null = null;
  changes.forEach((c, k) => {
    if (c.punctuation || c.kind === 'spelling') return;
    if (last && (c.bFrom - last.bTo > WINDOW || c.oFrom - last.oTo > WINDOW)) {
      out.push(cur);
      cur = [];
    }
    cur.push(k);
    last = c;
  });
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Sets `severity` on the link's changes and returns its meaning findings. `paraOf` maps a text
 * offset to its paragraph index, per side.
 */
export function classifyLink(
  d: LinkDiff,
  textA: string,
  textB: string,
  paraOfA: (offset: number) => number,
  paraOfB: (offset: number) => number,
): MeaningFinding[] {
  const findings: MeaningFinding[] = [];
  for (const place of places(d.changes)) {
    const kinds: MeaningKind[] = [];
    const details: string[] = [];
    const hit = new Set<number>();
    for (const [kind, lemmaOf] of CLASSES) {
      const words = (tokens: CToken[], text: string, from: 'bFrom' | 'oFrom', to: 'bTo' | 'oTo') => {
        const out: { lemma: string; text: string; change: number }[] = [];
        for (const k of place)
          for (let i = d.changes[k][from]; i < d.changes[k][to]; i++) {
            const lemma = lemmaOf(tokens[i], text);
            if (lemma !== null) out.push({ lemma, text: tokens[i].text, change: k });
          }
        return out;
      };
      const wa = words(d.a, textA, 'bFrom', 'bTo');
      const wb = words(d.b, textB, 'oFrom', 'oTo');
      const gone = surplus(wa, wb);
      const came = surplus(wb, wa);
      if (gone.length === 0 && came.length === 0) continue;
      kinds.push(kind);
      details.push(`${LABEL[kind]}: ${gone.join('، ') || '—'} → ${came.join('، ') || '—'}`);
      const goneSet = new Set(gone);
      const cameSet = new Set(came);
      for (const w of wa) if (goneSet.has(w.text)) hit.add(w.change);
      for (const w of wb) if (cameSet.has(w.text)) hit.add(w.change);
    }
    if (kinds.length === 0) continue;
    const ks = [...hit].sort((x, y) => x - y);
    for (const k of ks) d.changes[k].severity = 'meaning';
    const cs = place.map((k) => d.changes[k]);
    const base = cover(cs.map((c) => c.base));
    const other = cover(cs.map((c) => c.other));
    findings.push({
      kinds,
      details,
      base,
      other,
      baseText: textA.slice(base.start, base.end),
      otherText: textB.slice(other.start, other.end),
      baseParagraph: paraOfA(base.start),
      otherParagraph: paraOfB(other.start),
      changes: ks,
    });
  }
  return findings;
}
