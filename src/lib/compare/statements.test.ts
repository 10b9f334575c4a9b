import { describe, expect, it } from 'vitest';
import type { DateInfo, Language, Statement } from '../model/article';
import { compareStatements, lookupTerms, relatedStatements } from './index';
import type { StatementItem } from './index';

function day(date: string | null): DateInfo {
  return { date, precision: date ? 'day' : null, window: null, evidence: null, source: date ? 'text' : null };
}

function item(
  articleId: string,
  speaker: [id: string | null, nameEn: string, role: string | null],
  text: string,
  opts: { date?: string | null; outlet?: string | null; language?: Language; start?: number } = {},
): StatementItem {
  const start = opts.start ?? 0;
  const statement: Statement = {
    speaker: {
      id: speaker[0],
      nameEn: speaker[1],
      asWritten: speaker[1],
      role: speaker[2],
      russianOfficial: true,
      institution: null,
      listed: speaker[0] !== null,
    },
    kind: 'reported',
    aboutSyria: true,
    text,
    quote: null,
    date: null,
    start,
    end: start + text.length,
  };
  return {
    statement,
    article: {
      id: articleId,
      outlet: opts.outlet ?? null,
      date: day(opts.date ?? null),
      language: opts.language ?? 'ar',
    },
  };
}

const ANTONOV: [string, string, string] = ['antonov', 'Anatoly Antonov', 'Deputy Minister of Defence'];
const LAVROV: [string, string, string] = ['lavrov', 'Sergey Lavrov', 'Minister of Foreign Affairs'];
const ZAKHAROVA: [string, string, string] = ['zakharova', 'Maria Zakharova', 'Spokeswoman, MFA'];
const PESKOV: [string, string, string] = ['peskov', 'Dmitry Peskov', 'Kremlin spokesman'];

describe('compareStatements', () => {
  const items = [
    item('b', ANTONOV, 'وأعرب عن أمله في أن لا تتخلي الولايات المتحدة عن الوسائل الدبلوماسية في سوريا', {
      date: '2016-10-12',
      outlet: 'Al-Watan',
    }),
    item('a', ANTONOV, 'أعرب عن أمله في أن الولايات المتحدة لم تتخل تماما عن الوسائل الدبلوماسية', {
      date: '2016-10-11',
      outlet: 'RT Arabic',
    }),
    item('c', LAVROV, 'قال إن الولايات المتحدة تتحمل مسؤولية انهيار الهدنة في سوريا', { date: null }),
  ];
  const r = compareStatements(items);

  it('sorts rows by date, undated last, and carries speaker, role, date, outlet', () => {
    expect(r.rows.map((x) => [x.item, x.speaker, x.role, x.date, x.outlet])).toEqual([
      [1, 'Anatoly Antonov', 'Deputy Minister of Defence', '2016-10-11', 'RT Arabic'],
      [0, 'Anatoly Antonov', 'Deputy Minister of Defence', '2016-10-12', 'Al-Watan'],
      [2, 'Sergey Lavrov', 'Minister of Foreign Affairs', null, null],
    ]);
    expect(compareStatements(items, { order: 'date-desc' }).rows.map((x) => x.item)).toEqual([0, 1, 2]);
    expect(compareStatements(items, { order: 'input' }).rows.map((x) => x.item)).toEqual([0, 1, 2]);
  });

  it('finds the terms shared by at least two statements, with offsets to highlight', () => {
    const byLabel = new Map(r.shared.map((s) => [s.label, s.rows]));
    expect(byLabel.get('الولايات')).toEqual([0, 1, 2]);
    expect(byLabel.get('المتحدة')).toEqual([0, 1, 2]);
    expect(byLabel.get('الدبلوماسية')).toEqual([0, 1]);
    expect(byLabel.get('سوريا')).toEqual([1, 2]);
    // أمله / أمله, أعرب / وأعرب: the same word, with or without the clitic
    expect([...byLabel.keys()]).toEqual(expect.arrayContaining(['أمله', 'أعرب']));
    // stopwords (في، أن، عن) are not shared terms; words in one statement only are not either
    for (const w of ['في', 'أن', 'عن', 'مسؤولية', 'تماما']) expect(byLabel.has(w)).toBe(false);
    for (const row of r.rows) {
      for (const h of row.highlights) expect(r.shared.some((s) => s.term === h.term)).toBe(true);
      const marked = row.highlights.map((h) => row.text.slice(h.start, h.end));
      expect(marked).toContain('الولايات');
    }
    expect(r.rows[1].highlights.map((h) => r.rows[1].text.slice(h.start, h.end))).toContain('وأعرب');
  });
});

