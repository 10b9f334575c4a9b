/**
 * Turns the seed files into material for the benchmark corpus: their article paragraphs become
 * templates (the seed's speakers' names and titles become slots {P} {P.title} {S.last}…, the
 * publication weekday {WD}, سوريا/سورية {SY}), grouped by the main speaker's gender so the verbs
 * still agree; related-headline lines of RT-style tails and reader comments of Elaph-style tails
 * are kept for the generated chrome. Paragraphs that name a day and month are left out: their
 * dates belong to the seed's story, not to the generated one.
 */

import { SEED_SPEAKER_FORMS } from './speakers';
import { parseTemplate } from './template';
import type { Template } from './template';

export interface SeedPool {
  male: Template[];
  female: Template[];
  related: string[];
  comments: string[];
}

const FEMALE_SEED_SPEAKERS = new Set(['zakharova']);
const MONTH_DATE =
  /\d\s*(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)/;
const SY = /(?<![\p{L}])([وفبل]?)(?:سوريا|سورية)(?![\p{L}])/gu;

interface Form {
  text: string;
  id: string;
  field: 'title' | 'full' | 'last';
}

/** Every written form of every seed speaker, longest first (so "نائب وزير…" wins over "وزير…"). */
const FORMS: Form[] = SEED_SPEAKER_FORMS.flatMap((s) => [
  ...s.titles.map((text) => ({ text, id: s.id, field: 'title' as const })),
  ...s.full.map((text) => ({ text, id: s.id, field: 'full' as const })),
  ...s.last.map((text) => ({ text, id: s.id, field: 'last' as const })),
]).sort((a, b) => b.text.length - a.text.length);

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The seed's speakers, main one first (most named), then by first appearance. */
function castOf(text: string): string[] {
  const score = new Map<string, { n: number; first: number }>();
  for (const f of FORMS) {
    if (f.field === 'title') continue;
    const first = text.indexOf(f.text);
    if (first < 0) continue;
    const cur = score.get(f.id) ?? { n: 0, first };
    score.set(f.id, { n: cur.n + countOf(text, f.text), first: Math.min(cur.first, first) });
  }
  const ids = [...score.keys()];
  if (ids.length === 0) return [];
  const main = ids.reduce((a, b) => (score.get(b)!.n > score.get(a)!.n ? b : a));
  return [main, ...ids.filter((i) => i !== main).sort((a, b) => score.get(a)!.first - score.get(b)!.first)];
}

/** Replaces the seed speakers' forms by slots; forms already replaced are not matched again. */
function slotted(par: string, cast: string[]): string {
  const parts: string[] = [par];
  for (const f of FORMS) {
    const role = cast.indexOf(f.id);
    if (role < 0) continue;
    const who = ['P', 'S', 'T'][Math.min(role, 2)];
    const slot = f.field === 'full' ? `{${who}}` : `{${who}.${f.field}}`;
    for (let i = 0; i < parts.length; i += 2) {
      const pieces = parts[i].split(f.text);
      if (pieces.length === 1) continue;
      const spliced: string[] = [];
      pieces.forEach((p, k) => {
        if (k > 0) spliced.push(slot);
        spliced.push(p);
      });
      parts.splice(i, 1, ...spliced);
      i += spliced.length - 1;
    }
  }
  return parts
    .join('')
    .replace(SY, '$1{SY}')
    .replace(/الثلاثاء/g, '{WD}');
}

function isParagraph(line: string): boolean {
  if (line.length < 60 || /https?:|تابعوا|تابعونا|\{|\}/.test(line)) return false;
  if (!/[.:"”»]$/.test(line)) return false;
  return line.split(/\s+/).length >= 12 && !MONTH_DATE.test(line);
}

export function buildSeedPool(seedTexts: readonly string[], places: ReadonlySet<string>): SeedPool {
  const pool: SeedPool = { male: [], female: [], related: [], comments: [] };
  const seen = new Set<string>();
  for (const text of seedTexts) {
    const lines = text.split(/\r\n?|\n/).map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim());
    const cut = lines.indexOf('التعليقات');
    const cast = castOf(text);
    const female = cast.length > 0 && FEMALE_SEED_SPEAKERS.has(cast[0]);
    for (const line of cut >= 0 ? lines.slice(0, cut) : lines) {
      // Seeds retelling one story share paragraphs up to punctuation: keep one of each.
      const key = line.replace(/[^\p{L}]+/gu, '').slice(0, 50);
      if (!isParagraph(line) || seen.has(key)) continue;
      seen.add(key);
      (female ? pool.female : pool.male).push(parseTemplate(slotted(line, cast), places));
    }
    if (cut < 0) continue;
    const rtStyle = lines.includes('أين يمكنك متابعتنا');
    for (const line of lines.slice(cut + 1)) {
      if (line === '') continue;
      if (rtStyle) pool.related.push(line);
      else if (/^[^\s-][^-.!?؟:]{0,40} -\S/u.test(line)) pool.comments.push(line);
    }
  }
  return pool;
}
