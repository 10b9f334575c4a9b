/**
 * Splits a page's text into lines and measures each one: length, words, bullets and indentation,
 * terminal punctuation, link-likeness, and whether it reads like a sentence of prose or like a
 * title. These shapes are the line-level evidence the chrome stripper and the headline finder
 * weigh; they know nothing of any site.
 */
import { foldSpaces, JS_SPACE, lineKey, wordCount } from './text';

export interface Line {
  /** Index among all lines of the page (blank ones included). */
  index: number;
  /** The line as it stands in the page, entity-cleaned, without the line break. */
  raw: string;
  /** Trimmed, white space folded, bullet marker removed. */
  text: string;
  /** Comparison key (see text.ts lineKey). */
  key: string;
  words: number;
  /** Starts with a bullet marker (•, ·, ▪, -, *, ►…). */
  bullet: boolean;
  /** Leading white space before the first character. */
  indent: number;
  /** Ends with . ! ? ؟ … (closing quotes and brackets aside). */
  terminal: boolean;
  /** A bare URL, an e-mail address, or a line of handles and links. */
  linkLike: boolean;
  /** Reads like prose: enough words and a sentence ending, or long with clause punctuation. */
  sentence: boolean;
  /** Could be a title or a subhead: 1–25 words, no sentence ending. */
  titleLike: boolean;
}

const BULLET = /^\s*([•·▪◦●○■□►▶‣⁃∙]|[-–*+](?=\s))\s*/u;
const TERMINALS = new Set(['.', '!', '?', '؟', '…', '。']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/** Length of the run of white space (\s, \u00a0 included) at the start of a line. */
function leadingSpaces(raw: string): number {
  let i = 0;
  while (i < raw.length && JS_SPACE[raw.charCodeAt(i)] === 1) i++;
  return i;
}

/**
 * Whether the line ends a sentence (/[.!?؟…。]["'”’»)\]]*\s*$/), read from the end: spaces,
 * then closing marks, then the sentence end.
 */
function endsTerminal(text: string): boolean {
  let e = text.length;
  while (e > 0 && JS_SPACE[text.charCodeAt(e - 1)] === 1) e--;
  while (e > 0 && CLOSERS.has(text[e - 1])) e--;
  return e > 0 && TERMINALS.has(text[e - 1]);
}
const URL_ONLY = /^(?:<)?(?:https?:\/\/|www\.|t\.me\/|telegram\.me\/)\S+$/i;
const URL_ANY = /(?:https?:\/\/|www\.)\S+/gi;
const EMAIL = /^\S+@\S+\.\S+$/;
const CLAUSE_PUNCT = /[،,;؛:]/;

const WWW = /www\./i;

/** A measured line; its comparison key is computed on first use (most prose lines never need it). */
class MeasuredLine implements Line {
  private k: string | undefined;
  constructor(
    public index: number,
    public raw: string,
    public text: string,
    public words: number,
    public bullet: boolean,
    public indent: number,
    public terminal: boolean,
    public linkLike: boolean,
    public sentence: boolean,
    public titleLike: boolean,
  ) {}

  get key(): string {
    if (this.k === undefined) this.k = lineKey(this.text);
    return this.k;
  }
}

/** Measures one line. */
export function measureLine(raw: string, index: number): Line {
  const bulletMatch = BULLET.exec(raw);
  const bullet = bulletMatch !== null;
  const indent = leadingSpaces(raw);
  const text = foldSpaces(bullet ? raw.slice(bulletMatch[0].length) : raw);
  // URL_ANY needs "//" or "www."; most lines have neither.
  const mayUrl = text.indexOf('/') >= 0 || (text.indexOf('.') >= 0 && WWW.test(text));
  const withoutUrls = mayUrl ? text.replace(URL_ANY, ' ') : text;
  const words = wordCount(withoutUrls);
  const terminal = endsTerminal(text);
  const urlChars = mayUrl ? (text.match(URL_ANY) ?? []).join('').length : 0;
  const linkLike =
    URL_ONLY.test(text) ||
    (text.indexOf('@') >= 0 && EMAIL.test(text)) ||
    (urlChars > 0 && urlChars >= text.length * 0.5);
  const sentence =
    !linkLike && ((terminal && words >= 6) || (words >= 14 && CLAUSE_PUNCT.test(text)) || words >= 30);
  const titleLike = !linkLike && !sentence && words >= 1 && words <= 25 && !terminal;
  return new MeasuredLine(index, raw, text, words, bullet, indent, terminal, linkLike, sentence, titleLike);
}

/** All lines of a text (blank lines have text ''). */
export function splitLines(text: string): Line[] {
  return text.split(/\r\n?|\n/).map((raw, i) => measureLine(raw, i));
}

/** True for a line with nothing visible on it. */
export function isBlank(line: Line): boolean {
  return line.text === '';
}
