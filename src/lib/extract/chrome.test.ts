import { describe, expect, it } from 'vitest';
import { assembleBody } from './assemble';
import { segmentPage } from './chrome';
import { buildChromeModel } from './chrome-model';
import { pickHeadlines } from './headline';
import type { RawRecord } from '../model/article';

function clean(text: string, opts: Parameters<typeof segmentPage>[1] = {}) {
  const seg = segmentPage(text, opts);
  const h = pickHeadlines(seg);
  return { ...assembleBody(seg), ...h };
}

const reasonsOf = (removed: { text: string; reason: string }[], needle: string) =>
  removed.filter((r) => r.text.includes(needle)).map((r) => r.reason);

const EN_PAGE = `Home | World | Politics | Business | Sport
Search
We use cookies to improve your experience. By continuing to browse you accept our cookie policy.
Lavrov says Moscow open to talks on Syria ceasefire
MOSCOW, Oct 11 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow remained open to talks with Washington on a ceasefire in Syria.
"We have never refused dialogue," Lavrov told reporters in Moscow, adding that the United States had failed to separate moderate rebels from militants.
Aid convoy
He also said a humanitarian convoy for Aleppo was ready to move as soon as the fighting stopped, according to the ministry.
Follow us on Twitter
Related stories
Kerry calls for war crimes probe
Turkey shells Kurdish positions
Comments (2)
John Smith -This is propaganda and nothing else, as everybody in the region knows.
Anna -Great article, thanks!`;

const RU_PAGE = `Главная
Новости
Захарова: Россия продолжит помогать Сирии в борьбе с терроризмом
МОСКВА, 11 окт — РИА Новости. Официальный представитель МИД России Мария Захарова заявила во вторник, что Россия продолжит оказывать помощь Сирии в борьбе с терроризмом.
Читайте также: Лавров обсудил с Керри ситуацию в Алеппо
По словам Захаровой, российская авиагруппа наносит удары только по позициям террористов, а сообщения о жертвах среди мирного населения не соответствуют действительности.
Она также отметила, что Москва открыта для сотрудничества с коалицией, если оно будет основано на нормах международного права.
Подписывайтесь на наш Telegram
https://t.me/example_news
Комментарии
Иван -всё правильно, так и надо было сделать с самого начала`;

const AR_PAGE = `الرئيسية
  • سياسة
  • اقتصاد
لافروف: لا حل عسكريا للأزمة في سوريا
أكد وزير الخارجية الروسي سيرغي لافروف، الاثنين، أن موسكو لا ترى حلا عسكريا للأزمة السورية وأنها تدعم الحوار بين جميع الأطراف.
لافروف: لا حل عسكريا للأزمة في سوريا
سيرغي لافروف / Sputnik
وأضاف لافروف أن بلاده ستواصل العمل مع شركائها&nbsp;في مجلس الأمن &amp; الأمم المتحدة من أجل التوصل إلى تسوية سياسية.
وقف إطلاق النار
وشدد على ضرورة احترام وقف إطلاق النار في جميع المناطق السورية دون استثناء، وفق ما نقل المكتب الصحفي.
تابعونا عبر تطبيق واتس أب
المصدر: نوفوستي
التعليقات
محمد -كلام جميل لكن لا أحد يصدقه بعد كل ما جرى في البلاد`;

