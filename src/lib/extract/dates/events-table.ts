/**
 * The curated table of dated events of the Syrian war and of Russia's involvement. A text that
 * speaks of one of them as past (or, for a lasting state such as "the Russian air campaign in
 * Syria", as under way) cannot have been written before its date. Patterns are regex sources on
 * folded text (see normalize.ts: أ/إ/آ → ا, ى → ي, lower case, ё → е) and must be specific:
 * "تدمر" alone is not "Palmyra retaken", "استعادة تدمر" is. `needsCue`: the wording alone does
 * not say the event happened ("تحرير الرقة" may be an aim), so a past/done cue must be near.
 */

export interface PastEvent {
  id: string;
  /** ISO date of the event. */
  date: string;
  /** What happened, in English, for the reasoning shown to the user. */
  label: string;
  needsCue: boolean;
  ar: string[];
  en: string[];
  ru: string[];
}

const R = String.raw;
const L = R`\p{L}*`;
const SY = 'سوري[اة]';
const AM = '(?:الامريكي|الاميركي|الامريكية|الاميركية)';
const CHEM_AR = R`(?:كيم[يا]وي\p{L}*|السارين|سارين|الكلور)`;
const RETAKE_AR = R`(?:استعاد\p{L}*|تحرير\p{L}*|تحرر\p{L}*|حرر\p{L}*|استرجاع\p{L}*|استرداد\p{L}*)`;

