import { describe, expect, it } from 'vitest';
import { readDelimited } from './csv';

describe('readDelimited', () => {
  it('reads CSV rows with a quoted newline and maps the header', () => {
    const csv =
      'Title,Body,Published_At,URL\n"لافروف","السطر الأول\nالسطر الثاني, مع فاصلة",2016-10-11,https://x/1\nsecond,"plain ""quoted"" text",,\n';
    const items = [...readDelimited(csv, { format: 'csv' }, 'guess')];
    expect(items).toEqual([
      {
        kind: 'record',
        text: 'السطر الأول\nالسطر الثاني, مع فاصلة',
        meta: {
          format: 'csv',
          title: 'لافروف',
          date: '2016-10-11',
          dateField: 'field Published_At',
          url: 'https://x/1',
        },
      },
      { kind: 'record', text: 'plain "quoted" text', meta: { format: 'csv', title: 'second' } },
    ]);
  });

  it('reads TSV', () => {
    const tsv = 'headline\ttext\tsource\nA, with comma\tBody one\tTASS\nB\tBody two\tSANA\n';
    const items = [...readDelimited(tsv, { format: 'tsv' }, '\t')];
    expect(items.map((i) => i.kind === 'record' && [i.meta.title, i.text, i.meta.source])).toEqual([
      ['A, with comma', 'Body one', 'TASS'],
      ['B', 'Body two', 'SANA'],
    ]);
  });

  it('guesses a semicolon delimiter', () => {
    const items = [...readDelimited('id;content\n1;hello, world\n', { format: 'csv' }, 'guess')];
    expect(items).toMatchObject([{ kind: 'record', text: 'hello, world' }]);
  });

  it('rejects a file without a text column, naming the columns found', () => {
    expect([...readDelimited('id,name,when\n1,a,b\n', { format: 'csv' }, 'guess')]).toEqual([
      {
        kind: 'rejected',
        reason:
          'no text column (looked for text, content, body, article, article_text, full_text, description; found: id, name, when)',
      },
    ]);
  });

  it('rejects a row with an empty text and one with an unclosed quote, keeping the others', () => {
    const items = [
      ...readDelimited('text,title\nfirst,a\n,b\n"never closed,c\nlast,d\n', { format: 'csv' }, ','),
    ];
    expect(items.map((i) => (i.kind === 'record' ? i.text : i.reason))).toEqual([
      'first',
      'row 2 has an empty text field ("text")',
      'row 3 has a quoted field that is never closed',
    ]);
  });
});
