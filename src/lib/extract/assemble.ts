/**
 * Joins the lines a segmented page keeps (see chrome.ts) into the article body — paragraphs
 * separated by a blank line, with their offsets — and lists the removed lines with why, so the
 * reader can show what was taken out. Head lines no one claimed as headline or sub-headline count
 * as removed.
 */
import type { RemovedPart } from '../model/article';
import type { PageSegments } from './chrome';

type Reason = RemovedPart['reason'];

export interface BodyParagraph {
  text: string;
  /** Offsets inside the body. */
  start: number;
  end: number;
  line: number;
  role: 'body' | 'short' | 'dateline';
}

export interface AssembledBody {
  body: string;
  paragraphs: BodyParagraph[];
  removed: RemovedPart[];
}

/** Builds the body; consecutive lines removed for the same reason form one removed part. */
export function assembleBody(seg: PageSegments): AssembledBody {
  const paragraphs: BodyParagraph[] = [];
  const removed: RemovedPart[] = [];
  let body = '';
  let lastRemoved: { part: RemovedPart; line: number } | null = null;
  seg.lines.forEach((line, i) => {
    const role = seg.roles[i];
    if (role === 'blank' || role === 'headline' || role === 'subheadline') return;
    if (role === 'body' || role === 'short' || role === 'dateline') {
      if (body) body += '\n\n';
      paragraphs.push({
        text: line.text,
        start: body.length,
        end: body.length + line.text.length,
        line: i,
        role,
      });
      body += line.text;
      lastRemoved = null;
      return;
    }
    const reason: Reason = role === 'head' ? (line.titleLike ? 'related' : 'other') : role.removed;
    const prev = lastRemoved as { part: RemovedPart; line: number } | null;
    if (prev && prev.part.reason === reason) prev.part.text += '\n' + line.text;
    else {
      const part: RemovedPart = { text: line.text, reason };
      removed.push(part);
      lastRemoved = { part, line: i };
    }
  });
  for (const e of seg.entityRemovals) removed.push({ text: e, reason: 'entity' });
  return { body, paragraphs, removed };
}
