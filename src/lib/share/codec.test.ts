import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleId } from '../model/ids';
import { decodeFragment, encodeFragment, FORMAT_VERSION, ShareLinkError } from './codec';
import { LIMITS, type CompareView, type SharedView, type ViewState } from './spec';
import {
  AR_TEXT,
  AR_TEXT_2,
  EN_TEXT,
  RU_TEXT,
  statementsView,
  timelineView,
  versionsView,
} from './test-fixtures';
import {
  base64urlDecode,
  base64urlEncode,
  deflateRaw,
  inflateBounded,
  utf8Bytes,
  utf8Text,
} from './transport';

async function roundTrip(state: SharedView, embed = true): Promise<ViewState> {
  const hash = await encodeFragment(state, { embed });
  const r = await decodeFragment(hash);
  if (!r.ok) throw new Error(r.notice);
  expect(r.version).toBe(FORMAT_VERSION);
  return r.state;
}

/** The JSON inside a fragment. */
function payloadOf(hash: string): unknown {
  const bytes = inflateBounded(base64urlDecode(hash.slice(hash.indexOf('.') + 1))!, 1 << 24);
  if (!bytes.ok) throw new Error('bad payload');
  return JSON.parse(utf8Text(bytes.bytes)!);
}

describe('encodeFragment / decodeFragment round-trips', () => {
  it('keeps embedded Arabic, English and Russian texts and their metadata exactly', async () => {
    const state = await versionsView([AR_TEXT, EN_TEXT, RU_TEXT, AR_TEXT_2]);
    const hash = await encodeFragment(state);
    expect(hash).toMatch(/^#c=1\.[A-Za-z0-9_-]+$/);
    expect(await roundTrip(state)).toEqual(state);
  });

  it('reference-only links carry ids, indexes and options only, and are short', async () => {
    const state = await statementsView();
    const back = await roundTrip(state, false);
    expect(back).toEqual({
      view: 'compare',
      spec: {
        mode: 'statements',
        items: state.spec.items.map((i) => ({ articleId: i.articleId, statementIndex: i.statementIndex })),
        options: { base: 1, hideSpelling: true, sort: 'date' },
      },
    });
    const two = await versionsView([AR_TEXT, AR_TEXT_2]);
    const ref = await encodeFragment(two, { embed: false });
    expect(ref.length).toBeLessThan(200);
    expect(ref.length).toBeLessThan((await encodeFragment(two)).length / 2);
  });

  it('statements: an article shared by several items travels once and is lent back on decode', async () => {
    const state = await statementsView();
    const hash = await encodeFragment(state);
    const wire = payloadOf(hash) as { spec: { items: { text?: string }[] } };
    expect(wire.spec.items.map((i) => i.text !== undefined)).toEqual([true, false, true, true]);
    expect(await roundTrip(state)).toEqual(state);
  });

  it('round-trips timeline views, with and without optional fields', async () => {
    const full = timelineView();
    expect(await roundTrip(full)).toEqual(full);
    const bare: SharedView = {
      view: 'timeline',
      spec: { lanes: 'speaker', speakers: [], officialsOnly: false, hidden: [], pinned: [] },
    };
    expect(await roundTrip(bare)).toEqual(bare);
    expect((await encodeFragment(bare)).startsWith('#t=1.')).toBe(true);
  });

  it('leaves defaults out of the payload and fills them back', async () => {
    const state = await versionsView([EN_TEXT, RU_TEXT]);
    const wire = payloadOf(await encodeFragment(state, { embed: false }));
    expect(wire).toEqual({
      view: 'compare',
      spec: { mode: 'versions', items: state.spec.items.map((i) => ({ articleId: i.articleId })) },
    });
    expect(await roundTrip(state, false)).toEqual({
      view: 'compare',
      spec: {
        mode: 'versions',
        items: state.spec.items.map((i) => ({ articleId: i.articleId })),
        options: state.spec.options,
      },
    });
  });

  it('is deterministic, so the same view gives the same URL (no needless history entries)', async () => {
    const a = await encodeFragment(await versionsView([AR_TEXT, EN_TEXT]));
    const b = await encodeFragment(await versionsView([AR_TEXT, EN_TEXT]));
    expect(a).toBe(b);
  });

  it('tidies display metadata into one line but never alters a text', async () => {
    const state = await versionsView([AR_TEXT]);
    state.spec.items[0].headline = 'عنوان\nعلى\u0000سطرين  ';
    const back = (await roundTrip(state)) as CompareView;
    expect(back.spec.items[0].headline).toBe('عنوان على سطرين');
    expect(back.spec.items[0].text).toBe(AR_TEXT);
  });
});

describe('encodeFragment refuses what decodeFragment would refuse', () => {
  it('texts over the bound, with control characters, or invalid views', async () => {
    const long = await versionsView(['س'.repeat(LIMITS.text + 1)]);
    await expect(encodeFragment(long)).rejects.toMatchObject({ reason: 'too-large' });
    expect((await encodeFragment(long, { embed: false })).length).toBeLessThan(200);
    const ctl = await versionsView(['bell\u0007']);
    await expect(encodeFragment(ctl)).rejects.toBeInstanceOf(ShareLinkError);
    const bad = await versionsView([AR_TEXT]);
    bad.spec.items[0].articleId = 'a123';
    await expect(encodeFragment(bad)).rejects.toMatchObject({ reason: 'invalid' });
    const five = await versionsView([AR_TEXT, AR_TEXT_2, EN_TEXT, RU_TEXT, 'x']);
    await expect(encodeFragment(five)).rejects.toMatchObject({ reason: 'invalid' });
  });

  it('a payload too large to inflate safely is refused before it becomes a link', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `${i} ` + 'ж'.repeat(LIMITS.text - 10));
    const items = await Promise.all(
      texts.map(async (text, i) => ({ articleId: await articleId(text), statementIndex: i, text })),
    );
    const state: SharedView = {
      view: 'compare',
      spec: { mode: 'statements', items, options: { base: 0, hideSpelling: false, sort: 'given' } },
    };
    await expect(encodeFragment(state)).rejects.toMatchObject({ reason: 'too-large' });
  });
});

