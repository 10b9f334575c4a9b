/**
 * The outlets and agencies the engine can name: canonical name, the names they go by in Arabic,
 * English and Russian (as bylines, datelines and credits write them), and their web domains.
 * Data only; outlet.ts and credited-source.ts read it. Extend freely.
 */

export interface OutletInfo {
  /** Canonical name, as printed in the `outlet` field. */
  name: string;
  /** Other spellings: datelines, credits, og:site_name values. Matched case-insensitively. */
  aliases: string[];
  /** Domains (a subdomain matches its parent unless a more specific entry exists). */
  domains: string[];
  /** A news agency (its name in a dateline credits it as the source of a story). */
  agency?: boolean;
}

export const OUTLETS: OutletInfo[] = [
  { name: 'RT Arabic', aliases: ['RT Arabic', 'RT عربي', 'روسيا اليوم'], domains: ['arabic.rt.com'] },
  { name: 'RT', aliases: ['RT', 'Russia Today', 'RT на русском'], domains: ['rt.com', 'russian.rt.com'] },
  {
    name: 'SANA',
    aliases: ['SANA', 'سانا', 'الوكالة العربية السورية للأنباء', 'Syrian Arab News Agency'],
    domains: ['sana.sy'],
    agency: true,
  },
  {
    name: 'Sputnik Arabic',
    aliases: ['Sputnik Arabic', 'سبوتنيك عربي', 'سبوتنيك'],
    domains: ['arabic.sputniknews.com', 'sarabic.ae'],
    agency: true,
  },
  {
    name: 'Sputnik',
    aliases: ['Sputnik', 'Спутник', 'Sputnik News'],
    domains: ['sputniknews.com', 'sputniknews.ru'],
    agency: true,
  },
  { name: 'Elaph', aliases: ['Elaph', 'إيلاف', 'ايلاف'], domains: ['elaph.com'] },
  {
    name: 'Al Jazeera',
    aliases: ['Al Jazeera', 'الجزيرة', 'الجزيرة نت'],
    domains: ['aljazeera.net', 'aljazeera.com'],
  },
  { name: 'Al Arabiya', aliases: ['Al Arabiya', 'العربية', 'العربية نت'], domains: ['alarabiya.net'] },
  { name: 'Asharq Al-Awsat', aliases: ['Asharq Al-Awsat', 'الشرق الأوسط'], domains: ['aawsat.com'] },
  { name: 'Al-Quds Al-Arabi', aliases: ['Al-Quds Al-Arabi', 'القدس العربي'], domains: ['alquds.co.uk'] },
  { name: 'Enab Baladi', aliases: ['Enab Baladi', 'عنب بلدي'], domains: ['enabbaladi.net'] },
  {
    name: 'BBC',
    aliases: ['BBC', 'BBC News', 'بي بي سي', 'BBC Arabic', 'Би-би-си'],
    domains: ['bbc.com', 'bbc.co.uk'],
  },
  {
    name: 'TASS',
    aliases: ['TASS', 'ТАСС', 'تاس', 'إيتار تاس', 'ايتار تاس', 'ITAR-TASS'],
    domains: ['tass.ru', 'tass.com'],
    agency: true,
  },
  {
    name: 'RIA Novosti',
    aliases: ['RIA Novosti', 'РИА Новости', 'نوفوستي', 'ريا نوفوستي', 'РИА «Новости»'],
    domains: ['ria.ru'],
    agency: true,
  },
  {
    name: 'Interfax',
    aliases: ['Interfax', 'Интерфакс', 'انترفاكس', 'إنترفاكس'],
    domains: ['interfax.ru', 'interfax.com'],
    agency: true,
  },
  {
    name: 'Reuters',
    aliases: ['Reuters', 'Рейтер', 'Рейтерс', 'رويترز'],
    domains: ['reuters.com'],
    agency: true,
  },
  {
    name: 'AFP',
    aliases: ['AFP', 'Agence France-Presse', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'فرانس برس', 'Франс Пресс'],
    domains: ['afp.com'],
    agency: true,
  },
  {
    name: 'AP',
    aliases: ['AP', 'Associated Press', 'أ ب', 'أسوشيتد برس', 'Ассошиэйтед Пресс'],
    domains: ['apnews.com'],
    agency: true,
  },
  { name: 'dpa', aliases: ['dpa', 'د ب أ', 'د.ب.أ'], domains: ['dpa.com'], agency: true },
  { name: 'Anadolu', aliases: ['Anadolu', 'الأناضول', 'Анадолу'], domains: ['aa.com.tr'], agency: true },
  {
    name: 'Xinhua',
    aliases: ['Xinhua', 'شينخوا', 'Синьхуа'],
    domains: ['xinhuanet.com', 'news.cn'],
    agency: true,
  },
  { name: 'Kommersant', aliases: ['Kommersant', 'Коммерсантъ', 'كوميرسانت'], domains: ['kommersant.ru'] },
  { name: 'RBC', aliases: ['RBC', 'РБК'], domains: ['rbc.ru'] },
  { name: 'Izvestia', aliases: ['Izvestia', 'Известия', 'إزفيستيا'], domains: ['iz.ru'] },
  { name: 'Lenta.ru', aliases: ['Lenta.ru', 'Лента.ру'], domains: ['lenta.ru'] },
  { name: 'Kremlin', aliases: ['Kremlin.ru'], domains: ['kremlin.ru', 'en.kremlin.ru'] },
  { name: 'Russian MFA', aliases: ['МИД России'], domains: ['mid.ru'] },
];

function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

const BY_ALIAS = new Map<string, OutletInfo>();
for (const o of OUTLETS)
  for (const a of [o.name, ...o.aliases]) if (!BY_ALIAS.has(fold(a))) BY_ALIAS.set(fold(a), o);

/** The outlet a name stands for ("ТАСС", "روسيا اليوم", "RT Arabic"), or null. */
export function outletByName(name: string): OutletInfo | null {
  return BY_ALIAS.get(fold(name)) ?? null;
}

/** The outlet of a URL or bare host name, most specific domain first; null when unknown. */
export function outletByUrl(url: string): OutletInfo | null {
  const host = hostOf(url);
  if (!host) return null;
  let best: OutletInfo | null = null;
  let bestLen = 0;
  for (const o of OUTLETS) {
    for (const d of o.domains) {
      if ((host === d || host.endsWith('.' + d)) && d.length > bestLen) {
        best = o;
        bestLen = d.length;
      }
    }
  }
  return best;
}

/** Host name of a URL ("https://www.sana.sy/?p=1" → "sana.sy"), or null. */
export function hostOf(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]*@)?([^/:?#\s]+)/i.exec(url.trim());
  if (!m || !m[1].includes('.')) return null;
  return m[1].toLowerCase().replace(/^www\./, '');
}

/** All aliases of all outlets, longest first (for building matchers). */
export function allAliases(): { alias: string; outlet: OutletInfo }[] {
  const out: { alias: string; outlet: OutletInfo }[] = [];
  for (const o of OUTLETS) for (const a of [o.name, ...o.aliases]) out.push({ alias: a, outlet: o });
  return out.sort((x, y) => y.alias.length - x.alias.length);
}
