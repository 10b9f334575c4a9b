import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tallyRatio, TARGETS } from '../lib/extract/eval-score';
import { DEFAULT_GOLD, DEFAULT_SEEDS_DIR, runEval } from './eval-run';

const haveSeeds = existsSync(DEFAULT_GOLD) && existsSync(DEFAULT_SEEDS_DIR);

describe.runIf(haveSeeds)('engine on the annotated seeds', () => {
  it('meets the targets', async () => {
    const { report } = await runEval();
    const x = report.totals;
    expect(report.files.every((f) => f.found)).toBe(true);
    expect(x.bodyInclude.hit).toBe(x.bodyInclude.total);
    expect(x.bodyExclude.hit).toBe(x.bodyExclude.total);
    expect(x.headline.hit).toBe(x.headline.total);
    expect(x.date.hit).toBe(x.date.total);
    expect(tallyRatio(x.recall)).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(tallyRatio(x.precision)).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(x.nonRussianAsRussian).toBe(0);
    expect(report.failures).toEqual([]);
  }, 60_000);
});
