import { describe, expect, it } from 'vitest';
import { allUrls, appPath, localePath, paths, resolveRoute } from '../../src/routes.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { withBase } from '../../src/base.ts';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;

describe('routes', () => {
  it.each([
    ['/', { lang: defaultLang, page: 'home', path: '/' }],
    [`/${other}/`, { lang: other, page: 'home', path: '/' }],
    [`/${other}`, { lang: other, page: 'home', path: '/' }],
    ['/kenmerken/', { lang: defaultLang, page: 'indicators', path: '/kenmerken/' }],
    [`/${other}/veilig-gebruiken`, { lang: other, page: 'safety', path: '/veilig-gebruiken/' }],
    [
      '/organisaties/veilig-thuis/',
      { lang: defaultLang, page: 'organisation', path: '/organisaties/veilig-thuis/', id: 'veilig-thuis' },
    ],
    ['/organisaties/onbekend/', { lang: defaultLang, page: 'notFound', path: '/organisaties/onbekend/' }],
    [`/${other}/kenmerken/weggaan/`, { lang: other, page: 'indicator', path: '/kenmerken/weggaan/', id: 'weggaan' }],
    ['/kenmerken/sekte/', { lang: defaultLang, page: 'notFound', path: '/kenmerken/sekte/' }],
    ['/404.html', { lang: defaultLang, page: 'notFound', path: '/404.html' }],
  ])('%s shows %o', (url, route) => expect(resolveRoute(url)).toEqual(route));

  it('puts the default language at the root and every other under /<code>/', () => {
    // Under the base the build is for (HULPWIJZER_BASE; "/" when none is set).
    expect(appPath(defaultLang, '/zelfcheck/')).toBe('/zelfcheck/');
    expect(appPath(other, '/zelfcheck/')).toBe(`/${other}/zelfcheck/`);
    expect(localePath(other, '/zelfcheck/')).toBe(withBase(`/${other}/zelfcheck/`));
  });

  it('lists every page once in every language, plus the not-found page', () => {
    const urls = allUrls();
    expect(new Set(urls).size).toBe(urls.length);
    const others = languages.filter((l) => l !== defaultLang);
    const first = urls.filter((u) => !others.some((l) => u.startsWith(`/${l}/`)) && u !== '/404.html');
    for (const lang of others)
      expect(urls.filter((u) => u.startsWith(`/${lang}/`))).toEqual(first.map((u) => `/${lang}${u}`));
    expect(urls).toContain('/404.html');
    expect(urls).toHaveLength(first.length * languages.length + 1);
  });

  it.each(languages)('finds every page in %s at its own address, the default language at the root', (lang) => {
    for (const [page, path] of Object.entries(paths)) {
      const url = appPath(lang, path);
      expect(url.startsWith(`/${lang}/`)).toBe(lang !== defaultLang);
      expect(resolveRoute(url)).toEqual({ lang, page, path });
      expect(resolveRoute(url.replace(/\/$/, '') || '/')).toEqual({ lang, page, path });
    }
  });
});
