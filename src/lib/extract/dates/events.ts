/**
 * pastEventConstraints: "the text cannot be older than this event" bounds from the curated table
 * (events-table*.ts). A mention counts only when the text speaks of the event as having happened:
 * never under a future or aim marker ("سوف", "ستبدأ", "لاستعادة", "من أجل", "will", "to retake",
 * "для", "будет"); for one-off events (needsCue) a past/done cue must also be near ("بعد",
 * "منذ", "الماضي", "انتصارات", "after", "since", "was", "после", "был"…). One constraint per event.
 */

import type { Language } from '../../model/article';
import type { DateConstraint } from '../../model/date-constraint';
import { PAST_EVENTS } from './events-table';
import type { PastEvent } from './events-table';
import { PAST_EVENTS_LATE } from './events-table-late';
import { foldPattern, foldText, originalSpan } from './normalize';
import type { FoldedText } from './normalize';
import { clauseBefore } from './tense';
import { LineIndex, lineMatches } from './line-scan';
import { FactorScanner } from './factor-scan';
import type { FoundStrings } from './factor-scan';
import { factorsOf } from '../text-gate';

export const ALL_PAST_EVENTS: PastEvent[] = [...PAST_EVENTS, ...PAST_EVENTS_LATE];

const P = '(?:^|[^\\p{L}])[وفبل]?(?:ال)?';
const Z = '(?![\\p{L}])';

/** Markers that the event is still to come or only aimed at (checked in the clause before). */
const AIM: Record<'ar' | 'en' | 'ru', RegExp> = {
  ar: new RegExp(foldPattern(`${P}(?:سوف|ستبدا|سيبدا|ستنطلق|سينطلق|سيتم|ستتم|من اجل|بهدف|تسعى|يسعى|نسعى|تسعي|يسعي|خطة|خطط|معركة|معارك|محاولة|محاولات|يمكن|قد|اذا|لو|حال|نامل|يامل|تامل|ناملو|يرجح|ينبغي|يجب)${Z}`), 'u'),
  en: /\b(?:will|would|shall|plans?|planned|planning|aims?|aiming|seeks?|seeking|prepar\w*|battle for|attempts?|could|if|bid|push|offensive|hopes?|may|might|should|must)\b/,
  ru: /(?:^|[^\p{L}])(?:для|чтобы|будет|будут|планиру\p{L}*|намерен\p{L}*|готов\p{L}*|попытк\p{L}*|битв\p{L}*|штурм\p{L}*|наступлени\p{L}*|если|может|могут|надеется|надеемся)(?![\p{L}])/u,
};
/** The only markers that block a lasting state ("ستبدأ الحملة الجوية"): a future start or an "if". */
const START_FUTURE: Record<'ar' | 'en' | 'ru', RegExp> = {
  ar: new RegExp(foldPattern(`${P}(?:ستبدا|سيبدا|تبدا|يبدا|ستنطلق|سينطلق|تنطلق|ستطلق|سيطلق|اذا|لو|في حال|احتمال)${Z}`), 'u'),
  en: /\b(?:will (?:begin|start|launch)|would|if|possible|possibility of)\b/,
  ru: /(?:^|[^\p{L}])(?:начнет\p{L}*|начнут\p{L}*|если|возможн\p{L}*)(?![\p{L}])/u,
};
/** A future start right after a lasting state ("الحملة الجوية الروسية ستبدأ", "… will begin"). */
const START_AFTER: Record<'ar' | 'en' | 'ru', RegExp> = {
  ar: new RegExp(foldPattern(`^[^.\n]{0,30}?${P}(?:ستبدا|سيبدا|ستنطلق|سينطلق|قد تبدا|قد يبدا)${Z}`), 'u'),
  en: /^[^.\n]{0,30}?\b(?:will|would|could|may|might|is to|are to)\s+(?:begin|start|be launched|launch)\b/,
  ru: /^[^.\n]{0,30}?(?:^|[^\p{L}])(?:начнет\p{L}*|начнут\p{L}*|начнется|начнутся)(?![\p{L}])/u,
};
/** Past/done cues around a one-off event. */
const CUE: Record<'ar' | 'en' | 'ru', RegExp> = {
  ar: new RegExp(foldPattern(`${P}(?:بعد|منذ|عقب|اثر|اعقاب|الماضي|الماضية|السابق|انتصار\\p{L}*|نجاح\\p{L}*|تمكن\\p{L}*|تم|جرى|جرت|شهد\\p{L}*|كان|كانت|ذكرى|توصل\\p{L}*|ادى|ادت|اعلن\\p{L}*|حقق\\p{L}*|الاعتبار|ضوء|نتيجة|انهيار|فشل|خرق\\p{L}*|انتهاك\\p{L}*|استعاد|استعادت|استعادوا|حرر|حررت|حرروا|تحرر|تحررت|سقطت|وقع|وقعت|عقد|عقدت)${Z}`), 'u'),
  en: /\b(?:after|since|following|last|ago|anniversary|was|were|had|has been|have been|retook|recaptured|liberated|reached|signed|began|launched|started|took place|earlier|collapse\w*|violat\w*|success\w*|victor\w*)\b/,
  ru: /(?:^|[^\p{L}])(?:после|с тех пор|со времени|с момента|годовщин\p{L}*|был|была|было|были|достигнут\p{L}*|подписан\p{L}*|освобожден\p{L}*|освободил\p{L}*|прошл\p{L}*|минувш\p{L}*|срыв\p{L}*|успех\p{L}*|побед\p{L}*)(?![\p{L}])/u,
};

