/**
 * generateCorpus: a deterministic, seeded corpus of news pages for benchmarks, built from the seed
 * files' paragraphs (passed in by the caller, so this module stays pure). Articles vary the
 * speaker (any of BENCH_SPEAKERS, spelled any of the ways sites spell them, with a title valid in
 * the article's year), the date and the way it is written, the outlet and its chrome, سوريا/سورية;
 * about 10% are English and 10% Russian (template sentences), and about 10% are near-duplicate
 * rewrites of an earlier article (other outlet or spelling, a paragraph dropped or moved). Each
 * article carries its truth; queries (queries.ts) list the articles a search must find.
 */

import { AR_DATE_FORMS, EN_DATE_FORMS, isoOf, randomDay } from './dates';
import { buildQueries } from './queries';
import type { BenchQuery } from './queries';
import { OUTLET_NAME, renderArticle } from './render';
import type { Lang, OutletStyle, Plan } from './render';
import { Rng } from './rng';
import { buildSeedPool } from './seed-pool';
import type { SeedPool } from './seed-pool';
import { BENCH_SPEAKERS, postIn } from './speakers';
import type { BenchSpeaker } from './speakers';
import { foldWord, parseTemplate } from './template';
import type { Template } from './template';
import { AR, AR_SUBHEADS, EN, RU } from './texts';
import type { LangTexts } from './texts';

export type { BenchQuery } from './queries';

export interface ArticleTruth {
  language: Lang;
  /** The outlet whose chrome the page carries; null for a bare page. */
  outlet: string | null;
  headline: string | null;
  /** Publication date (ISO) the page's date phrase stands for. */
  date: string;
  /** Speaker ids named (full name or surname) in the article, main speaker first. */
  speakers: string[];
  /** Place words (as in texts.ts) occurring as whole words in the article's own text. */
  places: string[];
  /** The spelling of Syria the Arabic text uses, or null. */
  syria: 'سوريا' | 'سورية' | null;
  /** Name of the article this one rewrites, or null. */
  nearDuplicateOf: string | null;
}

export interface BenchArticle {
  name: string;
  text: string;
  truth: ArticleTruth;
}

export interface CorpusOptions {
  size: number;
  seed: number;
  /** Texts of the seed files (the caller reads them). */
  seedTexts: readonly string[];
}

export interface Corpus {
  articles: BenchArticle[];
  queries: BenchQuery[];
}

interface LangMaterial {
  headlines: Template[];
  leads: Template[];
  body: Template[];
  /** Folded place word → as written. */
  places: Map<string, string>;
}

function material(t: LangTexts): LangMaterial {
  const places = new Map(t.places.map((p) => [foldWord(p), p]));
  const set = new Set(places.keys());
  const parse = (xs: string[]) => xs.map((x) => parseTemplate(x, set));
  return { headlines: parse(t.headlines), leads: parse(t.leads), body: parse(t.body), places };
}

const OUTLETS: Record<Lang, OutletStyle[]> = {
  ar: ['rt', 'rt', 'rt', 'sana', 'sana', 'elaph', 'elaph', 'plain', 'plain'],
  en: ['reuters', 'tass-en'],
  ru: ['ria', 'tass-ru'],
};

function castFor(rng: Rng, main: BenchSpeaker, year: number): string[] {
  const others = BENCH_SPEAKERS.filter((s) => s !== main && s.gender === 'm' && postIn(s, year) !== null);
  return [main.id, ...rng.sample(others, 2).map((s) => s.id)];
}

function newPlan(rng: Rng, lang: Lang, mat: LangMaterial, pool: SeedPool): Plan {
  const main = rng.pick(BENCH_SPEAKERS);
  const post = rng.pick(main.posts);
  const day = randomDay(rng, post.from, post.to);
  const outlet = rng.pick(OUTLETS[lang]);
  let body: Template[];
  const subheads: (string | null)[] = [];
  if (lang === 'ar') {
    const seedPars = main.gender === 'f' && pool.female.length ? pool.female : pool.male;
    body = [...rng.sample(seedPars, rng.int(8, 14)), ...rng.sample(mat.body, rng.int(1, 3))];
    body = rng.sample(body, body.length);
    for (let i = 0; i < body.length; i++)
      subheads.push(outlet === 'elaph' && i > 0 && rng.chance(0.2) ? rng.pick(AR_SUBHEADS) : null);
  } else {
    body = rng.sample(mat.body, rng.int(4, mat.body.length));
    for (let i = 0; i < body.length; i++) subheads.push(null);
  }
  return {
    lang,
    outlet,
    day,
    dateForm:
      lang === 'ar' ? rng.int(0, AR_DATE_FORMS - 1) : lang === 'en' ? rng.int(0, EN_DATE_FORMS - 1) : 0,
    cast: castFor(rng, main, day.y),
    headline: outlet === 'sana' || (outlet === 'plain' && rng.chance(0.5)) ? null : rng.pick(mat.headlines),
    lead: rng.pick(mat.leads),
    body,
    subheads,
    syria: rng.chance(0.5) ? 'سوريا' : 'سورية',
    spellSeed: rng.seed(),
  };
}