export const PAST_EVENTS: PastEvent[] = [
  {
    id: 'ghouta-chemical-attack', date: '2013-08-21', label: 'The chemical attack on Eastern Ghouta', needsCue: false,
    ar: [R`(?:مجزرة|مذبحة) (?:ال)?غوطة`, R`(?:هجوم|الهجوم|قصف|القصف)${L} ?(?:ال)?${CHEM_AR}[^.\n]{0,40}(?:ال)?غوطة[^.\n]{0,40}(?:2013|اب|اغسطس)`],
    en: [R`ghouta (?:chemical )?(?:massacre|attack)[^.\n]{0,30}2013`, R`2013[^.\n]{0,40}(?:chemical|sarin)[^.\n]{0,30}ghouta`, R`ghouta massacre`],
    ru: [R`(?:химическ${L} атак${L}|зарин${L})[^.\n]{0,40}гут${L}[^.\n]{0,40}2013`, R`2013[^.\n]{0,40}химическ${L}[^.\n]{0,40}гут`],
  },
  {
    id: 'chemical-weapons-deal', date: '2013-09-14', label: 'The Russian–US agreement on Syria\'s chemical weapons', needsCue: true,
    ar: [R`(?:اتفاق|الاتفاق|اتفاقية)${L}[^.\n]{0,40}(?:نزع|تدمير|ازالة|التخلص من) (?:ال)?(?:سلاح|اسلحة|الاسلحة|الترسانة) (?:ال)?${CHEM_AR}`],
    en: [R`(?:agreement|deal|framework)[^.\n]{0,40}(?:remov|destroy|destruction|eliminat|dismantl)${L}[^.\n]{0,30}chemical (?:weapons|arsenal)`, R`chemical weapons (?:deal|agreement)`],
    ru: [R`(?:соглашени|договоренност)${L}[^.\n]{0,40}(?:уничтожени|вывоз|ликвидаци)${L}[^.\n]{0,30}химическ${L} оружи`],
  },
  {
    id: 'un-resolution-2118', date: '2013-09-27', label: 'UN Security Council resolution 2118', needsCue: false,
    ar: [R`(?:القرار|قرار|بالقرار|للقرار)(?: الاممي| الدولي| مجلس الامن)?(?: الدولي)?(?: رقم)? 2118`], en: [R`resolution (?:no\.? )?2118`], ru: [R`резолюци${L} (?:сб оон )?(?:№ ?)?2118`],
  },
  {
    id: 'geneva-ii', date: '2014-01-22', label: 'The Geneva II conference on Syria', needsCue: true,
    ar: [R`(?:مؤتمر )?جنيف ?(?:-|–)? ?(?:2|اثنين|الثاني)(?![\p{N}])`], en: [R`geneva ?(?:ii|2)(?![\p{N}\p{L}])`], ru: [R`женев${L} ?(?:-|–)? ?2(?![\p{N}])`],
  },
  {
    id: 'isis-caliphate', date: '2014-06-29', label: 'ISIS declared its "caliphate"', needsCue: false,
    ar: [R`(?:اعلان|اعلن${L}|اعلانه${L})[^.\n]{0,30}(?:دولة )?(?:ال)?خلافة`], en: [R`(?:declar|proclaim)${L}[^.\n]{0,20} (?:a |its |the )?(?:so-called )?caliphate`, R`caliphate (?:was )?(?:declared|proclaimed)`],
    ru: [R`провозгла${L}[^.\n]{0,20}халифат`, R`халифат${L}[^.\n]{0,10}провозглаш`],
  },
  {
    id: 'coalition-strikes-syria', date: '2014-09-23', label: 'US-led coalition strikes in Syria began', needsCue: false,
    ar: [R`(?:غارات|ضربات|طلعات|عمليات|الغارات|الضربات)${L}(?: الجوية)? (?:ل|لل)?(?:ال)?تحالف (?:ال)?دولي`, R`(?:ال)?تحالف (?:ال)?دولي (?:الذي تقوده|بقيادة|الذي يقوده) (?:واشنطن|الولايات المتحدة)`],
    en: [R`(?:us|u\.s\.|american|washington)[- ]led (?:international |anti-isis |anti-is )?coalition`, R`coalition (?:air ?strikes|strikes|bombing) (?:in|on|against)[^.\n]{0,20}syria`],
    ru: [R`(?:международн${L} )?коалици${L} во главе с (?:сша|соединенными штатами|вашингтоном)`, R`(?:удар${L}|авиаудар${L}) (?:международной )?коалиции`],
  },
  {
    id: 'hmeimim-base', date: '2015-09-01', label: 'Russian forces deployed at Hmeimim airbase', needsCue: false,
    ar: [R`(?:قاعدة|مطار) حميميم`], en: [R`(?:hmeimim|khmeimim|hmeymim) (?:air ?base|airfield|base)`], ru: [R`(?:авиа)?баз${L} хмеймим`, R`аэродром${L} хмеймим`],
  },
  {
    id: 'russian-air-campaign', date: '2015-09-30', label: 'The Russian air campaign in Syria began', needsCue: false,
    ar: [
      R`(?:العملية|العمليات|الحملة|الضربات|الغارات|الطلعات|عملية|حملة|ضربات|غارات)(?: العسكرية)? (?:ال)?جوية (?:ال)?روسية`,
      R`(?:سلاح|القوات|قوات) (?:ال)?جو(?:ية)? (?:ال)?روسي${L} (?:في|على|فوق) ${SY}`,
      R`(?:الغارات|الضربات|غارات|ضربات|الطلعات) (?:الجوية )?الروسية`,
      R`(?:ال)?طيران (?:ال)?(?:حربي |عسكري )?(?:ال)?روسي`,
      R`(?:ال)?(?:عملية|تدخل|حملة) (?:ال)?عسكري${L} (?:ال)?روسي${L} في ${SY}`,
    ],
    en: [R`russian (?:air ?strikes|air campaign|air operation|bombing campaign|air raids|warplanes|jets|bombers|aircraft) (?:in|over|on)[^.\n]{0,20}syria`, R`russia'?s (?:military )?(?:intervention|air campaign|operation|campaign) in syria`, R`russian (?:air ?strikes|air campaign|air raids)`],
    ru: [R`(?:российск${L} )?(?:авиаци${L}|ввс|вкс|авиагрупп${L}|военн${L} самолет${L}) (?:россии )?в сирии`, R`(?:операци${L}|удар${L}|авиаудар${L}) (?:российских )?(?:вкс|ввс) (?:россии |рф )?в сирии`],
  },
  {
    id: 'issg', date: '2015-11-14', label: 'The International Syria Support Group', needsCue: false,
    ar: [R`(?:ال)?مجموعة (?:ال)?دولية (?:ل)?دعم ${SY}`], en: [R`international syria support group`, R`\bissg\b`], ru: [R`международн${L} групп${L} поддержки сирии`],
  },
  {
    id: 'su24-shootdown', date: '2015-11-24', label: 'Turkey shot down a Russian Su-24', needsCue: false,
    ar: [R`(?:اسقاط|اسقطت|اسقط)${L}[^.\n]{0,40}(?:سوخوي|سو ?-? ?24|القاذفة الروسية)`, R`(?:اسقاط|اسقطت)${L}[^.\n]{0,30}(?:ال)?(?:طائرة|مقاتلة|قاذفة) (?:ال)?(?:حربية )?(?:ال)?روسية[^.\n]{0,40}(?:تركي|التركي|انقرة)`, R`(?:تركيا|انقرة|المقاتلات التركية)[^.\n]{0,30}(?:اسقطت|باسقاط)[^.\n]{0,30}(?:ال)?(?:طائرة|مقاتلة|قاذفة) (?:ال)?(?:حربية )?(?:ال)?روسية`],
    en: [R`(?:shot down|shooting down|shootdown|downing|downed)[^.\n]{0,40}(?:su-24|russian (?:jet|bomber|warplane|plane))[^.\n]{0,60}turk`, R`turk${L}[^.\n]{0,40}(?:shot down|downed|downing)[^.\n]{0,30}(?:su-24|russian (?:jet|bomber|warplane|plane))`, R`su-24[^.\n]{0,40}(?:shot down|downed|downing)`],
    ru: [R`су-24[^.\n]{0,60}(?:сбит|уничтож)`, R`турци${L}[^.\n]{0,40}сбил${L}[^.\n]{0,30}(?:су-24|российск${L} (?:самолет|бомбардировщик))`],
  },
  {
    id: 'unsc-2254', date: '2015-12-18', label: 'UN Security Council resolution 2254', needsCue: false,
    ar: [R`(?:القرار|قرار|بالقرار|للقرار)(?: الاممي| الدولي| مجلس الامن)?(?: الدولي)?(?: رقم)? 2254`], en: [R`resolution (?:no\.? )?2254`], ru: [R`резолюци${L} (?:сб оон )?(?:№ ?)?2254`],
  },
  {
    id: 'hmeimim-centre', date: '2016-02-23', label: 'The Russian Reconciliation Centre at Hmeimim was set up', needsCue: false,
    ar: [R`مركز (?:حميميم|المصالحة)`, R`(?:ال)?مركز (?:ال)?روسي (?:ل|لل)?(?:تنسيق )?(?:ال)?مصالحة`, R`مركز تنسيق (?:ال)?مصالحة`],
    en: [R`(?:centre|center) for (?:the )?reconciliation`, R`reconciliation (?:centre|center)`], ru: [R`центр${L} (?:по )?примирени${L}`],
  },
  {
    id: 'cessation-of-hostilities', date: '2016-02-27', label: 'The Syrian cessation-of-hostilities regime took effect', needsCue: false,
    ar: [R`نظام (?:ال)?وقف (?:ال)?اعمال (?:ال)?قتالية`, R`نظام (?:ال)?تهدئة`], en: [R`cessation of hostilities (?:regime|agreement)`], ru: [R`режим${L} прекращения боевых действий`],
  },
  {
    id: 'partial-withdrawal', date: '2016-03-14', label: 'Russia announced the withdrawal of part of its forces from Syria', needsCue: true,
    ar: [R`سحب (?:ال)?(?:جزء|قسم|القسم|الجزء)(?: الاكبر| الرئيسي| الاساسي)? من (?:ال)?قوات${L}`, R`سحب (?:ال)?(?:قوات|القوات) (?:ال)?روسية (?:ال)?(?:رئيسية|اساسية)`],
    en: [R`withdraw${L} (?:of )?(?:the )?(?:main part|bulk|part) of (?:its |the |russian |russia's )?(?:forces|troops)`, R`partial (?:russian )?withdrawal`],
    ru: [R`вывод${L} (?:основн${L} )?част${L} (?:российск${L} )?(?:сил|войск|группировк${L}|военн${L})`],
  },
  {
    id: 'palmyra-retaken', date: '2016-03-27', label: 'The Syrian army retook Palmyra', needsCue: true,
    ar: [R`${RETAKE_AR} (?:ال)?(?:مدينة )?تدمر`, R`${RETAKE_AR} [^.\n]{0,20}(?:مدينة )?تدمر (?:ال)?اثرية`],
    en: [R`(?:recaptur|retak|retook|liberat|regain|reclaim)${L} (?:of )?(?:the )?(?:ancient )?(?:city of )?palmyra`, R`palmyra (?:was |has been |had been )?(?:recaptured|liberated|retaken)`],
    ru: [R`освобо${L} (?:древн${L} )?(?:город${L} )?пальмир`, R`(?:взяти${L}|возвращени${L}) пальмир`],
  },
  {
    id: 'euphrates-shield', date: '2016-08-24', label: 'Turkey\'s Operation Euphrates Shield began', needsCue: false,
    ar: [R`درع الفرات`], en: [R`euphrates shield`], ru: [R`щит${L} евфрата`],
  },
  {
    id: 'lavrov-kerry-geneva', date: '2016-09-09', label: 'The Lavrov–Kerry agreement on Syria in Geneva', needsCue: true,
    ar: [
      R`(?:لافروف[^.\n]{0,120}كيري|كيري[^.\n]{0,120}لافروف)[^.\n]{0,80}(?:9 (?:سبتمبر|ايلول)|التاسع من (?:سبتمبر|ايلول))`,
      R`(?:اتفاق|الاتفاق|اتفاقات|الاتفاقات)${L} (?:ال)?(?:روسي${L} (?:ال)?${AM}|هدنة)[^.\n]{0,80}(?:9 (?:سبتمبر|ايلول)|التاسع من (?:سبتمبر|ايلول))`,
    ],
    en: [R`(?:lavrov[^.\n]{0,120}kerry|kerry[^.\n]{0,120}lavrov)[^.\n]{0,100}(?:sept(?:ember|\.)? 9|9 sept)`, R`(?:sept(?:ember|\.)? 9|9 sept${L})[^.\n]{0,30}(?:agreement|deal|ceasefire|truce)`],
    ru: [R`(?:лавров[^.\n]{0,120}керри|керри[^.\n]{0,120}лавров)[^.\n]{0,100}9 сентября`, R`(?:договоренност|соглашени)${L}[^.\n]{0,40}9 сентября`],
  },
  {
    id: 'karlov-assassination', date: '2016-12-19', label: 'The Russian ambassador Andrei Karlov was assassinated in Ankara', needsCue: false,
    ar: [R`(?:اغتيال|مقتل|قتل) (?:ال)?(?:سفير (?:ال)?روسي|كارلوف)`], en: [R`(?:assassinat|murder|killing)${L}[^.\n]{0,40}karlov`], ru: [R`убийств${L}[^.\n]{0,30}карлов`],
  },
  {
    id: 'aleppo-retaken', date: '2016-12-22', label: 'The Syrian army retook all of Aleppo', needsCue: true,
    ar: [R`${RETAKE_AR} (?:كامل )?(?:مدينة )?(?:احياء )?(?:شرق )?حلب`, R`(?:انتصار|الانتصار) (?:في )?حلب`],
    en: [R`(?:recaptur|retak|retook|liberat)${L} (?:of )?(?:all of )?(?:east(?:ern)? )?aleppo`, R`aleppo (?:was |has been )?(?:recaptured|liberated|retaken)`],
    ru: [R`освобо${L} (?:восточн${L} )?алеппо`],
  },
  {
    id: 'astana-talks', date: '2017-01-23', label: 'The Astana talks on Syria began', needsCue: false,
    ar: [R`(?:محادثات|مفاوضات|مباحثات|اجتماعات|اجتماع|مسار|صيغة|عملية|جولة|منصة|لقاءات)(?: ال\p{L}+)? (?:في )?(?:ال)?استانا`],
    en: [R`astana (?:talks|process|format|negotiations|meeting|peace talks)`, R`talks in astana`], ru: [R`астанинск${L} (?:процесс${L}|формат${L}|переговор${L}|встреч${L})`, R`переговор${L} в астане`],
  },
  {
    id: 'khan-shaykhun', date: '2017-04-04', label: 'The chemical attack on Khan Shaykhun', needsCue: false,
    ar: [R`خان شيخون[^.\n]{0,40}${CHEM_AR}|${CHEM_AR}[^.\n]{0,40}خان شيخون`],
    en: [R`khan (?:shaykhun|sheikhoun|sheikhun|shaikhun)[^.\n]{0,40}(?:chemical|sarin)|(?:chemical|sarin)[^.\n]{0,40}khan (?:shaykhun|sheikhoun|sheikhun|shaikhun)`],
    ru: [R`хан-?шейхун${L}[^.\n]{0,40}хими|хими${L}[^.\n]{0,40}хан-?шейхун`],
  },
  {
    id: 'shayrat-strike', date: '2017-04-07', label: 'The US missile strike on Shayrat airbase', needsCue: false,
    ar: [R`(?:ضربة|الضربة|ضربات|الضربات|قصف|القصف|الهجوم|هجوم|العدوان)${L} (?:الصاروخي${L} )?(?:ال)?${AM}[^.\n]{0,40}(?:ال)?شعيرات`, R`توماهوك[^.\n]{0,60}(?:ال)?شعيرات|(?:ال)?شعيرات[^.\n]{0,60}توماهوك`],
    en: [R`(?:us|u\.s\.|american|tomahawk)[^.\n]{0,40}(?:strike|attack)${L}[^.\n]{0,30}(?:al-)?sh(?:a|ay|ai)rat`, R`(?:al-)?sh(?:a|ay|ai)rat[^.\n]{0,40}tomahawk`],
    ru: [R`(?:удар${L}|атак${L})[^.\n]{0,40}(?:сша|американ${L}|томагавк${L})[^.\n]{0,40}шайрат|шайрат[^.\n]{0,60}томагавк`],
  },
];
