import { describe, expect, it } from 'vitest';
import { articleId } from '../model/ids';
import { decodeFragment, encodeFragment } from './codec';
import type { CompareItem, CompareView } from './spec';
import { AR_TEXT, AR_TEXT_2, EN_TEXT, RU_TEXT, itemOf, statementsView, versionsView } from './test-fixtures';
import { base64urlEncode, deflateRaw, utf8Bytes } from './transport';
import { classifyItem, findStatement, resolveItems, verifyEmbedded } from './verify';

describe('verifyEmbedded', () => {
  it('texts in Arabic, English and Russian match their content ids', async () => {
    for (const t of [AR_TEXT, AR_TEXT_2, EN_TEXT, RU_TEXT])
      expect(await verifyEmbedded(await itemOf(t))).toBe('matches');
  });

  it('a text altered by one letter no longer matches its id', async () => {
    const item = await itemOf(AR_TEXT);
    expect(await verifyEmbedded({ ...item, text: AR_TEXT.replace('لا حل عسكريا', 'لا حل إلا عسكريا') })).toBe(
      'text-differs-from-id',
    );
    expect(await verifyEmbedded({ ...item, articleId: await articleId(EN_TEXT) })).toBe(
      'text-differs-from-id',
    );
  });

  it('line endings and runs of spaces do not count (as for content ids)', async () => {
    const item = await itemOf(EN_TEXT);
    expect(await verifyEmbedded({ ...item, text: EN_TEXT.replace(/\n/g, '\r\n').replace(/ /g, '  ') })).toBe(
      'matches',
    );
  });

  it('a statement the text does not contain is caught; tidied punctuation is not', async () => {
    const item = await itemOf(AR_TEXT, { statementIndex: 0 });
    const forged = { ...item, statementText: 'قال لافروف إن روسيا ستنسحب من سوريا' };
    expect(await verifyEmbedded(forged)).toBe('statement-not-in-text');
    const tidied = {
      ...item,
      statementText: 'قال وزير الخارجية الروسي سيرغي لافروف إن لا حل عسكريا للأزمة في سوريا',
    };
    expect(await verifyEmbedded(tidied)).toBe('matches');
  });

  it('is null without an embedded text, and uses the id function given', async () => {
    expect(await verifyEmbedded({ articleId: 'a' + '0'.repeat(24) })).toBeNull();
    const calls: string[] = [];
    const fake = async (t: string) => (calls.push(t), 'a' + '0'.repeat(24));
    expect(await verifyEmbedded({ articleId: 'a' + '0'.repeat(24), text: 'x' }, fake)).toBe('matches');
    expect(calls).toEqual(['x']);
  });
});

describe('classifyItem / resolveItems', () => {
  it('tells the four cases apart', async () => {
    const item = await itemOf(RU_TEXT);
    const ref: CompareItem = { articleId: item.articleId };
    expect(classifyItem(item, RU_TEXT)).toBe('in-library');
    expect(classifyItem(item, RU_TEXT.replace(/\n/g, '\r\n'))).toBe('in-library');
    expect(classifyItem(item, RU_TEXT + ' Дополнение.')).toBe('library-differs');
    expect(classifyItem(item, undefined)).toBe('from-link');
    expect(classifyItem(ref, RU_TEXT)).toBe('in-library');
    expect(classifyItem(ref, undefined)).toBe('missing');
  });

  it('resolves every item of a decoded link against a library', async () => {
    const view = await versionsView([AR_TEXT, AR_TEXT_2, EN_TEXT, RU_TEXT]);
    // A hand-crafted link: item 3 claims RU_TEXT's id for other words; the library has AR_TEXT and,
    // under EN_TEXT's id, a different text.
    const crafted = structuredClone(view);
    crafted.spec.items[3].text = 'Лавров заявил, что войска останутся.';
    const payload = base64urlEncode(deflateRaw(utf8Bytes(JSON.stringify(crafted))));
    const r = await decodeFragment('#c=1.' + payload);
    if (!r.ok) throw new Error(r.notice);
    const library = new Map([
      [view.spec.items[0].articleId, AR_TEXT],
      [view.spec.items[2].articleId, 'another text'],
    ]);
    const statuses = await resolveItems((r.state as CompareView).spec.items, async (id) => library.get(id));
    expect(statuses).toEqual([
      { source: 'in-library', embedded: 'matches' },
      { source: 'from-link', embedded: 'matches' },
      { source: 'library-differs', embedded: 'matches' },
      { source: 'from-link', embedded: 'text-differs-from-id' },
    ]);
  });

  it('a reference-only link resolves to the library or to missing', async () => {
    const view = await versionsView([AR_TEXT, EN_TEXT]);
    const r = await decodeFragment(await encodeFragment(view, { embed: false }));
    if (!r.ok) throw new Error(r.notice);
    const statuses = await resolveItems((r.state as CompareView).spec.items, (id) =>
      id === view.spec.items[1].articleId ? EN_TEXT : undefined,
    );
    expect(statuses).toEqual([
      { source: 'missing', embedded: null },
      { source: 'in-library', embedded: null },
    ]);
  });

  it('statements links verify each statement against its article', async () => {
    const view = await statementsView();
    const r = await decodeFragment(await encodeFragment(view));
    if (!r.ok) throw new Error(r.notice);
    const statuses = await resolveItems((r.state as CompareView).spec.items, () => undefined);
    expect(statuses.map((s) => s.embedded)).toEqual(['matches', 'matches', 'matches', 'matches']);
  });
});

describe('findStatement', () => {
  const statements = [
    { text: 'Лавров сказал: «Нет».' },
    { text: 'Захарова заявила, что «да».' },
    { text: 'Песков отметил: «Может быть».' },
  ];
  const id = 'a' + '0'.repeat(24);

  it('keeps the index when the words agree, else finds the same words elsewhere', () => {
    expect(
      findStatement(statements, {
        articleId: id,
        statementIndex: 1,
        statementText: 'Захарова заявила, что «да».',
      }),
    ).toBe(1);
    expect(
      findStatement(statements, {
        articleId: id,
        statementIndex: 0,
        statementText: 'Захарова заявила, что "да"',
      }),
    ).toBe(1);
    expect(
      findStatement(statements, { articleId: id, statementIndex: 5, statementText: 'Песков отметил' }),
    ).toBe(2);
    expect(
      findStatement(statements, { articleId: id, statementIndex: 0, statementText: 'Шойгу молчал.' }),
    ).toBe(-1);
  });

  it('without the words, trusts the index if it exists', () => {
    expect(findStatement(statements, { articleId: id, statementIndex: 2 })).toBe(2);
    expect(findStatement(statements, { articleId: id, statementIndex: 3 })).toBe(-1);
    expect(findStatement(statements, { articleId: id, statementIndex: 0, statementText: '«…»' })).toBe(0);
  });
});