describe('segmentPage / assembleBody', () => {
  it('strips an English nav menu, cookie banner, share prompt, related list and comments', () => {
    const r = clean(EN_PAGE);
    expect(r.headline).toBe('Lavrov says Moscow open to talks on Syria ceasefire');
    expect(r.body.startsWith('MOSCOW, Oct 11 (Reuters)')).toBe(true);
    expect(r.body).toContain('according to the ministry.');
    expect(r.body).toContain('\n\nAid convoy\n\n');
    for (const chrome of [
      'Home |',
      'cookies',
      'Follow us',
      'Related stories',
      'Kerry calls',
      'Comments',
      'propaganda',
    ]) {
      expect(r.body).not.toContain(chrome);
    }
    expect(reasonsOf(r.removed, 'Home |')).toEqual(['menu']);
    expect(reasonsOf(r.removed, 'Follow us')).toEqual(['share']);
    expect(reasonsOf(r.removed, 'Kerry calls')).toEqual(['related']);
    expect(reasonsOf(r.removed, 'propaganda')).toEqual(['comments']);
  });

  it('strips "Читайте также", a Telegram prompt and comments from a Russian page, keeping the lead', () => {
    const r = clean(RU_PAGE);
    expect(r.headline).toBe('Захарова: Россия продолжит помогать Сирии в борьбе с терроризмом');
    expect(r.body.startsWith('МОСКВА, 11 окт — РИА Новости.')).toBe(true);
    expect(r.body).toContain('нормах международного права.');
    expect(r.body).not.toContain('Читайте также');
    expect(r.body).not.toContain('Telegram');
    expect(r.body).not.toContain('t.me');
    expect(r.body).not.toContain('Иван');
    expect(reasonsOf(r.removed, 'Читайте также')).toEqual(['related']);
    expect(reasonsOf(r.removed, 'Подписывайтесь')).toEqual(['share']);
  });

  it('drops the caption, the headline repeated beside it, entities, share and credit lines of an Arabic page', () => {
    const r = clean(AR_PAGE);
    expect(r.headline).toBe('لافروف: لا حل عسكريا للأزمة في سوريا');
    const paras = r.body.split('\n\n');
    expect(paras[0].startsWith('أكد وزير الخارجية الروسي')).toBe(true);
    expect(paras).toContain('وقف إطلاق النار');
    expect(r.body).not.toContain('Sputnik');
    expect(r.body).not.toContain('لافروف: لا حل');
    expect(r.body).toContain('شركائها في مجلس الأمن الأمم المتحدة');
    expect(r.body).not.toContain('&');
    expect(r.body).not.toContain('المصدر');
    expect(r.body).not.toContain('محمد');
    expect(reasonsOf(r.removed, 'Sputnik')).toEqual(['caption']);
    expect(reasonsOf(r.removed, 'المصدر: نوفوستي')).toEqual(['credit']);
    expect(r.removed.filter((p) => p.reason === 'entity').map((p) => p.text)).toEqual([
      '&nbsp;',
      '&amp;',
      '&',
    ]);
  });

  it('removes ticker items above the article', () => {
    const page = `عاجل: انفجار في دمشق
14:05 الجيش التركي يقصف عفرين
قال المتحدث باسم الكرملين دميتري بيسكوف الاثنين إن الرئيس الروسي سيلتقي نظيره السوري قريبا.
وأضاف أن موعد اللقاء لم يحدد بعد، مشيرا إلى أن التحضيرات جارية على قدم وساق.`;
    const r = clean(page);
    expect(r.body.startsWith('قال المتحدث')).toBe(true);
    expect(reasonsOf(r.removed, 'انفجار')).toEqual(['ticker']);
    expect(reasonsOf(r.removed, 'عفرين')).toEqual(['ticker']);
    expect(r.headline).toBeNull();
  });

  it('keeps every line of a page that is all prose', () => {
    const text =
      'First sentence of the story is here and it is long enough.\nSecond sentence of the story follows with more words.';
    const r = clean(text);
    expect(r.body).toBe(text.replace('\n', '\n\n'));
    expect(r.removed).toEqual([]);
    expect(r.headline).toBeNull();
  });

  it('removes short lines recurring in other documents, never a shared sentence of the article', () => {
    const shared = 'The minister said the talks would resume next week in Geneva with all parties.';
    const a = `Top stories today\nBreaking coverage\nPutin meets Assad in Moscow\n${shared}\nHe added that the two leaders discussed the military operation in detail.`;
    const b = `Top stories today\nBreaking coverage\n${shared}\nAnother sentence that differs between the two near-duplicate articles here.`;
    const records: RawRecord[] = [a, b].map((text, record) => ({
      text,
      meta: { format: 'txt' },
      record,
      entry: null,
    }));
    const chrome = buildChromeModel(records);
    const r = clean(b, { chrome, selfCounted: true });
    expect(r.body.startsWith(shared)).toBe(true);
    expect(reasonsOf(r.removed, 'Top stories')).toEqual(['recurring']);
    const alone = clean(b);
    expect(reasonsOf(alone.removed, 'Top stories')).not.toContain('recurring');
  });

  it('keeps the headline two near-duplicates share, but not a menu line shared by three pages', () => {
    const title = 'Putin meets Assad in Moscow for talks';
    const body = (n: number) =>
      `The Kremlin said the two presidents discussed the military operation, version ${n} of the story.`;
    const docs = [
      `Latest world news today
${title}
${body(1)}`,
      `Latest world news today
${title}
${body(2)}`,
      `Latest world news today
Other story headline here
${body(3)}`,
    ];
    const chrome = buildChromeModel(
      docs.map((text, record) => ({ text, meta: { format: 'txt' }, record, entry: null })),
    );
    const r = clean(docs[0], { chrome, selfCounted: true });
    expect(r.headline).toBe(title);
    expect(reasonsOf(r.removed, 'Latest world news')).toEqual(['recurring']);
  });
});
