import { describe, expect, it } from 'vitest';
import { TextGate } from './text-gate';

/** Every offset of `f` in `s` (overlapping ones too), by plain search. */
function naive(s: string, f: string): number[] {
  const out: number[] = [];
  for (let at = s.indexOf(f); at >= 0; at = s.indexOf(f, at + 1)) out.push(at);
  return out;
}

describe('TextGate answers the same before and after it builds its index', () => {
  const words = ['حلب', 'تدمر', 'استانا', 'محادثات', 'في', 'ال', 'abc', 'aaa', 'foo', 'سوتشي', '\n'];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const text = Array.from({ length: 4000 }, () => words[rnd(words.length)]).join(' ');
  const probes = ['استانا', 'محادثات في', 'aaa', 'aa', 'لب ت', 'xyz', 'سوتشي حلب', 'a', 'foo aaa abc'];

  it('has and occurrences match plain search on a long text, on every lookup', () => {
    const gate = new TextGate(text);
    // Enough lookups that the first ones are plain searches and the later ones use the index.
    for (let round = 0; round < 20; round++) {
      for (const p of probes) {
        expect(gate.has(p), p).toBe(text.includes(p));
        expect(gate.occurrences(p), p).toEqual(naive(text, p));
      }
    }
  });

  it('mayMatch never rules out a regex that matches, on short and long texts', () => {
    const res = [/محادثات (?:في )?(?:ال)?استانا/u, /(?:foo|abc) aaa/u, /سوتشي حلب تدمر/u, /zzz(?:yy)?/u];
    for (const s of [text.slice(0, 40), text.slice(0, 300), text]) {
      const gate = new TextGate(s);
      for (let round = 0; round < 30; round++) {
        for (const re of res) if (re.test(s)) expect(gate.mayMatch(re), `${re}`).toBe(true);
      }
      expect(gate.mayMatch(/zzz(?:yy)?/u)).toBe(false);
    }
  });
});
