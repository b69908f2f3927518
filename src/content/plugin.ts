// Vite plugin: validates content/ once per build and offers it to the app as `virtual:content`, plain
// data with no validation code. A content error stops the build with the file, the path and the problem.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
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
