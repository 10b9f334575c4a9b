/**
 * Cuts a text into paragraphs and runs for display: each run is plain text or lies inside one
 * highlighted span (a statement), with its offsets in the text so that a selection in the page can
 * be mapped back to the article. Overlapping spans: the one that starts first (then the longer)
 * keeps the overlap. Pure; rendering stays text-only (never HTML).
 */

export interface Span {
  start: number;
  end: number;
  /** Index of the span in the caller's list (a statement index). */
  ref: number;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  ref: number | null;
}

export interface Paragraph {
  start: number;
  end: number;
  runs: Run[];
}

/** Splits on line breaks (blank lines or single ones), keeping offsets. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function segment(text: string, spans: Span[]): Paragraph[] {
  const sorted = [...spans]
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // owner[i] = ref of the span covering char i (first-starting wins).
  const owner = new Int32Array(text.length).fill(-1);
  for (const s of sorted) for (let i = s.start; i < s.end; i++) if (owner[i] < 0) owner[i] = s.ref;
  return paragraphs(text).map((p) => {
    const runs: Run[] = [];
    let i = p.start;
    while (i < p.end) {
      const ref = owner[i];
      let j = i + 1;
      while (j < p.end && owner[j] === ref) j++;
      runs.push({ start: i, end: j, text: text.slice(i, j), ref: ref < 0 ? null : ref });
      i = j;
    }
    return { ...p, runs };
  });
}
