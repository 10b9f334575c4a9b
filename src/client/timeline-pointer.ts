/**
 * Pointer and wheel gestures of the timeline's plot, on top of the state's zoom and pan: wheel
 * zooms at the pointer (a trackpad pinch arrives as a wheel with ctrlKey), a horizontal wheel or
 * Shift+wheel pans, one pointer drags to pan, two pointers pinch. A press that does not move is a
 * click, left to the caller. Attach with `gestures(node, handlers)` (returns the cleanup).
 */

export interface GestureHandlers {
  zoom: (factor: number, x: number) => void;
  pan: (dx: number) => void;
  click: (e: PointerEvent, x: number, y: number) => void;
  hover: (x: number | null, y: number) => void;
}

/** Zoom factor of a wheel event (> 1 = in): smooth for trackpads, a fixed step per mouse notch. */
export function wheelFactor(e: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const px = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaMode === 2 ? e.deltaY * 400 : e.deltaY;
  const k = e.ctrlKey ? 0.01 : 0.002;
  return Math.pow(2, -Math.max(-300, Math.min(300, px)) * k);
}

export function gestures(node: HTMLElement, h: GestureHandlers): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let startX = 0;
  let startY = 0;
  let moved = false;
  let lastDist = 0;
  const local = (e: { clientX: number; clientY: number }) => {
    const r = node.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    const { x } = local(e);
    if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) h.pan(-(e.shiftKey ? e.deltaY : e.deltaX));
    else h.zoom(wheelFactor(e), x);
  };
  const down = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const p = local(e);
    pointers.set(e.pointerId, p);
    node.setPointerCapture?.(e.pointerId);
    if (pointers.size === 1) [startX, startY, moved] = [p.x, p.y, false];
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      lastDist = Math.hypot(a.x - b.x, a.y - b.y);
      moved = true;
    }
  };
  const move = (e: PointerEvent) => {
    const p = local(e);
    const prev = pointers.get(e.pointerId);
    if (!prev) return h.hover(p.x, p.y);
    pointers.set(e.pointerId, p);
    if (pointers.size >= 2) {
      const [a, b] = [...pointers.values()];
      const dist = Math.hypot(a.x - b.x, a.y - b.y);
      if (lastDist > 0 && dist > 0) h.zoom(dist / lastDist, (a.x + b.x) / 2);
      lastDist = dist;
      return;
    }
    if (!moved && Math.hypot(p.x - startX, p.y - startY) < 4) return;
    moved = true;
    h.hover(null, 0);
    h.pan(p.x - prev.x);
  };
  const up = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    if (pointers.size === 0 && !moved) {
      const p = local(e);
      h.click(e, p.x, p.y);
    }
  };
  const leave = () => pointers.size === 0 && h.hover(null, 0);
  node.addEventListener('wheel', wheel, { passive: false });
  node.addEventListener('pointerdown', down);
  node.addEventListener('pointermove', move);
  node.addEventListener('pointerup', up);
  node.addEventListener('pointercancel', up);
  node.addEventListener('pointerleave', leave);
  return () => {
    node.removeEventListener('wheel', wheel);
    node.removeEventListener('pointerdown', down);
    node.removeEventListener('pointermove', move);
    node.removeEventListener('pointerup', up);
    node.removeEventListener('pointercancel', up);
    node.removeEventListener('pointerleave', leave);
  };
}
