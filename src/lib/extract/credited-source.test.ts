import { describe, expect, it } from 'vitest';
import { assembleBody } from './assemble';
import { segmentPage } from './chrome';
import { creditedSource, creditPhrase } from './credited-source';
import { findDateline } from './dateline';

function creditOf(text: string, outlet: string | null = null) {
  const { paragraphs, body } = assembleBody(segmentPage(text));
  return creditedSource({ rawLines: text.split('\n'), paragraphs, dateline: findDateline(body), outlet });
}

const P = 'وأضاف المسؤول أن الاجتماع المقبل سيعقد في جنيف بمشاركة جميع الأطراف المعنية بالأزمة.';

describe('creditedSource', () => {
  it('reads an explicit credit line, even when it is chrome', () => {
    expect(creditOf(`${P}\nالمصدر: تاس\nأندريه بودروف`).source).toBe('تاس');
    expect(creditOf(`${P}\nالمصدر: وكالات`).source).toBe('وكالات');
    expect(creditOf('The minister spoke in Moscow on Tuesday about the talks.\nSource: Reuters').source).toBe(
      'Reuters',
    );
    expect(
      creditOf('Министр выступил в Москве во вторник по поводу переговоров.\nИсточник: ТАСС').source,
    ).toBe('ТАСС');
  });

  it('credits the agency of a dateline unless it is the outlet itself', () => {
    expect(creditOf(`باريس (أ ف ب) - ${P}`, 'Elaph').source).toBe('أ ف ب');
    expect(creditOf(`موسكو – سانا\n${P}`, 'SANA').source).toBeNull();
  });

  it('reads a credit phrase in the lead', () => {
    const ar = `قال أناتولي أنطونوف نائب وزير الدفاع الروسي اليوم الثلاثاء، إن موسكو على استعداد للتعامل مع الولايات المتحدة.\nونقلت قناة “روسيا اليوم” الفضائية عن أنطونوف قوله إن موسكو ستواصل بذل الجهود.\n${P}\n${P}`;
    const r = creditOf(ar);
    expect(r.source).toBe('روسيا اليوم');
    expect(r.evidence?.basis).toBe('credit phrase');
    expect(
      creditOf('Russia is ready to resume talks with Washington on Syria, Lavrov said, according to TASS.')
        .source,
    ).toBe('TASS');
    expect(
      creditOf('Россия готова возобновить диалог с США по Сирии, сообщает ТАСС со ссылкой на МИД.').source,
    ).toBe('ТАСС');
  });

  it('does not credit the article with an agency cited for one quote mid-story', () => {
    const mid =
      'وأكد بوتين، حسب ما نقلت (نوفوستي) أن جميع العمليات الروسية في سوريا تنفذ بمراعاة صارمة للقانون الدولي.';
    const text = [P, P, P, mid, P, P].join('\n');
    expect(creditOf(text).source).toBeNull();
    expect(creditPhrase(mid)?.name).toBe('نوفوستي');
  });

  it('does not take a speaker for a source', () => {
    expect(creditPhrase('وقالت زاخاروفا إن "روسيا لن تتراجع" عن موقفها.')).toBeNull();
    expect(creditPhrase('Lavrov told reporters in Moscow that talks would go on.')).toBeNull();
  });
});
