// Vite plugin: validates content/ once per build and offers it to the app as `virtual:content`, plain
// data with no validation code. A content error stops the build with the file, the path and the problem.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { loadContent, type Content } from './load.ts';

// One module per part (virtual:content/organisations, …): a shared chunk holds whole modules, so a
// page that needs the organisations must not pull in the questions, or the prerender-only pages.
// virtual:content-nl/<part> and virtual:content-en/<part> hold one language only, for the scripts of
// interactive pages (every { nl, en } pair keeps just the one); the prerenderer uses the full parts.
const MODULE = /^virtual:content(?:-(nl|en))?\/(\w+)$/;

/** Keeps one language of every { nl, en } pair. */
export function localize(value: unknown, lang: 'nl' | 'en'): unknown {
  if (Array.isArray(value)) return value.map((v) => localize(v, lang));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('nl') && keys.includes('en')) return { [lang]: (value as Record<string, unknown>)[lang] };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, lang)]));
}

export function contentPlugin(dir = resolve(import.meta.dirname, '../../content')): Plugin {
  let content: Content | undefined;
  return {
    name: 'hulpwijzer-content',
    resolveId(id) {
      return MODULE.test(id) ? `\0${id}` : undefined;
    },
    load(id) {
      const match = id.startsWith('\0') ? MODULE.exec(id.slice(1)) : null;
      if (!match) return undefined;
      const [, lang, name] = match as unknown as [string, 'nl' | 'en' | undefined, keyof Content];
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
