/**
 * How far to trust each item of a comparison opened from a link. Two questions, kept apart:
 * does the text the link embeds hash to the content id it claims (verifyEmbedded), and what does
 * the recipient's own library hold under that id (classifyItem)? resolveItems answers both for
 * every item, for the view to mark items as matching the link, differing, or 'from the link'.
 *
 * Only the article text is covered by its id. A statement's words are checked to occur in that
 * text (comparing letters and digits only, since extraction tidies spaces and stray punctuation);
 * headline, speaker, date and outlet from a link cannot be checked and are the sender's word.
 */

import { articleId, normaliseForId } from '../model/ids';
import type { CompareItem } from './spec';

/** What the embedded text says about itself: consistent with its id, or not. */
export type EmbeddedCheck = 'matches' | 'text-differs-from-id' | 'statement-not-in-text';

/** Where the view takes an item from. */
export type ItemSource =
  /** The library holds this id with the same text: shown from the library, matching the link. */
  | 'in-library'
  /** The library holds this id with another text (only a hand-crafted link can cause this). */
  | 'library-differs'
  /** Not in the library; the text embedded in the link is shown, marked as such. */
  | 'from-link'
  /** Not in the library and the link carries no text (reference-only link). */
  | 'missing';

export interface ItemStatus {
  source: ItemSource;
  /** Check of the embedded text, or null when the link carries none. */
  embedded: EmbeddedCheck | null;
}

/** Letters and digits only, lower case: robust to spacing and punctuation tidied by extraction. */
function letters(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]|\u0640/gu, '')
    .toLowerCase();
}

/**
 * Checks an item's embedded text against its content id (and its statement's words against the
 * text). Null when the item embeds no text. articleIdOf defaults to model/ids.ts articleId.
 */
export async function verifyEmbedded(
  item: CompareItem,
  articleIdOf: (text: string) => Promise<string> = articleId,
): Promise<EmbeddedCheck | null> {
  if (item.text === undefined) return null;
  if ((await articleIdOf(item.text)) !== item.articleId) return 'text-differs-from-id';
  if (item.statementText !== undefined && !letters(item.text).includes(letters(item.statementText)))
    return 'statement-not-in-text';
  return 'matches';
}

/**
 * Where an item comes from, given the text the library holds under its id (Article.raw), or
 * undefined when the library lacks it. Texts are compared as content ids see them.
 */
export function classifyItem(item: CompareItem, libraryText: string | undefined): ItemSource {
  if (libraryText === undefined) return item.text === undefined ? 'missing' : 'from-link';
  if (item.text === undefined) return 'in-library';
  return normaliseForId(libraryText) === normaliseForId(item.text) ? 'in-library' : 'library-differs';
}

/** classifyItem and verifyEmbedded for every item, in order. */
export async function resolveItems(
  items: readonly CompareItem[],
  libraryText: (id: string) => string | undefined | Promise<string | undefined>,
  articleIdOf: (text: string) => Promise<string> = articleId,
): Promise<ItemStatus[]> {
  return Promise.all(
    items.map(async (item) => ({
      source: classifyItem(item, await libraryText(item.articleId)),
      embedded: await verifyEmbedded(item, articleIdOf),
    })),
  );
}

/**
 * The index of the item's statement among an article's statements as the recipient's extractor
 * found them: statementIndex when its words agree with the link's statementText (or the link has
 * none), else the statement with the same words, else -1. Keeps links stable when a later
 * extractor splits an article's statements differently.
 */
export function findStatement(statements: readonly { text: string }[], item: CompareItem): number {
  const i = item.statementIndex;
  const want = letters(item.statementText ?? '');
  if (want === '') return i !== undefined && i < statements.length ? i : -1;
  if (i !== undefined && i < statements.length && letters(statements[i].text) === want) return i;
  const same = statements.findIndex((s) => letters(s.text) === want);
  if (same >= 0) return same;
  return statements.findIndex((s) => {
    const have = letters(s.text);
    return have.length > 0 && (have.includes(want) || want.includes(have));
  });
}
