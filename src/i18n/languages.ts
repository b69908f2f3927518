// The languages of the app: the one list. Adding a language means naming it here, adding its
// dictionary (src/i18n/<code>.ts, a full translation of nl.ts) and its texts in content/ (the schema
// then asks for them everywhere). Routes, the language switch, the not-found page, the content plugin,
// the per-language chunks and the checks all follow this list. See README.md, "Adding a language".
// Plain data without imports: vite.config.ts, the content loader and the service worker read it too.

/** Every language of the app, the default first: it lives at the root, the others under /<code>/. */
export const languages = ['nl', 'en'] as const;
export type Lang = (typeof languages)[number];

/** The source language: Dutch, at the root of the site; the not-found page and the manifest speak it. */
export const defaultLang: Lang = languages[0];

/**
 * The plural forms a text with a count can have, one key each (`pressesLeft_one`): the categories of
 * Intl.PluralRules, by which createT (index.ts) picks the form. Which of them a language needs, its rules say.
 */
export const pluralForms = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof pluralForms)[number];

/** Whether a text (a URL segment, a data attribute) names one of the app's languages. */
export function isLang(value: string | undefined): value is Lang {
  return (languages as readonly string[]).includes(value ?? '');
}