/**
 * NOTE: produced once by encodeFragment (format 1) and pasted here. Never regenerate: these
 * strings stand for links already shared, which every later version must keep opening.
 */
const V1_COMPARE =
  '#c=1.fVJBi9NQEP4rj3fuSpKatsltDwqCIux6sx5ek0l8mCblJalKCbR1hbIIK171snpQFGHbpVBX7GF_weSW_BvnpQepyhJIZub7Zr5538uEjyU85y73kuFIKOAtno7A4-6EDxMfCBiDSmUSp4TIDIYpdx9PuFCZ9CK45xNBGEa7E3Q9z7Ec4Xcdx7badmAJgzoyeJERpZ5Xn-sTVp_QZ1Yt60U9c1mf65xV3wmpflSX9StCTqlSz-pTRvlil_f5rX5cv6aUKPR-w0yLVZ-I_pWyL9WSWYbZIbGnIPxIxnrpfaX_6-yOKp6B0qeNxRDuxNR6DCqEl-y-GKtkTByVRHriAxnLNAPFkoDdTRTIMGaHQSCkSnXpKE9TKTS9CeKHQSA9KSLuZiqHosV9kekxetUD0zgwLeImeRaB9ufoETtUYiA9KkYiDnMRarJQvGj9bXbb6dm-5bcdX_S6wW3L7nlBxx78MRvf4wWuyiluceWy62_4jqI1_qJni5e4ZQSty0VT2pRnDFcMzyma4gY3jIrrcn79kzzHD7gtZ3iFK7xoadOp_6qcl2e4LKfU-K_t-9LUd7NwI0UTbvQGP-Jb2u983xqV8-IJsUZZ82_SBQ5ESoBJ-0gfjkcQ0U7hzn666ETpWY1QURS_AQ';
const V1_REFERENCE =
  '#c=1.XY4xEsIgEEXvsjVFBDGBG1hbOhYbdlFmksAAxiLD3WUsrd-b__4Be-APWHBxTZgZBJTEDuwBayTuYOdcQtxKJ6HyWsDeD8Bcg1v4Sl3AYVAXPzpnpEEajdFSaS9xgCb-TWUmTZKUIZxGf5Z6cv6iZ2gPATHVX6enZyw9fRLwCsS3xMsStifYmt_c_8Vc-xhhZWitfQE';
const V1_TIMELINE =
  '#t=1.dcxNCsIwEAXgu8y6gbZBwVzCA0gXoU4gmCY1fyKli4ILb-La2zS3caTrzvJ7780EWeMDBEQ9oNEWoYIwYg9iAuXdQElbNwdWnxivKYtukyNrWsYbEiMtBkKXosFIcE_onwTltX7Ksn7LuyzbV3lDT9ULbbJ3GboKnFK619KEszU0ij5hBaO2Fq__omx3TnDo5vkH';

