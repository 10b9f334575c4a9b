/**
 * Seeded fuzzing of the decoder: thousands of generated fragments — byte-level mutations of valid
 * links, structural mutations of their JSON (re-packed, so they reach restoreState), and random
 * strings — must each give ok or a notice, never an exception; and whatever decodes ok must be a
 * value restoreState would itself produce, within every bound.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../bench/rng';
import { decodeFragment, encodeFragment, type DecodeResult } from './codec';
import { restoreState } from './restore';
import { ARTICLE_ID, LIMITS, type ViewState } from './spec';
import { parseFragment } from './route';
import { AR_TEXT, EN_TEXT, RU_TEXT, statementsView, timelineView, versionsView } from './test-fixtures';
import { base64urlEncode, deflateRaw, utf8Bytes } from './transport';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const EXTRA = ['=', '+', '/', '.', '#', '%', ' ', '\u0000', 'ش', 'ж', '\ud800', '😀', '1', 'c', 't'];

function randomString(rng: Rng, n: number, alphabet: string): string {
  let s = '';
  for (let i = 0; i < n; i++)
    s += rng.chance(0.05) ? rng.pick(EXTRA) : alphabet[rng.int(0, alphabet.length - 1)];
  return s;
}

/** One to three byte-level edits of a fragment. */
function mutateString(rng: Rng, s: string): string {
  for (let k = rng.int(1, 3); k > 0; k--) {
    const at = rng.int(0, s.length);
    switch (rng.int(0, 6)) {
      case 0:
        s = s.slice(0, at);
        break; // truncate
      case 1:
        s = s.slice(0, at) + randomString(rng, rng.int(1, 8), B64) + s.slice(at);
        break;
      case 2:
        s = s.slice(0, at) + s.slice(at + rng.int(1, 16));
        break;
      case 3:
        s = s.slice(0, at) + randomString(rng, 1, B64) + s.slice(at + 1);
        break; // flip
      case 4:
        s = s.slice(0, at) + s.slice(rng.int(0, s.length));
        break; // splice
      case 5:
        s = s.replace(
          /^#[ct]=\d+\./,
          `#${rng.pick(['c', 't', 'x'])}=${rng.pick(['1', '2', '0', '01', '99'])}.`,
        );
        break;
      default:
        s = s + s.slice(rng.int(0, s.length));
        break; // duplicate tail
    }
  }
  return s;
}

const JUNK: (() => unknown)[] = [
  () => null,
  () => -1,
  () => 0,
  () => 1.5,
  () => 1e308,
  () => -0,
  () => 2 ** 53 + 1,
  () => '',
  () => true,
  () => '<script>alert(1)</script>',
  () => 'javascript:alert(1)',
  () => 'a\u0000b',
  () => 'x'.repeat(300_000),
  () => [],
  () => ({}),
  () => [[[[[[[[[[[[[[1]]]]]]]]]]]]]],
  () => ({ __proto__: { polluted: 1 } }),
  () => 'a' + 'f'.repeat(24),
  () => '2016-02-30',
  () => '2016-02-29',
  () => 'versions',
  () => 'statements',
  () => 'outlet',
  () => Array.from({ length: 30 }, () => 'a' + '0'.repeat(24)),
];

/** Replaces, deletes or adds one value somewhere in a JSON tree (in place). */
function mutateJson(rng: Rng, root: unknown): void {
  let node = root as Record<string, unknown>;
  for (let depth = 0; depth < 6; depth++) {
    const keys = Object.keys(node);
    if (!keys.length) break;
    const key = rng.pick(keys);
    const child = node[key];
    if (child && typeof child === 'object' && rng.chance(0.7)) {
      node = child as Record<string, unknown>;
      continue;
    }
    const op = rng.int(0, 3);
    if (op === 0) delete node[key];
    else if (op === 1)
      node[rng.pick(['__proto__', 'constructor', 'extra', 'text', 'base', 'view'])] = rng.pick(JUNK)();
    else node[key] = rng.pick(JUNK)();
    return;
  }
}

