import { describe, expect, it } from 'vitest';
import type { Article, SpeakerRef, Statement } from '../model/article';
import { applyCorrections, statementKey, type Correction } from './apply';

const speaker = (nameEn: string, russianOfficial = true): SpeakerRef => ({
  id: nameEn.toLowerCase(),
  nameEn,
  asWritten: nameEn,
  role: null,
  russianOfficial,
  institution: null,
  listed: true,
});

const body = 'قال لافروف إن موسكو تدعم الحوار. وأضاف أن الحل سياسي. وقال كيري إن واشنطن مستعدة.';
const st = (text: string, who: SpeakerRef): Statement => {
  const start = body.indexOf(text);
  return { speaker: who, kind: 'reported', aboutSyria: true, text, quote: null, date: '2016-10-11', start, end: start + text.length };
};

function article(): Article {
  return {
    id: 'a'.padEnd(25, '0'),
    file: 'x.txt',
    record: 0,
    entry: null,
    raw: body,
    meta: { format: 'txt' },
    fileId: 'f',
    addedAt: 0,
    language: 'ar',
    headline: null,
    subheadline: null,
    subheads: [],
    body,
    removed: [],
    outlet: null,
    outletEvidence: null,
    creditedSource: null,
    creditedSourceEvidence: null,
    url: null,
    date: { date: '2016-10-11', precision: 'day', window: null, evidence: null, source: 'text' },
    statements: [
      st('قال لافروف إن موسكو تدعم الحوار.', speaker('Sergey Lavrov')),
      st('وأضاف أن الحل سياسي.', speaker('Sergey Lavrov')),
      st('وقال كيري إن واشنطن مستعدة.', speaker('Sergey Lavrov')),
    ],
  };
}

describe('applyCorrections', () => {
  it('changes a speaker, removes a non-statement and adds a selected one', () => {
    const a = article();
    const sel = 'إن موسكو تدعم الحوار';
    const start = body.indexOf(sel);
    const corrections: Correction[] = [
      { kind: 'speaker', at: 1, statement: statementKey(a.statements[2]), speaker: speaker('John Kerry', false) },
      { kind: 'not-statement', at: 2, statement: statementKey(a.statements[1]) },
      {
        kind: 'add-statement',
        at: 3,
        statement: { field: 'body', start, end: start + sel.length, text: sel },
        speaker: speaker('Sergey Lavrov'),
        statementKind: 'quote',
      },
    ];
    const { article: out, orphaned } = applyCorrections(a, corrections);
    expect(orphaned).toEqual([]);
    expect(out.statements.map((s) => [s.speaker.nameEn, s.text])).toEqual([
      ['Sergey Lavrov', 'قال لافروف إن موسكو تدعم الحوار.'],
      ['Sergey Lavrov', sel],
      ['John Kerry', 'وقال كيري إن واشنطن مستعدة.'],
    ]);
    expect(out.statements[2].speaker.russianOfficial).toBe(false);
    expect(out.statements[2].corrected).toBe(true);
    expect(a.statements).toHaveLength(3); // the input is not changed
  });

  it('finds a statement by its text when the engine moved it, and reports one that is gone', () => {
    const a = article();
    const key = { ...statementKey(a.statements[0]), start: 5, end: 40 };
    const gone = { field: 'body' as const, start: 0, end: 3, text: 'لا يوجد' };
    const { article: out, orphaned } = applyCorrections(a, [
      { kind: 'not-statement', at: 1, statement: key },
      { kind: 'not-statement', at: 2, statement: gone },
    ]);
    expect(out.statements).toHaveLength(2);
    expect(orphaned).toHaveLength(1);
  });

  it('corrects the date (statements dated by the article follow) and the outlet', () => {
    const { article: out } = applyCorrections(article(), [
      { kind: 'date', at: 1, date: '2016-10-12', precision: 'day' },
      { kind: 'outlet', at: 2, outlet: 'SANA' },
    ]);
    expect(out.date).toMatchObject({ date: '2016-10-12', source: 'user', window: null });
    expect(out.statements.every((s) => s.date === '2016-10-12')).toBe(true);
    expect(out.outlet).toBe('SANA');
    expect(out.outletEvidence?.basis).toBe('corrected by you');
  });

  it('a statement dated apart from its article keeps its distance when the user dates the article', () => {
    const a = article();
    const undated = {
      ...a,
      date: { date: null, precision: null, window: ['2016-03-27', null] as [string, null], evidence: null, source: null },
      statements: a.statements.map((s, i) =>
        i === 0 ? { ...s, date: null, dateWindow: ['2016-03-25', null] as [string, null], dateOffset: -2, dateEvidence: 'أمس الأول' } : { ...s, date: null },
      ),
    };
    const { article: out } = applyCorrections(undated, [{ kind: 'date', at: 1, date: '2016-03-30', precision: 'day' }]);
    expect(out.statements[0]).toMatchObject({ date: '2016-03-28', dateEvidence: 'أمس الأول' });
    expect(out.statements[0].dateWindow).toBeUndefined();
    expect(out.statements.slice(1).every((s) => s.date === '2016-03-30')).toBe(true);
  });

  it('a later correction wins over an earlier one', () => {
    const { article: out } = applyCorrections(article(), [
      { kind: 'outlet', at: 5, outlet: 'RT Arabic' },
      { kind: 'outlet', at: 2, outlet: 'SANA' },
    ]);
    expect(out.outlet).toBe('RT Arabic');
  });
});
