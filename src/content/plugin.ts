// Vite plugin: validates content/ once per build and offers it to the app as `virtual:content`, plain
// data with no validation code. A content error stops the build with the file, the path and the problem.
import type { Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent, type Content } from './load.ts';
import { isLocalized } from './checks.ts';
import { islandParts } from './island-parts.ts';
import { languages, type Lang } from '../i18n/languages.ts';

// One module per part (virtual:content/organisations, …): a shared chunk holds whole modules, so a
// page that needs the organisations must not pull in the questions, or the prerender-only pages.
// virtual:content-<lang>/<part> holds one language only, for the scripts of interactive pages (every
// text in every language keeps just the one); the prerenderer uses the full parts.
const MODULE = new RegExp(`^virtual:content(?:-(${languages.join('|')}))?/(\\w+)$`);

/**
 * virtual:content-loaders: for every language, a function per island part that imports that part's
 * module in that language (src/content/for-lang.ts uses it). Generated from the list of languages, so
 * each language's parts stay chunks of their own and a page loads only its own language.
 */
const LOADERS = 'virtual:content-loaders';

/** Keeps one language of every text in every language. */
export function localize(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => localize(v, lang));
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalized(value)) return { [lang]: value[lang] };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, lang)]));
}

/** The code of virtual:content-loaders. */
export function loadersModule(): string {
  const perLanguage = languages.map((lang) => {
    const parts = islandParts.map(
      (part) => `${part}: () => import('virtual:content-${lang}/${part}').then((m) => m.${part})`,
    );
    return `  ${JSON.stringify(lang)}: {\n    ${parts.join(',\n    ')},\n  }`;
  });
  return `export const loaders = {\n${perLanguage.join(',\n')},\n};\n`;
}

export function contentPlugin(dir = resolve(import.meta.dirname, '../../content')): Plugin {
  let content: Content | undefined;
  return {
    name: 'hulpwijzer-content',
    resolveId(id) {
      return MODULE.test(id) || id === LOADERS ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${LOADERS}`) return loadersModule();
      const match = id.startsWith('\0') ? MODULE.exec(id.slice(1)) : null;
      if (!match) return undefined;
      const [, lang, name] = match as unknown as [string, Lang | undefined, keyof Content];
      content ??= loadContent(dir); // throws ContentError with every problem listed
      if (!(name in content)) throw new Error(`${id.slice(1)} does not exist`);
      const value = lang ? localize(content[name], lang) : content[name];
      return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
    buildStart() {
      content = loadContent(dir); // read content/ afresh for every build; throws ContentError with every problem
      // Reviews getting old: a warning now, naming each file; past failAfterMonths the load above stops.
      for (const p of content.reviews.due) this.warn(`Inhoud nakijken: ${p.file} → ${p.path}: ${p.message}`);
    },
  };
}

/**
 * The interface texts, src/i18n/<code>.ts, one per language of the list: the one place that knows where
 * they live (import.meta.glob takes only a literal pattern, which the app, the prerenderer and the
 * service worker each had to repeat). Three modules, generated from the list of languages:
 * - virtual:dictionaries/load: a function per language that loads its dictionary as a chunk of its own;
 * - virtual:dictionaries/every: every dictionary at once (the prerenderer and the tests);
 * - virtual:dictionaries/unavailable: of every dictionary only its `unavailable` texts (the service worker).
 */
const DICTIONARIES = /^virtual:dictionaries\/(load|every|unavailable)$/;

/** The modules in src/i18n/ that are not a dictionary; every other file there must be one of the list. */
const notDictionaries = ['index.ts', 'all.ts', 'languages.ts'];

/** The file of every language's dictionary; a missing one, or one for a language not in the list, stops the build. */
export function dictionaryFiles(dir = resolve(import.meta.dirname, '../i18n')): Record<Lang, string> {
  const list = 'src/i18n/languages.ts';
  const present = readdirSync(dir).filter((f) => f.endsWith('.ts') && !notDictionaries.includes(f));
  const problems = [
    ...languages
      .filter((lang) => !present.includes(`${lang}.ts`))
      .map((lang) => `src/i18n/${lang}.ts ontbreekt: elke taal in ${list} heeft een woordenboek nodig`),
    ...present
      .map((f) => f.slice(0, -3))
      .filter((code) => !(languages as readonly string[]).includes(code))
      .map((code) => `src/i18n/${code}.ts: "${code}" staat niet in de lijst in ${list}`),
  ];
  if (problems.length) {
    throw new Error(`De teksten in src/i18n/ kloppen niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return Object.fromEntries(languages.map((lang) => [lang, join(dir, `${lang}.ts`)])) as Record<Lang, string>;
}

/** The code of one of the virtual:dictionaries modules. */
export function dictionariesModule(kind: 'load' | 'every' | 'unavailable', files = dictionaryFiles()): string {
  const entries = languages.map((lang, i) => ({ lang: JSON.stringify(lang), file: JSON.stringify(files[lang]), i }));
  if (kind === 'load') {
    const loaders = entries.map((e) => `  ${e.lang}: () => import(${e.file}).then((m) => m.default),`);
    return `export const dictionaries = {\n${loaders.join('\n')}\n};\n`;
  }
  const binding = kind === 'every' ? (i: number) => `d${i}` : (i: number) => `{ unavailable as d${i} }`;
  return [
    ...entries.map((e) => `import ${binding(e.i)} from ${e.file};`),
    `export const dictionaries = { ${entries.map((e) => `${e.lang}: d${e.i}`).join(', ')} };`,
    '',
  ].join('\n');
}

export function dictionariesPlugin(): Plugin {
  return {
    name: 'hulpwijzer-dictionaries',
    resolveId(id) {
      return DICTIONARIES.test(id) ? `\0${id}` : undefined;
    },
    load(id) {
      const match = id.startsWith('\0') ? DICTIONARIES.exec(id.slice(1)) : null;
      return match ? dictionariesModule(match[1] as 'load' | 'every' | 'unavailable') : undefined;
    },
  };
}
