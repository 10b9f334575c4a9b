/**
 * Renders one planned article of the benchmark corpus into page text: the templates filled in
 * (names spelled the way this copy of the article spells them, the title the speaker held that
 * year, the date phrase, سوريا/سورية) and wrapped in its outlet's chrome — RT-style menus,
 * photo caption, "المصدر:" credit, related headlines; SANA's dateline and subscribe lines;
 * Elaph's Telegram prompt, subheads and reader comments; Reuters/TASS/RIA datelines and tails.
 */

import { arDate, arWeekday, enDate, enDateline, enWeekday, ruDate, ruDateline, ruWeekday } from './dates';
import type { Day } from './dates';
import { Rng } from './rng';
import type { SeedPool } from './seed-pool';
import { SPEAKER_BY_ID, postIn } from './speakers';
import type { Template } from './template';

export type Lang = 'ar' | 'en' | 'ru';
export type OutletStyle = 'rt' | 'sana' | 'elaph' | 'plain' | 'reuters' | 'tass-en' | 'ria' | 'tass-ru';

export const OUTLET_NAME: Record<OutletStyle, string | null> = {
  rt: 'RT Arabic',
  sana: 'SANA',
  elaph: 'Elaph',
  plain: null,
  reuters: 'Reuters',
  'tass-en': 'TASS',
  ria: 'RIA Novosti',
  'tass-ru': 'TASS',
};

export interface Plan {
  lang: Lang;
  outlet: OutletStyle;
  day: Day;
  dateForm: number;
  /** Speaker ids: main speaker, second, third. */
  cast: string[];
  headline: Template | null;
  lead: Template;
  body: Template[];
  /** Subhead text before body[i] (Elaph), or null. */
  subheads: (string | null)[];
  syria: 'سوريا' | 'سورية';
  spellSeed: number;
}

const RT_MENU = ['مباشر', 'أين يمكنك متابعتنا', '', 'أقسام مهمة', '', 'Stories', ''];
const RT_CREDITS = ['تاس', 'وكالات', 'نوفوستي', 'RT'];
const PHOTO = ['RIA NOVOSTI', 'Reuters', 'AFP', 'Sputnik'];
const SANA_TAIL = [
  'تابعوا آخر الأخبار السياسية والميدانيـة عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط :',
  'https://telegram.me/SyrianArabNewsAgency',
  'تابعونا عبر تطبيق واتس أب :',
  'عبر إرسال كلمة اشتراك على الرقم / 0940777186/ بعد تخزينه باسم سانا أو (SANA).',
  'تابعوا صفحتنا على موقع (VK) للتواصل الاجتماعي على الرابط:',
];
const SANA_CITIES = ['موسكو', 'دمشق', 'نيويورك', 'جنيف'];
const ELAPH_HEAD = ['يمكنكم الآن متابعة آخر الأخبار مجاناً من خلال تطبيق تلغرام', 'إضغط هنا للإشتراك'];
const COMMENT_TITLES = ['هبوا لمساندة الدواعش !!', 'قليل من الخجل', 'خزاكم الله', 'رأي آخر', 'سؤال بسيط'];
const FALLBACK_RELATED = ['الجيش السوري يتقدم في ريف حلب', 'ترامب والناتو وامتحان غرينلاند', 'فيديوهات'];
const FALLBACK_COMMENTS = ['علي البصري -الضربات الروسية اثمرت كل هذا الضجيج الاعلامي'];

interface Filled {
  full: string[];
  last: string[];
  title: string[];
}

function castNames(plan: Plan, rng: Rng): Filled {
  const out: Filled = { full: [], last: [], title: [] };
  for (const id of plan.cast) {
    const s = SPEAKER_BY_ID.get(id)!;
    const names = s[plan.lang];
    const first = rng.pick(names.first);
    const last = rng.pick(names.last);
    out.full.push(`${first} ${last}`);
    out.last.push(last);
    out.title.push(postIn(s, plan.day.y)?.[plan.lang] ?? '');
  }
  return out;
}

