/**
 * The curated events table, continued: events from late 2017 to now (see events-table.ts for the
 * rules the patterns follow).
 */

import type { PastEvent } from './events-table';

const R = String.raw;
const L = R`\p{L}*`;
const CHEM_AR = R`(?:كيم[يا]وي\p{L}*|السارين|سارين|الكلور)`;
const RETAKE_AR = R`(?:استعاد\p{L}*|تحرير\p{L}*|تحرر\p{L}*|حرر\p{L}*|استرجاع\p{L}*|استرداد\p{L}*)`;

export const PAST_EVENTS_LATE: PastEvent[] = [
  {
    id: 'deir-ez-zor-siege-broken', date: '2017-09-05', label: 'The siege of Deir ez-Zor was broken', needsCue: false,
    ar: [R`(?:فك|كسر) (?:ال)?حصار (?:عن )?(?:مدينة )?دير الزور`], en: [R`(?:broke|breaking|lifting|lifted|end${L}) (?:of )?the siege of deir[- ](?:ez|al|el)[- ]?zor`],
    ru: [R`(?:прорыв${L}|сняти${L}) блокад${L} дейр-?эз-?зор${L}`, R`деблокад${L} дейр-?эз-?зор`],
  },
  {
    id: 'raqqa-taken', date: '2017-10-17', label: 'The SDF took Raqqa from ISIS', needsCue: true,
    ar: [R`${RETAKE_AR} (?:مدينة )?الرقة`, R`(?:سقوط|طرد داعش من) (?:مدينة )?الرقة`],
    en: [R`(?:fall|liberation|recapture|capture) of raqqa`, R`raqqa (?:was |has been )?(?:liberated|recaptured|taken)`, R`(?:liberated|recaptured|retook) raqqa`],
    ru: [R`освобо${L} ракк`, R`(?:взяти${L}|падени${L}) ракк`],
  },
  {
    id: 'olive-branch', date: '2018-01-20', label: 'Turkey\'s Operation Olive Branch in Afrin began', needsCue: false,
    ar: [R`غصن الزيتون`], en: [R`olive branch`], ru: [R`оливков${L} ветв${L}`],
  },
  {
    id: 'sochi-congress', date: '2018-01-30', label: 'The Syrian National Dialogue Congress in Sochi', needsCue: true,
    ar: [R`مؤتمر (?:ال)?حوار (?:ال)?وطني (?:ال)?سوري`, R`مؤتمر سوتشي`], en: [R`syrian national dialogue congress|congress of (?:the )?syrian national dialogue|sochi congress`],
    ru: [R`конгресс${L} (?:сирийского )?национального диалога`, R`сочинск${L} конгресс${L}`],
  },
  {
    id: 'douma-chemical', date: '2018-04-07', label: 'The alleged chemical attack in Douma', needsCue: false,
    ar: [R`دوما[^.\n]{0,40}${CHEM_AR}|${CHEM_AR}[^.\n]{0,40}(?:في )?دوما`], en: [R`douma[^.\n]{0,40}(?:chemical|chlorine|sarin)|(?:chemical|chlorine)[^.\n]{0,40}douma`],
    ru: [R`хими${L}[^.\n]{0,40}(?:в|на) (?:сирийской )?думе|инсценировк${L}[^.\n]{0,40}думе|дум${L} (?:в )?восточн${L} гут`],
  },
  {
    id: 'tripartite-strike', date: '2018-04-14', label: 'The US–UK–French strikes on Syria', needsCue: false,
    ar: [R`(?:الضربة|الضربات|العدوان|الهجوم) (?:الصاروخي${L} )?(?:الثلاثي|الثلاثية)`], en: [R`(?:us|u\.s\.)[-, ]+(?:british|uk|u\.k\.)[-, ]+(?:and )?french (?:air ?strikes|strikes|missile strikes)|tripartite (?:strike|aggression)`],
    ru: [R`(?:трехсторонн|тройственн)${L} (?:удар|агресси)`],
  },
  {
    id: 'idlib-sochi-memorandum', date: '2018-09-17', label: 'The Russian–Turkish Sochi memorandum on Idlib', needsCue: false,
    ar: [R`(?:اتفاق|اتفاقية|مذكرة|تفاهم|تفاهمات)${L} سوتشي[^.\n]{0,40}ادلب|ادلب[^.\n]{0,40}(?:اتفاق|اتفاقية|مذكرة|تفاهم|تفاهمات)${L} سوتشي`],
    en: [R`sochi (?:agreement|memorandum|deal)[^.\n]{0,40}idlib|idlib[^.\n]{0,40}sochi (?:agreement|memorandum|deal)`],
    ru: [R`сочинск${L} (?:меморандум|соглашени|договоренност)${L}[^.\n]{0,40}идлиб|идлиб${L}[^.\n]{0,40}сочинск${L} (?:меморандум|соглашени|договоренност)`],
  },
  {
    id: 'il20-shootdown', date: '2018-09-17', label: 'The Russian Il-20 was shot down off Latakia', needsCue: false,
    ar: [R`(?:اسقاط|اسقطت|تحطم|سقوط) (?:ال)?(?:طائرة )?(?:ال)?(?:استطلاع )?(?:ال)?روسية (?:من طراز )?(?:ايل|اليوشن)|(?:ايل|اليوشن) ?-? ?20`], en: [R`il-?20`], ru: [R`ил-?20`],
  },
  {
    id: 'peace-spring', date: '2019-10-09', label: 'Turkey\'s Operation Peace Spring began', needsCue: false,
    ar: [R`نبع السلام`], en: [R`peace spring`], ru: [R`источник${L} мира`],
  },
  {
    id: 'ukraine-invasion', date: '2022-02-24', label: 'Russia\'s full-scale invasion of Ukraine', needsCue: false,
    ar: [R`(?:ال)?عملية (?:ال)?عسكرية (?:ال)?(?:روسية )?(?:ال)?(?:خاصة )?في اوكرانيا`, R`(?:ال)?غزو (?:ال)?روسي (?:ل|على )?(?:ال)?اوكرانيا`],
    en: [R`(?:invasion of|invaded) ukraine`, R`special military operation`], ru: [R`специальн${L} военн${L} операци${L}`, R`спецоперац${L} (?:на|в) украин`],
  },
  {
    id: 'fall-of-assad', date: '2024-12-08', label: 'The fall of Bashar al-Assad', needsCue: false,
    ar: [R`(?:ال)?(?:رئيس )?(?:ال)?(?:سوري )?(?:ال)?مخلوع (?:بشار )?(?:ال)?اسد|(?:بشار )?(?:ال)?اسد (?:ال)?مخلوع`, R`(?:ال)?نظام (?:ال)?بائد`, R`(?:بعد|منذ|عقب|اثر) (?:سقوط|اسقاط|انهيار|هروب|فرار) (?:نظام )?(?:بشار )?(?:ال)?اسد`],
    en: [R`(?:ousted|deposed|toppled|overthrown)[^.\n]{0,30}assad`, R`(?:since|after|following) (?:the )?(?:fall|ouster|overthrow|collapse) of (?:the )?(?:bashar )?(?:al-)?assad`, R`post-assad`],
    ru: [R`(?:свергнут${L}|бывш${L}) (?:сирийск${L} )?(?:президент${L} )?(?:сирии )?(?:башар${L} )?асад`, R`(?:после|с момента) (?:свержени${L}|падени${L}) (?:режима )?(?:башара )?асада`],
  },
  {
    id: 'sharaa-president', date: '2025-01-29', label: 'Ahmed al-Sharaa named Syria\'s president', needsCue: false,
    ar: [R`(?:ال)?رئيس (?:ال)?(?:سوري )?(?:ال)?(?:انتقالي )?(?:احمد )?الشرع`], en: [R`president (?:ahmed |ahmad )?(?:al-)?sharaa`], ru: [R`президент${L} (?:сирии )?(?:переходного периода )?(?:ахмед${L} )?(?:аш-)?шараа`],
  },
];
