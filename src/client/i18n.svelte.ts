/**
 * The UI language (English or Arabic): reactive, remembered in localStorage, and applied to the
 * document (lang and dir, so Arabic flips the layout to right-to-left). Numbers and sizes are
 * written in the UI language's digits.
 */
import { MESSAGES, type MessageKey, type UiLang } from './messages';

const KEY = 'tasrih.lang';

function initial(): UiLang {
  const saved = globalThis.localStorage?.getItem(KEY);
  if (saved === 'en' || saved === 'ar') return saved;
  return globalThis.navigator?.language?.startsWith('ar') ? 'ar' : 'en';
}

class I18n {
  lang = $state<UiLang>(initial());
  dir: 'rtl' | 'ltr' = $derived(this.lang === 'ar' ? 'rtl' : 'ltr');
  #numbers = $derived(new Intl.NumberFormat(this.lang === 'ar' ? 'ar-u-nu-arab' : 'en'));
  #plurals = $derived(new Intl.PluralRules(this.lang));

  set(lang: UiLang) {
    this.lang = lang;
    globalThis.localStorage?.setItem(KEY, lang);
  }

  toggle() {
    this.set(this.lang === 'ar' ? 'en' : 'ar');
  }

  num(n: number): string {
    return this.#numbers.format(n);
  }

  bytes(n: number): string {
    const units = this.lang === 'ar' ? ['بايت', 'ك.ب', 'م.ب', 'غ.ب'] : ['B', 'KB', 'MB', 'GB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
      n /= 1024;
      i++;
    }
    return `${this.num(Math.round(n * 10) / 10)} ${units[i]}`;
  }

  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    const msg = MESSAGES[this.lang][key];
    const text = typeof msg === 'string' ? msg : (msg[this.#plurals.select(Number(params.n ?? 0))] ?? msg.other);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = params[name];
      return typeof v === 'number' ? this.num(v) : (v ?? '');
    });
  }
}

export const i18n = new I18n();
