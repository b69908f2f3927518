// Every page is in the language of its address, and no language lacks a text: the content schema asks
// for every text in every language (tests/unit/content.test.ts), every dictionary has every key of the
// default one, and no page shows a key where a text should be (createT shows the key of a missing text).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allUrls, localePath, notFoundPath, paths, resolveRoute } from '../../src/routes.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { dictionaries, dictionaryProblems } from '../../src/i18n/all.ts';

const dist = join(import.meta.dirname, '../../dist');
const read = (url: string) =>
  readFileSync(join(dist, url.endsWith('.html') ? url.slice(1) : `${url.slice(1)}index.html`), 'utf8');

/**
 * Text shaped like an interface key ("nav.back"): one of the default dictionary's groups and a dot, as a
 * whole text or attribute value. createT shows the key of a text it does not know, also of a key that was
 * renamed in the dictionary and not in the code, so any such text is a leak, known key or not.
 */
const groups = Object.keys(dictionaries()[defaultLang]);
const keyShaped = new RegExp(`(?:>\\s*|")((?:${groups.join('|')})\\.[\\w.]+)(?:\\s*<|")`, 'g');
describe('languages in the build', { tags: ['host'] }, () => {
  it.each(allUrls())('%s is in the language of its address, and names every other language once', (url) => {
    const html = read(url);
    const { lang, page, path } = resolveRoute(url);
    expect(html.match(/<html lang="([^"]*)"/)?.[1]).toBe(url === notFoundPath ? defaultLang : lang);
    // The not-found page links to the home page of every other language (it speaks them all).
    const target = page === 'notFound' ? paths.home : path;
    const switchTo = [...html.matchAll(/<ul class="lang-switch">[\s\S]*?<\/ul>/g)].flatMap(([list]) =>
      [...list.matchAll(/<a href="([^"]*)" hreflang="([^"]*)" lang="([^"]*)"/g)].map(([, href, hreflang, own]) => ({
        href,
        hreflang,
        own,
      })),
    );
    const others = languages.filter((l) => l !== lang);
    expect(switchTo).toEqual(others.map((l) => ({ href: localePath(l, target), hreflang: l, own: l })));
  });

  it.each(languages)('has every text of the default language in the %s dictionary, none empty, none extra', (lang) => {
    expect(dictionaryProblems(dictionaries()[defaultLang], dictionaries()[lang], lang)).toEqual([]);
  });

  it('recognises a key where a text should be', () => {
    const [group] = groups;
    expect([...`<a>${group}.renamed</a><b title="${group}.x.y">`.matchAll(keyShaped)].map((m) => m[1])).toEqual([
      `${group}.renamed`,
      `${group}.x.y`,
    ]);
  });

  it.each(allUrls())('shows no key of a missing text on %s', (url) => {
    const html = read(url);
    expect([...html.matchAll(keyShaped)].map((m) => m[1])).toEqual([]);
  });
});
