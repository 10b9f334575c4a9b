/**
 * A message the user can read for anything a handler throws. IndexedDB failures arrive as
 * DOMExceptions whose message may be empty (a transaction too large, storage quota reached), and
 * a thrown non-Error has no message at all; the UI must never show a blank error.
 */
const KNOWN: Record<string, string> = {
  QuotaExceededError: 'The browser refused to store more: storage is full (free some space or clear the library).',
  AbortError: 'The browser aborted a storage transaction.',
  UnknownError: 'The browser’s storage failed (IndexedDB reported an unknown error).',
  DataCloneError: 'Some data could not be stored.',
  InvalidStateError: 'The browser’s storage was closed while in use.',
};

export function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e) {
    const { name, message } = e as { name: unknown; message?: unknown };
    const text = typeof message === 'string' ? message.trim() : '';
    const known = typeof name === 'string' ? KNOWN[name] : undefined;
    if (known) return text ? `${known} (${text})` : known;
    if (text) return text;
    if (typeof name === 'string' && name && name !== 'Error') return `The task failed (${name}).`;
  } else if (typeof e === 'string' && e.trim()) return e.trim();
  return 'The task failed without saying why.';
}
