import { Deflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment, MAX_FRAGMENT_CHARS, type DecodeResult } from './codec';
import { AR_TEXT, EN_TEXT, RU_TEXT, versionsView } from './test-fixtures';
import { base64urlEncode, deflateRaw, utf8Bytes } from './transport';

const ID = 'a' + '0123456789abcdef01234567';

/** A "#c=1." fragment around any JSON text (or raw bytes), as a hand-crafted link would be. */
function craft(json: string | Uint8Array, kind = 'c'): string {
  const bytes = typeof json === 'string' ? utf8Bytes(json) : json;
  return `#${kind}=1.${base64urlEncode(deflateRaw(bytes))}`;
}

function refused(r: DecodeResult, reason?: string): void {
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.notice.length).toBeGreaterThan(20);
    if (reason) expect(r.reason).toBe(reason);
  }
}

describe('decodeFragment refuses broken and hostile links with a notice', () => {
  it('truncated links, cut anywhere', async () => {
    const hash = await encodeFragment(await versionsView([AR_TEXT, EN_TEXT, RU_TEXT]));
    for (let cut = 1; cut < hash.length; cut += 5) refused(await decodeFragment(hash.slice(0, cut)));
  });

  it('corrupted base64: foreign characters, padding, spaces, percent-encoding', async () => {
    const hash = await encodeFragment(await versionsView([AR_TEXT]));
    const mid = hash.length >> 1;
    for (const c of ['=', '+', '/', ' ', '%20', '\n', 'ش', '#', '.', '\u0000'])
      refused(await decodeFragment(hash.slice(0, mid) + c + hash.slice(mid)), 'malformed');
    refused(await decodeFragment(hash + '='), 'malformed');
    refused(await decodeFragment(' ' + hash), 'malformed');
    refused(await decodeFragment(hash.slice(0, 5) + 'A'), 'corrupt'); // length ≡ 1 (mod 4)
  });

  it('bytes that are not DEFLATE, or DEFLATE of something other than UTF-8 JSON', async () => {
    refused(await decodeFragment('#c=1.' + base64urlEncode(utf8Bytes('{"view":"compare"}'))), 'corrupt');
    refused(
      await decodeFragment(
        '#c=1.' + base64urlEncode(Uint8Array.from({ length: 64 }, (_, i) => (i * 97) & 255)),
      ),
      'corrupt',
    );
    refused(await decodeFragment(craft(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))), 'corrupt');
    refused(await decodeFragment(craft('{"view":"compare",')), 'corrupt');
    refused(await decodeFragment(craft("{'view':'compare'}")), 'corrupt');
    for (const top of ['null', '42', '"compare"', '[]', 'true', '{}'])
      refused(await decodeFragment(craft(top)), 'invalid');
  });

  it('oversized fragments, before any decoding', async () => {
    refused(await decodeFragment('#c=1.' + 'A'.repeat(MAX_FRAGMENT_CHARS)), 'too-large');
    refused(await decodeFragment('#' + 'x'.repeat(3 * 1024 * 1024)), 'too-large');
  });

  it('a decompression bomb (50 MB of zeros, or of JSON whitespace) is stopped at the cap', async () => {
    for (const fill of [0, 0x20]) {
      const parts: Uint8Array[] = [];
      const d = new Deflate({ level: 9 }, (c) => parts.push(c));
      d.push(utf8Bytes('{"view":"compare","spec":'));
      const mb = new Uint8Array(1 << 20).fill(fill);
      for (let i = 0; i < 50; i++) d.push(mb, i === 49);
      const packed = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      parts.reduce((at, p) => (packed.set(p, at), at + p.length), 0);
      const hash = '#c=1.' + base64urlEncode(packed);
      expect(hash.length).toBeLessThan(MAX_FRAGMENT_CHARS);
      const started = performance.now();
      refused(await decodeFragment(hash), 'too-large-content');
      console.info(
        `50 MB bomb (${hash.length} chars) refused in ${(performance.now() - started).toFixed(0)} ms`,
      );
    }
  });

  it('deeply nested JSON (10^5 levels) is refused before JSON.parse walks it', async () => {
    const n = 100_000;
    refused(await decodeFragment(craft('['.repeat(n) + ']'.repeat(n))), 'too-deep');
    refused(
      await decodeFragment(craft('{"view":"compare","spec":' + '{"a":'.repeat(n) + '1' + '}'.repeat(n + 1))),
      'too-deep',
    );
    const items = '[{"articleId":"' + ID + '","speaker":' + '['.repeat(n) + ']'.repeat(n) + '}]';
    refused(
      await decodeFragment(craft(`{"view":"compare","spec":{"mode":"versions","items":${items}}}`)),
      'too-deep',
    );
  });

  it('huge numbers and wrong types are refused, not clamped', async () => {
    const spec = (options: string) =>
      craft(
        `{"view":"compare","spec":{"mode":"versions","items":[{"articleId":"${ID}"}],"options":${options}}}`,
      );
    for (const o of [
      '{"base":1e999}',
      '{"base":-1e999}',
      '{"base":1e308}',
      '{"base":9007199254740993}',
      '{"base":' + '9'.repeat(5000) + '}',
      '{"base":"0"}',
      '{"hideSpelling":"false"}',
    ])
      refused(await decodeFragment(spec(o)), 'invalid');
    expect((await decodeFragment(spec('{"base":0e5}'))).ok).toBe(true);
  });

  it('a wrongly versioned or wrongly kinded link', async () => {
    const good = await encodeFragment(await versionsView([EN_TEXT]));
    refused(await decodeFragment(good.replace('#c=1.', '#c=3.')), 'newer-version');
    refused(await decodeFragment(good.replace('#c=1.', '#c=1.1.')), 'malformed');
    refused(await decodeFragment(good.replace('#c=1.', '#C=1.')), 'malformed');
    refused(await decodeFragment(good.replace('#c=1.', '#t=1.')), 'invalid');
    refused(await decodeFragment(good.replace('#c=1.', 'c=1.')), 'malformed');
    refused(await decodeFragment(undefined as unknown as string), 'malformed');
  });
});

