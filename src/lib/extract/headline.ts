/**
 * The headline, the sub-headline and the subheads of an article. The headline is the metadata
 * title when the record has one (stripped of a " - Site name" suffix), else the title-like line
 * of the page head that the page repeats later (beside the photo caption), else the first
 * title-like line of the head with enough words. A longer line between it and the article is the
 * sub-headline; a shorter one is a teaser for another story and is dropped. Subheads are short
 * lines without a sentence ending that stand between paragraphs of the article.
 */
import type { BodyParagraph } from './assemble';
import type { PageSegments } from './chrome';
import { isRemoved } from './chrome';
import { outletByName } from './outlets/outlets';
import { foldSpaces, matchKey } from './text';

export interface HeadlineResult {
  headline: string | null;
  subheadline: string | null;
  /** Where the headline came from: 'meta title', 'page head (repeated)', 'page head'. */
  basis: string | null;
}

export interface Subhead {
  text: string;
  start: number;
  end: number;
}

const SUFFIX_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' « '];

/** "Title - RT Arabic" → "Title"; a suffix is dropped when it names a known outlet or looks like a site. */
export function stripSiteSuffix(title: string): string {
  let t = foldSpaces(title);
  for (let guard = 0; guard < 3; guard++) {
    let cut = -1;
    for (const sep of SUFFIX_SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i <= 0) continue;
      const tail = t.slice(i + sep.length).trim();
      const tailWords = tail.split(' ').length;
      const siteLike =
        outletByName(tail) !== null || /\.[a-z]{2,}$/i.test(tail) || (sep === ' | ' && tailWords <= 5);
      if (siteLike && i > cut) cut = i;
    }
    if (cut < 0) break;
    t = t.slice(0, cut).trim();
  }
  return t;
}

/**
 * Picks the headline and sub-headline among the head lines of a segmented page and marks their
 * roles (mutates `seg.roles`). A line equal to the metadata title is taken as the headline line.
 */
export function pickHeadlines(seg: PageSegments, metaTitle?: string | null): HeadlineResult {
  const { lines, roles } = seg;
  const title = metaTitle ? stripSiteSuffix(metaTitle) : '';
  const headIdx: number[] = [];
  for (let i = 0; i < lines.length; i++) if (roles[i] === 'head') headIdx.push(i);

  let chosen = -1;
  let basis: string | null = null;
  if (title) {
    const tk = matchKey(title);
    // The title line may stand in the head or open the block (a JSON body starting with it).
    for (let i = 0; i < lines.length && chosen < 0; i++) {
      if (lines[i].text === '') continue;
      const lk = matchKey(lines[i].text);
      const same =
        lk === tk ||
        (tk.length >= 12 &&
          Math.abs(lk.length - tk.length) <= tk.length / 4 &&
          (lk.startsWith(tk) || tk.startsWith(lk)));
      if (same && (roles[i] === 'head' || i <= seg.blockStart)) chosen = i;
      if (i > seg.blockStart && seg.blockStart >= 0) break;
    }
    if (chosen >= 0) roles[chosen] = 'headline';
    basis = 'meta title';
  } else {
    const laterKeys = new Set<string>();
    for (let i = seg.blockStart; i >= 0 && i < lines.length; i++) {
      if (isRemoved(roles[i], 'caption') || isRemoved(roles[i], 'recurring')) laterKeys.add(lines[i].key);
    }
    const candidates = headIdx.filter((i) => lines[i].titleLike && lines[i].words >= 3);
    const adjacent = lastNonBlankBefore(seg, seg.blockStart);
    let bestScore = -1;
    candidates.forEach((i, n) => {
      const l = lines[i];
      const score =
        (laterKeys.has(l.key) ? 10 : 0) +
        (l.words >= 5 ? 2 : 0) +
        (l.words >= 4 ? 1 : 0) +
        (n === 0 ? 1 : 0) +
        (i === adjacent ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        chosen = i;
      }
    });
    if (chosen >= 0 && bestScore < 2) chosen = -1;
    if (chosen >= 0) {
      roles[chosen] = 'headline';
      basis = laterKeys.has(lines[chosen].key) ? 'page head (repeated)' : 'page head';
    }
  }
  const headline = title || (chosen >= 0 ? lines[chosen].text : null);

  // Sub-headline: the first head line after the headline, at least as long as the headline.
  let subheadline: string | null = null;
  if (headline) {
    const hw = headline.split(' ').length;
    for (const i of headIdx) {
      if (i <= chosen || roles[i] !== 'head') continue;
      const l = lines[i];
      if (l.sentence || l.words >= Math.max(8, hw)) {
        roles[i] = 'subheadline';
        subheadline = l.text;
      }
      break;
    }
    if (subheadline === null) subheadline = standfirstInBlock(seg, chosen);
  }
  return { headline, subheadline, basis };
}

function lastNonBlankBefore(seg: PageSegments, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (seg.lines[j].text !== '') return j;
  return -1;
}

/**
 * A standfirst the article block swallowed: the block's first line follows the headline directly,
 * has no sentence ending, and prose follows it.
 */
function standfirstInBlock(seg: PageSegments, headlineLine: number): string | null {
  const first = seg.blockStart;
  if (first < 0 || headlineLine < 0 || lastNonBlankBefore(seg, first) !== headlineLine) return null;
  const l = seg.lines[first];
  if (seg.roles[first] !== 'body' || l.terminal || l.words > 45) return null;
  const next = seg.roles.findIndex((r, j) => j > first && r === 'body');
  if (next < 0 || !seg.lines[next].terminal) return null;
  seg.roles[first] = 'subheadline';
  return l.text;
}

/** Short lines between paragraphs that head a section of the body. */
export function findSubheads(paragraphs: readonly BodyParagraph[]): Subhead[] {
  const out: Subhead[] = [];
  for (let k = 1; k < paragraphs.length - 1; k++) {
    const p = paragraphs[k];
    if (p.role !== 'short') continue;
    const next = paragraphs[k + 1];
    if (next.role !== 'body') continue;
    if (/[:：]\s*$/.test(p.text) || p.text.split(' ').length > 20) continue;
    out.push({ text: p.text, start: p.start, end: p.end });
  }
  return out;
}
