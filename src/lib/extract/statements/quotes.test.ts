import { describe, expect, it } from 'vitest';
import { findQuotes, topLevel } from './quotes';
import { splitSentences } from './sentences';

const inner = (t: string) =>
  findQuotes(t).map((q) => ({ text: t.slice(q.start, q.end), closed: q.closed, depth: q.depth }));

describe('findQuotes', () => {
  it('finds quotations in every style', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
      ['«', '»'],
      ['„', '“'],
      ['‹', '›'],
      ['”', '“'],
    ]) {
      const t = `قال لافروف ${open}لن نسمح بذلك${close} اليوم`;
      expect(inner(t)).toEqual([{ text: 'لن نسمح بذلك', closed: true, depth: 0 }]);
    }
  });

  it('nests quotations and closes the outer one', () => {
    const t = 'أكد وجوب أن “يكون هناك تفاهم حول أن تنظيمي “داعش وجبهة النصرة” هما العدو المشترك” معربا';
    expect(inner(t)).toEqual([
      { text: 'يكون هناك تفاهم حول أن تنظيمي “داعش وجبهة النصرة” هما العدو المشترك', closed: true, depth: 0 },
      { text: 'داعش وجبهة النصرة', closed: true, depth: 1 },
    ]);
  });

  it('runs a quotation that never closes to the end of its paragraph, even with a closed inner pair', () => {
    const t = 'وتساءل الرئيس: "أين الضمانات بأن الذخيرة لن تقع في أيدي "داعش" كما حدث؟.\nسطر آخر "هنا"';
    const qs = findQuotes(t);
    expect(t.slice(qs[0].start, qs[0].end)).toBe('أين الضمانات بأن الذخيرة لن تقع في أيدي "داعش" كما حدث؟.');
    expect(qs[0].closed).toBe(false);
    expect(qs.filter((q) => q.depth === 0).map((q) => t.slice(q.start, q.end))).toContain('هنا');
  });

  it('ends an unclosed quotation at its sentence end, so later quotations are not nested in it', () => {
    const t =
      'وتساءل الرئيس: "أين الضمانات بأن الذخيرة لن تقع في أيدي "داعش" كما حدث؟. ونفى بوتين أن عمليته تستهدف "المعارضة المعتدلة" في سوريا.';
    const top = topLevel(findQuotes(t)).map((q) => [t.slice(q.start, q.end), q.closed]);
    expect(top).toEqual([
      ['أين الضمانات بأن الذخيرة لن تقع في أيدي "داعش" كما حدث؟.', false],
      ['المعارضة المعتدلة', true],
    ]);
  });

  it('keeps a quoted passage of several sentences in one sentence', () => {
    const t = 'وأضاف بوتين: "نحن لا نسعى للزعامة. هدفنا مكافحة الإرهاب". وقال لافروف إن الحوار مستمر.';
    const sents = splitSentences(t, topLevel(findQuotes(t))).map((s) => t.slice(s.start, s.end));
    expect(sents).toEqual([
      'وأضاف بوتين: "نحن لا نسعى للزعامة. هدفنا مكافحة الإرهاب".',
      'وقال لافروف إن الحوار مستمر.',
    ]);
  });

  it('does not split at initials, abbreviations or an Arabic ".." pause', () => {
    const t = 'U.S. officials met Mr. Lavrov on Tuesday. لم نرفض الحوار.. ولكننا غير مستعدين.';
    const sents = splitSentences(t, []).map((s) => t.slice(s.start, s.end));
    expect(sents).toEqual([
      'U.S. officials met Mr. Lavrov on Tuesday.',
      'لم نرفض الحوار.. ولكننا غير مستعدين.',
    ]);
  });
});