describe('hostile content that is well-formed', () => {
  it('HTML, script and javascript: strings come back as the same inert strings, unknown keys dropped', async () => {
    const item = {
      articleId: ID,
      headline: '<script>alert(1)</script>',
      outlet: 'javascript:alert(1)',
      text: '<iframe src="javascript:alert(1)"></iframe>',
      href: 'javascript:alert(1)',
      onerror: 'alert(1)',
    };
    const r = await decodeFragment(
      craft(JSON.stringify({ view: 'compare', spec: { mode: 'versions', items: [item] } })),
    );
    expect(r.ok && r.state.view === 'compare' && r.state.spec.items[0]).toEqual({
      articleId: ID,
      headline: '<script>alert(1)</script>',
      outlet: 'javascript:alert(1)',
      text: '<iframe src="javascript:alert(1)"></iframe>',
    });
  });

  it('__proto__ and constructor keys neither change the result nor pollute prototypes', async () => {
    const json =
      '{"view":"timeline","__proto__":{"view":"compare"},"spec":{"__proto__":{"lanes":"outlet","isAdmin":true},' +
      '"constructor":{"prototype":{"isAdmin":true}},"query":"toString"}}';
    const r = await decodeFragment(craft(json, 't'));
    expect(r).toEqual({
      ok: true,
      version: 1,
      state: {
        view: 'timeline',
        spec: {
          lanes: 'speaker',
          query: 'toString',
          speakers: [],
          officialsOnly: false,
          hidden: [],
          pinned: [],
        },
      },
    });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('a JSON string with escaped control characters is refused', async () => {
    const json = JSON.stringify({
      view: 'compare',
      spec: { mode: 'versions', items: [{ articleId: ID, headline: 'a\u001b[31mred' }] },
    });
    refused(await decodeFragment(craft(json)), 'invalid');
  });
});
