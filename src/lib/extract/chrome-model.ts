/**
 * Cross-document chrome evidence: how many documents of a drop (or of the whole library) contain
 * each line, by line key hash. Menus, "Stories" lists and subscribe prompts recur across the
 * pages of one site; a line seen in two or more documents is evidence of chrome. The model is a
 * plain JSON-serialisable object so the worker can keep it across drops; documents are counted
 * once each (by a hash of their text), so re-reading a file does not inflate the counts.
 *
 * NOTE: near-duplicate articles share real body sentences, so callers must not use recurrence
 * alone to remove a sentence-shaped line inside the article block (see chrome.ts).
 */
import type { RawRecord } from '../model/article';
import { JS_SPACE, fnv32, hex32, keyBufHash, lineKeyInto, lineKeySlow } from './text';

export const CHROME_MODEL_VERSION = 1;

export interface ChromeModel {
  version: number;
  /** Hashes of the documents counted (hash of their folded text). */
  docs: string[];
  /** Line-key hash → number of documents containing the line. */
  counts: Record<string, number>;
}

/** Lines longer than this are prose, never counted. */
const MAX_KEY_LENGTH = 400;

export function emptyChromeModel(): ChromeModel {
  return { version: CHROME_MODEL_VERSION, docs: [], counts: {} };
}

/**
 * Hash that identifies a document's text: of the text with white space runs as one space,
 * trimmed — hash32(folded) + hash32('\u0001' + folded) + folded length, computed in one pass
 * without building the folded text (this runs over every document of a drop).
 */
export function docHash(text: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = Math.imul(h1 ^ 1, 0x01000193);
  let len = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (JS_SPACE[c] === 1) {
      pendingSpace = len > 0;
      continue;
    }
    if (pendingSpace) {
      h1 = Math.imul(h1 ^ 0x20, 0x01000193);
      h2 = Math.imul(h2 ^ 0x20, 0x01000193);
      len++;
      pendingSpace = false;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
    len++;
  }
  return hex32(h1) + hex32(h2) + len.toString(36);
}

/** The distinct line-key hashes of one text. */
export function lineHashes(text: string): Set<string> {
  const out = new Set<number>();
  addLineHashes(text, out);
  return new Set([...out].map(hex32));
}

/** Adds the line-key hashes (fnv32) of a text's lines (split at \r\n, \r or \n) to `out`. */
function addLineHashes(text: string, out: Set<number>): void {
  const n = text.length;
  // Most texts have no \r: then indexOf finds the line ends.
  const hasCr = text.indexOf('\r') >= 0;
  let from = 0;
  while (from <= n) {
    let to: number;
    if (hasCr) {
      to = from;
      while (to < n && text.charCodeAt(to) !== 0x0a && text.charCodeAt(to) !== 0x0d) to++;
    } else {
      to = text.indexOf('\n', from);
      if (to < 0) to = n;
    }
    const h = lineKeyHash(text, from, to);
    if (h >= 0) out.add(h);
    if (to < n && text.charCodeAt(to) === 0x0d && text.charCodeAt(to + 1) === 0x0a) to++;
    from = to + 1;
  }
}

/** fnv32(lineKey(line)) of text[from, to), or -1 when the key is empty or prose-long. */
function lineKeyHash(text: string, from: number, to: number): number {
  const n = lineKeyInto(text, from, to, MAX_KEY_LENGTH);
  if (n >= 0) return n === 0 ? -1 : keyBufHash(n);
  if (n === -2) return -1;
  const key = lineKeySlow(text.slice(from, to));
  return key === '' || key.length > MAX_KEY_LENGTH ? -1 : fnv32(key);
}

/**
 * Adds documents to a model (mutates and returns it); documents already counted are skipped.
 * Counts are gathered by numeric hash and written to the model once per line at the end, in
 * first-seen order, so the model's key order is what one write per document would give.
 */
export function addToChromeModel(model: ChromeModel, texts: Iterable<string>): ChromeModel {
  const seen = new Set(model.docs);
  const added = new Map<number, number>();
  const lines = new Set<number>();
  for (const text of texts) {
    const h = docHash(text);
    if (seen.has(h)) continue;
    seen.add(h);
    model.docs.push(h);
    lines.clear();
    addLineHashes(text, lines);
    for (const lh of lines) added.set(lh, (added.get(lh) ?? 0) + 1);
  }
  for (const [lh, n] of added) {
    const key = hex32(lh);
    model.counts[key] = (model.counts[key] ?? 0) + n;
  }
  return model;
}

/** Counts the lines of the records of one drop. */
export function buildChromeModel(records: readonly RawRecord[]): ChromeModel {
  return addToChromeModel(
    emptyChromeModel(),
    records.map((r) => r.text),
  );
}

/**
 * Merges two models (pure). Documents counted in both are counted once; a line's count is then
 * a's + b's minus an estimate for the shared documents, which is exact when no document is shared.
 */
export function mergeChromeModels(a: ChromeModel, b: ChromeModel): ChromeModel {
  const aDocs = new Set(a.docs);
  const shared = b.docs.filter((d) => aDocs.has(d)).length;
  const counts: Record<string, number> = { ...a.counts };
  for (const [k, n] of Object.entries(b.counts)) {
    const base = counts[k] ?? 0;
    // If documents are shared, a line present in both models may be counted twice; cap the
    // correction by the number of shared documents.
    counts[k] = base > 0 && shared > 0 ? Math.max(base, n, base + n - shared) : base + n;
  }
  return { version: CHROME_MODEL_VERSION, docs: [...a.docs, ...b.docs.filter((d) => !aDocs.has(d))], counts };
}

/** Restores a model read from storage; anything malformed yields an empty model. */
export function restoreChromeModel(value: unknown): ChromeModel {
  if (typeof value !== 'object' || value === null) return emptyChromeModel();
  const v = value as Partial<ChromeModel>;
  if (
    v.version !== CHROME_MODEL_VERSION ||
    !Array.isArray(v.docs) ||
    typeof v.counts !== 'object' ||
    v.counts === null
  ) {
    return emptyChromeModel();
  }
  const counts: Record<string, number> = {};
  for (const [k, n] of Object.entries(v.counts)) if (typeof n === 'number' && n > 0) counts[k] = n;
  return {
    version: CHROME_MODEL_VERSION,
    docs: v.docs.filter((d): d is string => typeof d === 'string'),
    counts,
  };
}

/**
 * In how many OTHER documents of the model a line occurs. `selfCounted` says whether the
 * document being cleaned is itself in the model (then its own occurrence is subtracted).
 */
export function otherDocCount(model: ChromeModel | undefined, text: string, selfCounted: boolean): number {
  if (!model) return 0;
  const h = lineKeyHash(text, 0, text.length);
  if (h < 0) return 0;
  const n = model.counts[hex32(h)] ?? 0;
  return Math.max(0, selfCounted ? n - 1 : n);
}

/** Whether a document's text is one of those counted in the model. */
export function modelHasDoc(model: ChromeModel | undefined, text: string): boolean {
  if (!model) return false;
  let set = docSets.get(model);
  if (!set || set.size !== model.docs.length) {
    set = new Set(model.docs);
    docSets.set(model, set);
  }
  return set.has(docHash(text));
}

const docSets = new WeakMap<ChromeModel, Set<string>>();
