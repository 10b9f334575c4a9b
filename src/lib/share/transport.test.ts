import { Deflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Rng } from '../bench/rng';
import {
  base64urlDecode,
  base64urlEncode,
  deflateRaw,
  inflateBounded,
  jsonDeeperThan,
  utf8Bytes,
  utf8Text,
} from './transport';

/** Raw DEFLATE of `megabytes` MB of zeros, made in 1 MB steps (the whole output never exists). */
function zeroBomb(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const mb = new Uint8Array(1 << 20);
  for (let i = 0; i < megabytes; i++) d.push(mb, i === megabytes - 1);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

describe('base64url', () => {
  it('agrees with Node for every length, without padding', () => {
    const rng = new Rng(7);
    for (let len = 0; len < 300; len++) {
      const bytes = Uint8Array.from({ length: len }, () => rng.int(0, 255));
      const enc = base64urlEncode(bytes);
      expect(enc).toBe(Buffer.from(bytes).toString('base64url'));
      expect(base64urlDecode(enc)).toEqual(bytes);
    }
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    for (const bad of ['ab+c', 'ab/c', 'abc=', 'ab c', 'abcde', 'ab\u0661c', 'ابتث'])
      expect(base64urlDecode(bad)).toBeNull();
    expect(base64urlDecode('')).toEqual(new Uint8Array(0));
  });
});

describe('inflateBounded', () => {
  it('inflates what deflateRaw made', () => {
    const text = 'قال لافروف — Лавров заявил — Lavrov said. '.repeat(500);
    const r = inflateBounded(deflateRaw(utf8Bytes(text)), 1 << 20);
    expect(r.ok && utf8Text(r.bytes)).toBe(text);
  });

  it('stops a 50 MB decompression bomb just past the cap, without inflating the rest', () => {
    const bomb = zeroBomb(50);
    expect(bomb.length).toBeLessThan(100_000);
    const cap = 4 << 20;
    const r = inflateBounded(bomb, cap);
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    if (!r.ok) {
      expect(r.produced).toBeGreaterThan(cap);
      expect(r.produced).toBeLessThan(cap + (2 << 20)); // at most one more step of output
    }
  });

  it('accepts output exactly at the cap and refuses one byte more', () => {
    const data = deflateRaw(new Uint8Array(5000).fill(65));
    expect(inflateBounded(data, 5000).ok).toBe(true);
    expect(inflateBounded(data, 4999)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports truncated, empty and non-DEFLATE input as corrupt', () => {
    const good = deflateRaw(utf8Bytes('{"view":"compare"} '.repeat(100)));
    for (let cut = 0; cut < good.length; cut += 3)
      expect(inflateBounded(good.subarray(0, cut), 1 << 20)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(inflateBounded(Uint8Array.from([0xff, 0xff, 0xff, 1, 2, 3]), 1 << 20)).toMatchObject({
      ok: false,
      reason: 'corrupt',
    });
  });
});

describe('utf8Text', () => {
  it('refuses invalid UTF-8 instead of inventing replacement characters', () => {
    expect(utf8Text(Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d]))).toBeNull();
    expect(utf8Text(utf8Bytes('سوريا Сирия'))).toBe('سوريا Сирия');
  });
});

describe('jsonDeeperThan', () => {
  it('counts nesting outside strings only', () => {
    expect(jsonDeeperThan('[[[]]]', 3)).toBe(false);
    expect(jsonDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(jsonDeeperThan('{"a":"[[[[[[\\"[[[[["}', 1)).toBe(false);
    expect(jsonDeeperThan('{"a":{"b":[{}]}}', 3)).toBe(true);
    expect(jsonDeeperThan('['.repeat(100_000) + ']'.repeat(100_000), 12)).toBe(true);
  });
});
