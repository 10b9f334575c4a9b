import { describe, expect, it } from 'vitest';
import type { Language, Statement } from '../../model/article';
import { extractStatements, isAboutSyria } from './index';

function run(
  body: string,
  language: Language = 'ar',
  headline: string | null = null,
  subheads: string[] = [],
): Statement[] {
  const spans = subheads.map((text) => ({
    text,
    start: body.indexOf(text),
    end: body.indexOf(text) + text.length,
  }));
  return extractStatements({ body, language, headline, subheads: spans }).statements;
}

const brief = (s: Statement) => `${s.kind}:${s.speaker.id ?? s.speaker.nameEn}`;

describe('extractStatements – Arabic', () => {
  it('attributes reported speech (VSO, SVO after كان) and keeps text = body slice', () => {
    const body =
      'أكد أناتولي أنطونوف، نائب وزير الدفاع الروسي، استعداد بلاده للحوار. وكان المبعوث الخاص للرئيس الروسي ميخائيل بوغدانوف أكد أمس أن الحل سياسي.';
    const st = run(body);
    expect(st.map(brief)).toEqual(['reported:antonov', 'reported:bogdanov']);
    for (const s of st) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(st[0].speaker.role).toBe('Deputy Minister of Defence of Russia');
    expect(body.slice(...st[0].speakerSpan!)).toBe('أناتولي أنطونوف، نائب وزير الدفاع الروسي');
    expect(body.slice(...st[0].verbSpan!)).toBe('أكد');
  });

  it('follows the speaker across sentences by the gender of the verb', () => {
    const st = run(
      'قالت زاخاروفا إن موسكو لن تتراجع. وقال لافروف إن الحوار مستمر. وأضافت أن الغرب يضلل الرأي العام. وتابع أن روسيا مستعدة.',
    );
    expect(st.map(brief)).toEqual([
      'reported:zakharova',
      'reported:lavrov',
      'reported:zakharova',
      'reported:lavrov',
    ]);
    expect(st[2].speakerSpan).toEqual(st[0].speakerSpan);
  });

  it('does not take media, sources or foreign capitals for a dropped pronoun', () => {
    const st = run(
      'قالت زاخاروفا إن الغرب يكذب. وكانت وسائل الإعلام الغربية ذكرت في وقت سابق أن القوات تتقدم. وقال مصدر عسكري إن الطائرات عادت. وأعلنت تركيا أن الحدود مغلقة.',
    );
    expect(st.map(brief)).toEqual(['reported:zakharova']);
  });

  it("splits a sentence that reports and quotes; a quote inside a quote stays the outer speaker's", () => {
    const st = run(
      'وأشار أنطونوف إلى أن موسكو مستعدة للحوار، قائلا: "لم نرفض الحوار.. ولكننا غير مستعدين". وتابع سيرومولوتوف “أؤكد ما قاله وزير الخارجية سيرغي لافروف حول التعاون”.',
    );
    expect(st.map(brief)).toEqual(['reported:antonov', 'quote:antonov', 'quote:syromolotov']);
    expect(st[1].quote).toBe('لم نرفض الحوار.. ولكننا غير مستعدين');
    expect(st.some((s) => s.speaker.id === 'lavrov')).toBe(false);
  });

  it('treats an unclosed quotation as running to the end of the paragraph', () => {
    const body =
      'ونقلت قناة “روسيا اليوم” عن أنطونوف قوله إن “موسكو ستواصل محاربة الإرهاب في سوريا.\n\nوقال لافروف إن الحوار مستمر.';
    const st = run(body);
    const q = st.find((s) => s.kind === 'quote')!;
    expect(q.speaker.id).toBe('antonov');
    expect(q.quote).toBe('موسكو ستواصل محاربة الإرهاب في سوريا.');
    expect(st.some((s) => s.quote === 'روسيا اليوم')).toBe(false);
    expect(st[st.length - 1].speaker.id).toBe('lavrov');
  });

  it('does not take quoted names for quotations', () => {
    const st = run(
      'وقال لافروف إن تنظيم "داعش" و"جبهة النصرة" يهددان الجميع خلال منتدى "روسيا تنادي". وأوضح أن الغرب طلب الإحداثيات، لكن الدول الغربية رفضت بذريعة أنها "غير مستعدة لذلك".',
    );
    expect(st.filter((s) => s.kind === 'quote')).toEqual([]);
    expect(st.map(brief)).toEqual(['reported:lavrov', 'reported:lavrov']);
  });

  it('reads colon quotes in « » and relay "نقلت … عن X قوله"', () => {
    const st = run(
      'وقال بوتين: «لن نسمح بذلك». ونقلت وكالة إنترفاكس عن وزارة الدفاع الروسية قولها إنها ستعقد مؤتمرا. ورصد مركز حميميم 47 خرقا.',
    );
    expect(st.map(brief)).toEqual(['quote:putin', 'reported:ru-mod', 'reported:hmeimim-center']);
    expect(st[0].quote).toBe('لن نسمح بذلك');
  });

  it('keeps non-Russian speakers with russianOfficial false', () => {
    const st = run(
      'قال الجيش الأميركي إن الطائرات اقتربت. وقال الكولونيل ستيف وارين المتحدث باسم التحالف إن الطواقم تصرفت باحترافية.',
    );
    expect(st.map(brief)).toEqual(['reported:us-military', 'reported:warren']);
    expect(st.every((s) => s.speaker.russianOfficial === false)).toBe(true);
  });

  it('recognises unlisted titled officials and analysts', () => {
    const st = run(
      'قال نائب وزير الخارجية الروسي ميخائيل فلانوف إن موسكو تدعم الحل. وقال المحلل السياسي الروسي فلاديمير يفسييف إن العملية ناجحة.',
    );
    expect(st[0].speaker).toMatchObject({
      id: null,
      listed: false,
      russianOfficial: true,
      role: 'Russian Deputy Foreign Minister',
    });
    expect(st[1].speaker).toMatchObject({ id: null, russianOfficial: false, role: 'Russian analyst' });
  });

  it('makes "Speaker: claim" headlines and subheads headline statements, with headline offsets', () => {
    const headline = 'الدفاع الروسية: موسكو مستعدة للعمل مع واشنطن';
    const body =
      'قال لافروف إن موسكو مستعدة.\n\nالخارجية الروسية: سلاح الجو يستخدم فقط ضد الإرهابيين\n\nوأضاف أن الحوار مستمر.';
    const st = run(body, 'ar', headline, ['الخارجية الروسية: سلاح الجو يستخدم فقط ضد الإرهابيين']);
    expect(st.map(brief)).toEqual([
      'headline:ru-mod',
      'reported:lavrov',
      'headline:ru-mfa',
      'reported:lavrov',
    ]);
    expect(st[0]).toMatchObject({ field: 'headline', start: 0, end: headline.length, text: headline });
    expect(st[2].field).toBe('body');
    expect(run('', 'ar', 'موسكو تؤكد استعدادها للحوار بشأن سوريا').map(brief)).toEqual(['headline:moscow']);
  });
});

