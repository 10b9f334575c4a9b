/**
 * HTML to plain text, without a DOM: htmlparser2 streams the tags, and this module keeps the
 * visible text in document order, with a line break at every block element (two after a
 * paragraph or heading, as innerText does), entities decoded and white space collapsed within
 * lines. Script, style, template, SVG and hidden elements are dropped. Markup never goes out.
 * Also the HTML format reader, which adds the page's metadata (see html-meta.ts).
 */
import { Parser } from 'htmlparser2';
import type { RecordMeta } from '../../model/article';
import type { ReaderItem } from '../types';
import { HtmlMetaCollector, type HtmlMeta } from './html-meta';

/** Elements whose content is not visible text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'select',
  'datalist',
  'title',
]);

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements followed by an empty line. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

const CELL = new Set(['td', 'th']);

function isHidden(a: Record<string, string>): boolean {
  return a.hidden !== undefined || /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.style ?? '');
}

export interface HtmlDocument {
  text: string;
  meta: HtmlMeta;
}

/** The visible text of an HTML page or fragment, and its metadata. */
export function parseHtml(html: string): HtmlDocument {
  const collector = new HtmlMetaCollector();
  /** For every open element: whether it started a skipped region. */
  const stack: boolean[] = [];
  let skipDepth = 0;
  let svgDepth = 0;
  let preDepth = 0;
  let out = '';
  let pendingBreaks = 0;
  let pendingSpace = false;

  const breakLine = (n: number) => {
    pendingBreaks = Math.max(pendingBreaks, n);
    pendingSpace = false;
  };
  const emit = (s: string) => {
    if (pendingBreaks) {
      if (out) out += '\n'.repeat(pendingBreaks);
      pendingBreaks = 0;
    } else if (pendingSpace && out) out += ' ';
    pendingSpace = false;
    out += s;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        collector.open(name, attribs, svgDepth > 0);
        if (name === 'svg' || name === 'math') svgDepth++;
        const skip = SKIP.has(name) || isHidden(attribs);
        stack.push(skip);
        if (skip) skipDepth++;
        if (skipDepth) return;
        if (name === 'pre') preDepth++;
        if (name === 'br') emit('\n');
        else if (BLOCK.has(name)) breakLine(1);
        else if (PARAGRAPH.has(name)) breakLine(2);
        else if (CELL.has(name) && out && !pendingBreaks) pendingSpace = true;
      },
      ontext(data) {
        collector.text(data);
        if (skipDepth) return;
        if (preDepth) return emit(data.replace(/\r\n?/g, '\n'));
        const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
        if (collapsed === ' ') {
          if (!pendingBreaks) pendingSpace = true;
          return;
        }
        if (collapsed.startsWith(' ') && !pendingBreaks) pendingSpace = true;
        const trimmed = collapsed.replace(/^ | $/g, '');
        emit(trimmed);
        if (collapsed.endsWith(' ') && collapsed.length > 1) pendingSpace = true;
      },
      onclosetag(name) {
        collector.close(name);
        if (name === 'svg' || name === 'math') svgDepth = Math.max(0, svgDepth - 1);
        const wasSkip = stack.pop();
        if (wasSkip) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK.has(name)) breakLine(1);
        else if (PARAGRAPH.has(name)) breakLine(2);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { text: tidyLines(out), meta: collector.result() };
}

/** Trims each line, folds runs of spaces (not U+00A0), keeps at most one empty line in a row. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

const TAG =
  /<\/?(?:p|div|br|span|a|b|i|u|em|strong|h[1-6]|ul|ol|li|table|tr|td|img|blockquote|article|section|figure|figcaption|font|center|sup|sub|hr)\b[^<>]*>/i;

/** Whether a text field holds HTML markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return TAG.test(s) || (/&(?:nbsp|amp|quot|lt|gt|#\d+|#x[\da-f]+);/i.test(s) && /<\/?\w+[^<>]*>/.test(s));
}

/** The HTML format reader: one record, the page's text and metadata. */
export function* readHtml(text: string, base: RecordMeta): Generator<ReaderItem> {
  const doc = parseHtml(text);
  if (!doc.text.trim()) {
    yield { kind: 'rejected', reason: 'no visible text in the HTML page' };
    return;
  }
  yield { kind: 'record', text: doc.text, meta: { ...base, ...doc.meta } };
}
