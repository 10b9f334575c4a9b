import { describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { memoryStores, seeds } from './test-stores';
import { DEFAULT_COMPARE_OPTIONS, type CompareSpec } from '../lib/share/spec';

async function loaded() {
  const h = createHandlers(memoryStores());
  const res = await h.ingest({ files: seeds() }, () => {});
  const byFile = (prefix: string) => res.library.articles.find((a) => a.file.startsWith(prefix))!;
  return { h, byFile };
}

describe('compare request', () => {
  it('compares the versions of the Antonov story (seeds 000 and 002) from the library', async () => {
    const { h, byFile } = await loaded();
    const a0 = await h.article({ articleId: byFile('000').id }, () => {});
    expect(a0!.story).toContain(byFile('002').id);
    const spec: CompareSpec = {
      mode: 'versions',
      items: [{ articleId: byFile('000').id }, { articleId: byFile('002').id }],
      options: { ...DEFAULT_COMPARE_OPTIONS },
    };
    const r = await h.compare({ spec }, () => {});
    expect(r.items.map((i) => i.status.source)).toEqual(['in-library', 'in-library']);
    expect(r.versions!.summary.meaningChanges[0].kinds).toContain('negation');
    expect(r.versions!.summary.similarity).toBeGreaterThan(50);
    expect(r.items[0].embed!.text).toBe(a0!.article.raw);
  });

  it('shows a link’s texts in an empty library, marked from the link, with the same comparison', async () => {
    const { h, byFile } = await loaded();
    const spec: CompareSpec = {
      mode: 'versions',
      items: [{ articleId: byFile('000').id }, { articleId: byFile('002').id }],
      options: { ...DEFAULT_COMPARE_OPTIONS },
    };
    const here = await h.compare({ spec }, () => {});
    const empty = createHandlers(memoryStores());
    const linked = { ...spec, items: here.items.map((i) => i.embed!) };
    const there = await empty.compare({ spec: linked }, () => {});
    expect(there.items.map((i) => i.status)).toEqual([
      { source: 'from-link', embedded: 'matches' },
      { source: 'from-link', embedded: 'matches' },
    ]);
    expect(there.versions!.summary.similarity).toBe(here.versions!.summary.similarity);
    const short = await empty.compare({ spec }, () => {});
    expect(short.items.map((i) => i.status.source)).toEqual(['missing', 'missing']);
    expect(short.versions).toBeNull();
    const tampered = { ...linked, items: [{ ...linked.items[0], text: linked.items[0].text + ' x' }, linked.items[1]] };
    const bad = await empty.compare({ spec: tampered }, () => {});
    expect(bad.items[0].status.embedded).toBe('text-differs-from-id');
  });

  it('puts statements side by side and suggests related ones', async () => {
    const { h, byFile } = await loaded();
    const a = byFile('000');
    const b = byFile('003');
    const spec: CompareSpec = {
      mode: 'statements',
      items: [
        { articleId: a.id, statementIndex: 0 },
        { articleId: b.id, statementIndex: 0 },
      ],
      options: { ...DEFAULT_COMPARE_OPTIONS, sort: 'date' },
    };
    const r = await h.compare({ spec }, () => {});
    expect(r.statements!.rows).toHaveLength(2);
    expect(r.statementItems).toEqual([0, 1]);
    expect(r.items[0].embed!.statementText).toBeTruthy();
    // Related to either compared statement, found through the search index: Syromolotov's other
    // statements (the second item's speaker) and, for the first item (Moscow ready to work with
    // Washington), Antonov's statement saying so, once although 000 and 002 both carry it.
    expect(r.related.some((x) => x.sameSpeaker && x.speaker === 'Oleg Syromolotov')).toBe(true);
    const ready = r.related.filter((x) => x.text.includes('موسكو لا تزال مستعدة'));
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ speaker: 'Anatoly Antonov', sameSpeaker: false });
    expect(ready[0].shared).toEqual(expect.arrayContaining(['واشنطن']));
    const compared = new Set(r.statements!.rows.map((row) => row.text));
    expect(r.related.every((x) => !compared.has(x.text))).toBe(true);
    expect(new Set(r.related.map((x) => x.text)).size).toBe(r.related.length);
  });
});