describe('extractStatements – robustness', () => {
  it('does not read a dateline "موسكو:" before the text as a claim', () => {
    const st = run('موسكو: أعلن الكرملين أن بوتين سيزور دمشق.');
    expect(st.map(brief)).toEqual(['reported:kremlin']);
  });

  it('ignores bidi marks and no-break spaces between words and after sentence ends', () => {
    const body = 'وقال\u200f لافروف\u200e إن موسكو مستعدة.\u200f وأضافت\u00a0زاخاروفا أن الحوار مستمر.';
    expect(run(body).map(brief)).toEqual(['reported:lavrov', 'reported:zakharova']);
  });

  it('stays linear on long, badly punctuated input', () => {
    const unit = 'وقال لافروف إن "روسيا ستواصل دعم سوريا، مضيفا أن الحل سياسي ';
    const body = unit.repeat(3000);
    const t0 = Date.now();
    const st = run(body);
    expect(st.length).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('extractStatements – English and Russian', () => {
  it('English: subject before and after, pronouns, postposed quotes, according to', () => {
    const st = run(
      'Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow would stay in Syria. "We will not abandon our partners," he added. ' +
        '"The strikes hit only terrorists," Maria Zakharova, the ministry\'s spokeswoman, told reporters. She also said the reports were fake. ' +
        'According to the Russian Defence Ministry, 47 violations were recorded in Aleppo.',
      'en',
    );
    expect(st.map(brief)).toEqual([
      'reported:lavrov',
      'quote:lavrov',
      'quote:zakharova',
      'reported:zakharova',
      'reported:ru-mod',
    ]);
    expect(st[1].quote).toBe('We will not abandon our partners');
  });

  it('Russian: inflected names, «» quotes with a dash, по словам, pronouns, plural with в', () => {
    const st = run(
      '«Мы продолжим поддерживать Сирию», — заявил Лавров. Официальный представитель МИД России Мария Захарова заявила, что удары наносятся только по террористам. ' +
        'Она также отметила, что Москва открыта для диалога. По словам Шойгу, авиация нанесла удары по ИГИЛ. В Минобороны России сообщили, что в Алеппо зафиксировано 12 нарушений. ' +
        'Российский политолог Иван Петров считает, что операция успешна.',
      'ru',
    );
    expect(st.map(brief)).toEqual([
      'quote:lavrov',
      'reported:zakharova',
      'reported:zakharova',
      'reported:shoigu',
      'reported:ru-mod',
      'reported:Ivan Petrov',
    ]);
    expect(st[5].speaker.russianOfficial).toBe(false);
  });

  it('Russian and English "Speaker: claim" headlines', () => {
    expect(run('', 'ru', 'Лавров: Россия не допустит удара по Сирии').map(brief)).toEqual([
      'headline:lavrov',
    ]);
    expect(run('', 'en', 'Kremlin: Putin has no plans to meet Assad').map(brief)).toEqual([
      'headline:kremlin',
    ]);
  });
});

describe('isAboutSyria', () => {
  it('uses the statement, then the article, unless the statement is about somewhere else', () => {
    const article =
      'قال لافروف إن الوضع في حلب صعب. وأضاف أن الحوار مستمر. وقال إن الوضع في أوكرانيا يتدهور.';
    expect(isAboutSyria('قال لافروف إن الوضع في حلب صعب.', article, 'ar')).toBe(true);
    expect(isAboutSyria('وأضاف أن الحوار مستمر.', article, 'ar')).toBe(true);
    expect(isAboutSyria('وقال إن الوضع في أوكرانيا يتدهور.', article, 'ar')).toBe(false);
    expect(isAboutSyria('وأضاف أن الحوار مستمر.', 'قال لافروف إن الحوار مع واشنطن مستمر.', 'ar')).toBe(false);
    expect(isAboutSyria('Lavrov said the Damascus talks would go on.', '', 'en')).toBe(true);
    expect(isAboutSyria('Шойгу заявил об ударах по ИГИЛ.', '', 'ru')).toBe(true);
    expect(isAboutSyria('أكد سيرومولوتوف دعم الحكومة الشرعية في سورية', '', 'ar')).toBe(true);
  });

  it('is set on every statement', () => {
    const st = run('قال لافروف إن الوضع في حلب صعب. وقال لافروف إن الوضع في أوكرانيا يتدهور.');
    expect(st.map((s) => s.aboutSyria)).toEqual([true, false]);
  });
});
