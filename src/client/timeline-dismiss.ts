/** Closes an open <details> drop-down on a click outside it or on Escape (an attachment). */
export function closeOnOutside(node: HTMLDetailsElement): () => void {
  const click = (e: Event) => {
    if (node.open && !node.contains(e.target as Node)) node.open = false;
  };
  const key = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && node.open) {
      node.open = false;
      node.querySelector('summary')?.focus();
    }
  };
  document.addEventListener('pointerdown', click);
  node.addEventListener('keydown', key);
  return () => {
    document.removeEventListener('pointerdown', click);
    node.removeEventListener('keydown', key);
  };
}
