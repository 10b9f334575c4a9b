/**
 * The timeline's keys, on the focused plot: arrows move between statements (timeline-keys.ts),
 * Enter opens the focused statement's card, Escape closes the card (or clears the brush), + and −
 * zoom at the middle, Page Up / Page Down pan by half a view, Home shows the whole range.
 */
import type { TimelineState } from './timeline.svelte';

const MOVES: Record<string, 'left' | 'right' | 'up' | 'down'> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function keyAction(e: KeyboardEvent, tl: TimelineState): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const move = MOVES[e.key];
  if (move) tl.move(move);
  else if (e.key === 'Enter' || e.key === ' ') {
    const p = tl.focused;
    if (p) void tl.open(p);
    else tl.move('first');
  } else if (e.key === 'Escape') {
    if (tl.card) tl.card = null;
    else tl.brush = null;
  } else if (e.key === '+' || e.key === '=') tl.zoomBy(2);
  else if (e.key === '-' || e.key === '_') tl.zoomBy(0.5);
  else if (e.key === 'PageUp' || e.key === 'PageDown') tl.panBy(((e.key === 'PageUp') !== tl.rtl ? 1 : -1) * tl.width * 0.5);
  else if (e.key === 'Home') tl.setDomain(null);
  else return;
  e.preventDefault();
}
