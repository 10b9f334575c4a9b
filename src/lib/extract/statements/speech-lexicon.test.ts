import { describe, expect, it } from 'vitest';
import { foldString } from '../speakers/normalize';
import { lookupVerb } from './speech-lexicon';

const ar = (w: string) => lookupVerb(foldString(w), 'ar');

describe('lookupVerb', () => {
  it('finds verbs of saying as written, after و/ف, and with an object pronoun', () => {
    expect(ar('قال')).toMatchObject({ form: 'finite', gender: 'm', cut: 0, object: false });
    expect(ar('وقال')).toMatchObject({ form: 'finite', gender: 'm', cut: 1, object: false });
    expect(ar('فأكدت')).toMatchObject({ form: 'finite', gender: 'f', cut: 1 });
    expect(ar('وصفها')).toMatchObject({ form: 'finite', object: true });
    expect(ar('مضيفا')).toMatchObject({ form: 'participle', gender: 'm' });
    expect(lookupVerb('said', 'la')).toMatchObject({ form: 'finite' });
    expect(lookupVerb('заявил', 'cy')).toMatchObject({ form: 'finite', gender: 'm' });
  });

  it('rejects words that are no verb of saying', () => {
    for (const w of ['الرئيس', 'وزير', 'موسكو', 'و', 'في', 'سوريا', 'والقوات']) expect(ar(w), w).toBeNull();
    for (const w of ['the', 'minister', 'a', '']) expect(lookupVerb(w, 'la'), w).toBeNull();
    expect(lookupVerb('министр', 'cy')).toBeNull();
  });

  it('returns a fresh object each time', () => {
    const a = ar('قال');
    const b = ar('قال');
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});
