import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  it('keeps an error’s own message', () => {
    expect(errorMessage(new Error('This article is not in the library.'))).toBe('This article is not in the library.');
  });

  it('explains storage failures that come without a message', () => {
    const quota = { name: 'QuotaExceededError', message: '' };
    expect(errorMessage(quota)).toMatch(/storage is full/);
    expect(errorMessage({ name: 'UnknownError', message: 'Internal error.' })).toMatch(/unknown error.*\(Internal error\.\)/);
  });

  it('never returns a blank message', () => {
    for (const e of [new Error(''), { name: 'WeirdError', message: '' }, undefined, null, '', 42])
      expect(errorMessage(e).trim().length).toBeGreaterThan(10);
    expect(errorMessage({ name: 'WeirdError', message: '' })).toContain('WeirdError');
    expect(errorMessage('plain text')).toBe('plain text');
  });
});
