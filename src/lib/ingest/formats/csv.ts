/**
 * CSV and TSV reader (papaparse): the first row names the columns, every other row is a record
 * whose fields map as for JSON (see fields.ts). Quoted fields may span lines. A file without a
 * column that could hold the text is rejected, naming the columns it has.
 */
import Papa from 'papaparse';
import type { RecordMeta } from '../../model/article';
import type { ReaderItem } from '../types';
import { hasTextKey, recordFromFields, TEXT_FIELDS_LISTED } from './fields';

export function* readDelimited(
  text: string,
  base: RecordMeta,
  delimiter: ',' | '\t' | 'guess',
): Generator<ReaderItem> {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiter === 'guess' ? '' : delimiter,
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
  });
  const rows = parsed.data;
  if (rows.length === 0) {
    yield { kind: 'rejected', reason: 'empty file' };
    return;
  }
  const header = rows[0].map((h) => h.replace(/^\ufeff/, '').trim());
  if (!hasTextKey(header)) {
    const found = header.filter(Boolean).join(', ') || 'none';
    yield { kind: 'rejected', reason: `no text column (looked for ${TEXT_FIELDS_LISTED}; found: ${found})` };
    return;
  }
  if (rows.length === 1) {
    yield { kind: 'rejected', reason: 'no rows under the header' };
    return;
  }
  const broken = new Set(
    parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row as number),
  );
  for (let r = 1; r < rows.length; r++) {
    if (broken.has(r)) {
      yield { kind: 'rejected', reason: `row ${r} has a quoted field that is never closed` };
      continue;
    }
    const obj: Record<string, string> = {};
    header.forEach((name, c) => {
      if (name && rows[r][c] !== undefined && !(name in obj)) obj[name] = rows[r][c];
    });
    yield recordFromFields(obj, `row ${r}`, base);
  }
}
