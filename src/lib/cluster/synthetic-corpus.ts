/**
 * A seeded generator of labelled test corpora for near-duplicate detection (tests and the
 * benchmark only; nothing in the app imports it). From a pool of real sentences it builds
 * "stories" (originals), rewrites of them as another outlet would publish them, and unrelated
 * articles on the same subject matter, and records which articles belong to the same story.
 *
 * New sentences splice 2–6-word fragments of the pool sentences with words drawn Zipf-distributed
 * from a vocabulary (the pool's words by frequency, then made-up words), so unrelated articles
 * share the stock phrases and function words of the domain ("نائب وزير الخارجية الروسي",
 * "في سوريا") as real ones do; a third of the articles also reuse one verbatim pool sentence
 * (boilerplate background). A rewrite substitutes 10–25 % of the words, applies spelling variants
 * (سيرغي/سيرجي, أ/ا, ى/ي, ة/ه) and another quote style, drops, adds and reorders sentences,
 * re-paragraphs, and may append up to three paragraphs; one in five keeps only the first half of
 * the story. A fifth of all articles carry a site's navigation chrome and related headlines. */
import { mulberry32 } from './minhash';

export interface SyntheticArticle {
  id: string;
  text: string;
  /** Story number shared by an original and its rewrites; null for unrelated articles. */
  story: number | null;
  kind: 'original' | 'rewrite' | 'unrelated';
}

export interface SyntheticOptions {
  seed?: number;
  /** Number of stories (each has an original). */
  stories?: number;
  /** Rewrites per story, inclusive range. */
  rewrites?: [number, number];
  /** Number of unrelated articles. */
  unrelated?: number;
  /** Sentences per original / unrelated article, inclusive range. */
  sentences?: [number, number];
  /** Word substitution rate of a rewrite, range. */
  substitution?: [number, number];
  /** Maximum number of paragraphs appended to a rewrite. */
  maxAppended?: number;
  /** Share of articles that get navigation chrome and related headlines. */
  chrome?: number;
  /** Vocabulary size (pool words plus made-up ones), drawn Zipf-distributed. Default 20000. */
  vocabulary?: number;
  /** Share of a new sentence's words that come as 2–6-word pool fragments. Default 0.3. */
  fragments?: number;
}

type Rng = () => number;

function rngOf(seed: number): Rng {
  const next = mulberry32(seed);
  return () => next() / 0x100000000;
}
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, a: readonly T[]): T => a[Math.floor(r() * a.length)];

const CHROME = ['مباشر', 'أين يمكنك متابعتنا', 'أقسام مهمة', 'Stories', 'فيديوهات', '90 دقيقة'];

/** Split texts into sentences of at least `minWords` words. */
export function poolSentences(texts: string[], minWords = 6): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const s of t.split(/(?<=[.!?؟])\s+|\n+/)) {
      const words = s.trim().split(/\s+/).filter(Boolean);
      if (words.length >= minWords) out.push(words.join(' '));
    }
  }
  return out;
}

const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];

class Maker {
  readonly pool: string[][];
  /** Pool sentences of at most 25 words: the verbatim background sentences. */
  readonly short: string[][];
  /** Vocabulary by rank: the pool's words by frequency, then made-up words. */
  readonly vocab: string[];
  /** Cumulative Zipf weights over `vocab`. */
  private readonly cumulative: Float64Array;

