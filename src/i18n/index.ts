import i18next, { type TFunction } from 'i18next';
import type { Dictionary } from './nl.ts';
import type { Lang } from './languages.ts';

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

// Every dictionary, src/i18n/<code>.ts, each its own chunk. The same pattern is in all.ts and
// src/pwa/sw.ts (import.meta.glob takes only literal patterns): every other file here is not a dictionary.
const dictionaryFiles = import.meta.glob<Dictionary>(['./*.ts', '!./index.ts', '!./all.ts', '!./languages.ts'], {
  import: 'default',
});

/** The interface texts of one language, as their own chunk. */
export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  const load = dictionaryFiles[`./${lang}.ts`];
  if (!load) throw new Error(`src/i18n/${lang}.ts ontbreekt`);
  return load();
}
