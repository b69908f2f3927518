import i18next, { type TFunction } from 'i18next';
import { nl, type Dictionary } from './nl.ts';
import { en } from './en.ts';

export const languages = ['nl', 'en'] as const;
export type Lang = (typeof languages)[number];

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer B}_${'one' | 'other'}` ? B : K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every interface text key, derived from the Dutch dictionary (plural suffixes folded). */
export type Key = Leaves<Dictionary>;
export type T = (key: Key, options?: Record<string, unknown>) => string;

export const dictionaries: Record<Lang, Dictionary> = { nl, en };

/**
 * One i18next instance per language, created on demand. The language always comes from the URL,
 * never from a detector, so nothing is cached in web storage.
 */
export function createT(lang: Lang, dictionary: Dictionary = dictionaries[lang]): T {
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