  constructor(
    readonly r: Rng,
    pool: string[],
    vocabulary: number,
    readonly fragments: number,
  ) {
    this.pool = pool.map((s) => s.split(' '));
    this.short = this.pool.filter((s) => s.length <= 25);
    if (this.short.length === 0) this.short = this.pool;
    const freq = new Map<string, number>();
    for (const w of this.pool.flat()) freq.set(w, (freq.get(w) ?? 0) + 1);
    this.vocab = [...freq.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
    const seen = new Set(this.vocab);
    while (this.vocab.length < vocabulary) {
      let w = r() < 0.4 ? 'ال' : '';
      for (let n = int(r, 3, 7); n > 0; n--) w += pick(r, LETTERS);
      if (!seen.has(w)) {
        seen.add(w);
        this.vocab.push(w);
      }
    }
    this.cumulative = new Float64Array(this.vocab.length);
    let sum = 0;
    for (let i = 0; i < this.vocab.length; i++) this.cumulative[i] = sum += 1 / (i + 1);
  }

  /** A word drawn from the Zipf distribution over the vocabulary. */
  word(): string {
    const c = this.cumulative;
    const x = this.r() * c[c.length - 1];
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return this.vocab[lo];
  }

  /** A new sentence: pool fragments (the domain's stock phrases) and Zipf-drawn words. */
  sentence(): string {
    const r = this.r;
    const n = int(r, 10, 24);
    const out: string[] = [];
    while (out.length < n) {
      if (r() < this.fragments) {
        const src = pick(r, this.pool);
        const len = int(r, 2, 6);
        const at = int(r, 0, Math.max(0, src.length - len));
        out.push(...src.slice(at, at + len));
      } else out.push(this.word());
    }
    return out.slice(0, n).join(' ') + '.';
  }

  /** Sentences of a fresh article: new sentences, and in a third of them one verbatim pool sentence. */
  article(lo: number, hi: number): string[] {
    const n = int(this.r, lo, hi);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    if (this.r() < 0.3) out[int(this.r, 0, n - 1)] = pick(this.r, this.short).join(' ');
    return out;
  }

  paragraphs(sentences: string[]): string {
    const paras: string[] = [];
    for (let i = 0; i < sentences.length;) {
      const n = int(this.r, 1, 3);
      paras.push(sentences.slice(i, i + n).join(' '));
      i += n;
    }
    return paras.join(this.r() < 0.5 ? '\n\n' : '\n');
  }

  chrome(): string {
    const r = this.r;
    const menu = CHROME.filter(() => r() < 0.8);
    const related = Array.from({ length: int(r, 3, 8) }, () =>
      pick(r, this.pool)
        .slice(0, int(r, 6, 12))
        .join(' '),
    );
    return menu.join('\n') + '\n\n' + related.join('\n') + '\n\n';
  }

  rewrite(sentences: string[], subst: number, maxAppended: number): string {
    const r = this.r;
    // One in five rewrites is a short version: the first 40–60 % of the story, nothing appended.
    const short = r() < 0.2;
    let s = short
      ? sentences.slice(0, Math.max(3, Math.round(sentences.length * (0.4 + 0.2 * r()))))
      : [...sentences];
    if (short) maxAppended = 0;
    // Drop up to 20 % of the sentences.
    const drops = int(r, 0, Math.floor(s.length * 0.2));
    for (let i = 0; i < drops; i++) s.splice(int(r, 0, s.length - 1), 1);
    // Add new sentences, swap neighbours.
    for (let i = int(r, 0, short ? 1 : 2); i > 0; i--) s.splice(int(r, 0, s.length), 0, this.sentence());
    for (let i = int(r, 0, 2); i > 0; i--) {
      const at = int(r, 0, s.length - 2);
      [s[at], s[at + 1]] = [s[at + 1], s[at]];
    }
    // Word substitutions and spelling variants.
    const variants = r() < 0.7;
    s = s.map((sent) =>
      sent
        .split(' ')
        .map((w) => (r() < subst ? this.word() : variants ? this.variant(w) : w))
        .join(' '),
    );
    let text = this.paragraphs(s);
    const quotes = pick(r, [
      ['“', '”'],
      ['«', '»'],
      ['"', '"'],
    ]);
    text = text.replace(/["“«]([^"”»\n]*)["”»]/g, `${quotes[0]}$1${quotes[1]}`);
    for (let i = int(r, 0, maxAppended); i > 0; i--) {
      text += '\n\n' + Array.from({ length: int(r, 1, 3) }, () => this.sentence()).join(' ');
    }
    return text;
  }

  variant(w: string): string {
    const r = this.r;
    if (w === 'سيرغي') return 'سيرجي';
    if (r() < 0.3 && /^[أإ]/.test(w)) return 'ا' + w.slice(1);
    if (r() < 0.3 && /ى$/.test(w)) return w.slice(0, -1) + 'ي';
    if (r() < 0.2 && /ة$/.test(w)) return w.slice(0, -1) + 'ه';
    return w;
  }
}

/** Build a labelled corpus from a sentence pool (see poolSentences). Deterministic for a seed. */
export function syntheticCorpus(pool: string[], opts: SyntheticOptions = {}): SyntheticArticle[] {
  const r = rngOf(opts.seed ?? 1);
  const m = new Maker(r, pool, opts.vocabulary ?? 20000, opts.fragments ?? 0.3);
  const [sLo, sHi] = opts.sentences ?? [10, 20];
  const [subLo, subHi] = opts.substitution ?? [0.1, 0.25];
  const [rwLo, rwHi] = opts.rewrites ?? [1, 3];
  const maxAppended = opts.maxAppended ?? 3;
  const chrome = opts.chrome ?? 0.2;
  const withChrome = (t: string) => (r() < chrome ? m.chrome() + t : t);
  const out: SyntheticArticle[] = [];
  const stories = opts.stories ?? 60;
  for (let st = 0; st < stories; st++) {
    const sents = m.article(sLo, sHi);
    out.push({ id: `s${st}-o`, story: st, kind: 'original', text: withChrome(m.paragraphs(sents)) });
    for (let i = int(r, rwLo, rwHi); i > 0; i--) {
      const subst = subLo + r() * (subHi - subLo);
      out.push({
        id: `s${st}-r${i}`,
        story: st,
        kind: 'rewrite',
        text: withChrome(m.rewrite(sents, subst, maxAppended)),
      });
    }
  }
  for (let u = 0; u < (opts.unrelated ?? 120); u++) {
    out.push({
      id: `u${u}`,
      story: null,
      kind: 'unrelated',
      text: withChrome(m.paragraphs(m.article(sLo, sHi))),
    });
  }
  return out;
}

/** The labelled same-story pairs of a corpus, as "a|b" keys with a < b. */
export function goldPairs(corpus: SyntheticArticle[]): Set<string> {
  const byStory = new Map<number, string[]>();
  for (const a of corpus) if (a.story !== null) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a.id]);
  const pairs = new Set<string>();
  for (const ids of byStory.values())
    for (const x of ids) for (const y of ids) if (x < y) pairs.add(`${x}|${y}`);
  return pairs;
}