function fill(t: Template, plan: Plan, names: Filled): string {
  const female = SPEAKER_BY_ID.get(plan.cast[0])!.gender === 'f';
  let s = '';
  for (const p of t.pieces) {
    if (typeof p === 'string') s += p;
    else if (p.k === 'full' || p.k === 'last' || p.k === 'title') s += names[p.k][p.r] ?? '';
    else if (p.k === 'g') s += female ? p.f : p.m;
    else if (p.k === 'sy') s += plan.syria;
    else if (p.k === 'wd')
      s +=
        plan.lang === 'ar'
          ? arWeekday(plan.day)
          : plan.lang === 'en'
            ? enWeekday(plan.day)
            : ruWeekday(plan.day);
    else
      s +=
        plan.lang === 'ar'
          ? arDate(plan.day, plan.dateForm)
          : plan.lang === 'en'
            ? enDate(plan.day, plan.dateForm)
            : ruDate(plan.day);
  }
  return s;
}

/** The page text of a planned article, and the headline it shows (null when the page has none). */
export function renderArticle(plan: Plan, pool: SeedPool): { text: string; headline: string | null } {
  const rng = new Rng(plan.spellSeed);
  const names = castNames(plan, rng);
  const headline = plan.headline ? fill(plan.headline, plan, names) : null;
  const lead = fill(plan.lead, plan, names);
  const body = plan.body.map((t) => fill(t, plan, names));
  const related = pool.related.length ? pool.related : FALLBACK_RELATED;
  const lines: string[] = [];
  switch (plan.outlet) {
    case 'rt': {
      const rel = rng.sample(related, 3);
      lines.push(...RT_MENU, `${rng.int(10, 60)} خبر`, ...rel.map((r) => `  • ${r}`));
      for (const r of rel) lines.push(`  • ${r}`, '', `    ${r}`, '');
      if (headline) lines.push(headline, '');
      lines.push(lead, '');
      if (headline) lines.push(headline, `${names.full[0]} / ${rng.pick(PHOTO)}`, '');
      for (const b of body) lines.push(b, '');
      lines.push(`المصدر: ${rng.pick(RT_CREDITS)}`, '', 'التعليقات', '');
      for (const r of rng.sample(related, 6)) lines.push(r, '');
      break;
    }
    case 'sana':
      lines.push(`${rng.pick(SANA_CITIES)} – سانا`, lead, ...body, ...SANA_TAIL);
      break;
    case 'elaph': {
      if (headline) lines.push(headline);
      lines.push(rng.pick(related), ...ELAPH_HEAD, lead);
      body.forEach((b, i) => {
        if (plan.subheads[i]) lines.push(plan.subheads[i] as string);
        lines.push(b);
      });
      lines.push('التعليقات');
      const comments = pool.comments.length ? pool.comments : FALLBACK_COMMENTS;
      for (const c of rng.sample(comments, rng.int(1, 3))) lines.push(rng.pick(COMMENT_TITLES), c);
      break;
    }
    case 'plain':
      if (headline) lines.push(headline);
      lines.push(lead, ...body);
      break;
    case 'reuters':
    case 'tass-en':
      if (headline) lines.push(headline, '');
      lines.push(enDateline(plan.day, plan.outlet === 'reuters' ? 'Reuters' : 'TASS') + lead, '');
      for (const b of body) lines.push(b, '');
      if (plan.outlet === 'reuters')
        lines.push(
          'Reporting by Maria Tsvetkova; Editing by Alison Williams',
          '',
          'Our Standards: The Thomson Reuters Trust Principles.',
        );
      break;
    default:
      if (headline) lines.push(headline, '');
      lines.push(ruDateline(plan.day, plan.outlet === 'ria' ? 'RIA Novosti' : 'TASS') + lead, '');
      for (const b of body) lines.push(b, '');
      if (plan.outlet === 'ria') lines.push('Подписывайтесь на РИА Новости в Telegram');
  }
  return { text: lines.join('\n'), headline };
}
