/**
 * Checks extractStatements against the hand annotation of the seed files (shared/corpus): every gold
 * anchor must be found with the right speaker, no statement may go to a speaker who does not speak
 * in that file, and no non-Russian speaker may be marked Russian. The article bodies are cut from the
 * files by hand here (the chrome remover does this in the pipeline).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tenureConstraints } from '../speakers/tenure';
import { extractStatements } from './index';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../../../../shared/corpus');
const seedsDir = resolve(corpus, 'seeds');

interface Seed {
  file: string;
  from: string;
  to: string | null;
  drop: string[];
  headline: string | null;
  subheads: string[];
}

const SEEDS: Seed[] = [
  {
    file: '000_61c6d0c0c15cf111.txt',
    from: 'أكد أناتولي',
    to: 'المصدر: تاس',
    drop: ['الدفاع الروسية: موسكو مستعدة', 'MAXIM ZMEYEV'],
    headline: 'الدفاع الروسية: موسكو مستعدة للعمل مع واشنطن على التسوية في سوريا',
    subheads: [],
  },
  {
    file: '001_62a002b87947c43e.txt',
    from: 'أكدت وزارة الخارجية',
    to: 'المصدر: وكالات',
    drop: ['موسكو: جميع خطواتنا', 'RIA NOVOSTI'],
    headline: 'موسكو: جميع خطواتنا في سوريا ترمي إلى المساهمة في التسوية السياسية بالبلاد',
    subheads: ['موسكو منفتحة على التعاون', 'الخارجية الروسية: سلاح الجو'],
  },
  { file: '002_b35af55de502860c.txt', from: 'قال أناتولي', to: null, drop: [], headline: null, subheads: [] },
  {
    file: '003_d6c00d9b6c816f3c.txt',
    from: 'موسكو – سانا',
    to: 'تابعوا آخر الأخبار',
    drop: [],
    headline: null,
    subheads: [],
  },
  {
    file: '004_a8f4b5e32d361335.txt',
    from: 'كشف الرئيس الروسي',
    to: 'التعليقات',
    drop: [],
    headline: 'بوتين يتكلم بصراحة عن التدخل العسكري ويؤكد الحل السلمي',
    subheads: ['تعرف بصري', 'لا نسعى لزعامة', 'جهود مكافحة الإرهاب', 'لقاء خاص بسوريا', 'نفي اتهامات'],
  },
];

const ws = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

function run(sd: Seed) {
  const raw = readFileSync(resolve(seedsDir, sd.file), 'utf8');
  const a = raw.indexOf(sd.from);
  const b = sd.to ? raw.indexOf(sd.to, a) : raw.length;
  const lines = raw
    .slice(a, b)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !sd.drop.some((d) => l.includes(d)));
  const body = lines.join('\n\n');
  const subheads = sd.subheads.map((h) => {
    const line = lines.find((l) => l.startsWith(h))!;
    const start = body.indexOf(line);
    return { text: line, start, end: start + line.length };
  });
  return { body, ...extractStatements({ body, language: 'ar', headline: sd.headline, subheads }) };
}

describe.skipIf(!existsSync(seedsDir))('seed files against the gold annotation', () => {
  const gold = existsSync(seedsDir)
    ? JSON.parse(readFileSync(resolve(corpus, 'seeds.gold.json'), 'utf8'))
    : { documents: [], speakers: {} };
  const results = SEEDS.map((sd) => ({
    sd,
    res: run(sd),
    doc: gold.documents.find((d: { file: string }) => d.file === sd.file),
  }));

  it('finds the gold statements with the right speaker (recall ≥ 0.95) and kind', () => {
    let found = 0;
    let kinds = 0;
    let total = 0;
    const missed: string[] = [];
    for (const { res, doc } of results) {
      for (const g of [...doc.statements, ...(doc.non_russian_statements ?? [])]) {
        total++;
        const name = gold.speakers[g.speaker].name_en;
        const anchor = ws(g.anchor);
        const hits = res.statements.filter(
          (s) =>
            s.speaker.nameEn === name && (ws(s.text).includes(anchor) || ws(s.quote ?? '').includes(anchor)),
        );
        if (hits.length) found++;
        else missed.push(`${doc.file} ${g.speaker}: ${anchor}`);
        if (hits.some((s) => s.kind === g.kind)) kinds++;
      }
    }
    expect(found / total, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(kinds / total).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no statement to someone who does not speak in the file (precision ≥ 0.95)', () => {
    let bad = 0;
    let total = 0;
    for (const { res, doc } of results) {
      const speakers = new Set(
        [...doc.statements, ...(doc.non_russian_statements ?? [])].map((g: { speaker: string }) => g.speaker),
      );
      for (const s of res.statements) {
        total++;
        if (!s.speaker.id || !speakers.has(s.speaker.id)) bad++;
      }
    }
    expect(total).toBeGreaterThan(50);
    expect((total - bad) / total).toBeGreaterThanOrEqual(0.95);
  });

  it('marks no non-Russian speaker as Russian and keeps offsets exact', () => {
    for (const { res } of results) {
      for (const s of res.statements) {
        const g = s.speaker.id ? gold.speakers[s.speaker.id] : null;
        if (g && !g.russian_official) expect(s.speaker.russianOfficial).toBe(false);
        if (s.field !== 'headline') expect(res.body.slice(s.start, s.end)).toBe(s.text);
      }
    }
    const w = results[4].res.statements.filter(
      (s) => s.speaker.id === 'warren' || s.speaker.id === 'us-military',
    );
    expect(w.length).toBe(3);
  });

  it('derives the tenure bounds the gold date reasoning uses', () => {
    const c0 = tenureConstraints(results[0].res.mentions);
    expect(c0).toEqual(
      expect.arrayContaining([expect.objectContaining({ after: '2011-02-04', before: '2016-12-28' })]),
    );
    const c4 = tenureConstraints(results[4].res.mentions).map((c) => c.why);
    expect(c4.some((w) => w.includes('Medvedev') && w.includes('2012-05-08'))).toBe(true);
    expect(c4.some((w) => w.includes('Warren'))).toBe(true);
    const c3 = tenureConstraints(results[3].res.mentions).map((c) => c.why);
    expect(c3.some((w) => w.includes('Lavrov'))).toBe(false);
  });
});
