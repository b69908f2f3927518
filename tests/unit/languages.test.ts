// The languages are one list (src/i18n/languages.ts); these check that everything that depends on a
// language follows it: dictionaries, the content schema, the content plugin and the dates.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLang, isLang, languages } from '../../src/i18n/languages.ts';
import { dictionaries, dictionaryProblems } from '../../src/i18n/all.ts';
import { loadersModule, localize } from '../../src/content/plugin.ts';
import { islandParts } from '../../src/content/island-parts.ts';
import { loadContent } from '../../src/content/load.ts';
import { formatDate } from '../../src/ui/format.ts';
import { contentProblems, contentWith, realContent } from './content-fixture.ts';

const others = languages.filter((lang) => lang !== defaultLang);

describe('the dictionaries', () => {
  it('are one file per language of the list, src/i18n/<code>.ts, and no other', () => {
    const modules = ['index.ts', 'all.ts', 'languages.ts']; // the files in src/i18n/ that are no dictionary
    const files = readdirSync(join(import.meta.dirname, '../../src/i18n')).filter((f) => !modules.includes(f));
    expect(files.sort()).toEqual(languages.map((lang) => `${lang}.ts`).sort());
    expect(defaultLang).toBe(languages[0]);
  });

  it('each name their language in that language, and each differently', () => {
    const names = languages.map((lang) => dictionaries()[lang].language.name);
    expect(new Set(names).size).toBe(languages.length);
    // WCAG 2.5.3: the link's accessible name contains the name it shows.
    for (const lang of languages)
      expect(dictionaries()[lang].language.readThisPage).toContain(dictionaries()[lang].language.name);
  });

  it('finds a missing, an empty and an unknown text, by key', () => {
    const reference = dictionaries()[defaultLang];
    const broken = structuredClone(reference) as unknown as {
      header: Record<string, string>;
      notFound: Record<string, string>;
    };
    delete broken.header.home;
    broken.notFound.title = ' ';
    (broken as unknown as Record<string, unknown>).extra = { text: 'x' };
    expect(dictionaryProblems(reference, broken)).toEqual([
      'header.home ontbreekt',
      'notFound.title is leeg',
      `extra.text staat niet in src/i18n/${defaultLang}.ts`,
    ]);
    expect(dictionaryProblems(reference, reference)).toEqual([]);
  });
});

describe('content in every language', () => {
  it.each(languages)('refuses a text without its %s version, naming the file and the field', (lang) => {
    const dir = contentWith('pages/veilig-gebruiken.yaml', (t) =>
      t.replace(new RegExp(`(\\ntitle:(?:\\n  [a-z]+: .*)*?)\\n  ${lang}: .*`), '$1'),
    );
    expect(contentProblems(dir)).toContainEqual({
      file: 'content/pages/veilig-gebruiken.yaml',
      path: `title.${lang}`,
      message: expect.any(String),
    });
  });

  it.each(others)(
    'refuses a list with fewer items in %s than in the default language, naming that language',
    (lang) => {
      // The first item of the list in that language goes.
      const dir = contentWith('selfcheck/texts.yaml', (t) =>
        t.replace(new RegExp(`(\\n  points:[\\s\\S]*?\\n    ${lang}:\\n)      - .*\\n`), '$1'),
      );
      expect(contentProblems(dir)).toContainEqual({
        file: 'content/selfcheck/texts.yaml',
        path: `start.points.${lang}`,
        message: expect.stringMatching(/moet in het \S+ even lang zijn als in het \S+/),
      });
    },
  );

  it.each(languages)('gives the scripts of %s pages only that language (localize)', (lang) => {
    const { helpFinder } = loadContent(realContent);
    const one = localize(helpFinder, lang) as typeof helpFinder;
    expect(Object.keys(one.intro)).toEqual([lang]);
    expect(one.intro[lang]).toBe(helpFinder.intro[lang]);
    expect(Object.keys(one.role.options.self.label)).toEqual([lang]);
  });

  it('generates a loader for every part an island may load, in every language, each its own module', () => {
    const code = loadersModule();
    for (const lang of languages)
      for (const part of islandParts) expect(code).toContain(`import('virtual:content-${lang}/${part}')`);
    expect(code.match(/import\(/g)).toHaveLength(languages.length * islandParts.length);
  });

  it('knows its languages and nothing else', () => {
    for (const lang of languages) expect(isLang(lang)).toBe(true);
    expect(isLang('xx')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});

describe('dates', () => {
  it('are written by the ICU data of this machine in every language of the app', () => {
    // Without a language's data (a Node built with small-icu), Intl falls back to English.
    expect(Intl.DateTimeFormat.supportedLocalesOf([...languages])).toEqual([...languages]);
  });

  it('are as precise as their source, in words', () => {
    expect(formatDate('2025', defaultLang)).toBe('2025');
    expect(formatDate('2025-10', 'nl')).toBe('oktober 2025');
    expect(formatDate('2025-10-31', 'nl')).toBe('31 oktober 2025');
    for (const lang of languages) expect(formatDate('2025-10-31', lang)).toMatch(/31.*2025|2025.*31/);
  });
});
