/**
 * Script (Node only, not a test, not imported by the app): guards query-path optimisations
 * against changing results. `record` writes, for every query of a benchmark query set (plus a
 * few with phrases, exclusions, facets and dates), the total, the first-20 hit ids and a hash of
 * the full first and third pages (hits, scores, highlights), facet counts, notes and undated
 * count; `check` recomputes them and lists every query that differs (exit code 1).
 *
 *   npx tsx src/cli/search-results-check.ts record <dir> <baseline.json>
 *   npx tsx src/cli/search-results-check.ts check <dir> <baseline.json>
 *
 * <dir> holds articles.jsonl and queries.json as node-compare.ts reads them (src/cli/bench.ts
 * writes them to bench/tmp/<size>/ and keeps them with --keep).
 */

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEAKERS } from '../lib/extract/speakers/speaker-list';
import type { Article } from '../lib/model/article';
import { speakerSpellingsFrom } from '../lib/search/article-docs';
import { SearchEngine } from '../lib/search/engine';

const EXTRA = [
  'سوريا',
  'لافروف سوريا',
  'Lavrov',
  'Лавров',
  '"وزير الخارجية"',
  '"التسوية السياسية"',
  'مجلس الأمن',
  'بوتين -أوكرانيا',
  'بوتين -سوريا',
  'speaker:lavrov',
  'speaker:putin سوريا',
  'kind:quote',
  'official:yes موسكو',
  'outlet:sana',
  'outlet:rt دمشق',
  'from:2016 to:2016 سوريا',
  'from:2015-09 to:2015-12',
  'lang:ar type:article موسكو',
  'lang:en Moscow',
  'type:statement لافروف',
  '"وقف إطلاق النار"',
  'zzzz',
  '1234',
  'الأسد',
  'حلب -"وزير الخارجية"',
  'Putin Syria',
  '"Sergei Lavrov"',
  'سوريا موسكو دمشق',
  'speaker:Лавров',
  'official:no',
  '',
];

interface Snapshot {
  q: string;
  total: number;
  ids: string[];
  hash: string;
}

function snapshot(dir: string): Snapshot[] {
  const articles = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Article);
  const { queries } = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as {
    queries: { q: string }[];
  };
  const engine = new SearchEngine({ speakerSpellings: speakerSpellingsFrom(SPEAKERS) });
  for (const a of articles) engine.add(a);
  return [...queries.map((q) => q.q), ...EXTRA].map((q) => {
    const r = engine.search(q, { limit: 20 });
    const third = engine.search(q, { limit: 20, offset: 40 });
    const full = { hits: r.hits, facets: r.facets, u: r.undatedExcluded, notes: r.notes, p3: third.hits };
    return {
      q,
      total: r.total,
      ids: r.hits.map((h) => `${h.articleId}#${h.statementIndex ?? ''}`),
      hash: createHash('sha1').update(JSON.stringify(full)).digest('hex'),
    };
  });
}

function main() {
  const [mode, dir, file] = process.argv.slice(2);
  if ((mode !== 'record' && mode !== 'check') || !dir || !file) {
    console.error('usage: results-check.ts record|check <dir> <baseline.json>');
    process.exit(2);
  }
  const now = snapshot(dir);
  if (mode === 'record') {
    writeFileSync(file, JSON.stringify(now, null, 1));
    console.log(`recorded ${now.length} queries`);
    return;
  }
  const base = JSON.parse(readFileSync(file, 'utf8')) as Snapshot[];
  let ids = 0;
  let rest = 0;
  for (let i = 0; i < Math.max(base.length, now.length); i++) {
    const a = base[i];
    const b = now[i];
    if (!a || !b || a.q !== b.q || a.total !== b.total || a.ids.join() !== b.ids.join()) {
      ids++;
      console.log(`DIFFERS (total or first 20): ${a?.q ?? b?.q}  ${a?.total} → ${b?.total}`);
    } else if (a.hash !== b.hash) {
      rest++;
      console.log(`DIFFERS (hits, highlights or facets): ${a.q}`);
    }
  }
  console.log(
    `${base.length} queries: ${ids} differ in total/first-20 ids, ${rest} more in hits/highlights/facets`,
  );
  process.exitCode = ids || rest ? 1 : 0;
}

main();
