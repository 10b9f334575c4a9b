/** A provisional title from the first words of a text, for an article without a headline. */
const TITLE_WORDS = 12;

export function provisionalTitle(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const head = words.slice(0, TITLE_WORDS).join(' ');
  return words.length > TITLE_WORDS ? head + '…' : head;
}
