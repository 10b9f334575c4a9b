/**
 * Collects an HTML page's metadata while the page is parsed: title (<title>, og:title), the
 * publication date and where it came from (article:published_time, og:published_time,
 * itemprop=datePublished, JSON-LD datePublished, name=date and kin, <time datetime>), canonical
 * URL, site name and language. Also finds a <meta charset> in the raw bytes before decoding.
 */

export interface HtmlMeta {
  title?: string;
  date?: string;
  dateField?: string;
  url?: string;
  source?: string;
  lang?: string;
}

type Attrs = Record<string, string>;

/** Date sources from most to least trusted. */
const DATE_RANK = [
  'meta article:published_time',
  'meta og:published_time',
  'itemprop datePublished',
  'json-ld datePublished',
  'meta date',
  'time pubdate',
  'time datetime',
] as const;

/** <meta name=…> values read as a plain "date" field. */
const DATE_NAMES = new Set([
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'article.published',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'parsely-pub-date',
  'sailthru.date',
  'original-publish-date',
]);

const clean = (s: string | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

export class HtmlMetaCollector {
  private title = '';
  private titleDone = false;
  private inTitle = false;
  private ld: string | null = null;
  private readonly props = new Map<string, string>();
  private readonly dates = new Map<string, { value: string; field: string }>();
  private canonical?: string;
  private lang?: string;
  private ldSource?: string;
  private ldTitle?: string;

  /** Called for every start tag; `inSvg` tells an SVG <title> from the page's. */
  open(name: string, a: Attrs, inSvg: boolean): void {
    if (name === 'title' && !inSvg && !this.titleDone) this.inTitle = true;
    else if (name === 'html' && a.lang) this.lang ??= clean(a.lang);
    else if (name === 'meta') this.meta(a);
    else if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '') && a.href)
      this.canonical ??= clean(a.href);
    else if (name === 'script' && /ld\+json/i.test(a.type ?? '')) this.ld = '';
    else if (name === 'time' && a.datetime) {
      const rank = a.pubdate !== undefined ? 'time pubdate' : 'time datetime';
      this.addDate(rank, a.datetime, rank);
    }
    if (a.itemprop === 'datePublished') {
      const value = a.content ?? a.datetime;
      if (value) this.addDate('itemprop datePublished', value, 'itemprop datePublished');
    }
  }

  /** Text inside <title> or a JSON-LD script; other text is not metadata. */
  text(data: string): void {
    if (this.inTitle) this.title += data;
    else if (this.ld !== null) this.ld += data;
  }

  close(name: string): void {
    if (name === 'title' && this.inTitle) {
      this.inTitle = false;
      this.titleDone = true;
    } else if (name === 'script' && this.ld !== null) {
      this.readJsonLd(this.ld);
      this.ld = null;
    }
  }

  result(): HtmlMeta {
    const meta: HtmlMeta = {};
    const title =
      clean(this.title) ?? this.props.get('og:title') ?? this.props.get('twitter:title') ?? this.ldTitle;
    if (title) meta.title = title;
    for (const rank of DATE_RANK) {
      const d = this.dates.get(rank);
      if (d) {
        meta.date = d.value;
        meta.dateField = d.field;
        break;
      }
    }
    const url = this.canonical ?? this.props.get('og:url');
    if (url) meta.url = url;
    const source = this.props.get('og:site_name') ?? this.ldSource;
    if (source) meta.source = source;
    const lang = this.lang ?? this.props.get('content-language');
    if (lang) meta.lang = lang;
    return meta;
  }

  private meta(a: Attrs): void {
    const key = (a.property ?? a.name ?? a['http-equiv'] ?? '').trim().toLowerCase();
    const content = clean(a.content);
    if (!key || !content) return;
    if (!this.props.has(key)) this.props.set(key, content);
    if (key === 'article:published_time')
      this.addDate('meta article:published_time', content, 'meta article:published_time');
    else if (key === 'og:published_time' || key === 'og:article:published_time')
      this.addDate('meta og:published_time', content, `meta ${key}`);
    else if (DATE_NAMES.has(key)) this.addDate('meta date', content, `meta ${key}`);
  }

  private addDate(rank: (typeof DATE_RANK)[number], value: string, field: string): void {
    const v = clean(value);
    if (v && !this.dates.has(rank)) this.dates.set(rank, { value: v, field });
  }

  private readJsonLd(source: string): void {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      return;
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length && seen < 200; seen++) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.datePublished === 'string') {
          this.addDate('json-ld datePublished', o.datePublished, 'json-ld datePublished');
          if (typeof o.headline === 'string') this.ldTitle ??= clean(o.headline);
          const pub = o.publisher as Record<string, unknown> | undefined;
          if (pub && typeof pub.name === 'string') this.ldSource ??= clean(pub.name);
        }
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
      }
    }
  }
}

/** The charset a page declares in its first 2 KB (<meta charset> or http-equiv Content-Type), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}
