/**
 * Takes the words right after a title as the name of an unlisted person when they look like one:
 * in Arabic two or three words that are not particles, verbs, time words or definite nouns
 * ("نائب وزير الخارجية الروسي فلان فلانوف"); in English and Russian one to three capitalised words.
 * Conservative on purpose: a wrong name is worse than "(unnamed)".
 */

import { foldString } from './normalize';
import type { Token } from './tokens';

const AR_STOP = new Set(
  (
    'ان انه انها انهم بان بانه بانها في على الى عن من مع خلال اليوم امس يوم قد كان كانت لدى حول بشان بعد قبل عقب اثناء ' +
    'لوكاله لوكالات للصحفيين للصحافيين لقناه لصحيفه لموقع لشبكه لتلفزيون لاذاعه عبر الذي التي الذين وهو وهي هو هي ما لا لم لن كما بين ضمن حيث ' +
    'انه ايضا كذلك مساء صباح ظهر الماضي المقبل الجاري الحالي السابق الاسبق الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد ' +
    'قال اكد اعلن شدد اشار اوضح اضاف تابع اردف لفت نوه اعتبر راي وصف نفى نفي دعا حذر كشف اعرب تعهد اقر تساءل ذكر اشاد ندد طالب اتهم جدد رفض ' +
    'صرح افاد قالت اكدت اعلنت شددت اشارت اوضحت اضافت تابعت اردفت يقول تقول يؤكد يوكد تؤكد توكد امام وسط ازاء تجاه نحو ضد عند بدوره بدورها ' +
    'للانباء للأنباء الرسمي الرسميه الخاص الخاصه الدائم الدائمه العام العامه الاول الاعلى الروسي الروسيه'
  )
    .split(' ')
    .map(foldString),
);

/** Russian first names as Arabic news write them (folded). */
const AR_FIRST_NAMES = new Set(
  (
    'سيرغي سيرجي الكسندر الكساندر اليكساندر ميخائيل ميخايل دميتري ديمتري ديميتري اندريه اندري فلاديمير ايغور ايجور يوري نيكولاي اوليغ اوليج ' +
    'فيكتور فاليري اليكسي الكسي غينادي جينادي فاسيلي ايفان بافل رومان مكسيم ماكسيم ارتيوم ارتيم ماريا انا ايلينا يلينا ايرينا تاتيانا اولغا ' +
    'ناتاليا فالنتينا ليونيد بوريس يفغيني يفجيني غريغوري ستانيسلاف كونستانتين فياتشيسلاف اناتولي فيتالي فيودور بيوتر دينيس فلاديسلاف ' +
    'الكسي اليكسي يفغيني غيورغي جورجي سفيتلانا ايليا ميخائيل نيكيتا اركادي فاديم فيكتوريا يكاترينا'
  )
    .split(' ')
    .map(foldString),
);

/** Endings of Russian surnames as Arabic news write them (folded). */
const AR_SURNAME = /(وف|يف|ييف|ين|سكي|سكايا|وفا|يفا|ينا|نكو|يتش|تشوك|ياك|شوك|وك)$/;

const EN_STOP = new Set(
  'The A An He She It They On In At For To Of And But Said Says Told Added Tuesday Monday Wednesday Thursday Friday Saturday Sunday Russia Russian Moscow Syria Syrian'.split(
    ' ',
  ),
);

function isCapitalised(orig: string): boolean {
  const c = orig.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Name tokens [ts, te] starting at token `from` (the first token after the title), stopping before
 * `limit` (the next gazetteer match), or null.
 */
export function captureName(
  tokens: Token[],
  text: string,
  from: number,
  limit: number,
  orig?: (t: Token) => string,
): { ts: number; te: number } | null {
  if (from >= tokens.length || from >= limit) return null;
  const prev = tokens[from - 1];
  if (prev && text.slice(prev.e, tokens[from].s).trim() !== '') return null;
  const script = tokens[from].script;
  let te = -1;
  for (let j = from; j < Math.min(limit, from + 3); j++) {
    const t = tokens[j];
    if (
      j > from &&
      text
        .slice(tokens[j - 1].e, t.s)
        .trim()
        .replace('-', '') !== ''
    )
      break;
    if (t.script !== script) break;
    if (script === 'ar') {
      const w = t.text;
      const bare = /^[وف]/.test(w) && w.length > 3 ? w.slice(1) : w;
      if (AR_STOP.has(w) || AR_STOP.has(bare) || w.startsWith('ال') || w.startsWith('لل') || w.length < 2)
        break;
      if (/^(بال|وال|فال|كال)/.test(w)) break;
    } else if (script === 'la' || script === 'cy') {
      const o = orig ? orig(t) : t.text;
      if (!isCapitalised(o) || EN_STOP.has(o)) break;
    } else break;
    te = j;
  }
  if (te < 0) return null;
  if (script === 'ar') {
    if (te === from) return null;
    // Keep two words (first name + surname) unless a third also looks like a surname.
    if (te - from === 2 && !AR_SURNAME.test(tokens[te].text)) te--;
    const firstOk = AR_FIRST_NAMES.has(tokens[from].text);
    const lastOk = AR_SURNAME.test(tokens[te].text);
    if (!firstOk && !lastOk) return null;
  }
  return { ts: from, te };
}