/** Everything a decoded state must satisfy. */
function checkInvariants(state: ViewState): void {
  expect(restoreState(state)).toEqual(state);
  if (state.view === 'compare') {
    const max = state.spec.mode === 'versions' ? LIMITS.versionsItems : LIMITS.statementsItems;
    expect(state.spec.items.length).toBeLessThanOrEqual(max);
    for (const it of state.spec.items) {
      expect(it.articleId).toMatch(ARTICLE_ID);
      expect((it.text ?? '').length).toBeLessThanOrEqual(LIMITS.text);
    }
  } else if (state.view === 'timeline') {
    for (const k of [...state.spec.hidden, ...state.spec.pinned]) {
      expect(k.length).toBeLessThanOrEqual(LIMITS.laneId);
      expect(k).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    }
  } else throw new Error('share links carry only compare and timeline views');
}

async function decodeChecked(hash: string, tally: { ok: number; refused: number }): Promise<DecodeResult> {
  let r: DecodeResult | undefined;
  try {
    r = await decodeFragment(hash);
  } catch (e) {
    throw new Error(`decodeFragment threw on ${JSON.stringify(hash.slice(0, 200))}: ${e}`);
  }
  if (r.ok) {
    tally.ok++;
    checkInvariants(r.state);
  } else {
    tally.refused++;
    expect(typeof r.notice).toBe('string');
    expect(r.notice.length).toBeGreaterThan(20);
  }
  return r;
}

describe('decoder fuzzing (seeded)', async () => {
  const states = [
    await versionsView([AR_TEXT, EN_TEXT]),
    await versionsView([RU_TEXT]),
    await statementsView(),
    timelineView(),
  ];
  const valid = [
    ...(await Promise.all(states.map((s) => encodeFragment(s)))),
    ...(await Promise.all(states.map((s) => encodeFragment(s, { embed: false })))),
  ];

  it('byte-level mutations of valid links', async () => {
    const rng = new Rng(20240607);
    const tally = { ok: 0, refused: 0 };
    for (let i = 0; i < 1500; i++) await decodeChecked(mutateString(rng, rng.pick(valid)), tally);
    expect(tally.refused).toBeGreaterThan(1000);
  });

  it('structural mutations of the JSON, re-packed into well-formed links', async () => {
    const rng = new Rng(7);
    const tally = { ok: 0, refused: 0 };
    for (let i = 0; i < 1500; i++) {
      const state = structuredClone(rng.pick(states));
      for (let k = rng.int(1, 3); k > 0; k--) mutateJson(rng, state);
      const kind = rng.chance(0.9) ? (state.view === 'timeline' ? 't' : 'c') : rng.pick(['c', 't']);
      const json = JSON.stringify(state) ?? 'null';
      await decodeChecked(`#${kind}=1.${base64urlEncode(deflateRaw(utf8Bytes(json)))}`, tally);
    }
    // Both paths are exercised: some mutations are harmless (dropped keys, defaults), most are refused.
    expect(tally.ok).toBeGreaterThan(100);
    expect(tally.refused).toBeGreaterThan(300);
  });

  it('random strings, with and without a plausible prefix, through parseFragment too', async () => {
    const rng = new Rng(99);
    const tally = { ok: 0, refused: 0 };
    for (let i = 0; i < 1000; i++) {
      const prefix = rng.pick(['#c=1.', '#t=1.', '#c=', '#', '', '#article=', '#q=']);
      const hash = prefix + randomString(rng, rng.int(0, 400), rng.chance(0.8) ? B64 : B64 + '%<>"\'&;:/');
      if (prefix.startsWith('#c') || prefix.startsWith('#t')) await decodeChecked(hash, tally);
      const parsed = await parseFragment(hash);
      expect(parsed.notice === null || parsed.state.view === 'library').toBe(true);
    }
    expect(tally.refused).toBeGreaterThan(0);
  });
});
