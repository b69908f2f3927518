// Every language at once: for the prerenderer (the language switch and the not-found page speak every
// language) and tests, never for a page's script. The first use checks every dictionary against the
// Dutch one, so a missing or empty text stops the build, naming the file and the key. (On first use,
// not on import: an error while the prerenderer's module loads reaches Vite's preload helper, which
// needs `window` and reports only "window is not defined".)
import { createT, type T } from './index.ts';
import { defaultLang, languages, pluralForms, type Lang } from './languages.ts';
import type { Dictionary } from './nl.ts';
import { dictionaries as files } from 'virtual:dictionaries/every';

/** Every text of a dictionary by its key ("header.home"), plural forms kept apart. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  if (typeof value !== 'object' || value === null) return new Map([[path, value]]);
  return new Map(Object.entries(value).flatMap(([k, v]) => [...leaves(v, path ? `${path}.${k}` : k)]));
}

// A text with a count has one key per plural form (`pressesLeft_one`, `pressesLeft_other`), and i18next
// picks the form by the language's plural rules (Intl.PluralRules). Languages differ in the forms they
// need: Polish has `few` and `many`, Arabic all six.
const PLURAL = new RegExp(`_(${pluralForms.join('|')})$`);

/** The keys a language needs: those of the reference, with each plural text in that language's forms. */
function neededKeys(reference: Map<string, unknown>, lang: string): Map<string, string> {
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const needed = new Map<string, string>();
  for (const key of reference.keys()) {
    if (!PLURAL.test(key)) needed.set(key, `${key} ontbreekt`);
    else if (key.endsWith('_other'))
      for (const form of forms) {
        const formKey = key.replace(PLURAL, `_${form}`);
        needed.set(formKey, `${formKey} ontbreekt (meervoudsvorm "${form}" van deze taal)`);
      }
  }
  return needed;
}

/**
 * What is wrong with one dictionary compared with the default one: missing, empty or unknown texts.
 * A plural text needs the forms of `lang`; a form the language does not use is allowed but not needed.
 */
export function dictionaryProblems(reference: unknown, dictionary: unknown, lang: string = defaultLang): string[] {
  const expected = leaves(reference);
  const needed = neededKeys(expected, lang);
  const actual = leaves(dictionary);
  // Any plural form of a plural text is known, also one this language does not need.
  const known = (key: string) => needed.has(key) || (PLURAL.test(key) && expected.has(key.replace(PLURAL, '_other')));
  const empty = ([key, text]: [string, unknown]) => known(key) && (typeof text !== 'string' || !text.trim());
  return [
    ...[...needed].filter(([key]) => !actual.has(key)).map(([, problem]) => problem),
    ...[...actual].filter(empty).map(([key]) => `${key} is leeg`),
    ...[...actual.keys()].filter((key) => !known(key)).map((key) => `${key} staat niet in src/i18n/${defaultLang}.ts`),
  ];
}

/**
 * Every language's dictionary, checked; throws with every problem of every file. (A missing file, or a
 * file for a language not in the list, already stopped the build: src/content/plugin.ts.)
 */
function checked(): Record<Lang, Dictionary> {
  const reference = files[defaultLang];
  const problems = languages.flatMap((lang) =>
    dictionaryProblems(reference, files[lang], lang).map((p) => `src/i18n/${lang}.ts: ${p}`),
  );
  if (problems.length) {
    throw new Error(`De teksten in src/i18n/ kloppen niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return files;
}

let cache: Record<Lang, Dictionary> | undefined;

/** Every language's dictionary, checked the first time it is asked for. */
export const dictionaries = (): Record<Lang, Dictionary> => (cache ??= checked());

export const tFor = (lang: Lang): T => createT(lang, dictionaries()[lang]);
