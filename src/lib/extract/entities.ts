/**
 * HTML entities left in scraped text: named and numeric entities are decoded (`&nbsp;` → space,
 * `&amp;` → &), and a stray ampersand that is the residue of a badly stripped entity
 * ("لا نسعى لزعامة&", "واشنطن &برئاسة") is dropped. An ampersand between two Latin words or
 * letters ("AT&T", "Tom & Jerry", "R&D") is text and stays. Returns what was removed so the
 * reader can show it.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bdquo: '„',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  shy: '',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '',
  rlm: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
};

const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});?/gi;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00c0-\u024f]/;

export interface EntityCleanResult {
  text: string;
  /** Entities decoded or stray ampersands dropped, verbatim, in order. */
  removed: string[];
}

function decodeOne(match: string, body: string): string | null {
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    return code === 0xa0 ? ' ' : String.fromCodePoint(code);
  }
  const named = NAMED[body.toLowerCase()];
  // A named entity must end with ';' unless it is one of the common ones scrapers leave bare.
  if (named === undefined) return null;
  if (!match.endsWith(';') && !/^(amp|nbsp|quot)$/i.test(body)) return null;
  return named;
}

/** Decodes entities and drops stray ampersands; a pure function of the text. */
export function cleanEntities(text: string): EntityCleanResult {
  if (text.indexOf('&') < 0) return { text, removed: [] };
  const removed: string[] = [];
  let out = text;
  // Decode twice so '&amp;nbsp;' becomes a space, not '&nbsp;'.
  for (let pass = 0; pass < 2; pass++) {
    out = out.replace(ENTITY, (m: string, body: string) => {
      const d = decodeOne(m, body);
      if (d === null) return m;
      removed.push(m);
      return d;
    });
  }
  // Stray '&': keep only between Latin letters or digits (with optional spaces around it).
  out = out.replace(/ ?&(?!#?\w+;) ?/g, (m: string, offset: number, whole: string) => {
    const before = whole
      .slice(0, offset)
      .replace(/[ \t]+$/, '')
      .slice(-1);
    const after = whole
      .slice(offset + m.length)
      .replace(/^[ \t]+/, '')
      .slice(0, 1);
    if (LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after)) return m;
    removed.push('&');
    const spaced = m.startsWith(' ') || m.endsWith(' ');
    // Keep one space between two words; none at a line end.
    return spaced && before !== '' && after !== '' && after !== '\n' ? ' ' : '';
  });
  return { text: out, removed };
}
