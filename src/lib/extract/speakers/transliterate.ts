/**
 * Rough Latin renderings of names that are not on the speaker list, so that an unlisted speaker
 * still gets a readable nameEn: Cyrillic by the usual news transliteration (Сергей Рябков → Sergey
 * Ryabkov), Arabic letter by letter with simple vowel guesses (أوليغ → Olig). Good enough to read
 * and to group; the user can add the person to the list with the proper spelling.
 */

const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const AR: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'g',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'o',
  ي: 'i',
  ى: 'a',
  ء: "'",
  ؤ: "'",
  ئ: "'",
  گ: 'g',
  ڤ: 'v',
  پ: 'p',
  چ: 'ch',
};

function capitalise(w: string): string {
  return w.length === 0 ? w : w[0].toUpperCase() + w.slice(1);
}

function cyrWord(w: string): string {
  let out = '';
  for (const ch of w.toLowerCase()) out += CYR[ch] ?? ch;
  return capitalise(out);
}

function arWord(w: string): string {
  const letters = [...w.replace(/[\u064b-\u065f\u0640]/g, '')];
  let out = '';
  letters.forEach((ch, i) => {
    if (ch === 'و') out += i === 0 ? 'w' : 'o';
    else if (ch === 'ي') out += i === 0 || i === letters.length - 1 ? (i === 0 ? 'y' : 'i') : 'i';
    else out += AR[ch] ?? ch;
  });
  return capitalise(
    out
      .replace(/'+$/, '')
      .replace(/ii+/g, 'i')
      .replace(/^i(?=[aeiou])/, 'y'),
  );
}

/** A Latin rendering of a name written in any script. */
export function transliterate(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) =>
      /[\u0600-\u06ff]/.test(w) ? arWord(w) : /[\u0400-\u04ff]/.test(w) ? cyrWord(w) : capitalise(w),
    )
    .join(' ');
}
