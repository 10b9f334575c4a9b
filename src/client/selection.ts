/**
 * Maps the user's text selection in a rendered article (StatementText) back to offsets in the
 * article's headline or body: every rendered run carries `data-start`, its offset in the text.
 */
export interface TextSelection {
  field: 'headline' | 'body';
  start: number;
  end: number;
  text: string;
}

function offsetOf(node: Node, offset: number): { field: 'headline' | 'body'; at: number } | null {
  const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-start]');
  const field = el?.closest<HTMLElement>('[data-field]')?.dataset.field;
  if (!el || (field !== 'headline' && field !== 'body')) return null;
  const within = node.nodeType === Node.TEXT_NODE ? offset : 0;
  return { field, at: Number(el.dataset.start) + within };
}

/** The current selection as offsets in one field, or null when it is empty or spans two fields. */
export function currentSelection(source: { headline: string | null; body: string }): TextSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const a = offsetOf(range.startContainer, range.startOffset);
  const b = offsetOf(range.endContainer, range.endOffset);
  if (!a || !b || a.field !== b.field) return null;
  const text = a.field === 'headline' ? (source.headline ?? '') : source.body;
  let start = Math.min(a.at, b.at);
  let end = Math.max(a.at, b.at);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end - start < 2) return null;
  return { field: a.field, start, end, text: text.slice(start, end) };
}
