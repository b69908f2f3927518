import i18next, { type TFunction } from 'i18next';
import type { Dictionary } from './nl.ts';
import type { Lang } from './languages.ts';
import { dictionaries } from 'virtual:dictionaries/load';

export { languages, defaultLang, isLang, type Lang } from './languages.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer B}_${'one' | 'other'}` ? B : K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every interface text key, derived from the Dutch dictionary (plural suffixes folded). */
export type Key = Leaves<Dictionary>;
export type T = (key: Key, options?: Record<string, unknown>) => string;

/**
 * One i18next instance per language, created on demand. The language always comes from the URL,
 * never from a detector, so nothing is cached in web storage. The dictionary is passed in, so a
 * page's script carries only its own language (islands load it with loadDictionary()).
 */
export function createT(lang: Lang, dictionary: Dictionary): T {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    initAsync: false,
    resources: { [lang]: { translation: dictionary } },
    interpolation: { escapeValue: false }, // Preact escapes what it renders
    returnNull: false,
  });
  const fixed: TFunction = instance.getFixedT(lang);
  return (key, options) => fixed(key, options) as string;
}

/** The interface texts of one language, as their own chunk (src/i18n/<code>.ts: src/content/plugin.ts). */
export function loadDictionary(lang: Lang): Promise<Dictionary> {
  return dictionaries[lang]();
}
