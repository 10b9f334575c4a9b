import { describe, expect, it } from 'vitest';
import type { Article, DateInfo } from '../lib/model/article';
import { Stories } from './stories';
import { storyRecord } from './story-record';
import { memoryStores } from './test-stores';

const undated: DateInfo = { date: null, precision: null, window: null, source: null, evidence: null };
const dated = (date: string): DateInfo => ({ date, precision: 'day', window: null, source: 'text', evidence: { basis: 'dateline', text: date } });

const STORY =
  'قال وزير الخارجية الروسي سيرغي لافروف اليوم إن موسكو لن تتخلى عن دعم الحل السياسي في سوريا، وإن الحوار بين الأطراف السورية يجب أن يستمر في جنيف برعاية الأمم المتحدة. ' +
  'وأضاف أن روسيا ستواصل العمل مع الشركاء الإقليميين لضمان وقف إطلاق النار في حلب وإدلب وإيصال المساعدات الإنسانية إلى المدنيين.';
const OTHER =
  'أعلنت وزارة الدفاع الروسية أن طائرات النقل العسكرية نقلت شحنة جديدة من المعدات الطبية إلى قاعدة حميميم الجوية في ريف اللاذقية. ' +
  'وأوضح المتحدث باسم الوزارة أن الشحنة تضم أجهزة تنفس ومواد تعقيم سيجري توزيعها على مستشفيات المنطقة خلال الأسبوع المقبل.';

function article(id: string, body: string, date: DateInfo = undated) {
  return storyRecord({ id, body, headline: null, date } as Article);
}

describe('stories', () => {
  it('links copies of one story, not other stories, and lends the earliest own date to undated copies', async () => {
    const stories = new Stories(memoryStores());
    const lent = await stories.link([
      article('a1', STORY, dated('2016-10-12')),
      article('a2', STORY + ' وختم حديثه بالتأكيد على ذلك.', dated('2016-10-11')),
      article('a3', 'نقلا عن وكالات: ' + STORY),
      article('a4', OTHER),
    ]);
    expect(await stories.others('a3')).toEqual(['a1', 'a2']);
    expect(await stories.others('a4')).toEqual([]);
    expect([...lent.keys()]).toEqual(['a3']);
    expect(lent.get('a3')).toMatchObject({ date: '2016-10-11', source: 'cluster' });
  });

  it('counts known outlets and prefers an own date over a lent one as the earliest', async () => {
    const stories = new Stories(memoryStores());
    await stories.link([article('a1', STORY), article('a2', STORY + ' انتهى.'), article('a3', STORY + ' تم.'), article('a4', OTHER)]);
    const lentDay: DateInfo = { ...dated('2016-10-11'), source: 'cluster' };
    const facts = await stories.facts([
      { id: 'a1', outlet: 'RT Arabic', date: lentDay },
      { id: 'a2', outlet: 'RT Arabic', date: dated('2016-10-11') },
      { id: 'a3', outlet: null, date: undated },
      { id: 'a4', outlet: 'SANA', date: undated },
    ]);
    expect(facts.get('a1')).toEqual({ versions: 3, outlets: 1, earliest: 'a2' });
    expect(facts.get('a3')).toBe(facts.get('a1'));
    expect(facts.get('a4')).toEqual({ versions: 1, outlets: 1, earliest: null });
  });

  it('is rebuilt from the stored records by a new session, and a later copy joins the story', async () => {
    const stores = memoryStores();
    await new Stories(stores).link([article('a1', STORY, dated('2016-10-11'))]);
    const next = new Stories(stores);
    const lent = await next.link([article('a2', 'عاجل: ' + STORY)]);
    expect(await next.others('a2')).toEqual(['a1']);
    expect(lent.get('a2')?.date).toBe('2016-10-11');
    // a date lent earlier is not lent on: the record keeps the copy's own (undated) date
    expect((await stores.signatures.get('a2'))?.ownDate.date).toBeNull();
    // links are saved on both sides, so a later session restores the story without matching again
    expect((await stores.signatures.get('a1'))?.links).toEqual(['a2']);
    expect((await stores.signatures.get('a2'))?.links).toEqual(['a1']);
    expect(await new Stories(stores).others('a1')).toEqual(['a2']);
  });

  it('a later session lists stories from the saved story list, without loading the signatures', async () => {
    const stores = memoryStores();
    await new Stories(stores).link([article('a1', STORY, dated('2016-10-11')), article('a2', 'عاجل: ' + STORY), article('a3', OTHER)]);
    let loads = 0;
    const values = stores.signatures.values.bind(stores.signatures);
    stores.signatures.values = async () => (loads++, values());
    const next = new Stories(stores);
    expect(await next.others('a2')).toEqual(['a1']);
    expect((await next.facts([{ id: 'a3', outlet: null, date: undated }])).get('a3')?.versions).toBe(1);
    expect(loads).toBe(0);
    // A story list that does not cover the stored records (a session that ended mid-link) is not trusted.
    await stores.signatures.setMany([['a4', { ...article('a4', 'نقلا عن تاس: ' + STORY), links: ['a1'] }]]);
    expect(await new Stories(stores).others('a1')).toEqual(['a2', 'a4']);
    expect(loads).toBe(1);
  });

  it('drops a link from both records when an article is re-linked with a text that no longer matches', async () => {
    const stores = memoryStores();
    const stories = new Stories(stores);
    await stories.link([article('a1', STORY), article('a2', 'عاجل: ' + STORY)]);
    expect((await stores.signatures.get('a1'))?.links).toEqual(['a2']);
    await stories.link([article('a2', OTHER)]);
    expect(await stories.others('a1')).toEqual([]);
    expect((await stores.signatures.get('a1'))?.links).toEqual([]);
    expect((await stores.signatures.get('a2'))?.links).toEqual([]);
    expect(await new Stories(stores).others('a1')).toEqual([]);
  });

  it('keeps a large story cheap: adding one more copy lends a date to that copy only', async () => {
    const stories = new Stories(memoryStores());
    const copies = Array.from({ length: 300 }, (_, i) => article(`c${String(i).padStart(3, '0')}`, `${STORY} (${i})`, dated('2016-10-11')));
    await stories.link(copies);
    const lent = await stories.link([article('new', STORY)]);
    expect([...lent.keys()]).toEqual(['new']);
    expect((await stories.others('new')).length).toBe(300);
  });
});