/** A rewrite of `p`: another spelling, maybe another outlet, a paragraph dropped or two swapped. */
function rewrite(rng: Rng, p: Plan, mat: LangMaterial): Plan {
  const body = p.body.slice();
  const subheads = p.subheads.slice();
  if (body.length > 3 && rng.chance(0.7)) {
    const i = rng.int(0, body.length - 1);
    body.splice(i, 1);
    subheads.splice(i, 1);
  }
  if (body.length > 2 && rng.chance(0.5)) {
    const i = rng.int(0, body.length - 2);
    [body[i], body[i + 1]] = [body[i + 1], body[i]];
  }
  const outlet = rng.chance(0.5) ? p.outlet : rng.pick(OUTLETS[p.lang]);
  return {
    ...p,
    outlet,
    headline:
      outlet === 'sana'
        ? null
        : rng.chance(0.3)
          ? rng.pick(mat.headlines)
          : (p.headline ?? rng.pick(mat.headlines)),
    body,
    subheads: outlet === 'elaph' ? subheads : subheads.map(() => null),
    syria: rng.chance(0.5) ? p.syria : p.syria === 'سوريا' ? 'سورية' : 'سوريا',
    spellSeed: rng.seed(),
  };
}

function truthOf(plan: Plan, headline: string | null, mat: LangMaterial, dupOf: string | null): ArticleTruth {
  const parts = [...(plan.headline ? [plan.headline] : []), plan.lead, ...plan.body];
  const roles = new Set(parts.flatMap((t) => t.roles));
  const places = new Set(parts.flatMap((t) => t.places));
  return {
    language: plan.lang,
    outlet: OUTLET_NAME[plan.outlet],
    headline,
    date: isoOf(plan.day),
    speakers: plan.cast.filter((_, i) => roles.has(i as 0 | 1 | 2)),
    places: [...places].map((p) => mat.places.get(p) ?? p),
    syria: plan.lang === 'ar' && parts.some((t) => t.sy) ? plan.syria : null,
    nearDuplicateOf: dupOf,
  };
}

export function generateCorpus(opts: CorpusOptions): Corpus {
  const rng = new Rng(opts.seed);
  const mats: Record<Lang, LangMaterial> = { ar: material(AR), en: material(EN), ru: material(RU) };
  const pool = buildSeedPool(opts.seedTexts, new Set(mats.ar.places.keys()));
  if (pool.male.length === 0) throw new Error('generateCorpus: the seed texts hold no usable paragraphs');
  const plans: Plan[] = [];
  const originals: number[] = [];
  const articles: BenchArticle[] = [];
  const width = Math.max(6, String(opts.size).length);
  for (let i = 0; i < opts.size; i++) {
    const name = `gen-${String(i).padStart(width, '0')}.txt`;
    let plan: Plan;
    let dupOf: string | null = null;
    if (originals.length > 0 && rng.chance(0.1)) {
      const k = originals[rng.int(0, originals.length - 1)];
      plan = rewrite(rng, plans[k], mats[plans[k].lang]);
      dupOf = articles[k].name;
    } else {
      const x = rng.next();
      plan = newPlan(
        rng,
        x < 0.8 ? 'ar' : x < 0.9 ? 'en' : 'ru',
        x < 0.8 ? mats.ar : x < 0.9 ? mats.en : mats.ru,
        pool,
      );
      originals.push(i);
    }
    plans.push(plan);
    const { text, headline } = renderArticle(plan, pool);
    articles.push({ name, text, truth: truthOf(plan, headline, mats[plan.lang], dupOf) });
  }
  return { articles, queries: buildQueries(articles, mats) };
}
