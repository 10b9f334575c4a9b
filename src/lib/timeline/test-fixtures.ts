/**
 * Small hand-made Article objects for the timeline tests and the benchmark (never imported by the
 * app). The seed set follows the speakers and dates of the hand-annotated seed pages: Putin on
 * 2015-10-13, Antonov on 2016-10-11, Zakharova undated (window from 2015-09-30), Syromolotov and
 * Bogdanov undated (window from 2016-03-27); plus a month-precise Lavrov and a non-official.
 */

import type {
  Article,
  DateInfo,
  DatePrecision,
  Language,
  SpeakerRef,
  Statement,
  StatementKind,
} from '../model/article';

export const SPEAKERS: Record<string, Omit<SpeakerRef, 'asWritten'>> = {
  putin: {
    id: 'putin',
    nameEn: 'Vladimir Putin',
    role: 'President of Russia',
    russianOfficial: true,
    institution: 'kremlin',
    listed: true,
  },
  lavrov: {
    id: 'lavrov',
    nameEn: 'Sergey Lavrov',
    role: 'Minister of Foreign Affairs',
    russianOfficial: true,
    institution: 'mfa',
    listed: true,
  },
  zakharova: {
    id: 'zakharova',
    nameEn: 'Maria Zakharova',
    role: 'Spokeswoman, MFA',
    russianOfficial: true,
    institution: 'mfa',
    listed: true,
  },
  antonov: {
    id: 'antonov',
    nameEn: 'Anatoly Antonov',
    role: 'Deputy Minister of Defence',
    russianOfficial: true,
    institution: 'mod',
    listed: true,
  },
  syromolotov: {
    id: 'syromolotov',
    nameEn: 'Oleg Syromolotov',
    role: 'Deputy Foreign Minister',
    russianOfficial: true,
    institution: 'mfa',
    listed: true,
  },
  bogdanov: {
    id: 'bogdanov',
    nameEn: 'Mikhail Bogdanov',
    role: 'Deputy Foreign Minister',
    russianOfficial: true,
    institution: 'mfa',
    listed: true,
  },
  'ru-mod': {
    id: 'ru-mod',
    nameEn: 'Russian Ministry of Defence',
    role: null,
    russianOfficial: true,
    institution: 'mod',
    listed: true,
  },
  'ru-mfa': {
    id: 'ru-mfa',
    nameEn: 'Russian Ministry of Foreign Affairs',
    role: null,
    russianOfficial: true,
    institution: 'mfa',
    listed: true,
  },
  moscow: {
    id: 'moscow',
    nameEn: 'Moscow (Russian government)',
    role: null,
    russianOfficial: true,
    institution: null,
    listed: true,
  },
  warren: {
    id: 'warren',
    nameEn: 'Steve Warren',
    role: 'US coalition spokesman',
    russianOfficial: false,
    institution: null,
    listed: true,
  },
};

export interface StatementSpec {
  speaker: string;
  text?: string;
  kind?: StatementKind;
  aboutSyria?: boolean;
  date?: string | null;
}

export interface ArticleSpec {
  id: string;
  date?: string | null;
  precision?: DatePrecision | null;
  window?: [string | null, string | null] | null;
  outlet?: string | null;
  language?: Language;
  statements: StatementSpec[];
}

function dateInfo(spec: ArticleSpec): DateInfo {
  const date = spec.date ?? null;
  return {
    date,
    precision: date ? (spec.precision ?? 'day') : null,
    window: date ? null : (spec.window ?? null),
    evidence: null,
    source: date ? 'text' : null,
  };
}

/** An Article from a short spec; statement texts default to "<speaker> said something about Syria". */
export function makeArticle(spec: ArticleSpec): Article {
  let body = '';
  const statements: Statement[] = spec.statements.map((s) => {
    const text = s.text ?? `${s.speaker} said something about Syria.`;
    const start = body.length;
    body += text + '\n\n';
    return {
      speaker: { ...SPEAKERS[s.speaker], asWritten: s.speaker },
      kind: s.kind ?? 'reported',
      aboutSyria: s.aboutSyria ?? true,
      text,
      quote: null,
      date: s.date === undefined ? (spec.date ?? null) : s.date,
      start,
      end: start + text.length,
    };
  });
  return {
    id: spec.id,
    file: spec.id + '.txt',
    record: 0,
    entry: null,
    raw: body,
    meta: { format: 'txt' },
    fileId: 'f' + spec.id,
    addedAt: 0,
    language: spec.language ?? 'ar',
    headline: null,
    subheadline: null,
    subheads: [],
    body,
    removed: [],
    outlet: spec.outlet === undefined ? 'RT Arabic' : spec.outlet,
    outletEvidence: null,
    creditedSource: null,
    creditedSourceEvidence: null,
    url: null,
    date: dateInfo(spec),
    statements,
  };
}

/** The seed-like library. */
export function seedArticles(): Article[] {
  return [
    makeArticle({
      id: 'elaph-putin',
      date: '2015-10-13',
      outlet: 'Elaph',
      statements: [
        { speaker: 'putin', text: 'بوتين: لا نسعى للزعامة في سوريا، بل إلى التسوية' },
        { speaker: 'putin', kind: 'quote' },
        { speaker: 'ru-mod' },
        { speaker: 'warren' },
      ],
    }),
    makeArticle({
      id: 'rt-antonov',
      date: '2016-10-11',
      statements: [
        { speaker: 'ru-mod', kind: 'headline' },
        { speaker: 'antonov' },
        { speaker: 'antonov', kind: 'quote' },
      ],
    }),
    makeArticle({
      id: 'rt-zakharova',
      date: null,
      window: ['2015-09-30', null],
      statements: [
        { speaker: 'moscow', kind: 'headline' },
        { speaker: 'ru-mfa' },
        { speaker: 'zakharova' },
        { speaker: 'zakharova', kind: 'quote' },
      ],
    }),
    makeArticle({
      id: 'sana-syromolotov',
      date: null,
      window: ['2016-03-27', null],
      outlet: 'SANA',
      statements: [
        { speaker: 'syromolotov' },
        { speaker: 'syromolotov', kind: 'quote' },
        { speaker: 'bogdanov', kind: 'quote' },
      ],
    }),
    makeArticle({
      id: 'tass-lavrov-month',
      date: '2016-03-01',
      precision: 'month',
      outlet: 'TASS',
      language: 'ru',
      statements: [{ speaker: 'lavrov' }, { speaker: 'lavrov', date: '2016-03-09' }],
    }),
  ];
}