const FIXTURE_AR = 'قال لافروف: "لا حل عسكريا في سوريا".\nموسكو، 12 أكتوبر 2016';
const FIXTURE_RU = 'Лавров: «Военного решения в Сирии нет».\nМосква, 12 октября 2016';
const FIXTURE_IDS = ['a0036f7cc929ad7995235f2a0', 'a03985d2d39da87f4258cf65b'];
const FIXTURE_OPTIONS = { base: 1, hideSpelling: true, sort: 'date' };

describe('format versions', () => {
  it('a v1 comparison link made with the first release still opens, texts and all', async () => {
    const r = await decodeFragment(V1_COMPARE);
    expect(r).toEqual({
      ok: true,
      version: 1,
      state: {
        view: 'compare',
        spec: {
          mode: 'versions',
          items: [
            {
              articleId: FIXTURE_IDS[0],
              text: FIXTURE_AR,
              headline: 'لافروف: لا حل عسكريا',
              speaker: {
                nameEn: 'Sergey Lavrov',
                role: 'Minister of Foreign Affairs of Russia',
                russianOfficial: true,
              },
              date: '2016-10-12',
              outlet: 'RT Arabic',
              language: 'ar',
            },
            {
              articleId: FIXTURE_IDS[1],
              text: FIXTURE_RU,
              headline: 'Лавров: военного решения нет',
              date: '2016-10-12',
              outlet: 'ТАСС',
              language: 'ru',
            },
          ],
          options: FIXTURE_OPTIONS,
        },
      },
    });
    // The ids in the old link are still the content ids of its texts (ids.ts never changes).
    expect([await articleId(FIXTURE_AR), await articleId(FIXTURE_RU)]).toEqual(FIXTURE_IDS);
  });

  it('v1 reference-only and timeline links still open', async () => {
    expect(await decodeFragment(V1_REFERENCE)).toEqual({
      ok: true,
      version: 1,
      state: {
        view: 'compare',
        spec: {
          mode: 'versions',
          items: FIXTURE_IDS.map((articleId) => ({ articleId })),
          options: FIXTURE_OPTIONS,
        },
      },
    });
    expect(await decodeFragment(V1_TIMELINE)).toEqual({
      ok: true,
      version: 1,
      state: {
        view: 'timeline',
        spec: {
          from: '2015-09-30',
          to: '2016-12-31',
          lanes: 'outlet',
          query: 'لافروف',
          speakers: ['lavrov'],
          officialsOnly: true,
          hidden: [],
          pinned: ['a' + '2'.repeat(24) + ':3'],
        },
      },
    });
  });

  it('an unknown version gives a notice: newer ones ask for a reload, others are malformed', async () => {
    const payload = V1_REFERENCE.slice('#c=1.'.length);
    const newer = await decodeFragment('#c=2.' + payload);
    expect(newer).toMatchObject({ ok: false, reason: 'newer-version' });
    if (!newer.ok) expect(newer.notice).toMatch(/newer version/);
    for (const v of ['0', '01', '', '-1', '1e0', 'x', '9999999']) {
      expect(await decodeFragment(`#c=${v}.${payload}`)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });

  it('the kind letter must agree with the view inside', async () => {
    expect(await decodeFragment('#t' + V1_REFERENCE.slice(2))).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(await decodeFragment('#c' + V1_TIMELINE.slice(2))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await decodeFragment('#x' + V1_TIMELINE.slice(2))).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });

  it('a simple view inside the envelope is refused (the envelope is for comparison and timeline only)', async () => {
    const hash = '#c=1.' + base64urlEncode(deflateRaw(utf8Bytes(JSON.stringify({ view: 'lists' }))));
    expect(await decodeFragment(hash)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));

describe.skipIf(!existsSync(SEEDS))('link sizes with real Arabic articles (shared/corpus)', () => {
  it('two ~7 KB Arabic articles embedded make a link of a few KB; reference-only stays tiny', async () => {
    const texts = ['000_61c6d0c0c15cf111.txt', '001_62a002b87947c43e.txt'].map((f) =>
      readFileSync(SEEDS + f, 'utf8'),
    );
    const state = await versionsView(texts);
    const embedded = await encodeFragment(state);
    const reference = await encodeFragment(state, { embed: false });
    const utf8 = texts.reduce((n, t) => n + utf8Bytes(t).length, 0);
    console.info(
      `share link sizes: texts ${utf8} B UTF-8 → embedded ${embedded.length} chars, reference-only ${reference.length} chars`,
    );
    expect(embedded.length).toBeLessThan(utf8 / 2); // deflate more than pays for base64's 4/3
    expect(reference.length).toBeLessThan(200);
    expect(await roundTrip(state)).toEqual(state);
  });
});
