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
import { hash32, lineKey } from './text';

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

/** Hash that identifies a document's text in the model. */
export function docHash(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return hash32(folded) + hash32('\u0001' + folded) + folded.length.toString(36);
}

/** The distinct line-key hashes of one text. */
export function lineHashes(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split(/\r\n?|\n/)) {
    const key = lineKey(raw);
    if (key === '' || key.length > MAX_KEY_LENGTH) continue;
    out.add(hash32(key));
  }
  return out;
}

/** Adds documents to a model (mutates and returns it); documents already counted are skipped. */
export function addToChromeModel(model: ChromeModel, texts: Iterable<string>): ChromeModel {
  const seen = new Set(model.docs);
  for (const text of texts) {
    const h = docHash(text);
    if (seen.has(h)) continue;
    seen.add(h);
    model.docs.push(h);
    for (const lh of lineHashes(text)) model.counts[lh] = (model.counts[lh] ?? 0) + 1;
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
  const key = lineKey(text);
  if (key === '' || key.length > MAX_KEY_LENGTH) return 0;
  const n = model.counts[hash32(key)] ?? 0;
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
