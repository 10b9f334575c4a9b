/**
 * Digit systems. News pages write numbers in ASCII (0-9), Arabic-Indic (٠-٩, U+0660) or
 * Extended Arabic-Indic / Persian (۰-۹, U+06F0) digits, sometimes mixed. Everything downstream
 * works on ASCII digits; these helpers fold one character or a whole string without changing
 * its length.
 */

/** The ASCII digit for an Arabic-Indic or Persian digit character, else the character itself. */
export function foldDigitChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0);
  return ch;
}

/** Same string with every digit folded to ASCII (same length, same offsets). */
export function toAsciiDigits(s: string): string {
  let out = '';
  for (const ch of s) out += foldDigitChar(ch);
  return out;
}
