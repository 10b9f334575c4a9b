/**
 * Hand-written template sentences of the benchmark corpus (template.ts syntax): Arabic headlines,
 * leads carrying the date phrase and extra paragraphs naming places; a small set of English and
 * Russian headlines, leads and body sentences; Arabic subheads; and the place words each language
 * is queried for. The Russian templates keep names in the nominative so a name query is exact.
 */

export interface LangTexts {
  headlines: string[];
  leads: string[];
  body: string[];
  places: string[];
}

export const AR: LangTexts = {
  headlines: [
    '{P.last}: موسكو مستعدة للعمل مع واشنطن على التسوية في {SY}',
    '{P.last}: جميع خطواتنا في {SY} ترمي إلى المساهمة في التسوية السياسية',
    '{P.last} {G:تؤكد|يؤكد} الحل السلمي للأزمة في {SY}',
    'موسكو: لا حل عسكريا للأزمة في {SY}',
    '{P.title}: روسيا لا تسعى للزعامة في {SY}',
    '{P.last}: واشنطن تقوض اتفاقات الهدنة في {SY}',
    'الخارجية الروسية: سلاح الجو الروسي يستخدم في {SY} لمحاربة الإرهابيين فقط',
  ],
  leads: [
    '{G:أكدت|أكد} {P}، {P.title}، {DATE}، استعداد بلاده للتعامل مع الولايات المتحدة والدول الغربية الأخرى لتسوية الأزمة في {SY}.',
    '{G:قالت|قال} {P.title} {P} {DATE}، إن موسكو على استعداد للعمل مع الشركاء الدوليين من أجل التسوية السياسية في {SY}.',
    '{G:أعلنت|أعلن} {P.title} {P} في تصريح صحفي {DATE} أن روسيا ستواصل دعم الحكومة الشرعية في {SY} في حربها ضد الإرهاب.',
    '{G:كشفت|كشف} {P.title} {P} {DATE} أن موسكو عرضت على واشنطن إرسال وفد رفيع المستوى لبحث تحديات الأزمة في {SY}.',
    '{G:شددت|شدد} {P}، {P.title}، {DATE}، على أنه لا يوجد حل عسكري للأزمة في {SY}، وأن الحوار السياسي هو الطريق الوحيد.',
  ],
  body: [
    '{G:وأشارت|وأشار} {P.last} إلى أن الطيران الحربي الروسي ألحق أضرارا جسيمة بمواقع الإرهابيين قرب تدمر والرقة، {G:مؤكدة|مؤكدا} أن العمليات ستتواصل حتى القضاء على الإرهاب في {SY}.',
    '{G:وأضافت|وأضاف} {P.last} أن الوضع الإنساني في حلب وإدلب يتطلب جهودا دولية منسقة، {G:داعية|داعيا} المجتمع الدولي إلى الانضمام إلى المبادرة الروسية.',
    'وفي سياق متصل، {G:أوضحت|أوضح} {P.last} أن مركز حميميم لتنسيق المصالحة سجل انضمام بلدات جديدة في ريف اللاذقية وحماة إلى اتفاقات المصالحة.',
    '{G:ولفتت|ولفت} {P.title} إلى أن المحادثات المقبلة في جنيف يجب أن تضم جميع أطياف المعارضة السورية، بما فيها المعارضة في دمشق.',
    'كما {G:التقت|التقى} {P.last} في موسكو {S.title} {S} لبحث آخر التطورات في {SY} والتحضير لجولة جديدة من المفاوضات في أستانا.',
    'من جهته، قال {S.title} {S} إن "روسيا لن تتخلى عن حلفائها في {SY}، وستواصل دعم الحل السياسي وفقا لقرارات مجلس الأمن".',
    'وكان {T.title} {T} قد أكد في وقت سابق أن موسكو لم تتلق حتى الآن ردا من واشنطن على اقتراحاتها بشأن التنسيق العسكري في {SY}.',
  ],
  places: [
    'حلب',
    'تدمر',
    'الرقة',
    'إدلب',
    'اللاذقية',
    'حميميم',
    'دمشق',
    'جنيف',
    'بكين',
    'واشنطن',
    'موسكو',
    'حماة',
    'أستانا',
  ],
};

