// The languages are one list (src/i18n/languages.ts); these check that everything that depends on a
// language follows it: dictionaries, the content schema, the content plugin and the dates.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultLang, isLang, languages } from '../../src/i18n/languages.ts';
import { dictionaries, dictionaryProblems } from '../../src/i18n/all.ts';
import type { Dictionary } from '../../src/i18n/nl.ts';
import { dictionaryFiles, loadersModule, localize } from '../../src/content/plugin.ts';
import { islandParts } from '../../src/content/island-parts.ts';
import { loadContent } from '../../src/content/load.ts';
import { formatDate } from '../../src/ui/format.ts';
import { contentProblems, contentWith, realContent } from './content-fixture.ts';

const others = languages.filter((lang) => lang !== defaultLang);
const i18nDir = join(import.meta.dirname, '../../src/i18n');

describe('the dictionaries', () => {
  it('are one file per language of the list, src/i18n/<code>.ts', () => {
    const files = dictionaryFiles();
    expect(Object.keys(files).sort()).toEqual([...languages].sort());
    for (const lang of languages) expect(files[lang]).toBe(join(i18nDir, `${lang}.ts`));
    expect(defaultLang).toBe(languages[0]);
  });

  it('stop the build when one is missing or one is not in the list, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hulpwijzer-i18n-'));
    try {
      cpSync(i18nDir, dir, { recursive: true });
      const missing = languages.at(-1)!;
      const stray = 'xx'; // not a language of the app
      expect(isLang(stray)).toBe(false);
      rmSync(join(dir, `${missing}.ts`));
      writeFileSync(join(dir, `${stray}.ts`), 'export default {};\n');
      expect(() => dictionaryFiles(dir)).toThrow(`src/i18n/${missing}.ts ontbreekt`);
      expect(() => dictionaryFiles(dir)).toThrow(`src/i18n/${stray}.ts: "${stray}" staat niet in de lijst`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

  it('asks a text with a count for the plural forms of its language, and allows the others', () => {
    // The forms come from Intl's plural rules, not from a list here.
    const forms = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const reference = { a: { n_one: 'één', n_other: 'meer' }, b: 'tekst' };
    const inForms = (lang: string) => ({ a: Object.fromEntries(forms(lang).map((f) => [`n_${f}`, f])), b: 't' });
    const missing = (lang: string, have: string[]) =>
      forms(lang)
        .filter((f) => !have.includes(f))
        .map((f) => `a.n_${f} ontbreekt (meervoudsvorm "${f}" van deze taal)`);

    expect(forms('pl').length).toBeGreaterThan(2); // a language with more forms than Dutch
    expect(dictionaryProblems(reference, reference, 'pl')).toEqual(missing('pl', ['one', 'other']));
    expect(dictionaryProblems(reference, inForms('pl'), 'pl')).toEqual([]);
    // A language with one form only needs just that one; the Dutch form it does not use may stay.
    expect(forms('ja')).toEqual(['other']);
    expect(dictionaryProblems(reference, reference, 'ja')).toEqual([]);
    expect(dictionaryProblems(reference, { a: { n_other: 'x' }, b: 't' }, 'de')).toEqual(missing('de', ['other']));
    // A form that is empty, or no plural form at all, is still found.
    expect(dictionaryProblems(reference, { ...inForms('pl'), a: { ...inForms('pl').a, n_few: ' ' } }, 'pl')).toEqual([
      'a.n_few is leeg',
    ]);
    expect(dictionaryProblems(reference, { ...reference, a: { ...reference.a, n_fewer: 'x' } }, defaultLang)).toEqual([
      `a.n_fewer staat niet in src/i18n/${defaultLang}.ts`,
    ]);
  });

  it('lets the type of a dictionary hold plural forms Dutch does not need, and no made-up ones (type checker)', () => {
    // The proof is `npm run check` (tsc): it fails if the first is refused or the second accepted.
    const dutch = dictionaries()[defaultLang];
    const withFew: Dictionary = {
      ...dutch,
      quickExit: { ...dutch.quickExit, pressesLeft_few: 'x', pressesLeft_many: 'y' },
    };
    // @ts-expect-error: "fewer" is no plural form
    const withFewer: Dictionary = { ...dutch, quickExit: { ...dutch.quickExit, pressesLeft_fewer: 'x' } };
    expect([withFew.quickExit.pressesLeft_few, withFewer.quickExit.pressesLeft_other]).toEqual([
      'x',
      dutch.quickExit.pressesLeft_other,
    ]);
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
    // In words: the month's name as the language writes it, and the day only when the source has one.
    for (const lang of languages) {
      const october = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 9, 1));
      expect(formatDate('2025-10', lang)).toContain(october);
      expect(formatDate('2025-10', lang)).not.toMatch(/\b1\b|31/);
      expect(formatDate('2025-10-31', lang)).toContain(october);
      expect(formatDate('2025-10-31', lang)).toMatch(/31.*2025|2025.*31/);
    }
  });

  it('are written in one order in every language: day, month, year', () => {
    for (const lang of languages) {
      const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 9, 31));
      expect(formatDate('2025-10-31', lang), lang).toBe(`31 ${month} 2025`);
      expect(formatDate('2025-10', lang), lang).toBe(`${month} 2025`);
    }
  });
});
