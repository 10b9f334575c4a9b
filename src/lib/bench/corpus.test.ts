import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEEDS_DIR } from '../../cli/eval-run';
import { generateCorpus } from './corpus';
import { SPEAKER_BY_ID, postIn } from './speakers';
import { foldWord } from './template';

const seedTexts = readdirSync(DEFAULT_SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(DEFAULT_SEEDS_DIR, f), 'utf8'));

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (s: string) => new Set(foldWord(s).match(WORD) ?? []);

describe('generateCorpus', () => {
  const corpus = generateCorpus({ size: 400, seed: 42, seedTexts });

  it('is deterministic for a seed and differs across seeds', () => {
    const again = generateCorpus({ size: 400, seed: 42, seedTexts });
    expect(again).toEqual(corpus);
    const other = generateCorpus({ size: 400, seed: 43, seedTexts });
    expect(other.articles.map((a) => a.text)).not.toEqual(corpus.articles.map((a) => a.text));
    // A smaller corpus of the same seed is a prefix of the larger one's articles.
    const small = generateCorpus({ size: 50, seed: 42, seedTexts });
    expect(small.articles.map((a) => a.name)).toEqual(corpus.articles.slice(0, 50).map((a) => a.name));
  });

  it('mixes languages, outlets and near-duplicates', () => {
    const count = (f: (t: (typeof corpus.articles)[number]['truth']) => boolean) =>
      corpus.articles.filter((a) => f(a.truth)).length;
    expect(count((t) => t.language === 'ar')).toBeGreaterThan(250);
    expect(count((t) => t.language === 'en')).toBeGreaterThan(15);
    expect(count((t) => t.language === 'ru')).toBeGreaterThan(15);
    expect(count((t) => t.nearDuplicateOf !== null)).toBeGreaterThan(15);
    for (const o of ['RT Arabic', 'SANA', 'Elaph', 'Reuters', 'TASS', 'RIA Novosti', null])
      expect(count((t) => t.outlet === o)).toBeGreaterThan(0);
  });

  it('gives truth that the text bears out', () => {
    const names = new Set(corpus.articles.map((a) => a.name));
    for (const { name, text, truth } of corpus.articles) {
      expect(truth.date, name).toMatch(/^20(1[2-9]|2[0-4])-\d\d-\d\d$/);
      const year = Number(truth.date.slice(0, 4));
      expect(truth.speakers.length, name).toBeGreaterThan(0);
      const main = SPEAKER_BY_ID.get(truth.speakers[0])!;
      expect(postIn(main, year), `${name}: ${main.id} holds a post in ${year}`).not.toBeNull();
      for (const id of truth.speakers) {
        const spellings = SPEAKER_BY_ID.get(id)![truth.language].last;
        expect(
          spellings.some((s) => text.includes(s)),
          `${name} names ${id}`,
        ).toBe(true);
      }
      const words = wordsOf(text);
      for (const p of truth.places) expect(words.has(foldWord(p)), `${name} has ${p}`).toBe(true);
      if (truth.headline) expect(text).toContain(truth.headline);
      if (truth.syria) expect(text).toContain(truth.syria);
      if (truth.outlet === 'RT Arabic') expect(text).toContain('أين يمكنك متابعتنا');
      if (truth.outlet === 'SANA') expect(text).toContain('– سانا');
      if (truth.outlet === 'Elaph') expect(text).toContain('إضغط هنا للإشتراك');
      if (truth.nearDuplicateOf) {
        expect(names.has(truth.nearDuplicateOf)).toBe(true);
        expect(truth.nearDuplicateOf < name).toBe(true);
      }
    }
  });

  it('writes the weekday of the true date when it writes a day and month', () => {
    const weekdays = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
    const months = [
      'يناير',
      'فبراير',
      'مارس',
      'أبريل',
      'مايو',
      'يونيو',
      'يوليو',
      'أغسطس',
      'سبتمبر',
      'أكتوبر',
      'نوفمبر',
      'ديسمبر',
    ];
    let checked = 0;
    for (const { text, truth } of corpus.articles) {
      if (truth.language !== 'ar') continue;
      const d = new Date(truth.date + 'T00:00:00Z');
      const phrase = `${weekdays[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]}`;
      if (text.includes(phrase)) checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('lists queries whose expected articles hold the answer', () => {
    expect(corpus.queries.length).toBeGreaterThan(30);
    const byName = new Map(corpus.articles.map((a) => [a.name, a]));
    for (const q of corpus.queries) {
      expect(q.expectedNames.length, q.q).toBeGreaterThan(0);
      for (const n of q.expectedNames) {
        const a = byName.get(n)!;
        expect(a.truth.language).toBe(q.language);
        if (q.kind === 'word') expect(wordsOf(a.text).has(foldWord(q.q)), `${n} / ${q.q}`).toBe(true);
        if (q.kind === 'variant') expect(a.text.includes('سوريا') || a.text.includes('سورية')).toBe(true);
      }
      if (q.kind === 'speaker') {
        const speaker = [...SPEAKER_BY_ID.values()].find((s) => s[q.language].last.includes(q.q))!;
        const want = corpus.articles
          .filter((a) => a.truth.language === q.language && a.truth.speakers.includes(speaker.id))
          .map((a) => a.name);
        expect(q.expectedNames).toEqual(want);
      }
    }
  });

  it('generates 10,000 articles quickly enough for a benchmark', () => {
    const big = generateCorpus({ size: 10_000, seed: 1, seedTexts });
    expect(big.articles).toHaveLength(10_000);
    expect(new Set(big.articles.map((a) => a.name)).size).toBe(10_000);
  });
});