describe('relatedStatements', () => {
  const target = item(
    't',
    LAVROV,
    'Lavrov said the chemical weapons inquiry in Douma was staged by the White Helmets.',
    {
      language: 'en',
    },
  );
  const candidates = [
    item('x1', PESKOV, 'Peskov said the Kremlin had no comment on the weather in Moscow.', {
      language: 'en',
    }),
    item('x2', LAVROV, 'Lavrov said trade between Russia and Egypt grew last year.', { language: 'en' }),
    item('x3', ZAKHAROVA, 'Zakharova said the White Helmets staged the chemical attack in Douma.', {
      language: 'en',
    }),
    item(
      'x4',
      LAVROV,
      'Lavrov called the Douma chemical weapons claims a provocation staged for the cameras.',
      {
        language: 'en',
      },
    ),
    item('x5', ZAKHAROVA, 'Zakharova said the inquiry into chemical weapons ignored Russian evidence.', {
      language: 'en',
    }),
    target, // the target itself among the candidates is skipped
  ];
  const r = relatedStatements(target, candidates);

  it('ranks the same speaker on the same topic, apart from other speakers', () => {
    // x2 (trade) shares only the speaker's own name with the target: not related
    expect(r.sameSpeaker.map((x) => x.index)).toEqual([3]);
    expect(r.otherSpeakers.map((x) => x.index)).toEqual([2, 4]);
    expect(r.otherSpeakers[0].score).toBeGreaterThan(r.otherSpeakers[1].score);
    expect(r.otherSpeakers[0].shared).toEqual(
      expect.arrayContaining(['White', 'Helmets', 'Douma', 'chemical']),
    );
    expect(r.sameSpeaker[0].shared).not.toContain('Lavrov');
    expect([...r.sameSpeaker, ...r.otherSpeakers].some((x) => [0, 1, 5].includes(x.index))).toBe(false);
  });

  it('weighs rare shared words above common ones', () => {
    const t = item('t', LAVROV, 'Russia will keep its air base in Syria, near Tartus.', { language: 'en' });
    // Russia and Syria are in nearly every statement of the set, Tartus in one
    const topics = [
      'peace',
      'a treaty',
      'elections',
      'refugees',
      'reconstruction',
      'sanctions',
      'oil',
      'wheat',
    ];
    const cs = [
      item('b', PESKOV, 'The port of Tartus will be expanded.', { language: 'en' }),
      ...topics.map((w, k) => item(`f${k}`, PESKOV, `Russia and Syria discussed ${w}.`, { language: 'en' })),
    ];
    const rr = relatedStatements(t, cs);
    expect(rr.otherSpeakers[0]).toMatchObject({ index: 0, shared: ['Tartus'] });
    expect(rr.otherSpeakers[0].score).toBeGreaterThan(rr.otherSpeakers[1].score * 1.2);
    expect(rr.otherSpeakers[1].shared).toEqual(['Russia', 'Syria']);
  });

  it('honours limit and minScore', () => {
    const one = relatedStatements(target, candidates, { limit: 1 });
    expect(one.sameSpeaker).toHaveLength(1);
    expect(one.otherSpeakers).toHaveLength(1);
    const strict = relatedStatements(target, candidates, { minScore: 0.99 });
    expect(strict.sameSpeaker).toEqual([]);
    expect(strict.otherSpeakers).toEqual([]);
  });

  it('matches an unlisted speaker by name and works on Arabic', () => {
    const t = item(
      'a',
      [null, 'Hmeimim centre', null],
      'رصد مركز حميميم 47 انتهاكا للهدنة في اللاذقية وحماة',
    );
    const cs = [
      item('b', [null, 'Hmeimim Centre', null], 'سجل مركز حميميم انتهاكات جديدة للهدنة في حماة'),
      item('c', ANTONOV, 'أكد أنطونوف أن موسكو مستعدة للحوار مع واشنطن'),
      item('d', LAVROV, 'قال لافروف إن انتهاكات الهدنة في اللاذقية مستمرة'),
    ];
    const rr = relatedStatements(t, cs);
    expect(rr.sameSpeaker.map((x) => x.index)).toEqual([0]);
    expect(rr.otherSpeakers.map((x) => x.index)).toEqual([2]);
    expect(rr.sameSpeaker[0].shared).toEqual(expect.arrayContaining(['حميميم', 'للهدنة']));
  });
});

describe('lookupTerms', () => {
  it('gives the statement’s content words, longest first, without its speaker’s name', () => {
    const it_ = item('t', LAVROV, 'Lavrov said the chemical weapons inquiry in Douma was staged by the White Helmets.', { language: 'en' });
    const terms = lookupTerms(it_, 4);
    expect(terms).toHaveLength(4);
    expect(terms[0]).toBe('chemical');
    expect(terms).not.toContain('Lavrov');
    expect(terms.every((t, i) => i === 0 || terms[i - 1].length >= t.length)).toBe(true);
    expect(lookupTerms(it_, 20)).toEqual(expect.arrayContaining(['Douma', 'weapons', 'Helmets']));
  });
});
