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
 * The text of a key in one language, with {{name}} filled in from the options. A text with a count has a
 * key per plural form (`pressesLeft_one`, `pressesLeft_other`), picked by the language's plural rules
 * (Intl.PluralRules), with `_zero` first for a count of 0 where a dictionary has it. A key the dictionary
 * lacks shows as itself (the build stops on one: src/content/interface-keys.ts). The language always
 * comes from the URL, never from a detector, so nothing is cached in web storage. The dictionary is
 * passed in, so a page's script carries only its own language (islands load it with loadDictionary()).
 * Our own few lines, not i18next: these are all the app asks of it, and i18next alone is 15 KB gzip of
 * every interactive page's 35 KB (docs/DECISIONS.md).
 */
export function createT(lang: Lang, dictionary: Dictionary): T {
  const plural = new Intl.PluralRules(lang);
  const find = (key: string): unknown =>
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
  return (key, options) => {
    const count = options?.count;
    const keys =
      typeof count === 'number'
        ? [...(count === 0 ? [`${key}_zero`] : []), `${key}_${plural.select(count)}`, key]
        : [key];
    const text = keys.map(find).find((value): value is string => typeof value === 'string');
    if (text === undefined) return key;
    if (!options) return text;
    // Preact escapes what it renders: the values go in as they are.
    return text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) =>
      options[name] === undefined ? whole : String(options[name]),
    );
  };
}

/** The interface texts of one language, as their own chunk (src/i18n/<code>.ts: src/content/plugin.ts). */
export function loadDictionary(lang: Lang): Promise<Dictionary> {
  return dictionaries[lang]();
}
