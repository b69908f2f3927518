// Every language at once: for the prerenderer (the language switch and the not-found page speak every
// language) and tests, never for a page's script. The first use checks every dictionary against the
// Dutch one, so a missing or empty text stops the build, naming the file and the key. (On first use,
// not on import: an error while the prerenderer's module loads reaches Vite's preload helper, which
// needs `window` and reports only "window is not defined".)
import { createT, type T } from './index.ts';
import { defaultLang, isLang, languages, type Lang } from './languages.ts';
import type { Dictionary } from './nl.ts';

// The same pattern as in index.ts: every file here but these three is a dictionary.
const files = import.meta.glob<Dictionary>(['./*.ts', '!./index.ts', '!./all.ts', '!./languages.ts'], {
  import: 'default',
  eager: true,
});

/** Every text of a dictionary by its key ("header.home"), plural forms kept apart. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  if (typeof value !== 'object' || value === null) return new Map([[path, value]]);
  return new Map(Object.entries(value).flatMap(([k, v]) => [...leaves(v, path ? `${path}.${k}` : k)]));
}

/** What is wrong with one dictionary compared with the default one: missing, empty or unknown texts. */
export function dictionaryProblems(reference: unknown, dictionary: unknown): string[] {
  const expected = leaves(reference);
  const actual = leaves(dictionary);
  const empty = ([key, text]: [string, unknown]) => expected.has(key) && (typeof text !== 'string' || !text.trim());
  return [
    ...[...expected.keys()].filter((key) => !actual.has(key)).map((key) => `${key} ontbreekt`),
    ...[...actual].filter(empty).map(([key]) => `${key} is leeg`),
    ...[...actual.keys()]
      .filter((key) => !expected.has(key))
      .map((key) => `${key} staat niet in src/i18n/${defaultLang}.ts`),
  ];
}

/** Every language's dictionary, checked; throws with every problem of every file. */
function checked(): Record<Lang, Dictionary> {
  const list = 'src/i18n/languages.ts';
  const problems: string[] = [];
  for (const file of Object.keys(files)) {
    const code = file.slice(2, -3);
    if (!isLang(code)) problems.push(`src/i18n/${code}.ts: "${code}" staat niet in de lijst in ${list}`);
  }
  const reference = files[`./${defaultLang}.ts`];
  for (const lang of languages) {
    const dictionary = files[`./${lang}.ts`];
    if (!dictionary) {
      problems.push(`src/i18n/${lang}.ts ontbreekt: elke taal in ${list} heeft een woordenboek nodig`);
    } else if (reference) {
      problems.push(...dictionaryProblems(reference, dictionary).map((p) => `src/i18n/${lang}.ts: ${p}`));
    }
  }
  if (problems.length) {
    throw new Error(`De teksten in src/i18n/ kloppen niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return Object.fromEntries(languages.map((lang) => [lang, files[`./${lang}.ts`]!])) as Record<Lang, Dictionary>;
}

let cache: Record<Lang, Dictionary> | undefined;

/** Every language's dictionary, checked the first time it is asked for. */
export const dictionaries = (): Record<Lang, Dictionary> => (cache ??= checked());

export const tFor = (lang: Lang): T => createT(lang, dictionaries()[lang]);