function clauseAfter(norm: string, end: number, max = 60): string {
  const chunk = norm.slice(end, end + max);
  const cut = chunk.search(/[.\n؟!?؛]/);
  return cut >= 0 ? chunk.slice(0, cut) : chunk;
}

/** Letters glued to the front of the match ("ل" in "لاستعادة"), or null when it starts mid-word. */
function gluedPrefix(norm: string, start: number, lang: 'ar' | 'en' | 'ru'): string | null {
  let i = start;
  while (i > 0 && /\p{L}/u.test(norm[i - 1])) i--;
  const pfx = norm.slice(i, start);
  if (!pfx) return '';
  if (lang !== 'ar') return null;
  return /^(?:[وف]?[بل]?|[وف]?لل|[وف]?بال|[وف]?ال)$/.test(pfx) ? pfx : null;
}

const compiled = new Map<string, RegExp>();
function compile(src: string): RegExp {
  let re = compiled.get(src);
  if (!re) {
    re = new RegExp(foldPattern(src), 'gu');
    compiled.set(src, re);
  }
  re.lastIndex = 0;
  return re;
}

function langsFor(lang: Language): Array<'ar' | 'en' | 'ru'> {
  return lang === 'other' ? ['ar', 'en', 'ru'] : [lang];
}

/**
 * A text lacking one of a pattern's required factor sets (regex-factors.ts) holds no match. The
 * table's patterns (~55 per language) are not asked about their factors one by one: the text is
 * scanned once for every factor of the table (factor-scan.ts), and each pattern checked against
 * what was found. Exact, like the TextGate it replaces here: the same patterns run, on the same
 * lines.
 */
const scanners = new Map<string, FactorScanner>();

function scannerFor(langs: Array<'ar' | 'en' | 'ru'>): FactorScanner {
  const key = langs.join(',');
  let sc = scanners.get(key);
  if (!sc) {
    const sets = ALL_PAST_EVENTS.flatMap((ev) =>
      langs.flatMap((lg) => ev[lg].map((src) => factorsOf(compile(src)) ?? [])),
    );
    sc = new FactorScanner(sets.flat(2));
    scanners.set(key, sc);
  }
  return sc;
}

/** False only when `re` certainly finds nothing in the text: one of its factor sets is absent. */
function mayMatch(re: RegExp, found: FoundStrings): boolean {
  const sets = factorsOf(re);
  return sets === null || sets.every((set) => set.some((f) => found.has(f)));
}

/**
 * True when the mention is alone on a short line of a multi-line text: a menu item or a
 * "related stories" link left in the body, not something the article says.
 */
function bareLine(norm: string, start: number, end: number): boolean {
  if (!norm.includes('\n')) return false;
  const ls = norm.lastIndexOf('\n', start - 1) + 1;
  let le = norm.indexOf('\n', end);
  if (le < 0) le = norm.length;
  const line = norm.slice(ls, le).trim();
  return line.length <= end - start + 15 && !/[.!?؟،,:]/.test(line);
}

/** The first mention of `ev` that the text speaks of as past, in folded coordinates. */
function findMention(
  norm: string,
  ev: PastEvent,
  langs: Array<'ar' | 'en' | 'ru'>,
  found: FoundStrings,
  lines: LineIndex,
): [number, number] | null {
  for (const lg of langs) {
    for (const src of ev[lg]) {
      const re = compile(src);
      if (!mayMatch(re, found)) continue;
      for (const m of lineMatches(norm, re, lines)) {
        const start = m.index;
        const end = start + m.text.length;
        const pfx = gluedPrefix(norm, start, lg);
        if (pfx === null || bareLine(norm, start, end)) continue;
        const before = clauseBefore(norm, start, 70);
        if (ev.needsCue) {
          if (/ل/.test(pfx) || AIM[lg].test(before) || /\bto\s+$/.test(before)) continue;
          if (!CUE[lg].test(before) && !CUE[lg].test(m.text) && !CUE[lg].test(clauseAfter(norm, end))) continue;
        } else if (START_FUTURE[lg].test(before) || START_AFTER[lg].test(clauseAfter(norm, end))) {
          continue;
        }
        return [start, end];
      }
    }
  }
  return null;
}

export function pastEventConstraints(text: string, lang: Language): DateConstraint[] {
  return pastEventConstraintsIn(text, foldText(text), lang);
}

/** pastEventConstraints on a text already folded (foldText) by the caller. */
export function pastEventConstraintsIn(text: string, folded: FoldedText, lang: Language): DateConstraint[] {
  const langs = langsFor(lang);
  const found = scannerFor(langs).scan(folded.norm);
  const out: DateConstraint[] = [];
  const lines = new LineIndex(found);
  for (const ev of ALL_PAST_EVENTS) {
    const hit = findMention(folded.norm, ev, langs, found, lines);
    if (!hit) continue;
    const [start, end] = originalSpan(folded, hit[0], hit[1]);
    out.push({
      after: ev.date,
      before: null,
      why: `${ev.label} (${ev.date}); the text speaks of it as ${ev.needsCue ? 'past' : 'having happened'}`,
      evidence: text.slice(start, end),
      start,
      end,
    });
  }
  return out.sort((a, b) => (a.after ?? '').localeCompare(b.after ?? ''));
}