export const AR_SUBHEADS = [
  'نفي اتهامات',
  'جهود مكافحة الإرهاب',
  'لقاء خاص بسوريا',
  'تعرف بصري',
  'موقف ثابت',
];

export const EN: LangTexts = {
  headlines: [
    '{P.last} says Moscow ready to work with Washington on Syria settlement',
    'Russia will not abandon political track in Syria, {P.last} says',
    'Kremlin: no military solution to the Syria crisis',
    '{P.last}: Russian strikes in Syria target only terrorists',
  ],
  leads: [
    '{P.title} {P} said {DATE} that Moscow was ready to work with the United States on a political settlement in Syria.',
    '{P.title} {P} told reporters {DATE} that Russia would keep supporting the Syrian government in its fight against terrorism.',
    '{P}, the {P.title}, said {DATE} there could be no military solution to the conflict in Syria.',
  ],
  body: [
    '{P.last} said Russian air strikes had inflicted heavy losses on militants near Palmyra and Raqqa.',
    '"We have never refused dialogue with the United States, but it must be built on equality and mutual respect," {P.last} said.',
    '{P.last} said the humanitarian situation in Aleppo and Idlib required a coordinated international effort.',
    'The talks in Geneva should include all groups of the Syrian opposition, {P.last} added.',
    '{P.last} also met {S.title} {S} in Moscow to discuss the situation in Syria.',
    'Russia will continue to support the legitimate government in Damascus in its fight against terrorism, {P.last} stressed.',
    'The Russian reconciliation centre at Hmeimim air base reported new ceasefire violations in Latakia and Hama provinces.',
    'Earlier, {T.title} {T} said Washington had not yet responded to the Russian proposals on military coordination.',
  ],
  places: [
    'Palmyra',
    'Raqqa',
    'Aleppo',
    'Idlib',
    'Geneva',
    'Damascus',
    'Hmeimim',
    'Latakia',
    'Hama',
    'Moscow',
    'Washington',
  ],
};

export const RU: LangTexts = {
  headlines: [
    '{P.last}: Москва готова работать с Вашингтоном по Сирии',
    'Россия не откажется от политического урегулирования в Сирии',
    '{P.last}: военного решения сирийского кризиса нет',
  ],
  leads: [
    '{P}, {P.title}, {G:заявила|заявил} {DATE}, что Москва готова сотрудничать с Вашингтоном в урегулировании кризиса в Сирии.',
    '{P}, {P.title}, {G:сообщила|сообщил} {DATE}, что Россия продолжит поддерживать сирийское правительство в борьбе с терроризмом.',
  ],
  body: [
    '"Мы никогда не отказывались от диалога с США, но он должен строиться на основе равноправия", — {G:подчеркнула|подчеркнул} {P.last}.',
    '{P.last} {G:отметила|отметил}, что российская авиация нанесла серьезный урон боевикам в районе Пальмиры.',
    '{P.last} также {G:сообщила|сообщил}, что гуманитарная ситуация в Алеппо требует координации международных усилий.',
    'Переговоры в Женеве должны включать все группы сирийской оппозиции, {G:добавила|добавил} {P.last}.',
    'Ранее {S}, {S.title}, заявил, что Россия продолжит поддерживать законное правительство в Дамаске.',
    'Российский центр по примирению на авиабазе Хмеймим сообщил о новых нарушениях режима прекращения огня в провинции Хама.',
    '{T}, {T.title}, отметил, что Вашингтон пока не ответил на российские предложения.',
  ],
  places: ['Алеппо', 'Хмеймим', 'Хама', 'Женеве', 'Москва', 'Вашингтоном', 'Дамаске'],
};
